"""The finder's dispatch by word facts (run_rules.py): a run that skips rules by its words' facts gets the mentions
the full cascade gives it (every rule asked, as a word whose facts have every bit).

The runs are made of words from the lexicon's own lists (titles, demonyms, first names, noise, stop and common
words, road ends, acronym nouns, core titles), tricky shapes (plurals, codes, contractions, hyphens, capitals),
other scripts and odd bytes, one to eight words long, at the sentence's start and inside it, before contexts
that rules read (a colon, "'s album", an age, a role noun, a dateline's agency).
"""

from __future__ import annotations

import random

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.run_rules import ALL_FACTS
from briefing.core.actors.tokens import _ACRONYM_NOUNS, CORE_TITLES
from briefing.core.actors.cues import ROAD_ENDS


class _EveryRule(dict):
    """Word facts that say of every word that every rule may fire: the full cascade."""

    def get(self, key, default=None):
        return ALL_FACTS


_TRICKY = ["Cubs", "Serbs", "Guinean", "Surinamese", "Frenchman", "Scotsmen", "Chg", "M1", "C-4", "Under-21", "SUV",
           "SUVs", "CEO", "EPS", "ORDERS", "PAYING", "AGENT", "Major-General", "Pro-Moscow", "US-German", "Don't",
           "We’ve", "They're", "O'Brien", "O’Neill", "A", "X", "May", "Will", "All", "The", "Yesterday", "Charity",
           "Analysts", "Brownite", "Flight", "BayArena", "Commerzbank", "Port-au-Prince", "Москва", "Київ", "東京",
           "Ünïcode", "İstanbul", "e\u0301cole", "Nguyen", "Van", "An", "Mr", "Dr.", "Sir", "Tan", "Sri", "Lord",
           "Reporters", "Without", "Borders", "Blue", "Jays", "Tiger", "Woods", "Royal", "Mail", "Age", "Concern",
           "NASA's", "U.S.", "MH17", "Leeds", "Milan", "Earl", "of", "Prince", "Wales", "Rd", "Street", "Corp."]


def _pools():
    lex = _lexicon()
    pools = [sorted(lex.titles), sorted(lex.demonyms), sorted(lex.first_names), sorted(lex.surnames),
             sorted(lex.noise), sorted(w.capitalize() for w in lex.stop_words),
             sorted(w.capitalize() for w in lex.common_words), sorted(lex.org_words), sorted(lex.loc_last),
             sorted(ROAD_ENDS), sorted(_ACRONYM_NOUNS), sorted(CORE_TITLES), _TRICKY]
    return [[w for w in pool if w and w.strip() == w and " " not in w] for pool in pools]


_BEFORE = ["", "He said", "It was", "In", "told the", "of the", "the", "“", "(", "ROME ,", "Its owner ,", "for",
           "his", "defender"]
_AFTER = ["said .", ": he", "'s latest album", "’s new album", ", 54 , was", "and", "boss Ann Lee", "( Reuters )", ".", "are good",
          "lawyers argued", "of BBC Sport", "Flight 9525", "manager Darrel", "II", "Corp.", "-- the"]


def _sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    pools = _pools()
    out = []
    for _ in range(n):
        words = [rnd.choice(rnd.choice(pools)) for _ in range(rnd.choice([1, 1, 1, 2, 2, 3, 4, 5, 8]))]
        out.append(" ".join(x for x in (rnd.choice(_BEFORE), " ".join(words), rnd.choice(_AFTER)) if x))
    return out


def _mentions(finder: _Finder, sentences: list[str]) -> list:
    return [[sorted(vars(m).items(), key=lambda kv: kv[0]) for m in finder.find(i, s, {})]
            for i, s in enumerate(sentences)]


def test_dispatch_gives_the_full_cascades_mentions():
    lex = _lexicon()
    sentences = _sentences(4000, 17)
    fast, full = _Finder(lex), _Finder(lex)
    full._word_bits = _EveryRule()
    assert _mentions(fast, sentences) == _mentions(full, sentences)
    assert fast._word_bits  # the facts were read (the fast path ran)


def test_odd_bytes_and_long_lines_match_too():
    lex = _lexicon()
    odd = ["Ann \x00 Lee said", "\ufeffBBC News said", "Mr \u200b Smith said", "Dr" + "é" * 300 + " Ann Lee said",
           " ".join(["Ann"] * 40_000) + " said", "X " * 5000 + "said", "A\u0301nn Le\u0301e said",
           "ПРЕЗИДЕНТ Путин said", "He met Кличко in Kyiv", "“Don't” Lee said"]
    fast, full = _Finder(lex), _Finder(lex)
    full._word_bits = _EveryRule()
    assert _mentions(fast, odd) == _mentions(full, odd)


def _pair_pools():
    """Words for the first and the last of two-word runs: one pool per word test of :meth:`_pair_facts` and
    :meth:`_pair_last` (and words that pass none), with made-up peoples' words the lists do not hold."""
    from briefing.core.actors.clause_roles import GIVEN_NAME_ROLES
    from briefing.core.actors.descriptors import _OPENER_NOUNS
    from briefing.core.actors.newsroom import HONORIFIC_PAIR_FIRST
    from briefing.core.actors.sentence import _TITLE_QUALIFIERS
    from briefing.core.actors.shape_words import _COMPASS_ALL
    from briefing.core.actors.tokens import _PEERAGES
    lex = _lexicon()
    places = sorted(k.title() for k, v in lex.gazetteer.items() if v[0] == "LOC" and " " not in k and len(k) >= 4)[:400]
    derived = [p + end for p in places for end in ("an", "ans", "ese", "ian")]  # "Guinean", "Texans": not listed
    single = sorted(k.title() for k in lex.gazetteer if " " not in k)
    pools = _pools() + [sorted(_COMPASS_ALL), sorted(_TITLE_QUALIFIERS), sorted(GIVEN_NAME_ROLES),
                        sorted(HONORIFIC_PAIR_FIRST), sorted(w.title() for w in _OPENER_NOUNS), sorted(_PEERAGES),
                        [d + "s" for d in sorted(lex.demonyms)], derived, single,
                        ["Major-General", "Co-Premiers", "Ex-President", "Presidents", "Dr.", "Gov.", "Sen."],
                        sorted(w.capitalize() for w in lex.role_nouns), sorted(w.upper() for w in lex.role_nouns)]
    return [[w for w in pool if w and w.strip() == w and " " not in w] for pool in pools]


def _pair_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    pools = _pair_pools()
    out = []
    for _ in range(n):
        run = f"{rnd.choice(rnd.choice(pools))} {rnd.choice(rnd.choice(pools))}"
        out.append(" ".join(x for x in (rnd.choice(_BEFORE), run, rnd.choice(_AFTER)) if x))
    return out


def test_two_word_runs_get_the_full_cascades_mentions():
    """Two-word runs (the first word's and the last word's facts decide which rules they ask)."""
    lex = _lexicon()
    sentences = _pair_sentences(6000, 23)
    fast, full = _Finder(lex), _Finder(lex)
    full._word_bits = _EveryRule()
    assert _mentions(fast, sentences) == _mentions(full, sentences)
