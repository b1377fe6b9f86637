"""The context cues the finder sets on each new mention: the words around the name (a place preposition, an
age in commas, a team's verb, quotes...), read by the finder's cascade, the document passes and the resolver.

Only the cues that hold are stored on the mention: a mention is made without ``__init__`` (see
:func:`.tokens.new_mention`), so a field never set reads the class's default (``False``, ``0``), which is what
each cue gives when it does not hold. Most mentions have two or three cues of twenty; storing only those
saves most of the work of making a mention (the finder makes one per name: 7,700 in 100k words).
"""

from __future__ import annotations

from .common_acronyms import _common_acronym
from .descriptors import _TOLD, ORG_CUE_NEXT, ORG_CUE_PREV, org_cue
from .honorific_gender import ADDRESS_TITLES
from .lexicon import _norm
from .media import MARKET_CUE_NEXT, MARKET_CUE_PREV, MARKET_CUE_PREV2, market_cue
from .persons import _AGES_END, _PERSON_CUE_NEXT, _PERSON_CUE_PREV, _PersonRules
from .sentence import (_PLACE_NOUN_NEXT, _PLACE_NOUN_PREV, _SPORT_CUE_NEXT, _SPORT_CUE_PREV, _TEAM_VERBS,
                       _competition_cue, _dateline, _team_cue, place_noun_after, place_noun_before,
                       sport_cues)
from .off_places import off_place
from .tokens import (_AGENT_VERBS, _KIN_NOUNS, _LOCATIVE, _PEERAGES, _PLACE_PREPS, _QUOTES, _SIDE_NOUNS, _SIDE_VERBS,
                     EntityMention, _Tok)

_person_cue = _PersonRules._person_cue


def agentive(prev: str, nxt: str, nkind: str) -> bool:
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


#: The double quotation marks :func:`quote_state` reads.
_DOUBLE_QUOTES = frozenset(['"', "“", "”"])


def quote_state(toks: list[_Tok], text: str) -> list[bool]:
    """For each token of a sentence, True when it is in quoted speech (after an opening double quote not yet
    closed); an empty list for a sentence without double quotes (one pass per sentence)."""
    if '"' not in text and "“" not in text:
        return []
    # Only the quotation marks change the state: the tokens between two are set by one slice each (a loop over
    # every token of a quoted sentence made 570,000 bytecodes on 100k words).
    state = [False] * len(toks)
    opened, since = False, 0
    for i in [i for i, t in enumerate(toks) if t.text in _DOUBLE_QUOTES]:
        mark = toks[i].text
        if opened:
            state[since:i + 1] = [True] * (i + 1 - since)  # open from the token after the opening mark to this one
        if mark == "“":
            now = True
        elif mark == "”":
            now = False
        else:
            now = not opened
        if now:
            since = i + 1  # (open again after an opening mark inside quotes: the tokens up to it are set)
        opened = now
    if opened:
        state[since:] = [True] * (len(toks) - since)
    return state


