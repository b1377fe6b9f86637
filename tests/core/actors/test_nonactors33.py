"""Non-actors, thirty-third round: products, games, shows' characters, role nouns and the text's own
abbreviations in a tech or entertainment story. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors


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


def test_name_with_a_sequel_number_is_a_product():
    """"Zorbo 2 has broken records": a digit 2-9 and a verb after a name number a product's edition; the name's
    other mentions are the same game."""
    got = _actors("Zorbo 2 has broken video game records, said Acme chief Tom Pike. Fans of Zorbo queued for hours.",
                  "Starfall Drift 4 for the console is expected in the spring. Starfall Drift sold well.")
    assert "Zorbo" not in got and "Starfall Drift" not in got
    assert "Tom Pike" in got


def test_name_and_a_count_after_it_stays_an_actor():
    """"Vostrel 2 years ago": a unit after the digit counts, it is no sequel."""
    got = _actors("The flaw was reported to Vostrel 2 years ago, said Tom Pike. Vostrel has failed to act on it.")
    assert "Vostrel" in got


def test_name_with_a_year_glued_to_it_is_a_product():
    """"ZX2005": letters and a year in one word are a product's yearly edition."""
    got = _actors("A game like ZX2005 could blind you with statistics, said Tom Pike. ZX2005 is out now from Acme.")
    assert "ZX2005" not in got
    assert "Tom Pike" in got


def test_name_that_goes_on_sale_is_a_product_with_its_short_form():
    """"Vantor's Zappa Portable (ZP) will go on sale": a thing sold in shops, and its short form is the same thing."""
    got = _actors("Vantor's Zappa Portable (ZP) will go on sale in Japan on 12 December, said Tom Pike.",
                  "At launch 21 games will be available for the ZP. Vantor has not said when the ZP will reach Europe.")
    assert "Zappa Portable" not in got and "ZP" not in got
    assert "Vantor" in got
