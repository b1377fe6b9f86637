"""HTML pages -> article text and metadata: readability-lxml for the body, trafilatura as its fallback and
for the metadata. The only module that imports readability, trafilatura or lxml; nothing is fetched.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..errors import LoadError
from ..model import Article
from .cleaning import clean_text, parse_date, source_from_url
from .text import build_article


@dataclass
class ExtractedPage:
    """The article part of an HTML page: body text (paragraphs at blank lines) and metadata."""

    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    sitename: str = ""
    author: str = ""
    method: str = "readability"


#: Deepest element nesting handed to the extractors. libxml2 silently drops
#: everything below depth 256 unless ``huge_tree`` is set, and readability and
#: trafilatura walk the tree recursively; deeper parts are flattened to
#: paragraphs of their text first (issue 12: a deeply nested page was refused).
MAX_HTML_DEPTH = 200
#: trafilatura's body replaces readability's when readability kept fewer than
#: this share of trafilatura's words (chosen on benchmarks/extraction.py, even half).
READABILITY_MIN_SHARE = 0.2

_BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "tr", "ul", "ol", "dl", "dt",
    "dd", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "aside", "header", "footer",
    "nav", "main", "figure", "figcaption", "address", "details", "summary", "hr", "form", "fieldset", "body",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})


def _local_tag(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def html_blocks(element) -> list[str]:
    """Return the text blocks of an lxml element in document order, whitespace collapsed.

    A block ends at every block-level tag (``p``, ``li``, ``div``, headings, ...);
    ``script``/``style`` and comments are skipped. Iterative, so any nesting
    depth is safe.
    """
    from lxml import etree

    blocks: list[str] = []
    current: list[str] = []
    skipping = 0

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            blocks.append(text)
        current.clear()

    for event, el in etree.iterwalk(element, events=("start", "end")):
        tag = _local_tag(el)
        if event == "start":
            if skipping or not tag or tag in _SKIP_TAGS:
                skipping += 1
                continue
            if tag in _BLOCK_TAGS:
                flush()
            elif tag == "br":
                current.append(" ")
            if el.text:
                current.append(el.text)
        else:
            if skipping:
                skipping -= 1
            elif tag in _BLOCK_TAGS:
                flush()
            if el is not element and el.tail and not skipping:
                current.append(el.tail)
    flush()
    return blocks


def _max_depth(html: str) -> int:
    """Return the element nesting depth lxml sees (it stops counting near 256)."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return 0
    deepest = depth = 0
    for event, _el in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


class _Flattener(HTMLParser):
    """Rewrite HTML so no element nests deeper than MAX_HTML_DEPTH.

    Tags below that depth are dropped; a block tag there becomes a paragraph
    break, so the text keeps its paragraphs. The scan is linear.
    """

    _VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._VOID:
            if self.depth < MAX_HTML_DEPTH:
                self.out.append(self.get_starttag_text() or "")
            return
        self.depth += 1
        if self.depth <= MAX_HTML_DEPTH:
            self.out.append(self.get_starttag_text() or "")
        elif tag in _BLOCK_TAGS:
            self._paragraph_break()

    def _paragraph_break(self) -> None:
        if not self.out or self.out[-1] != "</p><p>":
            self.out.append("</p><p>")

    def handle_startendtag(self, tag, attrs):
        if self.depth < MAX_HTML_DEPTH:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag in self._VOID:
            return
        if self.depth <= MAX_HTML_DEPTH:
            self.out.append(f"</{tag}>")
        elif tag in _BLOCK_TAGS:
            self._paragraph_break()
        self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if not data.strip() and self.depth > MAX_HTML_DEPTH:
            return
        self.out.append(data if self.cdata_elem else html_lib.escape(data, quote=False))

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")


def _flatten_deep(html: str) -> str:
    """Return ``html`` unchanged, or, when it nests deeper than MAX_HTML_DEPTH, a
    rewritten copy that does not (see :class:`_Flattener`)."""
    if _max_depth(html) < MAX_HTML_DEPTH:
        return html
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


def extract_html(html: str, name: str = "page.html") -> ExtractedPage:
    """Return the article body and metadata of an HTML page.

    The body is readability-lxml's article, turned into text block by block;
    trafilatura's (``include_comments=False``) replaces it when readability
    fails or keeps much less (see ``docs/extraction.md`` for the measurements).
    Metadata (title, date, URL, site, author) come from trafilatura. Pages
    nested deeper than :data:`MAX_HTML_DEPTH` are flattened first. Nothing is
    fetched. Raises :class:`LoadError` when the page cannot be parsed at all;
    an empty ``text`` means no article was found.
    """
    import lxml.html
    import trafilatura
    from readability import Document

    # readability logs a traceback (log.exception) for a page it cannot score; that
    # case is handled here (trafilatura's body), so its log would only put a
    # traceback on the user's terminal.
    logging.getLogger("readability").setLevel(logging.CRITICAL)

    html = _flatten_deep(html)
    try:
        summary = Document(html).summary(html_partial=True)
        body = "\n\n".join(html_blocks(lxml.html.fragment_fromstring(summary))) if summary.strip() else ""
    except Exception:  # readability raises its own and lxml's errors on pages it cannot score
        body = ""
    try:
        fallback = trafilatura.extract(html, include_comments=False) or ""
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura/lxml raise many types on malformed markup
        if not body:
            raise LoadError(f"{name}: the HTML page could not be read ({exc}).") from exc
        fallback, meta = "", None
    method = "readability"
    if len(body.split()) < READABILITY_MIN_SHARE * len(fallback.split()):
        body, method = "\n\n".join(line for line in fallback.split("\n") if line.strip()), "trafilatura"
    get = lambda key: (getattr(meta, key, None) or "") if meta is not None else ""  # noqa: E731
    return ExtractedPage(text=body, title=get("title").strip(), date=get("date") or None, url=get("url") or None,
                         sitename=get("sitename").strip(), author=get("author"), method=method)


def article_from_html(html: str, name: str = "page.html") -> Article:
    """Build an article from an HTML page: main text via :func:`extract_html`, then cleaning.

    Nothing is fetched. Raises :class:`LoadError` when no article text is found.
    """
    page = extract_html(html, name)
    if not page.text.strip():
        # Fall back to the visible text of a page with no recognisable article.
        import trafilatura

        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:
            text = ""
        if not text.strip():
            raise LoadError(f"{name}: no article text found in the HTML page.")
        cleaned = clean_text("\n\n".join(text.split("\n")), title_from_first_line=False)
        return build_article(cleaned.paragraphs, name, title="", format="html")
    title = page.title
    text = "\n\n".join(block for block in page.text.split("\n\n") if block.strip() and block.strip() != title)
    cleaned = clean_text(text, title_from_first_line=False)
    url = page.url or cleaned.url
    authors = [a.strip() for a in re.split(r";|,| and ", page.author) if a.strip()]
    return build_article(
        cleaned.paragraphs, name, title=title,
        date=(parse_date(page.date) if page.date else None) or cleaned.date, url=url,
        source=page.sitename or source_from_url(url),
        authors=authors or cleaned.authors, captions=cleaned.captions, format="html",
    )
