"""Span errors of the twenty-second round (issue 17): cut-short and glued spans, each on a text written for it."""

from tests.core.builders import typed


def test_office_named_by_its_holders_title_is_whole():
    """"Pima County Sheriff's Office": a title's possessive and an office head make one organisation."""
    ms = typed("Officers from Pima County Sheriff's Office searched the house on Monday.")
    assert ("Pima County Sheriff's Office", "ORG") in ms
    assert not any(text == "Pima County Sheriff" for text, _ in ms)


def test_firms_possessive_before_office_is_not_joined():
    """"Microsoft's Office sales": a firm's possessive before a product stays the firm alone."""
    ms = typed("Microsoft's Office sales rose in March.")
    assert ("Microsoft", "ORG") in ms


def test_first_name_and_one_capital_letter_is_a_stage_name():
    """"Natalie B": a first name and a lone capital letter (no period) name one person."""
    ms = typed("The judges were Natalie B from the Cheeky Girls and Louis Walsh.")
    assert ("Natalie B", "PER") in ms
    assert not any(text == "Natalie" for text, _ in ms)


def test_letter_after_a_common_word_is_still_dropped():
    """"Plan B": no first name before the letter, so no name."""
    assert typed("The rating was Plan B for the team.") == []


def test_flight_number_is_cut_from_the_carrier():
    """"Eurowings Flight 4411", "Malaysia Airlines Flight MH17": the airline is the actor, not "... Flight"."""
    ms = typed("Pilots of Eurowings Flight 4411 reported smoke over the Alps.",
               "Relatives of those on Malaysia Airlines Flight MH17 met in Kiev.")
    assert ("Eurowings", "ORG") in ms
    assert ("Malaysia Airlines", "ORG") in ms
    assert not any("Flight" in text for text, _ in ms)


def test_plural_possessive_of_a_common_noun_opens_a_body():
    """"the Pilots' Circle": a capitalised plural possessive and one word are one organisation."""
    ms = typed("The Pilots' Circle named Tom Barker its chair. Both the Pilots' Circle and the union agreed.")
    assert ms.count(("Pilots' Circle", "ORG")) == 2
    assert not any(text == "Circle" for text, _ in ms)
