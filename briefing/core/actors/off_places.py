""""off" as a place preposition: "ran aground off Oban", "sank off Lampedusa", "an island off Sicily", "30 miles
off Malta". After a word of lying at sea or of distance, "off" places what follows (a coast, a town, an island);
after other verbs it is a particle ("see off Chelsea", "sold off Acme"), so only those words make it a place cue.
"""

from __future__ import annotations

from .tokens import _Tok

#: Words after which "off" means "at sea near": being aground, sinking, lying at anchor, an island, a distance.
_SEA_WORDS = frozenset("""aground sank sunk sinking capsized capsizes anchored moored foundered stranded adrift
island islands islet coast waters miles mile kilometres kilometers km nautical metres meters yards
shore offshore""".split())


def off_place(toks: list[_Tok], i0: int) -> bool:
    """True when ``toks[i0]`` follows "off" set after a word of lying at sea or of distance ("aground off Oban")."""
    return i0 > 1 and toks[i0 - 1].text == "off" and toks[i0 - 2].text.lower() in _SEA_WORDS
