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


@dataclass
class _Block:
    """One text block of an HTML fragment, with what the boilerplate filter needs."""

    text: str
    link_chars: int
    element: object  # the block-level lxml element whose text this is
    dom_path: str  # dotted tag names from the root, as jusText's Paragraph.dom_path


def _walk_blocks(element) -> list[_Block]:
    """Return the text blocks of an lxml element in document order (see :func:`html_blocks`)."""
    from lxml import etree

    blocks: list[_Block] = []
    current: list[str] = []
    link_chars = [0]
    stack: list[object] = []  # open block-level elements
    tags: list[str] = []  # every open element's tag, for the dom path
    skipping = 0
    in_link = 0

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            owner = stack[-1] if stack else element
            blocks.append(_Block(text, min(link_chars[0], len(text)), owner, ".".join(tags)))
        current.clear()
        link_chars[0] = 0

    def add(text: str) -> None:
        current.append(text)
        if in_link:
            link_chars[0] += len(" ".join(text.split()))

    for event, el in etree.iterwalk(element, events=("start", "end")):
        tag = _local_tag(el)
        if event == "start":
            if skipping or not tag or tag in _SKIP_TAGS:
                skipping += 1
                continue
            if tag in _BLOCK_TAGS:
                flush()
                stack.append(el)
            elif tag == "br":
                current.append(" ")
            elif tag == "a":
                in_link += 1
            tags.append(tag)
            if el.text:
                add(el.text)
        else:
            if skipping:
                skipping -= 1
            else:
                if tag in _BLOCK_TAGS:
                    flush()
                    if stack and stack[-1] is el:
                        stack.pop()
                elif tag == "a":
                    in_link -= 1
                if tags:
                    tags.pop()
            if el is not element and el.tail and not skipping:
                add(el.tail)
    flush()
    return blocks


def html_blocks(element) -> list[str]:
    """Return the text blocks of an lxml element in document order, whitespace collapsed.

    A block ends at every block-level tag (``p``, ``li``, ``div``, headings, ...);
    ``script``/``style`` and comments are skipped. Iterative, so any nesting
    depth is safe.
    """
    return [block.text for block in _walk_blocks(element)]


#: Languages whose stop words the boilerplate filter knows (briefing's six).
_FILTER_LANGUAGES = ("en", "ru", "uk", "de", "fr", "es")
#: Below this share of stop words (best of the six lists) the body is not in a
#: language the filter knows, and it is left alone.
MIN_STOP_WORD_SHARE = 0.15
#: jusText's thresholds (its defaults: 70, 200, 0.30, 0.32, 0.2), chosen for
#: text inside an article container on benchmarks/extraction.py (even half).
LENGTH_LOW, LENGTH_HIGH, STOP_WORDS_LOW, STOP_WORDS_HIGH, MAX_LINK_DENSITY = 50, 200, 0.15, 0.17, 0.5
#: Block-level tags that hold running text; a short block in any other element
#: (a bare ``div``, ``figure``, ``section``) is page furniture unless ...
_TEXT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "tr",
                        "address", "caption", "summary", "details"})
_LIST_TAGS = frozenset({"ul", "ol", "dl", "li", "tbody", "thead", "tfoot", "table"})
#: ARIA roles of interface widgets, never article text.
_WIDGET_ROLES = frozenset({"dialog", "alertdialog", "menu", "menubar", "menuitem", "menuitemradio",
                           "menuitemcheckbox", "toolbar", "tooltip", "navigation", "banner", "contentinfo",
                           "complementary", "search", "tablist", "slider", "progressbar", "timer", "status"})


def _stop_words_of(blocks: list[_Block]) -> frozenset[str]:
    """Return the stop-word list (of :data:`_FILTER_LANGUAGES`) that matches most words of ``blocks``,
    or an empty set when none matches :data:`MIN_STOP_WORD_SHARE` of them."""
    from ..language.resources import stop_words_for

    words = [w.lower() for block in blocks for w in block.text.split()]
    if not words:
        return frozenset()
    best, hits = frozenset(), 0
    for code in _FILTER_LANGUAGES:
        stop = stop_words_for(code)
        count = sum(w in stop for w in words)
        if count > hits:
            best, hits = stop, count
    return best if hits >= MIN_STOP_WORD_SHARE * len(words) else frozenset()


def _is_widget(el) -> bool:
    role = (el.get("role") or "").strip().lower()
    return (role in _WIDGET_ROLES or el.get("aria-hidden") == "true" or el.get("hidden") is not None
            or "display:none" in (el.get("style") or "").replace(" ", "").lower())


