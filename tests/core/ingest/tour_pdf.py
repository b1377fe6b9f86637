"""A page-layout typesetter for the input tour's PDFs (reportlab canvas): pages as analysts get them.

It draws what a browser's print, a newspaper's e-paper page, a report or a
press release puts on a page: running heads and footers with page numbers,
one or two columns, a title and front lines across the page, headings,
hyphenation at line ends (``|`` marks a break point in a word; ``-|`` a break
after a real hyphen), superscript footnote markers (``^1``), footnotes at the
page foot, captions under a picture box and a boxed sidebar. Every line is
drawn where this module puts it, so a test knows what a reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .pdf_builders import wrap_marked

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 64.0
BODY, LEADING = 10.0, 13.0
_MARKER = re.compile(r"\^(\w)")


@dataclass
class Furniture:
    """Running lines drawn on every page (``{page}`` and ``{pages}`` replaced); ``skip_first`` spares page 1."""

    head_left: str = ""
    head_right: str = ""
    foot_left: str = ""
    foot_right: str = ""
    foot_center: str = ""
    skip_first: bool = False
    size: float = 8.0


@dataclass
class Sidebar:
    """A boxed sidebar set in a narrow strip at the right of page ``page`` (the body column narrows beside it)."""

    heading: str
    lines: list[str]
    page: int = 1
    width: float = 150.0


@dataclass
class Layout:
    columns: int = 1
    gutter: float = 20.0
    furniture: Furniture = field(default_factory=Furniture)
    sidebar: Sidebar | None = None
    title_meta: str | None = None
    author_meta: str | None = None
    font: str = "Helvetica"
    paragraph_gap: float = 5.0
    indent: float = 0.0


def typeset(path: Path, blocks: list[tuple[str, str]], layout: Layout | None = None) -> Path:
    """Write ``blocks`` to ``path`` as a PDF and return ``path``.

    Kinds: ``"title"`` (22 pt bold across), ``"front"`` (a 9 pt line across the page under the title: byline,
    date), ``"cover"`` (a line of a cover page, 16 pt; ``"pagebreak"`` ends the page), ``"heading"`` (12 pt bold
    in the column), ``"body"`` (a wrapped paragraph), ``"line"`` (one body line), ``"caption"`` (a grey picture box
    with an 8 pt italic caption under it), ``"footnote"`` (8 pt at the foot of the current page).
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    lay = layout or Layout()
    font, bold, italic = lay.font, lay.font + "-Bold", lay.font + "-Oblique"
    canvas = Canvas(path if hasattr(path, "write") else str(path), pagesize=(PAGE_W, PAGE_H))
    if lay.title_meta is not None:
        canvas.setTitle(lay.title_meta)
    if lay.author_meta is not None:
        canvas.setAuthor(lay.author_meta)
    text_w = PAGE_W - 2 * MARGIN
    top, bottom = PAGE_H - MARGIN, MARGIN + 10
    st = {"page": 1, "col": 0, "y": top, "top": top, "foot": []}
    pages_total = _count_pages(blocks, lay)

    def col_width(page: int) -> float:
        width = (text_w - lay.gutter * (lay.columns - 1)) / lay.columns
        if lay.sidebar and lay.sidebar.page == page and lay.columns == 1:
            width -= lay.sidebar.width + lay.gutter
        return width

    def col_x() -> float:
        return MARGIN + st["col"] * ((text_w - lay.gutter * (lay.columns - 1)) / lay.columns + lay.gutter)

    def furniture() -> None:
        f = lay.furniture
        if f.skip_first and st["page"] == 1:
            return
        canvas.setFont(font, f.size)
        fmt = {"page": st["page"], "pages": pages_total}
        if f.head_left:
            canvas.drawString(MARGIN, PAGE_H - 36, f.head_left.format(**fmt))
        if f.head_right:
            canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 36, f.head_right.format(**fmt))
        if f.foot_left:
            canvas.drawString(MARGIN, 30, f.foot_left.format(**fmt))
        if f.foot_right:
            canvas.drawRightString(PAGE_W - MARGIN, 30, f.foot_right.format(**fmt))
        if f.foot_center:
            canvas.drawCentredString(PAGE_W / 2, 30, f.foot_center.format(**fmt))

    def sidebar() -> None:
        sb = lay.sidebar
        if not sb or sb.page != st["page"]:
            return
        x = PAGE_W - MARGIN - sb.width
        y = st["top"] - 4
        height = 22 + 11 * len(sb.lines)
        canvas.setFillGray(0.92)
        canvas.rect(x, y - height, sb.width, height, fill=1, stroke=1)
        canvas.setFillGray(0)
        canvas.setFont(bold, 9)
        canvas.drawString(x + 6, y - 14, sb.heading)
        canvas.setFont(font, 8)
        for i, line in enumerate(sb.lines):
            canvas.drawString(x + 6, y - 26 - 11 * i, line)

    def footnotes() -> None:
        if not st["foot"]:
            return
        y = bottom + 2 + 10 * len(st["foot"])
        canvas.line(MARGIN, y + 4, MARGIN + 120, y + 4)
        canvas.setFont(font, 7.5)
        for note in st["foot"]:
            y -= 10
            canvas.drawString(MARGIN, y, note)
        st["foot"] = []

    def new_page() -> None:
        footnotes()
        furniture()
        canvas.showPage()
        st["page"] += 1
        st["col"], st["top"], st["y"] = 0, top, top
        sidebar()

    def foot_room() -> float:
        return 10 * len(st["foot"]) + (8 if st["foot"] else 0)

    def room(leading: float) -> None:
        if st["y"] - leading < bottom + foot_room():
            if st["col"] + 1 < lay.columns:
                st["col"] += 1
                st["y"] = st["top"]
            else:
                new_page()

    def draw_line(text: str, size: float, leading: float, x_offset: float = 0.0, face: str | None = None) -> None:
        room(leading)
        st["y"] -= leading
        x = col_x() + x_offset
        face = face or font
        pos = 0
        for m in _MARKER.finditer(text):  # a footnote marker: 60 % size, raised by a third of the body size
            chunk = text[pos:m.start()]
            canvas.setFont(face, size)
            canvas.drawString(x, st["y"], chunk)
            x += stringWidth(chunk, face, size)
            canvas.setFont(face, size * 0.6)
            canvas.drawString(x, st["y"] + size * 0.35, m.group(1))
            x += stringWidth(m.group(1), face, size * 0.6)
            pos = m.end()
        canvas.setFont(face, size)
        canvas.drawString(x, st["y"], text[pos:])

    def width_of(text: str, face: str, size: float) -> float:
        return stringWidth(_MARKER.sub(r"\1", text), face, size)

    def wrap(text: str, face: str, size: float, width: float, first_indent: float) -> list[tuple[str, float]]:
        return wrap_marked(text, lambda t: width_of(t, face, size), width, first_indent)

    sidebar()
    for kind, text in blocks:
        if kind == "pagebreak":
            new_page()
        elif kind == "cover":
            canvas.setFont(bold if text.isupper() else font, 16)
            st["y"] -= 30
            canvas.drawString(MARGIN, st["y"], text)
        elif kind == "title":
            for line, _ in wrap(text, bold, 22, text_w, 0):
                room(28)
                st["y"] -= 28
                canvas.setFont(bold, 22)
                canvas.drawString(MARGIN, st["y"], line)
            st["y"] -= 6
            st["top"] = st["y"]
        elif kind == "front":
            st["y"] -= 13
            canvas.setFont(font, 9)
            canvas.drawString(MARGIN, st["y"], text)
            st["y"] -= 4
            st["top"] = st["y"]
        elif kind == "heading":
            st["y"] -= 6
            draw_line(text, 12, 16, face=bold)
            st["y"] -= 2
        elif kind == "line":
            draw_line(text, BODY, LEADING)
            st["y"] -= lay.paragraph_gap
        elif kind == "caption":
            room(90)
            st["y"] -= 70
            canvas.setFillGray(0.8)
            canvas.rect(col_x(), st["y"], col_width(st["page"]), 64, fill=1, stroke=0)
            canvas.setFillGray(0)
            for line, _ in wrap(text, italic, 8, col_width(st["page"]), 0):
                draw_line(line, 8, 10, face=italic)
            st["y"] -= 8
        elif kind == "footnote":
            st["foot"].append(text)
        else:
            for line, x in wrap(text, font, BODY, col_width(st["page"]), lay.indent):
                draw_line(line, BODY, LEADING, x_offset=x)
            st["y"] -= lay.paragraph_gap
    footnotes()
    furniture()
    canvas.showPage()
    canvas.save()
    return path


def _count_pages(blocks, lay: Layout) -> int:
    """The page count (a dry run into a throwaway file), for "page 2 of 5" footers."""
    if "{pages}" not in (lay.furniture.foot_left + lay.furniture.foot_right + lay.furniture.foot_center
                         + lay.furniture.head_left + lay.furniture.head_right):
        return 0
    import io


    probe = Layout(**{**lay.__dict__, "furniture": Furniture()})
    buf = io.BytesIO()
    typeset(buf, blocks, probe)  # type: ignore[arg-type]
    return _page_count(buf.getvalue())


def _page_count(data: bytes) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(data))