def set_cues(m: EntityMention, toks: list[_Tok], i0: int, i1: int, lex, initial: bool, quotes: list[bool],
             words: dict[str, int]) -> None:
    """Set the context cues of mention ``m`` of ``toks[i0:i1]`` that hold (``initial``: it starts the sentence;
    ``quotes``: :func:`quote_state` of the sentence; ``words``: the document's memory of :func:`word_cues`, one
    entry per distinct word, which the caller keeps for one document).

    The word before the name (lowercased: ``prev``) and the one after it (``nxt``, and lowercased: ``nlow``) have no
    flag at the sentence's edges, where no word set a test looks them up in holds "" (``test_finder_fast_paths.py``):
    a test of a word there needs no test of the edge as well.

    The word sets are read through one number, ``bits``: the flags of :data:`_PREV_BITS`, :data:`_NEXT_BITS` and
    :data:`_LOW_BITS` say which sets hold ``prev``, ``nxt``, ``nlow``; each cue's first test
    is one ``&`` of it where it was two to four set lookups (the same answers: the flags are made from the sets,
    ``tests/core/actors/test_cue_bits.py`` compares this function with the one it replaced). When no flag is set (a
    third of the names: "Ann Lee said", "the Labour party"), :func:`_unflagged_cues` asks only the cues that have a
    first test of their own besides a flag.

    The flags of a word are found once per distinct word of the document (:func:`word_cues`, kept in ``words``),
    not at each name: no word lowercased and three tables read for each of the 7,700 names of 100k words. They
    hold the tests of the lowercased word before the name that were string comparisons ("the", "by", "-based")
    and the agent's verb after it (:func:`agentive`), so neither word's lowercased text is needed here.
    """
    n = len(toks)
    if i0:
        w = toks[i0 - 1].text
        p = words.get(w)
        if p is None:
            p = words[w] = word_cues(w)
    else:
        p = 0  # the sentence's edge: no flag
    if i1 < n:
        after = toks[i1]
        nxt, nkind = after.text, after.kind
        q = words.get(nxt)
        if q is None:
            q = words[nxt] = word_cues(nxt)
    else:
        nxt = nkind = ""
        q = 0
    bits = (p & _PREV_SIDE) | (q & _NEXT_SIDE)
    if initial:
        m.initial = initial
    if not bits:
        _unflagged_cues(m, toks, i0, i1, lex, quotes, nkind, q)
        return
    # A dateline ("WIGAN , England") is a place even when the town's team plays; cheap tests first (one opening the
    # line is in capitals from its first token: _dateline's first test, here before the call).
    dateline = False
    if ((i0 == 0 and (toks[0].is_upper or toks[0].text == ".")) or bits & _P_COMMA) and (dateline := _dateline(toks, i0, i1)):
        m.dateline = dateline
    # A place preposition before the name, unless the "to" of "according to" (:func:`.tokens._locative_at`).
    if bits & _P_LOCATIVE and (i0 < 2 or toks[i0 - 2].text.lower() != "according" or toks[i0 - 1].text.lower() != "to"):
        m.locative = True
    elif dateline:
        m.locative = dateline
    if bits & _PLACE_CUE and (bits & _P_PLACE_PREP or off_place(toks, i0)):
        m.place_cue = True  # "in Oban", "ran aground off Oban"
    # _place_noun_cue, each half only where its side's word is flagged (an "and", a comma on either side would ask
    # both); the half before reads "the" only after "of" ("the port of the Piraeus"), and a comma only after a
    # capitalised word ("the towns of Barentsburg, Pyramiden"): cheap first tests. Each half gives a bool.
    if bits & _PLACE_NOUN and ((bits & _N_PLACE_NOUN and place_noun_after(toks, i0, i1, lex)) or (
            bits & _P_PLACE_NOUN and (not bits & _P_THE or (i0 >= 3 and toks[i0 - 2].text == "of"))
            and (not bits & _P_COMMA or (i0 >= 3 and toks[i0 - 2].is_cap)) and place_noun_before(toks, i0, i1, lex))):
        m.place_noun = True
    if bits & _N_POSSESSIVES and (bits & _N_POSSESSIVE_S or (i1 + 1 < n and toks[i1 + 1].text == "s")):
        m.possessive = True
    if bits & _N_COMMA and i1 + 1 < n and toks[i1 + 1].kind == "num" and (toks[i1 + 1].text in _AGES_END or (
            i1 + 2 < n and len(toks[i1 + 1].text) <= 2 and (toks[i1 + 2].text in (",", "—", "–") or (
                toks[i1 + 2].text == "-" and i1 + 3 < n and toks[i1 + 3].text == "-")))):  # "-- ", "Ann Lee, 16."
        m.aged = True
    # (After "the" _person_cue reads only "rapper The Game": a stage noun before "The" and one word.)
    if ((bits & _PERSON_CUE and (not bits & _P_THE or bits & _N_PERSON or (i1 - i0 == 1 and toks[i0 - 1].text == "The")))
            or (nkind == "num" and i1 + 6 < n)) and (v := _person_cue(toks, i0, i1)):
        m.person_cue = v
    # :func:`agentive`, read here without a call.
    if not bits & _P_LOCATIVE and (bits & _N_POSSESSIVES or (q & _N_AGENT and nkind == "word")):
        m.agent = True
    if quotes and quotes[i0]:  # (``quotes`` is empty or holds a flag for every token)
        m.in_quote = True
    if bits & _RARE:  # (the flags of quotes, brackets, a side's words: beside 5% of the names, one test for four)
        if bits & _QUOTED == _QUOTED:  # a quote mark on both sides (the word before as written: see _PREV_BITS)
            m.quoted = True
        if bits & _PAREN == _PAREN:
            m.paren = True
        if bits & _N_OPEN:
            m.before_paren = True
        if bits & _SIDE_CUE:
            m.side_cue = True
    if (bits & _TEAM_CUE or nkind == "num") and (v := _team_cue(toks, i0, i1)):
        m.team_cue = v
    # The words sport_cues needs (a cheap first test); after a comma only "who" ("England, who have lost") sets a cue,
    # and after "the" only "over the" ("their win over the US"): its other tests read the word after the name or
    # other words before it (for either it would only store the defaults of ``side_ctx``, ``plural_verb``, ``plays``).
    if bits & _SPORT_CUE and ((bits & _P_SPORT and (not bits & _P_THE or (i0 > 1 and toks[i0 - 2].text == "over")))
                              or (bits & _N_SPORT and (nxt != "," or (i1 + 1 < n and toks[i1 + 1].text == "who")))):
        sport_cues(m, toks, i0, i1, lex)  # "homered for X", "Sidot ( France ) 6-0", "Alba ( Germany ) 75"
    # An acronym of a common phrase; "X League" used as a competition (no call for other names).
    if i1 - i0 == 1 and (toks[i0].is_upper or bits & _P_OPEN) and (v := _common_acronym(toks, i0, lex)):
        m.common_acronym = v
    if toks[i1 - 1].text == "League":
        m.competition = _competition_cue(toks, i0, i1)
    if bits & _N_POSSESSIVE_S and i1 + 1 < n and toks[i1 + 1].text.lower() in _KIN_NOUNS:
        m.kin = True
    # (org_cue reads "the" before a name only in "told the Sun": a lone word after a verb of telling.)
    if bits & _ORG_CUE and (bits & _N_ORG or not bits & _P_THE or (i1 - i0 == 1 and i0 > 1 and toks[i0 - 2].text in _TOLD)) \
            and (v := org_cue(lex, toks, i0, i1)):
        m.org_cue = v
    # (market_cue reads "the" and "by" before a name only after one of MARKET_CUE_PREV2: "told the", "published by".)
    if ((bits & _MARKET_CUE and (bits & _N_MARKET or not bits & _THE_BY
                                 or (i0 > 1 and toks[i0 - 2].text.lower() in MARKET_CUE_PREV2)))
            or bits & _P_BASED) and (v := market_cue(toks, i0, i1, lex.stop_words)):
        m.market_cue = v


