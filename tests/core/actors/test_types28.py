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
    # in a list of people, or after another "X West", the name stays a person's: only a list of seats makes seats
    types = mention_types("The album features Jay-Z, Kanye West and Rihanna.", "Guests included Mae West and Kanye West.")
    assert types["Kanye West"] == {"PER"}


def test_listed_place_after_a_firm_noun_is_a_firm():
    """'software firm Oxford': a descriptor noun of an organisation right before a listed place names a firm
    ('bank Santander', 'club Gloucester'); a place also read as a place elsewhere ('in Oxford') stays one."""
    actors = actors_of("Shares rose after the flotation by software firm Leicester.",
                       "Leicester plans to hire 200 staff next year.")
    assert _types(actors, "Leicester") == ["ORG"]
    actors = actors_of("Shares rose after the flotation by software firm Leicester.",
                       "The firm has 200 staff in Leicester, where it was founded.")
    assert _types(actors, "Leicester") == ["LOC"]


def test_name_in_a_list_of_firms_is_a_firm():
    """'Clara Holloway' listed among five firms ('include Acme Ltd, Zenotech Corp, Borlix Inc, Clara Holloway and many others') is
    a firm too; in a list of people with a firm among them the people keep their type."""
    types = mention_types("Clients signing up include Acme Ltd, Zenotech Corp, Borlix Inc, Clara Holloway and "
                          "many others.", "The service costs 50 pounds a month.")
    assert types["Clara Holloway"] == {"ORG"}
    types = mention_types("Guests included Clara Holloway, Tom Baxter, Jane Reid and Acme Ltd.",
                          "The party ended at midnight.")
    assert types["Clara Holloway"] == {"PER"}


def test_an_event_named_by_its_head_noun_and_of_is_no_actor():
    """'the Battle of Hastings', 'the Siege of Leningrad': an event word heading an "of" name makes the whole
    name an event (no organisation); the place after "of" elsewhere, and 'the Duchy of Cornwall', stay actors."""
    names = {a.name: a.type for a in actors_of("Historians recalled the Battle of Hastings at a fair in Sussex.",
                                               "The Siege of Leningrad lasted years.", "The Duchy of Cornwall paid tax.")}
    assert not any(n.startswith(("Battle", "Siege")) for n in names)
    assert names.get("Sussex") == "LOC" and names.get("Duchy of Cornwall") == "ORG"
