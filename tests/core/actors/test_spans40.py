"""Spans, fortieth round (issue 17, branch spans40): key actors the extractor cut, glued, merged wrongly or could
not read. Each test is a short text written for it."""

from tests.core.builders import actor_types


def test_edited_by_after_a_comma_names_a_person_not_a_credit():
    """'The report, edited by Ann B Lowe, the office's chief analyst, says': a participle clause after a comma says
    who made the thing the text is about; the editor is a person of the story, not a reporter's credit line."""
    actors = actor_types("The report, edited by Ann B Lowe, the office's chief analyst, says that trade has slowed.",
                         "Lowe said the findings were clear.")
    assert actors.get("Ann B Lowe") == "PER"


def test_editing_credit_line_is_still_dropped():
    """'Editing by Tom Reed': the credit line at a sentence's start names no actor."""
    actors = actor_types("The bank raised its rates on Tuesday, its chief Mark Hale said.", "Editing by Tom Reed")
    assert "Tom Reed" not in actors and actors.get("Mark Hale") == "PER"
