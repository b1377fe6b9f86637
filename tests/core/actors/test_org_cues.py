"""Organisations typed and bounded by their context (issue 17, fourth round: organisations)."""

from briefing.core.actors import extract_mentions
from tests.core.builders import make_article


def types_of(*sentences: str) -> dict[str, set[str]]:
    """Return each mention's text with the set of types its mentions got."""
    out: dict[str, set[str]] = {}
    for m in extract_mentions(make_article([" ".join(sentences)])):
        if m.kind == "name":
            out.setdefault(m.text, set()).add(m.type)
    return out


def test_descriptor_noun_before_a_name_makes_it_an_organisation_in_every_use():
    """'team Vardino Coresta' is a club, and so is the later bare 'Vardino Coresta said'."""
    t = types_of("Portuguese second division team Vardino Coresta lost at home.",
                 "Vardino Coresta said the coach would stay.")
    assert t["Vardino Coresta"] == {"ORG"}


def test_descriptor_noun_after_a_name_makes_it_an_organisation():
    """'Le Soleron newspaper said' names a paper, though 'Le' is also a first name."""
    t = types_of("But Le Soleron newspaper said the bomb killed seven people.")
    assert t["Le Soleron"] == {"ORG"}


def test_firm_in_apposition_types_a_lone_word():
    """'mineral water firm Quadrico' is a company, also where it is named alone later."""
    t = types_of("Its publisher, mineral water firm Quadrico, denied the report.",
                 "Shares in Quadrico fell.")
    assert t["Quadrico"] == {"ORG"}


def test_noun_after_a_listed_place_or_nationality_is_a_modifier():
    """'a Moscow newspaper', 'a German newspaper': the place and the nationality are not organisations."""
    t = types_of("A Moscow newspaper said the talks failed.", "A German newspaper said the same.")
    assert t["Moscow"] == {"LOC"}
    assert "German" not in t or t["German"] == {"LOC"}


def test_capitalised_adjective_opening_a_sentence_is_no_organisation():
    """'Opposition group says...': a capitalised adjective before 'group' at the start is no name."""
    t = types_of("Opposition group says the army advanced.")
    assert "Opposition" not in t

