"""ROUGE of every summary algorithm and of Lead-3 on the shared evaluation sets.

    python benchmarks/summary_quality.py [--dataset cnndm|bbc|all] [--limit N]
                                         [--algorithms a,b,...] [--no-clean] [--half even|odd]
                                         [--sentences K]

Prints one Markdown table per data set: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1
(x100, rouge-score with ``use_stemmer=True``), averaged over the articles.

How articles and references are built (the same way for every algorithm):

* each jsonl row becomes an :class:`~briefing.core.model.Article` from its
  ``title`` and ``text``. The text goes through the project's cleaning
  (:func:`briefing.core.ingest.cleaning.clean_text`, with ``title_from_first_line``
  off because the title is given), which splits paragraphs at blank lines, and
  the sentences come from the project's offline tokenizer. CNN/DailyMail texts
  are a single paragraph, so cleaning changes almost nothing there; its caption
  debris ("Scroll down for video ...", run-on photo captions) stays in the body,
  as it would for a user pasting such a text. ``--no-clean`` skips cleaning.
* for ROUGE-Lsum the summary and the reference have one sentence per line (the
  reference is split with the same tokenizer).
* cnndm (``cnndm-dev.jsonl``, 100 CNN/DailyMail stories with human highlights):
  every method gives 3 sentences.
* bbc (``news-summaries.jsonl``, 2,225 BBC stories whose references are
  machine-like extracts of about 45 % of the article): every method gives as
  many sentences as the reference has (counted with the project's tokenizer,
  capped at the article's sentence count). The mean is printed.

Lead-3 is the article's first three sentences (on bbc: the first k). Skips
cleanly (prints a line, exits 0) when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT.parent / "shared" / "eval"
DATASETS = {
    "cnndm": ("cnndm-dev.jsonl", "CNN/DailyMail dev (human highlights), 3 sentences"),
    "bbc": ("news-summaries.jsonl", "BBC News Summary (machine-like extracts), k = reference sentence count"),
}
LEAD = "lead3"
METRICS = ("rouge1", "rouge2", "rougeLsum")


def article_from_row(row: dict, clean: bool = True):
    """Return the Article of one jsonl row (title + text, cleaned, split into sentences)."""
    from briefing.core.ingest.cleaning import clean_text
    from briefing.core.model import Article
    from briefing.core.language.tokenizer import get_tokenizer

    tokenizer = get_tokenizer("english")
    text = row["text"]
    if clean:
        blocks = clean_text(text, title_from_first_line=False).paragraphs
    else:
        blocks = [b for b in text.split("\n\n") if b.strip()]
    paragraphs = [list(s) for s in (tokenizer.to_sentences(b) for b in blocks) if s]
    return Article(title=row.get("title") or "", paragraphs=paragraphs, url=row.get("url"))


def reference_lines(row: dict) -> list[str]:
    """Return the reference summary split into sentences with the project's tokenizer."""
    from briefing.core.language.tokenizer import get_tokenizer

    return list(get_tokenizer("english").to_sentences(row["reference"]))


def load(dataset: str, limit: int | None, clean: bool = True, half: str | None = None) -> list[tuple[object, list[str]]]:
    """Return ``(article, reference sentences)`` pairs of a data set (articles with no sentence are dropped).

    ``half``: "even" or "odd" keeps only the rows of that 0-based line number
    (BriefRank's settings were chosen on cnndm's even half and checked on the odd one).
    """
    path = EVAL / DATASETS[dataset][0]
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if limit is not None and len(out) >= limit:
                break
            if half is not None and number % 2 != (half == "odd"):
                continue
            row = json.loads(line)
            article = article_from_row(row, clean)
            if article.sentence_count:
                out.append((article, reference_lines(row)))
    return out


#: A fixed summary length for every data set (``--sentences``); None: 3 on cnndm, the reference's count on bbc.
FIXED_LENGTH: int | None = None


def summary_length(dataset: str, article, reference: list[str]) -> int:
    """Return how many sentences every method gives for this article."""
    k = FIXED_LENGTH or (3 if dataset == "cnndm" else len(reference))
    return max(1, min(k, article.sentence_count))


def chosen_sentences(name: str, article, k: int) -> list[str]:
    """Return the k sentences (article order) that method ``name`` picks."""
    from briefing.core.model import SummaryOptions
    from briefing.core.summarize import summarize

    if name == LEAD:
        return [s.text for s in article.sentences[:k]]
    return [s.text for s in summarize(article, SummaryOptions(algorithm=name, sentences=k)).sentences]


