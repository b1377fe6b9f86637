"""Does every brief fit on one page, and how fast is the export?

    python benchmarks/pdf_fit.py [--dataset bbc|cnndm|all] [--limit N] [--points 5] [--actors 8]
                                 [--page a4|letter] [--banner TEXT] [--comment TEXT] [--docx N] [--long N]

Exports every article of ``../shared/eval/news-summaries.jsonl`` (BBC, 2,225) and
``../shared/eval/cnndm-dev.jsonl`` (CNN/DailyMail, 100) as a PDF brief with 5 key
points and 8 actors (the machine's briefing: BriefRank summary, rule-based actors,
the best sentence as bottom line), written to a temporary folder with
:func:`briefing.core.export.pdf.render_pdf`, and prints

* how many came out as exactly one page (counted independently, by pypdfium2),
* which fitting steps were used how often,
* how many were refused (and why, for the first few),
* the median and 95th-percentile export time after warm-up (summary and actors
  not included; they are timed separately),
* with ``--docx N``: the DOCX export of an evenly spread sample of N of those
  articles, converted by LibreOffice (``soffice --headless --convert-to pdf``,
  one batch; about 0.3 s an article, hence a sample) and how many came out as
  one page,
* with ``--long N`` (default 1000): the time to fit a brief of N key points.

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
    parser.add_argument("--docx", type=int, default=0, help="also convert a sample of N DOCX briefs with LibreOffice")
    parser.add_argument("--long", type=int, default=1000, help="time fitting a brief of N key points (0: skip)")
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
    sample = set(range(0, len(data), max(1, len(data) // args.docx))[: args.docx]) if args.docx else set()
    docx_written: list[str] = []
    docx_dir = Path(tempfile.mkdtemp(prefix="brief-docx-"))
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
            if n in sample:
                from briefing.core.export.docx import render_docx

                render_docx(briefing, docx_dir / f"{n:05d}.docx", options)
                docx_written.append(row["id"])

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
        q = statistics.quantiles(export_ms, n=20, method="inclusive")  # never beyond the max on a small sample
        print(f"  export time: median {statistics.median(export_ms):.1f} ms, p95 {q[18]:.1f} ms, "
              f"max {max(export_ms):.1f} ms (after warm-up; atomic write to a temporary folder)")
        print(f"  page fill: median {statistics.median(fills):.2f}, min {min(fills):.2f}, max {max(fills):.2f}")
    if pipeline_ms:
        print(f"  summary + actors (not export): median {statistics.median(pipeline_ms):.1f} ms")
    if docx_written:
        docx_one_page(docx_dir, len(docx_written))
    if args.long:
        long_brief(args.long, options)
    return 0


def docx_one_page(folder: Path, count: int) -> None:
    """Convert every DOCX in ``folder`` to PDF with LibreOffice (one batch) and print how many are one page."""
    import shutil
    import subprocess

    import pypdfium2

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("  DOCX via LibreOffice: soffice not found; skipped (apt-get install libreoffice-writer-nogui)")
        return
    t0 = time.perf_counter()
    profile = folder / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder / "pdf"), *sorted(str(p) for p in folder.glob("*.docx"))],
                   check=False, capture_output=True, timeout=3600)
    pages = [len(pypdfium2.PdfDocument(str(p))) for p in sorted((folder / "pdf").glob("*.pdf"))]
    ones = sum(1 for n in pages if n == 1)
    print(f"  DOCX via LibreOffice (sample of {count}): one page {ones}/{count} ({100 * ones / count:.1f} %), "
          f"converted {len(pages)}, {time.perf_counter() - t0:.0f} s")
    shutil.rmtree(folder, ignore_errors=True)


def long_brief(n: int, options) -> None:
    """Print how long fitting a brief of ``n`` key points takes (median of 3)."""
    from briefing.core.export.pdf import render_pdf_bytes
    from briefing.core.model import Actor, Briefing, KeyPoint

    points = [KeyPoint(text=f"Sentence {i} of a very long article says that the council met again on a later day "
                            f"of the month to discuss the plan.", paragraph=i // 4, source_index=i,
                       score=(i * 37 % n) / n) for i in range(n)]
    briefing = Briefing(title="A brief of many points", bottom_line="The council met many times.", key_points=points,
                        actors=[Actor(name=f"Person {i}", type="PER", role="council member") for i in range(8)])
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        _, report = render_pdf_bytes(briefing, options)
        times.append(time.perf_counter() - t0)
    print(f"  {n}-point brief: fitted and rendered in {statistics.median(times) * 1000:.0f} ms (median of 3), "
          f"{report.points_shown} points kept at {report.font_size:.1f} pt")


if __name__ == "__main__":
    sys.exit(main())
