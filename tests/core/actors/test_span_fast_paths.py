"""``_SpanRules.spans`` asks the caption tests of a capitalised token inside a run only when they may hold (speedC6):
"The" or a token after something other than a word for :func:`caption_break`, a sentence holding ":" for
:func:`caption_label`. The tests here check those first tests on made-up tricky sentences and that the runs are those
read with every test asked."""

from __future__ import annotations

import random

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.nonnames import caption_break, caption_label
from briefing.core.actors.tokens import _tokenize

TEXTS = [
    "at the White House The White House Kitchen Garden was open",
    "on U.S. Highway 36 Numerous crashes were seen on Route 9 Main Street",
    "referred to as Patient A. Ms Hamilton said and Nurse B. Mr Jones Smith agreed; No More Mr Nasty",
    "one of the Mirreyes Ready for takeoff: An expert said, a Mirrey Purchasing power: Ann Lee",
    "Foreign minister Jack Straw said: We will wait. The Guardian Weekly Review Today : News",
    "Ann Lee Story time is over : Bo",
    "J. R. R. Tolkien The Hobbit 3 The Times 1 The",
    "Москва The Kremlin Ünïcödé Straße : Ωμέγα House Bank \x00 Ann \x7f Lee :",
    "The " * 50 + "End : " + "Ann Lee " * 40,
]


def _sentences() -> list[str]:
    rng = random.Random(6)
    pieces = ["The", "the", "Ann", "Lee", "House", "Ready", "Story", "for", "takeoff", "time", ":", ",", "Ms", "Mr.",
              "A.", "J.", "36", "Highway", "Route", "said", "of", "and", "Москва", "Straße", "'s", "(", ")", "\"", "Inc",
              "Co.", "U.S.", "Kitchen", "Garden", "power", "Purchasing", "is", "over", "3"]
    return TEXTS + [" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25))) for _ in range(1500)]


def test_caption_tests_hold_only_where_spans_asks_them():
    lex = _lexicon()
    asked = [0, 0]
    for text in _sentences():
        toks = _tokenize(text)
        for j in range(1, len(toks)):
            if not toks[j].is_cap:
                continue
            if caption_break(toks, j):
                asked[0] += 1
                assert toks[j - 1].kind != "word" or toks[j].text == "The", (text, j)
            if caption_label(toks, j, lex):
                asked[1] += 1
                assert ":" in text, (text, j)
    assert asked[0] > 20 and asked[1] > 5  # (the sentences do hold captions of both kinds)


def test_spans_with_the_text_are_the_spans_read_with_every_test():
    finder = _Finder(_lexicon())
    for text in _sentences():
        assert finder.spans(_tokenize(text), text) == finder.spans(_tokenize(text)), text


def test_the_captions_cut_the_runs():
    finder = _Finder(_lexicon())
    text = "at the White House The White House Kitchen Garden was open"
    toks = _tokenize(text)
    assert [" ".join(t.text for t in toks[a:b]) for a, b in finder.spans(toks, text)] == \
        ["White House", "The White House Kitchen Garden"]
    text = "one of the Mirreyes Ready for takeoff: An expert said"
    toks = _tokenize(text)
    assert [" ".join(t.text for t in toks[a:b]) for a, b in finder.spans(toks, text)] == ["Mirreyes", "Ready", "An"]
    text = "on U.S. Highway 36 Numerous crashes"
    toks = _tokenize(text)
    assert [" ".join(t.text for t in toks[a:b]) for a, b in finder.spans(toks, text)] == ["U.S. Highway 36", "Numerous"]
    text = "referred to as Patient A. Ms Hamilton said"
    toks = _tokenize(text)
    assert [" ".join(t.text for t in toks[a:b]) for a, b in finder.spans(toks, text)] == ["Patient A.", "Ms Hamilton"]
