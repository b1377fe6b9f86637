"""Acronyms of a common phrase, not a name: "orgasmic meditation (OM)", "Orgasmic meditation, shortened to OM",
"SAT scores" (read by :func:`.cues.set_cues` on a lone word in capitals)."""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import _Tok


#: Nouns after an acronym that make it an exam or a test, not an organisation ("SAT scores", "GCSE exams").
_EXAM_NOUNS = {"exam", "exams", "test", "tests", "scores", "grades"}


def _common_acronym(toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """True when the ALL-CAPS token ``toks[i]`` abbreviates a common phrase, not a name.

    The phrase is spelled by the words just before it, in brackets or after a comma and up to three
    lowercase words, at least one of its words a lowercase content word (no stop word) and no
    capitalised word before it: "orgasmic meditation (OM)", "Orgasmic meditation, shortened to OM";
    or an exam noun follows it: "SAT scores". In brackets the text may write it in title case: "minority ethnic
    led (Mel)".
    """
    letters = toks[i].text
    size = len(letters)
    if not 2 <= size <= 5 or not letters.isalpha():
        return False
    if not letters.isupper():
        if i == 0 or toks[i - 1].text != "(" or not letters[0].isupper():
            return False
        letters = letters.upper()
    if i + 1 < len(toks) and toks[i + 1].text.lower() in _EXAM_NOUNS:
        return True
    end = i - 1
    if end >= 0 and toks[end].text == "(":
        end -= 1
    else:
        k = end
        while k >= 0 and end - k < 3 and toks[k].kind == "word" and toks[k].text.islower():
            k -= 1
        if k < 0 or toks[k].text != "," or k == end:
            return False
        end = k - 1
    start = end - size + 1
    if start < 0:
        return False
    return _spells(toks[start:end + 1], letters, lex.stop_words) and (start == 0 or not toks[start - 1].is_cap)


def _spells(words: list[_Tok], letters: str, stop_words: frozenset[str]) -> bool:
    """True when ``words``' initials spell ``letters``, one of them a lowercase content word and none a lowercase
    stop word (a function of its own: its generators made ``lex`` a cell at every call of :func:`_common_acronym`)."""
    content = False
    for t in words:
        if t.kind != "word":
            return False
        if t.text.islower():
            if t.text in stop_words:
                return False
            content = True
    return content and "".join([t.text[0].upper() for t in words]) == letters
