"""Names written family name first (Chinese, Korean, Vietnamese styles): "Lim Kok Wing", "Xi Jinping",
"Kim Min-jun", "Nguyen Van An".

The resolver (:mod:`.resolve`) indexes such a name's first word as its surname, so a lone "Lim" is Lim Kok Wing,
and compares the given names when two people share it ("Kim Min-jun", "Kim Ji-woo": the lone "Kim" is neither).
The finder keeps a sentence-first family name that is also a common word before two given names ("Tan Boon Heng
said") and a given name that is also a stop word at the end of such a name or after "Mr" ("Nguyen Van An",
"Mr An"). The family names are ``resources/wordlists/surnames-east-asian.txt`` (see the README there).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import _Lexicon, _norm, _read_lines


@lru_cache(maxsize=1)
def east_asian_surnames() -> frozenset[str]:
    """Return the listed East Asian family names (capitalised, as written)."""
    return frozenset(_read_lines("surnames-east-asian.txt"))


def _syllable(w: str) -> bool:
    """True for a plain capitalised word of two to six letters ("Kok", "Jinping" is seven: see the callers)."""
    return w.isalpha() and w[:1].isupper() and w[1:].islower()


def _hyphen_given(toks: list[str]) -> bool:
    """True for a short family name and a hyphenated given name with a lowercase second syllable ("Lee
    Jae-myung", "Kim Yong-hyun", "Chen Shui-bian")."""
    if len(toks) != 2 or len(toks[0]) > 5 or not toks[0].isalpha() or toks[1].count("-") != 1:
        return False
    head, tail = toks[1].split("-")
    return head[:1].isupper() and head.isalpha() and tail.isalpha() and tail.islower() and len(tail) <= 5


def family_first(toks: list[str], lex: _Lexicon) -> bool:
    """True for a person's name written family name first: a hyphenated given name after a short family name
    (:func:`_hyphen_given`), or a listed East Asian family name and one or two plain given names: one that no
    first-name or surname list holds ("Xi Jinping"; not "Kim Jones", "Lee Evans"), or two short syllables of six
    letters or fewer ("Lim Kok Wing", "Nguyen Van An"; not "Kim Kardashian West")."""
    if _hyphen_given(toks):
        return True
    if not 2 <= len(toks) <= 3 or toks[0] not in east_asian_surnames():
        return False
    given = toks[1:]
    if not all(_syllable(w) for w in given):
        return False
    if len(given) == 1:
        w = given[0]
        return w not in lex.first_names and w not in lex.surnames and w.lower() not in lex.common_words
    return all(len(w) <= 6 for w in given)


def given_name(words: list[str], lex: _Lexicon) -> str:
    """Return the given name of a full name: the words after the family name when it is written first
    ("Min-jun" of "Kim Min-jun"), else the first word."""
    return " ".join(words[1:]) if family_first(words, lex) else words[0]


#: Honorifics before a lone given name ("Mr An": Vietnamese news calls a person by the last given name).
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms.", "Dr", "Dr."])


def keeps_last_given(toks: list, a: int, b: int, lex: _Lexicon) -> bool:
    """True when the last word of the run ``toks[a:b]``, a stop word the finder would trim ("An", "In"), is a
    given name: after a listed East Asian family name and one more given name ("Nguyen Van An"), or alone after an
    honorific and listed as a first name ("Mr An")."""
    t = toks[b - 1]
    if t.kind != "word" or t.is_upper or not _syllable(t.text):
        return False
    if b - a == 3:
        return toks[a].text in east_asian_surnames() and _syllable(toks[a + 1].text) and len(toks[a + 1].text) <= 6
    return b - a == 2 and toks[a].text in _HONORIFICS and t.text in lex.first_names


def family_name_run(words: list[str], lex: _Lexicon) -> bool:
    """True for three words that read as a person's name written family name first: a listed East Asian family
    name and two given syllables of six letters or fewer, at most one of them a dictionary word, no organisation
    or place word, and no listed name opening it ("Tan Boon Heng", "Lim Kok Wing"; not "Hong Kong Sevens")."""
    if len(words) != 3 or not family_first(words, lex):
        return False
    given = words[1:]
    return sum(w.lower() in lex.common_words for w in given) <= 1 \
        and not any(w in lex.org_words or w in lex.loc_last or w in lex.loc_first for w in words) \
        and _norm(" ".join(words[:2])) not in lex.gazetteer and _norm(words[0]) not in lex.gazetteer
