"""Fast paths of the speed21 round give what the slower code they replace gave (made-up texts)."""

from __future__ import annotations

import re

from briefing.core.actors.resolve import _written_lower, lower_words

#: The definition :func:`lower_words` replaces: a run of a-z after no ASCII letter.
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+")

TEXTS = [
    "Neuroscience tells us much ; advances in neuroscience, he said.",
    "McDonald's e-mail to the iPhone team was sent at 9am (x2) by O'Neill_smith.",
    "Café élan naïve ﬁne straße Ǆemal ſtar KELVIN sign: \u212aelvin and \u00e9t\u00e9 ok",
    "“quoted” ‘words’ — and—dashes–here, tabs\tand\nlines; 3rd 2nd abc1def _under_score",
    "",
    "A", "a", "aB", "Ab", "ab1", "1ab", "\ud800lone surrogate ab",
]


def test_lower_words_are_the_regex_words():
    want = {w.encode() for t in TEXTS for w in _LOWER_WORD.findall(t)}
    assert lower_words(TEXTS) == want
    for t in TEXTS:  # one text at a time too: no word spans two texts
        assert lower_words([t]) == {w.encode() for w in _LOWER_WORD.findall(t)}
    assert lower_words(["e", "mail"]) == {b"e", b"mail"}


def test_written_lower_reads_the_body():
    texts = ["Neuroscience tells us much.", "Advances in neuroscience, he said.", "McDonald met Donald."]
    assert _written_lower("Neuroscience", texts, {})
    assert not _written_lower("Advances", texts, {})
    assert not _written_lower("Donald", texts, {})  # only inside "McDonald" and capitalised
    assert not _written_lower("neuroscience", texts, {})  # already lower case
    assert not _written_lower("Café", ["un café"], {})  # "caf" is the regex's word, not "café"
