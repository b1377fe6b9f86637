"""Merges, splits and roles of issue 17, sixteenth round: each rule on a short text written for it."""

from tests.core.builders import actor_aliases_roles as actors


def test_acronym_written_as_a_word_joins_the_name_it_spells():
    """'Association of Rural Bus Operators' ... 'Arbo': the acronym in title case is the same body."""
    found = actors("The Association of Rural Bus Operators wants more money for village routes. "
                   "Arbo says many routes will close next year. The minister met Arbo leaders on Tuesday.")
    assert "Arbo" in found["Association of Rural Bus Operators"][1]
    assert "Arbo" not in found


def test_acronym_of_a_one_word_name_of_capitalised_parts():
    """'NorthBridgeWay' ... 'NBW': the capitals inside the one word are its initials."""
    found = actors("The drug maker NorthBridgeWay cut 500 jobs on Monday. "
                   "NBW said its profits had fallen. Shares in NBW fell 4%.")
    assert "NBW" in found["NorthBridgeWay"][1]
    assert "NBW" not in found


def test_head_word_after_the_refers_back_to_the_one_body_named_with_it():
    """'the Commission for Rural Transport' ... 'the Commission said': the head word alone is that body."""
    found = actors("The Commission for Rural Transport met in Leeds on Friday. "
                   "The Commission said bus fares had doubled. Members of the Commission voted to protest.")
    assert "Commission" in found["Commission for Rural Transport"][1]
    assert "Commission" not in found


def test_role_before_a_name_keeps_the_organisation_name_with_of():
    """'Guild of Rural Bus Drivers president Tom Hale': the role keeps the body's whole name, not 'Rural Bus
    Drivers president'."""
    found = actors("Guild of Rural Bus Drivers president Tom Hale wants longer breaks. Hale spoke on Monday.")
    assert found["Tom Hale"][2] == "Guild of Rural Bus Drivers president"


def test_former_title_keeps_its_ex():
    """'ex-Home Secretary Tom Hale': the role is the former title, not 'Secretary'."""
    found = actors("The plan was backed by ex-Home Secretary Tom Hale on Monday. Hale spoke to reporters.")
    assert found["Tom Hale"][2] == "ex-Home Secretary"
