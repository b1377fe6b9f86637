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


@pytest.mark.parametrize("text, place", [
    ("Des pluies abondantes sont tombées sur la Vendrasie ce week-end.", "Vendrasie"),
    ("Les rebelles du Kordassan ont signé une trêve.", "Kordassan"),
    ("Il a longtemps vécu dans l'Ardavie orientale.", "Ardavie"),
])
def test_a_french_lone_name_after_an_article_is_a_place(text, place):
    assert (place, "LOC") in spans(text, "fr")


def test_a_french_firm_without_article_stays_a_body():
    assert ("Valtrona", "ORG") in spans("Hier, Valtrona a annoncé des licenciements.", "fr")


@pytest.mark.parametrize("text, body", [
    ("Le Parti socialiste a dénoncé la réforme.", "Parti socialiste"),
    ("Selon la Banque centrale européenne, l'inflation recule.", "Banque centrale européenne"),
    ("Le Conseil constitutionnel a validé la loi.", "Conseil constitutionnel"),
    ("Les Nations unies ont condamné l'attaque.", "Nations unies"),
])
def test_a_french_body_keeps_its_lower_case_adjectives(text, body):
    assert (body, "ORG") in spans(text, "fr")


def test_a_french_two_word_name_after_an_article_is_no_person():
    got = spans("Il a quitté le Paris Saint-Germain pour le Real Madrid.", "fr")
    assert ("Paris Saint-Germain", "ORG") in got and ("Real Madrid", "ORG") in got


def test_bare_unknown_names_in_a_spanish_list_are_persons():
    got = spans("Según Zubeldía y Larrakoetxea, la guerra era inevitable.")
    assert ("Zubeldía", "PER") in got and ("Larrakoetxea", "PER") in got


def test_a_bare_unknown_name_after_a_comma_is_a_person_but_a_body_keeps_its_article():
    got = spans("Llegaron los delegados, Urrutikoetxea y el Ejecutivo.")
    assert ("Urrutikoetxea", "PER") in got
    assert ("Ejecutivo", "ORG") in got


def test_a_name_after_a_firm_noun_elsewhere_is_that_body():
    text = "Los beneficios de Marvelia crecieron un 10 %."
    assert ("Marvelia", "LOC") in spans(text)  # no evidence: the preposition decides
    got = spans(text, document=["La empresa Marvelia abrirá 50 tiendas.", text])
    assert ("Marvelia", "ORG") in got
    got = spans("Las ventas de Marvelia y Dorvana cayeron.", document=["La empresa Marvelia cotiza en bolsa."])
    assert ("Marvelia", "ORG") in got
