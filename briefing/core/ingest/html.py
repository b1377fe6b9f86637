"""HTML pages: main text and metadata by trafilatura (the only module that imports it), offline.
"""

from __future__ import annotations

import re

from ..errors import LoadError
from ..model import Article
from .cleaning import clean_text, parse_date, source_from_url
from .text import build_article


def article_from_html(html: str, name: str = "page.html") -> Article:
    """Build an article from an HTML page: main text and metadata via trafilatura.

    Nothing is fetched: trafilatura only parses the given string.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura/lxml raise many types on malformed markup
        raise LoadError(f"{name}: the HTML page could not be read ({exc}).") from exc
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        # Fall back to the visible text of a page with no recognisable article.
        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:
            text = ""
        if not text.strip():
            raise LoadError(f"{name}: no article text found in the HTML page.")
        cleaned = clean_text("\n\n".join(text.split("\n")), title_from_first_line=False)
        return build_article(cleaned.paragraphs, name, title="", format="html")
    title = (getattr(doc, "title", None) or "").strip()
    # trafilatura puts one paragraph a line; the cleaner splits at blank lines.
    text = "\n\n".join(line for line in doc.text.split("\n") if line.strip() and line.strip() != title)
    cleaned = clean_text(text, title_from_first_line=False)
    url = getattr(doc, "url", None) or cleaned.url
    authors = [a.strip() for a in re.split(r";|,| and ", getattr(doc, "author", None) or "") if a.strip()]
    date = getattr(doc, "date", None)
    return build_article(
        cleaned.paragraphs, name, title=title,
        date=(parse_date(date) if date else None) or cleaned.date, url=url,
        source=(getattr(doc, "sitename", None) or "").strip() or source_from_url(url),
        authors=authors or cleaned.authors, captions=cleaned.captions, format="html",
    )


