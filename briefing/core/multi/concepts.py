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
    "evacuated": frozenset("evacuated evacuate evacuating evacuation evakuiert evakuierten evakuierung évacués "
                           "évacuées évacué évacuation evacuados evacuadas evacuado evacuación эвакуированы "
                           "эвакуировано эвакуировали эвакуированных евакуйовано евакуювали евакуйованих".split()),
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


#: Units of measure written after a figure, in the six languages the app reads: one word ("tonnes", "Tonnen",
#: "toneladas", "км") or two ("cubic metres", "mètres cubes", "metros cúbicos", "кубических метров"), each to one
#: code, so that "8 млрд кубометров" and "8 billion cubic metres" are one measure and "12 km" and "18 kilomètres"
#: two figures of one.
UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys("t tonne tonnes ton tons tonnen toneladas tonelada".split(), "t"),
    **dict.fromkeys("km kilometre kilometres kilometer kilometers kilometern kilomètre kilomètres kilómetro "
                    "kilómetros км".split(), "km"),
    **dict.fromkeys("m3 m³ kubikmeter kubikmetern".split(), "m3"),
    **dict.fromkeys("metre metres meter meters metern mètre mètres metro metros".split(), "m"),
    **dict.fromkeys("mm millimetre millimetres millimeter millimeters millimetern millimètres milímetros "
                    "мм".split(), "mm"),
    **dict.fromkeys("barrel barrels fass barils baril barriles barril".split(), "bbl"),
    **dict.fromkeys("hectare hectares hektar ha hectáreas га".split(), "ha"),
}
#: Every unit code (:func:`unit_at` adds "2" or "3" to a length for an area or a volume).
UNIT_CODES = frozenset([*UNIT_WORDS.values(), "m2", "m3", "km2", "km3", "mm"])
#: Russian and Ukrainian unit stems, read with a case ending ("тонн", "тоннами", "кубометров", "кілометрів").
_UNIT_STEMS = (("кубометр", "m3"), ("километр", "km"), ("кілометр", "km"), ("миллиметр", "mm"), ("міліметр", "mm"),
               ("тонн", "t"), ("баррел", "bbl"), ("барел", "bbl"), ("гектар", "ha"), ("метр", "m"))
_UNIT_ENDINGS = frozenset(["", "а", "ы", "и", "у", "ов", "ів", "ам", "ами", "ах", "ом", "ой", "ою"])
#: The word that makes a length a volume ("cubic metres", "mètres cubes", "кубических метров") or an area.
_CUBIC = frozenset("cubic cubes cube cúbicos cúbico kubik кубических кубических кубічних кубічні".split())
_SQUARE = frozenset("square carrés carré cuadrados cuadrado квадратных квадратних".split())


def _unit_word(word: str) -> str:
    """Return the unit code of one word ("tonnes" -> "t", "кубометров" -> "m3"), or ""."""
    code = UNIT_WORDS.get(word)
    if code:
        return code
    for stem, code in _UNIT_STEMS:
        if word.startswith(stem) and word[len(stem):] in _UNIT_ENDINGS:
            return code
    return ""


def unit_at(ws: list[str], j: int) -> tuple[str, int]:
    """Return ``(unit code, index after its words)`` of a unit of measure written from ``ws[j]`` on ("cubic metres"
    -> ("m3", j + 2), "mètres cubes" too, "tonnes" -> ("t", j + 1)), or ``("", j)``."""
    if j >= len(ws):
        return "", j
    w = ws[j]
    nxt = ws[j + 1] if j + 1 < len(ws) else ""
    if w in _CUBIC or w in _SQUARE:
        base = _unit_word(nxt)
        if base in ("m", "km"):
            return base + ("3" if w in _CUBIC else "2"), j + 2
        return "", j
    code = _unit_word(w)
    if code in ("m", "km") and (nxt in _CUBIC or nxt in _SQUARE):  # "mètres cubes", "metros cúbicos"
        return code + ("3" if nxt in _CUBIC else "2"), j + 2
    return code, (j + 1 if code else j)


#: What a sum of money is, in the six languages (word stems): two sums of one currency and magnitude in two
#: languages that say what they are ("40 Millionen Euro kosten", "the cost ... at 25 million euros") are one measure
#: when they say the same, and two when they say different things (a cost against an investment).
MONEY_KINDS: dict[str, tuple[str, ...]] = {
    "cost": ("cost", "kosten", "kostet", "koste", "coût", "coûte", "coûter", "coûtera", "costo", "coste", "cuesta",
             "costará", "costar", "стоимост", "стоит", "обойд", "вартіст", "коштує", "коштуват"),
    "invest": ("invest", "investi", "investissement", "invertir", "inversi", "invierte", "инвест", "інвест"),
    "value": ("worth", "value", "valued", "wert", "vaut", "valeur", "vale", "valor"),
    "fine": ("fine", "fined", "strafe", "bußgeld", "amende", "multa", "штраф"),
    "loss": ("loss", "losses", "verlust", "perte", "pérdida", "убыт", "збит"),
    "profit": ("profit", "gewinn", "bénéfice", "beneficio", "прибыл", "прибут"),
}


def money_kinds(words: list[str]) -> frozenset[str]:
    """Return what the sums of money of a sentence are said to be ("cost", "invest", ...), from its words."""
    out = set()
    for w in words:
        for kind, stems in MONEY_KINDS.items():
            if any(w.startswith(s) and len(w) <= len(s) + 4 for s in stems):
                out.add(kind)
    return frozenset(out)
