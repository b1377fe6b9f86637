"""An offline sentence and word tokenizer for sumy, in every supported language.

sumy's own ``Tokenizer('english')`` needs NLTK's ``punkt_tab`` data, which a fresh
offline machine does not have: its constructor raises ``LookupError``. sumy's
document model only needs an object with ``language``, ``to_sentences(text)`` and
``to_words(sentence)``, so this package gives it one that needs no downloaded data:

* sentences come from pysbd (rule-based, handles abbreviations such as U.S.,
  Gen., Mr., Jan., e.g., initials, decimals and quotes), made fast in
  :mod:`.pysbd_fast`, skipped for plain English prose in :mod:`.plain`, with the
  rules pysbd lacks for ru, uk and es in :mod:`.rules`;
* words come from NLTK's Treebank-style ``NLTKWordTokenizer``
  (:mod:`.nltk_words`, NLTK imported lazily), which ships its rules in code,
  filtered exactly as sumy filters words (letters, apostrophes and hyphens only).

This package is the only place that imports pysbd.
"""

from .nltk_words import _plain_re_word_tokenizer, import_nltk
from .offline import OfflineTokenizer, get_tokenizer
from .patterns import _WHITESPACE, _WORD_PATTERN
from .plain import plain_chunks, plain_sentences, plain_words
from .pysbd_fast import _FASTER, _GUARDS, _RE, PYSBD_ORIGINALS
from .rules import SENTENCE_LANGUAGES, split_sentences

__all__ = ["OfflineTokenizer", "PYSBD_ORIGINALS", "SENTENCE_LANGUAGES", "get_tokenizer", "import_nltk", "plain_chunks",
           "plain_sentences", "plain_words", "split_sentences", "_FASTER", "_GUARDS", "_RE", "_WHITESPACE",
           "_WORD_PATTERN", "_plain_re_word_tokenizer"]
