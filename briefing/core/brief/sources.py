"""Edits of a brief drawn from several articles: make it, add sources, remove one (no Qt here).

Plain functions on a :class:`~briefing.core.brief.document.BriefingDocument`,
like the edits in :mod:`.document`, so that the window's undo commands, the
tests and any other front end share them. A source keeps its letter for its
whole life in the brief (removing B leaves A and C), so citations stay valid
and an undo needs nothing but the snapshot.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from typing import TYPE_CHECKING

from ..ingest.paste import Clipping
from ..model import Actor, Article, Citation, KeyPoint, SourceRef, SummaryOptions
from ..multi.actors import without_source
from ..multi.sources import Source
from .actor_edits import carry_actor_edits
from .document import BriefingDocument, is_analyst_point, removed_keys
from .pipeline import MultiAnalysis, make_multi_briefing, multi_bottom_line

if TYPE_CHECKING:
    from ..multi.relations import Overlap


def article_of(doc: BriefingDocument, point: KeyPoint) -> Article:
    """Return the article a point's ``paragraph`` and ``source_index`` refer to (its wording's source)."""
    source = doc.source(point.source) if point.source else None
    return source.article if source is not None else doc.article


def as_sources(doc: BriefingDocument) -> list[Source]:
    """Return the document's sources (a one-article document: its article as source A)."""
    return list(doc.sources) if doc.sources else [Source("A", doc.article)]


def new_multi_document(analysis: MultiAnalysis, options: SummaryOptions | None = None) -> BriefingDocument:
    """Return a fresh document: the machine's briefing of several sources."""
    first = analysis.sources[0].article
    return BriefingDocument(
        article=first,
        options=deepcopy(options if options is not None else analysis.summary.options),
        machine_actors=deepcopy(analysis.actors),
        briefing=make_multi_briefing(analysis),
        sources=list(analysis.sources),
        multi=analysis.summary,
    )


def apply_analysis(doc: BriefingDocument, analysis: MultiAnalysis, options: SummaryOptions | None = None,
                   actors_report: list | None = None) -> int:
    """Make a new joint analysis (sources added, or another algorithm or length) the document's machine part.

    The analyst's points stay (edited, written or pinned ones); the machine's
    points are replaced; the bottom line follows the new analysis unless the
    analyst changed it; the actors are the new merged actors with the analyst's
    edits carried over (:func:`~.actor_edits.carry_actor_edits`: order, names,
    merges, roles, deletions, added actors; ``actors_report``, when given, gets
    its :class:`~.actor_edits.CarriedActors`); the title stays. A one-article document becomes a
    several-source one (its article is source A). A sentence the analyst
    removed from the key points is left out of the new ones; return how many
    of the new analysis's points were left out so.
    """
    summary = analysis.summary
    old_first = multi_bottom_line(doc.multi.points) if doc.multi else None
    machine_line = old_first.text if old_first else None
    if doc.summary is not None and machine_line is None:
        best = doc.summary.best()
        machine_line = best.text if best else None
    fresh = make_multi_briefing(analysis)
    b = doc.briefing
    if machine_line is None or b.bottom_line == machine_line:
        b.bottom_line, b.bottom_line_citations = fresh.bottom_line, fresh.bottom_line_citations
    kept = [p for p in b.key_points if is_analyst_point(p)]
    if not doc.sources:  # one article so far: its points refer to source A
        for p in kept:
            if p.source_index is not None and p.source is None:
                p.source = "A"
                p.citations = [Citation("A", p.paragraph or 0, p.source_index)]
    if not doc.sources:  # the same for the sentences the analyst removed
        for r in b.removed:
            r.source = r.source or "A"
    taken = {(p.source, p.source_index) for p in kept}
    removed = removed_keys(b)
    line = " ".join(b.bottom_line.split())
    points = [p for p in fresh.key_points if (p.source, p.source_index) not in taken]
    if fresh.bottom_line and " ".join(fresh.bottom_line.split()) != line:
        first = multi_bottom_line(summary.points)
        if first is not None and (first.source, first.source_index) not in taken:
            points.insert(0, deepcopy(first))
    withheld = sum(1 for p in points if (p.source, p.source_index) in removed)
    points = [p for p in points if (p.source, p.source_index) not in removed]
    b.key_points = points + kept
    carried = carry_actor_edits(b.actors, doc.machine_actors, analysis.actors, b.actor_order == "analyst")
    b.actors = carried.actors
    if actors_report is not None:
        actors_report.append(carried)
    b.sources = fresh.sources
    b.method = summary.method
    doc.machine_actors = deepcopy(analysis.actors)
    doc.sources = list(analysis.sources)
    doc.article = doc.sources[0].article
    doc.multi = summary
    doc.summary = None
    if options is not None:
        doc.options = deepcopy(options)
    return withheld


