"""Sentence splitting: the project's splitter against pysbd's own code, on the evaluation sets and the golden rules.

    python benchmarks/splitting.py [--limit N] [--show 5]

For every paragraph of ``../shared/eval/cnndm-dev.jsonl`` and
``news-summaries.jsonl`` (cleaned as the app cleans a pasted text, and as
``benchmarks/summary_quality.py`` builds its articles), and for every text of
pysbd's English golden rules (``tests/data/pysbd-golden-rules-en.json``), the
sentences of :meth:`OfflineTokenizer.to_sentences` (the plain path, then pysbd
with the project's speed-ups) are compared with unmodified pysbd's. Prints how
many paragraphs took the plain path, how many split differently (with
examples), the golden rules each one passes, and the time of both.
Skips the evaluation sets cleanly when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
GOLDEN = ROOT / "tests" / "data" / "pysbd-golden-rules-en.json"


def pysbd_reference():
    """Return a function splitting a folded paragraph with pysbd's unmodified code."""
    from briefing.core.language import tokenizer as tk

    tk.get_tokenizer("english")._get_segmenter()  # installs the speed-ups, so the originals are recorded
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> tuple[str, ...]:
        text = tk._WHITESPACE.sub(" ", text).strip()
        if not text:
            return ()
        saved = {key: getattr(*key) for key in tk.PYSBD_ORIGINALS}
        try:
            for (cls, name), original in tk.PYSBD_ORIGINALS.items():
                setattr(cls, name, original)
            parts = segmenter.segment(text)
        finally:
            for (cls, name), current in saved.items():
                setattr(cls, name, current)
        return tuple(p.strip() for p in parts if p.strip())

    return split


def eval_paragraphs(limit: int | None) -> list[str]:
    """Return the cleaned paragraphs of both evaluation sets (empty without ``../shared/eval``)."""
    from briefing.core.ingest.cleaning import clean_text

    out: list[str] = []
    for name in ("cnndm-dev.jsonl", "news-summaries.jsonl"):
        path = EVAL / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if limit is not None and k >= limit:
                    break
                row = json.loads(line)
                out.extend(clean_text(row["text"], title_from_first_line=False).paragraphs)
                if row.get("reference"):
                    out.append(row["reference"])
    return out


def main() -> int:
    """Compare and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="rows per data set")
    parser.add_argument("--show", type=int, default=5, help="differences to print")
    args = parser.parse_args()
    from briefing.core.language.tokenizer import _WHITESPACE, get_tokenizer, plain_sentences

    ours = get_tokenizer("english")
    reference = pysbd_reference()
    paragraphs = eval_paragraphs(args.limit)
    if paragraphs:
        t0 = time.perf_counter()
        mine = [ours.to_sentences(p) for p in paragraphs]
        t1 = time.perf_counter()
        theirs = [reference(p) for p in paragraphs]
        t2 = time.perf_counter()
        plain = sum(plain_sentences(_WHITESPACE.sub(" ", p).strip()) is not None for p in paragraphs)
        differ = [(p, a, b) for p, a, b in zip(paragraphs, mine, theirs) if a != b]
        sentences = sum(len(b) for b in theirs)
        print(f"evaluation sets: {len(paragraphs):,} paragraphs, {sentences:,} sentences (pysbd)")
        print(f"  plain path: {plain:,} paragraphs ({plain / len(paragraphs):.0%})")
        print(f"  split differently from pysbd: {len(differ)}")
        for p, a, b in differ[: args.show]:
            print(f"    {p[:160]!r}\n      ours:  {a}\n      pysbd: {b}")
        print(f"  time: ours {t1 - t0:.2f} s, pysbd {t2 - t1:.2f} s ({(t2 - t1) / max(t1 - t0, 1e-9):.1f}x)")
    else:
        print("evaluation sets: ../shared/eval not found, skipped")
    rules = json.loads(GOLDEN.read_text(encoding="utf-8"))["rules"]
    ours_ok = sum(list(ours.to_sentences(r["text"])) == r["sentences"] for r in rules)
    theirs_ok = sum(list(reference(r["text"])) == r["sentences"] for r in rules)
    same = sum(ours.to_sentences(r["text"]) == reference(r["text"]) for r in rules)
    print(f"golden rules: ours {ours_ok}/{len(rules)}, pysbd {theirs_ok}/{len(rules)}, identical splits {same}/{len(rules)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
