"""Key actors in de/es/uk: the kinds the mltour55 probe left (benchmarks/ml_tour55), on made-up sentences."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text, lang):
    return {text[s:e]: kind for s, e, kind, _base, _role in find_mentions(text, lang)}


def details(text, lang):
    return {text[s:e]: (kind, base) for s, e, kind, base, _role in find_mentions(text, lang)}


@pytest.mark.parametrize("text, place", [
    ("Die Regierung in Bayern plant neue Schulden.", "Bayern"),
    ("Die Lehrer in Thüringen streiken seit Montag.", "Thüringen"),
    ("Der Landtag in Tirol stimmte zu.", "Tirol"),
])
def test_german_state_is_a_place(text, place):
    """A German, Austrian or Swiss state named alone is a place (pycountry's subdivisions, in German)."""
    assert spans(text, "de").get(place) == "LOC"


@pytest.mark.parametrize("text, town", [
    ("Der Landrat besuchte am Freitag Bad Sooden.", "Bad Sooden"),
    ("Bad Tölz bekommt ein neues Rathaus.", "Bad Tölz"),
])
def test_german_spa_town_is_a_place(text, town):
    """"Bad" and a name is a town."""
    assert spans(text, "de").get(town) == "LOC"


def test_german_bath_is_no_town():
    """"das Bad" with an article stays a common noun."""
    assert "Bad" not in " ".join(spans("Im Haus gibt es ein Bad, sagte Anna Brenner.", "de"))


def test_german_firm_after_a_cue_noun_is_an_organisation():
    """"die beauftragte Firma Strabag": the firm is an organisation without the cue noun, not a person."""
    assert spans("Die beauftragte Firma Strabag sagte den Termin ab.", "de") == {"Strabag": "ORG"}


@pytest.mark.parametrize("text, name", [
    ("Die Gewerkschaft IG Metall droht mit Streik.", "IG Metall"),
    ("Auch die IG BAU fordert mehr Lohn.", "IG BAU"),
])
def test_german_union_initials_make_an_organisation(text, name):
    """A name with initials and no first name is a body ("IG Metall"), not a person."""
    assert spans(text, "de").get(name) == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Der Zulieferer Brenner Logistik aus Hamm wächst.", "Brenner Logistik"),
    ("Brenner Logistik übernimmt Feldmann Transport.", "Feldmann Transport"),
])
def test_german_firm_of_a_name_and_a_trade_noun(text, name):
    """A name and a trade noun ("Chemie", "Logistik") make a firm."""
    assert spans(text, "de").get(name) == "ORG"


@pytest.mark.parametrize("text", ["Die Sparte Chemie wächst, sagte Anna Brenner.", "Im Bereich Logistik fehlen Fahrer."])
def test_german_trade_noun_after_a_common_noun_is_no_firm(text):
    assert set(spans(text, "de").values()) <= {"PER"}