def _drop_widgets(root) -> None:
    """Remove interface widgets (dialogs, menus, hidden parts) from an lxml tree, keeping tails."""
    for el in [el for el in root.iter() if isinstance(el.tag, str) and el is not root and _is_widget(el)]:
        if el.getparent() is not None:
            el.drop_tree()


def filter_boilerplate(blocks: list[_Block]) -> list[_Block]:
    """Return the blocks of an article fragment that are text, not page chrome.

    jusText's classification (Pomikálek 2011; ``justext.core``): each block is
    good, near-good, short or bad from its length, link density and stop-word
    density; short and near-good blocks then take the class of their
    neighbours. The fragment is already the article, so its two ends count as
    good. Two rules of this project follow: a block without a letter
    (a time stamp, a counter) is dropped, and a short block that is kept only
    because of its neighbours must sit in an element that also holds a good
    block (``ul``/``ol`` and table wrappers are looked through), or in a text
    element (``p``, ``li``, heading) next to good blocks: gallery, player and
    advert boxes inside the article are dropped as a whole. Blocks in a
    language without a known stop-word list are returned unchanged.
    """
    from justext.core import classify_paragraphs, revise_paragraph_classification
    from justext.paragraph import Paragraph

    stop = _stop_words_of(blocks)
    if not stop:
        return blocks

    class _Path:
        def __init__(self, dom: str) -> None:
            self.dom, self.xpath = dom, ""

    def paragraph(text: str, dom: str, link_chars: int) -> Paragraph:
        par = Paragraph(_Path(dom))
        par.text_nodes = [text]
        par.chars_count_in_links = link_chars
        return par

    edge = "The article starts and ends here, and this line stands for the text that the page had around it."
    pars = [paragraph(edge * 3, "p", 0)]
    # jusText calls any block with a "©" bad: right for a copyright line, wrong for a long
    # paragraph that starts with a photo credit, so only short blocks keep the sign.
    pars += [paragraph(b.text if len(b.text) < LENGTH_HIGH else b.text.replace("\xa9", " "), b.dom_path, b.link_chars)
             for b in blocks]
    pars.append(paragraph(edge * 3, "p", 0))
    classify_paragraphs(pars, stop, length_low=LENGTH_LOW, length_high=LENGTH_HIGH, stopwords_low=STOP_WORDS_LOW,
                        stopwords_high=STOP_WORDS_HIGH, max_link_density=MAX_LINK_DENSITY)
    pars[0].cf_class = pars[-1].cf_class = "good"
    for par in pars:
        if par.cf_class == "neargood":
            par.cf_class = "good"
    revise_paragraph_classification(pars)
    pars = pars[1:-1]

    def holder(el):
        el = el.getparent()
        while el is not None and _local_tag(el) in _LIST_TAGS:
            el = el.getparent()
        return el

    # Blocks that are text by jusText's own (stricter) defaults anchor their containers.
    strict = [paragraph(par.text, par.dom_path, par.chars_count_in_links) for par in pars]
    classify_paragraphs(strict, stop)
    good_holders = set()
    for block, par in zip(blocks, strict):
        if par.cf_class in ("good", "neargood"):
            el = block.element
            while el is not None:
                good_holders.add(el)
                el = el.getparent()
    if not good_holders:  # no block reads as text in this language: no evidence to filter on
        return blocks
    kept = []
    for block, par, strict_par in zip(blocks, pars, strict):
        if par.class_type != "good" or not any(c.isalpha() for c in block.text):
            continue
        if par.cf_class == "short" and not par.heading and not any(w.lower() in stop for w in block.text.split()):
            continue
        if strict_par.cf_class not in ("good", "neargood") and (
                holder(block.element) not in good_holders
                or (par.cf_class == "short" and _local_tag(block.element) not in _TEXT_TAGS)):
            continue
        kept.append(block)
    return kept


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
        body, found_words = "", 0
        if summary.strip():
            fragment = lxml.html.fragment_fromstring(summary)
            blocks = _walk_blocks(fragment)
            found_words = sum(len(block.text.split()) for block in blocks)
            _drop_widgets(fragment)
            body = "\n\n".join(block.text for block in filter_boilerplate(_walk_blocks(fragment)))
    except Exception:  # readability raises its own and lxml's errors on pages it cannot score
        body, found_words = "", 0
    try:
        fallback = trafilatura.extract(html, include_comments=False) or ""
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura/lxml raise many types on malformed markup
        if not body:
            raise LoadError(f"{name}: the HTML page could not be read ({exc}).") from exc
        fallback, meta = "", None
    method = "readability"
    # The share is measured before the boilerplate filter: it judges readability's choice of container.
    if found_words < READABILITY_MIN_SHARE * len(fallback.split()):
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
