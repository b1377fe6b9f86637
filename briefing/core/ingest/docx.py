"""DOCX files: paragraphs and core properties, read through :mod:`briefing.core.docx_io` (python-docx).
"""

from __future__ import annotations

import re

from ..errors import LoadError
from ..model import Article
from .cleaning import clean_text, source_from_url
from .text import build_article


def load_docx(data: bytes, name: str) -> Article:
    from ..docx_io import open_docx, read_errors

    try:
        document = open_docx(data)
    except read_errors() as exc:
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise LoadError(f"{name}: the document is encrypted or in the old .doc format; save it as .docx without a password.") from exc
        raise LoadError(f"{name}: the DOCX file is damaged or not a Word document.") from exc
    except Exception as exc:  # python-docx/lxml raise assorted errors on broken XML
        raise LoadError(f"{name}: the DOCX file could not be read ({exc}).") from exc
    props = document.core_properties
    title = (props.title or "").strip()
    paragraphs: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        if not title and not paragraphs and (style == "Title" or style.startswith("Heading")):
            title = text
            continue
        paragraphs.append(text)
    cleaned = clean_text("\n\n".join(paragraphs), title_from_first_line=not title)
    date = props.created.date().isoformat() if props.created else None
    authors = [a.strip() for a in re.split(r";|,| and ", props.author or "") if a.strip()]
    return build_article(cleaned.paragraphs, name, title=title or cleaned.title, date=cleaned.date or date,
                  url=cleaned.url, source=source_from_url(cleaned.url), authors=authors or cleaned.authors,
                  captions=cleaned.captions, format="docx")
