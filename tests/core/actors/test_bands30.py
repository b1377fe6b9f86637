"""Types, thirtieth round (issue 17, branch bands30): performers and bands, a strong side cue in a short sports
item, a venue named with and without its head noun. Each test is a short text written for it."""

from tests.core.builders import actors_of, mention_types, types_named as _types


def test_strong_side_cue_makes_a_town_a_team_with_few_sports_words():
    """'signed for Leeds's rivals Swindon' in an item with only two sports words ('season', 'cup'): the town
    after 'rivals' is a team; with no sports word at all it stays the town."""
    text = ("Tom Ashby is fit again after missing most of the season.",
            "Ashby, who signed for Leeds's local rivals Swindon, hopes to play in the cup final.")
    assert mention_types(*text)["Swindon"] == {"ORG"}
    types = mention_types("The two towns have been rivals for centuries.",
                          "The council said Leeds's old rivals Swindon would get the new bypass first.")
    assert types["Swindon"] == {"LOC"}
