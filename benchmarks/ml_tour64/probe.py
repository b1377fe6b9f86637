"""tour64 multilingual probe: 26 made-up German, 20 Ukrainian, 36 Spanish, 15 French and 21 Russian sentences (cases.txt) with the expected actors
written before any run, as exact spans and types ("Rheinfarben ORG"; Ukrainian ones with the base form too:
"Вишеньки=Вишенька LOC"). Every third case is set aside (never tuned on) and totalled apart.

An expected actor counts when the rules (``rules_multilingual.find_mentions``, what the NER benchmark scores) find
its span with its type; a span they find that is not expected is a false alarm; a base form that differs is listed.

Usage: python benchmarks/ml_tour64/probe.py [--aside] [-q] [names...]   (without --aside the set-aside cases are
neither run nor shown)
"""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from briefing.core.actors.rules_multilingual import find_mentions  # noqa: E402

D = Path(__file__).resolve().parent


def read_cases() -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """``(name, text, [(span, base or '', type)])`` of cases.txt, in order."""
    cases, lines = [], [ln for ln in (D / "cases.txt").read_text(encoding="utf-8").splitlines()
                        if ln.strip() and not ln.startswith("#")]
    for head, want in zip(lines[::2], lines[1::2]):
        name, text = head.split(":", 1)
        items = []
        for item in want.strip().lstrip("=").split("|"):
            span, kind = item.strip().rsplit(" ", 1)
            span, _, base = span.partition("=")
            items.append((span, base, kind))
        cases.append((name, text.strip(), items))
    return cases


def aside(name: str) -> bool:
    return int(name[2:]) % 3 == 0


def main(args: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\nUsage:")[0])
    parser.add_argument("--aside", action="store_true", help="also run and show the set-aside cases (every third)")
    parser.add_argument("-q", action="store_true", help="print the totals only")
    parser.add_argument("names", nargs="*", help="only these cases (default: all)")
    options = parser.parse_args(args)
    show_aside = options.aside
    verbose = not options.q
    only = options.names
    totals: dict[tuple[str, str], list[int]] = {}  # (lang, part) -> [hits, expected, false alarms, exact cases, cases]
    for name, text, wanted in read_cases():
        if (only and name not in only) or (aside(name) and not show_aside):
            continue
        lang = name[:2]
        rules_lang = "uk" if lang == "ru" else lang  # Russian without natasha: the Cyrillic rules, as the app
        found = [(text[s:e], base, kind) for s, e, kind, base, _role in find_mentions(text, rules_lang)]
        got = {(span, kind): base for span, base, kind in found}
        hits = [(s, b, k) for s, b, k in wanted if (s, k) in got]
        alarms = [f for f in found if (f[0], f[2]) not in {(s, k) for s, _b, k in wanted}]
        bases = [f"{s}: {got[(s, k)]!r} != {b!r}" for s, b, k in hits if b and got[(s, k)] != b]
        t = totals.setdefault((lang, "aside" if aside(name) else "dev"), [0, 0, 0, 0, 0])
        exact = len(hits) == len(wanted) and not alarms
        for n, v in enumerate((len(hits), len(wanted), len(alarms), exact, 1)):
            t[n] += v
        if verbose and (not exact or bases):
            print(f"{name}: {text}")
            for s, b, k in wanted:
                if (s, k) not in got:
                    print(f"    - {s} {k}")
            for f in alarms:
                print(f"    + {f[0]} {f[2]} ({f[1]})")
            for b in bases:
                print(f"    base {b}")
    for part in ("dev", "aside"):
        line = "  ".join(f"{lang} {v[0]}/{v[1]} found, {v[2]} false, {v[3]}/{v[4]} exact"
                         for (lang, p), v in sorted(totals.items()) if p == part)
        if line:
            print(f"{part}: {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