def _reword(point: KeyPoint, doc: BriefingDocument) -> None:
    """Give a point the wording of its first remaining citation (verbatim), unless the analyst edited it."""
    cite = min(point.citations, key=lambda c: (c.source, c.index))
    source = doc.source(cite.source)
    point.source, point.paragraph, point.source_index = cite.source, cite.paragraph, cite.index
    if source is not None and not point.edited and cite.index < source.article.sentence_count:
        point.text = source.article.sentences[cite.index].text


def _without(points: list[KeyPoint], letter: str, doc: BriefingDocument) -> list[KeyPoint]:
    out = []
    for p in points:
        p.variants = [v for v in p.variants if v.source != letter]
        if p.source != letter and not any(c.source == letter for c in p.citations):
            out.append(p)
            continue
        p.citations = [c for c in p.citations if c.source != letter]
        if p.source == letter:
            if p.citations:
                _reword(p, doc)
            elif p.edited or p.pinned:  # the analyst's words stay, with no source to cite
                p.source = p.paragraph = p.source_index = None
                p.edited = True
            else:
                continue
        out.append(p)
    return out


def remove_source(doc: BriefingDocument, letter: str, overlap: Overlap | None = None) -> None:
    """Take source ``letter`` out of the brief: its citations go everywhere.

    A point worded from it takes the wording of another source that states
    it, or goes when none does (a point the analyst edited stays, unsourced);
    a bottom line stated only by it is replaced by the best remaining point;
    actors only it names go. Removing the last source is refused (``ValueError``).
    ``overlap``, when given, is :func:`sources_overlap` of the remaining sources, worked out beforehand
    (the window does that off its GUI thread: it takes seconds for long sources); else it is worked out here.
    """
    if doc.source(letter) is None:
        raise ValueError(f"There is no source {letter}.")
    if len(doc.sources) == 1:
        raise ValueError("A brief needs at least one source.")
    remaining = [s for s in doc.sources if s.letter != letter]
    b = doc.briefing
    b.key_points = _without(b.key_points, letter, doc)
    b.removed = [r for r in b.removed if r.source != letter]  # a later source may get the letter again
    had = bool(b.bottom_line_citations)
    b.bottom_line_citations = [c for c in b.bottom_line_citations if c.source != letter]
    removed_article = doc.source(letter).article
    line = " ".join(b.bottom_line.split())
    stated_by_removed = any(" ".join(s.text.split()) == line for s in removed_article.sentences)
    if had and not b.bottom_line_citations and stated_by_removed:
        machine = [p for p in b.key_points if not is_analyst_point(p)]
        if machine:
            best = max(machine, key=lambda p: p.score)
            b.key_points.remove(best)
            b.bottom_line, b.bottom_line_citations = best.text, list(best.citations)
    elif b.bottom_line_citations and stated_by_removed:
        first = min(b.bottom_line_citations, key=lambda c: (c.source, c.index))
        source = next(s for s in remaining if s.letter == first.source)
        b.bottom_line = source.article.sentences[first.index].text
    b.actors = without_source(b.actors, letter)
    doc.machine_actors = without_source(doc.machine_actors, letter)
    b.sources = [r for r in b.sources if r.letter != letter]
    if doc.multi is not None:
        doc.multi.points = _without(doc.multi.points, letter, doc)
        doc.multi.sources = len(remaining)
    b.method = {**b.method, "sources": len(remaining)}
    doc.sources = remaining
    doc.article = remaining[0].article
    refresh_source_notes(doc, overlap)


