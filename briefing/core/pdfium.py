"""PDF files through pypdfium2: the only module that imports it.

Reading (the text lines of an article PDF with their positions and font sizes, and its metadata) and drawing (a page
of the exported brief as pixels, for the window's preview) both happen here, so
an upgrade of pypdfium2 touches one file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


class PdfReadError(Exception):
    """The PDF could not be opened or read; ``encrypted`` tells a password-protected file."""

    def __init__(self, message: str, encrypted: bool = False, dense_page: int | None = None) -> None:
        super().__init__(message)
        self.encrypted = encrypted
        #: The 1-based page that holds too many pieces of text to read in time (see :data:`MAX_PAGE_WORK`).
        self.dense_page = dense_page


#: PDFium finds each text rectangle's text and first character by reading the whole page: reading a page costs
#: its rectangles times its characters. A page over this many (about a second; a dense table of figures is near
#: 1.5e7) or a document over :data:`MAX_DOCUMENT_WORK` is refused: a page of 50,000 superscript markers took
#: minutes (a normal page: 150 rectangles of 4,000 characters, 6e5).
MAX_PAGE_WORK = 30_000_000
MAX_DOCUMENT_WORK = 600_000_000


@dataclass
class TextLine:
    """A run of text on one line of a page, as PDFium's text rectangles give it.

    Coordinates are PDF points from the page's bottom-left corner: ``left``,
    ``right``, ``bottom``, ``top`` bound the glyphs; ``baseline`` is the
    origin of the first character; ``size`` its font size and ``bold`` whether
    its font is bold (by weight, flags or name). ``first_char`` and
    ``last_char`` are the indices of its first and last characters in PDFium's
    text of the page (-1 when unknown); ``space_before`` tells that the
    character before ``first_char`` there is white space (a space in the file or
    one PDFium put in for a gap between words).
    """

    text: str
    left: float
    bottom: float
    right: float
    top: float
    baseline: float
    size: float
    bold: bool = False
    first_char: int = -1
    last_char: int = -1
    space_before: bool = False


@dataclass
class PageLayout:
    """The text runs of one page in PDFium's order, and the page size in points."""

    width: float
    height: float
    runs: list[TextLine]


@dataclass
class PdfLayout:
    """Every page's text runs, and the document's metadata (empty values skipped)."""

    pages: list[PageLayout]
    metadata: dict[str, str]


@dataclass
class PageBitmap:
    """One page drawn as pixels: the raw buffer, its size and stride, and PDFium's pixel format
    (1 grey, 2 RGB, 3 RGBX, 4 RGBA; bytes in that order)."""

    buffer: bytes
    width: int
    height: int
    stride: int
    format: int


