"""HTML pages -> article text and metadata: readability-lxml for the body, trafilatura as its fallback and
for the metadata. The only module that imports readability, trafilatura or lxml; nothing is fetched.
"""

from __future__ import annotations

import functools
import html as html_lib
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..errors import LoadError
from ..model import Article
from .bylines import is_job_title, read_byline, strip_job_title
from .cleaning import clean_text, source_from_url
from .date_lines import parse_date
from .furniture import is_section_label
from .page_head import PageHead, head_from_parts
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
    blocks = [b.text for b in _walk_blocks(tree)] if h1 is not None else []
    return head_from_parts(title, json_ld, h1.text_content() if h1 is not None else None, blocks, headline)


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


def html_string_blocks(html: str) -> list[str]:
    """Return the text blocks (:func:`html_blocks`) of HTML held as a string (a clipboard's fragment); [] when
    lxml cannot parse it. Here so that lxml stays behind this module."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    return html_blocks(tree)


#: jusText's stop lists (package ``jusText``, thousands of words each) for briefing's six languages.
_FILTER_LANGUAGES = ("English", "Russian", "Ukrainian", "German", "French", "Spanish")
#: Below this share of stop words (best of the six lists) the body is not in a
#: language the filter knows, and it is left alone.
MIN_STOP_WORD_SHARE = 0.15
#: A sentence of this many words (ending in ., !, ?, … or a closing quote) is running text: never dropped.
SENTENCE_WORDS = 10
#: Elements whose text is data, not prose: code, formulas, tables (infoboxes), definition lists.
_DATA_TAGS = frozenset({"pre", "code", "table", "math", "dl", "kbd", "samp"})
_TEXT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dt", "dd", "address",
                        "summary", "caption"})
_LIST_TAGS = frozenset({"ul", "ol", "li"})
#: Blocks that go with a container (a gallery, a player, a box) that holds no good text: list items and
#: text directly in a ``div``-like element. A paragraph or a figure caption stays.
_BOX_TEXT_TAGS = frozenset({"li", "div", "section", "aside", "figure", "span", "article"})
#: ARIA roles of interface widgets, never article text.
_WIDGET_ROLES = frozenset({"dialog", "alertdialog", "menu", "menubar", "menuitem", "menuitemradio",
                           "menuitemcheckbox", "toolbar", "tooltip", "navigation", "banner", "contentinfo",
                           "search", "tablist", "slider", "progressbar", "timer", "status"})
_WIDGET_TAGS = frozenset({"button", "select", "option", "input", "textarea"})
#: How a credit line starts ("Reporting by ...", "Foto: ...", "Текст: ..."), lowercased; only short blocks.
_CREDIT_LABELS = (
    "reporting by", "additional reporting by", "editing by", "writing by", "written by", "edited by",
    "photo:", "photos:", "photograph:", "video:", "text:", "words:",
    "текст:", "фото:", "видео:", "редактор:", "автор:", "текст і фото:", "редакторка:",
    "foto:", "fotos:", "mitarbeit:", "redaktion:", "text und fotos:", "bild:",
    "texte :", "texte:", "photo :", "rédaction :", "rédaction:", "avec ", "édition :",
    "texto:", "redacción:", "edición:", "fotografía:",
)
_SENTENCE_END = frozenset(".!?…")


@functools.cache
def _stop_list(language: str) -> frozenset[str]:
    import justext

    return justext.get_stoplist(language)


def _stop_words_of(blocks: list[_Block]) -> frozenset[str]:
    """Return jusText's stop list (of :data:`_FILTER_LANGUAGES`) that matches most words of ``blocks``,
    or an empty set when none matches :data:`MIN_STOP_WORD_SHARE` of them."""
    words = [w.lower() for block in blocks for w in block.text.split()]
    if not words:
        return frozenset()
    best, hits = frozenset(), 0
    for language in _FILTER_LANGUAGES:
        stop = _stop_list(language)
        count = sum(w in stop for w in words)
        if count > hits:
            best, hits = stop, count
    return best if hits >= MIN_STOP_WORD_SHARE * len(words) else frozenset()


def _is_widget(el) -> bool:
    role = (el.get("role") or "").strip().lower()
    return (_local_tag(el) in _WIDGET_TAGS or role in _WIDGET_ROLES or el.get("aria-hidden") == "true"
            or el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(" ", "").lower())


def _drop_widgets(root) -> None:
    """Remove interface widgets (buttons, dialogs, menus, hidden parts) from an lxml tree, keeping tails."""
    for el in [el for el in root.iter() if isinstance(el.tag, str) and el is not root and _is_widget(el)]:
        if el.getparent() is not None:
            el.drop_tree()


def _has_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (., !, ?, …) after at least :data:`SENTENCE_WORDS` words (with a letter)."""
    words = 0
    for word in text.split():
        words += any(c.isalpha() for c in word)
        if word.rstrip("\"'”’»)]").endswith(tuple(_SENTENCE_END)):
            if words >= SENTENCE_WORDS:
                return True
            words = 0
    return False


def _in_data(el, root) -> bool:
    while el is not None and el is not root:
        if _local_tag(el) in _DATA_TAGS:
            return True
        el = el.getparent()
    return False


def _container(el):
    """The element a block belongs to: the block's own element when text sits in it directly (a ``div``),
    else the nearest ancestor that is neither a text element (``p``, ``li``) nor a list."""
    if _local_tag(el) not in _TEXT_TAGS and _local_tag(el) not in _LIST_TAGS:
        return el
    parent = el.getparent()
    while parent is not None and (_local_tag(parent) in _LIST_TAGS or _local_tag(parent) in _TEXT_TAGS):
        parent = parent.getparent()
    return parent if parent is not None else el


