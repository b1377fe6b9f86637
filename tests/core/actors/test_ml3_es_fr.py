"""Spanish and French names by rules (ml3): a lone name's type read from the document and from the preposition
before it. Made-up sentences."""

import pytest

from briefing.core.actors.rules_multilingual import document_words, find_mentions


def spans(text: str, lang: str = "es", document: list[str] | None = None) -> set[tuple[str, str]]:
    words = document_words(document, lang) if document else None
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, lang, document=words)}


@pytest.mark.parametrize("text, name", [
    ("El equipo venció a Olazábal en la final de ayer.", "Olazábal"),
    ("El gol fue marcado por Batistela en el último minuto.", "Batistela"),
    ("Fue un partido difícil para Arteaga, que jugó lesionado.", "Arteaga"),
])
def test_an_unknown_lone_name_after_a_personal_preposition_is_a_person(text, name):
    assert (name, "PER") in spans(text)


def test_a_listed_place_after_a_stays_a_place():
    assert ("Bruselas", "LOC") in spans("El presidente viajó ayer a Bruselas para la cumbre.")


def test_a_surname_of_a_full_name_is_that_person_after_de():
    text = "Los aliados de Valdrich celebraron la victoria."
    assert ("Valdrich", "LOC") in spans(text)  # no evidence: the preposition decides
    got = spans(text, document=["El presidente Tomás Valdrich habló ayer.", text])
    assert ("Valdrich", "PER") in got


def test_a_french_surname_alone_is_the_person():
    text = "Jean Dupont, porte-parole du syndicat, a appelé à la grève. Dupont a ajouté que le mouvement durerait."
    assert ("Dupont", "PER") in spans(text, "fr")
