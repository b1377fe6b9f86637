"""Changing an open briefing's language: the article analysed again, the analyst's work kept (no Qt here).

The user corrects the detected language (or picks another): the window runs
:func:`~briefing.core.brief.pipeline.analyse_in_language` in a worker and
gives the result to :func:`apply_language`, one undoable edit, like a new
summary (:func:`~briefing.core.brief.document.apply_summary`).
"""

from __future__ import annotations

from copy import deepcopy

from ..model import Actor, RemovedSentence
from ..multi.actors import actor_names
from .document import BriefingDocument, KeptPoints, is_analyst_point, merge_points, without_removed
from .pipeline import Analysis, method_of, with_first_mentions


def _norm(text: str) -> str:
    return " ".join(text.split())


def _actor_key(actor: Actor) -> tuple:
    return (actor.name, actor.type, actor.role, tuple(actor.aliases))


def _in_analyst_order(actors: list[Actor], before: list[Actor]) -> list[Actor]:
    """Return ``actors`` in the order of the ``before`` actors they share a name or alias with, the others after
    them in their own order."""
    place: dict[str, int] = {}
    for i, actor in enumerate(before):
        for key in actor_names(actor):
            place.setdefault(key, i)

    def rank(pair: tuple[int, Actor]) -> tuple[int, int, int]:
        k, actor = pair
        at = min((place[key] for key in actor_names(actor) if key in place), default=None)
        return (0, at, k) if at is not None else (1, k, k)

    return [actor for _k, actor in sorted(enumerate(actors), key=rank)]


def apply_language(doc: BriefingDocument, analysis: Analysis) -> KeptPoints:
    """Make ``analysis`` (the document's article analysed in another language) the document's; return what was kept.

    The article is replaced by the re-split one (the paragraphs are the same,
    the sentences may be cut differently), the summary, the machine's points
    and the machine's actors by the new language's. The analyst's work stays:
    edited, written and pinned points (a point from the article follows its
    sentence to the new sentence index when the sentence is still whole;
    otherwise it stays as an edited point of its paragraph), actors the
    analyst added or changed, the title, bottom line (when changed), banner,
    comment and source details. The briefing's language and method record the
    new language. The date read from a dateline is taken when there was none.
    """
    old_article = doc.article
    article, summary = analysis.article, analysis.summary
    old_sentences = old_article.sentences
    new_index = {}
    for s in article.sentences:
        new_index.setdefault(_norm(s.text), s)

    old_best = doc.summary.best() if doc.summary is not None else None
    if old_best is None or doc.briefing.bottom_line == old_best.text:
        best = summary.best()
        doc.briefing.bottom_line = best.text if best else ""

    kept = [(row, deepcopy(p)) for row, p in enumerate(doc.briefing.key_points) if is_analyst_point(p)]
    counts = KeptPoints()
    for _row, p in kept:
        if p.source_index is None:
            counts.added += 1
            continue
        source = old_sentences[p.source_index].text if 0 <= p.source_index < len(old_sentences) else p.text
        match = new_index.get(_norm(source))
        if match is not None:
            p.source_index, p.paragraph = match.index, match.paragraph
        else:  # the sentence was cut differently: the point keeps its paragraph, as the analyst's text
            p.source_index, p.edited = None, True
        if p.edited:
            counts.edited += 1
        else:
            counts.pinned += 1
    # The sentences the analyst removed follow their text to the new split (a sentence cut differently is
    # forgotten: nothing in the new split is it).
    removed = []
    for r in doc.briefing.removed:
        text = r.text or (old_sentences[r.index].text if 0 <= r.index < len(old_sentences) else "")
        match = new_index.get(_norm(text))
        if match is not None:
            removed.append(RemovedSentence(match.index, None, match.text))
    doc.briefing.removed = removed
    points, counts.withheld = without_removed(merge_points(summary, article, doc.briefing.bottom_line, kept),
                                              doc.briefing)

    machine = {_actor_key(a) for a in doc.machine_actors}
    own = [a for a in doc.briefing.actors if _actor_key(a) not in machine]
    new_actors = with_first_mentions(article, deepcopy(analysis.actors))
    names = {a.name for a in own}
    doc.machine_actors = deepcopy(new_actors)
    actors = [a for a in new_actors if a.name not in names] + own
    if doc.briefing.actor_order == "analyst":
        # The analyst put the actors in an order: an actor found again (by a name or alias) takes its old place;
        # actors new in this language follow, most salient first. (The order used to go back to salience.)
        actors = _in_analyst_order(actors, doc.briefing.actors)
    doc.briefing.actors = actors

    if not doc.briefing.date and article.date:
        doc.briefing.date = article.date
    doc.article = article
    doc.summary = summary
    doc.options = deepcopy(summary.options)
    doc.briefing.key_points = points
    doc.briefing.language = article.language
    doc.briefing.method = {**method_of(summary), "language": article.language}
    return counts
