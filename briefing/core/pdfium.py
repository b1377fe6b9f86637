"""PDF files through pypdfium2: the only module that imports it.

Reading (the text layer and the metadata of an article PDF) and drawing (a page
of the exported brief as pixels, for the window's preview) both happen here, so
an upgrade of pypdfium2 touches one file.
"""

from __future__ import annotations

from dataclasses import dataclass


class PdfReadError(Exception):
    """The PDF could not be opened or read; ``encrypted`` tells a password-protected file."""

    def __init__(self, message: str, encrypted: bool = False) -> None:
        super().__init__(message)
        self.encrypted = encrypted


@dataclass
class PdfText:
    """The text layer of every page, and the document's metadata (empty values skipped)."""

    pages: list[str]
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


def read_text(data: bytes) -> PdfText:
    """Return the text layer of each page and the metadata of the PDF in ``data``.

    Raises :class:`PdfReadError` for a damaged, non-PDF or encrypted file.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(str(exc), encrypted="password" in str(exc).lower()) from exc
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded() or "")
            textpage.close()
            page.close()
        metadata = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(str(exc)) from exc
    finally:
        pdf.close()
    return PdfText(pages, metadata)


def draw_first_page(data: bytes, width_px: int) -> PageBitmap:
    """Draw the first page of the PDF in ``data`` on white, about ``width_px`` wide (at least 0.3 scale).

    Raises :class:`PdfReadError` when the PDF cannot be opened.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(str(exc)) from exc
    try:
        page = pdf[0]
        scale = max(0.3, width_px / page.get_width())
        bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True)
        image = PageBitmap(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, bitmap.format)
        page.close()
    finally:
        pdf.close()
    return image
