"""The pipeline: file -> Article -> Summary + Actors -> Briefing -> export.

The command line and the window both run these functions; the sequence exists
only here. Each step imports its stage on first use, so that importing this
module (the window does, at start-up) costs nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..model import UNRELATED_NOTE, Actor, Article, Briefing, KeyPoint, Summary, SummaryOptions, language_code_of
from ..progress import ProgressCallback, no_progress


@dataclass
class Analysis:
    """What the machine made of one article: the article, its summary and its key actors."""

    article: Article
    summary: Summary
    actors: list[Actor]


def _stage(progress: ProgressCallback, start: float, end: float, default: str) -> ProgressCallback:
    """Return a callback that reports a sub-step's progress inside ``[start, end]`` of the whole."""
    return lambda fraction, message="": progress(start + (end - start) * fraction, message or default)


#: Articles with fewer sentences are never split over two processes (a fork costs 10-30 ms).
PARALLEL_MIN_SENTENCES = 1000


def analyse(article: Article, options: SummaryOptions | None = None, progress: ProgressCallback | None = None,
            implementation: str = "auto", parallel: bool = False) -> Analysis:
    """Summarize ``article`` and find its key actors.

    ``progress(fraction, message)`` may raise :class:`~briefing.core.errors.Cancelled`.
    Raises :class:`~briefing.core.errors.SummaryError` for invalid options.

    ``parallel=True`` (the command line; never from a process with threads,
    such as the window) makes the summary of a long article (at least
    :data:`PARALLEL_MIN_SENTENCES` sentences, English actor finder) in a
    forked child process while this one groups the actors' mentions; the
    result is the same, the wall time that of the longer part. Where no child
    can be started, or it fails, everything runs here as without it.
    """
    from ..actors.extract import extract_actors

    progress = progress or no_progress
    if parallel and article.sentence_count >= PARALLEL_MIN_SENTENCES:
        analysis = _analyse_in_two(article, options, progress, implementation)
        if analysis is not None:
            return analysis
    summary = resummarize(article, options, _stage(progress, 0.0, 0.8, "Summarizing…"), implementation)
    progress(0.8, "Finding the key actors…")
    actors = extract_actors(article, summary)
    progress(1.0, "Done")
    return Analysis(article, summary, actors)


def _analyse_in_two(article: Article, options: SummaryOptions | None, progress: ProgressCallback,
                    implementation: str) -> Analysis | None:
    """:func:`analyse` with the summary made in a forked child; ``None`` when that cannot be done here."""
    from ..actors.document import chunk_count
    from ..actors.extract import group_mentions, rank_actors
    from ..actors.languages import has_own_finder
    from ..actors.lexicon import _lexicon
    from ..parallel import ChildFailed, Claims, call_in_child

    if has_own_finder(article.language):
        return None  # those finders are not split in two phases
    _lexicon()  # loaded before the fork: the child shares its pages and needs not load it again
    claims = Claims(chunk_count(article))
    pending = call_in_child(_summary_then_mentions, article, options, implementation, claims)
    if pending is None:
        claims.close()
        return None
    progress(0.0, "Summarizing and finding the key actors…")
    got: dict = {}

    def fetch() -> dict:
        """Wait for the child; keep its summary and return the chunks of mentions it read."""
        if "summary" not in got:
            try:
                got["summary"], got["parts"] = pending()
            except ChildFailed:
                got["summary"], got["parts"] = None, {}
        return got["parts"]

    try:
        clusters = group_mentions(article, claims=claims, fetch=fetch)
    finally:
        fetch()
        claims.close()
    summary = got["summary"]
    if summary is None:
        # The child raised (invalid options, say) or died: do it here, so any error is raised as usual.
        summary = resummarize(article, options, _stage(progress, 0.0, 0.8, "Summarizing…"), implementation)
    actors = rank_actors(article, clusters, summary)
    progress(1.0, "Done")
    return Analysis(article, summary, actors)


def _summary_then_mentions(article: Article, options: SummaryOptions | None, implementation: str, claims) -> tuple:
    """In the child of :func:`_analyse_in_two`: the summary, then the actors' first pass over the chunks
    the parent has not reached yet (from the back), so neither process waits for the other."""
    from ..actors.document import read_chunks_from_back

    summary = resummarize(article, options, None, implementation)
    return summary, read_chunks_from_back(article, claims)


