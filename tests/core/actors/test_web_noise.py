"""Web-page noise on short made-up texts (issue 17, thirteenth round): credits, works and descriptions."""

from briefing.core.actors import extract_mentions
from tests.core.builders import make_article

STORY = [
    "Mayor Elena Brask said on Monday that the Dorvik Water Board would raise prices.",
    "The board's chief, Tomas Heller, said the plan was fair.",
    "Brask said she would fight the plan in the council.",
]


def names(paragraphs: list[str]) -> set[str]:
    return {m.text for m in extract_mentions(make_article(paragraphs)) if m.kind == "name"}


def test_byline_and_contributors_are_no_actors():
    """'X reported from Y', 'A and B contributed.': the page's staff, not the story's people."""
    found = names(STORY + ["Carla Wendt reported from Dorvik, and Ivo Maret from Oslo.",
                           "Anja Folberg and Piet Lunde contributed."])
    assert {"Elena Brask", "Tomas Heller"} <= found
    assert not found & {"Carla Wendt", "Ivo Maret", "Anja Folberg", "Piet Lunde"}


def test_author_bio_and_about_the_author_are_no_actors():
    """A line with the author's name over a bio, 'About the Author' and a handle: no actors there."""
    found = names(STORY + ["Jorun Sveen", "Jorun Sveen is a freelance producer for Nordic Daily based in Oslo.",
                           "Follow her on Twitter @JorunSveen"])
    assert not found & {"Jorun Sveen", "Nordic Daily", "JorunSveen"}
    found = names(STORY + ["About the Author", "Mirek Halda", "Mirek Halda wrote a book on water."])
    assert "Mirek Halda" not in found and "Elena Brask" in found


def test_a_story_person_in_a_credit_line_keeps_the_name():
    """A name the story itself uses stays, though a credit line names it too."""
    found = names(STORY + ["Tomas Heller contributed."])
    assert "Tomas Heller" in found


def test_a_kind_of_work_before_a_name_makes_it_no_actor():
    """'the online game Quarnix', 'the PNT format': a product and a format, in all their mentions."""
    found = names(["A flaw in the online game Quarnix lets anyone crash its servers, said Lena Ortmann.",
                   "Quarnix stores items in the PNT format, which Ortmann studied.",
                   "The attack sends PNT data that Quarnix cannot parse, Ortmann said."])
    assert "Lena Ortmann" in found
    assert not found & {"Quarnix", "PNT"}


def test_a_model_designation_is_no_actor():
    """'the ZRX-40' (capitals, a hyphen, a number): a machine's model, not an organisation."""
    found = names(["Using the ZRX-40, Ivar Holm ran the first models.", "The ZRX-40 was the size of a desk."])
    assert "Ivar Holm" in found and "ZRX-40" not in found


def test_a_place_and_a_party_word_describe_a_person():
    """'a Virginia Democrat', 'an Ohio Republican': a description; the place stays a place, no actor 'Ohio Republican'."""
    mentions = [m for m in extract_mentions(make_article([
        "Senator Dana Lorne, a Virginia Democrat, said the bill was poor.",
        "Senator Rick Amsel, an Ohio Republican who backed it, disagreed."])) if m.kind == "name"]
    found = {m.text: m.type for m in mentions}
    assert "Virginia Democrat" not in found and "Ohio Republican" not in found
    assert found.get("Virginia") == "LOC" and found.get("Ohio") == "LOC"


def test_a_venue_noun_after_a_name_makes_it_a_place():
    """'the Lapin Noir cabaret in Paris': a venue's noun after the name, a place, not an organisation."""
    mentions = extract_mentions(make_article(["Crowds queued outside the Lapin Noir cabaret in Paris on Friday."]))
    assert {m.type for m in mentions if m.text == "Lapin Noir"} == {"LOC"}
