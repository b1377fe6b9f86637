"""A small typesetter for test PDFs: exact control over columns, gaps, headings, hyphens and footers.

reportlab's canvas draws each line where this module puts it, so a test knows
the paragraphs a reader of the page sees.
"""

from __future__ import annotations

from pathlib import Path

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 72.0
BODY_SIZE, LEADING = 10.0, 13.0


def wrap_marked(text: str, measure, width: float, first_indent: float) -> list[tuple[str, float]]:
    """Break ``text`` into lines of at most ``width`` (``measure(line)`` gives a line's width), the first indented by
    ``first_indent``; a "|" inside a word marks where it may be hyphenated at a line's end ("inter|national").
    Returns each line with its indent."""
    lines: list[tuple[str, float]] = []
    current, avail = "", width - first_indent
    for word in text.split():
        plain = word.replace("|", "")
        candidate = f"{current} {plain}" if current else plain
        if measure(candidate) <= avail:
            current = candidate
            continue
        if "|" in word:
            head, tail = word.split("|", 1)
            head = head if head.endswith("-") else head + "-"
            split = f"{current} {head}" if current else head
            if measure(split) <= avail:
                lines.append((split, width - avail))
                current, avail = tail.replace("|", ""), width
                continue
        lines.append((current, width - avail))
        current, avail = plain, width
    if current:
        lines.append((current, width - avail))
    return lines


def typeset_pdf(path: Path, blocks: list[tuple[str, str]], columns: int = 1, gutter: float = 24.0,
                footer: str | None = None, header: str | None = None, title: str | None = None,
                paragraph_gap: float = 6.0, indent: float = 0.0) -> Path:
    """Write ``blocks`` as a PDF and return ``path``.

    Each block is ``(kind, text)``: ``"title"`` (20 pt bold, across the page),
    ``"heading"`` (13 pt bold), ``"line"`` (one body-size line of its own) or
    ``"body"`` (a paragraph wrapped to the column). In body text a ``|`` marks
    where a word may be hyphenated. ``footer``/``header`` are drawn on every
    page with ``{page}`` replaced; ``title`` is the metadata title.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    if title is not None:
        canvas.setTitle(title)
    col_w = (PAGE_W - 2 * MARGIN - gutter * (columns - 1)) / columns
    top, bottom = PAGE_H - MARGIN, MARGIN
    state = {"page": 1, "col": 0, "y": top}

    def furniture() -> None:
        canvas.setFont("Helvetica", 8)
        if footer:
            canvas.drawString(MARGIN, 40, footer.format(page=state["page"]))
        if header:
            canvas.drawString(MARGIN, PAGE_H - 45, header.format(page=state["page"]))

    def next_column() -> None:
        state["col"] += 1
        if state["col"] >= columns:
            furniture()
            canvas.showPage()
            state["page"] += 1
            state["col"] = 0
            state["top"] = top
        state["y"] = state["top"]

    state["top"] = top

    def draw(text: str, font: str, size: float, leading: float, x_offset: float = 0.0, full_width: bool = False) -> None:
        if state["y"] - leading < bottom:
            next_column()
        state["y"] -= leading
        x = MARGIN + (0 if full_width else state["col"] * (col_w + gutter)) + x_offset
        canvas.setFont(font, size)
        canvas.drawString(x, state["y"], text)

    def wrap(text: str, font: str, size: float, width: float, first_indent: float) -> list[tuple[str, float]]:
        return wrap_marked(text, lambda t: stringWidth(t, font, size), width, first_indent)

    for kind, text in blocks:
        if kind == "title":
            draw(text, "Helvetica-Bold", 20, 26, full_width=True)
            state["y"] -= 8
            state["top"] = state["y"] if state["page"] == 1 else top
        elif kind == "heading":
            state["y"] -= 6
            draw(text, "Helvetica-Bold", 13, 17)
            state["y"] -= 2
        elif kind == "line":
            draw(text, "Helvetica", BODY_SIZE, LEADING)
            state["y"] -= paragraph_gap
        else:
            for line, x in wrap(text, "Helvetica", BODY_SIZE, col_w, indent):
                draw(line, "Helvetica", BODY_SIZE, LEADING, x_offset=x)
            state["y"] -= paragraph_gap
    furniture()
    canvas.showPage()
    canvas.save()
    return path
