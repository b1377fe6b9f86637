"""A capitalised title set before a person's name by a comma: "The Taoiseach, Micheal Martin, said", "The Prime
Minister, Raj Mehta, visited", "The First Minister, Anna Welsby,".

The lower-case form ("the charity's director, Barbara Stocking,") is :func:`.roles.pre_appositive`'s. A head of
government or state is mostly written with a capital, so the title is read here: one to four capitalised words
after "the" (or a possessive pronoun), the last a title of the lexicon or of :data:`.tokens.CORE_TITLES`, the
others titles or their qualifiers ("Prime", "Deputy", "First"); the name is closed by a comma, the sentence's end or
a verb of saying (not a list: "The Taoiseach, Ann Lee and ...").
"""

from __future__ import annotations

from .agents import SAY_VERBS
from .lexicon import _Lexicon
from .sentence import _TITLE_QUALIFIERS
from .tokens import CORE_TITLES, _Tok

_OPENERS = frozenset(["the", "its", "their", "his", "her", "our"])
#: Heads of a title of two words or more that are not titles alone ("Chief Executive", "First Minister").
_TITLE_HEADS = frozenset(["Executive", "Minister", "Officer", "Justice", "Constable", "Whip"])


def capital_title_before(lex: _Lexicon, toks: list[_Tok], a: int, b: int, text: str) -> str:
    """Return the capitalised title set before the name ``toks[a:b]`` by a comma ("Taoiseach", "Prime Minister"),
    else ""."""
    n = len(toks)
    if a < 3 or toks[a - 1].text != "," or not (b >= n or toks[b].text in (",", ".", ";") or toks[b].text in SAY_VERBS):
        return ""
    last = toks[a - 2]
    if last.kind != "word" or not (last.text in lex.titles or last.text in CORE_TITLES or last.text in _TITLE_HEADS):
        return ""
    k = a - 3
    while k >= 0 and a - 2 - k <= 3 and toks[k].kind == "word" and toks[k].is_cap \
            and (toks[k].text in _TITLE_QUALIFIERS or toks[k].text in lex.titles):
        k -= 1
    if k < 0 or toks[k].text.lower() not in _OPENERS:
        return ""
    if k + 1 == a - 2 and last.text in _TITLE_HEADS:
        return ""  # "The Executive, Ann Lee,": a head alone is no title
    return text[toks[k + 1].start:last.end]
