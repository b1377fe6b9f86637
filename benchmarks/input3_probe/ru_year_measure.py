"""Sentences of the ru and uk texts of ../shared/eval/multilingual (XL-Sum, and the NER dev sets' texts when they
hold running text) as the app splits them, one line each, to compare two versions of the splitter:

    python benchmarks/input3_probe/ru_year_measure.py > /tmp/after.txt   (then diff with a run of the old code)
Skips cleanly when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "multilingual"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Prints one line per sentence; needs ../shared/eval (skips without it).")
    parser.parse_args()
    from briefing.core.language.tokenizer import get_tokenizer
    if not EVAL.is_dir():
        print("no eval data")
        return
    total = 0
    for lang, name in (("ru", "russian"), ("uk", "ukrainian")):
        tok = get_tokenizer(name)
        lines = [ln for f in (f"xlsum-{lang}.jsonl", f"ner-{lang}-dev.jsonl") if (EVAL / f).is_file()
                 for ln in (EVAL / f).read_text(encoding="utf-8").splitlines()]
        for line in lines:
            text = json.loads(line).get("text", "")
            for para in text.split("\n"):
                for s in tok.to_sentences(para):
                    total += 1
                    print(f"{lang}\t{s}")
    print(f"total\t{total}", file=sys.stderr)


if __name__ == "__main__":
    main()
