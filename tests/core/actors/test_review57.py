"""Review of the actor merges 983cad8..33cdc8f (review57): long hostile lines through the new rules stay linear."""

from briefing.core.actors.rules_multilingual import find_mentions


def test_spanish_body_run_with_de_la_is_linear(alarm):
    """A 1 MB line of "Mancomunidad de la " (one capitalised run going on after each "de la") ends in seconds: the
    run's organisation word was looked for in a slice of the whole run at each step (36 s at 1 MB, quadratic)."""
    piece = "Mancomunidad de la "
    line = (piece * (1_000_000 // len(piece) + 1))[:1_000_000]
    alarm(10)
    found = find_mentions(line, "es")
    alarm(0)
    assert found and found[0][2] == "ORG"


def test_newsroom_honorifics_are_listed_titles():
    """newsroom.HONORIFICS names the words of titles.txt that are no office; one missing from titles.txt would never
    open a title run, and drop_honorifics would be reading a word the finder never puts in a role."""
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.newsroom import HONORIFICS

    assert sorted(HONORIFICS - set(_lexicon().titles)) == []
