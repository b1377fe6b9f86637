"""Sports reports read the way a sports desk writes them (issue 17, sixth round): each rule on a short made-up text."""

from tests.core.builders import typed_sentences as typed
from tests.core.builders import types_listed as types_of

_BASEBALL = "The pitcher allowed two runs in eight innings and the home side won the game in overtime. "


def test_a_town_one_plays_for_is_a_team():
    """'homered for Halifax', 'his 23rd for Halifax': the side a player plays for, even for a town typed by no list."""
    ms = typed(_BASEBALL + "Jim Toller homered for Halifax. Bob Arnett hit his 23rd for Halifax.")
    assert types_of(ms, "Halifax") == ["ORG", "ORG"]


def test_for_a_town_outside_a_game_stays_a_place():
    """'left for Halifax' is a journey, not a side."""
    ms = typed(_BASEBALL + "After the game Jim Toller left for Halifax by train.")
    assert types_of(ms, "Halifax") == ["LOC"]


def test_lead_over_a_town_and_a_transfer_from_a_town_are_teams():
    """'lead over Halifax', 'joined Leeds from Halifax': the beaten side and the club a player left."""
    ms = typed(_BASEBALL + "Wigan's lead over Halifax grew to six games.",
               "Forward Jim Toller, 27, joined Wigan from Halifax in a $3 million deal.")
    assert types_of(ms, "Halifax") == ["ORG", "ORG"]


def test_a_town_that_wins_is_a_team():
    """'Halifax won for the seventh time': a result verb after a town makes it its side."""
    ms = typed(_BASEBALL + "Halifax won for the seventh time in eight games.")
    assert types_of(ms, "Halifax") == ["ORG"]


def test_a_person_who_wins_stays_a_person():
    """'Toller won' in a sports report: people win too, so a lone untyped name is not made a team by it."""
    ms = typed(_BASEBALL + "Jim Toller pitched eight innings. Toller won his tenth game.")
    assert types_of(ms, "Toller") == ["PER"]


def test_names_listed_with_a_team_are_teams():
    """'title rivals Essex , Derbyshire and Surrey', 'Essex and Kent both face': a list shares the team's kind,
    though 'Kent' is also a first name."""
    ms = typed("Essex reached 372 for six wickets on the second day of the championship match. "
               "Essex and Kent both face tense finishes in the title race. "
               "Kent will need to keep their nerve in the last innings.")
    assert types_of(ms, "Kent") == ["ORG", "ORG"]


def test_places_listed_with_a_place_stay_places():
    """'in Halifax and Leeds': a list of places where games were played stays places."""
    ms = typed(_BASEBALL + "Fans in Halifax and Harrogate watched the game on television.")
    assert types_of(ms, "Halifax") == ["LOC"] and types_of(ms, "Harrogate") == ["LOC"]


def test_a_name_before_its_country_in_a_results_line_is_a_person():
    """'beat Anne-Marie Zorvel ( France ) 6-0 6-3': an entrant before her country with set scores is a person."""
    ms = typed("Results of the women's singles on Friday, the second round of the tennis tournament:",
               "Monica Selter ( U.S. ) beat Anne-Marie Zorvel ( France ) 6-0 6-3",
               "Marta Doralova ( Russia ) 3:45.011")
    assert types_of(ms, "Anne-Marie Zorvel") == ["PER"] and types_of(ms, "Marta Doralova") == ["PER"]


def test_the_other_side_in_a_results_line_between_individuals_is_a_person():
    """'Lucy Tarling ( Australia ) 3:35.087 beat Svetla': the one beaten by an individual is a person."""
    ms = typed("Results of the women's pursuit on Friday in the cycling championship, first round of the tournament:",
               "Lucy Tarling ( Australia ) 3:35.087 beat Svetla")
    assert types_of(ms, "Svetla") == ["PER"]


