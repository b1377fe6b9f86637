"""Roles written without a role noun from the list: a relative ("his mother Ada Welk"), a ranking ("former world
number two Ivo Marr") and one of several ("one of their lawyers, Ivo Marr,"). Helpers of :mod:`.roles`."""

from __future__ import annotations

from .lexicon import _Lexicon
from .persons import _SINGLE_KIN
from .tokens import _Tok

#: Possessive words that say whose relative a person is: "his mother", "their son". Not :mod:`.persons`'
#: list of the same name, which also takes "whose", "late", "eldest"... as a cue that the name is a person's:
#: as a role, a relative is kept only with a possessive pronoun.
_KIN_OWNERS = frozenset(["his", "her", "their", "its", "my", "your", "our"])

#: Words of time before a ranking: "former world number two".
_RANK_TIME = frozenset(["former", "ex", "current", "new", "then"])

#: Number words a ranking uses ("world number two"); digits are read as they are.
_RANK_NUMBERS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])

#: The words before a name that :func:`special_pre_role` reads (a quick first test for :func:`.roles.pre_role`).
SPECIAL_ROLE_PREV = frozenset(_SINGLE_KIN | _RANK_NUMBERS)


def special_pre_role(toks: list[_Tok], a: int, text: str) -> str:
    """Return a role without a listed role noun just before the name ``toks[a]``, else "".

    A relative with a possessive pronoun ("His mother Ada Welk" -> "His mother"; a name's "Lee's wife" gives none),
    a ranking ("former world number two Ivo Marr" -> "former world number two"). Only the words touching the name:
    never a neighbour's.
    """
    k = a - 1
    if k < 1:
        return ""
    w = toks[k].text
    if w in _SINGLE_KIN:
        owner = toks[k - 1]
        if owner.text.lower() in _KIN_OWNERS:
            return text[owner.start:toks[k].end]
        return ""  # "Macron's daughter Anne Macron": no role (tests/core/actors/test_error_kinds.py)
    if (w in _RANK_NUMBERS or (toks[k].kind == "num" and w.isdigit() and len(w) <= 3)) and k >= 2 \
            and toks[k - 1].text == "number" and toks[k - 2].text.lower() == "world":
        start = k - 2
        if start > 0 and toks[start - 1].text.lower() in _RANK_TIME:
            start -= 1
        return text[toks[start].start:toks[k].end]
    return ""


def one_of_plural(lex: _Lexicon, toks: list[_Tok], k: int) -> int:
    """Return where "one of <owner> <role noun>s" ends at ``toks[k]`` starts ("one of their lawyers", "one of
    the club's coaches"), else -1: one of several holders of a role, set before a name by a comma."""
    w = toks[k].text
    if not (w.islower() and w.endswith("s") and (w[:-1] in lex.role_nouns or w.endswith("es") and w[:-2] in lex.role_nouns)):
        return -1
    j = k - 1
    while j >= 2 and k - j <= 3 and toks[j].text.lower() not in ("of",):
        j -= 1
    if j >= 1 and toks[j].text == "of" and toks[j - 1].text.lower() == "one" and j < k - 1:
        return j - 1
    return -1


def special_role_ok(words: list[str]) -> bool:
    """True when a role's words are one :func:`special_pre_role` or :func:`one_of_plural` gives: it needs no
    listed role noun ("his mother", "former world number two", "one of their lawyers")."""
    low = [w.lower() for w in words]
    if len(low) == 2 and low[1] in _SINGLE_KIN and low[0] in _KIN_OWNERS:
        return True
    if len(low) >= 3 and low[-3:-1] == ["world", "number"]:
        return True
    return len(low) >= 3 and low[0] == "one" and low[1] == "of"


def kin_role(role: str) -> bool:
    """True for a relative's role ("his mother"): it says who the person is to another, not what they do in the
    story, so it lends no salience (a girlfriend in a singer's story stays below the people acting in it)."""
    words = role.lower().split()
    return len(words) == 2 and words[0] in _KIN_OWNERS and words[1] in _SINGLE_KIN
