"""Dates in an article's lines and metadata: ISO dates from date strings in the users' languages, and date lines
with a label and a clock time ("Published: 3 May 2024", "Updated 3:45 p.m. ET Dec. 3, 2024", "Veröffentlicht am 19. März
2024, 9:14 Uhr", "Опубліковано 19 березня 2024 о 09:14").
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from ..language.dates import parse_date as _parse_any_date
from .front import is_date_line

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATE_LINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[,\s]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    re.I,
)

#: A clock time in a date line: "3:45 p.m.", "6:30AM", "10:42 GMT", "09:50 ET", "9:14 Uhr", "9h14" (each part
#: bounded: linear); not the day and month of "19.03.2024".
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]|h)\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:[A-Z]{2,4}|UTC[+-]\d{1,2}))?(?![\w:]|\.\d)",
                    re.I)
#: The label of a date line: "Updated", "Published", "Last modified", "First published on", and in the users' other
#: languages "Veröffentlicht am", "Aktualisiert am", "Publié le", "Mis à jour le", "Publicado el", "Actualizado el",
#: "Опубликовано", "Обновлено", "Опубліковано", "Оновлено".
_DATE_LABEL = re.compile(r"^\s*(?:(?:last\s+)?(?:updated|modified|published|posted)(?:\s+on)?|first\s+published(?:\s+on)?|date|"
                         r"(?:zuletzt\s+)?(?:veröffentlicht|aktualisiert|geändert)(?:\s+am)?|"
                         r"(?:publié|mis\s+à\s+jour|modifié)(?:\s+le)?|(?:publicado|actualizado)(?:\s+el)?|"
                         r"опубликовано|обновлено|опубліковано|оновлено)\s*:?\s*", re.I)
#: Words between a date and its clock time: "at", "um", "à", "a las", "в", "о" (also read by :mod:`.bylines`).
CLOCK_WORDS = frozenset({"-", "–", "—", "at", "um", "à", "a", "las", "в", "о"})


def parse_date(text: str) -> str | None:
    """Return ``text`` as an ISO 8601 date (or date-time) if it is one, else ``None``."""
    from dateutil import parser as dateparser
    from dateutil.parser import UnknownTimezoneWarning

    cleaned = re.sub(r"^\s*(?:published|updated|posted|date)\s*:?\s*", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    try:
        with warnings.catch_warnings():
            # "9:14 a.m. ET": dateutil warns that it knows no zone "ET" (on standard error, in the CLI's output)
            warnings.simplefilter("ignore", UnknownTimezoneWarning)
            value = dateparser.parse(cleaned, fuzzy=False, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if value.year < 1900:
        return None
    has_time = bool(re.search(r"\d{1,2}[:.]\d{2}", cleaned))
    return value.isoformat() if has_time else value.date().isoformat()


def iso_date(text: str) -> str | None:
    """``text`` as an ISO 8601 date, in any of the users' languages ("3. Mai 2024", "le 1er juillet 2024"); else None."""
    value = _parse_any_date(text)
    return value.isoformat() if value is not None else parse_date(text)



def date_time_line(block: str) -> str | None:
    """The ISO date of a short line that is a date with a clock time and a label; else None.

    "Updated 3:45 p.m. ET Dec. 3, 2024", "December 4, 2024 - 6:30AM", "Published 09:12 GMT, 3 December 2024".
    A line that is only a clock time ("10:42 GMT", a live blog's entry) gives ``""``.
    """
    if len(block) > 80:
        return None
    rest = _DATE_LABEL.sub("", block, count=1)
    rest = _CLOCK.sub(" ", rest)
    rest = " ".join(w for w in rest.replace("|", " ").replace("·", " ").split() if w.lower() not in CLOCK_WORDS)
    rest = rest.strip(" ,.-–—")
    if not rest:
        return "" if _CLOCK.search(block) else None
    if rest == block.strip():
        return None
    if DATE_LINE.match(rest) or is_date_line(rest):
        return iso_date(rest)
    return None


def month_date(text: str) -> str | None:
    """``"YYYY-MM"`` for a line that is a month and a year only ("June 2024", "Juni 2024", "juin 2024", "червень
    2024"): an ISO 8601 date with the day unknown (a report's cover). None for anything else ("Spring 2025")."""
    from ..language.dates import _ALL_MONTHS

    words = text.strip(" .,").replace(",", " ").split()
    if len(words) == 3 and words[1].lower() == "de":  # "junio de 2024"
        words = [words[0], words[2]]
    if len(words) != 2 or not (words[1].isdigit() and len(words[1]) == 4):
        return None
    month = _ALL_MONTHS.get(words[0].lower().rstrip("."))
    year = int(words[1])
    return f"{year:04d}-{month:02d}" if month and 1900 <= year <= 2100 else None


def labelled_month_date(line: str) -> str | None:
    """``"YYYY-MM"`` for a short line that is a month and a year, with or without a date label ("June 2024",
    "Published: June 2024", "Veröffentlicht: Juni 2024", "Опубликовано: июнь 2024"); else None."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return None
    return month_date(_DATE_LABEL.sub("", line, count=1))


def head_date(text: str) -> str | None:
    """The ISO date in a running head's line: the whole line ("Thursday 13 March 2025") or one part of it between
    separators ("Harbour Times | Thursday 13 March 2025"); a month and year alone give ``"YYYY-MM"``."""
    if len(text) > 120:
        return None
    parts = [text]
    for sep in ("|", "·", "•", " - ", "–", "—"):
        parts = [piece for part in parts for piece in part.split(sep)]
    for part in [text] + parts:
        part = part.strip(" ,.")
        if not part or not any(c.isdigit() for c in part):
            continue
        found = date_time_line(part)
        if found:
            return found
        if DATE_LINE.match(part) or is_date_line(part):
            value = iso_date(part)
            if value:
                return value
        month = month_date(part)
        if month:
            return month
    return None
