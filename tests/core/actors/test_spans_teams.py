"""Spans, sports teams and table noise (issue 17, third round): each rule on a short text written for it."""

from tests.core.builders import typed_sentences as typed
from tests.core.builders import types_listed as types_of

# -- sports teams ---------------------------------------------------------------------


def test_team_keeps_its_type_where_the_same_town_is_a_place():
    """'Wigan beat Halifax': Wigan is a team (ORG) even though 'in Wigan' in the next sentence is a place."""
    ms = typed("Wigan beat Halifax 24-18 in the league on Sunday. Supporters in Wigan celebrated the win. "
               "Wigan scored four tries and stay top of the standings.")
    assert [t for text, t, s in ms if text == "Wigan"] == ["ORG", "LOC", "ORG"]


def test_town_acting_in_a_sports_report_is_a_team():
    """'Halifax reached 310' and 'Halifax need...' in a cricket report: the town's side; 'Rain in Halifax' stays a place."""
    ms = typed("Halifax reached 310 before lunch on the second day of the match against the champions. "
               "The visitors took four wickets and the home side batted for two innings. Rain in Halifax stopped play at tea.",
               "Halifax need another 120 runs to win the match.")
    assert types_of(ms, "Halifax") == ["ORG", "LOC", "ORG"]


def test_town_acting_outside_sports_stays_a_place():
    """The same sentences without a sports report around them: the town is a place."""
    ms = typed("Rain in Halifax stopped play at tea. Halifax reached 310 before lunch on the second day.")
    assert types_of(ms, "Halifax") == ["LOC", "LOC"]


def test_result_lines_make_a_sports_report():
    """Short result lines ('Wigan 42 Halifax 36') count as sports evidence: the towns in them are teams."""
    ms = typed("Rugby league results on Sunday:", "Wigan 42 Halifax 36", "Salford 20 Barrow 18")
    assert {t for _, t, _ in ms} == {"ORG"} and len(ms) == 4


def test_dateline_town_stays_a_place_in_a_sports_report():
    """'WIGAN , England' opening a report is where it was filed (LOC), though 'Wigan beat Halifax' is the team."""
    ms = typed("WIGAN , England 2026-05-02", "Wigan beat Halifax 24-18 in the league on Sunday and scored four tries in the match.")
    assert types_of(ms, "WIGAN") == ["LOC"] and types_of(ms, "Wigan") == ["ORG"]


def test_nicknames_in_a_sports_report_are_teams():
    """'the Cubs', 'the Blue Jays': common words ending in a plural noun name teams in a baseball report."""
    ms = typed("In Chicago, the Cubs beat the Blue Jays 5-3 in the first game of the season. "
               "The pitcher allowed two runs in eight innings and the Cubs won the second game too.")
    assert types_of(ms, "Cubs") == ["ORG", "ORG"] and types_of(ms, "Blue Jays") == ["ORG"]
    assert types_of(ms, "Chicago") == ["LOC"]


def test_plural_common_nouns_outside_sports_are_not_names():
    """Outside a sports report 'the Cubs' of a scout troop are no organisation; 'Six Nations' is never a team."""
    ms = typed("The Cubs met in the church hall on Tuesday to plan a summer camp.")
    assert types_of(ms, "Cubs") == []
    ms = typed("Wales beat Italy 30-10 in the Six Nations match on Saturday, scoring four tries in the second half of the game.")
    assert types_of(ms, "Six Nations") == []


# -- table and report furniture ----------------------------------------------------------


def test_table_heads_and_codes_are_not_actors():
    """Column heads ('PCT GB'), clipped abbreviations ('Chg', 'Shr'), codes ('M1', 'H1') and field labels
    in capitals ('PAYING AGENT') are never actors; the bank in the same lines is."""
    ms = typed("W L PCT GB", "Shr loss $ 0.42 loss $ 0.21", "Wk to Aug 28 Chg on wk Chg on yr",
               "M1 63.02 62.83 57.50", "Zentek plunges on H1 results.", "PAYING AGENT : Harbour National Bank , Detroit")
    found = {text for text, _, _ in ms}
    assert not found & {"PCT GB", "PCT", "GB", "Shr", "Chg", "M1", "H1", "PAYING AGENT", "AGENT", "PAYING"}
    assert "Harbour National Bank" in found


def test_names_like_codes_are_kept():
    """What the furniture rule must not drop: a short vowel-bearing surname ('Orr'), a short agency in capitals ('PAP')."""
    ms = typed("Orr said the agency PAP had reported the vote. Orr declined to comment.")
    assert types_of(ms, "Orr") == ["PER", "PER"] and "PAP" in {text for text, _, _ in ms}


# -- spans -----------------------------------------------------------------------------


def test_sport_word_opening_an_organisation_stays_in_its_name():
    """'the Rugby Football Union': a sport's name (a noise word alone) opening a three-word organisation is kept."""
    ms = typed("The talks with the Rugby Football Union ended on Monday without a deal.")
    assert ("Rugby Football Union", "ORG") in {(text, t) for text, t, _ in ms}
    assert "Football Union" not in {text for text, _, _ in ms}


def test_listed_place_opening_a_name_is_not_a_glued_initial_word():
    """'New York Newsdesk' opening a sentence: 'New' starts a listed place, so it is not cut off as a common word."""
    ms = typed("New York Newsdesk editors said the story would run. The desk declined to comment.")
    assert ("New York Newsdesk", "ORG") in {(text, t) for text, t, _ in ms}


def test_place_word_after_a_place_is_not_a_first_name():
    """'Queens Park Rangers': 'Park' after a listed place continues the name; no person 'Park Rangers'."""
    ms = typed("He played for Queens Park Rangers last season and scored twice.")
    assert not any(t == "PER" for _, t, _ in ms)
    assert "Park Rangers" not in {text for text, _, _ in ms}


def test_numbered_station_and_plural_possessive_court_stay_whole():
    """The issue's span kinds: 'Radio 4' and "Leeds Magistrates' Court" are kept whole."""
    ms = typed("He told Radio 4 that the case at Leeds Magistrates' Court was adjourned.")
    assert {text for text, _, _ in ms} == {"Radio 4", "Leeds Magistrates' Court"}
