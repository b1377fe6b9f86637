"""The word and white-space patterns the tokenizer shares (sumy's word rule).
"""

from __future__ import annotations


import re



_WHITESPACE = re.compile(r"\s+")
# sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN: a word starts with a letter and
# holds only letters, apostrophes and hyphens.
_WORD_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)


