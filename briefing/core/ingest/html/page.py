"""A page -> an :class:`Article`: readability-lxml for the body, trafilatura as its fallback and for the
metadata, the page's JSON when its scripts draw the article; nothing is fetched."""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ...errors import LoadError
from ...model import Article
from ..bylines import is_job_title, read_byline, strip_byline_label, strip_job_title
from ..cleaning import clean_text, source_from_url
from ..date_lines import parse_date
from ..furniture import is_section_label
from ..page_head import PageHead, head_from_parts
from ..text import build_article
from .blocks import BLOCK_TAGS, local_tag, walk_blocks
from .boilerplate import drop_chrome_boxes, drop_widgets, filter_boilerplate
from .scripts import script_article


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
    #: Figure captions (``<figcaption>``) found in the article, taken out of ``text``.
    captions: list[str] = field(default_factory=list)
    #: Authors of the page's byline under the headline ("By Jane Doe, Political correspondent"), which the
    #: article extractors may leave out with the box of metadata it stands in.
    byline_authors: list[str] = field(default_factory=list)


def read_page_head(html: str, headline: str = "") -> PageHead:
    """Read the ``<title>``'s publication name, the JSON-LD article object and the byline after the ``<h1>`` of
    ``html`` (see :func:`.page_head.head_from_parts`); a part that cannot be read is left empty (never raises).
    ``headline``: the article's title as read elsewhere, to tell the publication's part of the ``<title>`` from
    the headline's."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return PageHead()
    title_el = tree.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    json_ld = [script.text or "" for script in tree.iter("script")
               if (script.get("type") or "").strip().lower() == "application/ld+json"]
    h1 = tree.find(".//h1")
    blocks = [b.text for b in walk_blocks(tree)] if h1 is not None else []
    return head_from_parts(title, json_ld, h1.text_content() if h1 is not None else None, blocks, headline)


#: Deepest element nesting handed to the extractors. libxml2 silently drops
#: everything below depth 256 unless ``huge_tree`` is set, and readability and
#: trafilatura walk the tree recursively; deeper parts are flattened to
#: paragraphs of their text first (issue 12: a deeply nested page was refused).
MAX_HTML_DEPTH = 200
#: trafilatura's body replaces readability's when readability kept fewer than
#: this share of trafilatura's words (chosen on benchmarks/extraction.py, even half).
READABILITY_MIN_SHARE = 0.2

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
        elif tag in BLOCK_TAGS:
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
        elif tag in BLOCK_TAGS:
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

    # A deep nest (issue 12) is cheap once flattened, a wide page is not: what counts is the elements left after
    # flattening. Flattening a 19 MB page takes 6 s and 480 MB, so a page far over the limit is refused first.
    elements = _count_elements(html)
    if elements > DEEP_NEST_ALLOWANCE * MAX_HTML_ELEMENTS:
        _refuse_wide_page(elements, name)
    html = _flatten_deep(html)
    if elements > MAX_HTML_ELEMENTS:
        elements = _count_elements(html)
        if elements > MAX_HTML_ELEMENTS:
            _refuse_wide_page(elements, name)
    captions: list[str] = []
    try:
        summary = Document(html).summary(html_partial=True)
        body, found_words = "", 0
        if summary.strip():
            fragment = lxml.html.fragment_fromstring(summary)
            blocks = walk_blocks(fragment)
            found_words = sum(len(block.text.split()) for block in blocks)
            drop_widgets(fragment)
            drop_chrome_boxes(fragment)
            kept = filter_boilerplate(walk_blocks(fragment), fragment)
            # A figure's caption describes a photo: it is no body text (it was summarised and read for actors).
            captions = [b.text for b in kept if local_tag(b.element) == "figcaption"]
            body = "\n\n".join(b.text for b in kept if local_tag(b.element) != "figcaption")
    except Exception:  # readability raises its own and lxml's errors on pages it cannot score
        body, found_words, captions = "", 0, []
    try:
        fallback = trafilatura.extract(html, include_comments=False) or ""
        meta = trafilatura.extract_metadata(html)
        # htmldate's extensive search makes a bare year ("© 2024", "в мае 2023 г.") 1 January of that year:
        # a date the page never gave. Kept only when the markup search alone finds it too.
        if (meta is not None and (meta.date or "").endswith("-01-01")
                and trafilatura.extract_metadata(html, extensive=False).date != meta.date):
            meta.date = None
    except Exception as exc:  # trafilatura/lxml raise many types on malformed markup
        if not body:
            raise LoadError(f"{name}: the HTML page could not be read ({exc}); save the page again from the browser.") from exc
        fallback, meta = "", None
    method = "readability"
    # The share is measured before the boilerplate filter: it judges readability's choice of container.
    if found_words < READABILITY_MIN_SHARE * len(fallback.split()):
        body, method = "\n\n".join(line for line in fallback.split("\n") if line.strip()), "trafilatura"
        captions = []
    script_authors: list[str] = []
    if not body.strip() and not fallback.strip():
        # A page its scripts draw (Next.js, a JSON-LD articleBody): the article stands in the page's JSON only.
        script_body, script_authors = script_article(html)
        if script_body:
            body, method = script_body, "json"
    get = lambda key: (getattr(meta, key, None) or "") if meta is not None else ""  # noqa: E731
    head = read_page_head(html, get("title").strip())
    sitename = get("sitename").strip()
    # trafilatura falls back to the domain, or takes a JSON-LD WebPage's name ("Headline - The Northern Post")
    title_key = " ".join(get("title").split()).lower()
    if (not sitename or ("." in sitename and " " not in sitename)
            or (len(title_key) >= 20 and title_key in " ".join(sitename.split()).lower())):
        sitename = head.publisher or head.title_name or sitename
    author = get("author") or "; ".join(head.authors)  # an AMP page's author may stand in its JSON-LD only
    if method == "json" and not author:
        author = "; ".join(script_authors)
    return ExtractedPage(text=body, title=get("title").strip(), date=get("date") or head.date or None,
                         url=get("url") or head.url or None, sitename=sitename, author=author, method=method,
                         captions=captions, byline_authors=head.byline_authors)


#: A page whose only text is this short and names JavaScript is a script-drawn page's "enable JavaScript" notice.
_SCRIPT_NOTICE_WORDS = 40


#: Most elements (start tags) a page may have. The extractors' time grows faster than the page: 31,000
#: elements of menus take about 7 s, 62,000 about 9-15 s, 125,000 about 30 s, a 19 MB page over a minute
#: (2-core machine). The largest of the 123 saved pages in html-dev (a long Wikipedia article) has 19,000.
MAX_HTML_ELEMENTS = 40_000
#: A page with up to this many times :data:`MAX_HTML_ELEMENTS` is flattened and counted again (a page of
#: 100,000 nested divs around its article opens, issue 12); a larger one is refused before flattening.
DEEP_NEST_ALLOWANCE = 5
#: A start tag's opening: one fixed two-character step, no backtracking.
_START_TAG = re.compile(r"<[A-Za-z]")


def _count_elements(html: str) -> int:
    """Return the number of start tags in ``html`` (one linear scan)."""
    return sum(1 for _ in _START_TAG.finditer(html))


def _refuse_wide_page(elements: int, name: str) -> None:
    raise LoadError(f"{name}: the page has {elements:,} HTML elements (at most {MAX_HTML_ELEMENTS:,}; a long news "
                    f"page has under 20,000), too many to read in seconds; save the article alone (the browser's "
                    f"reader view, then Save or Print to PDF).")


def _refuse_script_only(text: str, name: str) -> None:
    """Raise :class:`LoadError` when the page's only text is a notice asking for JavaScript (a page its scripts
    draw: the saved file holds no article)."""
    words = text.split()
    if len(words) <= _SCRIPT_NOTICE_WORDS and "javascript" in text.lower():
        notice = " ".join(words)
        raise LoadError(f"{name}: the page's text is drawn by JavaScript and is not in the file (it only says "
                        f"\"{notice[:80]}\"); open it in a browser, let it load, and print it to PDF or save it "
                        f"as \"Web page, complete\".")


#: How many blocks at the start of a page's body may be its byline (:func:`_names_authors`).
MAX_AUTHOR_BLOCKS = 4
_AND_WORDS = re.compile(r"\s(?:and|und|et|y|и|і|e)\s|[,;&]")


def _names_authors(block: str, authors: list[str], keep_dated: bool) -> bool:
    """True when ``block`` is a byline of ``authors`` (all of its names among them) or the list of their names alone
    ("Jane Doe, Mark Ellis"); a byline with a date is False when ``keep_dated``."""
    if not authors or len(block) > 200:
        return False
    wanted = {a.lower() for a in authors}
    byline = read_byline(block)
    if byline is not None:
        return bool(byline[0]) and {a.lower() for a in byline[0]} <= wanted and not (keep_dated and byline[1])
    names = {" ".join(part.split()).lower() for part in _AND_WORDS.split(block) if part.strip()}
    return names == wanted


def article_from_html(html: str, name: str = "page.html", fragment: bool = False) -> Article:
    """Build an article from an HTML page: main text via :func:`extract_html`, then cleaning.

    ``fragment``: ``html`` is a part of a page (a selection copied or dragged from a browser, Word or a mail):
    when it names no title (no ``<title>``, ``<h1>`` or metadata), a short first block is the title, as in
    pasted text. Nothing is fetched. Raises :class:`LoadError` when no article text is found.
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
            if "<frameset" in html[:20_000].lower():
                raise LoadError(f"{name}: is a frameset page: its text is in the pages it frames, not in this file; "
                                f"open the framed page (in the browser: right-click it, Save Frame As) instead.")
            raise LoadError(f"{name}: no article text found in the HTML page; open the article's own page (not an index), or copy its text and paste it.")
        _refuse_script_only(text, name)
        cleaned = clean_text("\n\n".join(text.split("\n")), title_from_first_line=False)
        return build_article(cleaned.paragraphs, name, title="", format="html")
    _refuse_script_only(page.text, name)
    title = page.title
    blocks = [block.strip() for block in page.text.split("\n\n") if block.strip()]
    if title in blocks:
        at = blocks.index(title)
        # A section label just over the headline ("Politics", "Wirtschaft") is no body text.
        if at > 0 and is_section_label(blocks[at - 1], [title]):
            del blocks[at - 1]
        blocks = [block for block in blocks if block != title]
    # The author box's text as a paragraph of its own before the first sentences ("Liam Nguyen State Political
    # Reporter": the page's author tag holds the same words).
    author_key = " ".join(page.author.split()).lower()
    if author_key:
        blocks = [block for i, block in enumerate(blocks) if i >= 3 or " ".join(block.split()).lower() != author_key]
    byline = read_byline(page.author) if page.author else None
    if byline is not None:  # "Por Ana García": the page's author tag holds the byline
        authors = byline[0]
    else:
        # "Jane Doe, Political correspondent": a job title is no author; "Liam Nguyen State Political Reporter"
        # (a name and a title on two lines of the author box) is the name; "Автор Иван Петров" (trafilatura's
        # reading of "Автор: Иван Петров") is the name without its label.
        parts = [strip_byline_label(a.strip()) for a in re.split(r";|,| and ", page.author)]
        authors = [strip_job_title(a) for k, a in enumerate(parts) if a and not is_job_title(a, after_name=k > 0)]
    if authors and page.byline_authors and set(authors) < set(page.byline_authors):
        authors = page.byline_authors  # the meta tag names the first of the byline's authors (Drupal)
    authors = authors or page.byline_authors
    # The byline ("By Jane Doe and Mark Ellis", "11.03.2025, 10:20 · Par ...") or the bare names of the page's
    # authors ("Jane Doe, Mark Ellis": an AMP page's byline box) among the first blocks is no body text; one
    # with a date stays when the page gave none (the cleaning reads the date from it).
    blocks = [block for i, block in enumerate(blocks)
              if i >= MAX_AUTHOR_BLOCKS or not _names_authors(block, authors, keep_dated=not page.date)]
    cleaned = clean_text("\n\n".join(blocks), title_from_first_line=fragment and not title)
    if fragment:
        title = title or cleaned.title
    url = page.url or cleaned.url
    return build_article(
        cleaned.paragraphs, name, title=title,
        date=(parse_date(page.date) if page.date else None) or cleaned.date, url=url,
        source=page.sitename or source_from_url(url),
        authors=authors or cleaned.authors, captions=page.captions + cleaned.captions, format="html",
    )
