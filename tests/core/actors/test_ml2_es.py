"""Spanish names by rules (ml2): articles before bodies' names, "de la" inside names, verbs of saying."""

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, "es")}


def test_article_before_two_words_makes_a_body_not_a_person():
    got = spans("La decisión dependerá de la Reserva Federal y del Poder Ejecutivo, según los analistas.")
    assert ("Reserva Federal", "ORG") in got
    assert ("Poder Ejecutivo", "ORG") in got


def test_a_first_name_after_an_article_is_still_read_by_its_name():
    assert ("Pedro Sánchez", "PER") in spans("Ayer Pedro Sánchez viajó a Bruselas.")


def test_de_la_stays_inside_a_name():
    got = spans("Un portavoz de los Bomberos de la Comunidad confirmó el incendio.")
    assert ("Bomberos de la Comunidad", "ORG") in got
    got = spans("Lo explicó el catedrático Andrés de la Oliva en la facultad.")
    assert ("Andrés de la Oliva", "PER") in got


def test_a_lone_name_next_to_a_verb_of_saying_is_a_person():
    assert ("Ferreira", "PER") in spans('"Estamos aquí para prestar cuentas", dijo Ferreira en el acto.')
    assert ("Doadrio", "PER") in spans("Tras la visita, Doadrio afirmó que seguirán las obras.")


def test_a_listed_place_keeps_its_saint_and_its_article():
    got = spans("El festival se celebró en San Sebastián y después en La Coruña.")
    assert ("San Sebastián", "LOC") in got
    assert ("La Coruña", "LOC") in got
    assert not any(kind == "PER" for _span, kind in got)
