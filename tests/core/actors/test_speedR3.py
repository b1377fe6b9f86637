"""Speed round R3 (resolve): the facts the merge passes share must equal what each pass used to work out itself.

* ``_Cluster.longest`` is kept as forms are added, moved and cleared; it must always be ``max(forms, key=len)``
  (the first of the longest in insertion order), "" without forms.
"""

from __future__ import annotations

import random

from briefing.core.actors.aliases import _move, join_clusters
from briefing.core.actors.resolve import _Cluster
from briefing.core.actors.tokens import EntityMention

#: Forms of equal and differing lengths, other scripts, odd characters and a long one.
_FORMS = ["Ann Lee", "Bob Ray", "Lee", "Ray", "Anne Lee", "Аня Ли", "Ли", "Zoë Ünal", "O'Neil", "\u00a0X", "Ng",
          "Kim Jong-un", "Kim Jong un", "A" * 300, "B" * 300, "日本", "\U0001f600 Smile"]


def _mention(text: str) -> EntityMention:
    return EntityMention(0, 0, len(text), text, "PER", tokens=tuple(text.split()))


def _check(c: _Cluster) -> None:
    assert c.longest == (max(c.forms, key=len) if c.forms else "")


def test_longest_form_is_kept_through_adds_moves_and_clears():
    rng = random.Random(3)
    for _ in range(300):
        clusters = [_Cluster("PER") for _ in range(4)]
        for _ in range(rng.randrange(1, 25)):
            step = rng.random()
            i, j = rng.randrange(4), rng.randrange(4)
            if step < 0.7:
                clusters[i].add(_mention(rng.choice(_FORMS)))
            elif i != j and step < 0.85:
                _move(clusters, i, j)
            elif i != j:
                join_clusters(clusters, i, j)
            else:
                clusters[i].mentions = []
                clusters[i].clear_forms()
            for c in clusters:
                _check(c)
