"""A role written after a place is no part of the place's name (issue 17, sixth round)."""

from briefing.core.actors import extract_mentions
from tests.core.builders import make_article


def mentions(text: str) -> list[tuple[str, str, str]]:
    """Return (text, type, role) of each name mention of one made-up article."""
    return [(m.text, m.type, m.role) for m in extract_mentions(make_article([text])) if m.kind == "name"]


def test_portfolio_word_before_a_title_belongs_to_the_role():
    """'Hong Kong Financial Secretary Ann Vell': 'Financial' leads the title; the place is 'Hong Kong' alone."""
    found = mentions("Hong Kong Financial Secretary Ann Vell said on Friday that the budget was ready .")
    assert ("Hong Kong", "LOC", "") in found
    assert any(t == "Ann Vell" and r == "Hong Kong Financial Secretary" for t, _, r in found)


def test_place_before_a_title_with_no_name_is_the_place():
    """'The Ohio Governor said': no name follows the title, so the place alone is the mention."""
    assert mentions("Later the Ohio Governor said he would veto the bill .") == [("Ohio", "LOC", "")]


def test_abbreviated_title_ending_a_run_is_cut_off():
    """'Former South Carolina Gov .': the place, without the title the sentence split left behind."""
    assert ("South Carolina", "LOC", "") in mentions("He met former South Carolina Gov . The talks went well .")
