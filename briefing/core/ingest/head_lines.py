"""The lines above a text article's body that are not its title: header lines and lines that are no text.

- a header line (a date, "Published: June 2024", "Original url: ...", a byline, "Source: BBC News",
  "Jane Doe | Reuters", a job title, "Listen to this article") ends the title even with no blank line after
  it: "Title", "3 June 2024" and "By Jane Doe" on three lines are a title, a date and a byline, not a
  three-line title;
- a line that is no text (one 300-character "word", a hash, a base64 blob) is neither the title nor a sentence.

Each test reads one short line (at most :data:`MAX_HEAD_LINE` characters, or a few string scans for a blob):
the cost does not grow with the text.
"""

from __future__ import annotations

import re
from string import hexdigits

from .byline_source import name_bar_publisher, source_line
from .bylines import is_job_title, read_byline
from .date_lines import DATE_LINE, date_time_line, labelled_month_date
from .front import is_date_line
from .furniture import is_furniture
from .kickers import is_kicker
from .markdown import strip_inline_markdown

#: "Original url: <https://...>" (and "Source URL:", "URL:"); the address may be on the next line.
ORIGINAL_URL = re.compile(r"^\s*(?:original\s+url|source\s+url|url)\s*:\s*(.*)$", re.I)
#: A header line is at most this long (characters).
MAX_HEAD_LINE = 120
#: A word longer than this (with no space in the line) is no word of a language written with spaces.
MAX_WORD_CHARS = 60
_HEX = frozenset(hexdigits)
_BASE64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_")


def is_head_line(line: str) -> bool:
    """True when ``line`` (one line of the text's opening) is a header line: a date line (with a label or a clock
    time, or a month and a year), an "Original url:" line, a byline, a source line, a name-and-publisher line, a
    reporter's job title alone ("Education correspondent"), a line of page furniture ("Listen to this article") or a story's
    label ("Analysis", "Exclusive": :mod:`.kickers`)."""
    line = line.strip()
    if not line or len(line) > MAX_HEAD_LINE:
        return False
    if ORIGINAL_URL.match(line) or DATE_LINE.match(line) or labelled_month_date(line):
        return True
    plain = strip_inline_markdown(line)
    return bool(date_time_line(plain) or is_date_line(plain) or read_byline(plain) is not None
                or source_line(plain) or name_bar_publisher(plain) or is_job_title(plain, after_name=True)
                or is_furniture(plain) or is_kicker(plain))


def bare_name(line: str) -> list[str]:
    """``[name]`` for a line that is a person's name alone, two to four capitalised words ("Sam Patel"): a byline
    without "By" when a job title follows it on the next line; else ``[]``."""
    words = line.split()
    if 2 <= len(words) <= 4 and len(line) <= 50 and all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return [" ".join(words)]
    return []


#: A character of a script written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, and Chinese,
#: Japanese and Korean (and everything after them). One character class: a linear scan in C.
_UNSPACED = re.compile("[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u2e80-\U0010ffff]")
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")


def is_blob(text: str) -> bool:
    """True when ``text`` (a line, white space trimmed) is no text: a line without a space that is a hash (16 or
    more hex digits, digits and letters both), a base64 or token string (20 or more characters of that alphabet,
    digits among them, switching between capitals, small letters and digits at 40% of its characters or more, as
    random characters do: "McDonaldsHarbour2024" does not), or over :data:`MAX_WORD_CHARS` characters in a script
    written with spaces (one 300-character "word"). A line of Chinese or Thai, which runs on without spaces, is
    text."""
    text = text.strip()
    if len(text) < 16 or _SPACE.search(text):
        return False
    has_digit = _DIGIT.search(text) is not None
    if has_digit and len(text) <= 128 and all(c in _HEX for c in text) and any(c.isalpha() for c in text):
        return True
    if (len(text) >= 20 and has_digit and len(text) <= 100_000 and all(c in _BASE64 for c in text)
            and _class_changes(text) >= len(text) * 0.4):
        return True
    return len(text) > MAX_WORD_CHARS and not _UNSPACED.search(text)


def _class_changes(text: str) -> int:
    """How often ``text``'s letters and digits switch between capitals, small letters and digits ("-", "+", "/"
    and "=" left out: "Harbour-channel-2024" switches twice)."""
    kinds = [0 if c.isupper() else 1 if c.islower() else 2 for c in text if c.isalnum()]
    return sum(a != b for a, b in zip(kinds, kinds[1:]))
