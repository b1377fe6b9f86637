"""Types, sixteenth round (issue 17, branch types24): firms, bands and sportsmen typed wrongly. Each test is a
short text written for it."""

from tests.core.builders import actors_of, types_named as _types


def test_maker_of_plural_goods_is_a_firm():
    """'parts maker Dorrit Weller': a maker of goods named in the plural is a firm, even with a person's name's
    shape; 'film maker Ken Loach' stays a person."""
    actors = actors_of("The faulty pump came from parts maker Dorrit Weller, the company said.",
                       "Weller has stopped making the part.")
    assert _types(actors, "Dorrit Weller") == ["ORG"]
    actors = actors_of("The prize went to film maker Ken Loach on Friday.", "Loach thanked the jury.")
    assert _types(actors, "Ken Loach") == ["PER"]


def test_name_ending_in_a_plural_common_noun_is_a_group():
    """'the Marsh Boys': a name of unknown words ending in a plural common noun is a band or a group, not a
    person, even when its first word is a listed surname ('Marsh')."""
    actors = actors_of("He wrote songs for the Marsh Boys in the sixties.",
                       "The Marsh Boys recorded two of them in London.")
    assert _types(actors, "Marsh Boys") == ["ORG"]


def test_first_name_that_is_a_club_before_a_surname_is_a_person():
    """'Milan Vortek': 'Milan' is a listed club, but also a first name; before a word read as a surname the two
    are a person (a club's name is not followed by a surname)."""
    actors = actors_of("Chelsea forward Milan Vortek scored twice against Everton on Saturday.",
                       "Vortek, who joined the club last year, said he was happy.")
    assert _types(actors, "Milan Vortek") == ["PER"]
