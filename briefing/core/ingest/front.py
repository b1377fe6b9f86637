"""The lines before an article's first sentence: date lines, source lines and datelines.

Every reader (text, pasted text, HTML, PDF, DOCX) passes its body paragraphs
through :func:`read_front_matter` before they are split into sentences, so
that a dateline is read into the article's date and place and is not glued to
the first sentence:

- a line that is only a date: ``"12 May 2024"``, ``"3 июня 2024 года"``;
- a line that is a source and a date: ``"Russia Policy Wire — 12 May 2024"``,
  ``"12 May 2024 | Reuters"`` (the name is the publisher, not a person);
- a place and a date on a line of their own: ``"Santiago, 30 January 2024"``;
- a dateline that opens the first paragraph: ``"Santiago, 30 January 2024 —
  The ..."``, ``"MOSCOW (Reuters) - The ..."``, ``"12 May 2024 — The ..."``
  (read by :func:`briefing.core.language.dates.split_dateline`, in English,
  Russian, Ukrainian, German, French and Spanish).

Only the first few paragraphs are looked at, each at most a few hundred
characters, with no regular expressions: the cost does not grow with the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..language.dates import find_date, parse_date, split_dateline

#: How many leading paragraphs may be date or source lines.
MAX_FRONT_LINES = 3
#: A date or source line is at most this long (characters).
MAX_LINE_CHARS = 100
#: Separators between a source and a date on one line.
_SEPARATORS = ("—", "–", "|", "·", "•", " - ", " -- ")


@dataclass
class FrontMatter:
    """What the opening lines gave: the remaining paragraphs, and date, place and source when found."""

    paragraphs: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    source: str | None = None


def read_front_matter(paragraphs: list[str]) -> FrontMatter:
    """Take date lines, source lines and a leading dateline out of ``paragraphs``.

    Returns a :class:`FrontMatter` with the paragraphs that remain (the first
    one without its dateline) and the ``date`` (ISO 8601), ``place`` and
    ``source`` read. Never raises; text that is not a dateline stays as it was.
    """
    out = FrontMatter()
    rest = list(paragraphs)
    taken = 0
    while rest and taken < MAX_FRONT_LINES:
        line = rest[0].strip()
        found = _date_line(line)
        if found is None:
            break
        date, place, source = found
        out.date = out.date or date
        out.place = out.place or place
        out.source = out.source or source
        rest.pop(0)
        taken += 1
    # The dateline opens the first paragraph, or the one after a standfirst (a short line with no full stop:
    # a press release's subheading, "Facility will store power for 150,000 homes").
    at = 0
    while at < MAX_STANDFIRSTS and at + 1 < len(rest) and _is_standfirst(rest[at]):
        at += 1
    for i in sorted({0, at}):
        if i >= len(rest):
            break
        dateline = split_dateline(rest[i])
        if (dateline.place or dateline.date) and dateline.rest and dateline.rest != rest[i]:
            removed = rest[i][: len(rest[i]) - len(dateline.rest)]
            out.date = out.date or (dateline.date.isoformat() if dateline.date else None)
            out.place = out.place or dateline.place
            out.source = out.source or _agency(removed)
            rest[i] = dateline.rest.lstrip(" ,.:;-–—")
            break
    out.paragraphs = rest
    return out


#: How many standfirst lines may stand before the paragraph that opens with the dateline.
MAX_STANDFIRSTS = 2


def _is_standfirst(paragraph: str) -> bool:
    """True for a short line without a sentence's final mark (a subheading or standfirst over the first paragraph)."""
    text = paragraph.strip()
    return 0 < len(text) <= 200 and text[-1] not in ".!?…\"”’»)"


def is_date_line(line: str) -> bool:
    """True when ``line`` is a date line or a source-and-date line that :func:`read_front_matter` takes out."""
    if len(line) > MAX_LINE_CHARS and not line[:1].isspace() and not line[-1:].isspace():
        return False  # too long with nothing to strip: no copy of a long paragraph
    return _date_line(line.strip()) is not None


def _date_line(line: str) -> tuple[str, str | None, str | None] | None:
    """``(date, place, source)`` for a short line that is a date, with a source or a place; else None."""
    if not line or len(line) > MAX_LINE_CHARS:
        return None
    line = line.strip(" .")
    alone = parse_date(line)
    if alone is not None:
        return alone.isoformat(), None, None
    for sep in _SEPARATORS:
        if sep in line:
            a, b = (part.strip(" ,.") for part in line.split(sep, 1))
            for name, when in ((a, b), (b, a)):
                value = parse_date(when)
                if value is not None and _is_name(name):
                    return value.isoformat(), None, name
            return None
    # "Santiago, 30 January 2024": a place, then the date.
    found = find_date(line)
    if found is not None and not any(c.isalnum() for c in line[found.end:]):
        head = line[: found.start].strip(" ,")
        dateline = split_dateline(f"{line[:found.end]} — x")
        if head and dateline.place is not None and dateline.rest == "x":  # all of head a place ("Paris, le")
            return found.date.isoformat(), dateline.place, None
    return None


def _is_name(text: str) -> bool:
    """True for a short name: one to six words, the first capitalised, no sentence punctuation."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60:
        return False
    if any(c in text for c in ".!?;:") and not text.endswith((".com", ".org", ".net")):
        return False
    return words[0][:1].isupper() or words[0][:1].isdigit()


def _agency(removed: str) -> str | None:
    """The news agency named in brackets or slashes in a dateline ("MOSCOW (Reuters) -" -> "Reuters")."""
    for open_mark, close_mark in (("(", ")"), ("/", "/")):
        start = removed.find(open_mark)
        end = removed.find(close_mark, start + 1) if start >= 0 else -1
        if start >= 0 and end > start + 1:
            inner = removed[start + 1:end].strip()
            if inner and len(inner) <= 40 and inner[0].isupper():
                return inner
    return None
