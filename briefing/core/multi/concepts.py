"""What a bare figure counts when no noun follows it: the dead, the injured, jobs (six languages).

"killing three people and injuring 14", "Three people died and 14 were hurt" and "the death toll has risen to
four" give figures of the same two measures in other words. :func:`concept_of` gives each figure the measure of
the nearest such word with no other figure in between (on a tie, the one after it: "14 were hurt"), so that
:func:`~.figures.same_measure_differs` sees "four" dead against "three" dead, and not against "14" hurt.
"""

from __future__ import annotations

#: Words that name what is counted, per measure, in the six languages the app reads (lower case, as written).
CONCEPT_WORDS: dict[str, frozenset[str]] = {
    "dead": frozenset("dead died die dies killed killing kills kill death deaths fatalities fatality "
                      "tote toten todesopfer getötet starben gestorben "
                      "morts mort morte tués tuées décès décédés "
                      "muertos muertas murieron fallecidos fallecieron muerte "
                      "погибли погибших погиб погибло погибла погибшие убиты убитых жертв жертвами "
                      "загинули загиблих загинуло загинув вбиті загиблі".split()),
    "injured": frozenset("injured injuring injuries injury hurt wounded wounding "
                         "verletzt verletzte verletzten verwundet "
                         "blessés blessées blessé blessant "
                         "heridos heridas herido lesionados "
                         "ранены раненых ранено пострадали пострадавших пострадавшие "
                         "поранені поранених постраждали постраждалих".split()),
    "jobs": frozenset("jobs arbeitsplätze stellen emplois empleos puestos рабочих робочих".split()),
}
_CONCEPT_OF = {w: c for c, ws in CONCEPT_WORDS.items() for w in ws}


def concept_of(words: list[str], start: int, end: int, figure_starts: list[int], clauses: list[int]) -> str:
    """Return the measure ("dead", "injured", "jobs") of the figure written as ``words[start:end]``, or "".

    ``figure_starts`` are where every figure of the sentence starts: a concept word with another figure between
    it and this one belongs to that one. ``clauses`` numbers each word's clause (commas part them): a concept word
    of the figure's own clause comes before any other ("the death toll has risen to four, after an injured
    passenger died" counts the dead).
    """
    best, best_key = "", None
    for p, w in enumerate(words):
        concept = _CONCEPT_OF.get(w)
        if not concept or start <= p < end:
            continue
        lo, hi = (p, start) if p < start else (end - 1, p)
        if any(lo < s < hi for s in figure_starts if s != start):
            continue
        # own clause first; then the nearest; on a tie, the one after
        key = (clauses[p] != clauses[start], start - p if p < start else p - end + 1, 0 if p >= end else 1)
        if best_key is None or key < best_key:
            best, best_key = concept, key
    return best
