"""Initials written without full stops before a surname ("JK Rowling", BBC style), read by the text's evidence.

The shape rules type capital letters before a capitalised word a person (``PER/weak``); the tagger often reads
the letters as an acronym and makes the run an organisation ("MT Halloran said she ..."). The text decides: a
gendered pronoun taking the name up, an age, a relative's noun, a role noun or an honorific on the name or its
last word ("Halloran, 52,") make a person, unless a firm's cue sits on it too (a medium's or a company's cue,
a firm's descriptor, a list beside an organisation: "Samsung and SK Hynix"; a place's cue: "in", "at"). Called once by
:func:`.resolve._resolve`.
"""

from __future__ import annotations

from .guess import listed_with_orgs
from .lexicon import _Lexicon, _norm
from .persons import _pronoun_after
from .tokens import EntityMention


def _letters_and_word(m: EntityMention, lex: _Lexicon) -> bool:
    """True for two or three capital letters without stops before one capitalised word that is no organisation's
    or place's word: "MT Halloran", "JK Rowling"."""
    if len(m.tokens) != 2:
        return False
    letters, word = m.tokens
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() and word[:1].isupper() \
        and word[1:].isalpha() and not word.isupper() and word not in lex.org_words and word not in lex.loc_last \
        and _norm(word) not in lex.gazetteer


def _bracketed_age(x: EntityMention, texts: list[str]) -> bool:
    """True when an age in brackets follows the mention: "RB Castellan (52) was arrested"."""
    if not 0 <= x.sentence < len(texts):
        return False
    after = texts[x.sentence][x.end:x.end + 6]
    return after[:2] == " (" and after[2:4].isdigit() and after[4:5] == ")"


def letters_as_people(names: list[EntityMention], by_sentence: dict[int, list[EntityMention]], texts: list[str],
                      lex: _Lexicon) -> None:
    """Type a person each mention of capital letters and a word that the tagger made an organisation
    (``PER/weak`` by shape) when a use of the name or of its last word alone gives a person's cue and none gives
    a firm's. ``by_sentence``: the names of each sentence in start order."""
    flipped = [m for m in names if m.shape_type == "PER/weak" and m.type == "ORG" and not m.key
               and _letters_and_word(m, lex)]
    if not flipped:
        return
    wanted = {m.tokens: (m.tokens[-1],) for m in flipped}
    lasts = set(wanted.values())
    uses_of: dict[tuple[str, ...], list[EntityMention]] = {}  # each name's uses and its last word's, in one pass
    for x in names:
        if x.tokens in wanted or x.tokens in lasts:
            uses_of.setdefault(x.tokens, []).append(x)
    for name, last in wanted.items():
        uses = uses_of.get(name, []) + uses_of.get(last, [])
        person = firm = False
        for x in uses:
            text = texts[x.sentence] if 0 <= x.sentence < len(texts) else ""
            if x.org_cue or x.market_cue or x.plural_verb or x.place_cue or x.place_noun or (x.key and x.type != "PER") \
                    or listed_with_orgs(x, by_sentence.get(x.sentence), text):
                firm = True
                break
            person = person or x.aged or x.person_cue or bool(x.honorific or x.role) or _pronoun_after(x, texts) \
                or _bracketed_age(x, texts)
        if person and not firm:
            for x in uses:
                if x.tokens == name and x.type == "ORG":
                    x.type, x.weak = "PER", False  # (its last word alone joins the person by the merges)
