"""Types, thirty-first round (issue 17, branch types31): a quoted nickname used alone, national sides named
by a plural side noun or a list before one. Each test is a short text written for it."""

from tests.core.builders import actor_types, actors_of, by_name, mention_types, names
from tests.core.builders import types_named as _types


def test_nickname_used_alone_is_the_person_named_with_it():
    """"Kwame 'Zuzu' Obeng" ... "Zuzu said": the nickname used alone is the person named in full with it in
    quotation marks (one actor, a person), not an unknown word guessed an organisation."""
    actors = actors_of("Kwame 'Zuzu' Obeng has apologised to the club's fans.",
                       "Zuzu said he was sorry. Zuzu joined the club last year.")
    zuzu = by_name(actors, "Kwame 'Zuzu' Obeng")
    assert zuzu is not None and zuzu.type == "PER"
    assert "Zuzu" not in names(actors)


def test_country_before_a_plural_side_noun_is_its_side():
    """'the Norway forwards', 'Ireland squads': a plural side noun after a country makes it a national side, as the
    singular does ('Norway coach'); 'the firm will supply Ireland squads' names the team, not the country."""
    actors = actors_of("Lars Berg says the Norway forwards must dominate the game in Oslo.",
                       "Norway have won two of their last three matches and lost one at the start of the season.")
    assert _types(actors, "Norway") == ["ORG"]
    actors = actors_of("The sportswear firm will supply Ireland squads of all ages with their kit.",
                       "The deal runs for four years.")
    assert _types(actors, "Ireland") == ["ORG"]
    # a country before a noun that is no side stays a place
    actors = actors_of("The firm will supply Ireland shops with kit.", "The deal runs for four years.")
    assert _types(actors, "Ireland") == ["LOC"]


def test_province_a_side_faced_is_a_team():
    """'the side that faced Ulster on Sunday': in a sports report a region that a side faced is a team, as after
    'face', 'facing'."""
    types = mention_types("The coach picked eight of the Dragons side that faced Ulster on Sunday.",
                          "The league season resumes after the break, with the cup final and two matches won and lost.")
    assert types["Ulster"] == {"ORG"}


def test_firm_set_off_by_commas_after_its_noun():
    """'a deal with energy drink company, Bright Ox, who': a firm's descriptor noun, a comma, then the name set off
    by commas is the firm (not a person by the shape of the words); 'according to the company, Tom Lee said' is
    no apposition."""
    actors = actors_of("The league agreed a deal with energy drink company, Bright Ox, who will supply its events.",
                       "The deal runs for four years.")
    assert _types(actors, "Bright Ox") == ["ORG"]
    types = mention_types("According to the company, Tom Lee said the deal would last four years.")
    assert types["Tom Lee"] == {"PER"}


def test_name_before_a_field_or_mine_is_a_place():
    """'the Kerala and Zorbani fields', 'the Tarvo mine': an oil field or a mine named by a word is a place (the
    noun after a list of two names types both), not an unknown word guessed an organisation."""
    types = mention_types("Output rose at the Kerala and Zorbani fields where Petrolux has drilled.",
                          "Work at the Tarvo mine stopped in May.")
    assert types["Zorbani"] == {"LOC"}
    assert types["Kerala"] == {"LOC"}
    assert types["Tarvo"] == {"LOC"}
    assert types["Petrolux"] == {"ORG"}


def test_a_place_noun_after_two_names_joined_by_and_types_both():
    """"the Zubara and Kethari fields": the plural place noun after the second name makes the first a place too
    (without it the lone made-up word falls to the organisation default)."""
    types = actor_types(
        "Cairn Energy said output from the Zubara and Kethari fields rose. Zubara holds most of the oil, Cairn said.")
    assert types.get("Zubara") == "LOC" and types.get("Kethari") == "LOC", types
