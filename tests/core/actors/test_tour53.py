"""Key actors on news genres nobody tuned on (tour53: obituaries, science, courts, culture, transport, sport):
the general kinds that recurred in the probe articles. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import mention_types


def test_first_name_then_a_dictionary_noun_read_as_a_place_or_body_is_no_person():
    # "Cleveland", "Leighton" open people's names too; "Clinic", "Building" end none, and the tagger reads no person.
    got = mention_types("Patients were treated at the Cleveland Clinic in Ohio last year.",
                        "Outside the Leighton Criminal Court Building, the family spoke to reporters.")
    assert got["Cleveland Clinic"] == {"ORG"}
    assert "PER" not in got["Leighton Criminal Court Building"]


def test_first_name_then_dictionary_noun_read_as_a_person_stays_a_person():
    got = mention_types("Heath Ledger starred in the film.", "Chris Rock joked about the awards.")
    assert got["Heath Ledger"] == {"PER"} and got["Chris Rock"] == {"PER"}


def test_organisation_word_inside_a_run_opening_with_a_first_name_is_no_person():
    got = mention_types("She spent ten years at the Max Planck Institute for Astronomy before moving to Paris.")
    assert got["Max Planck Institute for Astronomy"] == {"ORG"}


def test_town_after_in_is_where_the_body_sits_not_part_of_its_name():
    got = mention_types("He taught for years at the Brelsk Academy of Music in Warsaw.",
                        "The Tarlow Museum of Modern Art in Heidelberg lent two paintings.")
    assert got["Brelsk Academy of Music"] == {"ORG"} and got["Tarlow Museum of Modern Art"] == {"ORG"}
    assert got["Warsaw"] == {"LOC"} and got["Heidelberg"] == {"LOC"}


def test_country_or_continent_after_in_stays_in_the_name():
    got = mention_types("The Organisation for Security and Cooperation in Europe sent monitors.")
    assert "Organisation for Security and Cooperation in Europe" in got


def _actor_names(*paragraphs):
    from ..builders import actors_of

    return {a.name for a in actors_of(*paragraphs)}


def test_name_a_product_noun_introduces_is_no_actor_in_any_use():
    got = _actor_names("The drugmaker Halvern said it would withdraw its arthritis drug Corvexa from the market.",
                       "Corvexa brought in $2 billion last year, Halvern said.",
                       "The vaccine, called Malvax-2, cut infections by two-thirds, the Trelby Institute said.",
                       "Quillon unveiled its folding smartphone, the Quillon Fold, on Tuesday.")
    assert {"Halvern", "Trelby Institute", "Quillon"} <= got
    assert not got & {"Corvexa", "Malvax-2", "Quillon Fold"}


def test_firm_after_a_product_noun_and_a_comma_that_speaks_stays():
    got = _actor_names("Sales of the phone fell, Brightwave said on Monday.", "Brightwave cut its prices.")
    assert "Brightwave" in got
