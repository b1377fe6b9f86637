"""Spanish cues the rules (:mod:`.rules_multilingual`) read around a name: an article before it (a person's name
takes none: "el Real Madrid", "la Reserva Federal" are bodies) and verbs of saying next to it ("dijo Ferreira",
"Aznar respondió": a lone surname that speaks is a person).

Closed word classes written from general knowledge of Spanish under the project's licence; no list was imported.
"""

from __future__ import annotations

#: Articles (and their contractions with "a" and "de") that stand before a body's or a place's name, never before
#: a person's in news prose.
ARTICLES = frozenset({"el", "la", "los", "las", "del", "al"})


def article_before(before: str) -> bool:
    """True when ``before`` (the lower-cased word right before a name) is a Spanish article."""
    return before in ARTICLES
