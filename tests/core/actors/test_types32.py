"""Types, thirty-second round (issue 17, branch types32): national sides named by a result and its score, a
strong side cue after "the" or before a country, a competition between a possessive and a result noun, a side
noun after a list of countries, and a country qualifying its own body. Each test is a short text written for it."""

from tests.core.builders import actors_of, types_named as _types


def test_result_and_score_make_a_country_its_side():
    """'(Norway won 3-1 on Sunday)': a result verb followed by a score makes the country its national side, as
    'against Norway' does."""
    actors = actors_of("Lars Berg says he wants to rejoin the national team after a row with the coach.",
                       "He flew home to Norway on Monday. \"I saw them play (Norway won 3-1 on Sunday) and I want to "
                       "help,\" he said.")
    assert _types(actors, "Norway") == ["ORG"]


def test_strong_side_cue_before_a_country():
    """'their win over the US', 'a qualifier at home to Cameroon': a strong side cue (also across 'the') makes a
    country its side and no place, though 'at' or 'to' stand before it."""
    actors = actors_of("Carlos Ruiz was the hero in their recent win over the US.",
                       "He now plays in a qualifier at home to Cameroon in May.")
    assert _types(actors, "US") == ["ORG"]
    assert _types(actors, "Cameroon") == ["ORG"]


def test_competition_between_possessive_and_result_noun():
    """"Norway's Davis Cup victory": in a sports report a competition's name between a side's possessive and a
    result noun still makes the country a side ('Norway's 2-0 defeat' already did)."""
    actors = actors_of("Jon Moe missed Norway's Davis Cup victory with an injury to his ankle.",
                       "Moe lost in the first round of the tournament and the second set of the final.",
                       "He hopes to play in the match and win the title next season.",
                       "Norway's Davis Cup defeat in 2003 was his last match for the team.")
    assert _types(actors, "Norway") == ["ORG"]


def test_side_noun_after_a_list_marks_every_country():
    """'the Norway, Sweden and Finland squads': the side noun after a list of countries marks each of them, not
    only the last; a list without one stays places."""
    actors = actors_of("The coach looked at the injury-hit Norway, Sweden and Finland squads before the game.",
                       "The players trained for a week.")
    assert _types(actors, "Norway") == ["ORG"]
    assert _types(actors, "Sweden") == ["ORG"]
    assert _types(actors, "Finland") == ["ORG"]
    actors = actors_of("The firm sells kit in Norway, Sweden and Finland.", "Its shops opened in May.")
    assert _types(actors, "Norway") == ["LOC"]


def test_country_before_its_body_follows_its_side_uses():
    """'Norway FA spokesman Lars Berg': a country qualifying an organisation's name is no use of the place, so
    one side use ('Norway won 3-1') makes the actor the side; with no side use it stays a place."""
    actors = actors_of("Erik Dahl flew home to Norway to rejoin the team (Norway won 3-1 on Sunday).",
                       "Norway FA spokesman Lars Berg welcomed him.")
    assert _types(actors, "Norway") == ["ORG"]
    actors = actors_of("Erik Dahl lives in a small town in Norway.",
                        "Norway FA spokesman Lars Berg welcomed him.")
    assert _types(actors, "Norway") == ["LOC"]
