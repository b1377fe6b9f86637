"""Open an article file: plain text, Markdown, HTML, PDF or DOCX.

:func:`load_article` is the one entry point. It checks the file (exists, is a
file, not empty, not too large, not binary), decodes text in any common
encoding, extracts the main text and metadata, cleans it and splits it into
sentences. Every problem is reported as :class:`~briefing.core.errors.LoadError`
with a one-line message; nothing is changed on disk and nothing is fetched from
the network.

Third-party readers sit behind one function each: trafilatura (HTML),
pypdfium2 (PDF), python-docx (DOCX), charset-normalizer (unknown encodings).
"""

from __future__ import annotations

import codecs
import io
import re
from contextvars import ContextVar
from pathlib import Path
from typing import Callable

from .cleaning import clean_text, parse_date, source_from_url
from .errors import LoadError
from .model import Article
from .tokenizer import get_tokenizer

#: Largest text, Markdown or HTML file accepted (bytes). A 300-page report as
#: text is about 2 MB; anything this large is almost surely not an article.
MAX_TEXT_BYTES = 20 * 1024 * 1024
#: Largest PDF or DOCX file accepted (bytes).
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
#: Longest body accepted, in words (about 2,000 pages).
MAX_WORDS = 1_000_000

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".mdown", ".rst", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES

#: File dialog filter, also used by the GUI.
FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"


_LOAD_PROGRESS: ContextVar[Callable[[float, str], None] | None] = ContextVar("briefing_load_progress", default=None)


def load_article(path: str | Path, progress: Callable[[float, str], None] | None = None) -> Article:
    """Open the article at ``path`` and return it cleaned and split into sentences.

    The format is chosen by the file's content (PDF and ZIP signatures) and
    name. Raises :class:`LoadError` for a missing file, a directory, an empty,
    binary, undecodable, encrypted, broken, too large or unsupported file.
    ``progress(fraction, message)`` is called while sentences are split (the
    slow part of a long document) and may raise
    :class:`briefing.core.summarize.Cancelled` to stop.
    """
    token = _LOAD_PROGRESS.set(progress)
    try:
        return _load_article(Path(path))
    finally:
        _LOAD_PROGRESS.reset(token)


