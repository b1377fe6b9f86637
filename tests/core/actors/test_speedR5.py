"""Fast paths of the speedR5 round give what the code they replace gave (made-up inputs)."""

from __future__ import annotations

import random
from collections import defaultdict

from briefing.core.actors.said_aliases import _alias_pairs
from briefing.core.actors.tokens import EntityMention

#: The words between two names: the cues the pairs need, a list's joints, and some that come near a cue.
_GAPS = [", ", " and ", ", also known as ", " (known as ", ", née ", " nee ", " born ", " or ", ", the ", " real name ",
         " (real name ", ", whose real name is ", " aka ", " a.k.a. ", " – or ", " ,", "", " the ", " of the ",
         " formerly known as ", " with twenty four chars ", " known ", " Or ", " NÉE ", " é ", "\ud800 or "]
_NAMES = ["Ana", "Bo Li", "CENTR", "Council of European National Registries", "Jay-Z", "Shawn Carter", "Aotearoa",
          "New Zealand", "Gille", "Ellen Gille", "X", "ÉTÉ Corp"]
_TAILS = ["", " as it is called", " as it's known", " said", ", as they are known"]


def _random_sentences(rng: random.Random):
    texts, names = [], []
    for s in range(rng.randrange(1, 6)):
        text = ""
        for _ in range(rng.randrange(0, 6)):
            text += rng.choice(_GAPS) if text else rng.choice(["", "In ", "Then "])
            name = rng.choice(_NAMES)
            m = EntityMention(s, len(text), len(text) + len(name), name, rng.choice(["PER", "ORG", "LOC", None]),
                              tokens=tuple(name.split()))
            names.append(m)
            text += name + rng.choice(_TAILS)
        texts.append(text + ".")
    if rng.random() < 0.2:  # a title name, and one past the texts: no pair for either
        names.append(EntityMention(-1, 0, 3, "Ana", "PER", tokens=("Ana",)))
        names.append(EntityMention(len(texts), 0, 3, "Ana", "PER", tokens=("Ana",)))
    rng.shuffle(names)
    return texts, names


def test_alias_pairs_read_in_place_equal_the_pairs_of_the_sorted_lists():
    """The resolver's grouped names, read in place (no list per sentence), give the pairs, in the order, of the
    general path that groups and sorts the names itself; names dropped after grouping take no part."""
    rng = random.Random(5)
    found = 0
    for _ in range(600):
        texts, names = _random_sentences(rng)
        grouped = defaultdict(list)
        for m in names:
            grouped[m.sentence].append(m)
        for ms in grouped.values():
            ms.sort(key=lambda m: m.start)
        for m in names:
            if rng.random() < 0.15:
                m.kind = "dropped"
        fast = _alias_pairs(names, texts, grouped)
        assert fast == _alias_pairs(names, texts), texts
        found += len(fast)
    assert found > 100  # the inputs do make pairs


def test_alias_pairs_on_a_long_line_of_names():
    """A 1 MB sentence of names joined by commas: no pair, in bounded time, either way."""
    text = ", ".join(["Ana"] * 200_000)
    names = [EntityMention(0, 5 * k, 5 * k + 3, "Ana", "PER", tokens=("Ana",)) for k in range(200_000)]
    grouped = {0: list(names)}
    assert _alias_pairs(names, [text], grouped) == _alias_pairs(names, [text]) == []
