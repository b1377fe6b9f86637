"""Sentence splitting per language (pysbd plus the rules it lacks for uk, ru and es).

The rules and the pysbd calls live in :mod:`.tokenizer`, the only module that
imports pysbd; this name stays for callers that want sentences of one
paragraph in a given language without a tokenizer object.
"""

from __future__ import annotations

from .tokenizer import SENTENCE_LANGUAGES, split_sentences

__all__ = ["SENTENCE_LANGUAGES", "split_sentences"]
