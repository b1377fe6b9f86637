"""OfflineTokenizer: sentences and words for sumy without any downloaded data.
"""

from __future__ import annotations


from functools import lru_cache

from .nltk_words import _plain_re_word_tokenizer, import_nltk
from .patterns import _WHITESPACE, _WORD_PATTERN
from .plain import plain_chunks, plain_sentences, plain_words
from .pysbd_fast import _speed_up_pysbd
from .repair import repair_sentences
from .rules import _language_segmenter, _sentence_code


class OfflineTokenizer:
    """A drop-in replacement for ``sumy.nlp.tokenizers.Tokenizer``.

    ``to_sentences`` returns a tuple of sentence strings, each a verbatim slice
    of the input with its inner whitespace runs folded to single spaces.
    ``language`` is an ISO code or sumy's name ("ru" or "russian"); sentences
    are split with that language's rules, and with English rules for a
    language that has none. Words are split the same way in every language.
    """

    def __init__(self, language: str = "english") -> None:
        self.language = language
        # Sentence rules: the language's own (see "Sentence rules per language" below), English for any other.
        self.code = _sentence_code(language)
        self._segmenter = None
        self._word_tokenizer = None

    def _get_segmenter(self):
        if self._segmenter is None:
            import pysbd

            _speed_up_pysbd()
            if self.code == "en":
                self._segmenter = pysbd.Segmenter(language="en", clean=False)
            else:
                self._segmenter = _language_segmenter(self.code)
        return self._segmenter

    def _get_word_tokenizer(self):
        if self._word_tokenizer is None:
            self._word_tokenizer = _plain_re_word_tokenizer()
        return self._word_tokenizer

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split one paragraph into sentences (no data files needed)."""
        # pysbd treats every newline as a boundary: fold whitespace first.
        text = _WHITESPACE.sub(" ", paragraph).strip()
        if not text:
            return ()
        if self.code != "en":
            # The plain path knows English abbreviations and capitals only.
            pieces = [p for p in (p.strip() for p in self._get_segmenter().segment(text)) if p]
            return tuple(repair_sentences(text, pieces, self.code))
        out: list[str] = []
        for chunk in plain_chunks(text):
            plain = plain_sentences(chunk)
            if plain is None:
                plain = (p.strip() for p in self._get_segmenter().segment(chunk))
            out.extend(p for p in plain if p)
        return tuple(out)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words, dropping punctuation and numbers as sumy does."""
        plain = plain_words(sentence)
        if plain is not None:
            return plain
        words = self._get_word_tokenizer().tokenize(sentence)
        return tuple(w for w in words if _WORD_PATTERN.match(w))


# A sentence of letters, digits, spaces, commas and hyphens, with at most a final ".", "?" or "!".
@lru_cache(maxsize=16)
def get_tokenizer(language: str = "english") -> OfflineTokenizer:
    """Return a shared tokenizer for ``language`` (a code or sumy's name; built once, reused).

    Every path to sumy and NLTK goes through here first (loading splits
    sentences with it), so this is where NLTK is imported the quick way.
    """
    import_nltk()
    return OfflineTokenizer(language)


