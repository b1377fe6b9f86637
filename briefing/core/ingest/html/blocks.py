"""The text blocks of an HTML tree in document order (``p``, ``li``, ``div``, headings ... each end one), with
what the boilerplate filter needs; iterative, so any nesting depth is safe."""

from __future__ import annotations

from dataclasses import dataclass

BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "tr", "ul", "ol", "dl", "dt",
    "dd", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "aside", "header", "footer",
    "nav", "main", "figure", "figcaption", "address", "details", "summary", "hr", "form", "fieldset", "body",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})


def local_tag(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


@dataclass
class Block:
    """One text block of an HTML fragment, with what the boilerplate filter needs."""

    text: str
    link_chars: int
    element: object  # the block-level lxml element whose text this is
    dom_path: str  # dotted tag names from the root, as jusText's Paragraph.dom_path


#: Marks that stick to the text before them ("<bdi>עכשיו</bdi>, das" reads "עכשיו, das") and after them.
_GLUE_AFTER = frozenset(",.;:!?)]}»”’%…")
_GLUE_BEFORE = frozenset("([{«„“‘¿¡")


def _join_pieces(pieces: list[str]) -> str:
    """The text pieces of one block (element texts and tails) joined: with a space between two pieces (adjacent
    links, "<a>Share</a><a>Copy link</a>", are two words), none before a closing mark or after an opening one."""
    out: list[str] = []
    last = ""
    for piece in pieces:
        if not piece:
            continue
        if last and not last[-1].isspace() and not piece[0].isspace() and piece[0] not in _GLUE_AFTER \
                and last[-1] not in _GLUE_BEFORE:
            out.append(" ")
        out.append(piece)
        last = piece
    return "".join(out)


def walk_blocks(element) -> list[Block]:
    """Return the text blocks of an lxml element in document order (see :func:`html_blocks`)."""
    from lxml import etree

    blocks: list[Block] = []
    current: list[str] = []
    link_chars = [0]
    stack: list[object] = []  # open block-level elements
    tags: list[str] = []  # every open element's tag, for the dom path
    skipping = 0
    in_link = 0

    def flush() -> None:
        text = " ".join(_join_pieces(current).split())
        if text:
            owner = stack[-1] if stack else element
            blocks.append(Block(text, min(link_chars[0], len(text)), owner, ".".join(tags)))
        current.clear()
        link_chars[0] = 0

    def add(text: str) -> None:
        current.append(text)
        if in_link:
            link_chars[0] += len(" ".join(text.split()))

    for event, el in etree.iterwalk(element, events=("start", "end")):
        tag = local_tag(el)
        if event == "start":
            if skipping or not tag or tag in _SKIP_TAGS:
                skipping += 1
                continue
            if tag in BLOCK_TAGS:
                flush()
                stack.append(el)
            elif tag in ("br", "td", "th"):
                current.append(" ")  # a table's cells are read apart ("Year Budget", not "YearBudget")
            elif tag == "a":
                in_link += 1
            tags.append(tag)
            if el.text:
                add(el.text)
        else:
            if skipping:
                skipping -= 1
            else:
                if tag in BLOCK_TAGS:
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
    return [block.text for block in walk_blocks(element)]


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


#: Blocks that end a paragraph in an e-mail's HTML (a blank line in its text); other block tags (``div``, a
#: table's row, a list item: Gmail, Apple Mail and Outlook put each typed line or header in one) end a line.
_MAIL_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl",
                                  "table", "section", "article", "hr"})
#: Class names of a mail program's signature box (Gmail, Thunderbird, Outlook's id "Signature").
_SIGNATURE_MARKS = ("gmail_signature", "moz-signature")
#: Outlook's line over a quoted or forwarded message's headers (its own plain text draws the <hr> so).
_OUTLOOK_RULE = "_" * 32


def _is_quote(el) -> bool:
    """True for a blockquote that quotes an earlier message: ``type="cite"`` (Apple Mail, Thunderbird) or Gmail's
    ``class="gmail_quote"``."""
    return local_tag(el) == "blockquote" and ((el.get("type") or "").lower() == "cite"
                                              or "gmail_quote" in (el.get("class") or ""))


def _opening_text(el, chars: int = 300) -> str:
    """The first ``chars`` characters of ``el``'s text (a bounded read of its first text pieces)."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size >= chars:
            break
    return "".join(pieces)[:chars]


def mail_html_text(html: str, opens_forward=lambda text: False) -> str:
    """The text of an e-mail's HTML part as a mail program writes its plain-text alternative: a line for each
    ``div``/``br``, a blank line between paragraphs, the lines of a quoted blockquote opening with "> " (one per
    level), a signature box under a "-- " line and Outlook's rule over a quoted message's headers as a line of
    underscores, so :mod:`..mail_text`'s rules read it. A quoted blockquote whose text ``opens_forward``
    ("Begin forwarded message:", Apple Mail's forward) holds a forwarded message: it is not quoted. "" when lxml
    cannot parse ``html``. Iterative: any nesting depth is safe."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    current: list[str] = []
    quotes: list[bool] = []  # for each open blockquote: whether it quotes
    depth = [0]
    skipping = 0

    def flush(blank: bool = False) -> None:
        text = " ".join(_join_pieces(current).replace("\u00a0", " ").split())
        current.clear()
        prefix = "> " * depth[0]
        if text:
            lines.append(prefix + text)
        if blank and lines and lines[-1].strip("> "):
            lines.append(prefix.rstrip())

    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = local_tag(el)
        if event == "start":
            if skipping or not tag or tag in _SKIP_TAGS:
                skipping += 1
                continue
            if tag == "br":
                if "".join(current).strip():
                    flush()
                else:  # a line of its own ("<div><br></div>", the second of "<br><br>"): a blank line
                    current.clear()
                    flush(blank=True)
            elif tag in BLOCK_TAGS:
                flush(tag in _MAIL_PARAGRAPH_TAGS)
                if tag == "hr":
                    lines.append("> " * depth[0] + _OUTLOOK_RULE)
                if tag in ("div", "pre") and any(mark in (el.get("class") or "") for mark in _SIGNATURE_MARKS) \
                        or (el.get("id") or "").lower() == "signature":
                    if not (lines and lines[-1].strip("> ") in ("--", "-- ")):
                        lines.append("> " * depth[0] + "-- ")
                if tag == "blockquote":
                    quoting = _is_quote(el) and not opens_forward(_opening_text(el))
                    quotes.append(quoting)
                    depth[0] += quoting
            elif tag in ("td", "th"):
                current.append(" ")
            if el.text:
                current.append(el.text)
        else:
            if skipping:
                skipping -= 1
            elif tag in BLOCK_TAGS:
                flush(tag in _MAIL_PARAGRAPH_TAGS)
                if tag == "blockquote" and quotes:
                    depth[0] -= quotes.pop()
            if el is not tree and el.tail and not skipping:
                current.append(el.tail)
    flush()
    while lines and not lines[-1].strip("> "):
        lines.pop()
    return "\n".join(lines)
