"""The points of a brief drawn from several articles: rated together, merged, spread, disagreements kept.

How the points are chosen (:func:`summarize_sources`):

1. **Rated together.** Every source's body is joined into one article
   (:func:`~.sources.join`) and rated by the chosen algorithm, so graph and
   frequency methods see the whole story: a fact several sources repeat is
   central. BriefRank gets each sentence's position *within its own article*
   (every article's lead gets the lead prior). Edmundson is the one
   exception: its location feature means "first and last paragraphs of the
   article", which a joined body does not have, so each source is rated alone
   and the ratings scaled to the source's best (0-1) before they are pooled.
2. **Merged.** For each candidate, the sentences of other sources that are
   near-duplicates of it (:data:`~.similarity.NEAR_DUPLICATE`, figures ignored)
   join its point as citations; the wording stays the candidate's own
   sentence, verbatim. A near-duplicate whose figures differ is not a
   citation but a *variant*: the brief shows it beside the point with its source.
   Each sentence is read in its own source's language; sentences of sources in
   two languages also meet on names, figures and dates
   (:class:`~.similarity.SentenceSpace`).
3. **Picked greedily** (maximal marginal relevance): value = rating x
   (1 + ``SUPPORT`` x share of the other sources stating it, a copy of a
   source (:mod:`.relations`) counting as that source, not as another) x
   (1 - ``REDUNDANCY`` x largest similarity to a point already picked),
   times ``COVERAGE`` when the point cites a source no earlier point cites.
   The first pick has no coverage factor, so the most important point comes
   first (it becomes the bottom line) whatever the spread; a candidate that is
   a near-duplicate of a picked point is never picked.
4. **Fair share.** A source whose best sentence rates at least
   :data:`FAIR_SHARE` of the best overall is owed a point: when no more
   points are left than such sources not yet cited, the next pick is the best
   candidate citing one of them (one long article cannot take every point).
"""

from __future__ import annotations

import numpy as np

from ..errors import SummaryError
from ..model import DEFAULT_SENTENCES, Citation, KeyPoint, SummaryOptions
from ..progress import ProgressCallback
from .claims import disputed_kin, merge_reworded
from .figures import figures_differ
from .points import MultiSummary
from .relations import Overlap, source_overlap
from .similarity import NEAR_DUPLICATE, SentenceSpace
from .sources import Joined, Source, join

#: Weight of support: a point every other source states is worth (1 + SUPPORT) times its rating.
SUPPORT = 0.5
#: Weight of redundancy with the points already picked (maximal marginal relevance).
REDUNDANCY = 0.7
#: Factor for a point that cites a source no earlier point cites.
COVERAGE = 1.3
#: Candidates considered, per point wanted (beyond them the ratings are too low to matter).
CANDIDATES_PER_POINT = 8
#: A source whose best sentence rates at least this share of the best sentence of all sources is owed a point:
#: when no more points are left than such sources not yet cited, each remaining point cites one of them.
FAIR_SHARE = 0.4
#: Each such source's best sentences added to the candidates, whatever their rank among all sentences.
FAIR_CANDIDATES = 3
#: Most points the default length gives (3, plus one per source beyond the first).
DEFAULT_MAX_POINTS = 8


def wanted_points(options: SummaryOptions, joined: Joined, n_sources: int) -> tuple[int, int | None]:
    """Return ``(points, word budget or None)`` the options ask for, the bottom line included.

    With no length given: 3 points plus one per source beyond the first, at
    most :data:`DEFAULT_MAX_POINTS`, plus the bottom line. A count is the
    number of key points besides the bottom line (as for one article).
    """
    from ..summarize.rating import target_count

    total = max(joined.article.sentence_count, 1)
    if options.sentences is None and options.percent is None and options.words is None:
        return min(DEFAULT_MAX_POINTS, DEFAULT_SENTENCES + n_sources - 1) + 1, None
    count = target_count(options, total)
    if count is None:
        mean = joined.article.word_count / total
        return max(1, round(options.words / max(mean, 1.0))) + 1, options.words
    return count + 1, None


def _rate_briefrank(joined: Joined, progress: ProgressCallback | None, count: int) -> np.ndarray:
    """Return BriefRank's ratings of the joined sentences, headings and furniture below the rest.

    As :func:`~briefing.core.summarize.rating.rate_sentences` does for one
    article (:mod:`~briefing.core.summarize.candidates`); each article's
    sentences keep positions counted among its own candidates, so a dropped
    heading leaves the position prior to the article's first body sentence.
    """
    from ..summarize import briefrank, candidates
    from ..summarize.rating import spread

    read, kept = candidates.reading(joined.article)
    if read is joined.article:
        return np.asarray(briefrank.rate(joined.article, progress, count, positions=joined.position))
    positions, dropped, keep = [], 0, set(kept)
    for i, pos in enumerate(joined.position):
        dropped = 0 if pos == 0 else dropped
        if i in keep:
            positions.append(pos - dropped)
        else:
            dropped += 1
    ratings = briefrank.rate(read, progress, count, positions=positions)
    return np.asarray(spread(ratings, kept, joined.article.sentence_count))