def _unflagged_cues(m: EntityMention, toks: list[_Tok], i0: int, i1: int, lex, quotes: list[bool], nkind: str,
                    q: int) -> None:
    """The cues of :func:`set_cues` for a name none of whose neighbours a flag names (``bits`` is 0): each test of
    ``set_cues`` that needs a flag fails, so only the others are asked, in the same order and with the same values.

    Such a test is left out whole (the quote marks, a locative or place preposition, a possessive, a comma, a
    bracket, a side's, a sport's, an organisation's or a market's word, a place noun, a kinship noun, "-based"
    before it); a test that holds with a flag or another fact keeps that fact's branch: a dateline opening the
    line, a number after the name (a person's or a team's cue), a verb after it (an agent: ``q``, the flags of the
    word after it), quoted speech, a lone word in capitals, "League". (A function of its own: ``set_cues``'s body
    is the same for the others.)
    """
    n = len(toks)
    if i0 == 0 and (toks[0].is_upper or toks[0].text == ".") and (dateline := _dateline(toks, 0, i1)):
        m.dateline = dateline
        m.locative = dateline
    if nkind == "num" and i1 + 6 < n and (v := _person_cue(toks, i0, i1)):
        m.person_cue = v
    if q & _N_AGENT and nkind == "word":
        m.agent = True
    if quotes and quotes[i0]:
        m.in_quote = True
    if nkind == "num" and (v := _team_cue(toks, i0, i1)):
        m.team_cue = v
    if i1 - i0 == 1 and toks[i0].is_upper and (v := _common_acronym(toks, i0, lex)):
        m.common_acronym = v
    if toks[i1 - 1].text == "League":
        m.competition = _competition_cue(toks, i0, i1)