def _open(data: bytes):
    """Return the pypdfium2 document of ``data``; raises :class:`PdfReadError` (``encrypted`` for a password)."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(str(exc), encrypted="password" in str(exc).lower()) from exc


#: Keys of the document information dictionary that are read.
METADATA_KEYS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate")


def _metadata(pdf) -> dict[str, str]:
    """The information dictionary with empty values skipped.

    Read through the raw call, not ``get_metadata_dict``: a value holding a lone
    UTF-16 surrogate (a broken writer, or a hostile file) makes pypdfium2's
    strict decoding raise UnicodeDecodeError; here it is dropped.
    """
    import ctypes

    import pypdfium2.raw as raw

    out: dict[str, str] = {}
    for key in METADATA_KEYS:
        enc_key = (key + "\x00").encode("ascii")
        n_bytes = raw.FPDF_GetMetaText(pdf, enc_key, None, 0)
        if n_bytes <= 2:
            continue
        buffer = ctypes.create_string_buffer(n_bytes)
        raw.FPDF_GetMetaText(pdf, enc_key, buffer, n_bytes)
        value = buffer.raw[:n_bytes - 2].decode("utf-16-le", errors="replace").replace("\ufffd", "").strip()
        if value:
            out[key] = value
    return out


def read_layout(data: bytes, max_pages: int | None = None,
                on_page: Callable[[int, int], None] | None = None) -> PdfLayout:
    """Return the text runs of each page (with position, font size and weight) and the metadata.

    One run is one of PDFium's text rectangles, usually a line or the part of a
    line in one column. Read rectangle by rectangle, with one character lookup
    per rectangle for the font, so a 300-page report takes about a second.
    ``max_pages`` stops after that many pages. ``on_page(index, count)`` is
    called before each page is read (it may raise to stop: the document is
    closed). Raises :class:`PdfReadError` for a damaged, non-PDF or encrypted file.
    """
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = _open(data)
    try:
        pages = []
        x, y = ctypes.c_double(), ctypes.c_double()
        name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
        count = len(pdf) if max_pages is None else min(len(pdf), max_pages)
        total = 0
        for i in range(count):
            if on_page is not None:
                on_page(i, count)
            page = pdf[i]
            width, height = page.get_size()
            textpage = page.get_textpage()
            runs = []
            rects = textpage.count_rects()
            work = rects * textpage.count_chars()
            total += work
            if work > MAX_PAGE_WORK or total > MAX_DOCUMENT_WORK:
                textpage.close()
                page.close()
                raise PdfReadError(f"page {i + 1} holds {rects:,} separate pieces of text", dense_page=i + 1)
            for r in range(rects):
                left, bottom, right, top = textpage.get_rect(r)
                text = textpage.get_text_bounded(left, bottom, right, top)
                if not text.strip():
                    continue
                mid = (bottom + top) / 2
                index = raw.FPDFText_GetCharIndexAtPos(textpage, left + 0.5, mid, 2.0, max(1.0, (top - bottom) / 2))
                size, bold, baseline = top - bottom, False, bottom
                first = last = -1
                space_before = False
                # A rectangle can open with a space PDFium put in for a gap (after a superscript marker: " He
                # said ..."); that space has no real font (size 1) or origin: read the first visible character.
                for _ in range(3):
                    if index >= 0 and _char(raw, textpage, index).isspace():
                        index += 1
                if index >= 0:
                    size = raw.FPDFText_GetFontSize(textpage, index) or size
                    bold = _is_bold(raw, textpage, index, name, flags)
                    if raw.FPDFText_GetCharOrigin(textpage, index, x, y):
                        baseline = y.value
                    # Where the run sits in PDFium's text of the page: the reader joins two runs of a line
                    # with a space only when PDFium's text has one between them (a narrow glyph set as its
                    # own text object, such as reportlab's apostrophe in "d'usagers", has gaps as wide as
                    # a word space on either side of its ink). Checked: the characters at both ends match.
                    stripped = text.strip()
                    end = index + len(stripped) - 1
                    if (stripped and _char(raw, textpage, index) == stripped[0]
                            and _char(raw, textpage, end) == stripped[-1]):
                        first, last = index, end
                        space_before = index > 0 and _char(raw, textpage, index - 1).isspace()
                runs.append(TextLine(text, left, bottom, right, top, baseline, size, bold, first, last, space_before))
            textpage.close()
            page.close()
            pages.append(PageLayout(width, height, runs))
        metadata = _metadata(pdf)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(str(exc)) from exc
    finally:
        pdf.close()
    return PdfLayout(pages, metadata)


def _char(raw, textpage, index: int) -> str:
    """The character at ``index`` of the page's text ("" for none or one outside the Basic Multilingual Plane)."""
    code = raw.FPDFText_GetUnicode(textpage, index)
    return chr(code) if 0 < code < 0xD800 or 0xE000 <= code <= 0xFFFF else ""


#: PDF font descriptor flag ForceBold (ISO 32000-1, table 123).
_FORCE_BOLD = 1 << 18


def _is_bold(raw, textpage, index: int, name, flags) -> bool:
    """True when the font of character ``index`` is bold: weight 600+, the ForceBold flag or "Bold" in its name."""
    if raw.FPDFText_GetFontWeight(textpage, index) >= 600:
        return True
    n = raw.FPDFText_GetFontInfo(textpage, index, name, len(name), flags)
    if n <= 0:
        return False
    if flags.value & _FORCE_BOLD:
        return True
    font = name.raw[:min(n, len(name))].split(b"\x00", 1)[0].lower()
    return b"bold" in font or b"black" in font or b"heavy" in font


def draw_first_page(data: bytes, width_px: int) -> PageBitmap:
    """Draw the first page of the PDF in ``data`` on white, about ``width_px`` wide (at least 0.3 scale).

    Raises :class:`PdfReadError` when the PDF cannot be opened.
    """
    pdf = _open(data)
    try:
        page = pdf[0]
        scale = max(0.3, width_px / page.get_width())
        bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True)
        image = PageBitmap(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, bitmap.format)
        page.close()
    finally:
        pdf.close()
    return image
