"""Which sentences of other sources make a point's claim, and which dispute its figures (see :mod:`.summary`).

Three kinds of kin of a candidate sentence, each read in its own source's language:

* a **near-duplicate** (similarity at least :data:`~.similarity.NEAR_DUPLICATE`), or a **reworded repeat**: a
  similarity of :data:`REWORDED` or more, the very same figures (two at least), the names of one all among the
  other's names and both asserting or both denying ("Three people died and 14 were hurt" and "killing three
  people and injuring 14"): both cite the point;
* a **disputed version**: another figure of the same measure ("four" dead against "three" dead, "1,400 jobs"
  against "1,200 jobs", :func:`~.figures.same_measure_differs`) in a sentence about the same thing: similar
  (:data:`~.similarity.DISPUTED`), or, for money, a percentage or a measure named by a word near the figure
  (:mod:`.concepts`: the dead, the injured, jobs), tied (:data:`TIED`, or in another language a shared word of
  the same skeleton: "контракта" and "contract") with a name in common, or no names on one side. Its own source may
  give it too (a live blog's later figure).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .figures import _EDGE, _measures, figure, figures, figures_differ, same_measure_differs
from .similarity import DISPUTED, NEAR_DUPLICATE, name_skeleton

#: Similarity from which a sentence with the same figures and names is a reworded repeat.
REWORDED = 0.35
#: Least figures a reworded repeat must give, all the same.
REWORDED_FIGURES = 2
#: Similarity from which a sentence about the same actors that gives another figure of the same measure disputes it.
TIED = 0.25
#: Shortest skeleton of a word two languages share to tie two sentences.
COGNATE = 4
#: Weekdays are capitalised in English and name no actor.
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=8192)
def names_of(text: str, language: str) -> frozenset[str]:
    """Return the skeletons (:func:`~.similarity.name_skeleton`) of the sentence's capitalised words that are no
    figure, stop word or weekday, its first word left out ("The", "Three")."""
    from ..language.resources import stop_words

    stops = stop_words(language)
    out = set()
    for k, raw in enumerate(text.split()):
        w = raw.strip(_EDGE)
        if k == 0 or len(w) < 3 or not w[:1].isupper():
            continue
        w = w.split("'")[0].split("’")[0]
        low = w.lower()
        if low in stops or low in _DAYS or figure(low, language) is not None or not w.isalpha():
            continue
        key = name_skeleton(w)
        if len(key) >= 2:
            out.add(key)
    return frozenset(out)


@lru_cache(maxsize=8192)
def _cognates(text: str, language: str) -> frozenset[str]:
    """Return the skeletons of the sentence's longer lower-case words (to tie two languages: "контракта", "contract")."""
    from ..language.resources import stop_words

    stops = stop_words(language)
    out = set()
    for raw in text.split():
        w = raw.strip(_EDGE)
        if len(w) >= 5 and w.isalpha() and w.islower() and w not in stops:
            key = name_skeleton(w)
            if len(key) >= COGNATE:
                out.add(key)
    return frozenset(out)


def reworded(a: str, b: str, la: str, lb: str) -> bool:
    """Return True when ``b`` repeats ``a`` in other words (module docstring; the similarity is checked apart)."""
    fa, fb = figures(a, la), figures(b, lb)
    if len(fa) < REWORDED_FIGURES or len(set(fa)) != len(set(fb)) or figures_differ(a, b, la, lb):
        return False
    if set(fa) != set(fb):
        return False
    na, nb = names_of(a, la), names_of(b, lb)
    return na <= nb or nb <= na


def disputes(a: str, b: str, la: str, lb: str, sim: float) -> bool:
    """Return True when ``b`` gives another figure of the same measure about the same thing as ``a``."""
    if not same_measure_differs(a, b, la, lb):
        return False
    if sim >= DISPUTED:
        return True
    shared = _measures(a, b, la, lb) & _measures(b, a, lb, la)
    if not any(m[-1][:1] == "#" or m[-1] in ("money", "%") for m in shared):
        return False  # less similar: only a named measure ("#dead", "#jobs") or money counts, not "five years"
    na, nb = names_of(a, la), names_of(b, lb)
    if na and nb and not na & nb:
        return False
    return sim >= TIED or (la != lb and bool(_cognates(a, la) & _cognates(b, lb)))


def merge_reworded(sim: np.ndarray, candidates, texts: list[str], langs: list[str]) -> np.ndarray:
    """Return ``sim`` (candidates x sentences) with every reworded repeat raised to a near-duplicate."""
    sim = sim.copy()
    for c, i in enumerate(candidates):
        for j in np.flatnonzero((sim[c] >= REWORDED) & (sim[c] < NEAR_DUPLICATE)):
            if reworded(texts[i], texts[j], langs[i], langs[j]):
                sim[c, j] = NEAR_DUPLICATE
    return sim


def disputed_kin(sim: np.ndarray, candidates, texts: list[str], langs: list[str]) -> list[set[int]]:
    """Return, for each candidate, the sentences that dispute its figures (:func:`disputes`)."""
    has = np.array([bool(figures(t, lang)) for t, lang in zip(texts, langs)], dtype=bool)
    lang_arr = np.array(langs)
    out: list[set[int]] = []
    for c, i in enumerate(candidates):
        if not has[i]:
            out.append(set())
            continue
        near = (sim[c] >= TIED) | (lang_arr != langs[i])
        out.append({int(j) for j in np.flatnonzero(near & has & (sim[c] < NEAR_DUPLICATE)) if j != i
                    and disputes(texts[i], texts[j], langs[i], langs[j], float(sim[c, j]))})
    return out
