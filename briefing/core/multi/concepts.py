"""What a bare figure counts when no noun follows it: the dead, the injured, jobs (six languages).

"killing three people and injuring 14", "Three people died and 14 were hurt" and "the death toll has risen to
four" give figures of the same two measures in other words. :func:`concept_of` gives each figure the measure of
the nearest such word with no other figure in between (on a tie, the one after it: "14 were hurt"), so that
:func:`~.figures.same_measure_differs` sees "four" dead against "three" dead, and not against "14" hurt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

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


def concept_places(words: list[str]) -> list[tuple[int, str]]:
    """Return ``(position, measure)`` of every word of ``words`` that names a measure, in order."""
    return [(p, _CONCEPT_OF[w]) for p, w in enumerate(words) if w in _CONCEPT_OF]


def concept_of(places: list[tuple[int, str]], start: int, end: int, figure_starts: list[int],
               clauses: list[int]) -> str:
    """Return the measure ("dead", "injured", "jobs") of the figure written from word ``start`` to ``end``, or "".

    ``places`` are the sentence's measure words (:func:`concept_places`); ``figure_starts`` (sorted) where every
    figure of the sentence starts: a measure word with another figure between it and this one belongs to that
    one. ``clauses`` numbers each word's clause (commas part them): a measure word of the figure's own clause comes
    before any other ("the death toll has risen to four, after an injured passenger died" counts the dead). Only
    the nearest word on each side can win, so the time is logarithmic in the sentence's length.
    """
    positions = [p for p, _c in places]
    k = bisect_left(positions, start)
    options = []
    if k:
        options.append(places[k - 1])
    after = bisect_left(positions, end)
    if after < len(places):
        options.append(places[after])
    best, best_key = "", None
    for p, concept in options:
        lo, hi = (p, start) if p < start else (end - 1, p)
        inside = bisect_right(figure_starts, lo)
        if inside < len(figure_starts) and figure_starts[inside] < hi and figure_starts[inside] != start:
            continue  # another figure stands between
        if inside + 1 < len(figure_starts) and figure_starts[inside] == start and figure_starts[inside + 1] < hi:
            continue
        # own clause first; then the nearest; on a tie, the one after
        key = (clauses[p] != clauses[start], start - p if p < start else p - end + 1, 0 if p >= end else 1)
        if best_key is None or key < best_key:
            best, best_key = concept, key
    return best
