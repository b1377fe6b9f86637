"""Organisations, fortieth round (issue 17, branch orgs40): organisations named plainly that the extractor
dropped (names made of common words, a body that also gives an award, a code-like name). Each test is a
short text written for it."""

from tests.core.builders import actors_of, by_name


def test_run_of_common_words_after_a_descriptor_is_a_name():
    """'the studio Copper Kettle Features, who': two or more capitalised common words inside a sentence, after "the" and
    a descriptor noun and before a relative pronoun, are one organisation's name, not dropped word by word."""
    actors = actors_of("The film was offered to the director by the studio Copper Kettle Features, who had backed her first film.",
                       "Filming starts in May.")
    actor = by_name(actors, "Copper Kettle Features")
    assert actor is not None and actor.type == "ORG"


def test_run_of_common_words_before_which_is_a_name():
    """'let by Sea Breeze Vacations, which acts as agent': a relative pronoun after the run says it is one thing."""
    actors = actors_of("The family fell ill at the resort in March.",
                       "The unit was let by Sea Breeze Vacations, which acts as agent for several units there.")
    actor = by_name(actors, "Sea Breeze Vacations")
    assert actor is not None and actor.type == "ORG"


def test_title_of_a_song_made_of_common_words_stays_out():
    """'including Boys Boys Boys in 1987': a run of common words with no cue of a name is no actor."""
    actors = actors_of("The band scored six hits in the UK, including Boys Boys Boys in 1987.",
                       "They split up in 1990.")
    assert by_name(actors, "Boys Boys Boys") is None


def test_body_that_gives_an_award_stays_an_actor():
    """'won the Stage Critics Guild Awards' beside 'The Stage Critics Guild represents critics': an award named
    after the body that gives it (its name ends in an organisation word) does not make the body a work."""
    actors = actors_of("Ann Lee and Tom Hart have won the Stage Critics Guild Awards for best actress and actor.",
                       "The Stage Critics Guild represents theatre critics in 12 countries.")
    actor = by_name(actors, "Stage Critics Guild")
    assert actor is not None and actor.type == "ORG"


def test_award_named_after_a_show_still_drops_the_show():
    """'the Bright Lights Awards' beside 'her Bright Lights nominations': the award's head that is no body is no
    actor anywhere in the text."""
    actors = actors_of("Ann Lee won two prizes at the Bright Lights Awards in Leeds.",
                       "Her Bright Lights nominations came as a surprise.")
    assert by_name(actors, "Bright Lights") is None


def test_code_like_name_with_staff_is_an_organisation():
    """'said Ann Lee, KX4's head of music': a letter-and-digit name owning one of its staff (a role noun after
    "'s") is a channel or a body, not a code of a table."""
    actors = actors_of("The band will star in a KX4 special next month.",
                       "\"They fit our audience,\" said Ann Lee, KX4's head of music.")
    actor = by_name(actors, "KX4")
    assert actor is not None and actor.type == "ORG"
