"""A people named by a plural nationality noun after common words: "Regime Germans", "Young Syrians", "Opposition
Kenyans" are groups of people, no actor (and no organisation).

A capitalised run ending in the plural of a nationality noun ("Syrians": "Syrian" and an "s") after one or two
dictionary words names a group. A team named after its town keeps its plural ("Cleveland
Indians": a town is no dictionary word), and so does a name with a first name in it.
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import _Tok


def people_run(lex: _Lexicon, toks: list[_Tok], a: int, b: int) -> bool:
    """True when ``toks[a:b]`` is one or two dictionary words (a sentence's stop word aside) and a plural nationality
    noun ("Regime Germans", "Many Exile Iranians")."""
    if a >= b:
        return False
    last = toks[b - 1].text  # the plural first: most runs end in no nationality noun (one test a run)
    if len(last) < 5 or last[-1] != "s" or last[:-1] not in lex.demonyms:
        return False
    if toks[a].text.lower() in lex.stop_words:
        a += 1
    if not 2 <= b - a <= 3:
        return False
    for t in toks[a:b - 1]:  # (a loop: a generator made ``lex`` a cell at every call)
        if t.kind != "word" or t.text.lower() not in lex.common_words or t.text in lex.first_names \
                or t.text in lex.demonyms:
            return False
    return True