def analyse_file(path: str | os.PathLike, options: SummaryOptions | None = None,
                 progress: ProgressCallback | None = None, implementation: str = "auto",
                 language: str = "auto", parallel: bool = False) -> Analysis:
    """Open the article at ``path``, summarize it and find its key actors.

    ``language``: ``"auto"`` (detected, English when unsure), an ISO code or an
    English name (see :func:`~briefing.core.language.languages.supported_languages`).
    Raises :class:`~briefing.core.errors.LoadError` for a file that cannot be read as an article,
    :class:`~briefing.core.language.languages.UnknownLanguageError` for an unsupported language.
    ``parallel``: as for :func:`analyse`; the sentences of a long text are then also split in two processes.
    """
    from ..ingest.load import load_article

    progress = progress or no_progress
    progress(0.0, "Reading the article…")
    from ..ingest.text import LOAD_PARALLEL

    token = LOAD_PARALLEL.set(parallel)  # a long text's sentences split in two processes too
    try:
        article = load_article(path, progress=_stage(progress, 0.0, 0.15, "Reading…"), language=language)
    finally:
        LOAD_PARALLEL.reset(token)
    return analyse(article, options, _stage(progress, 0.15, 1.0, "Summarizing…"), implementation, parallel)


def analyse_text(text: str, options: SummaryOptions | None = None, progress: ProgressCallback | None = None,
                 name: str = "Pasted text", language: str = "auto", parallel: bool = False,
                 html: str = "") -> Analysis:
    """Clean pasted text as an article, summarize it and find its key actors (``language`` and ``parallel`` as
    for :func:`analyse_file`). ``html``: the clipboard's HTML copy of the same selection, read instead of the
    text when it makes a better article (:func:`briefing.core.ingest.paste.pasted_article`, as for a pasted text
    added as a source)."""
    from ..ingest.paste import pasted_article

    progress = progress or no_progress
    progress(0.0, "Reading the text…")
    article = pasted_article(text, html, name, language=language)
    return analyse(article, options, _stage(progress, 0.15, 1.0, "Summarizing…"), parallel=parallel)


@dataclass
class MultiAnalysis:
    """What the machine made of several articles: the lettered sources, their joint points, merged actors."""

    sources: list  # list[briefing.core.multi.sources.Source]
    summary: object  # briefing.core.multi.summary.MultiSummary
    actors: list[Actor]
    #: Per letter, what the brief's sources block says of a source: "repeats A", or that it shares nothing.
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        """Return one line per source the analyst should look at: copies and unrelated sources."""
        out = []
        for s in self.sources:
            note = self.notes.get(s.letter)
            if note == UNRELATED_NOTE:
                out.append(f"source {s.letter} ({s.article.title or 'untitled'}) {UNRELATED_NOTE}: "
                           "is it on the same story? It is kept in the brief.")
            elif note:
                out.append(f"source {s.letter} {note} (most sentences near-identical): "
                           "it is not counted as independent confirmation.")
        return out


def source_notes(summary, actors: list[Actor]) -> dict[str, str]:
    """Return the sources-block notes of a joint analysis: "repeats A" for a copy of source A, and
    :data:`UNRELATED_NOTE` for a source that shares no near-duplicate sentence (``summary.isolated``) and
    no actor with another source."""
    notes = {b: f"repeats {a}" for b, a in summary.copies.items()}
    for letter in summary.isolated:
        if not any(letter in a.sources and len(a.sources) > 1 for a in actors):
            notes[letter] = UNRELATED_NOTE
    return notes


def analyse_sources(sources: list, options: SummaryOptions | None = None, progress: ProgressCallback | None = None,
                    implementation: str = "auto") -> MultiAnalysis:
    """Summarize several lettered sources together and merge their actors (see :mod:`briefing.core.multi`).

    Raises :class:`~briefing.core.errors.SummaryError` for invalid options or sources without sentences.
    """
    from ..actors.extract import extract_actors
    from ..model import Summary, SummarySentence
    from ..multi.actors import merge_across
    from ..multi.summary import summarize_sources

    progress = progress or no_progress
    summary = summarize_sources(sources, options, _stage(progress, 0.0, 0.6, "Summarizing…"), implementation)
    per_source = []
    for k, source in enumerate(sources):
        progress(0.6 + 0.4 * k / max(len(sources), 1), f"Finding the key actors of source {source.letter}…")
        chosen = [SummarySentence(c.index, c.paragraph, "", 0.0) for p in summary.points for c in p.citations
                  if c.source == source.letter]
        own = Summary(summary.algorithm, chosen, source.article.sentence_count)
        actors = extract_actors(source.article, own) if source.article.sentence_count else []
        per_source.append((source, with_first_mentions(source.article, actors)))
    progress(1.0, "Done")
    actors = merge_across(per_source)
    return MultiAnalysis(list(sources), summary, actors, source_notes(summary, actors))