#: The possessive's tokens after a name: "'s" whole, or an apostrophe alone ("Reuters'"; "' s" split).
_POSSESSIVE_S = frozenset(["'s", "’s"])
_APOSTROPHES = frozenset(["'", "’"])
_POSSESSIVES = _POSSESSIVE_S | _APOSTROPHES
#: The word sets :func:`set_cues` looks the words beside a name up in (none holds "", the edge of a sentence).
EDGE_FREE_SETS = (_QUOTES, _LOCATIVE, _PLACE_PREPS, _PLACE_NOUN_PREV, _PLACE_NOUN_NEXT, _POSSESSIVES, _PERSON_CUE_PREV,
                  _PERSON_CUE_NEXT, _TEAM_VERBS, _SIDE_NOUNS, _SIDE_VERBS, _SPORT_CUE_NEXT, _SPORT_CUE_PREV, _KIN_NOUNS,
                  ORG_CUE_PREV, ORG_CUE_NEXT, MARKET_CUE_PREV, MARKET_CUE_NEXT)

# The flags of set_cues's ``bits``, one per word set it reads (under 2**30: Python's one-digit ints).
_P_QUOTE, _P_COMMA, _P_LOCATIVE, _P_PLACE_PREP, _P_OFF, _P_PLACE_NOUN, _P_PERSON, _P_OPEN, _P_TEAM, _P_SIDE, \
    _P_SPORT, _P_ORG, _P_MARKET = (1 << k for k in range(13))
_N_QUOTE, _N_COMMA, _N_PLACE_NOUN, _N_POSSESSIVE_S, _N_APOSTROPHE, _N_PERSON, _N_OPEN, _N_CLOSE, _N_SPORT, _N_ORG, \
    _N_MARKET, _L_TEAM, _L_SIDE = (1 << k for k in range(13, 26))


def _flags(*pairs) -> dict[str, int]:
    """A word's flags: the sum of the flags of the sets (or single words) of ``pairs`` that hold it."""
    out: dict[str, int] = {}
    for words, flag in pairs:
        for w in ([words] if isinstance(words, str) else words):
            out[w] = out.get(w, 0) | flag
    return out


#: The flags of the word before a name, lowercased. ``_QUOTES`` is read there as written in the finder's first
#: version: a quote mark has no case, and only a quote mark lowercases to one (a test reads every code point).
_PREV_BITS = _flags((_QUOTES, _P_QUOTE), (",", _P_COMMA), (_LOCATIVE, _P_LOCATIVE), (_PLACE_PREPS, _P_PLACE_PREP),
                    ("off", _P_OFF), (_PLACE_NOUN_PREV, _P_PLACE_NOUN), (_PERSON_CUE_PREV, _P_PERSON), ("(", _P_OPEN),
                    (_TEAM_VERBS, _P_TEAM), (_SIDE_VERBS, _P_SIDE), (_SPORT_CUE_PREV, _P_SPORT), (ORG_CUE_PREV, _P_ORG),
                    (MARKET_CUE_PREV, _P_MARKET))
#: The flags of the word after a name, as written.
_NEXT_BITS = _flags((_QUOTES, _N_QUOTE), (",", _N_COMMA), (_PLACE_NOUN_NEXT, _N_PLACE_NOUN),
                    (_POSSESSIVE_S, _N_POSSESSIVE_S), (_APOSTROPHES, _N_APOSTROPHE), (_PERSON_CUE_NEXT, _N_PERSON),
                    ("(", _N_OPEN), (")", _N_CLOSE), (_SPORT_CUE_NEXT, _N_SPORT), (ORG_CUE_NEXT, _N_ORG),
                    (MARKET_CUE_NEXT, _N_MARKET))