def _load_article(path: Path) -> Article:
    try:
        if not path.exists():
            raise LoadError(f"{path.name or path}: no such file.")
        if path.is_dir():
            raise LoadError(f"{path.name}: is a folder, not an article file.")
        if not path.is_file():
            # A FIFO or device would block or never end: only regular files.
            raise LoadError(f"{path.name}: is not a regular file.")
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if size == 0:
        raise LoadError(f"{path.name}: the file is empty.")
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or suffix in PDF_SUFFIXES:
        kind = "pdf"
    elif suffix in DOCX_SUFFIXES or (head.startswith(b"PK\x03\x04") and suffix == ""):
        kind = "docx"
    elif head.startswith(b"PK\x03\x04"):
        raise LoadError(f"{path.name}: is a ZIP archive, not a text, HTML, PDF or DOCX article.")
    elif suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        kind = "unsupported"
    if kind == "unsupported":
        raise LoadError(f"{path.name}: unsupported file type {suffix or '(none)'}; open a .txt, .md, .html, .pdf or .docx file.")
    limit = MAX_DOCUMENT_BYTES if kind in ("pdf", "docx") else MAX_TEXT_BYTES
    if size > limit:
        raise LoadError(f"{path.name}: the file is too large ({size / 1e6:.0f} MB; at most {limit / 1e6:.0f} MB).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if kind == "pdf":
        article = _load_pdf(data, path.name)
    elif kind == "docx":
        article = _load_docx(data, path.name)
    else:
        text = decode_text(data, path.name)
        if kind == "html" or (kind == "text" and _looks_like_html(text)):
            article = article_from_html(text, path.name)
        else:
            article = article_from_text(text, path.name, fmt="markdown" if suffix in (".md", ".markdown", ".mdown") else "text")
    article.path = str(path)
    return article


def decode_text(data: bytes, name: str = "text") -> str:
    """Decode bytes in a common encoding: UTF-8 (with or without BOM), UTF-16,
    cp1251, cp1252 or latin-1.

    Raises :class:`LoadError` for binary data (NUL bytes outside UTF-16, many
    control characters) or bytes no encoding explains.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if len(data) >= 4 and b"\x00" in data[:4096]:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) * 0.3 and even == 0:
            return _check_text(_strict(data, "utf-16-le", name), name)
        if even > len(sample) * 0.3 and odd == 0:
            return _check_text(_strict(data, "utf-16-be", name), name)
        raise LoadError(f"{name}: looks like a binary file, not text.")
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Only the single-byte encodings the app promises: a wider choice makes
    # charset-normalizer pick look-alikes (cp1250 for French cp1252 text).
    best = from_bytes(data, cp_isolation=["cp1252", "cp1251", "koi8_r"]).best()
    if best is not None:
        return _check_text(str(best), name)
    # latin-1 maps every byte; accept it only for text-like results.
    return _check_text(data.decode("latin-1"), name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(f"{name}: invalid {encoding.upper()} text at byte {exc.start}.") from exc


def _check_text(text: str, name: str) -> str:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if "\x00" in sample or (sample and controls / len(sample) > 0.01):
        raise LoadError(f"{name}: looks like a binary file, not text.")
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _build(cleaned_paragraphs: list[str], name: str, **meta) -> Article:
    tokenizer = get_tokenizer("english")
    progress = _LOAD_PROGRESS.get()
    paragraphs = []
    for i, p in enumerate(cleaned_paragraphs):
        if progress and i % 100 == 0:
            progress(i / len(cleaned_paragraphs), "Splitting sentences")
        paragraphs.append(list(tokenizer.to_sentences(p)))
    paragraphs = [p for p in paragraphs if p]
    article = Article(paragraphs=paragraphs, **meta)
    if not paragraphs:
        raise LoadError(f"{name}: no article text found in the file.")
    if article.word_count > MAX_WORDS:
        raise LoadError(f"{name}: the text is too long ({article.word_count:,} words; at most {MAX_WORDS:,}).")
    return article


def article_from_text(text: str, name: str = "text", fmt: str = "text") -> Article:
    """Build an article from plain text or scraped Markdown (also used for pasted text).

    Raises :class:`LoadError` when no body text remains after cleaning.
    """
    if not text.strip():
        raise LoadError(f"{name}: the text is empty.")
    if len(text.split()) > MAX_WORDS * 1.2:
        raise LoadError(f"{name}: the text is too long (more than {MAX_WORDS:,} words).")
    cleaned = clean_text(text)
    return _build(
        cleaned.paragraphs, name, title=cleaned.title, date=cleaned.date, url=cleaned.url,
        source=source_from_url(cleaned.url), authors=cleaned.authors, captions=cleaned.captions, format=fmt,
    )


def article_from_html(html: str, name: str = "page.html") -> Article:
    """Build an article from an HTML page: main text and metadata via trafilatura.

    Nothing is fetched: trafilatura only parses the given string.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura/lxml raise many types on malformed markup
        raise LoadError(f"{name}: the HTML page could not be read ({exc}).") from exc
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        # Fall back to the visible text of a page with no recognisable article.
        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:
            text = ""
        if not text.strip():
            raise LoadError(f"{name}: no article text found in the HTML page.")
        cleaned = clean_text("\n\n".join(text.split("\n")), title_from_first_line=False)
        return _build(cleaned.paragraphs, name, title="", format="html")
    title = (getattr(doc, "title", None) or "").strip()
    # trafilatura puts one paragraph a line; the cleaner splits at blank lines.
    text = "\n\n".join(line for line in doc.text.split("\n") if line.strip() and line.strip() != title)
    cleaned = clean_text(text, title_from_first_line=False)
    url = getattr(doc, "url", None) or cleaned.url
    authors = [a.strip() for a in re.split(r";|,| and ", getattr(doc, "author", None) or "") if a.strip()]
    date = getattr(doc, "date", None)
    return _build(
        cleaned.paragraphs, name, title=title,
        date=(parse_date(date) if date else None) or cleaned.date, url=url,
        source=(getattr(doc, "sitename", None) or "").strip() or source_from_url(url),
        authors=authors or cleaned.authors, captions=cleaned.captions, format="html",
    )


def _load_pdf(data: bytes, name: str) -> Article:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise LoadError(f"{name}: the PDF is encrypted with a password; open an unprotected copy.") from exc
        raise LoadError(f"{name}: the PDF is damaged or not a PDF ({exc}).") from exc
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded() or "")
            textpage.close()
            page.close()
        meta = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError as exc:
        raise LoadError(f"{name}: the PDF could not be read ({exc}).") from exc
    finally:
        pdf.close()
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
    return _build(cleaned.paragraphs, name, title=title, date=cleaned.date or date, url=cleaned.url,
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


def _load_docx(data: bytes, name: str) -> Article:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
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
    return _build(cleaned.paragraphs, name, title=title or cleaned.title, date=cleaned.date or date,
                  url=cleaned.url, source=source_from_url(cleaned.url), authors=authors or cleaned.authors,
                  captions=cleaned.captions, format="docx")
