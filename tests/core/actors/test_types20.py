"""Types, fifteenth round (issue 17): one name typed two ways is one actor; organisations, persons and places
typed otherwise. Each test is a short text written for it."""

from tests.core.builders import actors_of


def _rows(actors, name):
    return [a for a in actors if a.name == name]


def test_one_name_typed_two_ways_is_one_actor_typed_by_most_uses():
    """'Lisbon' as the place ("in Lisbon", "near Lisbon") and read as a side in a sports report ("the Lisbon
    action") is one actor, a place: three uses against two."""
    actors = actors_of("Runner Maria Kelly won the race in Lisbon on Sunday, after a car crash near Lisbon last year.",
                       "The season ended in Lisbon with a win for the club.",
                       "Kelly's Lisbon ambitions were wrecked by injury, and her team-mates watched the Lisbon action "
                       "on television.")
    rows = _rows(actors, "Lisbon")
    assert [a.type for a in rows] == ["LOC"] and rows[0].mentions == 5