#: The flags of the word after a name, lowercased.
_LOW_BITS = _flags((_TEAM_VERBS, _L_TEAM), (_SIDE_NOUNS, _L_SIDE))
# The flags each cue's first test reads.
_QUOTED = _P_QUOTE | _N_QUOTE
_PAREN = _P_OPEN | _N_CLOSE
_PLACE_CUE = _P_PLACE_PREP | _P_OFF
_PLACE_NOUN = _P_PLACE_NOUN | _N_PLACE_NOUN
_N_POSSESSIVES = _N_POSSESSIVE_S | _N_APOSTROPHE
_PERSON_CUE = _P_PERSON | _N_PERSON
_TEAM_CUE = _P_TEAM | _N_OPEN | _L_TEAM
_SIDE_CUE = _P_SIDE | _L_SIDE
_SPORT_CUE = _P_SPORT | _N_SPORT
_ORG_CUE = _P_ORG | _N_ORG
_MARKET_CUE = _P_MARKET | _N_MARKET
#: The flags of the four cues :func:`set_cues` asks under one test (each needs one of them).
_RARE = _QUOTED | _PAREN | _N_OPEN | _SIDE_CUE
# The flags of :func:`word_cues` beside the tables': the word before a name, lowercased, is "the", "by", ends in
# "-based"; the word after it is a verb of an agent (:func:`agentive`'s last test).
_P_THE, _P_BY, _P_BASED, _N_AGENT = (1 << k for k in range(26, 30))
_THE_BY = _P_THE | _P_BY
#: The flags a word gives as the word before a name, and as the one after it (but the agent's: it is read only
#: with the token's kind, not to choose between :func:`set_cues`'s two paths).
_PREV_SIDE = (1 << 13) - 1 | _P_THE | _P_BY | _P_BASED
_NEXT_SIDE = (1 << 26) - (1 << 13)


def word_cues(w: str) -> int:
    """The flags of the token text ``w`` in both places beside a name (:func:`set_cues` keeps those of one side):
    before it, the flags of ``w`` lowercased in :data:`_PREV_BITS`, and whether that is "the", "by" or ends in
    "-based"; after it, those of ``w`` in :data:`_NEXT_BITS` and lowercased in :data:`_LOW_BITS`, and whether
    ``w`` is a verb that makes the name an agent ("has", "says", "pushed": the test of :func:`agentive` on a word).
    A pure function of the word: the tests set_cues made at each name, made once per distinct word."""
    wl = w.lower()
    f = _PREV_BITS.get(wl, 0) | _NEXT_BITS.get(w, 0) | _LOW_BITS.get(wl, 0)
    if wl == "the":
        f |= _P_THE
    elif wl == "by":
        f |= _P_BY
    if wl[-6:] == "-based":
        f |= _P_BASED
    if w.islower() and (w in _AGENT_VERBS or (len(w) > 3 and ((w[-1] == "s" and w[-2] not in "su") or w[-2:] == "ed"))):
        f |= _N_AGENT
    return f


#: Titles of address kept as an honorific (not a role) when they open a transcript's speaker label ("MS. OKAFOR:").
_ADDRESS = ADDRESS_TITLES


def speaker_label(toks: list[_Tok], a: int, b: int, lex) -> tuple[int, str, str]:
    """For a transcript's speaker label opening a line, a title and a surname in capitals before a colon
    ("CHAIRMAN ROBERTS:", "MS. OKAFOR:", "SENATOR LIN:"): the index where the name starts, the role and the
    honorific (a person, not an acronym); ``(-1, "", "")`` for any other span. The finder asks only about a span
    in capitals before a colon."""
    if a > 2 or (a == 2 and toks[1].text != "."):
        return -1, "", ""  # the title opens the line, its full stop a token of its own ("MS . OKAFOR")
    title = toks[0].text.rstrip(".").capitalize()
    n0 = a + 1 if a == 0 else a
    if title not in lex.titles or not 1 <= b - n0 <= 3 or not all(t.is_upper and t.kind == "word" for t in toks[n0:b]):
        return -1, "", ""
    return n0, "" if title in _ADDRESS else title, title if title in _ADDRESS else ""


def speaker_title(toks: list[_Tok], a: int, b: int, lex) -> bool:
    """True for the title in capitals with its full stop that opens a speaker label ("DR. OKAFOR:", "PROF. LIN:"):
    a word of the label (:func:`speaker_label` takes the name after it), no name of its own."""
    if a or b != 1 or len(toks) < 4 or toks[1].text != "." or not toks[0].is_upper:
        return False
    j = 2
    while j < len(toks) and j < 6 and toks[j].is_upper and toks[j].kind == "word":
        j += 1
    return j > 2 and label_colon(toks, j) and speaker_label(toks, 2, j, lex)[0] >= 0


