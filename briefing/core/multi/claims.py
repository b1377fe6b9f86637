"""Which sentences of other sources make a point's claim, and which dispute its figures (see :mod:`.summary`).

Three kinds of kin of a candidate sentence, each read in its own source's language:

* a **near-duplicate** (similarity at least :data:`~.similarity.NEAR_DUPLICATE`), or a **reworded repeat**: no
  figure that differs, the names of one all among the other's names, both asserting or both denying, and either a
  similarity of :data:`REWORDED` or more with the very same figures (two at least: "Three people died and 14 were
  hurt" and "killing three people and injuring 14") or, in one language, enough claim words in common, the
  attribution frame left out (:func:`claim_words`; "Two crew members were hurt when a fertiliser train came off
  the tracks near Kerrow" and "A freight train carrying fertiliser derailed near Kerrow ..., injuring two crew
  members"): both cite the point;
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

from .concepts import UNIT_CODES
from .figures import _EDGE, _measures, figure, figures, figures_differ, same_measure_differs
from .frames import frame_flags, role_word
from .similarity import DISPUTED, NEAR_DUPLICATE, denies, name_skeleton

#: Similarity from which a sentence with the same figures and names is a reworded repeat.
REWORDED = 0.35
#: Least figures a reworded repeat must give, all the same.
REWORDED_FIGURES = 2
#: Least claim words (:func:`claim_words`) a reworded repeat with fewer figures shares, and least share of the
#: shorter claim's words: "The blaze started in a kitchen behind the ticket hall" and "investigators had found that
#: the fire began in a café kitchen behind the ticket hall" share three of eight.
REWORDED_WORDS = 3
REWORDED_SHARE = 0.35
#: Least similarity at which a sentence is read as a possible reworded repeat at all.
REWORDED_LEAST = 0.2
#: Similarity from which a sentence about the same actors that gives another figure of the same measure disputes it.
TIED = 0.25
#: Shortest skeleton of a word two languages share to tie two sentences.
COGNATE = 4
#: Units of measure (:data:`~.concepts.UNIT_WORDS`) that tie two sentences in two languages as a currency does.
_UNITS = UNIT_CODES
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


@lru_cache(maxsize=8192)
def claim_words(text: str, language: str) -> frozenset[str]:
    """Return the stems of the words that make a sentence's claim: its words without the attribution frame
    (:func:`~.frames.frame_flags`: "Fire chief Maria Okonkwo said"), names (capitalised words after the first:
    :func:`reworded` compares them apart), roles ("leader"), stop words and figures."""
    from ..language.resources import stem_word, stop_words

    stem, stops = stem_word(language), stop_words(language)
    raws = [w for w in (raw.strip(_EDGE) for raw in text.split()) if w]  # as frame_flags reads them
    return frozenset(stem(w) for k, (w, framed) in enumerate(frame_flags(text, language))
                     if not framed and w not in stops and any(ch.isalpha() for ch in w)
                     and not (k and raws[k][:1].isupper()) and not (w.isalpha() and role_word(w))
                     and figure(w, language) is None)


def reworded(a: str, b: str, la: str, lb: str, sim: float = 1.0) -> bool:
    """Return True when ``b`` repeats ``a`` in other words (module docstring): both assert or both deny, no figure
    differs, the names of one are all among the other's, and either the very same figures (two at least) at a
    similarity of :data:`REWORDED`, or, in one language, a figure both give or one speaker (:func:`speakers`) and
    claim words in common (:func:`claim_words`: at least :data:`REWORDED_WORDS` and :data:`REWORDED_SHARE` of the
    shorter claim's)."""
    if denies(a, b, la, lb) != denies(b, a, lb, la) or figures_differ(a, b, la, lb):
        return False
    na, nb = names_of(a, la), names_of(b, lb)
    if not (na <= nb or nb <= na):
        return False
    fa, fb = figures(a, la), figures(b, lb)
    if sim >= REWORDED and len(fa) >= REWORDED_FIGURES and set(fa) == set(fb):
        return True
    if la != lb:
        return False
    # the same claim needs more than words: a figure both give, or one speaker telling it
    if not set(fa) & set(fb) and not speakers(a, la) & speakers(b, lb):
        return False
    ca, cb = claim_words(a, la), claim_words(b, lb)
    shared = len(ca & cb)
    return shared >= REWORDED_WORDS and shared >= REWORDED_SHARE * min(len(ca), len(cb))


@lru_cache(maxsize=8192)
def speakers(text: str, language: str) -> frozenset[str]:
    """Return the skeletons of the names inside the sentence's attribution frame (:func:`~.frames.frame_flags`:
    "Maria Okonkwo" in "Fire chief Maria Okonkwo said"): who tells the claim."""
    raws = [w for w in (raw.strip(_EDGE) for raw in text.split()) if w]
    out = set()
    for raw, (low, framed) in zip(raws, frame_flags(text, language)):
        if framed and raw[:1].isupper() and raw.isalpha() and len(raw) >= 3 and not role_word(low):
            key = name_skeleton(raw)
            if len(key) >= 2:
                out.add(key)
    return frozenset(out)


def disputes(a: str, b: str, la: str, lb: str, sim: float) -> bool:
    """Return True when ``b`` gives another figure of the same measure about the same thing as ``a``."""
    if not same_measure_differs(a, b, la, lb):
        return False
    if sim >= DISPUTED:
        return True
    shared = _measures(a, b, la, lb) & _measures(b, a, lb, la)
    if not any(m[-1][:1] == "#" or m[-1] in ("money", "%") or m[-1] in _UNITS for m in shared):
        return False  # less similar: only a named measure ("#dead", "#jobs") or money counts, not "five years"
    na, nb = names_of(a, la), names_of(b, lb)
    if na and nb and not na & nb:
        return False
    if sim >= TIED or (la != lb and bool(_cognates(a, la) & _cognates(b, lb))):
        return True
    return la != lb and _tied_by_measure(a, b, la, lb, shared)


def _tied_by_measure(a: str, b: str, la: str, lb: str, shared: set[tuple[str, ...]]) -> bool:
    """Return True when two sentences in two languages give a sum or a measure with its unit (the same currency or
    unit, the same magnitude: "40 Millionen Euro", "25 million euros") and say it is the same kind of sum (a cost
    each: "kosten", "cost"), or, for a sum that says no kind or a unit of measure, name one actor (a sentence's first
    word counted: "Northline put the cost ...")."""
    from .concepts import money_kinds
    from .figures import words

    with_unit = [m for m in shared if m[-1] == "money" or m[-1] in _UNITS]
    if not with_unit:
        return False
    if any(m[-1] == "money" for m in with_unit):
        ka, kb = money_kinds(words(a)), money_kinds(words(b))
        if ka and kb:
            return bool(ka & kb)
    return bool((names_of(a, la) | _lead_name(a, la)) & (names_of(b, lb) | _lead_name(b, lb)))


def _lead_name(text: str, language: str) -> frozenset[str]:
    """Return the skeleton of the sentence's first word when it may be a name (capitalised, no stop word or figure),
    which :func:`names_of` leaves out."""
    from ..language.resources import stop_words

    first = next(iter(text.split()), "").strip(_EDGE)
    if len(first) < 3 or not first[:1].isupper() or not first.isalpha():
        return frozenset()
    if first.lower() in stop_words(language) or figure(first.lower(), language) is not None:
        return frozenset()
    return frozenset([name_skeleton(first)])


def merge_reworded(sim: np.ndarray, candidates, texts: list[str], langs: list[str]) -> np.ndarray:
    """Return ``sim`` (candidates x sentences) with every reworded repeat raised to a near-duplicate."""
    sim = sim.copy()
    for c, i in enumerate(candidates):
        for j in np.flatnonzero((sim[c] >= REWORDED_LEAST) & (sim[c] < NEAR_DUPLICATE)):
            if reworded(texts[i], texts[j], langs[i], langs[j], float(sim[c, j])):
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
