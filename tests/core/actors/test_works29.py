"""Pieces of works, events and page furniture are not actors (issue 17, works29): short made-up texts, one per kind."""

from tests.core.builders import actors_of, make_article, mention_names as names


def test_a_screenplay_title_with_into_is_one_work():
    """'the television screenplay Journey into Varnholm' names a work; its repeats name it too, no 'Journey'."""
    found = names("Writer Ola Brandt made his debut with the television screenplay Journey into Varnholm.",
                  "The Kessel Broadcasting Corporation bought Journey into Varnholm for $600.",
                  "Journey into Varnholm was later adapted as a novel.")
    assert "Ola Brandt" in found
    assert not {n for n in found if "Journey" in n or "Varnholm" in n}


def test_a_programme_after_tune_into_is_a_work():
    """'tune into this Sunday's Hockey Extra' names a programme: 'told Hockey Extra' is no actor 'Extra'."""
    found = names("Defender Ola Brandt told Hockey Extra he would be fit for the tour.",
                  "He has missed ten games with a knee injury.",
                  "For the full interview with Ola Brandt tune into this Sunday's Hockey Extra, 2340 on Kessel Four.")
    assert "Ola Brandt" in found
    assert not {n for n in found if "Extra" in n}


def test_a_closing_programme_plug_names_no_actor():
    """A last line '... tune into X, 2340 on Kessel Four' or 'X is on Kessel Four at 1900 GMT' is a plug: the
    channel named only there is no actor."""
    found = names("Defender Ola Brandt said he would be fit for the tour.",
                  "He has missed ten games with a knee injury and will see a specialist next week.",
                  "The tour starts in April.",
                  "Brandt's story is on Kessel Four at 1900 GMT on Sunday.")
    assert "Ola Brandt" in found
    assert "Kessel Four" not in found


def test_a_closing_bio_without_an_article_is_a_credit():
    """'Ada Pell is technology correspondent for The Hour': a bio line with no 'a' or 'the' is still a credit."""
    found = names("Engineer Ivo Marsh built a map of supplies after the floods.",
                  "He hopes governments will take notice of the map.",
                  "Ada Pell is technology correspondent for The Hour, a Kessel Radio co-production.")
    assert "Ivo Marsh" in found
    assert "Ada Pell" not in found


def test_a_storm_named_like_a_person_is_no_person():
    """'since Hurricane Ivo ravaged the coast': a storm, not a person."""
    found = names("Ada Pell had been thinking about such a system since Hurricane Ivo ravaged the coast last year.",
                  "Pell now runs the project.")
    assert "Ada Pell" in found
    assert not {n for n in found if "Ivo" in n}


def test_a_stand_named_after_a_person_is_no_mention_of_them():
    """'fans in the Ada Pell stand': a part of a ground named after a person, not the person."""
    found = names("Police battled with Kessel United fans in the Ada Pell stand on Saturday.",
                  "Ivo Marsh, the club's chairman, condemned the violence.")
    assert "Ivo Marsh" in found
    assert "Ada Pell" not in found


def test_a_final_is_an_event():
    """'the 2006 Varnholm Shield Final' names a match, not an organisation."""
    found = names("The Kessel Arena will officially open for the 2006 Varnholm Shield Final, Ivo Marsh said.")
    assert "Ivo Marsh" in found
    assert not {n for n in found if "Final" in n}


def test_a_tournament_with_a_possessive_in_its_name_is_one_event():
    """'the Aunt Mabel's Grasscourts tournament': neither 'Aunt Mabel' nor 'Grasscourts' is an actor."""
    found = names("Ada Pell will partner Ivo Marsh in the doubles at the Aunt Mabel's Grasscourts tournament on Sunday.")
    assert {"Ada Pell", "Ivo Marsh"} <= found
    assert not {n for n in found if "Mabel" in n or "Grasscourts" in n}


def test_a_paper_named_with_a_day_keeps_its_day_before_a_title():
    """'told the Sunday Telegraph Ms Pell would ...': the paper is 'Sunday Telegraph', not 'Telegraph', and Pell a person."""
    from tests.core.builders import mention_types

    found = mention_types("A party source told the Sunday Telegraph Ms Pell would lead the campaign.")
    assert found.get("Sunday Telegraph") == {"ORG"}
    assert "Telegraph" not in found
    assert found.get("Pell") == {"PER"}
