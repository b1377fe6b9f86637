"""Per-language word resources: stemmers and stop words, loaded in one cached place.

Every part of the core that stems words or skips stop words (sumy's
summarizers, the fast implementations, BriefRank, the actor lexicon) takes them
from here, so a language behaves the same everywhere. They come from sumy
(Snowball stemmers through NLTK, sumy's stop-word lists), which needs no data
download. A language sumy cannot stem gets lower-cased words; one it has no
stop words for gets none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable


@lru_cache(maxsize=16)
def stemmer(language: str) -> Callable[[str], str]:
    """Return sumy's stemmer for ``language`` (lower-cases, then stems); plain lower-casing if it has none."""
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
    """
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
    """Return the lower-cased stop words of ``language`` (empty when there is no list for it)."""
    from sumy.utils import get_stop_words

    try:
        return frozenset(w.lower() for w in get_stop_words(language))
    except LookupError:
        return frozenset()
