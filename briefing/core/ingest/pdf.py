"""PDF articles: the text layer (read by :mod:`briefing.core.pdfium`), running heads dropped, paragraphs rebuilt.
"""

from __future__ import annotations

import re

from ..errors import LoadError
from ..pdfium import PdfReadError, read_text
from ..model import Article
from .cleaning import clean_text, source_from_url
from .text import build_article


def load_pdf(data: bytes, name: str) -> Article:
    try:
        text = read_text(data)
    except PdfReadError as exc:
        if exc.encrypted:
            raise LoadError(f"{name}: the PDF is encrypted with a password; open an unprotected copy.") from exc
        raise LoadError(f"{name}: the PDF is damaged or not a PDF ({exc}).") from exc
    pages, meta = text.pages, text.metadata
    if not any(p.strip() for p in pages):
        raise LoadError(f"{name}: the PDF has no text layer (a scanned image?); nothing to summarize.")
    paragraphs = pdf_paragraphs(pages)
    cleaned = clean_text("\n\n".join(paragraphs), title_from_first_line=False)
    title = _real_metadata(meta.get("Title"))
    if not title and cleaned.paragraphs and len(cleaned.paragraphs[0]) <= 150 and not cleaned.paragraphs[0].endswith("."):
        title = cleaned.paragraphs.pop(0)
    date = None
    raw = meta.get("CreationDate") or ""
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", raw)
    if m:
        date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    authors = [a.strip() for a in re.split(r";|,| and ", _real_metadata(meta.get("Author"))) if a.strip()]
    return build_article(cleaned.paragraphs, name, title=title, date=cleaned.date or date, url=cleaned.url,
                  source=source_from_url(cleaned.url), authors=authors, captions=cleaned.captions, format="pdf")


#: Placeholder values PDF writers put in the Title and Author fields.
_PLACEHOLDERS = re.compile(r"\(?(?:anonymous|unspecified|untitled|unknown|none)\)?|untitled document", re.I)


def _real_metadata(value: str | None) -> str:
    """Return a PDF metadata value, or "" for a writer's placeholder such as "(anonymous)"."""
    value = (value or "").strip()
    return "" if _PLACEHOLDERS.fullmatch(value) else value


#: Lines at each end of a page that may be a running head or footer.
_PAGE_EDGE_LINES = 2


def _edge_key(line: str) -> str:
    """Return a running-head line with its numbers masked ("Report - page 43" -> "Report - page #")."""
    return re.sub(r"\d+", "#", line)


def pdf_paragraphs(pages: list[str]) -> list[str]:
    """Rebuild paragraphs from the text of PDF pages.

    Running heads and footers go: a line among the first or last
    ``_PAGE_EDGE_LINES`` of a page whose text, numbers aside, stands at a page
    edge on most pages ("Annual report - page 43"). Body text that happens to
    repeat stays. Bare page numbers go; a hyphen at a line end joins the word;
    a blank line, or a short line ending a sentence, ends a paragraph.
    """
    page_lines = [[ln.strip() for ln in re.split(r"\r\n|\r|\n", p)] for p in pages]
    edges: list[set[int]] = []
    counts: dict[str, int] = {}
    for lines in page_lines:
        filled = [i for i, ln in enumerate(lines) if ln]
        at_edge = set(filled[:_PAGE_EDGE_LINES] + filled[-_PAGE_EDGE_LINES:])
        edges.append(at_edge)
        for key in {_edge_key(lines[i]) for i in at_edge}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, c in counts.items() if len(pages) >= 3 and c >= max(3, len(pages) * 0.6)}
    paragraphs: list[str] = []
    current = ""
    for lines, at_edge in zip(page_lines, edges):
        widths = [len(ln) for ln in lines if ln]
        full = sorted(widths)[int(len(widths) * 0.8)] if widths else 0
        for i, ln in enumerate(lines):
            if (not ln or re.fullmatch(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", ln, re.I)
                    or (i in at_edge and _edge_key(ln) in repeated)):
                if not ln and current:
                    paragraphs.append(current)
                    current = ""
                continue
            if current.endswith("-") and ln[:1].islower():
                current = current[:-1] + ln
            else:
                current = f"{current} {ln}" if current else ln
            if re.search(r"[.!?:\"”]$", ln) and len(ln) < full * 0.75:
                paragraphs.append(current)
                current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


