"""speedA9: :func:`.cues.set_cues` asks each half of :func:`.sentence._place_noun_cue` only where the word on its
side is flagged: the half after the name reads nothing unless the word after it is in ``_PLACE_NOUN_NEXT``, the
half before nothing unless the word before it, lowercased, is in ``_PLACE_NOUN_PREV`` (and "the" only after "of",
a comma only after a capitalised word). These edges are checked here on made-up sentences, every span of up to
four tokens; ``test_cue_bits.py`` compares the whole of set_cues with its first version."""

import random

from briefing.core.actors.cues import quote_state, set_cues
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.sentence import (_PLACE_NOUN_NEXT, _PLACE_NOUN_PREV, _place_noun_cue, place_noun_after,
                                           place_noun_before)
from briefing.core.actors.tokens import _tokenize, new_mention

_WORDS = ["the", "The", "of", "and", "And", "or", ",", ")", "(", "in", "between", "near", "Paris", "Oban", "Kola",
          "province", "towns", "fields", "moon", "planet", "stock", "market", "motor", "show", "a", "an", "fishing",
          "village", "UNITA", "region", "outskirts", "Ann", "Lee", "said", "Zhejiang", "France", "port", "Europa",
          "Jupiter", "’s", "England", "Mangala", "police", "dwarf-planet", "exchange", "OF", "THE"]


def _texts() -> list[str]:
    rnd = random.Random(17)
    texts = ["the province of Zhejiang", "towns of Barentsburg and Pyramiden", "Sharqiyah province said",
             "an easier Milan stock market", "the Geneva motor show", "between Roermond and Landgraaf",
             "the Mangala and Aishwariya fields", "Torvik , a fishing village near Bergen", "Oban , Scotland",
             "Jupiter ’s moon Europa", "( Jupiter ’s moon ) Ganymede", "the port of the Piraeus",
             "the towns of Barentsburg , Pyramiden", "the outskirts of Filton", "in Paris and Oban"]
    texts += [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(2, 12))) for _ in range(1500)]
    return texts


def test_each_half_reads_only_its_flagged_side() -> None:
    lex = _lexicon()
    fired = [0, 0]
    for text in _texts():
        toks = _tokenize(text)
        n = len(toks)
        for a in range(n):
            for b in range(a + 1, min(n, a + 4) + 1):
                after, before = place_noun_after(toks, a, b, lex), place_noun_before(toks, a, b, lex)
                assert type(after) is bool and type(before) is bool
                assert _place_noun_cue(toks, a, b, lex) == (after or before)
                if after:
                    fired[0] += 1
                    assert b < n and toks[b].text in _PLACE_NOUN_NEXT, (text, a, b)
                if before:
                    fired[1] += 1
                    prev = toks[a - 1].text.lower()
                    assert a and prev in _PLACE_NOUN_PREV, (text, a, b)
                    assert prev != "the" or (a >= 3 and toks[a - 2].text == "of"), (text, a, b)
                    assert prev != "," or (a >= 3 and toks[a - 2].is_cap), (text, a, b)
    assert min(fired) > 100


def test_set_cues_sets_place_noun_where_either_half_holds() -> None:
    lex = _lexicon()
    words: dict[str, int] = {}
    for text in _texts():
        toks = _tokenize(text)
        quotes = quote_state(toks, text)
        n = len(toks)
        for a in range(n):
            for b in range(a + 1, min(n, a + 4) + 1):
                m = new_mention(0, a, b, "x", None, "name", None, ("x",))
                set_cues(m, toks, a, b, lex, False, quotes, words)
                assert m.place_noun == _place_noun_cue(toks, a, b, lex), (text, a, b)
