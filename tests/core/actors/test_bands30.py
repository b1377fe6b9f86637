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


def test_venue_named_without_its_head_noun_is_one_actor():
    """'Castlebrook Stadium' ... 'costs at Castlebrook' is one venue; 'Hyde Park' is not the town of Hyde, and a
    word also used as the town ('in Castlebrook') stays apart from the arena named after it."""
    actors = actors_of("The new Castlebrook Stadium will open in May, the builder Acme Group said.",
                       "Rising costs at Castlebrook cut its profit, and the Castlebrook project is late.")
    assert _types(actors, "Castlebrook Stadium") == ["LOC"] and not _types(actors, "Castlebrook")
    actors = actors_of("The Castlebrook Arena was full on Friday.", "Fans came in Castlebrook from all over the county.")
    assert _types(actors, "Castlebrook Arena") == ["LOC"] and _types(actors, "Castlebrook")


def test_letter_and_digit_name_owning_a_record_is_a_band():
    """'K9's latest single' names a band, though 'K9' alone has the shape of a code ('M1', 'Q2'), which stays
    no name when what it owns is no record ('the M4's eastbound lanes')."""
    types = mention_types("K9's latest single Glasshouse went straight to number one, ahead of Kylie Minogue.")
    assert types.get("K9") == {"ORG"}
    assert "M4" not in mention_types("The M4's eastbound lanes were shut after a crash near Reading.")
