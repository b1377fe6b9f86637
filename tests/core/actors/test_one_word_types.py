"""A one-word run's shape type read with its word's answers once per word (one_word_types.py) is the general
:meth:`_ShapeRules._type_of`'s, for every word in every context, the same word seen again in another."""

from __future__ import annotations

import random

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.shape_words import _AWARD_NOUNS
from briefing.core.actors.tokens import _LONE_NOISE, _tokenize

_TRICKY = ["P&O", "4", "BayArena", "CityStadium", "Port-au-Prince", "Aix-en-Provence", "Commerzbank", "Bank", "DC",
           "D.C.", "OR", "NASA", "U.S.", "Operation", "Euro-Cup", "DFB-Pokal", "Organisations", "South", "MH17",
           "Radio4", "Corp.", "Ltd.", "Inc.", "Holdings.", "Москва", "東京", "İstanbul", "e\u0301cole", "X\x00Y", "Q" * 200_000, "Zorblax", "Wirral"]
_BEFORE = ["He met", "Washington ,", "in Leeds ,", "the", "of", "(", "“", ""]
_AFTER = ["said", "award", "prize", ", Wirral", ", Somerset", "Corp", ".", "", "and"]


def test_one_word_types_are_the_general_types():
    lex = _lexicon()
    rnd = random.Random(5)
    pools = [sorted(lex.event_words), sorted(lex.noise), sorted(lex.org_words), sorted(lex.loc_last),
             sorted(_LONE_NOISE), sorted(lex.first_names)[:2000], sorted(lex.surnames)[:2000], sorted(_AWARD_NOUNS),
             sorted(w.capitalize() for w in lex.common_words)[:3000], sorted(k.title() for k in lex.gazetteer)[:3000],
             _TRICKY]
    pools = [[w for w in pool if w and " " not in w and w.strip() == w] for pool in pools]
    finder = _Finder(lex)
    checked = 0
    for _ in range(6000):
        w = rnd.choice(rnd.choice(pools))
        for word in (w, w.upper()):
            text = " ".join(x for x in (rnd.choice(_BEFORE), word, rnd.choice(_AFTER)) if x)
            toks = _tokenize(text)
            hits = [i for i, t in enumerate(toks) if t.text == word]
            if not hits:
                continue
            a = hits[0]
            assert finder._type_of_one(word, toks, a) == finder._type_of([word], toks, a, a + 1), text[:80]
            checked += 1
    assert checked > 8000
    assert len(finder._one_shapes) > 1000  # (words seen again read their answers from the first time)
