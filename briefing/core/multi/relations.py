"""How the sources of a brief relate: copies of one another, and sources that share nothing with the rest.

A *copy* is a source most of whose sentences (:data:`COPY_SHARE`) are
near-duplicates (:data:`~.similarity.NEAR_DUPLICATE`) of sentences of one
earlier source: the same text twice, or the same wire story run by two
outlets. It still cites what it states, but it is no independent
confirmation: the joint rating counts a source and its copies as one
(:mod:`.summary`), and the brief says "B repeats A".

A source is *isolated* when none of its sentences is a near-duplicate of a
sentence of another source; :func:`briefing.core.brief.pipeline.analyse_sources`
calls it *unrelated* when it also names no actor another source names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .similarity import NEAR_DUPLICATE, SentenceSpace, sentence_vectors
from .sources import Joined, Source

#: Share of a source's sentences that must repeat another source for it to be a copy of that source.
COPY_SHARE = 0.8


@dataclass
class Overlap:
    """Which sources repeat which, and which share no sentence with any other.

    ``copies`` maps a copy's letter to the letter of the earlier source it
    repeats (never itself a copy); ``isolated`` lists, in order, the letters of
    sources none of whose sentences another source repeats.
    """

    copies: dict[str, str] = field(default_factory=dict)
    isolated: list[str] = field(default_factory=list)

    def original(self, letter: str) -> str:
        """Return the letter of the source that ``letter`` repeats, or ``letter`` itself."""
        return self.copies.get(letter, letter)


def source_overlap(sources: list[Source], joined: Joined) -> Overlap:
    """Return how the sources' sentences overlap (see the module docstring).

    One sparse sentence-by-sentence product: linear in the number of pairs of
    sentences that share a content word.
    """
    texts = [s.text for s in joined.article.sentences]
    if len(sources) < 2 or not texts:
        return Overlap()
    src_of = np.array([o[0] for o in joined.origin])
    langs = [sources[o[0]].article.language for o in joined.origin]
    if len(set(langs)) > 1:  # sources in several languages: each read in its own, and compared by evidence too
        return _overlap(sources, src_of, SentenceSpace(texts, langs))
    x = sentence_vectors(texts, joined.article.language)
    sim = (x @ x.T).tocsr()
    n_src = len(sources)
    # repeats[b, a]: sentences of source b that have a near-duplicate in source a.
    repeats = np.zeros((n_src, n_src), dtype=int)
    own = np.zeros(n_src, dtype=int)
    for i in range(len(texts)):
        lo, hi = sim.indptr[i], sim.indptr[i + 1]
        cols, vals = sim.indices[lo:hi], sim.data[lo:hi]
        if not len(cols):
            continue  # no content words: counts for nothing
        own[src_of[i]] += 1
        hit = set(src_of[cols[vals >= NEAR_DUPLICATE]].tolist()) - {int(src_of[i])}
        for a in hit:
            repeats[src_of[i], a] += 1
    return _decide(sources, own, repeats)


def _overlap(sources: list[Source], src_of: np.ndarray, space: SentenceSpace) -> Overlap:
    """Return the overlap of sources in several languages (dense rows, a block of sentences at a time)."""
    n_src, n = len(sources), len(src_of)
    repeats = np.zeros((n_src, n_src), dtype=int)
    own = np.zeros(n_src, dtype=int)
    for lo in range(0, n, 256):
        block = np.arange(lo, min(n, lo + 256))
        sim = space.rows(block)
        for r, i in enumerate(block):
            if space.empty[i]:
                continue
            own[src_of[i]] += 1
            hit = set(src_of[(sim[r] >= NEAR_DUPLICATE) & ~space.empty].tolist()) - {int(src_of[i])}
            for a in hit:
                repeats[src_of[i], a] += 1
    return _decide(sources, own, repeats)


def _decide(sources: list[Source], own: np.ndarray, repeats: np.ndarray) -> Overlap:
    """Return the copies and isolated sources from each source's sentence count and repeats (see the module)."""
    n_src = len(sources)
    copies: dict[str, str] = {}
    for b in range(n_src):
        for a in range(b):
            if sources[a].letter in copies or own[b] == 0:
                continue
            if repeats[b, a] >= COPY_SHARE * own[b]:
                copies[sources[b].letter] = sources[a].letter
                break
    isolated = [s.letter for k, s in enumerate(sources) if own[k] and not repeats[k].any()]
    return Overlap(copies, isolated)