def rate_joined(joined: Joined, sources: list[Source], algorithm: str, count: int,
                implementation: str = "auto", progress: ProgressCallback | None = None) -> np.ndarray:
    """Return every joined sentence's rating by ``algorithm`` (see the module docstring), scaled to a best of 1."""
    from ..summarize.rating import rate_sentences

    n = joined.article.sentence_count
    if algorithm == "briefrank":
        scores = _rate_briefrank(joined, progress, count)
    elif algorithm == "edmundson":
        scores = np.zeros(n)
        for pos, source in enumerate(sources):
            if source.article.sentence_count == 0:
                continue
            own = np.asarray(rate_sentences(source.article, algorithm, implementation))
            low, high = own.min(), own.max()
            start = joined.starts[pos]
            scores[start:start + len(own)] = (own - low) / (high - low) if high > low else 1.0
    else:
        scores = np.asarray(rate_sentences(joined.article, algorithm, implementation, progress, count))
    scores = np.nan_to_num(scores.astype(float), nan=0.0, posinf=0.0, neginf=0.0)
    low = scores.min() if n else 0.0
    scores = scores - min(low, 0.0)
    best = scores.max() if n else 0.0
    return scores / best if best > 0 else np.ones(n)


def summarize_sources(sources: list[Source], options: SummaryOptions | None = None,
                      progress: ProgressCallback | None = None, implementation: str = "auto") -> MultiSummary:
    """Return the brief's points drawn from ``sources``, best first (module docstring: how).

    Raises :class:`SummaryError` for no sources, sources with no sentences,
    an unknown algorithm or an invalid length.
    """
    from ..summarize.algorithms import resolve_algorithm

    options = options or SummaryOptions()
    name = resolve_algorithm(options.algorithm)
    sources = [s for s in sources if s.article.sentence_count]
    if not sources:
        raise SummaryError("The sources have no sentences to summarize.")
    joined = join(sources)
    wanted, budget = wanted_points(options, joined, len(sources))
    if progress:
        progress(0.0, f"Rating {joined.article.sentence_count} sentences from {len(sources)} sources")
    scores = rate_joined(joined, sources, name, wanted, implementation, progress)
    texts = [s.text for s in joined.article.sentences]
    overlap = source_overlap(sources, joined)
    points = pick_points(sources, joined, texts, scores, wanted, budget, overlap)
    resolved = SummaryOptions(algorithm=name, sentences=options.sentences, percent=options.percent,
                              words=options.words)
    return MultiSummary(name, points, len(texts), len(sources), resolved, copies=overlap.copies,
                        isolated=overlap.isolated)


def pick_points(sources: list[Source], joined: Joined, texts: list[str], scores: np.ndarray, wanted: int,
                budget: int | None = None, overlap: Overlap | None = None) -> list[KeyPoint]:
    """Return up to ``wanted`` points (or as many as ``budget`` words hold), best first, each citing its sources.

    A source that ``overlap`` finds to be a copy of another counts as that one for support.
    """
    n = len(texts)
    overlap = overlap or Overlap()
    pos_of = {s.letter: k for k, s in enumerate(sources)}
    original = np.array([pos_of.get(overlap.original(s.letter), k) for k, s in enumerate(sources)])
    n_sources = len(set(original.tolist()))  # independent sources: a copy confirms nothing
    src_of = np.array([o[0] for o in joined.origin])
    langs = [sources[o[0]].article.language for o in joined.origin]  # figures are read by their source's language
    order = np.argsort(-scores, kind="stable")
    candidates = order[: max(wanted * CANDIDATES_PER_POINT, 40)]
    # Fair share: each independent source whose best sentence rates at least FAIR_SHARE of the best overall
    # gets a point citing it while the length allows; its best sentences are candidates whatever their rank.
    best_of = np.zeros(len(sources))
    np.maximum.at(best_of, original[src_of], scores)
    fair = {int(k) for k in np.flatnonzero(best_of >= FAIR_SHARE * (scores.max() if n else 0.0))}
    own_best = [int(i) for k in fair for i in order[original[src_of[order]] == k][:FAIR_CANDIDATES]]
    candidates = np.array(list(dict.fromkeys([*candidates.tolist(), *own_best])), dtype=int)
    space = SentenceSpace(texts, langs)  # each sentence read in its own source's language
    sim = merge_reworded(space.rows(candidates), candidates, texts, langs)  # candidates x all sentences
    kin = disputed_kin(sim, candidates, texts, langs)
    empty = space.empty
    # Support: for each candidate, the best near-duplicate in every other source.
    support = np.zeros(len(candidates))
    for c, i in enumerate(candidates):
        dup_sources = set(original[src_of[(sim[c] >= NEAR_DUPLICATE) & ~empty]].tolist()) - {int(original[src_of[i]])}
        support[c] = len(dup_sources) / max(n_sources - 1, 1)
    picked: list[int] = []  # candidate positions
    used = np.zeros(n, dtype=bool)
    cited: set[int] = set()
    max_sim = np.zeros(n)
    points: list[KeyPoint] = []
    words = 0
    while len(points) < wanted:
        uncited = fair - {int(original[k]) for k in cited}
        # as many points left as sources without their share: each goes to one of them
        owed = bool(points) and bool(uncited) and wanted - len(points) <= len(uncited)
        best_value, best_c = -1.0, None
        for owing in ((True, False) if owed else (False,)):
            for c, i in enumerate(candidates):
                if used[i] or empty[i]:
                    continue
                value = scores[i] * (1.0 + SUPPORT * support[c]) * (1.0 - REDUNDANCY * max_sim[i])
                if points:
                    members = _members(c, i, sim, src_of, used, empty, kin, texts, langs)
                    if owing and not any(int(original[src_of[j]]) in uncited for j in members):
                        continue
                    if any(int(src_of[j]) not in cited for j in members):
                        value *= COVERAGE
                if value > best_value:
                    best_value, best_c = value, c
            if best_c is not None:
                break
        if best_c is None:
            break
        i = int(candidates[best_c])
        point = _point(best_c, i, sim, src_of, used, empty, sources, joined, texts, best_value, langs, kin)
        n_words = len(texts[i].split())
        if budget is not None and points and words + n_words > budget:
            used[i] = True
            continue
        words += n_words
        points.append(point)
        picked.append(best_c)
        row = np.where(empty, 0.0, sim[best_c])
        max_sim = np.maximum(max_sim, row)
        # Everything that repeats this point (in any source) is spent: it is cited, or redundant.
        used |= (row >= NEAR_DUPLICATE)
        used[i] = True
        for v in point.variants:  # a disputed version shown beside the point is spent too
            used[joined.starts[_letter_pos(sources, v.source)] + v.index] = True
        cited |= {_letter_pos(sources, c.source) for c in [*point.citations, *point.variants]}
    return points


