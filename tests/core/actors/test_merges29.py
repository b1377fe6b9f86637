"""Merges, twenty-ninth round: one person written two ways in one text (a misspelt surname, a first name used
alone in a quote), a country whose name holds "and", a quoted nickname inside a name. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import alias_owner as _owner


def test_surname_with_a_doubled_letter_written_single_joins_the_full_name():
    got = _actors("Health minister Pietro Carrelli said the plan was sound. Unions disagreed. "
                  "\"We will fund it,\" said Mr Carelli on Monday.")
    assert _owner(got, "Carelli") == "Pietro Carrelli"


def test_both_spellings_named_in_full_stay_two_people():
    got = _actors("Pietro Carrelli met Anna Carelli in Rome. Carelli said the talks went well. "
                  "Pietro Carrelli left early.")
    assert _owner(got, "Anna Carelli") != _owner(got, "Pietro Carrelli")


def test_surname_with_a_moved_letter_after_mr_joins_the_full_name():
    got = _actors("Gamers Tom Gardner and Mark Fielder won the final. Mr Gardner and Mr Fielder will travel to "
                  "Seoul. In the semi-final Mr Gardner and Mr Feilder beat the champions.")
    assert _owner(got, "Feilder") == "Mark Fielder"


def test_moved_letter_without_a_title_is_left_alone():
    got = _actors("Gamers Tom Gardner and Mark Fielder won the final. Feilder will travel to Seoul with them.")
    assert _owner(got, "Feilder") != "Mark Fielder"


def test_first_name_in_a_quote_joins_the_one_person_named_with_it():
    got = _actors("\"I've spoken to Sir Clive Woodward about the tour,\" said the centre Tom Ash. "
                  "\"At least Clive knows I'll be fresh!\"")
    assert _owner(got, "Clive") == "Clive Woodward"


def test_first_name_in_a_quote_shared_by_two_people_stays_apart():
    got = _actors("Clive Woodward and Clive Lloyd spoke on Monday. \"At least Clive knows I'll be fresh!\" said Ash.")
    assert _owner(got, "Clive") not in ("Clive Woodward", "Clive Lloyd")


def test_quoted_nickname_inside_a_name_makes_one_person():
    got = _actors('Marcus "Big M" Hollander, head of the label, said he was pleased. Hollander joined in 2001.')
    assert _owner(got, "Hollander") == 'Marcus "Big M" Hollander'
    assert got['Marcus "Big M" Hollander'][0] == "PER"
    assert "Marcus" not in got


def test_country_whose_listed_name_holds_and_is_one_place():
    got = _actors("Aid reached Antigua and Barbuda on Monday, officials in Geneva said.")
    assert "Antigua and Barbuda" in got
    assert "Antigua" not in got


def test_two_units_of_one_firm_joined_by_and_stay_two():
    got = _actors("The carrier will split into Zefir Cargo and Zefir Services, which will handle freight and "
                  "ground work, said Ann Cole.")
    assert "Zefir Cargo" in got and "Zefir Services" in got
    assert "Zefir Cargo and Zefir Services" not in got
