"""The optional spaCy backend: mentions from spaCy's statistical NER when spaCy and an English model are installed.

The only module that imports spaCy: :func:`load_pipeline` also loads the
French model for :mod:`.spacy_fr_backend` (extra ``fr``).
"""

from __future__ import annotations

import threading
from functools import lru_cache

from ..errors import BriefingError
from ..model import Article
from .lexicon import _lexicon, _norm
from .tokens import EntityMention


def _spacy_mentions(article: Article) -> list[EntityMention]:
    """Find mentions with spaCy's statistical NER (only when spaCy and a model are installed)."""
    nlp = _spacy_model()
    label_map = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "DEMONYM"}
    lex = _lexicon()
    out: list[EntityMention] = []
    texts = [(-1, article.title)] if article.title else []
    texts += [(s.index, s.text) for s in article.sentences]
    for (si, text), doc in zip(texts, nlp.pipe(t for _, t in texts)):
        for ent in doc.ents:
            typ = label_map.get(ent.label_)
            if typ is None:
                continue
            surface = ent.text
            if surface.lower().startswith("the "):
                surface = surface[4:]
            start = ent.end_char - len(surface)
            if typ == "DEMONYM":
                key = lex.demonyms.get(surface)
                if key:
                    out.append(EntityMention(si, start, ent.end_char, surface, "LOC", "demonym", key, tokens=(surface,)))
                continue
            gaz = lex.gazetteer.get(_norm(surface))
            out.append(EntityMention(si, start, ent.end_char, surface, typ, "name", gaz[1] if gaz else None,
                                     tokens=tuple(surface.split())))
    return out


def load_pipeline(name: str, exclude: tuple[str, ...] = ()):
    """Return the spaCy pipeline installed as the package ``name``, without the components in ``exclude``.

    Loaded once per name and ``exclude``. Raises ImportError when spaCy is not
    installed, OSError (or ImportError, ValueError) when the model is not, or
    does not fit the installed spaCy.
    """
    # One load at a time: two worker threads asking together would each spend seconds loading the same model.
    with _LOAD_LOCK:
        return _load_pipeline(name, tuple(exclude))


_LOAD_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load_pipeline(name: str, exclude: tuple[str, ...]):
    import spacy

    return spacy.load(name, exclude=list(exclude))


@lru_cache(maxsize=1)
def _spacy_model():
    try:
        import spacy  # noqa: F401  (only to tell "no spaCy" from "no English model")
    except ImportError as exc:
        raise BriefingError("The spaCy backend needs spaCy and an English model; use the rules backend.") from exc
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        try:
            nlp = load_pipeline(name)
        except (OSError, ImportError, ValueError):
            continue
        # Only the entity recogniser is needed; the parser and lemmatizer cost most of the time.
        for pipe in ("parser", "lemmatizer"):
            if pipe in nlp.pipe_names:
                nlp.disable_pipe(pipe)
        return nlp
    raise BriefingError("spaCy is installed but no English model is; use the rules backend.")


def spacy_available() -> bool:
    """Return True when the optional spaCy backend can run (spaCy and an English model import)."""
    try:
        _spacy_model()
    except BriefingError:
        return False
    return True


