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