def test_a_score_after_the_bracket_makes_a_team_result():
    """'Alba ( Germany ) 75 Red Star ( Serbia ) 70': a plain score after the bracket, two teams."""
    ms = typed("Results of the basketball tournament on Friday in the first round:",
               "Alba ( Germany ) 75 Red Star ( Serbia ) 70")
    assert types_of(ms, "Alba") == ["ORG"]


def test_a_scorers_minute_is_no_score():
    """'( Gomez 86th )' in a line-up: the minute a substitute came on, not a team's score."""
    ms = typed("Mexico beat Canada 2-0 in the World Cup qualifier on Sunday. The match was played in Toronto.",
               "Mexico - 1 - Osvaldo Sanchez , 4 - German Villa ( 16 - Gomez 86th ) , 5 - Duilio Davino")
    assert types_of(ms, "Gomez") != ["ORG"]


def test_a_lone_first_name_of_a_player_is_not_a_team():
    """'Jansher Khan' ... 'against Jansher': the first word of a player's name used alone is the player."""
    ms = typed("Anthony Hill called Jansher Khan a cheat during his defeat in the squash tournament final on Sunday. Jansher Khan won the match in four games. "
               "Hill won the first game. \"I have nothing against Jansher,\" said Hill after the match.")
    assert types_of(ms, "Jansher") == ["PER"]


_RUGBY = "The home side scored four tries and won the match 32-22 to end a run of defeats in the championship. "


def test_all_inside_a_team_name_is_kept():
    """'the All Blacks', 'an All Black hooker': a capitalised 'All' inside a sentence is part of the name."""
    ms = typed(_RUGBY + "The All Blacks scored late. Joubert kicked a penalty before All Black hooker Sean Fitzpatrick scored a try.")
    assert types_of(ms, "All Blacks") == ["ORG"] and types_of(ms, "All Black") == ["ORG"]


def test_labels_of_a_match_report_are_not_actors():
    """'Tries :', 'Under-21', 'World Group II': the furniture of a results page, no organisation."""
    ms = typed(_RUGBY, "Wellington - Tries : Sean Fitzpatrick , Walter Little .",
               "Canterbury - Tries : Andre Joubert .",
               "England beat Moldova 2-0 in a European Under-21 qualifier on Saturday .",
               "World Group II , first round ( March 1-2 )")
    names = {text for text, _, _ in ms}
    assert not names & {"Tries", "Under-21", "World Group", "World Group II"}
    assert types_of(ms, "Sean Fitzpatrick") == ["PER"]


def test_a_team_named_like_a_person_with_a_plural_noun_is_a_team():
    """'Wigan 42 Bradford Bulls 36': a first name then a plural noun next to a score is a team, and its town
    alone in a headline in capitals is the team too ('WIGAN BEAT BRADFORD')."""
    ms = typed("Rugby league semifinal results on Saturday in the championship:", "Wigan 42 Bradford Bulls 36",
               title="WIGAN BEAT BRADFORD 42-36 IN SEMIFINAL")
    assert types_of(ms, "Bradford Bulls") == ["ORG"] and types_of(ms, "BRADFORD") == ["ORG"]


def test_a_teams_nickname_alone_in_a_headline_is_the_team():
    """'Florida Marlins' in the text, 'MARLINS BEAT REDS' in the headline."""
    ms = typed("Kevin Brown pitched eight innings as the Florida Marlins beat the Cincinnati Reds 5-2 on Friday. "
               "The pitcher allowed two runs and won for the third time this season.",
               title="BASEBALL - MARLINS BEAT REDS")
    assert types_of(ms, "MARLINS") == ["ORG"]


def test_the_side_a_team_is_at_home_to_is_a_team():
    """'at home to Halifax', 'away to Bayer Kressau': the visiting side, not the place nor a person."""
    ms = typed("Liverpool play their first leg at home to Halifax on Tuesday and the second leg away to Bayer Kressau. "
               "The striker scored two goals in the league match and the coach said the club won the cup last season.")
    assert types_of(ms, "Halifax") == ["ORG"]
