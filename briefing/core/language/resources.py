"""Per-language word resources: stemmers and stop words, loaded in one cached place.

Every part of the core that stems words or skips stop words (sumy's
summarizers, the fast implementations, BriefRank, the actor lexicon) takes them
from here, so a language behaves the same everywhere. They come from sumy
(Snowball stemmers through NLTK, sumy's stop-word lists), which needs no data
download. A language sumy cannot stem gets lower-cased words; one it has no
stop words for gets none.

For the languages of issue 13 (en, ru, uk, de, fr, es), :func:`stemmer_for` and
:func:`stop_words_for` take an ISO code or a sumy name, raise
:class:`UnsupportedLanguageError` for any other language, and add stop words
that sumy lacks. :func:`stemmer`, :func:`stem_word` and :func:`stop_words`, which
every summarizer uses, return exactly these for those languages and fall back
to sumy's resources (or none) for any other:

========  ===================================  ==========================================
language  stemmer                              stop words
========  ===================================  ==========================================
en        Snowball (sumy's ``Stemmer``)        sumy's English list (580), as before
ru        Snowball (sumy's ``Stemmer``)        ``stop-words`` Russian list (421)
uk        sumy's own Ukrainian stemmer         sumy (77) + ``stop-words`` (385): 404
de        Snowball (sumy's ``Stemmer``)        sumy (129) + ``stop-words`` (263): 263
fr        Snowball (sumy's ``Stemmer``)        sumy (126) + ``stop-words`` (348): 349
es        Snowball (sumy's ``Stemmer``)        sumy (178) + ``stop-words`` (652): 652
========  ===================================  ==========================================

Counts are after lower-casing and joining. sumy ships no Russian stop words,
and its other lists miss common function words (Ukrainian "у", "на", "і";
Spanish "de", "y", "que"; French "de", "un"), so they are joined with the
lists of ``stop-words`` (PyPI, BSD-3-Clause, data inside the wheel, no
download). English keeps sumy's list alone. Every stop word is lower-cased;
stemmers take any case and return lower-case stems. sumy and ``stop-words``
are imported on first use.

For these languages sumy's stop-word files are read straight from its package
data (:func:`_sumy_stop_words`) and the Snowball stemmers are the NLTK classes
sumy's ``Stemmer`` wraps, taken directly: ``sumy.utils``, which
``sumy.nlp.stemmers`` imports, imports ``requests`` and ``pycountry`` (about
80 ms of every start). Only sumy's Ukrainian stemmer and languages outside
the six still go through those modules. The words and stems are the same
(tests compare them with sumy's own functions).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from briefing.core.errors import BriefingError
from briefing.core.model import language_code_of


@lru_cache(maxsize=16)
def stemmer(language: str) -> Callable[[str], str]:
    """Return a stemmer for ``language`` (a code or a name; lower-cases, then stems).

    The languages of :data:`LANGUAGE_NAMES` get :func:`stemmer_for`'s stemmer;
    any other language sumy can stem gets sumy's; the rest plain lower-casing.
    """
    try:
        return stemmer_for(language)
    except UnsupportedLanguageError:
        pass
    from sumy.nlp.stemmers import Stemmer

    try:
        return Stemmer(language)
    except LookupError:
        return str.lower


@lru_cache(maxsize=16)
def stem_word(language: str) -> Callable[[str], str]:
    """Return :func:`stemmer` with a cache per distinct word.

    nltk's Snowball stemmer costs about 20 microseconds per call; a long document
    repeats its words many times, and the cache returns the very same stems.
    (:func:`stemmer_for`'s stemmers cache already and are returned as they are.)
    """
    try:
        return stemmer_for(language)
    except UnsupportedLanguageError:
        pass
    stem = stemmer(language)
    cache: dict[str, str] = {}

    def cached(word: str) -> str:
        try:
            return cache[word]
        except KeyError:
            value = cache[word] = stem(word.lower())
            return value

    return cached


@lru_cache(maxsize=16)
def stop_words(language: str) -> frozenset[str]:
    """Return the lower-cased stop words of ``language`` (a code or a name).

    The languages of :data:`LANGUAGE_NAMES` get :func:`stop_words_for`'s
    lists; any other language sumy has a list for gets sumy's; the rest none.
    """
    try:
        return stop_words_for(language)
    except UnsupportedLanguageError:
        pass
    from sumy.utils import get_stop_words

    try:
        return frozenset(w.lower() for w in get_stop_words(language))
    except LookupError:
        return frozenset()

#: ISO 639-1 code -> the language name sumy and NLTK use.
LANGUAGE_NAMES = {
    "en": "english",
    "ru": "russian",
    "uk": "ukrainian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
}

# Which list each language's stop words come from: sumy's, the stop-words package's, or both.
_STOP_WORD_SOURCES = {
    "en": ("sumy",),
    "ru": ("stop-words",),
    "uk": ("sumy", "stop-words"),
    "de": ("sumy", "stop-words"),
    "fr": ("sumy", "stop-words"),
    "es": ("sumy", "stop-words"),
}


class UnsupportedLanguageError(BriefingError, LookupError):
    """A language the app has no stemmer or stop words for."""


def language_code(language: str) -> str:
    """Return the ISO 639-1 code for ``language``, given as a code or a name.

    ``"ru"``, ``"RU"``, ``"russian"`` and ``"Russian"`` all give ``"ru"``.
    Raises :class:`UnsupportedLanguageError` for any other language.
    """
    code = language_code_of(language)
    if code in LANGUAGE_NAMES:
        return code
    supported = ", ".join(f"{name} ({code})" for code, name in LANGUAGE_NAMES.items())
    raise UnsupportedLanguageError(f"Language {language!r} is not supported; supported: {supported}.")


def language_name(language: str) -> str:
    """Return the name sumy uses (``"russian"``) for a code or name; see :func:`language_code`."""
    return LANGUAGE_NAMES[language_code(language)]


@lru_cache(maxsize=None)
def stemmer_for(language: str) -> Callable[[str], str]:
    """Return a function that stems one word of ``language`` (a code or a name).

    The function lower-cases the word first and remembers every stem it made
    (a long article repeats its words). Raises :class:`UnsupportedLanguageError`.
    """
    code = language_code(language)
    if code != language:
        return stemmer_for(code)
    stem = _stemmer(LANGUAGE_NAMES[code])
    cache: dict[str, str] = {}

    def stem_word(word: str) -> str:
        try:
            return cache[word]
        except KeyError:
            value = cache[word] = stem(word.lower())
            return value

    return stem_word


@lru_cache(maxsize=None)
def stop_words_for(language: str) -> frozenset[str]:
    """Return the lower-case stop words of ``language`` (a code or a name).

    Raises :class:`UnsupportedLanguageError`.
    """
    code = language_code(language)
    if code != language:
        return stop_words_for(code)
    words: set[str] = set()
    for source in _STOP_WORD_SOURCES[code]:
        if source == "sumy":
            words.update(_sumy_stop_words(LANGUAGE_NAMES[code]))
        else:
            from stop_words import get_stop_words as package_stop_words

            words.update(package_stop_words(code))
    return frozenset(w.strip().lower() for w in words if w.strip())


#: Languages whose sumy ``Stemmer`` is NLTK's Snowball stemmer of that name (sumy has its own for Ukrainian).
_SNOWBALL = frozenset({"english", "russian", "german", "french", "spanish"})


def _stemmer(name: str) -> Callable[[str], str]:
    """Return sumy's stemmer for ``name`` (one of :data:`LANGUAGE_NAMES`' values).

    For a Snowball language that is ``nltk.stem.snowball.<Name>Stemmer().stem``,
    which sumy's ``Stemmer(name)`` returns too; built here without importing
    ``sumy.nlp.stemmers`` (see the module docstring).
    """
    if name in _SNOWBALL:
        from .tokenizer.nltk_words import import_nltk

        import_nltk()  # NLTK's small snowball module without the rest of NLTK
        from nltk.stem import snowball

        return getattr(snowball, name.capitalize() + "Stemmer")().stem
    from sumy.nlp.stemmers import Stemmer

    return Stemmer(name)


def _sumy_stop_words(name: str) -> frozenset[str]:
    """Return sumy's stop-word list ``name`` (``"english"``) as ``sumy.utils.get_stop_words`` does.

    Read from sumy's package data (``sumy/data/stopwords/<name>.txt``), one
    word a line, trailing spaces removed, blank lines skipped. Raises
    LookupError when sumy has no list of that name.
    """
    from importlib.resources import files

    try:
        data = (files("sumy") / "data" / "stopwords" / f"{name}.txt").read_bytes()
    except OSError:
        raise LookupError(f"sumy has no stop words for {name!r}") from None
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


def stop_words_source(language: str) -> str:
    """Say where the stop words of ``language`` come from, for the brief's method line and docs."""
    code = language_code(language)
    names = {"sumy": "sumy", "stop-words": "stop-words (BSD-3-Clause)"}
    return " + ".join(names[s] for s in _STOP_WORD_SOURCES[code])
