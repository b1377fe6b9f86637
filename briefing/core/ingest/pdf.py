"""PDF articles: paragraphs and headings rebuilt from the page geometry.

:mod:`briefing.core.pdfium` gives the text runs of each page with their
position, font size and weight. Here they become lines, lines are put in
reading order (column by column on a page with two columns), running heads,
footers and page numbers go, and paragraphs are cut where the geometry says so:
a larger vertical gap, a change of font size, a first-line indent, or a line
that ends although the next word would have fitted. Headings (a larger or bold
font) are paragraphs of their own, so ``[¶n]`` counts the paragraphs a reader
of the PDF sees. Every step sorts or scans the lines once: time grows with the
page count (a 300-page report: about 2 s, most of it in PDFium).

The title is the metadata title unless it is missing or a writer's placeholder;
then the first, largest heading of page 1. The file's CreationDate and ModDate
are never taken as the publication date (they tell when the PDF was written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..errors import LoadError
from ..model import Article
from ..pdfium import PageLayout, PdfReadError, read_layout
from .bylines import read_byline
from .cleaning import clean_text, source_from_url
from .hyphens import keeps_hyphen
from .pdf_front import FrontFurniture, head_over_title, is_cover, list_lines
from .text import LOAD_PROGRESS, build_article, same_words


def load_pdf(data: bytes, name: str) -> Article:
    """Return the article in the PDF ``data``; raises :class:`LoadError` for an encrypted, damaged or image-only PDF."""
    progress = LOAD_PROGRESS.get()
    try:
        layout = read_layout(data, on_page=_page_progress(progress) if progress else None)
    except PdfReadError as exc:
        if exc.encrypted:
            raise LoadError(f"{name}: the PDF is encrypted with a password; open an unprotected copy.") from exc
        if exc.dense_page:
            raise LoadError(f"{name}: {exc} (a chart or a table of figures?), too many to read in time; save the "
                            "pages you need as a new PDF, or copy the article's text into a text file.") from exc
        raise LoadError(f"{name}: the PDF is damaged or not a PDF ({_one_line(str(exc))}); open it in a PDF viewer and print it to PDF again.") from exc
    meta = layout.metadata
    front = FrontFurniture()
    blocks = pdf_blocks(layout.pages, meta.get("Title", ""), front)
    if not blocks:
        raise LoadError(f"{name}: the PDF has no text layer (a scanned image?); nothing to summarize: run OCR on it first, or open a text version.")
    title = _real_metadata(meta.get("Title")) or front.title()
    first_heading = next((i for i, b in enumerate(blocks[:8]) if b.heading and b.page == 0), None)
    if first_heading is not None:
        heading = blocks[first_heading]
        largest = max(b.size for b in blocks[:8] if b.page == 0)
        if (not title or _site_title(title, heading.text)) and heading.size >= largest:
            title = heading.text  # "Port strike ends | Harbour Times" in the metadata: the page's own headline
            del blocks[first_heading]
        elif title and same_words(title, heading.text):
            del blocks[first_heading]  # the title once, not again as body paragraph 1
        elif (title and first_heading + 1 < len(blocks)
              and same_words(title, heading.text + " " + blocks[first_heading + 1].text)):
            del blocks[first_heading:first_heading + 2]  # a title set on two lines that the reader kept apart
    # A PDF set in one size (a text file printed by LibreOffice, a plain typescript) has no heading to find: its
    # first short line without a final stop is the title, read as a text file's is, so that the byline and date
    # lines under it are read too ("Von Katrin Vogel, Magdeburg" was dropped, "Автор: ..." was body paragraph 1).
    first_line = not title and len(blocks[0].text) <= 150 and not blocks[0].text.rstrip().endswith(".")
    cleaned = clean_text("\n\n".join(b.text for b in blocks), title_from_first_line=first_line)
    if first_line and cleaned.title:
        title = cleaned.title
    paragraphs = cleaned.paragraphs
    if not title and paragraphs and len(paragraphs[0]) <= 150 and not paragraphs[0].endswith("."):
        title = paragraphs.pop(0)
    author = _real_metadata(meta.get("Author"))
    byline = read_byline(author) if author else None
    if byline is not None:  # "By Jane Doe", "Par Jean Dupont": the writer put the byline in the Author field
        authors = byline[0]
    else:
        authors = [a.strip() for a in re.split(r";|,| and ", author) if a.strip()]
    authors = authors or cleaned.authors
    # Reading the pages was the first half of the progress bar; splitting sentences is the second.
    token = LOAD_PROGRESS.set((lambda f, m="": progress(0.5 + 0.5 * f, m)) if progress else None)
    try:
        article = build_article(paragraphs, name, title=cleaned.headline or title, date=cleaned.date,
                                url=cleaned.url, source=source_from_url(cleaned.url) or cleaned.source, authors=authors,
                                captions=cleaned.captions, format="pdf")
        # No date in the text: the cover's ("June 2024": "2024-06") or a running head's ("Thursday 13 March 2025").
        article.date = article.date or front.date()
        return article
    finally:
        LOAD_PROGRESS.reset(token)


def _page_progress(progress: Callable[[float, str], None]) -> Callable[[int, int], None]:
    """A page callback for :func:`read_layout` that reports every tenth page (and the first) of a long PDF as
    the first half of the load's progress; it passes on :class:`~briefing.core.errors.Cancelled`."""
    def on_page(index: int, count: int) -> None:
        if index % 10 == 0:
            progress(0.5 * index / count, f"Reading page {index + 1} of {count}")
    return on_page