def filter_boilerplate(blocks: list[_Block], root=None) -> list[_Block]:
    """Return the blocks of an article fragment without what is clearly page chrome.

    Each block is classified by jusText's ``classify_paragraphs`` (Pomikálek 2011; its default
    thresholds and its own stop list of the best-matching language): good, near-good, short or bad
    from its length, link and stop-word density. Running text is never dropped: a block with a
    sentence of :data:`SENTENCE_WORDS` words, a heading, text in code, formulas, tables and definition
    lists. Of the rest, a block goes when it has no letter (a time stamp, a counter), when it is a
    credit line ("Reporting by ...", "Foto: ..."), when jusText calls it bad (link-dense, "©", few
    stop words) unless both its neighbours are good text, or when its container (a gallery, a player,
    a box; lists looked through) holds no good text at all. Blocks in a language without a stop list
    are returned unchanged.
    """
    from justext.core import LENGTH_LOW_DEFAULT, STOPWORDS_LOW_DEFAULT, classify_paragraphs
    from justext.paragraph import Paragraph

    stop = _stop_words_of(blocks)
    if not stop:
        return blocks

    class _Path:
        def __init__(self, dom: str) -> None:
            self.dom, self.xpath = dom, ""

    pars = []
    for block in blocks:
        par = Paragraph(_Path(block.dom_path))
        par.text_nodes = [block.text]
        par.chars_count_in_links = block.link_chars
        pars.append(par)
    classify_paragraphs(pars, stop)
    # Good text: good by jusText, or near-good with a whole sentence (a caption is near-good too).
    good = [par.cf_class == "good" or (par.cf_class == "neargood" and _has_sentence(par.text)) for par in pars]
    good_containers = set()
    for block, is_good in zip(blocks, good):
        if is_good:
            el = block.element
            while el is not None:
                good_containers.add(el)
                el = el.getparent()
    kept = []
    for i, (block, par) in enumerate(zip(blocks, pars)):
        text = block.text
        if good[i] or par.heading or _in_data(block.element, root):
            kept.append(block)
            continue
        if not any(c.isalpha() for c in text):
            continue
        if _has_sentence(text):
            kept.append(block)
            continue
        if len(text) < 200 and text.lower().startswith(_CREDIT_LABELS):
            continue
        between_good = (0 < i < len(blocks) - 1 and good[i - 1] and good[i + 1]
                        and _container(blocks[i - 1].element) is _container(block.element)
                        is _container(blocks[i + 1].element))
        if between_good:
            kept.append(block)
            continue
        # Of jusText's bad blocks only a copyright line and a short bar of links with few stop words ("Share",
        # "Copy link") go; a hatnote ("Main article: ..."), a line of links that reads like text, a reference
        # in a list of sources and a list item with few stop words stay.
        if par.cf_class == "bad" and ("\xa9" in text or (
                block.link_chars and par.stopwords_density(stop) < STOPWORDS_LOW_DEFAULT and len(par) < LENGTH_LOW_DEFAULT)):
            continue
        if _local_tag(block.element) in _BOX_TEXT_TAGS and _container(block.element) not in good_containers:
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
            blocks = _walk_blocks(fragment)
            found_words = sum(len(block.text.split()) for block in blocks)
            _drop_widgets(fragment)
            kept = filter_boilerplate(_walk_blocks(fragment), fragment)
            # A figure's caption describes a photo: it is no body text (it was summarised and read for actors).
            captions = [b.text for b in kept if _local_tag(b.element) == "figcaption"]
            body = "\n\n".join(b.text for b in kept if _local_tag(b.element) != "figcaption")
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
            raise LoadError(f"{name}: the HTML page could not be read ({exc}).") from exc
        fallback, meta = "", None
    method = "readability"
    # The share is measured before the boilerplate filter: it judges readability's choice of container.
    if found_words < READABILITY_MIN_SHARE * len(fallback.split()):
        body, method = "\n\n".join(line for line in fallback.split("\n") if line.strip()), "trafilatura"
        captions = []
    get = lambda key: (getattr(meta, key, None) or "") if meta is not None else ""  # noqa: E731
    head = read_page_head(html, get("title").strip())
    sitename = get("sitename").strip()
    if not sitename or ("." in sitename and " " not in sitename):  # trafilatura falls back to the domain
        sitename = head.publisher or head.title_name or sitename
    author = get("author") or "; ".join(head.authors)  # an AMP page's author may stand in its JSON-LD only
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
            raise LoadError(f"{name}: no article text found in the HTML page.")
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
    cleaned = clean_text("\n\n".join(blocks), title_from_first_line=fragment and not title)
    if fragment:
        title = title or cleaned.title
    url = page.url or cleaned.url
    byline = read_byline(page.author) if page.author else None
    if byline is not None:  # "Por Ana García": the page's author tag holds the byline
        authors = byline[0]
    else:
        # "Jane Doe, Political correspondent": a job title is no author; "Liam Nguyen State Political Reporter"
        # (a name and a title on two lines of the author box) is the name.
        parts = [a.strip() for a in re.split(r";|,| and ", page.author)]
        authors = [strip_job_title(a) for k, a in enumerate(parts) if a and not is_job_title(a, after_name=k > 0)]
    authors = authors or page.byline_authors
    return build_article(
        cleaned.paragraphs, name, title=title,
        date=(parse_date(page.date) if page.date else None) or cleaned.date, url=url,
        source=page.sitename or source_from_url(url),
        authors=authors or cleaned.authors, captions=page.captions + cleaned.captions, format="html",
    )
