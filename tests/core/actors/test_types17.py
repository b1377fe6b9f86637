"""Persons typed as organisations and organisations typed as persons (the seventeenth round's tune articles),
one made-up text per kind."""

from __future__ import annotations

from tests.core.builders import mention_types


def test_a_plural_verb_after_a_preposition_and_a_name_makes_no_group():
    """"a sketch by Tolvan Brekke were stolen": the verb agrees with "sketch", not with the painter, who stays
    a person ("Duran Duran are" alone makes a band)."""
    types = mention_types("Two vases and a sketch by Tolvan Brekke were stolen from the gallery on Monday.",
                          "Police said the thieves knew the gallery well.")
    assert types["Tolvan Brekke"] == {"PER"}


def test_a_town_and_a_name_ending_in_s_read_as_a_person_is_a_person():
    """A listed town as the first word and a word that only ends in "s" ("Sintra Nunes") is a person when the
    tagger reads one; a dictionary or organisation word after a town still makes a firm ("Tirana Cement")."""
    types = mention_types("The champion needed three sets to beat India 's Sintra Nunes on Tuesday .",
                          "Shares in Tirana Cement fell on Monday .")
    assert types["Sintra Nunes"] == {"PER"}
    assert types["Tirana Cement"] == {"ORG"}


def test_a_full_name_with_a_spokesman_after_it_is_an_organisation():
    """"Carter Marsh spokesman Tom Lee said": a name of two words before a spokesman and his name is a firm,
    however much it looks like a person's name; every use of it is ("Carter Marsh has cut its odds")."""
    types = mention_types("Carter Marsh has stopped taking bets on the race.",
                          "Carter Marsh spokesman Tom Lee said the odds had moved too fast.")
    assert types["Carter Marsh"] == {"ORG"}
    assert types["Tom Lee"] == {"PER"}


def test_a_bookmaker_named_like_a_person_is_an_organisation():
    """"bookmaker Carter Marsh": the noun before the name makes a firm, as "broadcaster" or "airline" do."""
    types = mention_types("Bookmaker Carter Marsh cut the odds on Friday.", "Carter Marsh said it took many bets.")
    assert types["Carter Marsh"] == {"ORG"}


def test_an_organisation_noun_that_ends_a_name_before_a_person_types_no_firm():
    """"the leader of the Northern Crofters party Ailsa Brodie": "party" ends the name before it, so the person
    after it is no party (unlike "the party Ailsa Brodie founded" or "German carmaker Volkswagen")."""
    types = mention_types("The former leader of the Northern Crofters party Ailsa Brodie spoke at the launch.",
                          "Ailsa Brodie said the vote would be close.")
    assert types["Ailsa Brodie"] == {"PER"}
