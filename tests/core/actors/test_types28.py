"""Types, twenty-eighth round (issue 17, branch types28): seats named by a town and a compass word, listed places
named by a firm's descriptor, firms listed with firms. Each test is a short text written for it."""

from tests.core.builders import actors_of, mention_types, types_named as _types


def test_listed_town_and_compass_word_is_a_place():
    """'Leicester West', 'Norwich Central': a listed town (no first name) and a compass word name a seat or a
    part of the town, not a person ('West' is also a surname); 'Kanye West' stays a person."""
    types = mention_types("The party hopes to win Leicester West, Norwich Central and Bath in May.",
                          "All three seats were held by small majorities.")
    assert types["Leicester West"] == {"LOC"}
    assert types["Norwich Central"] == {"LOC"}
    actors = actors_of("The album by Kanye West sold well in its first week.", "West thanked his fans.")
    assert _types(actors, "Kanye West") == ["PER"]
    types = mention_types("The band recorded a cover of Kanye West's song for the radio.", "It sold well.")
    assert types["Kanye West"] == {"PER"}