def _site_title(title: str, heading: str) -> bool:
    """True when the metadata ``title`` is ``heading`` with a site's name after a bar or dash (a browser's page
    title: "Port strike ends after nine days | Harbour Times")."""
    for sep in (" | ", " - ", " – ", " — ", " · "):
        head, found, site = title.rpartition(sep)
        if found and len(site) <= 60 and same_words(head, heading):
            return True
    return False


def _one_line(text: str) -> str:
    """The reader's message on one line, without its final period (it goes inside parentheses)."""
    return " ".join(text.split()).rstrip(".")



#: Placeholder values PDF writers put in the Title and Author fields.
_PLACEHOLDERS = re.compile(
    r"\(?(?:anonymous|unspecified|untitled|unknown|none|title|document\d*)\)?|untitled document|"
    # a library's name as the author: a DOCX made by python-docx and converted by LibreOffice keeps it
    r"python-docx|docx4j|apache poi|reportlab|"
    r"microsoft (?:word|powerpoint|excel) - .*|[^/\\]{0,200}\.(?:docx?|odt|rtf|txt|pdf|indd|tex|dvi|pptx?)",
    re.I,
)


def _real_metadata(value: str | None) -> str:
    """Return a PDF metadata value, or "" for a writer's placeholder such as "(anonymous)" or "report.docx"."""
    value = " ".join((value or "").split())
    return "" if _PLACEHOLDERS.fullmatch(value) else value


@dataclass
class _Line:
    """Text runs on one baseline that belong together (one column's part of a line)."""

    text: str
    left: float
    right: float
    baseline: float
    size: float
    bold: bool
    page: int
    #: Index of the last character in PDFium's text of the page (-1: unknown).
    last_char: int = -1


@dataclass
class PdfBlock:
    """A paragraph or heading rebuilt from the page geometry; ``page`` is 0-based, ``size`` its font size."""

    text: str
    heading: bool
    size: float
    page: int


def _page_lines(page: PageLayout, number: int) -> list[_Line]:
    """Merge the page's runs into lines: same baseline and a gap under one em. Sorted top to bottom, left to right."""
    runs = sorted(_without_markers(page.runs), key=lambda r: (-round(r.baseline, 1), r.left))
    lines: list[_Line] = []
    for run in runs:
        text = run.text.replace("\r", " ").replace("\n", " ").strip()
        if not text:
            continue
        last = lines[-1] if lines else None
        if (last is not None and abs(last.baseline - run.baseline) <= 0.3 * max(run.size, 1)
                and -run.size <= run.left - last.right <= run.size):
            last.text = f"{last.text} {text}" if _space_between(last, run) else last.text + text
            last.right = max(last.right, run.right)
            last.last_char = run.last_char
            last.size = max(last.size, run.size)
            last.bold = last.bold and run.bold
            continue
        lines.append(_Line(text, run.left, run.right, run.baseline, run.size, run.bold, number, run.last_char))
    return lines


