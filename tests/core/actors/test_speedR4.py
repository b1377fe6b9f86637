"""Fast paths of the speedR4 round give what the code they replace gave (made-up inputs)."""

from __future__ import annotations

import random
import re

from briefing.core.actors.lower_words import lower_words
from briefing.core.actors.misspellings import _deletions, one_letter_apart
from briefing.core.model import Article
from briefing.core.actors.extract import _body_texts

_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+")


def test_lower_words_match_the_regex_on_random_mixes_of_capitals_and_other_bytes():
    rng = random.Random(4)
    alphabet = "aAbBzZ  -'’é\u212a\ud8001\n\tß"
    for _ in range(400):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert lower_words([t]) == {w.encode() for w in _LOWER_WORD.findall(t)}, repr(t)
    assert lower_words(["AAAA", "aAa", "Aa aA"]) == {b"a"}
    long_line = "xY" * 500_000 + " tail"  # one 1 MB line: a capital after every letter
    assert lower_words([long_line]) == {b"x", b"tail"}


def test_one_letter_apart_is_the_definition_on_random_pairs():
    rng = random.Random(7)
    for _ in range(500):
        a = "".join(rng.choice("aab") for _ in range(rng.randrange(0, 9)))
        b = "".join(rng.choice("aab") for _ in range(rng.randrange(0, 9)))
        changed = len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
        short, long_ = sorted((a, b), key=len)
        deleted = len(long_) == len(short) + 1 and short in _deletions(long_) and long_ != short + "s"
        assert one_letter_apart(a, b) == (changed or deleted)


def test_body_texts_flatten_the_paragraphs_in_order():
    art = Article(title="T", paragraphs=[["One.", "Two."], [], ["Three."]])
    assert _body_texts(art) == [s for para in art.paragraphs for s in para] == ["One.", "Two.", "Three."]
