"""Things that are not actors (issue 17, works22): illnesses, languages, products, festivals, comparisons,
show titles with a possessive, and a page's disclosure line.

Short made-up texts, one per kind.
"""

from briefing.core.actors import extract_mentions
from tests.core.builders import actors_of, make_article, mention_names as names


def test_an_illness_after_the_condition_is_not_an_actor():
    """'the condition Verrant Dermatosis' and 'the condition VD' name an illness, everywhere in the text."""
    found = names("Tomas Hale, eight, suffers from the condition Verrant Dermatosis, doctors said.",
                  "Verrant Dermatosis makes his skin burn.",
                  "His sister does not have the condition VD spreads in families. Doctors said his VD was inherited.")
    assert "Tomas Hale" in found
    assert not {"Verrant Dermatosis", "VD"} & found


def test_a_language_after_or_before_language_is_not_an_actor():
    """'the local language, Veltic,' and 'the Moravan language' name languages, not organisations."""
    found = names("Ada Pell moved to Ostland and became fluent in the local language, Veltic, within a year.",
                  "She now sings in both English and Veltic.",
                  "Her brother Ivo Pell studies the Moravan language at Kessel University. Moravan is rare.")
    assert {"Ada Pell", "Ivo Pell"} <= found
    assert not {"Veltic", "Moravan"} & found


def test_a_product_before_its_kind_noun_is_not_an_actor():
    """'the Zenon processor' and 'the Kestra 3 console' are products of the companies that make them."""
    found = names("Varco and Delmont have worked on the Zenon processor for three years.",
                  "Zenon will power Varco's Kestra 3 console. The Kestra 3 is expected next year.",
                  "Owners can back up Pim cards too.")
    assert {"Varco", "Delmont"} <= found
    assert not {"Zenon", "Kestra", "Pim"} & found


def test_a_festival_before_festival_is_not_an_actor():
    """'the inaugural Tangaroo festival' names an event, everywhere in the text."""
    found = names("Drummers from the Kessel Batucada paraded through the inaugural Tangaroo festival on Sunday.",
                  "Tangaroo drew thousands of visitors.")
    assert "Kessel Batucada" in found
    assert "Tangaroo" not in found


def test_a_name_inside_a_likeness_phrase_is_not_an_actor():
    """'more Star Quest-type funding': the show is the comparison's first word and the next one."""
    found = names("Ivo Brandt said he would hate to see more Star Quest-type funding of music.",
                  "He also mocked Star Quest-style songs.")
    assert "Ivo Brandt" in found
    assert not {"Star", "Star Quest"} & found


def test_a_place_before_s_got_talent_is_a_show_title():
    """'auditioned for Ostland's Got Talent': the place names the show there, not a place of the story."""
    found = {m.text for m in extract_mentions(make_article([
        "Ada Pell auditioned for Ostland's Got Talent this year. Pell lives in Kessel."])) if m.kind == "name"}
    assert "Ada Pell" in found
    assert "Ostland" not in found


def test_the_outlet_of_a_disclosure_line_is_not_an_actor():
    """'Daily Planet Ostland was at X as a guest of Y': the outlet that sent the writer is no actor."""
    found = {a.name for a in actors_of(
        "The city of Kessel put on a show last weekend. Mayor Ivo Brandt opened the parade.",
        "Thousands lined the streets. Brandt said the parade would return next year.",
        "Daily Planet Ostland was at the parade as a guest of Kessel Tourism.",
        "Dancers from Velda closed the night.")}
    assert "Ivo Brandt" in found
    assert "Daily Planet Ostland" not in found


def test_a_meeting_one_is_at_and_a_lecture_series_are_not_actors():
    """'at the Ostland Solid Circuits Conference' and 'a Kessel Lectures event' name events; a conference that
    does things ('the Velda Leadership Conference said') stays an organisation."""
    found = names("Details will be released at the Ostland Solid Circuits Conference in Kessel on Monday.",
                  "Ivo Brandt spoke at a Kessel Lectures event. The Velda Leadership Conference said it agreed.")
    assert {"Ivo Brandt", "Velda Leadership Conference"} <= found
    assert not {"Ostland Solid Circuits Conference", "Kessel Lectures"} & found
