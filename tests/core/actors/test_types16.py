"""Type, non-actor and role errors of the sixth round's tune articles, one made-up text per kind."""

from __future__ import annotations

from tests.core.builders import actor_type_roles as _actors, mention_types


def test_lone_first_name_after_in_or_near_is_a_place():
    """A town named like a person ("Shelby") is a place when a use reads "in Shelby" or "near Shelby"."""
    types = mention_types("Floods cut the road between Dalton and Shelby on Monday.",
                          "Farms near Shelby were under water, officials in Shelby said.")
    assert types["Shelby"] == {"LOC"}


def test_lone_name_with_an_age_or_an_owner_after_in_stays_a_person():
    """A lone name that owns something or has an age is a person even after "in": "in Shelby's words"."""
    types = mention_types("Shelby, 34, won the race on Sunday.",
                          "The crowd cheered in Shelby's home town.", "The win came in Shelby's third year.")
    assert types["Shelby"] == {"PER"}


def test_an_honorific_is_never_a_role_nor_part_of_one():
    """"Sir", "Dame" before a name are no role: "the British envoy Sir Miles Corbett" has the role "British envoy"."""
    actors = _actors("The British envoy Sir Miles Corbett met the minister on Monday.",
                     "Dame Olwen Prideaux sang at the dinner, and Sir Miles thanked her.")
    assert actors["Miles Corbett"] == ("PER", "British envoy")
    assert actors["Olwen Prideaux"] == ("PER", "")


def test_leagues_and_cups_named_in_other_languages_are_no_actors():
    """"the Bundesliga", "the KNVB-Pokal", "La Liga" are competitions, never actors."""
    names = _actors("Feyenoord lost the KNVB-Pokal tie on Tuesday. Feyenoord are third in the Bundesliga table.",
                    "The coach said La Liga was stronger.")
    assert not {"KNVB-Pokal", "Bundesliga", "La Liga"} & set(names)


def test_a_venue_word_written_into_one_word_with_a_name_is_a_place():
    """"the MerseyArena", "OakStadium": a place's last word glued to a name in one word makes a place."""
    types = mention_types("Fans waited outside the MerseyArena on Sunday.", "Tickets for OakStadium sold out.")
    assert types["MerseyArena"] == {"LOC"} and types["OakStadium"] == {"LOC"}
