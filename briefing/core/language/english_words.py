"""The English dictionary words (SCOWL, via Debian's wamerican: ``resources/wordlists/common-words.txt``), read once
per process for every part that asks: the actor lexicon (a capitalised common word is no name) and the ingest's
line-end hyphens ("mil-" + "lion" is "million")."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Return the lower-case English words of the shipped list (64,000 words; read on the first call)."""
    from ...paths import resource

    text = resource("wordlists", "common-words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
