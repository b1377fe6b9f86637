"""Persons typed as organisations and organisations typed as persons (the seventeenth round's tune articles),
one made-up text per kind."""

from __future__ import annotations

from briefing.core.actors import extract_actors

from tests.core.builders import make_article, mention_types


def _actors(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.type, a.role) for a in extract_actors(make_article(list(paragraphs)))}


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
