"""paste_tour64 probe: 45 made-up pastes (cases.py, cases_mail.py) driven through the core function the window's Ctrl+V uses
(``briefing.core.ingest.paste.pasted_article``, called by ``brief.document.document_from_text``). Prints what each
development case read otherwise than expected, and the development and set-aside counts; the set-aside cases'
details only with ``--show-aside``.
Usage: python benchmarks/paste_tour64/probe.py [--show-aside] [numbers...]"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import CASES  # noqa: E402

from briefing.core.errors import LoadError  # noqa: E402
from briefing.core.ingest.paste import pasted_article  # noqa: E402


def norm(s: str) -> str:
    return " ".join(s.split())


def problems(case) -> list[str]:
    try:
        a = pasted_article(case.text, case.html)
    except LoadError as exc:
        return [f"LoadError {exc}"]
    out = []
    if case.title is not None and a.title != case.title:
        out.append(f"title {a.title!r}")
    if case.date is not None and not (a.date or "").startswith(case.date):
        out.append(f"date {a.date!r}")
    if case.source is not None and a.source != case.source:
        out.append(f"source {a.source!r}")
    if case.authors is not None and a.authors != case.authors:
        out.append(f"authors {a.authors!r}")
    paras = [" ".join(p) for p in a.paragraphs]
    if case.first is not None and (not paras or norm(paras[0]) != norm(case.first)):
        out.append(f"first {paras[0][:70] if paras else None!r}")
    body = "\n".join(paras)
    out += [f"body holds {s!r}" for s in case.absent if s in body]
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\nUsage:")[0])
    parser.add_argument("--show-aside", action="store_true", help="also print the set-aside cases' details")
    parser.add_argument("numbers", nargs="*", type=int, help="only these cases (default: all)")
    options = parser.parse_args(argv)
    show_aside = options.show_aside
    only = set(options.numbers)
    ok = {False: [0, 0], True: [0, 0]}
    for case in CASES:
        if only and case.number not in only:
            continue
        found = problems(case)
        ok[case.set_aside][0] += not found
        ok[case.set_aside][1] += 1
        if case.set_aside and not show_aside:
            continue
        print(f"{case.number:2} {case.name:28} {'ok' if not found else '; '.join(found)}")
    print(f"development {ok[False][0]}/{ok[False][1]}  set aside {ok[True][0]}/{ok[True][1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
