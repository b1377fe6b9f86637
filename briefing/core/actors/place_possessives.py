"""A possessive inside a place's name: "Land's End", "Devil's Dyke", "King's Cross", "Martha's Vineyard".

English names many places after an owner: one capitalised word, "'s", then a noun of the land ("End", "Point",
"Cross", "Head"). Read as an owner and a thing owned, the owner becomes an actor of its own ("Land", a person).
A title may own only a noun of the land ("King's Cross", "Bishop's Wood"). The run is one place's name when the owner is no place or organisation the lexicon lists ("London's Hyde
Park", "Britain's Channel Island" keep their owner) and nothing capitalised follows the land noun.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import _Tok

#: Nouns of the land that end a place named with a possessive ("Land's End", "Devil's Point"), with the
#: lexicon's last words of places (``loc_last``: "Bay", "Island", "Park"...).
LAND_NOUNS = frozenset(["End", "Point", "Head", "Cross", "Leap", "Dyke", "Rock", "Rocks", "Wood", "Inn", "Vineyard",
                        "Ness", "Cove", "Creek", "Landing", "Hole", "Bottom", "Corner", "Green", "Common", "Lane",
                        "Hill", "Moor", "Fen", "Marsh", "Pond", "Well", "Wells", "Mount", "Reach", "Knoll", "Tor",
                        "Court", "Gate", "Yard", "Field", "Fields", "Walk"])


def possessive_place(lex: _Lexicon, toks: list[_Tok], i: int, j: int) -> int:
    """Return where a place's name ends when the one-word run ``toks[i:j]`` and its "'s" at ``toks[j]`` open it
    ("Land 's End" -> the index after "End"), else 0."""
    n = len(toks)
    p = j + 1
    if j - i != 1 or p >= n or toks[j].text not in ("'s", "’s") or toks[p].kind != "word" \
            or not (p + 1 == n or not toks[p + 1].is_cap):
        return 0
    owned, owner = toks[p].text, toks[j - 1].text
    if owned not in LAND_NOUNS and owned not in lex.loc_last:
        return 0
    if owner in lex.titles and owned not in LAND_NOUNS:
        return 0  # "the King's Bay": a title owning a bay is read by the rules of titles; "King's Cross" is a place
    if owner not in lex.first_names and owner.lower() not in lex.common_words:
        return 0  # "Zeeland's Point": an unknown word may well be a place that owns
    if lex.gazetteer.get(_norm(owner)) is not None or owner in lex.countries:
        return 0  # "Jersey's Harbour": a listed place or body owns what follows
    return p + 1