#: A footnote or endnote marker set as a superscript: a number of up to three digits, or a symbol.
_MARKER = re.compile(r"\d{1,3}|[*†‡§¶]{1,3}")


def _without_markers(runs: list) -> list:
    """The runs without superscript footnote markers ("in January¹": a small "1" raised above the line's baseline).

    A marker is a run of at most three digits or note symbols in a font under 80 % of a run it touches on the
    left or right, whose baseline lies between 15 % and 70 % of that run's size above the marker's. Left in, it
    came out as a line of its own ("... in 1" / "January.") or glued to the word ("January1"). Runs are
    looked up by whole-point baseline (a bounded number of buckets per marker), not compared pairwise.
    """
    by_baseline: dict[int, list] = {}
    for run in runs:
        by_baseline.setdefault(round(run.baseline), []).append(run)
    out = []
    for run in runs:
        text = run.text.strip()
        if len(text) <= 3 and _MARKER.fullmatch(text) and _is_marker(run, by_baseline):
            continue
        out.append(run)
    return out


def _is_marker(run, by_baseline: dict[int, list]) -> bool:
    for y in range(round(run.baseline - run.size * 1.2) - 1, round(run.baseline)):
        for other in by_baseline.get(y, ())[:200]:
            raise_ = run.baseline - other.baseline
            if (run.size < 0.8 * other.size and 0.15 * other.size <= raise_ <= 0.7 * other.size
                    and (abs(run.left - other.right) < other.size * 0.5 or abs(other.left - run.right) < other.size * 0.5)):
                return True
    return False


def _space_between(line: _Line, run) -> bool:
    """True when ``run`` continues ``line`` after a space.

    PDFium's text of the page decides when the run comes right after the line
    there: no character between them means no space, white space between
    them a space. Otherwise a gap over 0.15 em is a space. Ink gaps alone
    mislead at narrow glyphs: reportlab sets an apostrophe that came from an
    entity (``d&#x27;usagers``) as a text object of its own, and DejaVu's
    apostrophe has bearings of 0.19 em on each side ("d ' usagers").
    """
    gap = run.left - line.right
    if line.last_char >= 0 and run.first_char >= 0:
        if run.first_char == line.last_char + 1 and gap < 0.5 * run.size:
            return False
        if run.first_char == line.last_char + 2 and run.space_before:
            return True
    return gap > 0.15 * run.size


def _round_size(size: float) -> float:
    return round(size * 2) / 2


def _edge_key(line: str) -> str:
    """Return a running-head line with its numbers masked ("Report - page 43" -> "Report - page #")."""
    return re.sub(r"\d+", "#", line)


_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.I)
#: A running line that names its page ("Annual report - page 3 of 12") goes even in a short PDF.
_PAGE_LABEL = re.compile(r"\b(?:page|p\.|seite|страница|стр\.|сторінка)\s?\d{1,4}(?:\s*(?:of|/|von|из|з)\s*\d{1,4})?\s*$", re.I)
#: Baselines at each end of a page whose lines may be a running head or footer.
_PAGE_EDGE_LINES = 2


_URL_LINE = re.compile(r"(?:https?://|www\.)\S{1,2000}", re.I)
#: A browser's print stamp: "12/03/2025, 10:42", "3/12/25, 10:42 AM", "2025-03-12 10:42".
_PRINT_STAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?")


def _print_furniture(line: _Line, body: float, title: str) -> bool:
    """True for a line a browser or word processor prints at a page's edge in a small font, even on one page:
    the page's address, the print's date and time stamp, or the document's title (the browser's page title)."""
    if _round_size(line.size) >= body:
        return False
    text = line.text.strip()
    return bool(_URL_LINE.fullmatch(text) or _PRINT_STAMP.fullmatch(text) or (title and same_words(text, title)))


