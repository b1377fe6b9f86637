"""Capital letters before a name, listed with organisations: "competes with Samsung and SK Hynix" names a firm.

The shape rules read one or two capital letters before a capitalised word as a person's initials ("JK Rowling");
written without full stops before a word no list knows as a person's name, and listed beside an organisation,
they open a firm's name instead (read by :func:`.resolve._resolve` before one name takes one type).
"""

from __future__ import annotations

from .guess import listed_with_orgs
from .lexicon import _Lexicon
from .tokens import EntityMention


def _letters_and_unknown(m: EntityMention, lex: _Lexicon) -> bool:
    """True for one or two capital letters without stops before one capitalised word that is no listed first
    name or surname (nor a Gaelic "Mc"/"O'" one): "SK Hynix", not "JK Rowling"."""
    if len(m.tokens) != 2:
        return False
    letters, word = m.tokens
    return 1 <= len(letters) <= 2 and letters.isalpha() and letters.isupper() and word[:1].isupper() \
        and not word.isupper() and word not in lex.first_names and word not in lex.surnames \
        and not word.startswith(("Mc", "O'", "O’"))


def letters_listed_with_firms(by_sentence: dict[int, list[EntityMention]], texts: list[str], lex: _Lexicon) -> None:
    """Type an organisation a name typed a person by its shape alone (``PER/weak``) that is capital letters before
    an unknown word and an item of a list beside an organisation: "Samsung and SK Hynix". ``by_sentence``: the
    names of each body sentence in start order."""
    for s, ms in by_sentence.items():
        if s < 0 or s >= len(texts) or len(ms) < 2:
            continue
        for m in ms:
            if m.type == "PER" and m.weak and m.shape_type == "PER/weak" and not m.key and not m.honorific \
                    and not m.role and _letters_and_unknown(m, lex) and listed_with_orgs(m, ms, texts[s]):
                m.type, m.weak = "ORG", False
