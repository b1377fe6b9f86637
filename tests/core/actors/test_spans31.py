"""Spans cut wrong and pieces of names taken as actors (issue 17, round 31): one made-up text per kind."""

from tests.core.builders import actor_names as _names


def test_sentence_initial_band_name_before_a_members_role_stays_whole():
    """ "Silver Kettle guitarist Tom Varga": a dictionary word opening the sentence stays in a group's name when
    a member's role noun and the member follow."""
    names = _names("Silver Kettle guitarist Tom Varga is being sued by his former manager.",
                   "Silver Kettle recently finished a long tour of the north.")
    assert "Silver Kettle" in names
    assert "Kettle" not in names


def test_sentence_initial_band_name_before_a_plural_verb_stays_whole():
    """ "Silver Kettle are": a plural verb after a singular word makes the run of dictionary words a group."""
    names = _names("Silver Kettle are working on the follow-up to their third album, singer Ann Lee said.",
                   "Lee said Silver Kettle had sold a million records.")
    assert "Silver Kettle" in names
    assert "Kettle" not in names
