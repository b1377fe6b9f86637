"""What a desktop puts on the clipboard or in a drag -> an article: its HTML copy or its plain text, whichever is better.

A browser, Word or a mail program copies a selection twice: as ``text/html``
(the fragment with its headings, paragraphs and captions) and as
``text/plain``. Some browsers' plain text breaks lines inside paragraphs or
loses the breaks between them; some programs' HTML is one ``div`` per line
(a code editor) or holds less than the text. :func:`article_from_clipboard`
reads the HTML through the same path as an opened page
(:func:`.html.article_from_html`, bounded the same way: element count, depth,
scripts skipped) when :func:`html_is_better` says so, and the plain text as
pasted text otherwise. :func:`pasted_article` is the one way a paste or a drop
becomes an article, whether it makes a new brief or is added to one as a
source (:class:`Clipping` carries both copies there). Nothing is fetched: a
clipboard holding only a web address is told apart by :func:`web_addresses_only`
so the caller can say so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..errors import LoadError
from ..model import Article

#: Largest clipboard HTML read (characters), as an HTML file's size limit (``load.MAX_TEXT_BYTES``).
MAX_PASTE_HTML_CHARS = 20 * 1024 * 1024
#: The HTML is read only when its text holds at least this share of the plain text's words: a program whose
#: HTML copy holds less (a picture, the first cell) is read from its plain text.
MIN_HTML_COVERAGE = 0.9
#: The HTML is read only when at most this share of its text blocks are lines broken inside a sentence (a block
#: ending without a sentence's punctuation, the next opening in lower case): a code editor's one ``div`` per line.
MAX_BROKEN_BLOCK_SHARE = 0.1

_START_FRAGMENT = "<!--StartFragment-->"
_END_FRAGMENT = "<!--EndFragment-->"
#: What a block may end with and still end its sentence (or be a title, a byline, a list item).
_BLOCK_ENDS = frozenset(".!?…:;\"'”’»)]")


def unwrap_fragment(html: str) -> str:
    """Return the copied part of a clipboard's HTML: the text between ``<!--StartFragment-->`` and
    ``<!--EndFragment-->`` (Chrome, Word, Outlook on Windows) when both are there, after Windows' ``CF_HTML``
    header ("Version:0.9 StartHTML:…") if any; else ``html`` as it is. Fixed strings only (no regex)."""
    if html.startswith("Version:"):  # CF_HTML's header lines come before the first tag
        first_tag = html.find("<")
        html = html[first_tag:] if first_tag >= 0 else ""
    start = html.find(_START_FRAGMENT)
    end = html.find(_END_FRAGMENT, start + 1) if start >= 0 else -1
    if start >= 0 and end > start:
        return html[start + len(_START_FRAGMENT):end]
    return html


def article_from_html_fragment(html: str, name: str = "Pasted text", language: str | None = None) -> Article:
    """Build an article from an HTML fragment held as a string (a selection copied or dragged from a browser,
    Word or a mail): the copied part (:func:`unwrap_fragment`) read as an opened page is, and, when it names no
    title, its short first block is the title. ``language`` as for :func:`.text.article_from_text`.
    Raises :class:`LoadError` for HTML over :data:`MAX_PASTE_HTML_CHARS`, too many elements, or no article text.
    """
    from .html import article_from_html
    from .text import LOAD_LANGUAGE

    if len(html) > MAX_PASTE_HTML_CHARS:
        raise LoadError(f"{name}: the HTML is too large ({len(html) / 2**20:.1f} M characters; "
                        f"at most {MAX_PASTE_HTML_CHARS // 2**20} M); select the article alone and paste it.")
    token = LOAD_LANGUAGE.set(language) if language is not None else None
    try:
        return article_from_html(unwrap_fragment(html), name, fragment=True)
    finally:
        if token is not None:
            LOAD_LANGUAGE.reset(token)


def _words(text: str) -> list[str]:
    return "".join(c.lower() if c.isalnum() else " " for c in text).split()


def _html_blocks(html: str) -> list[str]:
    """The text blocks of an HTML fragment (scripts and styles skipped; iterative, any depth)."""
    from .html import html_string_blocks

    return html_string_blocks(html)


@dataclass
class HtmlJudgement:
    """The measures :func:`html_is_better` decides on."""

    #: Share of the plain text's words (as a multiset, case aside) that the HTML's text holds.
    coverage: float
    #: Share of the HTML's text blocks that are lines broken inside a sentence.
    broken_share: float
    #: Text blocks of the HTML, and paragraphs of the plain text (at blank lines).
    html_blocks: int
    text_paragraphs: int

    @property
    def better(self) -> bool:
        """The rule: the HTML holds the text (:data:`MIN_HTML_COVERAGE`), its blocks are whole paragraphs
        (:data:`MAX_BROKEN_BLOCK_SHARE`), and it has at least as many as the plain text has at blank lines."""
        return (self.coverage >= MIN_HTML_COVERAGE and self.broken_share <= MAX_BROKEN_BLOCK_SHARE
                and self.html_blocks >= self.text_paragraphs)


def judge_html(text: str, html: str) -> HtmlJudgement:
    """Measure a clipboard's HTML copy against its plain text (see :class:`HtmlJudgement`)."""
    blocks = [b for b in _html_blocks(unwrap_fragment(html)) if _words(b)]
    plain = Counter(_words(text))
    have = Counter(w for b in blocks for w in _words(b))
    total = sum(plain.values())
    coverage = sum((plain & have).values()) / total if total else 1.0
    broken = sum(1 for a, b in zip(blocks, blocks[1:]) if a[-1] not in _BLOCK_ENDS and b[0].islower())
    paragraphs = sum(1 for p in text.replace("\r\n", "\n").split("\n\n") if p.strip())
    return HtmlJudgement(coverage, broken / len(blocks) if blocks else 1.0, len(blocks), paragraphs)