def _drop_running_lines(pages: list[list[_Line]], title: str = "", heads: list[str] | None = None) -> list[list[_Line]]:
    """Remove running heads and footers, and bare page numbers.

    A line on one of the top or bottom ``_PAGE_EDGE_LINES`` baselines of a page
    goes when its text, numbers masked, stands at a page edge on most pages
    ("Annual report - page 43"); body text that happens to repeat stays.
    """
    body = _body_size(pages)
    edges: list[set[int]] = []
    counts: dict[str, int] = {}
    small: dict[str, bool] = {}
    for lines in pages:
        baselines = sorted({round(ln.baseline) for ln in lines}, reverse=True)
        edge_y = set(baselines[:_PAGE_EDGE_LINES] + baselines[-_PAGE_EDGE_LINES:])
        at_edge = {i for i, ln in enumerate(lines) if round(ln.baseline) in edge_y}
        edges.append(at_edge)
        for key in {_edge_key(lines[i].text) for i in at_edge}:
            counts[key] = counts.get(key, 0) + 1
        for i in at_edge:
            key = _edge_key(lines[i].text)
            small[key] = small.get(key, True) and _round_size(lines[i].size) < body
    n = len(pages)
    # In a two-page PDF only a line in a smaller font than the body, on both pages, counts as running.
    repeated = {k for k, c in counts.items()
                if (n >= 3 and c >= max(3, n * 0.6)) or (n == 2 and c == 2 and small[k])}
    out = []
    for lines, at_edge in zip(pages, edges):
        kept = []
        for i, ln in enumerate(lines):
            if not (i in at_edge and (_PAGE_NUMBER.fullmatch(ln.text) or _edge_key(ln.text) in repeated
                                      or (_PAGE_LABEL.search(ln.text) and len(ln.text) <= 80)
                                      or _print_furniture(ln, body, title))):
                kept.append(ln)
            elif heads is not None and len(heads) < 50:
                heads.append(ln.text)  # a date in it may be the article's ("Thursday 13 March 2025")
        out.append(kept)
    return [_drop_footnotes(lines, body) for lines in out]


#: The opening of a footnote's text: its number or symbol, then a space ("1 IEA, Grid-Scale Storage, 2023.").
_NOTE_START = re.compile(r"(?:\d{1,3}|[*†‡§¶]{1,3})[.)]?\s")


def _drop_footnotes(lines: list[_Line], body: float) -> list[_Line]:
    """Remove the footnotes at a page's foot: the lines below all body text of the page, in a font under 90 % of
    the body's, from the first that opens with a note number ("1 ", "2. ", "* ") down."""
    body_lines = [ln.baseline for ln in lines if _round_size(ln.size) == body]
    if not body_lines:
        return lines
    lowest = min(body_lines)
    start = None
    for ln in sorted((ln for ln in lines if ln.baseline < lowest), key=lambda ln: -ln.baseline):
        if ln.size >= body * 0.9:
            break  # body-sized text below the body: the notes (if any were seen) end above it
        if start is None and _NOTE_START.match(ln.text):
            start = ln.baseline
    if start is None:
        return lines
    return [ln for ln in lines if not (ln.baseline <= start and ln.size < body * 0.9)]


