"""Organisations, forty-first round (issue 17, branch orgs41): organisations the extractor never found (a paper
whose "The" is written in capitals, a lone common word written as a name once, an acronym that spells a common
word). Each test is a short text written for it."""

from tests.core.builders import actors_of, by_name


def test_paper_with_capital_the_after_told():
    """'he told The Sun.': a noise word after "told The" is a paper's name, as after "told the"."""
    actors = actors_of("The striker wants to leave the club in the summer.",
                       '"I need to play every week," he told The Sun.')
    actor = by_name(actors, "Sun") or by_name(actors, "The Sun")
    assert actor is not None and actor.type == "ORG"


def test_acronym_spelling_a_plural_common_word_is_a_name():
    """'from ADS, the storage firm': a lone word in capitals inside a sentence is an acronym, though its lower-case
    form is a plural common noun ("ads"); it is not read as a plural heading."""
    actors = actors_of("Engineers from ADS, the storage firm which runs the depot, were called in.",
                       "The depot reopened on Friday.")
    actor = by_name(actors, "ADS")
    assert actor is not None and actor.type == "ORG"
