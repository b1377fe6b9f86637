"""Open an article file: plain text, Markdown, HTML, PDF, DOCX, a saved e-mail or a web archive (MHTML).

:func:`load_article` is the one entry point. It checks the file (exists, is a
file, not empty, not too large, not binary), picks the reader for its format,
and returns the cleaned article split into sentences. Every problem is reported
as :class:`~briefing.core.errors.LoadError` with a one-line message; nothing is
changed on disk and nothing is fetched from the network.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from ..errors import LoadError
from ..model import Article
from .docx import load_docx
from .html import article_from_html
from .pdf import load_pdf
from .sniff import (DOCX_SUFFIXES, HEAD_BYTES, sniff_head, sniff_mime, sniff_ole2, sniff_suffix, sniff_text,
                    sniff_zip)
from .text import LOAD_LANGUAGE, LOAD_PROGRESS, article_from_text, decode_text, looks_like_html

#: Largest text, Markdown or HTML file accepted (bytes). A 300-page report as
#: text is about 2 MB; anything this large is almost surely not an article.
MAX_TEXT_BYTES = 20 * 1024 * 1024
#: Largest PDF or DOCX file accepted (bytes).
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
#: Suffixes of text files; a file with a suffix of no known format (``.log``, ``.asc``) is read as text too
#: when its content is text.
TEXT_SUFFIXES = {".txt", ".text", ".rst", ""} | MARKDOWN_SUFFIXES
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
#: A saved e-mail and a web page saved as one file (MHTML): MIME messages.
MIME_SUFFIXES = {".eml", ".mht", ".mhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES | MIME_SUFFIXES


def load_article(path: str | Path, progress: Callable[[float, str], None] | None = None,
                 language: str = "auto") -> Article:
    """Open the article at ``path`` and return it cleaned and split into sentences.

    The format is chosen by the file's content (PDF and ZIP signatures) and
    name. Raises :class:`LoadError` for a missing file, a directory, an empty,
    binary, undecodable, encrypted, broken, too large or unsupported file.
    ``progress(fraction, message)`` is called while sentences are split (the
    slow part of a long document) and may raise
    :class:`briefing.core.summarize.Cancelled` to stop. ``language`` is
    ``"auto"`` (detected from the text, English when unsure), an ISO code or
    an English name; an unsupported one raises
    :class:`~briefing.core.language.languages.UnknownLanguageError`.
    """
    from ..language.languages import parse_language

    language = parse_language(language)  # a bad choice fails before the file is read
    token = LOAD_PROGRESS.set(progress)
    lang_token = LOAD_LANGUAGE.set(language)
    try:
        return _load_article(Path(path))
    finally:
        LOAD_LANGUAGE.reset(lang_token)
        LOAD_PROGRESS.reset(token)


def check_article_path(path: str | Path) -> None:
    """Raise :class:`LoadError` when ``path`` cannot be an article: missing (or a dangling link), a folder, a
    FIFO or device, unreadable, or empty. Nothing but the first bytes is read: the command line checks its
    inputs with this before the output, so what is wrong with the input is said first."""
    _open_head(Path(path))


def _open_head(path: Path) -> tuple[int, bytes]:
    """The file's size and first :data:`HEAD_BYTES` bytes, after the checks of :func:`check_article_path`."""
    try:
        if not path.exists():
            if path.is_symlink():
                raise LoadError(f"{path.name}: is a link to {os.readlink(path)}, which does not exist.")
            raise LoadError(f"{path.name or path}: no such file.")
        if path.is_dir():
            raise LoadError(f"{path.name}: is a folder, not an article file.")
        if not path.is_file():
            # A FIFO or device would block or never end: only regular files.
            raise LoadError(f"{path.name}: is not a regular file.")
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if size == 0:
        raise LoadError(f"{path.name}: the file is empty.")
    return size, head


def _load_article(path: Path) -> Article:
    size, head = _open_head(path)
    suffix = path.suffix.lower()
    # The content decides before the name: a PDF mailed as .docx, a DOCX named .pdf, a scan saved as .txt.
    sniffed = sniff_head(head)
    kind = sniffed.kind if sniffed is not None else None
    if kind == "refused":
        raise LoadError(sniffed.message(path.name))
    if kind is None:
        if suffix in PDF_SUFFIXES | DOCX_SUFFIXES:
            kind = "pdf" if suffix in PDF_SUFFIXES else "zip"  # the reader names the damage
        elif suffix in MIME_SUFFIXES or (suffix not in HTML_SUFFIXES | MARKDOWN_SUFFIXES and sniff_mime(head)):
            kind = "mime"  # an e-mail saved as .txt or piped in opens as one too
        elif suffix in HTML_SUFFIXES:
            kind = "html"
        elif suffix in TEXT_SUFFIXES:
            kind = "text"
        elif (hint := sniff_suffix(suffix)) is not None:
            raise LoadError(hint.message(path.name))
        elif sniff_text(head):
            kind = "text"  # notes.me, article.asc, a text under any name the content says is text
        else:
            raise LoadError(f"{path.name}: unsupported file type {suffix or '(none)'}; open a text, Markdown, HTML, "
                            f"PDF or Word file, or a saved e-mail or web page ({', '.join(sorted(SUPPORTED_SUFFIXES - {''}))}).")
    limit = MAX_DOCUMENT_BYTES if kind in ("pdf", "zip", "ole2") else MAX_TEXT_BYTES
    if size > limit:
        raise LoadError(f"{path.name}: the file is too large ({size / 2**20:.1f} MiB; at most {limit // 2**20} MiB).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if kind == "ole2":
        raise LoadError(sniff_ole2(data, suffix).message(path.name))
    if kind == "zip":
        sniffed = sniff_zip(data, suffix)
        if sniffed.kind == "refused":
            raise LoadError(sniffed.message(path.name))
        kind = "docx"
    if kind == "mime":
        from .mime import load_mime

        article = load_mime(data, path.name, suffix)
    elif kind == "pdf":
        article = load_pdf(data, path.name)
    elif kind == "docx":
        article = load_docx(data, path.name)
    else:
        warnings: list[str] = []
        text = decode_text(data, path.name, warnings)
        markdown = suffix in MARKDOWN_SUFFIXES
        if kind == "html" or (kind == "text" and looks_like_html(text, fragment=not markdown)):
            if "<!--StartFragment-->" in text[:20_000]:  # a clipboard's HTML saved or piped (xclip -o -t text/html)
                from .paste import article_from_html_fragment

                article = article_from_html_fragment(text, path.name)
            else:
                article = article_from_html(text, path.name)
        else:
            article = article_from_text(text, path.name, fmt="markdown" if markdown else "text")
        article.warnings = warnings + article.warnings
    article.path = str(path)
    return article