def _gutter(lines: list[_Line]) -> float | None:
    """The x of the gap between two columns, or None for a one-column page.

    A column gap is a vertical strip in the middle half of the text area that
    (almost) no line crosses, with at least five lines on each side of it that
    stand side by side. Found with a coverage count per point of width.
    """
    if len(lines) < 10:
        return None
    left = int(min(ln.left for ln in lines))
    right = int(max(ln.right for ln in lines)) + 1
    width = right - left
    if width < 100:
        return None
    cover = [0] * (width + 1)
    for ln in lines:
        cover[int(ln.left) - left] += 1
        cover[int(ln.right) - left + 1 if int(ln.right) - left + 1 <= width else width] -= 1
    allowed = max(1, len(lines) // 10)
    best, best_run, run_start, running = None, 0, None, 0
    for x in range(width + 1):
        running += cover[x]
        inside = width * 0.25 <= x <= width * 0.75
        if inside and running <= allowed:
            run_start = x if run_start is None else run_start
            if x - run_start + 1 > best_run:
                best_run, best = x - run_start + 1, left + (run_start + x) / 2
        else:
            run_start = None
    if best is None or best_run < 4:
        return None
    west = [ln for ln in lines if ln.right < best]
    east = [ln for ln in lines if ln.left > best]
    if len(west) < 5 or len(east) < 5:
        return None
    # Side by side: the two sides share most of their height.
    overlap = min(max(ln.baseline for ln in west), max(ln.baseline for ln in east)) - \
        max(min(ln.baseline for ln in west), min(ln.baseline for ln in east))
    if overlap <= 0:
        return None
    return best


def _reading_order(lines: list[_Line]) -> list[list[_Line]]:
    """Put a page's lines in reading order: a list of columns (or column bands), each top to bottom.

    On a two-column page, a line that crosses the gap (a title over both
    columns) closes the band above it: that band's left column, then its right
    column, then the crossing line.
    """
    gutter = _gutter(lines)
    if gutter is None:
        return [lines] if lines else []
    out: list[list[_Line]] = []
    west: list[_Line] = []
    east: list[_Line] = []
    for ln in lines:  # already top to bottom
        if ln.right < gutter:
            west.append(ln)
        elif ln.left > gutter:
            east.append(ln)
        else:
            out += [c for c in (west, east) if c]
            west, east = [], []
            out.append([ln])
    out += [c for c in (west, east) if c]
    return out


def _body_size(pages: list[list[_Line]]) -> float:
    """The font size that most characters have."""
    weight: dict[float, int] = {}
    for lines in pages:
        for ln in lines:
            weight[_round_size(ln.size)] = weight.get(_round_size(ln.size), 0) + len(ln.text)
    return max(weight, key=weight.get) if weight else 10.0


def _line_pitch(pages: list[list[_Line]], body: float) -> float:
    """The usual distance between the baselines of two body lines of a paragraph.

    The smallest distance (to half a point) that at least a fifth of the
    neighbouring body lines have: not the median, which in an article of
    two-line paragraphs is the larger distance between paragraphs.
    """
    gaps = []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            d = a.baseline - b.baseline
            if _round_size(a.size) == body == _round_size(b.size) and 0 < d < body * 3 and abs(a.left - b.left) < body * 4:
                gaps.append(d)
    if not gaps:
        return body * 1.2
    counts: dict[float, int] = {}
    for d in gaps:
        counts[round(d * 2) / 2] = counts.get(round(d * 2) / 2, 0) + 1
    return min((d for d, c in counts.items() if c >= len(gaps) / 5), default=sorted(gaps)[len(gaps) // 2])


_HYPHENS = ("-", "\u00ad", "\x02", "\u2010")
_TERMINAL = re.compile(r"[.!?:;\"”’»)]$")


def _join(text: str, line: str) -> str:
    """Append ``line`` to paragraph ``text``, joining a word hyphenated at the line end.

    PDFium reports a hyphen at a line end as U+0002; a soft hyphen is U+00AD.
    """
    if text.endswith(_HYPHENS) and line[:1].isalpha():
        if text.endswith("-") and line[:1].islower() and keeps_hyphen(text, line):
            return text + line  # "on-" + "demand": the writer's own hyphen at the line end
        if line[:1].islower() or text.endswith("\u00ad"):
            return text[:-1] + line  # "inter-" + "national": a hyphen that only breaks the word
        return text[:-1] + "-" + line  # "Anglo-" + "American": a real hyphen
    return f"{text} {line}"


def _append(parts: list[str], line: str) -> None:
    """Add ``line`` to the paragraph ``"".join(parts)`` as :func:`_join` does, touching only its last part: joining
    the whole paragraph at each line copied it, quadratic in a paragraph of 40,000 lines."""
    k = len(parts) - 1
    while k >= 0 and not parts[k]:  # an empty line's part (a separator " " is never empty)
        k -= 1
    if k < 0:
        parts[:] = [line]
    elif parts[k].endswith(_HYPHENS) and line[:1].isalpha():
        tail = parts[k][-64:]  # the hyphenated word's end ("on-": _join asks the word list), bounded
        parts[k] = parts[k][:-len(tail)]  # one line's text, cut once
        parts.append(_join(tail, line))
    else:
        parts += (" ", line)


def _is_heading(ln: _Line, body: float) -> bool:
    return _round_size(ln.size) > body * 1.12 or (ln.bold and len(ln.text) <= 120 and not _TERMINAL.search(ln.text))


def pdf_blocks(pages_in: list[PageLayout], title: str = "", front: FrontFurniture | None = None) -> list[PdfBlock]:
    """Rebuild the paragraphs and headings of a PDF from its page layouts, in reading order; ``title`` is the
    metadata title (a browser prints it at the top of each page).

    Running heads and footers go; so do a report's cover page (a first page of a few large lines) and a running
    head set above page 1's title. Their lines go to ``front`` when given (its title and date are read there).
    """
    front = front if front is not None else FrontFurniture()
    pages = _drop_running_lines([_page_lines(p, n) for n, p in enumerate(pages_in)], title, front.heads)
    body = _body_size(pages)
    if pages and is_cover(pages[0], len(pages), body):
        front.cover = [(ln.text, ln.size, ln.bold) for ln in pages[0]]
        pages[0] = []
    elif pages:
        above = head_over_title(pages[0], body)
        if above:
            front.heads[:0] = [ln.text for ln in above]
            pages[0] = pages[0][len(above):]
    pitch = _line_pitch(pages, body)
    blocks: list[PdfBlock] = []
    current: list[_Line] = []
    text: list[str] = []  # the paragraph's text in parts (see _append)
    column_right = 0.0

    def flush() -> None:
        nonlocal current, text
        if current:
            first = current[0]
            blocks.append(PdfBlock("".join(text), _is_heading(first, body), first.size, first.page))
        current, text = [], []

    for lines in pages:
        for column in _reading_order(lines):
            body_lines = [ln for ln in column if _round_size(ln.size) == body]
            column_left = min((ln.left for ln in body_lines), default=min(ln.left for ln in column))
            new_right = max((ln.right for ln in body_lines), default=0.0)
            prev: _Line | None = None
            items = list_lines(column)
            for k, ln in enumerate(column):
                if current and (k in items or (k - 1) in items):
                    flush()  # a list's short line (a fact box's "Length: 34 km") is an item of its own
                elif current:
                    last = current[-1]
                    if prev is None:  # a new column or page: carry on a sentence cut by the break
                        breaks = bool(_TERMINAL.search(last.text)) and last.right < column_right - body * 1.5
                        breaks = breaks or _round_size(last.size) != _round_size(ln.size) \
                            or _is_heading(last, body) != _is_heading(ln, body) or ln.left > column_left + body * 0.8
                    else:
                        breaks = _breaks(current, ln, body, pitch, column_left, new_right)
                    if breaks:
                        flush()
                current.append(ln)
                _append(text, ln.text)
                prev = ln
            column_right = new_right or column_right
    flush()
    return blocks


def _breaks(current: list[_Line], ln: _Line, body: float, pitch: float, column_left: float, column_right: float) -> bool:
    """True when ``ln`` starts a new paragraph after the lines ``current`` in the same column."""
    last = current[-1]
    if _round_size(last.size) != _round_size(ln.size) or _is_heading(last, body) != _is_heading(ln, body):
        return True
    gap = last.baseline - ln.baseline
    expected = pitch if _round_size(ln.size) == body else ln.size * 1.25
    if gap > expected * 1.35 or gap < -body:
        return True
    if _round_size(ln.size) == body and gap < expected * 0.92:
        return True  # lines of one paragraph never stand closer than its line pitch: another style
    width = column_right - column_left
    if (len(current) == 1 and not _TERMINAL.search(last.text) and last.right < column_right - width * 0.15
            and ln.text[:1].isupper()):
        return True  # a short line of its own: a dateline, byline or unstyled heading
    if ln.left > column_left + body * 0.8 and abs(last.left - column_left) < body * 0.5 and ln.left < column_right:
        return True  # first-line indent
    if _is_heading(ln, body):
        return False  # a heading on two lines stays one heading
    # The line ended although the next line's first word would have fitted.
    words = ln.text.split()
    per_char = (ln.right - ln.left) / max(len(ln.text), 1)
    first_word = (len(words[0]) + 1) * per_char if words else 0.0
    return last.right + first_word < column_right - per_char
