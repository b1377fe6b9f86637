"""German names by rules (ml3): a place in its genitive or joined to a point of the compass, and continents (in de,
fr, es). Made-up sentences."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str, lang: str = "de") -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, lang)}


@pytest.mark.parametrize("text, place", [
    ("Die Wirtschaft Dänemarks wächst wieder.", "Dänemarks"),
    ("Die Straßen Leipzigs waren am Sonntag leer.", "Leipzigs"),
    ("Viele Betriebe in Ostdeutschland suchen Fachkräfte.", "Ostdeutschland"),
    ("Der Tourismus in Süditalien erholt sich.", "Süditalien"),
])
def test_a_german_place_in_its_genitive_or_with_a_compass_point(text, place):
    assert (place, "LOC") in spans(text)


def test_a_genitive_place_ends_the_name_before_its_noun():
    got = spans("Am Montag sprach Bremens Bürgermeister Karl Vossberg vor der Presse.")
    assert ("Bremens", "LOC") in got
    assert not any(span.startswith("Bremens ") for span, _kind in got)


@pytest.mark.parametrize("word", ["Basis", "Hans"])
def test_a_common_noun_or_first_name_ending_in_s_is_no_genitive_place(word):
    from briefing.core.actors.rules_de import german_genitive_place

    assert not german_genitive_place(word)


@pytest.mark.parametrize("text, place, lang", [
    ("Das Unternehmen liefert sich in Europa ein Rennen mit Anbietern.", "Europa", "de"),
    ("Der Konzern will in Asien wachsen.", "Asien", "de"),
    ("Les ventes ont reculé en Asie et en Europe.", "Asie", "fr"),
])
def test_continents_are_places(text, place, lang):
    assert (place, "LOC") in spans(text, lang)
