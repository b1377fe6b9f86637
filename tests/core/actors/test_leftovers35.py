"""Leftovers of the tune part's lines 193-306 (issue 17, branch leftovers35). Each test is a short text written
for it."""

from tests.core.builders import actors_of, by_name, names


def test_news_channel_keeps_its_number():
    """'Daily Courier News 24': a one- or two-digit number after "News" closing a broadcaster's name is the
    channel's, kept in the name; a count after it is not ("News 24 hours a day")."""
    actors = actors_of("A survey of 900 voters by Polldata for Meridian News 24 found little trust in ministers.",
                       "Former minister Jane Holt told Meridian News 24 that the gap was real.")
    assert by_name(actors, "Meridian News 24") is not None
    assert "Meridian News" not in names(actors)
    actors = actors_of("Meridian News runs 24 hours a day.", "Meridian News 24 hours later said more.")
    assert "Meridian News 24" not in names(actors)
