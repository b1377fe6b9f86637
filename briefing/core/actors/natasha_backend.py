"""Russian named entities with natasha (optional extra).

The only module that imports natasha (MIT; its slovnet NER model and navec
embeddings ship inside the PyPI packages, so nothing is downloaded). It is
optional: ``pip install natasha``; without it :func:`extract_entities` raises
:class:`NatashaMissingError` and :func:`available` says False.

Costs measured on this project's machine (docs/language-actors.md): F1 86.8
on the factRuEval-2016 dev set; 0.6-0.9 s to load the models once (+255 MB
resident), about 0.2 s per 460-word article, 54 MB on disk with its
dependencies. The models are built on the first call, never at import time.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import NamedTuple

from briefing.core.errors import BriefingError

#: natasha's span types are already the project's actor types.
ENTITY_TYPES = ("PER", "ORG", "LOC")


class NatashaMissingError(BriefingError, ImportError):
    """natasha is not installed, so Russian actors cannot be found with it."""


class Entity(NamedTuple):
    """One named entity: ``text[start:end]``, its type and its base form.

    ``normal_form`` is the span in the nominative case ("Владимиром Путиным" ->
    "Владимир Путин", "Москве" -> "Москва"); for a person known by a surname or
    a full name, :func:`extract_entities` also fills ``first``/``last``.
    """

    start: int
    end: int
    type: str
    normal_form: str
    first: str | None = None
    last: str | None = None


def available() -> bool:
    """True when natasha can be imported (checked without importing it)."""
    return importlib.util.find_spec("natasha") is not None


@lru_cache(maxsize=1)
def _pipeline():
    """natasha's segmenter, morphology, NER tagger and name extractor, built once."""
    try:
        from natasha import (Doc, MorphVocab, NamesExtractor, NewsEmbedding, NewsMorphTagger,
                             NewsNERTagger, Segmenter)
    except ImportError as error:
        raise NatashaMissingError(
            "Russian actors need the optional package natasha: pip install natasha") from error
    embedding = NewsEmbedding()
    vocab = MorphVocab()
    return Doc, Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), vocab, \
        NamesExtractor(vocab)


def extract_entities(text: str) -> list[Entity]:
    """Return the PER, ORG and LOC entities of a Russian ``text``, in text order.

    Offsets are Python string indices into ``text`` (end exclusive). Raises
    :class:`NatashaMissingError` when natasha is not installed.
    """
    Doc, segmenter, morph_tagger, ner_tagger, vocab, names = _pipeline()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph_tagger)
    doc.tag_ner(ner_tagger)
    out: list[Entity] = []
    for span in doc.spans:
        span.normalize(vocab)
        first = last = None
        if span.type == "PER":
            span.extract_fact(names)
            if span.fact is not None:
                parts = span.fact.as_dict
                first, last = parts.get("first"), parts.get("last")
        out.append(Entity(span.start, span.stop, span.type, span.normal or span.text, first, last))
    return out