def analyse_files(paths: list, options: SummaryOptions | None = None, progress: ProgressCallback | None = None,
                  implementation: str = "auto", language: str = "auto") -> MultiAnalysis:
    """Open several articles (lettered A, B, C… in the order given) and brief them together.

    ``language`` is given to every article's loading ("auto": each detected);
    the joint rating uses the first article's language.

    Raises :class:`~briefing.core.errors.LoadError` naming the first file that
    cannot be read as an article.
    """
    from ..ingest.load import load_article
    from ..multi.sources import lettered

    progress = progress or no_progress
    articles = []
    for k, path in enumerate(paths):
        progress(0.3 * k / max(len(paths), 1), f"Reading {Path(path).name}…")
        articles.append(load_article(path, language=language))
    return analyse_sources(lettered(articles), options, _stage(progress, 0.3, 1.0, "Summarizing…"), implementation)


def analyse_in_language(article: Article, language: str, options: SummaryOptions | None = None,
                        progress: ProgressCallback | None = None) -> Analysis:
    """Analyse an already loaded article again in another ``language`` (the user corrected the detector).

    The body is split into sentences again with that language's rules (so
    sentence indices may change: key points must be rebuilt from the new
    summary), then summarized and searched for actors with its resources.
    ``"auto"`` detects the language again. Returns a new :class:`Analysis`; the
    given article is not changed. Raises
    :class:`~briefing.core.language.languages.UnknownLanguageError` for an unsupported language.
    """
    from ..ingest.text import with_language

    return analyse(with_language(article, language), options, progress)


def resummarize(article: Article, options: SummaryOptions | None = None, progress: ProgressCallback | None = None,
                implementation: str = "auto") -> Summary:
    """Return a new summary of an already loaded article (another algorithm or length)."""
    from ..summarize.rating import summarize

    return summarize(article, options, progress=progress, implementation=implementation)


def export_pdf(briefing: Briefing, path: str | os.PathLike, page_size: str = "a4", max_actors: int = 8,
               brief_language: str = "article", sources: tuple = (), force: bool = False):
    """Write the one-page PDF of ``briefing`` to ``path``; return the renderer's report.

    As :func:`export_brief` with the format "pdf" (the target is checked, strings are cleaned on a copy).
    ``brief_language``: "article" (the brief's own words in the article's language) or "en". Raises
    :class:`~briefing.core.errors.ExportError` when the file cannot or may not be written, or the brief
    cannot fit.
    """
    return export_brief(briefing, path, "pdf", page_size, max_actors, brief_language, sources, force)


def export_brief(briefing: Briefing, path: str | os.PathLike, fmt: str | None = None, page_size: str = "a4",
                 max_actors: int = 8, brief_language: str = "article", sources: tuple = (), force: bool = False):
    """Write the brief to ``path`` as PDF, DOCX, HTML, Markdown or plain text; return the report.

    ``fmt`` is "pdf", "docx", "html", "md" or "txt"; by default the file
    suffix decides. ``brief_language`` is "article" (headings, dates, tags and
    the method line in the article's language) or "en". The target is checked
    first (:func:`check_export_target`: never a link, folder, FIFO, device or
    one of ``sources``; an existing file not exactly as briefing wrote it only
    with ``force``); the written bytes' fingerprint is recorded. Strings are
    cleaned of unencodable characters on a copy (the caller's briefing is not changed). Raises
    :class:`~briefing.core.errors.ExportError` for an unknown format, a brief
    that cannot fit one page (PDF, DOCX) or a path that cannot or may not be written.
    """
    from ..export.formats import export_brief as write
    from ..export.pdf import PdfOptions
    from ..safetext import clean_strings
    from .snapshot import clone

    target = check_export_target(path, sources, force)
    options = PdfOptions(page_size=page_size, max_actors=max_actors, brief_language=brief_language)
    # clone, not deepcopy (5-10 times faster): the window's export runs here in a worker, holding the GIL.
    return write(clean_strings(clone(briefing)), target, fmt, options)


def check_export_target(path: str | os.PathLike, sources: tuple = (), force: bool = False) -> Path:
    """Return the absolute export path when it may be written; raise :class:`~briefing.core.atomic.UnsafeTarget`.

    Refused: a link, folder, FIFO or device at ``path``; any of ``sources``
    (the article file); unless ``force``, an existing file that is not exactly
    as briefing wrote it (:func:`briefing.core.written.check_replaceable`: the
    SHA-256 recorded when briefing wrote the file; an analyst's added notes, a
    re-save in Word, a file briefing never wrote, or a missing or damaged
    record all count as changed). ``forceable`` is then True, so a front end may ask.
    """
    from ..written import check_replaceable

    return check_replaceable(path, sources, force)


