"""set_cues reads the word sets around a name through one number of flags (``bits``, round 4 of the speed work,
speedC4): it must set the same cues as the set lookups it replaced, kept here as ``_old_set_cues``, on every span of
made-up tricky sentences (quotes, brackets, commas, possessives, numbers, other scripts, odd bytes, a long line)."""

from __future__ import annotations

import sys

from briefing.core.actors import cues
from briefing.core.actors.common_acronyms import _common_acronym
from briefing.core.actors.cues import (_APOSTROPHES, _POSSESSIVE_S, _POSSESSIVES, _QUOTES, EDGE_FREE_SETS,
                                       quote_state, set_cues)
from briefing.core.actors.descriptors import _TOLD, ORG_CUE_NEXT, ORG_CUE_PREV, org_cue
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.media import MARKET_CUE_NEXT, MARKET_CUE_PREV, MARKET_CUE_PREV2, market_cue
from briefing.core.actors.off_places import off_place
from briefing.core.actors.persons import _AGES_END, _PERSON_CUE_NEXT, _PERSON_CUE_PREV, _PersonRules
from briefing.core.actors.sentence import (_PLACE_NOUN_NEXT, _PLACE_NOUN_PREV, _SPORT_CUE_NEXT, _SPORT_CUE_PREV,
                                           _TEAM_VERBS, _competition_cue, _dateline, _place_noun_cue, _team_cue,
                                           sport_cues)
from briefing.core.actors.tokens import (_AGENT_VERBS, _KIN_NOUNS, _LOCATIVE, _PLACE_PREPS, _SIDE_NOUNS, _SIDE_VERBS,
                                         EntityMention, _locative_at, _Tok, _tokenize, new_mention)

_person_cue = _PersonRules._person_cue

TEXTS = [
    "Officials in the province of Zhejiang and the towns of Barentsburg , Pyramiden met in Sharqiyah province .",
    "NICE , France 1996-08-30 Leeds 2 Bradford 1 as Somerset beat Kent and Alba ( Germany ) 75 ; England , who lost .",
    "His wife Naina said singer Adele and DJ Shadow saw c Vaas b Chandana and Vaas 7-0-29-0 there , Ann Lee , 16 , said",
    "The news agency Interfax said the Le Matin newspaper told the Sun that an economist at Natexis Banques agreed .",
    "Ontario-based Magna said the daily Granma was published by Prensa Latina ; Jones stock closed down 1/8 to 48 .",
    "according to Reuters , \"Moscow has pushed\" and ' Kyiv ' ; Minsk's diversion , Reuters' view , Lee ' s wife Ann .",
    "« Paris » and “ London ” ( UN ) ( BBC ) the Premier League , Arsenal v Chelsea , Leeds vs. Hull , Spurs Coach said",
    "ran aground off Oban , to the Kent , from Germany , COACH Lee , Wales Squad , France faces Italy , near Ωμέγα Straße",
    "Ünïcödé Москва , \x00\x7f İstanbul İ Kelvin K , Lee , 3 - - , Lee , 16 — and Bo , 7 - - said ; SAT ( SAT ) .",
    "Ann Lee " * 300 + "ends",
    "NEW YORK 1996-08-30 Ann Lee won 6 2 1 3 0 4 9 as SAT KMT Premier League Ontario-based Magna saw “ Bo Dunn ” leave",
]


def _old_agentive(prev: str, nxt: str, nkind: str) -> bool:
    """True when a name acts or owns: "Moscow has pushed", "Minsk's diversion", "as Minsk prepares" (``prev``: the
    word before the name, lowercased; ``nxt``, ``nkind``: the token after it; "" at the sentence's edges)."""
    if prev in _LOCATIVE:
        return False
    if nxt in ("’s", "'s", "’", "'"):
        return True
    if nkind == "word" and nxt.islower():
        # (Slices, cheaper than endswith: a final "s" after no "s" or "u", or "ed".)
        return nxt in _AGENT_VERBS or (len(nxt) > 3 and ((nxt[-1] == "s" and nxt[-2] not in "su") or nxt[-2:] == "ed"))
    return False


