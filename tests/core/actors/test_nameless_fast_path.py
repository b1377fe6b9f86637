"""``document._nameless`` reads the first word first and tests an ASCII rest with ``lower() == rest``: it must
answer as the plain test (``rest.islower()`` after the first word's tests) on any text."""

from __future__ import annotations

import random

from briefing.core.actors.document import _OPENING_MARKS, _nameless
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon


def _plain(text: str, lone_stops: frozenset[str]) -> bool:
    """The test as written before the fast path: every part in one expression, ``rest.islower()`` for any rest."""
    first, sep, rest = text.partition(" ")
    if first[:1] in _OPENING_MARKS:
        first = first[1:]
    if first[-1:] == ",":
        first = first[:-1]
    return bool(sep) and first.isalpha() and rest[:1].isalpha() and rest.islower() and (
        first.islower() or ((len(first) == 1 or first[1:].islower()) and first.lower() in lone_stops))


# Letters of each case and none: ASCII, Latin-1 ("ß" lower, "É"), a titlecase letter ("ǅ"), the Kelvin sign (an
# upper-case letter that lowers to ASCII "k"), Greek, Cyrillic, CJK (no case), digits, marks, odd bytes.
_PIECES = ["the", "The", "THE", "he", "He", "a", "A", "However,", "“We", "(The", "al-Hashimi", "d'Estaing", "said",
           "rained.", "ß", "É", "é", "ǅ", "ǆ", "\u212a", "k", "Σ", "σ", "Москва", "москва", "東京", "1998", "3",
           "\x00", "\ufffd", "\udcff", ",", "”", "İ", "ı", "ﬁ", "Ⅻ", "ⅻ", "ᾈ", "x\u0301"]


def test_the_fast_path_answers_as_the_plain_test():
    lone_stops = _Finder(_lexicon())._lone_stops
    rng = random.Random(7)
    texts = ["", " ", "He", "He ", "He said", "He  said", "He said X", "He said x", "He saidǅ", "He said\u212a",
             "He saidé", "He said 1998", "He said ,", "The ß", "The É", "I, for one"]
    for _ in range(20000):
        texts.append(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6))))
    for text in texts:
        assert _nameless(text, lone_stops) == _plain(text, lone_stops), repr(text)


def test_a_long_line_is_read_either_way():
    lone_stops = _Finder(_lexicon())._lone_stops
    for text in ("he said " + "it rained " * 100_000, "he said " + "it rained " * 100_000 + "X",
                 "he said " + "é " * 300_000, "he said " + "é " * 300_000 + "ǅ", "he said " + "\u212a" * 500_000):
        assert _nameless(text, lone_stops) == _plain(text, lone_stops)