def sources_overlap(sources: list[Source]) -> Overlap:
    """Return how ``sources`` overlap (:func:`~briefing.core.multi.relations.source_overlap`; empty for fewer
    than two): the slow part of :func:`refresh_source_notes`, about 1-2 s for five sources of 20,000 words."""
    from ..multi.relations import Overlap, source_overlap
    from ..multi.sources import join

    return source_overlap(sources, join(sources)) if len(sources) > 1 else Overlap()


def refresh_source_notes(doc: BriefingDocument, overlap: Overlap | None = None) -> None:
    """Work out again which of the document's sources repeat another or share nothing with the rest, and set
    the sources block's notes ("repeats A", :data:`~briefing.core.model.UNRELATED_NOTE`) and ``doc.multi`` to match.

    A change of the source list changes them: once the unrelated source is removed, the one it left alone
    is no longer "sharing nothing with the other sources"; a source that only B repeated is unrelated once B
    is gone; "repeats C" means nothing once C is gone. A note that is neither of the machine's is kept.
    ``overlap``: :func:`sources_overlap` of the document's sources when already worked out.
    """
    from ..model import UNRELATED_NOTE
    from .pipeline import source_notes

    if overlap is None:
        overlap = sources_overlap(list(doc.sources))
    notes = source_notes(overlap, doc.machine_actors)
    b = doc.briefing

    def machine(note: str) -> bool:
        return note == UNRELATED_NOTE or note.startswith("repeats ")

    b.sources = [replace(r, note=notes.get(r.letter, "")) if machine(r.note) or r.letter in notes else r
                 for r in b.sources]
    if doc.multi is not None:
        doc.multi.copies = dict(overlap.copies)
        doc.multi.isolated = list(overlap.isolated)


def source_refs(doc: BriefingDocument) -> list[SourceRef]:
    """Return the sources block of the document (letter, publisher, date, title, URL)."""
    return [SourceRef.of(s.letter, s.article) for s in as_sources(doc)]


def actor_sources(actor: Actor) -> str:
    """Return the letters of the sources naming an actor, e.g. "A, C" ("" for one article)."""
    return ", ".join(actor.sources)


def point_for_source_sentence(points: list[KeyPoint], letter: str, index: int) -> int | None:
    """Return the row of the point worded by (or citing) sentence ``index`` of source ``letter``, or None."""
    for row, p in enumerate(points):
        if (p.source == letter and p.source_index == index) or any(
                c.source == letter and c.index == index for c in p.citations):
            return row
    return None


def source_sentence_point(doc: BriefingDocument, letter: str, index: int) -> KeyPoint:
    """Return a pinned point holding sentence ``index`` of source ``letter`` verbatim, citing it
    (raises ``IndexError`` for a bad index, ``KeyError`` for an unknown letter)."""
    source = doc.source(letter)
    if source is None:
        raise KeyError(letter)
    s = source.article.sentences[index]
    return KeyPoint(text=s.text, paragraph=s.paragraph, source_index=index, pinned=True, source=letter,
                    citations=[Citation(letter, s.paragraph, index)])


def sentences_in_source(points: list[KeyPoint], letter: str) -> set[int]:
    """Return the sentence indices of source ``letter`` that the points use (wording, citation or variant)."""
    out = {p.source_index for p in points if p.source == letter and p.source_index is not None}
    out |= {c.index for p in points for c in [*p.citations, *p.variants] if c.source == letter}
    return out


def analyse_more(sources: list[Source], paths: list, texts: list[str | Clipping], options: SummaryOptions | None = None,
                 progress=None) -> MultiAnalysis:
    """Load more articles (files and pasted texts), letter them after ``sources`` and analyse all together.

    The window's "Add article" job (runs in a worker). A pasted text is a plain string or a
    :class:`~briefing.core.ingest.paste.Clipping` (its plain text and HTML copy), read as a paste that makes a new
    brief is (:func:`~briefing.core.ingest.paste.pasted_article`). Raises
    :class:`~briefing.core.errors.LoadError` naming the first file that cannot be read.
    """
    from ..ingest.load import load_article
    from ..ingest.paste import pasted_article
    from ..multi.sources import lettered
    from .pipeline import analyse_sources

    articles = [load_article(p) for p in paths]
    articles += [pasted_article(t.text, t.html) if isinstance(t, Clipping) else pasted_article(t) for t in texts]
    more = lettered(articles, [s.letter for s in sources])
    return analyse_sources([*sources, *more], options, progress)
