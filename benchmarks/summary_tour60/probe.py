"""sum60 summary tour: 24 made-up articles of 12 kinds the ROUGE sets do not cover (live blog, Q&A interview,
listicle, court report, key-facts box, 3-sentence brief, table of figures, press release, op-ed, correction,
match report, transcript), half English, the rest ru/uk/de/fr/es. What the summaries must and must not hold was
written before any run (expected.txt); every third article is set aside.

Every algorithm runs through the command line (``briefing.cli.main(["summarize", FILE, "--json", ...])``, in
this process) at sentence counts 1, 3, 5 and 10, 30 percent and word budgets 25 and 60. Checked for each run:
no crash; the length asked (or fewer only when the CLI says why); every point is the verbatim sentence of the
paragraph it names; the generic rules of expected.txt (no byline, caption, "Read more", bare timestamp, list
number, question, table row or repeat) at lengths the article's candidate sentences can fill; the same result
when run again. BriefRank's 3- and 5-point summaries are also checked for the facts of expected.txt.

    python benchmarks/summary_tour60/probe.py [-q] [--part dev|aside|all] [--dump FILE] [names...]
"""
from __future__ import annotations

import contextlib
import io
import json
import argparse
import sys
from pathlib import Path

D = Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent.parent))

ALGORITHMS = ("briefrank", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
LENGTHS = (("-n", "1"), ("-n", "3"), ("-n", "5"), ("-n", "10"), ("-p", "30"), ("-w", "25"), ("-w", "60"))
#: Openings of lines that are never a key point (bylines, captions, credits, links), lower-cased.
NEVER_OPENINGS = ("by ", "von ", "par ", "por ", "автор:", "photo", "foto", "фото", "image", "read more", "lire aussi",
                  "читайте также", "mehr zum thema", "credit:", "interview by", "propos recueillis")
#: Of those, the ones that also open ordinary sentences ("Por mucho menos, ..."): a byline only up to this many words.
BYLINE_OPENINGS = ("by ", "von ", "par ", "por ")
BYLINE_WORDS = 6


def read_expected() -> dict[str, dict[str, list[list[str]]]]:
    """Return ``{article: {"3": [[alternatives], ...], "5": [...], "not": [...]}}`` from expected.txt."""
    out: dict[str, dict[str, list[list[str]]]] = {}
    current = None
    for line in (D / "expected.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            current = out.setdefault(line.strip("[] "), {"3": [], "5": [], "not": []})
            continue
        key, _, rest = line.partition(":")
        current[key.strip()].append([alt.strip() for alt in rest.split(" | ") if alt.strip()])
    return out


def run_cli(path: Path, algorithm: str, length: tuple[str, str]) -> tuple[dict | None, str]:
    """Return (the --json output, the plain output's summary line) of ``briefing-cli summarize``; None on error."""
    from briefing.cli import main

    def call(extra: list[str]) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["summarize", str(path), "-a", algorithm, *length, *extra])
            except SystemExit as exc:
                code = exc.code
            except Exception as exc:  # a crash is what this probe looks for
                return 99, "", f"{type(exc).__name__}: {exc}"
        return code, out.getvalue(), err.getvalue()

    code, out, err = call(["--json"])
    if code != 0:
        return None, f"exit {code}: {err.strip()[-300:]}"
    _, plain, _ = call([])
    line = next((ln for ln in plain.splitlines() if ln.startswith("Summary (")), "")
    return json.loads(out), line


def _is_table_row(text: str) -> bool:
    if "\t" in text or text.count("|") >= 2:
        return True
    tokens = text.replace(",", " ").split()
    numeric = sum(1 for t in tokens if any(ch.isdigit() for ch in t) and not any(ch.isalpha() for ch in t))
    return len(tokens) >= 3 and 2 * numeric > len(tokens)


def generic_faults(text: str) -> list[str]:
    """Return what is wrong with ``text`` as a key point by the generic rules (expected.txt's header)."""
    faults = []
    bare = text.strip()
    low = bare.lower()
    if low.startswith(NEVER_OPENINGS) and (len(bare.split()) <= BYLINE_WORDS or not low.startswith(BYLINE_OPENINGS)):
        faults.append("byline/caption/link")
    letters = [ch for ch in bare if ch.isalpha()]
    if len(letters) < 4 or low.rstrip(". ").replace(":", "").replace("'", "").replace("uhr", "").strip().isdigit():
        faults.append("timestamp/number alone")
    if bare.rstrip("»“”\"'’)]").endswith(("?", "？")):
        faults.append("question")
    if _is_table_row(bare):
        faults.append("table row")
    return faults


def check(name: str, wanted: dict, results: dict, verbose: bool) -> list[str]:
    """Return the faults of one article's runs (``results``: (algorithm, length) -> (json, line))."""
    from briefing.core.model import Article
    from briefing.core.summarize.candidates import candidate_mask, repeat_key

    faults = []
    for (algorithm, length), (data, line) in results.items():
        tag = f"{algorithm} {' '.join(length)}"
        if data is None:
            faults.append(f"{tag}: CRASH {line}")
            continue
        paragraphs = data["article"]["paragraphs"]
        article = Article(title=data["article"]["title"] or "", paragraphs=paragraphs)
        candidates = sum(candidate_mask(article))
        points = data["summary"]["sentences"]
        total = data["summary"]["total_sentences"]
        if length[0] == "-n":
            asked = min(int(length[1]), total)
            if len(points) != asked and "asked" not in line:
                faults.append(f"{tag}: {len(points)} points, {asked} asked, no reason said ({line})")
        if length[0] == "-w":
            words = sum(len(p["text"].split()) for p in points)
            if words > int(length[1]) and len(points) > 1:
                faults.append(f"{tag}: {words} words over the budget")
        keys = [repeat_key(p["text"]) for p in points]
        if len(set(keys)) != len(keys):
            faults.append(f"{tag}: a point repeats another")
        for p in points:
            para = paragraphs[p["paragraph"]] if p["paragraph"] < len(paragraphs) else []
            if p["text"] not in para:
                faults.append(f"{tag}: point not in its paragraph ¶{p['paragraph'] + 1}: {p['text'][:60]}")
        fill = length[0] == "-w" or (length[0] == "-n" and int(length[1]) <= candidates) or length[0] == "-p"
        if not fill:
            continue
        for p in points:
            for fault in generic_faults(p["text"]):
                faults.append(f"{tag}: {fault}: {p['text'][:70]}")
            for alts in wanted["not"]:
                for a in alts:
                    if a in p["text"]:
                        faults.append(f"{tag}: holds what it must not ({a}): {p['text'][:70]}")
    for k in ("3", "5"):
        data = results[("briefrank", ("-n", k))][0]
        if data is None:
            continue
        texts = [p["text"] for p in data["summary"]["sentences"]]
        facts = wanted["3"] + (wanted["5"] if k == "5" else [])
        for alts in facts:
            if not any(a in t for t in texts for a in alts):
                faults.append(f"briefrank -n {k}: misses {' | '.join(alts)}")
        if verbose:
            print(f"  briefrank {k}:")
            for p in data["summary"]["sentences"]:
                print(f"    [¶{p['paragraph'] + 1}] {p['text'][:110]}")
    return faults


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-q", action="store_true", help="print the faults and totals only")
    parser.add_argument("--part", choices=("all", "dev", "aside"), default="all",
                        help="the development or set-aside articles (default: all)")
    parser.add_argument("--dump", metavar="FILE", help="write every run's summary sentences to FILE (JSON)")
    parser.add_argument("names", nargs="*", help="only these articles (default: all of the part)")
    options = parser.parse_args()
    verbose = not options.q
    part = options.part
    dump = options.dump
    only = options.names
    expected = read_expected()
    totals = {"dev": [0, 0], "aside": [0, 0]}
    dumped = {}
    for number, (name, wanted) in enumerate(expected.items(), 1):
        side = "aside" if number % 3 == 0 else "dev"
        if (only and name not in only) or part not in ("all", side):
            continue
        path = D / "art" / f"{name}.txt"
        results = {(a, length): run_cli(path, a, length) for a in ALGORITHMS for length in LENGTHS}
        again = {key: run_cli(path, *key) for key in results if key[1] in (("-n", "3"), ("-w", "60"))}
        if verbose:
            print(f"{name} ({side})")
        faults = check(name, wanted, results, verbose)
        for key, value in again.items():
            if value != results[key]:
                faults.append(f"{key[0]} {' '.join(key[1])}: a second run differs")
        for fault in faults:
            print(f"  FAULT {name}: {fault}")
        facts = 2 * len(wanted["3"]) + len(wanted["5"])  # the 3-point facts are checked at 3 and at 5 points
        missed = sum(1 for f in faults if "briefrank -n" in f and "misses" in f)
        totals[side][0] += facts - missed
        totals[side][1] += facts
        totals.setdefault(f"{side}-faults", [0])[0] += sum(1 for f in faults if "misses" not in f)
        dumped[name] = {f"{a} {' '.join(ln)}": [p["text"] for p in d["summary"]["sentences"]] if d else None
                        for (a, ln), (d, _) in results.items()}
    for side in ("dev", "aside"):
        if totals[side][1]:
            print(f"{side}: BriefRank facts {totals[side][0]}/{totals[side][1]}; "
                  f"other faults (all algorithms and lengths) {totals.get(side + '-faults', [0])[0]}")
    if dump:
        Path(dump).write_text(json.dumps(dumped, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