def _old_set_cues(m: EntityMention, toks: list[_Tok], i0: int, i1: int, lex, initial: bool, quotes: list[bool]) -> None:
    """Set the context cues of mention ``m`` of ``toks[i0:i1]`` that hold (``initial``: it starts the sentence;
    ``quotes``: :func:`quote_state` of the sentence).

    The word before the name (``ptext``, lowercased ``prev``) and the one after it (``nxt``) read "" at the
    sentence's edges, and no word set a test looks them up in holds "" (``tests/core/actors/test_cues.py``):
    a test of a word there needs no test of the edge as well.
    """
    n = len(toks)
    if i0 > 0:
        ptext = toks[i0 - 1].text
        prev = ptext.lower()
    else:
        ptext = prev = ""
    if i1 < n:
        after = toks[i1]
        nxt, nkind = after.text, after.kind
    else:
        nxt = nkind = ""
    nlow = nxt.lower()
    if initial:
        m.initial = initial
    if ptext in _QUOTES and nxt in _QUOTES:
        m.quoted = True
    # A dateline ("WIGAN , England") is a place even when the town's team plays; a cheap test first.
    dateline = (i0 == 0 or prev == ",") and _dateline(toks, i0, i1)
    if dateline:
        m.dateline = dateline
    locative = (prev in _LOCATIVE and _locative_at(toks, i0)) or dateline
    if locative:
        m.locative = locative
    if prev in _PLACE_PREPS or (prev == "off" and off_place(toks, i0)):
        m.place_cue = True  # "in Oban", "ran aground off Oban"
    # _place_noun_cue reads "the" before a name only after "of" ("the port of the Piraeus"), and a comma only
    # after a capitalised word ("the towns of Barentsburg, Pyramiden"): cheap first tests.
    if (nxt in _PLACE_NOUN_NEXT or (prev in _PLACE_NOUN_PREV and (prev != "the" or (i0 >= 3 and toks[i0 - 2].text == "of"))
                                    and (prev != "," or (i0 >= 3 and toks[i0 - 2].is_cap)))) \
            and (v := _place_noun_cue(toks, i0, i1, lex)):
        m.place_noun = v
    if nxt in _POSSESSIVE_S or (nxt in _APOSTROPHES and i1 + 1 < n and toks[i1 + 1].text == "s"):
        m.possessive = True
    if nxt == "," and i1 + 1 < n and toks[i1 + 1].kind == "num" and (toks[i1 + 1].text in _AGES_END or (
            i1 + 2 < n and len(toks[i1 + 1].text) <= 2 and (toks[i1 + 2].text in (",", "—", "–") or (
                toks[i1 + 2].text == "-" and i1 + 3 < n and toks[i1 + 3].text == "-")))):  # "-- ", "Ann Lee, 16."
        m.aged = True
    if (prev in _PERSON_CUE_PREV or nxt in _PERSON_CUE_NEXT or (nkind == "num" and i1 + 6 < n)) and (v := _person_cue(toks, i0, i1)):
        m.person_cue = v
    if (nxt.islower() or nxt in _POSSESSIVES) and _old_agentive(prev, nxt, nkind):  # its cheap first test
        m.agent = True
    if quotes and quotes[i0]:  # (``quotes`` is empty or holds a flag for every token)
        m.in_quote = True
    if prev == "(" and nxt == ")":
        m.paren = True
    if (prev in _TEAM_VERBS or nxt == "(" or nkind == "num" or nlow in _TEAM_VERBS) and (v := _team_cue(toks, i0, i1)):
        m.team_cue = v
    if nxt == "(":
        m.before_paren = True
    if nlow in _SIDE_NOUNS or prev in _SIDE_VERBS:
        m.side_cue = True
    # The words sport_cues needs (a cheap first test); after a comma only "who" ("England, who have lost") sets a cue
    # (sport_cues would only store the defaults of ``plural_verb`` and ``plays``).
    if (nxt in _SPORT_CUE_NEXT and (nxt != "," or (i1 + 1 < n and toks[i1 + 1].text == "who"))) or prev in _SPORT_CUE_PREV:
        sport_cues(m, toks, i0, i1, lex)  # "homered for X", "Sidot ( France ) 6-0", "Alba ( Germany ) 75"
    # An acronym of a common phrase; "X League" used as a competition (no call for other names).
    if i1 - i0 == 1 and (toks[i0].is_upper or prev == "(") and (v := _common_acronym(toks, i0, lex)):
        m.common_acronym = v
    if toks[i1 - 1].text == "League":
        m.competition = _competition_cue(toks, i0, i1)
    if nxt in _POSSESSIVE_S and i1 + 1 < n and toks[i1 + 1].text.lower() in _KIN_NOUNS:
        m.kin = True
    # (org_cue reads "the" before a name only in "told the Sun": a lone word after a verb of telling.)
    if ((prev in ORG_CUE_PREV and (prev != "the" or (i1 - i0 == 1 and i0 > 1 and toks[i0 - 2].text in _TOLD)))
            or nxt in ORG_CUE_NEXT) and (v := org_cue(lex, toks, i0, i1)):
        m.org_cue = v
    # (market_cue reads "the" and "by" before a name only after one of MARKET_CUE_PREV2: "told the", "published by".)
    if ((prev in MARKET_CUE_PREV and ((prev != "the" and prev != "by")
                                      or (i0 > 1 and toks[i0 - 2].text.lower() in MARKET_CUE_PREV2)))
            or nxt in MARKET_CUE_NEXT or prev[-6:] == "-based") and (v := market_cue(toks, i0, i1, lex.stop_words)):
        m.market_cue = v



