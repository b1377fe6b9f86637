"""Non-actors and merges, thirty-first round: a period written as one hyphenated word, a compound plural noun
opening a sentence, a web address and its name typed a place, a capital used as a place and as its state.
Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors


def test_hyphenated_range_of_months_with_to_is_no_actor():
    """"October-to-December" names a period, not an organisation."""
    got = _actors("The firm earned $630m in the October-to-December period, said Acme chief Tom Pike.")
    assert "October-to-December" not in got
    assert "Tom Pike" in got


def test_hyphenated_range_of_days_is_no_actor():
    """"Monday-to-Friday" names days of the week, not an actor."""
    got = _actors("The Monday-to-Friday service will end, said Acme chief Tom Pike.")
    assert "Monday-to-Friday" not in got


def test_compound_plural_noun_opening_sentences_is_no_actor():
    """A prefix glued to a plural common noun, capitalised only at sentence starts ("Cyberthieves"), is a noun."""
    got = _actors("Cyberthieves who try to glean data jam the connections of hotspots. "
                  "\"Cyberthieves don't have to be clever,\" said Dr Tom Pike of Acme.")
    assert "Cyberthieves" not in got
    assert "Tom Pike" in got


def test_web_address_joins_its_name_the_tagger_took_for_a_place():
    """"Ostland.org" and "the Ostland site" are one organisation, shown without the address's ending."""
    got = _actors("Legal action closed the widely used Ostland.org website. In a message posted on Ostland.org on "
                  "Sunday, the site's controllers said the site was closing down.",
                  "The only parts that would keep going, said the operators of the Ostland site, were the forums.")
    assert got.get("Ostland") == ("ORG", ["Ostland.org"])
    assert "Ostland.org" not in got


def test_capital_used_as_a_place_stays_the_city_and_the_state_keeps_its_name():
    """A capital that acts once and is a place elsewhere ("in London on Thursday") does not rename its state."""
    got = _actors("London leads the global hotspots league, with more than 1,000.",
                  "Dr Tom Pike will speak at the Science Museum in London on Thursday.",
                  "Acme, which runs most hotspots in the UK, told the BBC it made every effort.")
    assert "UK" in got and got["UK"][0] == "LOC"
    assert "London" in got and got["London"][0] == "LOC"