def label_colon(toks: list[_Tok], b: int) -> bool:
    """True when the colon of a speaker label follows ``toks[b - 1]``: right after it ("SEN. LIN:") or after a short
    bracket of party and state ("SEN. PAT LIN (D-Ky.):", "REP. DAN COLE (R-OH):", US hearing transcripts)."""
    n = len(toks)
    if b >= n:
        return False
    if toks[b].text == ":":
        return True
    if toks[b].text != "(":
        return False
    for j in range(b + 1, min(n, b + 9)):  # (a loop, no generator: ``toks`` is no cell)
        if toks[j].text == ")":
            return j > b + 1 and j + 1 < n and toks[j + 1].text == ":"  # the first ")": something before it, a colon after
    return False


#: Words that end a road's name, as news writes them in full or cut short ("Duke of York St", "Mill Rd").
ROAD_ENDS = frozenset(["Street", "St", "St.", "Road", "Rd", "Rd.", "Avenue", "Ave", "Ave.", "Lane", "Way",
                       "Boulevard", "Drive"])
#: Road ends that are surnames too ("Nathan Lane", "Picabo Street"): after a title of office they end a person's
#: name ("Senator Tom Lane"); only a royal or noble title, which names no one with a surname, makes them a road.
_SURNAME_ROADS = frozenset(["Street", "Lane", "Way"])
_ROYAL = _PEERAGES | {"King", "Queen"}
#: Prepositions that put what follows on or along a road ("on", "down"), never before a person.
_ROAD_PREPS = frozenset(["on", "along", "down", "off", "onto", "into", "in", "near", "via"])


def titled_road(toks: list[_Tok], a: int, b: int, lex) -> bool:
    """True when a run opened by a title ends on a road's end word: a street named after a person ("Prince of Wales
    Rd", "Queen Victoria Street", "King Edward Avenue", "King Street"), a place, not the titled person ("Lord
    Lane", "Senator Tom Lane" are persons: see :data:`_SURNAME_ROADS`). The caller tests that the run ends on one
    of :data:`ROAD_ENDS`."""
    if b - a < 2:
        return False
    head = toks[a].text.rstrip(".")
    if head in _ROYAL:
        return True
    if head not in lex.titles or toks[a + 1].text == "of":
        return False
    if toks[b - 1].text not in _SURNAME_ROADS:
        return True
    # "Lane", "Street", "Way" are surnames too: a road when a preposition of movement or position along a road
    # leads the run ("a shop on Lord Street", "walked down Sir Ann Lee Way"; not "wrote to Lord Lane") and no
    # possessive follows ("in Lord Lane's court"), or when a first name and another word already stand between
    # the title and it ("Sir Ann Lee Way": the person's full name, then the road).
    if b < len(toks) and toks[b].text in ("'s", "’s", "'", "’"):
        return False
    return (a > 0 and toks[a - 1].text in _ROAD_PREPS) or (b - a >= 4 and toks[a + 1].text in lex.first_names)


def capital_post(toks: list[_Tok], a: int, b: int, lex) -> bool:
    """True for a lone role noun written with a capital between "the" and "of" and a name: "the Head of BBC Sport",
    "the Leader of the Opposition" name a post, not a person "Head" (a surname too)."""
    return 0 < a and b + 1 < len(toks) and toks[b].text == "of" and toks[a - 1].text.lower() == "the" \
        and toks[a].text.lower() in lex.role_nouns and (toks[b + 1].is_cap or toks[b + 1].text == "the")


def will_name(toks: list[_Tok], a: int, b: int, lex) -> bool:
    """True when "Will" opening the run ``toks[a:b]`` is a first name, not the modal verb: a name follows it in a
    sentence that asks nothing ("Will Ferrell said ..."; "Will Britain leave?" is a question)."""
    return b - a > 1 and toks[a + 1].kind == "word" and _norm(toks[a + 1].text) not in lex.gazetteer \
        and toks[a + 1].text not in lex.demonyms and not any(t.text == "?" for t in toks[b:])
