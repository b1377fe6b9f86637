"""Fast paths of the speed50b round give what the code they replace gave (made-up mentions)."""

from __future__ import annotations

import random

from briefing.core.actors.possessives import _insert, _insert_all
from briefing.core.actors.tokens import new_mention


def _one_at_a_time(mentions, added):
    out = list(mentions)
    for m in added:
        _insert(out, m)
    return out


def test_new_firm_mentions_of_many_sentences_go_where_one_at_a_time_puts_them():
    """Many sentences with new mentions, some with none before (those go to the end, in their order), some
    groups of one sentence apart in ``added`` or a sentence out of start order (the slower way)."""
    rng = random.Random(50)
    for case in range(200):
        mentions = [new_mention(si, rng.randrange(0, 80), 0, "X", None, "name", None, ("X",))
                    for si in range(-1, 40) for _ in range(rng.randrange(0, 4))]
        mentions.sort(key=lambda m: (m.sentence < 0, m.sentence, m.start))
        if case % 5 == 0 and len(mentions) > 3:  # one sentence's mentions out of start order
            mentions[1], mentions[2] = mentions[2], mentions[1]
        sentences = sorted(rng.sample(range(-1, 45), rng.randrange(1, 30)))
        if case % 7 == 0:
            sentences.append(sentences[0])  # a sentence in two groups
        added = [new_mention(si, rng.randrange(0, 80), 0, "Y", None, "name", None, ("Y",))
                 for si in sentences for _ in range(rng.randrange(1, 3))]
        batch = list(mentions)
        _insert_all(batch, added)
        assert [id(m) for m in batch] == [id(m) for m in _one_at_a_time(mentions, added)]
