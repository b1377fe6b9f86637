"""The document pass skips the tokens and the finder for a sentence :func:`_nameless` reads as holding no
mention (a cheap test on its text). Each such sentence must give no mention and the "normal" mode when read the
full way; the sentences that can hold one must not be skipped."""

from __future__ import annotations

import pytest

from briefing.core.actors.document import _nameless
from briefing.core.actors.finder import _Finder, _sentence_mode
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import _tokenize

_SKIPPED = [
    "He said that it rained all day.",
    "The man left before the end of the match.",
    "But the vote was close, and the count went on until 3 a.m.",
    "A spokesman said the talks would go on.",
    "and then the rain came.",
    "It was the first time since 1998 that the side had lost at home.",
    "The al-qaeda-style attack was condemned.",
    "“We will go on,” he said.",
    '"it was over," she said.',
    "(The vote was close.)",
    "However, the vote was close.",  # a comma after the first word is a token of its own
    '"Meanwhile, it rained," she said.',
    "I, for one, was not surprised.",
]

_READ = [
    "He met the UN envoy on Monday.",  # a capital later in the sentence
    "Smith said that it rained.",  # the first word is no stop word: a name
    "THE man left.",  # a word in capitals
    "The Smith family left.",
    "He met al-Hashimi in the morning.",  # a lowercase particle before a capital
    "He spoke to d'Estaing at length.",
    "“The talks went on,” said Smith.",  # a capital later in the sentence
    "“Smith went on,” he said.",  # no stop word after the quotation mark
    "““The talks went on,” he said.",  # two marks: read the full way
    "The 1990s were good to him.",  # a number right after the first word
    "Thefts rose sharply last year.",  # not a stop word
    "Said.",  # one word only
    "They're not sure, he said.",  # a contraction: read the full way
    "Smith, the envoy, left.",  # a name before the comma
    "However,, it rained.",  # two marks after the first word: read the full way
]


@pytest.mark.parametrize("text", _SKIPPED)
def test_a_nameless_sentence_has_no_mention_read_the_full_way(text):
    lex = _lexicon()
    assert _nameless(text, _Finder(lex)._lone_stops)
    toks = _tokenize(text)
    assert _sentence_mode(toks, lex) == "normal"
    assert _Finder(lex).find(0, text, {}, toks, "normal") == []


@pytest.mark.parametrize("text", _READ)
def test_a_sentence_that_may_hold_a_name_is_read(text):
    assert not _nameless(text, _Finder(_lexicon())._lone_stops)


def test_the_lone_stop_words_are_read_as_stop_words_when_skipped():
    finder = _Finder(_lexicon())
    for word in sorted(finder._lone_stops):
        for text in (f"{word.capitalize()} it rained all day in the town.", f"{word.capitalize()}, it rained all day."):
            if _nameless(text, finder._lone_stops):
                assert finder.find(0, text, {}) == [], text
