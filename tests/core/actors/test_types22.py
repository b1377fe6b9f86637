"""Types, fifteenth round (issue 17, branch types22): organisations typed as persons or places, places typed as
organisations or persons. Each test is a short text written for it."""

from tests.core.builders import actors_of, mention_types, types_named as _types


def test_exchange_word_of_another_language_ends_an_organisation():
    """'Bourse' and 'Boerse' name a stock exchange as 'Exchange' does: 'Lyonnaise Bourse' is an organisation."""
    actors = actors_of("Lyonnaise Bourse made a bid for the smaller market on Monday.",
                       "Lyonnaise Bourse said the offer was fair, and its shares rose.")
    assert _types(actors, "Lyonnaise Bourse") == ["ORG"]


def test_place_words_end_squares_memorials_and_gardens():
    """'Place', 'Memorial' and 'Gardens' end the names of places, even after a first name ('Albert Place', 'Jack Dunmore Memorial')."""
    types = mention_types("The crowd gathered in Albert Place and walked to the Jack Dunmore Memorial.",
                          "Later they sat in Harlow Gardens.")
    assert types["Albert Place"] == {"LOC"}
    assert types["Jack Dunmore Memorial"] == {"LOC"}
    assert types["Harlow Gardens"] == {"LOC"}


def test_greater_before_a_place_is_a_metropolitan_region():
    """'Greater' opens the name of a metropolitan region: 'Greater Bristol' is a place, not an organisation."""
    types = mention_types("Police in Greater Bristol said the roads were closed on Friday.")
    assert types["Greater Bristol"] == {"LOC"}


def test_lone_plural_organisation_word_is_no_name():
    """'Organisations' capitalised mid-sentence is still the common noun in its plural, not an actor."""
    types = mention_types("The report was welcomed by Organisations across the country.")
    assert "Organisations" not in types


def test_two_word_town_before_a_comma_and_its_county_is_a_place():
    """'from Dunton Ashby, Somerset': two words after 'from' before a comma and a listed county are a village."""
    types = mention_types("Mr Cole, from Dunton Ashby, Somerset said his dog pulled him back from the edge.")
    assert types["Dunton Ashby"] == {"LOC"}


def test_one_word_ending_in_bank_is_a_bank():
    """'at Vorlandbank' (an unknown word ending in 'bank') is an organisation, not the place the preposition
    suggests."""
    types = mention_types("The euro will keep rising, said Anna Weber, a strategist at Vorlandbank.")
    assert types["Vorlandbank"] == {"ORG"}
