"""An offline sentence and word tokenizer for sumy.

sumy's own ``Tokenizer('english')`` needs NLTK's ``punkt_tab`` data, which a fresh
offline machine does not have: its constructor raises ``LookupError``. sumy's
document model only needs an object with ``language``, ``to_sentences(text)`` and
``to_words(sentence)``, so this module gives it one that needs no downloaded data:

* sentences come from pysbd (rule-based, handles abbreviations such as U.S.,
  Gen., Mr., Jan., e.g., initials, decimals and quotes);
* words come from NLTK's Treebank-style ``NLTKWordTokenizer``, which ships its
  rules in code, filtered exactly as sumy filters words (letters, apostrophes
  and hyphens only).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")
# sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN: a word starts with a letter and
# holds only letters, apostrophes and hyphens.
_WORD_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)

_PYSBD_LANGS = {"english": "en"}


class OfflineTokenizer:
    """A drop-in replacement for ``sumy.nlp.tokenizers.Tokenizer``.

    ``to_sentences`` returns a tuple of sentence strings, each a verbatim slice
    of the input with its inner whitespace runs folded to single spaces.
    """

    def __init__(self, language: str = "english") -> None:
        self.language = language
        self._segmenter = None
        self._word_tokenizer = None

    def _get_segmenter(self):
        if self._segmenter is None:
            import pysbd

            self._segmenter = pysbd.Segmenter(language=_PYSBD_LANGS.get(self.language, "en"), clean=False)
        return self._segmenter

    def _get_word_tokenizer(self):
        if self._word_tokenizer is None:
            from nltk.tokenize import NLTKWordTokenizer

            self._word_tokenizer = NLTKWordTokenizer()
        return self._word_tokenizer

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split one paragraph into sentences (no data files needed)."""
        # pysbd treats every newline as a boundary: fold whitespace first.
        text = _WHITESPACE.sub(" ", paragraph).strip()
        if not text:
            return ()
        parts = self._get_segmenter().segment(text)
        return tuple(p.strip() for p in parts if p.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words, dropping punctuation and numbers as sumy does."""
        words = self._get_word_tokenizer().tokenize(sentence)
        return tuple(w for w in words if _WORD_PATTERN.match(w))


@lru_cache(maxsize=4)
def get_tokenizer(language: str = "english") -> OfflineTokenizer:
    """Return a shared tokenizer for ``language`` (built once, reused)."""
    return OfflineTokenizer(language)
