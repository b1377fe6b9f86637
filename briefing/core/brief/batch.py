"""Brief every article in a folder with a pool of worker processes.

:func:`plan_outputs` names one output file per input (names never collide and
never name an input); :func:`run_batch` analyses the articles in parallel and
reports each result as it comes, so a caller can draw progress. A bad file is
one :class:`BatchResult` with its one-line error; it never stops the run.
Every article goes through :mod:`.pipeline`, as in the CLI's other commands.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import BriefingError
from ..model import SummaryOptions

#: Output formats: the analysis as JSON (article, summary, actors) or the one-page PDF brief.
FORMATS = ("json", "pdf")


@dataclass(frozen=True)
class BatchResult:
    """What became of one input file: ``output`` written, or ``error`` (one line)."""

    source: Path
    output: Path
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the output was written."""
        return self.error is None


def article_files(folder: str | os.PathLike) -> list[Path]:
    """Return the article files directly in ``folder`` (supported suffixes, no hidden files), sorted by name.

    Raises :class:`BriefingError` when ``folder`` is not a readable folder.
    """
    from ..ingest.load import SUPPORTED_SUFFIXES

    path = Path(folder)
    if not path.is_dir():
        raise BriefingError(f"{path}: not a folder.")
    try:
        entries = sorted(path.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise BriefingError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    return [p for p in entries if not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_SUFFIXES - {""}
            and not p.is_dir()]


def plan_outputs(inputs: Sequence[Path], out_dir: Path, fmt: str) -> list[Path]:
    """Return one output path in ``out_dir`` per input: ``<stem>.<fmt>``, unique, never an input.

    Inputs sharing a stem (``a.txt``, ``a.html``) get their suffix in the name
    (``a-txt.json``, ``a-html.json``); a name still taken, naming one of
    the inputs (when ``out_dir`` is the input folder), or naming an existing
    file that is not exactly as briefing wrote it (the analyst's own
    ``report.json``, an output edited since: :func:`briefing.core.written.is_unchanged`)
    gets ``-2``, ``-3``... So a batch run again replaces only its own unchanged outputs.
    Names are compared case-insensitively, so they stay distinct on any file system.
    """
    from ..written import is_unchanged, recorded

    entries: dict[str, list] | None = None  # the record of written files, read once, at the first existing name

    def free(candidate: Path) -> bool:
        nonlocal entries
        if str(candidate.resolve()).lower() in taken:
            return False
        if not os.path.lexists(candidate):
            return True
        if entries is None:
            entries = recorded()
        return is_unchanged(candidate, entries=entries)

    stems: dict[str, int] = {}
    for p in inputs:
        stems[p.stem.lower()] = stems.get(p.stem.lower(), 0) + 1
    taken = {str(p.resolve()).lower() for p in inputs}
    outputs = []
    for p in inputs:
        base = p.stem if stems[p.stem.lower()] == 1 else f"{p.stem}-{p.suffix.lstrip('.')}"
        candidate = out_dir / f"{base}.{fmt}"
        n = 1
        while not free(candidate):
            n += 1
            candidate = out_dir / f"{base}-{n}.{fmt}"
        taken.add(str(candidate.resolve()).lower())
        outputs.append(candidate)
    return outputs


def analysis_json(analysis) -> dict:
    """Return the JSON-ready record of an analysis (as ``briefing-cli summarize --json`` prints it)."""
    return {"article": analysis.article.to_dict(), "summary": analysis.summary.to_dict(),
            "actors": [a.to_dict() for a in analysis.actors]}


def brief_one(source: Path, output: Path, fmt: str, options: SummaryOptions) -> BatchResult:
    """Analyse one article and write its output; every failure becomes the result's one-line error."""
    from ..atomic import write_atomically
    from ..written import remember
    from .pipeline import analyse_file, export_pdf, make_briefing

    start = time.perf_counter()
    try:
        analysis = analyse_file(source, options)
        if fmt == "pdf":
            export_pdf(make_briefing(analysis.article, analysis.summary, analysis.actors), output)
        else:
            data = json.dumps(analysis_json(analysis), ensure_ascii=False, indent=2) + "\n"
            try:
                write_atomically(output, encoded := data.encode("utf-8", "surrogatepass"))
            except OSError as exc:
                raise BriefingError(f"{output.name}: cannot be written ({exc.strerror or exc}).") from exc
            remember(output, encoded)  # a later run may replace it while it stays as written
        error = None
    except BriefingError as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop a batch
        error = f"unexpected error: {type(exc).__name__}: {exc}".splitlines()[0]
    if error is not None and not error.startswith(source.name):
        error = f"{source.name}: {error}"
    return BatchResult(source, output, error, time.perf_counter() - start)


def _warm_up() -> None:
    """Import and build everything an analysis needs, once, before the workers are forked."""
    from ..actors.lexicon import _lexicon
    from ..ingest.text import article_from_text
    from .pipeline import analyse

    analyse(article_from_text("Council plan\n\nThe council met on Monday in Paris. It approved the plan for new "
                              "trams. Mayor Anne Hidalgo said buses will run more often from March."))
    _lexicon()


def _work(task: tuple[int, Path, Path, str, SummaryOptions]) -> tuple[int, BatchResult]:
    index, source, output, fmt, options = task
    return index, brief_one(source, output, fmt, options)


def run_batch(inputs: Sequence[Path], outputs: Sequence[Path], fmt: str = "json",
              options: SummaryOptions | None = None, jobs: int = 1) -> Iterator[BatchResult]:
    """Brief ``inputs`` into ``outputs`` with ``jobs`` worker processes; yield each result as it finishes.

    The libraries are imported and the word lists built once, in this process,
    before the workers start (on Linux they inherit them), so the start-up is
    paid once. Results come in completion order. Raises :class:`BriefingError`
    for an unknown format; a failing file only gives a result with an error.
    """
    if fmt not in FORMATS:
        raise BriefingError(f"Unknown output format {fmt!r}; use one of {', '.join(FORMATS)}.")
    options = options or SummaryOptions()
    tasks = [(i, Path(s), Path(o), fmt, options) for i, (s, o) in enumerate(zip(inputs, outputs))]
    _warm_up()
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _work(task)[1]
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(processes=jobs) as pool:
        for _, result in pool.imap_unordered(_work, tasks, chunksize=4):
            yield result

