"""Non-actors, thirty-third round: products, games, shows' characters, role nouns and the text's own
abbreviations in a tech or entertainment story. Made-up texts, one per rule."""

from __future__ import annotations

from briefing.core.actors import extract_actors

from ..builders import make_article


def _actors(*paragraphs: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, a.aliases) for a in extract_actors(make_article(list(paragraphs)))}


def test_title_case_abbreviation_the_text_defines_from_lower_case_words_is_no_actor():
    """"Small rural owned (Sro) firms": an abbreviation spelled by lower-case words, written in title case in
    brackets, is no name, wherever the text uses it."""
    got = _actors("Small rural owned (Sro) firms struggle to get loans, according to the Acme Trust.",
                  "Sro firms make up a tenth of the sector, said Tom Pike of the Acme Trust.")
    assert "Sro" not in got
    assert "Tom Pike" in got


def test_role_noun_in_capitals_before_a_name_or_alone_is_no_actor():
    """"DJ" is a role noun like "MP": before a name ("Controversial DJ Tom Pike"), alone ("the DJ's shows") and
    as a plural after a place ("two other Ostville DJs") it names no actor."""
    got = _actors("Controversial DJ Tom Pike has been dropped from four radio stations by Acme. The DJ's broadcasts "
                  "are well known. Acme was fined over Pike and two other New York DJs.")
    assert "DJ" not in got and "New York DJs" not in got and "DJs" not in got
    assert got["Tom Pike"][0] == "PER"


def test_recording_formats_in_capitals_are_no_actors():
    """"VHS" and "PVRs" are formats and machines, not organisations."""
    got = _actors("Retailer Acme said it would stop selling VHS machines in favour of PVRs. VHS sales fell.")
    assert "VHS" not in got and "PVRs" not in got
    assert "Acme" in got
