"""Sentence-level facts the finder reads: the sentence's mode (ALL CAPS, a Title Case headline),
team cues ("Leeds 2", "beat Somerset"), lone letters, and the words that qualify a title.
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import _Tok


def _sentence_mode(toks: list[_Tok], lex: _Lexicon, headline: bool = False) -> str:
    """Return "caps" for ALL-CAPS lines, "title" for a Title Case headline, else "normal".

    Only a headline can be "title": a body sentence listing names ("Among the
    accused were Altria Group, RJ Reynolds Tobacco...") looks the same.
    """
    words = [t for t in toks if t.kind in ("word", "acr", "abbr")]
    if len(words) < 3:
        if words and all(t.is_upper for t in words) and len(words) >= 2:
            return "caps"
        return "normal"
    upper = sum(1 for t in words if t.is_upper)
    if upper / len(words) >= 0.7:
        return "caps"
    content = [t for t in words if t.text.lower() not in lex.stop_words]
    if headline and len(content) >= 3 and sum(1 for t in content if t.is_cap) / len(content) >= 0.85:
        return "title"
    return "normal"


_TEAM_VERBS = {"beat", "beats", "drew", "lost", "v", "vs", "vs.", "versus", "against", "defeated", "edged", "routed",
               "thrashed", "hammered", "host", "hosts", "hosted", "visit", "visits", "trailed", "led", "leads"}


def _single_letter(t: _Tok) -> bool:
    """A lone capital letter without a period ("W D L" table headers, "Plan B") is not a name part."""
    return t.kind == "word" and len(t.text) == 1


def _team_cue(toks: list[_Tok], a: int, b: int) -> bool:
    """True when a name stands like a team: next to a score ("Leeds 2") or a result verb ("beat Somerset")."""
    if b < len(toks) and toks[b].kind == "num" and len(toks[b].text) <= 3 and (
            b + 1 >= len(toks) or toks[b + 1].text != "-"
            or (b + 2 < len(toks) and toks[b + 2].kind == "num" and len(toks[b + 2].text) <= 2)):
        return True  # a score or a table row ("Leeds 2", "CHICAGO 74 62", "Kent 108-3"), not "Boeing 747-400"
    if b < len(toks) and toks[b].text.lower() in _TEAM_VERBS:
        return True
    return a > 0 and toks[a - 1].text.lower() in _TEAM_VERBS


_TITLE_QUALIFIERS = {"Prime", "Foreign", "Defence", "Defense", "Finance", "Interior", "Home", "Deputy", "Vice",
                     "Acting", "Former", "First", "Chief", "Executive", "Grand", "Supreme", "Crown", "Opposition",
                     "Trade", "Justice", "Health", "Education", "Energy", "Agriculture", "Transport", "Culture",
                     "Economy", "Economics", "Environment", "Attorney", "State", "Secretary", "General", "Minister",
                     "Labour", "Labor", "Industry", "Information", "Development", "Planning", "National", "Affairs"}


#: Nouns for a kind of place: "the province of Zhejiang", "the island of Spitzbergen", "Yunnan province".
_PLACE_NOUNS = frozenset(["province", "provinces", "region", "regions", "state", "island", "islands", "city", "town",
                          "towns", "village", "villages", "capital", "republic", "county", "district", "districts",
                          "port", "suburb", "suburbs", "enclave", "territory", "prefecture", "municipality", "resort",
                          "township", "oblast", "emirate", "canton", "department", "governorate", "archipelago"])
#: After a name they make it a place ("Sharqiyah province", "Milan stock market", "Moengo police").
#: Not "capital" ("venture capital"), "republic", "resort" or "department" ("the Acme department").
_PLACE_NOUNS_AFTER = (_PLACE_NOUNS - {"capital", "republic", "resort", "department"}) \
    | {"bourse", "police", "mayor", "residents", "airport", "prosecutors"}


def _place_noun_cue(toks: list[_Tok], a: int, b: int) -> bool:
    """True when grammar makes ``toks[a:b]`` a place: "the province of Zhejiang", "towns of Barentsburg and
    Pyramiden", "Sharqiyah province", "an easier Milan stock market" (lowercase nouns only)."""
    if b < len(toks) and toks[b].kind == "word" and not (toks[a].is_upper and b - a == 1) and (
            toks[b].text in _PLACE_NOUNS_AFTER
            or (toks[b].text == "stock" and b + 1 < len(toks) and toks[b + 1].text in ("market", "exchange"))):
        return True  # not an acronym ("the UNITA region" is the movement's) nor "Acme stock" (a firm's shares)
    i = a - 1
    if i >= 2 and toks[i].text in ("and", ",") and toks[i - 1].is_cap:
        i -= 2  # one name back: "the towns of Barentsburg and Pyramiden"
    if i >= 1 and toks[i].text == "the":
        i -= 1
    return i >= 1 and toks[i].text == "of" and toks[i - 1].text in _PLACE_NOUNS