def default_output_name(article_path: str | os.PathLike, suffix: str = ".pdf") -> Path:
    """Return the export name derived from an article's name, in the current folder: ``report.pdf`` ->
    ``report.brief.pdf`` (never the article's own name, whatever its suffix)."""
    return Path(Path(article_path).stem + ".brief" + suffix)


def key_points_from_summary(summary: Summary, article: Article | None = None,
                            bottom_line: str | None = None) -> list[KeyPoint]:
    """Return the summary's sentences as key points, in article order.

    When ``bottom_line`` is one of the summary's sentences, that sentence is not
    repeated among the points: with the ``article``, the next-best sentence by
    the summary's scores takes its place (so the brief keeps as many points);
    without it, the point is only left out.
    """
    chosen = list(summary.sentences)
    line = " ".join((bottom_line or "").split())
    repeated = next((s for s in chosen if line and " ".join(s.text.split()) == line), None)
    points = [KeyPoint(text=s.text, paragraph=s.paragraph, source_index=s.index, score=s.score)
              for s in chosen if s is not repeated]
    if repeated is None or article is None:
        return points
    taken = {s.index for s in chosen}
    candidates = [(score, -i) for i, score in enumerate(summary.scores) if i not in taken]
    if not candidates:
        return points
    _, neg = max(candidates)
    sentences = article.sentences
    if -neg >= len(sentences):
        return points
    s = sentences[-neg]
    points.append(KeyPoint(text=s.text, paragraph=s.paragraph, source_index=s.index, score=summary.scores[s.index]))
    points.sort(key=lambda p: p.source_index)
    return points


def with_first_mentions(article: Article, actors: list[Actor]) -> list[Actor]:
    """Return the actors with ``paragraph`` set to the paragraph of their first mentioned sentence."""
    paragraph_of = [s.paragraph for s in article.sentences]
    out = []
    for actor in actors:
        first = min((i for i in actor.sentences if 0 <= i < len(paragraph_of)), default=None)
        out.append(replace(actor, paragraph=paragraph_of[first] if first is not None else actor.paragraph))
    return out


def method_of(summary: Summary) -> dict:
    """Return the briefing's method record: the algorithm and how many of the article's sentences it chose."""
    return {"algorithm": summary.algorithm, "chosen": len(summary.sentences), "total": summary.total_sentences}


def make_briefing(article: Article, summary: Summary, actors: list[Actor] | None = None,
                  banner: str = "", analyst_comment: str = "") -> Briefing:
    """Return the machine's briefing for an article.

    The bottom line defaults to the highest-scoring summary sentence; the key
    points are the rest of the summary in article order, with the next-best
    sentence in place of the bottom line (so it is not said twice); each actor
    records the paragraph of its first mention; the method records the
    algorithm and how many of the article's sentences were chosen.
    """
    best = summary.best()
    bottom_line = best.text if best else ""
    return Briefing(
        title=article.title,
        bottom_line=bottom_line,
        key_points=key_points_from_summary(summary, article, bottom_line),
        actors=with_first_mentions(article, list(actors or [])),
        banner=banner,
        analyst_comment=analyst_comment,
        source=article.source,
        date=article.date,
        url=article.url,
        authors=list(article.authors),
        method={**method_of(summary), "language": article.language},
        language=language_code_of(article.language),
    )


def multi_bottom_line(points: list[KeyPoint]) -> KeyPoint | None:
    """Return the point that becomes the bottom line: the best one whose figures no source disputes.

    (A disputed point is shown with its variants among the key points.)
    """
    return next((p for p in points if not p.variants), points[0] if points else None)


def make_multi_briefing(analysis: MultiAnalysis, banner: str = "", analyst_comment: str = "") -> Briefing:
    """Return the machine's briefing of several sources.

    The bottom line is the best point whose figures no source disputes (it
    cites every source stating it); the key points are the others, best first; the title is the first source's;
    publisher, date and URL are left to the sources block (``sources``).
    """
    from ..model import SourceRef

    points = [replace(p) for p in analysis.summary.points]
    first = multi_bottom_line(points)
    lead = analysis.sources[0].article if analysis.sources else Article()
    return Briefing(
        title=lead.title,
        bottom_line=first.text if first else "",
        bottom_line_citations=list(first.citations) if first else [],
        key_points=[p for p in points if p is not first],
        actors=list(analysis.actors),
        banner=banner,
        analyst_comment=analyst_comment,
        method=analysis.summary.method,
        language=language_code_of(lead.language),
        sources=[replace(SourceRef.of(s.letter, s.article), note=analysis.notes.get(s.letter, ""))
                 for s in analysis.sources],
    )


#: sumy/NLTK language names -> ISO 639-1 (the exports' language tag).
