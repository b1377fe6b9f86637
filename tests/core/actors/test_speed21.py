"""Fast paths of the speed21 round give what the slower code they replace gave (made-up texts)."""

from __future__ import annotations

import re

from briefing.core.actors.lower_words import _written_lower, lower_words

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


def test_lone_stop_words_skipped_by_find_give_no_mention_when_analysed():
    """``_Finder.find`` skips a one-word run of ``_lone_stops`` (a cheap first test): the full analysis must
    trim each such word to nothing, at the start of a sentence and inside one, written "The" or "THE" aside."""
    from briefing.core.actors.finder import _Finder
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.tokens import _tokenize

    finder = _Finder(_lexicon())
    assert {"the", "but", "he", "when"} <= finder._lone_stops
    for word in sorted(finder._lone_stops):
        cap = word.capitalize()
        for text in (f"{cap} said so .", f"So said {cap} today .", f"“ {cap} went ” , and ( {cap} ) came ."):
            toks = _tokenize(text)
            for i, t in enumerate(toks):
                if t.text == cap:
                    assert finder._analyse_span(0, text, toks, i, i + 1) == [], (word, text)