def _letter_pos(sources: list[Source], letter: str) -> int:
    return next(k for k, s in enumerate(sources) if s.letter == letter)


def _members(c: int, i: int, sim: np.ndarray, src_of: np.ndarray, used: np.ndarray, empty: np.ndarray,
             kin: list[set[int]], texts: list[str], langs: list[str]) -> list[int]:
    """Return joined indices of candidate ``i`` and its unused near-duplicates (one per source, the most similar).

    A sentence that disputes its figures (``kin[c]``, :func:`~.claims.disputed_kin`: "1,400 jobs" against
    "1,200 jobs") is a member too, one per source (its own source's included: a live blog's update): the same
    statement, disputed. A near-duplicate with other figures takes that place, not the citing one (a live blog's
    "1,400 jobs" does not crowd out its "1,200 jobs").
    """
    best: dict[tuple[int, bool], tuple[float, int]] = {(int(src_of[i]), False): (2.0, int(i))}
    for j in np.flatnonzero((sim[c] >= NEAR_DUPLICATE) & ~used & ~empty):
        key = (int(src_of[j]), j != i and figures_differ(texts[i], texts[j], langs[i], langs[j]))
        if key[0] == int(src_of[i]) and not key[1]:
            continue  # the candidate itself, or its own source saying it again
        if key not in best or sim[c, j] > best[key][0]:
            best[key] = (float(sim[c, j]), int(j))
    for j in kin[c]:
        key = (int(src_of[j]), True)
        if not used[j] and not empty[j] and (key not in best or sim[c, j] > best[key][0]):
            best[key] = (float(sim[c, j]), int(j))
    return [j for _s, j in best.values()]


def _point(c: int, i: int, sim, src_of, used, empty, sources: list[Source], joined: Joined, texts: list[str],
           value: float, langs: list[str], kin: list[set[int]]) -> KeyPoint:
    """Return the point worded by joined sentence ``i``: citations for its near-duplicates, variants for
    those with other figures.

    In a disputed point (one with variants) the other sources' citations keep their sentence as ``text`` too,
    so the "Sources differ" note can say which sources give the point's figure and which give none.
    """
    citations, variants = [], []
    for j in sorted(_members(c, i, sim, src_of, used, empty, kin, texts, langs), key=lambda j: (src_of[j], j)):
        pos, local, para = joined.origin[j]
        letter = sources[pos].letter
        if j != i and figures_differ(texts[i], texts[j], langs[i], langs[j]):
            variants.append(Citation(letter, para, local, texts[j]))
        else:
            citations.append(Citation(letter, para, local, texts[j] if j != i else ""))
    if not variants:
        citations = [Citation(x.source, x.paragraph, x.index) for x in citations]
    pos, local, para = joined.origin[i]
    return KeyPoint(text=texts[i], paragraph=para, source_index=local, score=round(float(value), 6),
                    source=sources[pos].letter, citations=citations, variants=variants)
