"""Spans, sports teams and table noise (issue 17, third round): each rule on a short text written for it."""

from briefing.core.actors import extract_mentions
from tests.core.builders import make_article


def typed(*paragraphs: str, title: str = "") -> list[tuple[str, str, int]]:
    """Return (text, type, sentence) of every typed mention, in text order."""
    return [(m.text, m.type, m.sentence) for m in extract_mentions(make_article(list(paragraphs), title=title))]


def types_of(mentions, name):
    return [t for text, t, _ in mentions if text == name]


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
