"""Does every brief fit on one page, and how fast is the export?

    python benchmarks/pdf_fit.py [--dataset bbc|cnndm|all] [--limit N] [--points 5] [--actors 8]
                                 [--page a4|letter] [--banner TEXT] [--comment TEXT]

Exports every article of ``../shared/eval/news-summaries.jsonl`` (BBC, 2,225) and
``../shared/eval/cnndm-dev.jsonl`` (CNN/DailyMail, 100) as a PDF brief with 5 key
points and 8 actors (the machine's briefing: BriefRank summary, rule-based actors,
the best sentence as bottom line), written to a temporary folder with
:func:`briefing.core.export.pdf.render_pdf`, and prints

* how many came out as exactly one page (counted independently, by pypdfium2),
* which fitting steps were used how often,
* how many were refused (and why, for the first few),
* the median and 95th-percentile export time after warm-up (summary and actors
  not included; they are timed separately).

Skips cleanly (prints a line, exits 0) when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

EVAL = ROOT.parent / "shared" / "eval"
DATASETS = {"bbc": "news-summaries.jsonl", "cnndm": "cnndm-dev.jsonl"}
WARM_UP = 5
PUBLISHERS = {"bbc-news-summary": "BBC News", "cnndm-test (FRANK benchmark subset)": "CNN / Daily Mail"}


def rows(dataset: str, limit: int | None) -> list[dict]:
    """Return the jsonl rows of the chosen data sets (each at most ``limit``)."""
    names = list(DATASETS) if dataset == "all" else [dataset]
    out = []
    for name in names:
        with open(EVAL / DATASETS[name], encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit is not None and i >= limit:
                    break
                out.append(json.loads(line))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=("bbc", "cnndm", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles of each data set")
    parser.add_argument("--points", type=int, default=5, help="key points (summary sentences), default 5")
    parser.add_argument("--actors", type=int, default=8, help="actors shown at most, default 8")
    parser.add_argument("--page", choices=("a4", "letter"), default="a4")
    parser.add_argument("--banner", default="UNCLASSIFIED")
    parser.add_argument("--comment", default="", help="an analyst comment on every brief (exercises fitting)")
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"pdf_fit: {EVAL} not found; skipping.")
        return 0

    import pypdfium2

    from briefing.core.actors import extract_actors
    from briefing.core.errors import ExportError
    from briefing.core.model import SummaryOptions
    from briefing.core.brief.pipeline import make_briefing
    from briefing.core.export.pdf import PdfOptions, render_pdf
    from briefing.core.summarize import summarize
    from summary_quality import article_from_row

    data = rows(args.dataset, args.limit)
    options = PdfOptions(page_size=args.page, max_actors=args.actors)
    one_page = refused = 0
    steps: Counter[str] = Counter()
    fitted: list[str] = []
    reasons: list[str] = []
    export_ms: list[float] = []
    pipeline_ms: list[float] = []
    fills: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "brief.pdf"
        for n, row in enumerate(data):
            t0 = time.perf_counter()
            article = article_from_row(row)
            article.source = PUBLISHERS.get(row.get("source"), row.get("source"))
            summary = summarize(article, SummaryOptions(sentences=args.points))
            briefing = make_briefing(article, summary, extract_actors(article, summary), banner=args.banner,
                                     analyst_comment=args.comment)
            pipeline_ms.append((time.perf_counter() - t0) * 1000)
            if n == 0:
                for _ in range(WARM_UP):  # font registration and first-use imports are not export time
                    try:
                        render_pdf(briefing, out, options)
                    except ExportError:
                        pass
            t0 = time.perf_counter()
            try:
                report = render_pdf(briefing, out, options)
            except ExportError as exc:
                refused += 1
                if len(reasons) < 5:
                    reasons.append(f"{row['id']}: {exc}")
                continue
            export_ms.append((time.perf_counter() - t0) * 1000)
            fills.append(report.fill)
            pages = len(pypdfium2.PdfDocument(out.read_bytes()))
            one_page += pages == 1
            if report.steps:
                fitted.append(row["id"])
            for step in report.steps:
                steps[step] += 1

    total = len(data)
    print(f"PDF fit benchmark: {total} articles ({args.dataset}), {args.points} points, {args.actors} actors, "
          f"{args.page.upper() if args.page == 'a4' else 'Letter'}, banner {args.banner!r}")
    print(f"  exactly one page: {one_page}/{total} ({100 * one_page / max(total, 1):.1f} %)")
    print(f"  refused:          {refused}")
    for reason in reasons:
        print(f"    {reason}")
    print(f"  fitted (any step): {len(fitted)}" + (f" (e.g. {', '.join(fitted[:4])})" if fitted else ""))
    for step, count in sorted(steps.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"    {count:5d}  {step}")
    if export_ms:
        q = statistics.quantiles(export_ms, n=20)
        print(f"  export time: median {statistics.median(export_ms):.1f} ms, p95 {q[18]:.1f} ms, "
              f"max {max(export_ms):.1f} ms (after warm-up; atomic write to a temporary folder)")
        print(f"  page fill: median {statistics.median(fills):.2f}, min {min(fills):.2f}, max {max(fills):.2f}")
    if pipeline_ms:
        print(f"  summary + actors (not export): median {statistics.median(pipeline_ms):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
