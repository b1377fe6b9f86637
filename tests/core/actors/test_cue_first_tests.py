"""The finder's mention maker skips a cue's function when the words it reads are not next to the name (a cheap first
test: ``_PLACE_NOUN_NEXT``, ``ORG_CUE_PREV``...). Each cue must then give its default on every run of these texts:
a new branch of a cue that reads another word must add that word to its first test."""

from __future__ import annotations

from pathlib import Path

from briefing.core.actors.descriptors import ORG_CUE_NEXT, ORG_CUE_PREV, org_cue
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.media import MARKET_CUE_NEXT, MARKET_CUE_PREV, market_cue
from briefing.core.actors.nonnames import (
    _FOLLOWER_ENDS,
    anonymous_label,
    follower_adjective,
)
from briefing.core.actors.persons import _PERSON_CUE_NEXT, _PERSON_CUE_PREV, _PersonRules
from briefing.core.actors.sentence import (
    _PLACE_NOUN_NEXT,
    _PLACE_NOUN_PREV,
    _SPORT_CUE_NEXT,
    _SPORT_CUE_PREV,
    _TEAM_VERBS,
    _dateline,
    _place_noun_cue,
    _team_cue,
    sport_cues,
)
from briefing.core.actors.tokens import _tokenize, new_mention

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

#: One made-up sentence or more for each cue the finder reads around a name.
CUE_TEXTS = [
    "Officials in the province of Zhejiang and the towns of Barentsburg and Pyramiden met in Sharqiyah province .",
    "He was born in the village of Cliddesden , Hampshire , and shares in the Milan stock market fell .",
    "NICE , France 1996-08-30 Leeds 2 Bradford 1 as Somerset beat Kent and Alba ( Germany ) 75 .",
    "His wife Naina said singer Adele and DJ Shadow saw c Vaas b Chandana and Vaas 7-0-29-0 there .",
    "The news agency Interfax said the Le Matin newspaper told the Sun that an economist at Natexis Banques agreed .",
    "Ontario-based Magna said the daily Granma was published by Prensa Latina ; Jones stock closed down 1/8 to 48 .",
    "Radio Red quoted Acme 's shares and Magna was up 1/8 to 48 as Spain are second after Spain 's 2-0 defeat .",
    "The defeat by Holland came as they take on Ireland , who have lost , in the Champions League final .",
    "Nurse A met the Blairites and Thatcherite Brownites homered for Seattle in the lead over Boston .",
    "Acme Robotics spokesman Tom Lee said Bookmaker William Hill had agreed .",
    "Stations owned by media giant Clear Channel met a giant Panda .",
]


def _runs():
    texts = list(CUE_TEXTS)
    for path in sorted(SEEDS.glob("*.txt")):
        texts.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    for text in texts:
        toks = _tokenize(text)
        for a in range(len(toks)):
            for b in range(a + 1, min(a + 4, len(toks)) + 1):
                prev = toks[a - 1].text.lower() if a > 0 else ""
                nxt = toks[b].text if b < len(toks) else ""
                yield text, toks, a, b, prev, nxt


def test_cues_give_their_default_where_the_first_tests_skip_them():
    """Where the mention maker's first test skips a cue's function, that function gives the cue's default."""
    lex = _lexicon()
    checked = 0
    for text, toks, a, b, prev, nxt in _runs():
        n = len(toks)
        if not (a == 0 or prev == ","):
            assert not _dateline(toks, a, b), (text, a, b)
        if not (prev in _PLACE_NOUN_PREV or nxt in _PLACE_NOUN_NEXT):
            assert not _place_noun_cue(toks, a, b, lex), (text, a, b)
        if not (prev in _TEAM_VERBS or (b < n and (nxt == "(" or toks[b].kind == "num" or nxt.lower() in _TEAM_VERBS))):
            assert not _team_cue(toks, a, b), (text, a, b)
        if not (prev in _PERSON_CUE_PREV or nxt in _PERSON_CUE_NEXT or (b + 6 < n and toks[b].kind == "num")):
            assert not _PersonRules._person_cue(toks, a, b), (text, a, b)
        if not (prev in ORG_CUE_PREV or nxt in ORG_CUE_NEXT):
            assert not org_cue(lex, toks, a, b), (text, a, b)
        if not (prev in MARKET_CUE_PREV or nxt in MARKET_CUE_NEXT or prev.endswith("-based")):
            assert market_cue(toks, a, b) == 0, (text, a, b)
        if b - a != 2:
            assert not anonymous_label(toks, a, b, lex), (text, a, b)
        if not toks[b - 1].text.endswith(_FOLLOWER_ENDS):
            assert not follower_adjective(toks[b - 1].text, lex), (text, a, b)
        if not (nxt in _SPORT_CUE_NEXT or prev in _SPORT_CUE_PREV):
            m = new_mention(0, toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], None, "name", None, ())
            m.before_paren = nxt == "("
            sport_cues(m, toks, a, b, lex)
            assert (m.side_ctx, m.entrant, m.plural_verb, m.plays, m.before_paren) == (0, 0, False, False, False), \
                (text, a, b)
        checked += 1
    assert checked > 1000


def test_the_cue_texts_reach_each_cue():
    """The made-up texts make each cue fire somewhere (so the test above reads the words each one needs)."""
    lex = _lexicon()
    fired = set()
    for text, toks, a, b, prev, nxt in _runs():
        fired.update(name for name, hit in (
            ("dateline", _dateline(toks, a, b)), ("place_noun", _place_noun_cue(toks, a, b, lex)),
            ("team", _team_cue(toks, a, b)), ("person", _PersonRules._person_cue(toks, a, b)),
            ("org", org_cue(lex, toks, a, b)), ("market", market_cue(toks, a, b)),
            ("anonymous", anonymous_label(toks, a, b, lex)), ("follower", follower_adjective(toks[b - 1].text, lex)),
        ) if hit)
    assert fired == {"dateline", "place_noun", "team", "person", "org", "market", "anonymous", "follower"}
