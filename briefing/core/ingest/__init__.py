"""Opening articles: one reader per format (text, html, pdf, docx), cleaning and metadata -> Article.

``load_article(path)`` (in :mod:`.load`) is the entry point; ``article_from_text``
builds an article from pasted text.
"""

from .load import MAX_DOCUMENT_BYTES, MAX_TEXT_BYTES, SUPPORTED_SUFFIXES, load_article
from .text import MAX_WORDS, article_from_text

__all__ = ["MAX_DOCUMENT_BYTES", "MAX_TEXT_BYTES", "MAX_WORDS", "SUPPORTED_SUFFIXES", "article_from_text",
           "load_article"]
