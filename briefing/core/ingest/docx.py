"""DOCX files: paragraphs, title and authors by python-docx, opened through :mod:`briefing.core.docx_io`.

The ZIP package is checked from its central directory before python-docx
inflates anything (a 40 KB file can hold 8 MB of XML). The title is the
paragraph in the Title style (else the core properties' title, else a first
Heading 1); it is not also body sentence 1. The core properties' created and
modified dates are never the publication date: they say when the file was
written, not when the article was published; the date comes from the text.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import LoadError
from ..model import Article
from .cleaning import NUMBER_LABELS, SENTENCE_END, clean_text, has_letters, is_row_number, source_from_url
from .text import build_article, same_words

#: Most members a DOCX package may have.
MAX_MEMBERS = 10_000
#: Most bytes all members of a DOCX may inflate to (python-docx holds every part in memory).
MAX_EXPANDED_BYTES = 512 * 1024 * 1024
#: Most bytes the XML parts may inflate to. A 300-page report with heavy
#: formatting has about 15 MB of XML.
MAX_XML_BYTES = 64 * 1024 * 1024
#: A member larger than ``BOMB_MIN_BYTES`` that inflates more than this many
#: times is refused: Word's XML compresses 5-15 times, repeated filler 200 times.
MAX_RATIO = 100
BOMB_MIN_BYTES = 1024 * 1024

#: Title and author values that are a template's or writer's placeholder, not a real one.
_PLACEHOLDER = re.compile(r"(?:title|untitled|(?:word )?document\d*|author|user|unknown|administrator|microsoft office user|"
                          r"python-docx|docx4j|apache poi)", re.I)


def check_package(data: bytes, name: str) -> None:
    """Refuse a DOCX whose members would inflate too far, by the sizes in the ZIP's central directory.

    Nothing is inflated here. The stated sizes can be trusted as a bound:
    :mod:`zipfile` stops reading a member at its stated size (and fails its
    CRC check if the data is longer). Raises :class:`LoadError`.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise LoadError(f"{name}: the document is encrypted or in the old .doc format; save it as .docx without a password.") from exc
        raise LoadError(f"{name}: the DOCX file is damaged or not a Word document; open it in Word or LibreOffice and save it again.") from exc
    if len(members) > MAX_MEMBERS:
        raise LoadError(f"{name}: the DOCX package has {len(members):,} parts (at most {MAX_MEMBERS:,}); not a normal document; save the article as a new .docx or as PDF.")
    total = sum(m.file_size for m in members)
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    for m in members:
        if m.file_size > BOMB_MIN_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise LoadError(f"{name}: the DOCX part {m.filename} inflates {m.file_size // max(m.compress_size, 1):,} "
                            f"times to {m.file_size / 1e6:.0f} MB (a ZIP bomb?); not opened: ask for the article as PDF or text.")
    if total > MAX_EXPANDED_BYTES or xml > MAX_XML_BYTES:
        raise LoadError(f"{name}: the DOCX file inflates to {max(total, xml) / 1e6:.0f} MB "
                        f"(at most {MAX_XML_BYTES / 1e6:.0f} MB of text and {MAX_EXPANDED_BYTES / 1e6:.0f} MB in all); save the article alone as a new .docx or as PDF.")


def _one_line(text: str) -> str:
    """The first line of an error message (lxml adds a second one with the position)."""
    return (str(text).strip().splitlines() or [""])[0].strip()


def _style_name(para) -> str:
    """The paragraph's style name ("Title", "Heading 1"); its style id when the styles part is broken."""
    try:
        return (para.style.name if para.style is not None else "") or ""
    except Exception:  # a styles part of the wrong type: python-docx raises AttributeError
        try:
            return para._p.style or ""
        except Exception:
            return ""


def _real(value: str | None) -> str:
    value = " ".join((value or "").split())
    return "" if _PLACEHOLDER.fullmatch(value) else value


#: A letterhead cell's date: "Date: 14 May 2025", "Dated 3 June 2024", "Datum: 3. Juni 2024".
_DATE_CELL = re.compile(r"(?:date|dated|datum|date de publication|fecha|дата)\s*:?\s*(.{4,60})", re.I)


def _letterhead_date(cell: str) -> str | None:
    """The ISO date a letterhead table's cell gives ("Date: 14 May 2025", or a date alone), else None."""
    from .date_lines import DATE_LINE, iso_date

    if len(cell) > 80:
        return None
    m = _DATE_CELL.fullmatch(cell.strip())
    if m:
        return iso_date(m.group(1).strip())
    return iso_date(cell) if DATE_LINE.match(cell) else None


