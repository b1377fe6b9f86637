"""Types, twenty-ninth round (issue 17, branch bands29): firms in a short list, a town's name used alone as the
first name of a person named in full, a listed town that a sports transfer makes a club. Each test is a short
text written for it."""

from tests.core.builders import actors_of, mention_types, types_named as _types


def test_lone_word_in_a_list_of_three_with_two_firms_is_a_firm():
    """'Barrow & Finch's, Corvel Ltd and Tate': a lone word typed a person by its shape, listed with two firms, is a
    firm; a person named in full elsewhere keeps the surname a person's ('Labour, the Greens and Tate')."""
    types = mention_types("Three agencies - Barrow & Finch's, Corvel Ltd and Tate - cut the bank's rating.",
                          "The bank said it would appeal.")
    assert types["Tate"] == {"ORG"}
    types = mention_types("Tom Tate spoke at the rally.",
                          "Support came from Barrow Holdings Ltd, Corvel Group and Tate.")
    assert types["Tate"] == {"PER"}


def test_town_name_alone_before_a_verb_is_the_person_named_with_it():
    """'Clive' is a listed town; used alone before a verb in a text naming 'Sir Clive Barlow' in full (a person
    on firm evidence: a title, not only the shape), it is him ('Clive knows'), not the town; with no one so named
    it stays the town."""
    actors = actors_of("I have spoken to Sir Clive Barlow about the injury.", "At least Clive knows I will be fit.")
    assert _types(actors, "Clive Barlow") == ["PER"]
    assert not _types(actors, "Clive")
    actors = actors_of("The storm hit the town overnight.", "Clive reported flooding on two roads.")
    assert _types(actors, "Clive") == ["LOC"]


def test_a_club_named_like_a_person_first_name_stays_the_club():
    """'Chelsea won' beside 'Chelsea Clinton': a subject read as an organisation does not join the person."""
    actors = actors_of("Chelsea Clinton watched the match.", "Chelsea won 2-0 at Stamford Bridge, and Arsenal lost.")
    assert _types(actors, "Chelsea") == ["ORG"] and _types(actors, "Chelsea Clinton") == ["PER"]
