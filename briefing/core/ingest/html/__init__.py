"""HTML pages -> article text and metadata. The only package that imports readability, trafilatura, jusText or
lxml (import contracts in pyproject.toml); nothing is fetched.

* :mod:`.blocks`: an HTML tree's text blocks in document order;
* :mod:`.boilerplate`: the filter of a page's widgets, chrome boxes and link lists;
* :mod:`.scripts`: the article of a page whose scripts draw it, from its JSON;
* :mod:`.page`: the page read whole (:func:`article_from_html`, :func:`extract_html`).
"""

from .blocks import html_blocks, html_string_blocks, mail_html_text
from .page import (
    MAX_HTML_ELEMENTS,
    ExtractedPage,
    article_from_html,
    extract_html,
    read_page_head,
)
from .scripts import script_article

__all__ = [
    "MAX_HTML_ELEMENTS",
    "ExtractedPage",
    "article_from_html",
    "extract_html",
    "html_blocks",
    "html_string_blocks",
    "mail_html_text",
    "read_page_head",
    "script_article",
]
