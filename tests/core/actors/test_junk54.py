"""Junk that pushed key actors out of the top 8 (issue 17, junk54): words and names that are no actor at all
(:mod:`briefing.core.actors.junk`). Made-up sentences, one kind each."""

from briefing.core.actors import extract_actors
from tests.core.builders import make_article


def _names(*sentences: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_article([" ".join(sentences)]))}


def test_month_after_a_word_of_time_is_a_date():
    got = _names("From May, the ferry will be run by the port authority, Karl Venn said.",
                 "Since March, fares have risen by a tenth.", "Tickets are sold until June 2026.")
    assert "May" not in got and "March" not in got and "June" not in got
    assert got.get("Karl Venn") == "PER"


def test_currency_prefix_is_no_organisation():
    got = _names("Wellington will give NZ$40 million to the fund, and Ottawa pledged C$15 million, Mark Tolley said.")
    assert "NZ" not in got and "C" not in got
    assert got.get("Mark Tolley") == "PER"


def test_prefixed_adjective_opening_a_sentence_is_no_name():
    got = _names("Macroeconomic pressures have grown since spring, the central bank said on Tuesday.",
                 "Geopolitical worries weighed on shares, Lena Hart of Corvane Capital said.")
    assert "Macroeconomic" not in got and "Geopolitical" not in got
    assert got.get("Lena Hart") == "PER"


def test_count_before_a_place_word_counts_the_noun():
    got = _names("Leaders of 14 Pacific nations met in Suva on Monday, Sione Kautai said.")
    assert not any(n.startswith("14") for n in got)
    assert got.get("Suva") == "LOC"


def test_catalogue_designation_is_no_organisation():
    got = _names("Astronomers found signs of water on GJ 4410 b, a planet 60 light years away, Jan Holm said.")
    assert "GJ" not in got
    assert got.get("Jan Holm") == "PER"


def test_law_and_treaty_names_are_no_actors():
    got = _names("The two states broke the Pecos Valley Compact, the court ruled.",
                 "The fine was imposed under the General Data Privacy Regulation, Anna Berg said.")
    assert not any(n.endswith(("Compact", "Regulation")) for n in got)
    assert got.get("Anna Berg") == "PER"


def test_named_fire_in_a_text_about_fire_is_no_actor():
    got = _names("Firefighters fought the Lefthand Ridge Fire as it burned 3,000 acres, officials said.",
                 "The Harlow Fire destroyed 200 homes two years ago, Deputy Chief Ana Ruiz said.")
    assert not any(n.endswith("Fire") for n in got)
    assert got.get("Ana Ruiz") == "PER"


def test_award_for_best_is_no_actor():
    got = _names("The drama took the Crystal Stag for best director on Saturday, jury chair Maria Lund said.")
    assert "Crystal Stag" not in got
    assert got.get("Maria Lund") == "PER"


def test_quoted_title_opening_with_the_is_no_place():
    got = _names('Her second book, "The Winter Orchard", sold 10,000 copies, publisher Tom Reeve said.')
    assert "Winter Orchard" not in got and "The Winter Orchard" not in got
    assert got.get("Tom Reeve") == "PER"


def test_quoted_nickname_stays_a_name():
    got = _names('The striker came to be known as "The Hammer" after his first season.',
                 "The Hammer scored twice on Sunday.")
    assert any("Hammer" in n for n in got)


def test_numbered_projects_and_named_fields_are_no_actors():
    got = _names("The developer scrapped the Blue Shoal 1 and Blue Shoal 2 projects, Mads Berg said.",
                 "Both countries claim the Kapaz field, which lies under the sea.")
    assert "Blue Shoal" not in got and "Kapaz" not in got
    assert got.get("Mads Berg") == "PER"


def test_field_before_a_noun_keeps_the_organisation():
    got = _names("Volunteers carried letters from the Ruritanian Army field hospitals to the town.")
    assert "Ruritanian Army" in got


def _roles(*sentences: str) -> dict[str, str]:
    return {a.name: a.role for a in extract_actors(make_article([" ".join(sentences)]))}


def test_role_keeps_its_possessive_owner():
    got = _roles("Lake County State's Attorney Nora Plett said the charges would stand.")
    assert got.get("Nora Plett") == "Lake County State's Attorney"


def test_compound_noun_role_keeps_its_first_noun():
    got = _roles("Norwegian wind farm developer Havlund Kraft said on Tuesday it would cut 300 jobs.")
    assert got.get("Havlund Kraft", "").endswith("wind farm developer")