#: A line before a soft line break (``w:br``) with at least this many words is prose: the break is no paragraph's end.
SOFT_BREAK_PROSE_WORDS = 8


def join_soft_breaks(text: str) -> str:
    """A Word paragraph's text with its soft line breaks (Shift+Enter, ``w:br``; a browser copy pasted into Word)
    after a line of prose made spaces: one paragraph, as Word shows it, not two. A break after a short line (of
    fewer than :data:`SOFT_BREAK_PROSE_WORDS` words: an address, a poem, a signature) stays a line break."""
    if "\n" not in text:
        return text
    lines = [ln.strip() for ln in text.split("\n")]
    out = lines[0]
    for before, line in zip(lines, lines[1:]):
        out += (" " if len(before.split()) >= SOFT_BREAK_PROSE_WORDS else "\n") + line
    return out


def load_docx(data: bytes, name: str) -> Article:
    """Return the article in the DOCX ``data``; raises :class:`LoadError` for a damaged, encrypted or oversized file."""
    check_package(data, name)
    from ..docx_io import body_items, open_docx, paragraph_text, read_errors, table_cell_paragraphs, table_paragraphs

    try:
        document = open_docx(data)
    except read_errors() as exc:
        raise LoadError(f"{name}: the DOCX file is damaged or not a Word document ({_one_line(exc)}); open it in Word or LibreOffice and save it again.") from exc
    except SyntaxError as exc:  # lxml's XMLSyntaxError: a NUL or another character XML forbids, a cut file
        raise LoadError(f"{name}: the DOCX file is damaged: its XML is not well-formed ({_one_line(exc)}); open it in Word or LibreOffice and save it again.") from exc
    except Exception as exc:  # python-docx raises assorted errors on parts it does not expect
        raise LoadError(f"{name}: the DOCX file could not be read ({_one_line(exc)}); open it in Word or LibreOffice and save it again.") from exc
    try:
        props = document.core_properties
        core_title, author = _real(props.title), props.author or ""
    except Exception:  # a core-properties part of the wrong type or with broken XML: go on without it
        core_title, author = "", ""
    title = ""
    heading_title = ""
    paragraphs: list[str] = []
    letterhead: list[str] = []  # the cells of the tables above the first paragraph (a press office's letterhead)
    try:
        items = body_items(document)
        body = [item for kind, item in items if kind == "p"]
        for kind, item in items:
            if kind == "p" and paragraph_text(item).strip():
                break
            if kind == "tbl":
                letterhead += [paragraph_text(para).strip() for para in table_cell_paragraphs(item)]
        in_table = False
        if not any(paragraph_text(para).strip() for para in body):
            # A document that is one table (a newsletter laid out in a grid): the article is in its cells.
            body = body + table_paragraphs(document)
            in_table = True
        header = False  # in a table's header row of labels ("No." | "Text"): no text and no title
        for para in body:
            text = join_soft_breaks(paragraph_text(para).strip())
            if not text or (in_table and is_row_number(text)):
                continue  # a cell holding the row's number ("1", "2.") is no text and no title
            if in_table and not paragraphs and not title and text.lower() in NUMBER_LABELS:
                header = True
                continue
            if header:
                if len(text) <= 40 and len(text.split()) <= 4 and not SENTENCE_END.search(text):
                    continue  # the row's other labels
                header = False
            style = _style_name(para)
            if style == "Title" and not title:
                title = text
                continue
            if not paragraphs and not heading_title and style.startswith(("Heading", "heading")):
                heading_title = text
            paragraphs.append(text)
    except Exception as exc:
        raise LoadError(f"{name}: the DOCX file could not be read ({_one_line(exc)}); open it in Word or LibreOffice and save it again.") from exc
    if title and not has_letters(title):
        title = ""  # a Title-style paragraph "1." is a number, not a title
    if not title and core_title:
        title = core_title
    if not title and heading_title:
        title = heading_title
    if paragraphs and title and same_words(paragraphs[0], title):
        paragraphs.pop(0)  # the title once, not again as body sentence 1
    cleaned = clean_text("\n\n".join(paragraphs), title_from_first_line=not title)
    date = cleaned.date or next(filter(None, map(_letterhead_date, letterhead[:40])), None)
    # A login name ("jsmith") in the author field is no byline: the memo's "FROM:" line names the writer.
    author = "" if " " not in author.strip() and author.strip().islower() else author
    authors = [a.strip() for a in re.split(r";|,| and ", _real(author)) if a.strip()]
    return build_article(cleaned.paragraphs, name, title=cleaned.headline or title or cleaned.title, date=date,
                         url=cleaned.url, source=source_from_url(cleaned.url) or cleaned.source, authors=authors or cleaned.authors,
                         captions=cleaned.captions, format="docx")