def evaluate(dataset: str, pairs, names: list[str]) -> dict[str, dict[str, float]]:
    """Return mean F1 x100 per method and metric, plus the seconds each method took."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    results: dict[str, dict[str, float]] = {}
    for name in names:
        sums = dict.fromkeys(METRICS, 0.0)
        start = time.perf_counter()
        for article, reference in pairs:
            picked = chosen_sentences(name, article, summary_length(dataset, article, reference))
            scores = scorer.score("\n".join(reference), "\n".join(picked))
            for m in METRICS:
                sums[m] += scores[m].fmeasure
        results[name] = {m: 100 * sums[m] / len(pairs) for m in METRICS}
        results[name]["seconds"] = time.perf_counter() - start
        print(f"  {name}: done in {results[name]['seconds']:.1f} s", file=sys.stderr, flush=True)
    return results


def mean_rouge(result: dict[str, float]) -> float:
    """Return the mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum: the ranking used to pick the default."""
    return sum(result[m] for m in METRICS) / len(METRICS)


def markdown_table(results: dict[str, dict[str, float]], default: str) -> str:
    """Return the results as a Markdown table, best mean ROUGE first."""
    from briefing.core.summarize import ALGORITHMS

    lines = ["| method | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |", "|---|---:|---:|---:|"]
    for name, r in sorted(results.items(), key=lambda kv: -mean_rouge(kv[1])):
        label = "Lead-3 (first k sentences)" if name == LEAD else ALGORITHMS[name].label
        if name == default:
            label += " (default)"
        lines.append(f"| {label} | {r['rouge1']:.1f} | {r['rouge2']:.1f} | {r['rougeLsum']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=("cnndm", "bbc", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles of each data set")
    parser.add_argument("--algorithms", default=None, help="comma-separated names (default: every algorithm and lead3)")
    parser.add_argument("--no-clean", action="store_true", help="skip the project's text cleaning")
    parser.add_argument("--sentences", type=int, default=None,
                        help="give every method this many sentences on every data set")
    parser.add_argument("--half", choices=("even", "odd"), default=None,
                        help="only the even or odd lines of each data set (tuning and check halves)")
    args = parser.parse_args(argv)

    global FIXED_LENGTH
    FIXED_LENGTH = args.sentences
    if not EVAL.is_dir():
        print(f"summary_quality: {EVAL} is absent; skipping.")
        return 0
    from briefing.core.summarize import ALGORITHMS, DEFAULT_ALGORITHM, resolve_algorithm

    if args.algorithms:
        names = [n.strip() for n in args.algorithms.split(",") if n.strip()]
        names = [n if n == LEAD else resolve_algorithm(n) for n in names]
    else:
        names = [LEAD, *ALGORITHMS]
    datasets = ("cnndm", "bbc") if args.dataset == "all" else (args.dataset,)
    best: dict[str, str] = {}
    for dataset in datasets:
        print(f"Loading {dataset} ...", file=sys.stderr, flush=True)
        pairs = load(dataset, args.limit, clean=not args.no_clean, half=args.half)
        lengths = [summary_length(dataset, a, r) for a, r in pairs]
        heading = DATASETS[dataset][1]
        if FIXED_LENGTH:
            heading = f"{heading.split(', ')[0]}, {FIXED_LENGTH} sentences (--sentences)"
        print(f"\n### {heading}\n")
        print(f"{len(pairs)} articles; summary length: mean {statistics.mean(lengths):.2f} sentences "
              f"(min {min(lengths)}, max {max(lengths)}); "
              f"article mean {statistics.mean(a.sentence_count for a, _ in pairs):.1f} sentences; "
              f"cleaning {'off' if args.no_clean else 'on'}.\n")
        results = evaluate(dataset, pairs, names)
        print(markdown_table(results, DEFAULT_ALGORITHM))
        algos = {n: r for n, r in results.items() if n != LEAD}
        if algos:
            best[dataset] = max(algos, key=lambda n: mean_rouge(algos[n]))
            print(f"\nBest algorithm (mean of ROUGE-1, -2 and -Lsum): {ALGORITHMS[best[dataset]].label}.")
    if ("cnndm" in best and not args.algorithms and args.limit is None and args.half is None
            and args.sentences in (None, 3) and best["cnndm"] != DEFAULT_ALGORITHM):
        print(f"\nNOTE: DEFAULT_ALGORITHM is {DEFAULT_ALGORITHM!r} but {best['cnndm']!r} scores best on cnndm.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
