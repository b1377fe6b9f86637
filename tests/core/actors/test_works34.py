"""Works, awards and body parts, thirty-fourth round: titles after "theme tune", "adaptation of", "a performance
of" and "starring in A/The", an award in apposition after "prize", a body part named after a person. Made-up
texts, one per rule."""

from __future__ import annotations

from ..builders import actor_types as _actors


def test_title_after_theme_tune_is_a_work():
    """"the theme tune The Song of Ned Bramble": the title names a song, not an organisation or a person."""
    got = _actors("Singer Tom Pike, who sang the theme tune The Song of Ned Bramble for the pilot, has died.",
                  "Pike recorded the song in Nashville with Joe Hart.")
    assert not any("Ned Bramble" in n for n in got)
    assert got["Tom Pike"] == "PER"


def test_title_after_adaptation_of_is_a_work():
    """"the film adaptation of The Ostvale Cipher": a novel's title, wherever the text repeats it."""
    got = _actors("Actress Ann Lowe will star in the film adaptation of The Ostvale Cipher, Acme Pictures said.",
                  "Ostvale Cipher author Tom Pike has sold 20 million copies.")
    assert not any("Ostvale Cipher" in n for n in got)
    assert got["Ann Lowe"] == "PER" and got["Tom Pike"] == "PER"


def test_title_after_a_performance_of_is_a_work_but_not_after_the_performance_of():
    """"a performance of Jolly Jimbo" names a play; "the performance of Tom Pike" is the player's."""
    got = _actors("Ann Lowe had her first role in a performance of Jolly Jimbo in 1948.",
                  "The coach praised the performance of Tom Pike on Saturday.")
    assert "Jolly Jimbo" not in got
    assert got["Tom Pike"] == "PER"


def test_title_after_starring_in_and_an_article_is_a_work():
    """"starring in A Very Long Betrothal": the film's title ("Long Betrothal" is no person); without an article
    the words after "starred in" are not read ("starred in Liverpool's win")."""
    got = _actors("Ann Lowe is currently starring in A Very Long Betrothal, directed by Tom Pike.",
                  "Joe Hart starred in Liverpool's win on Saturday.")
    assert not any("Long Betrothal" in n for n in got)
    assert "Liverpool" in got and got["Ann Lowe"] == "PER"


def test_award_in_apposition_after_prize_is_no_actor():
    """"the festival's top prize, the Golden Stag," names an award, also where the text names it alone."""
    got = _actors("Director Tom Pike has received an honorary Golden Stag at the Ostvale Film Festival.",
                  "His film is one of 21 up for Ostvale's top prize, the Golden Stag, said Ann Lowe.")
    assert "Golden Stag" not in got
    assert got["Tom Pike"] == "PER"


def test_body_part_named_after_a_person_is_no_actor():
    """"his Achilles tendinitis problem": a body part, not an organisation or a person."""
    got = _actors("Winger Tom Pike is struggling to recover from his Achilles tendinitis problem, said Acme.",
                  "The Achilles injury has kept Pike out since August.")
    assert "Achilles" not in got
    assert got["Tom Pike"] == "PER"


def test_race_named_with_run_or_race_after_the_is_an_event():
    """"the Acme Great Ostvale Run": a race's name (its last word "Run" or "Race"), no organisation."""
    got = _actors("Ann Lowe will seek to regain her title at the Acme Great Ostvale Run on 9 April in Dublin.",
                  "Race director Tom Pike said the field was strong.")
    assert not any("Ostvale Run" in n for n in got)
    assert got["Ann Lowe"] == "PER"
