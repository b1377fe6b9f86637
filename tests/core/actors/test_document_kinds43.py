"""Actor errors of document kinds the gold has few of (issue 17, types43): live blogs, regional papers,
wire copy, newsletters, transcripts. Made-up texts, one per kind of error."""

from __future__ import annotations

from briefing.core.actors import extract_actors

from tests.core.builders import make_article, mention_types


def _actors(*paragraphs: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_article(list(paragraphs)))}


def test_named_storm_with_weather_words_is_no_actor():
    got = mention_types("Wales braced for Storm Bella on Sunday.", "Gusts of up to 80mph hit the coast, the forecaster said.")
    assert "Storm Bella" not in got


def test_county_named_like_a_person_listed_beside_a_place_is_a_place():
    got = mention_types("The strongest winds would hit coastal areas of Cornwall and Devon on Sunday.")
    assert got.get("Devon") == {"LOC"}


def test_road_named_after_a_person_is_a_place():
    got = mention_types("The Bruce Highway was cut in four places during the floods.",
                        "Their office at 12 Market St was closed.")
    assert got.get("Bruce Highway") == {"LOC"}
    assert got.get("Market St") == {"LOC"}


def test_office_title_is_the_holders_role_and_alone_no_actor():
    actors = {a.name: a for a in extract_actors(make_article([
        "Board Chair Mina Solberg said the vote was final. The Board Chair later left the room.",
        '"We will act," FAA Administrator Tomas Reyes said.']))}
    assert "Board Chair" not in actors and "FAA Administrator" not in actors
    assert actors["Mina Solberg"].role == "Board Chair"
    assert actors["Tomas Reyes"].role == "FAA Administrator"


def test_transcript_speaker_labels_are_people():
    got = _actors("CHAIRMAN WESTON: The hearing will come to order.",
                  "MS. ADEYEMI: Thank you, Mr. Chairman. We have added capacity.",
                  "SENATOR KRAUS: Ms. Adeyemi, what about the pipelines?")
    assert got.get("WESTON") == "PER" and got.get("KRAUS") == "PER"
    assert "PER" == next(t for n, t in got.items() if n.lower() == "adeyemi")


def test_surname_in_capitals_beside_the_full_name_is_that_person():
    got = _actors("Ada Okonjo, who heads the grid regulator, spoke on Tuesday.",
                  "OKONJO: Thank you. Since the storm we added generation.",
                  "Okonjo said the rest have received fines.")
    assert got == {"Ada Okonjo": "PER"}


def test_possessive_of_a_trade_inside_a_union_name():
    got = mention_types("The International Boilermen's Association said its members would strike.")
    assert got.get("International Boilermen's Association") == {"ORG"}