def _cues(fn, toks, i0, i1, lex, initial, quotes):
    m = new_mention(0, i0, i1, " ".join(t.text for t in toks[i0:i1]), None, "name", None,
                    tuple(t.text for t in toks[i0:i1]))
    fn(m, toks, i0, i1, lex, initial, quotes)
    return m.__dict__


def test_bits_set_the_cues_the_set_lookups_set():
    lex = _lexicon()
    checked = 0
    for text in TEXTS:
        toks = _tokenize(text)
        quotes = quote_state(toks, text)
        n = len(toks)
        for i0 in range(n):
            for i1 in range(i0 + 1, min(n, i0 + 4) + 1):
                for initial in (False, True):
                    assert _cues(set_cues, toks, i0, i1, lex, initial, quotes) == \
                        _cues(_old_set_cues, toks, i0, i1, lex, initial, quotes), (text[:40], i0, i1)
                    checked += 1
    assert checked > 5000


def test_flags_are_the_word_sets():
    """Each flag holds exactly the words of its set, and no word holds the edge ""."""
    pairs = [(cues._PREV_BITS, _QUOTES, cues._P_QUOTE), (cues._PREV_BITS, _LOCATIVE, cues._P_LOCATIVE),
             (cues._PREV_BITS, _PLACE_PREPS, cues._P_PLACE_PREP), (cues._PREV_BITS, {"off"}, cues._P_OFF),
             (cues._PREV_BITS, {","}, cues._P_COMMA), (cues._PREV_BITS, {"("}, cues._P_OPEN),
             (cues._PREV_BITS, _PLACE_NOUN_PREV, cues._P_PLACE_NOUN), (cues._PREV_BITS, _PERSON_CUE_PREV, cues._P_PERSON),
             (cues._PREV_BITS, _TEAM_VERBS, cues._P_TEAM), (cues._PREV_BITS, _SIDE_VERBS, cues._P_SIDE),
             (cues._PREV_BITS, _SPORT_CUE_PREV, cues._P_SPORT), (cues._PREV_BITS, ORG_CUE_PREV, cues._P_ORG),
             (cues._PREV_BITS, MARKET_CUE_PREV, cues._P_MARKET), (cues._NEXT_BITS, _QUOTES, cues._N_QUOTE),
             (cues._NEXT_BITS, {","}, cues._N_COMMA), (cues._NEXT_BITS, {"("}, cues._N_OPEN),
             (cues._NEXT_BITS, {")"}, cues._N_CLOSE), (cues._NEXT_BITS, _PLACE_NOUN_NEXT, cues._N_PLACE_NOUN),
             (cues._NEXT_BITS, _POSSESSIVE_S, cues._N_POSSESSIVE_S), (cues._NEXT_BITS, _APOSTROPHES, cues._N_APOSTROPHE),
             (cues._NEXT_BITS, _PERSON_CUE_NEXT, cues._N_PERSON), (cues._NEXT_BITS, _SPORT_CUE_NEXT, cues._N_SPORT),
             (cues._NEXT_BITS, ORG_CUE_NEXT, cues._N_ORG), (cues._NEXT_BITS, MARKET_CUE_NEXT, cues._N_MARKET),
             (cues._LOW_BITS, _TEAM_VERBS, cues._L_TEAM), (cues._LOW_BITS, _SIDE_NOUNS, cues._L_SIDE)]
    for table, words, flag in pairs:
        assert {w for w, f in table.items() if f & flag} == set(words), flag
    assert all(f < 2 ** 30 for table in (cues._PREV_BITS, cues._NEXT_BITS, cues._LOW_BITS) for f in table.values())
    assert "" not in cues._PREV_BITS and "" not in cues._NEXT_BITS and "" not in cues._LOW_BITS
    assert _POSSESSIVES == _POSSESSIVE_S | _APOSTROPHES and all("" not in s for s in EDGE_FREE_SETS)


def test_only_a_quote_mark_lowercases_to_one():
    """The word before a name is read lowercased where the quote test read it as written: the same answer, since a
    string lowercases to one of at least its length, and no other code point lowercases to a quote mark."""
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        assert (ch.lower() in _QUOTES) == (ch in _QUOTES), hex(c)
