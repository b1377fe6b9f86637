"""Spanish rules (ml4): a town named by a name, "de" and another name, with no article before it, is a place, not a
body ("Torrejón de Ardoz", "Villanueva de la Cañada"). Made-up text."""

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, "es")}


def test_a_town_of_two_names_after_a_preposition_or_a_town_noun_is_a_place():
    for text, name in (("Los vecinos de Pozuelo de Tajuña protestaron contra el cierre.", "Pozuelo de Tajuña"),
                       ("La policía detuvo a dos jóvenes en Villarejo de la Vega.", "Villarejo de la Vega"),
                       ("El alcalde de Torrejón de Ardoz inauguró el hospital.", "Torrejón de Ardoz"),
                       ("Viajaron desde Medina del Campo hasta la capital.", "Medina del Campo")):
        assert (name, "LOC") in spans(text), (text, spans(text))


def test_a_body_with_an_article_or_a_plural_head_stays_an_organisation():
    assert ("Junta de Extremadura", "ORG") in spans("El acuerdo con la Junta de Extremadura se firmó ayer.")
    assert ("Bomberos de Getafe", "LOC") not in spans("El incendio lo apagaron en Bomberos de Getafe.")
    assert ("Universidad de Alcalá de Henares", "ORG") in spans(
        "La Universidad de Alcalá de Henares celebra su aniversario.")