def html_is_better(text: str, html: str) -> bool:
    """Whether a clipboard's HTML copy makes a better article than its plain text (:attr:`HtmlJudgement.better`);
    True when there is no plain text, False when the HTML holds no text."""
    if not html.strip():
        return False
    if not text.strip():
        return True
    return judge_html(text, html).better


def article_from_clipboard(text: str, html: str = "", name: str = "Pasted text",
                           language: str | None = None) -> Article:
    """Build an article from what was copied or dragged: the HTML copy read as a page fragment when
    :func:`html_is_better` (and the plain text is no forwarded or replied e-mail), else the plain text as pasted text; when the chosen one yields no article, the
    other. HTML over :data:`MAX_PASTE_HTML_CHARS` or over the page limits is not read (the text is).
    Raises :class:`LoadError` when neither yields an article (the first one's message)."""
    from .mail_paste import read_pasted_mail
    from .text import article_from_text

    html = html if len(html) <= MAX_PASTE_HTML_CHARS else ""
    readers = [lambda: article_from_text(text, name, language=language or "auto")] if text.strip() else []
    if html.strip():
        read_html = lambda: article_from_html_fragment(html, name, language or "auto")  # noqa: E731
        # A forwarded or replied mail's plain text is read by the mail rules (.mail_paste); its HTML copy's header
        # block ("<b>From:</b> ...<br><b>Sent:</b> ...") would be read as the article's opening.
        first = html_is_better(text, html) and read_pasted_mail(text) is None
        readers.insert(0 if first else len(readers), read_html)
    if not readers:
        raise LoadError(f"{name}: the text is empty; copy the article's text and paste it again.")
    first_error: LoadError | None = None
    for read in readers:
        try:
            return read()
        except LoadError as exc:
            first_error = first_error or exc
    raise first_error


@dataclass(frozen=True)
class Clipping:
    """What was copied or dragged: its plain text and its HTML copy ("" when the program gave none)."""

    text: str
    html: str = ""


def pasted_article(text: str, html: str = "", name: str = "Pasted text", language: str | None = "auto") -> Article:
    """Build the article a paste or a drop makes, for a new brief and for a source added to one alike: both copies
    cleaned (:func:`~briefing.core.safetext.clean_unicode`: lone surrogates from a clipboard, control characters),
    then the better of them (:func:`article_from_clipboard`), or the plain text when there is no HTML copy.
    ``language`` as for :func:`.text.article_from_text`. Raises :class:`LoadError` when no article text is found."""
    from ..safetext import clean_unicode
    from .text import article_from_text

    text = clean_unicode(text)
    if html.strip():
        return article_from_clipboard(text, clean_unicode(html), name, language=language)
    return article_from_text(text, name, language=language)


def web_addresses_only(text: str) -> list[str]:
    """Return the web addresses (http, https) when ``text`` is nothing but them (a link copied from the address
    bar, a dragged link's text); else an empty list. Words are split at white space; no regex."""
    words = text.split()
    if words and all(w.lower().startswith(("http://", "https://")) and len(w) > 8 for w in words):
        return words
    return []
