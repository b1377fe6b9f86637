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
import warnings
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
    # pymorphy2 (natasha's morphology) imports pkg_resources, which warns that it is
    # deprecated on every load: a library matter, not something for the user's terminal.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
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


class Token(NamedTuple):
    """One word or mark of the text with natasha's part of speech (``"NOUN"``, ``"PROPN"``...) and lemma."""

    start: int
    end: int
    text: str
    pos: str
    lemma: str


def extract_entities(text: str) -> list[Entity]:
    """Return the PER, ORG and LOC entities of a Russian ``text``, in text order.

    Offsets are Python string indices into ``text`` (end exclusive). Raises
    :class:`NatashaMissingError` when natasha is not installed.
    """
    return analyse(text)[0]


def analyse(text: str) -> tuple[list[Entity], list[Token]]:
    """Return the entities of a Russian ``text`` (as :func:`extract_entities`) and its tokens.

    ORG names are brought to their base form up to their head noun only
    ("Службы внешней разведки" -> "Служба внешней разведки"): natasha
    normalises every word on its own ("Служба внешняя разведка").
    Raises :class:`NatashaMissingError` when natasha is not installed.
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
        normal = span.normal or span.text
        if span.type == "PER":
            span.extract_fact(names)
            if span.fact is not None:
                parts = span.fact.as_dict
                first, last = parts.get("first"), parts.get("last")
        elif span.type == "ORG":
            normal = _head_normal(span, normal)
        out.append(Entity(span.start, span.stop, span.type, normal, first, last))
    tokens = []
    for token in doc.tokens:
        token.lemmatize(vocab)
        tokens.append(Token(token.start, token.stop, token.text, token.pos or "", token.lemma or token.text.lower()))
    return out, tokens


def _head_normal(span, normal: str) -> str:
    """Return natasha's base form up to the span's first noun, and the words after it as written."""
    words = normal.split()
    tokens = list(span.tokens)
    if len(words) != len(tokens):
        return normal
    for i, token in enumerate(tokens):
        if token.pos in ("NOUN", "PROPN"):
            return " ".join(words[:i + 1] + [t.text for t in tokens[i + 1:]])
    return normal
