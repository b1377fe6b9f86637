"""What a PDF sets before its body: a report's cover page, a running head over page 1's title, and the short
lines of a fact box.

Works on the lines :mod:`.pdf` builds (text, size, bold, left, right, baseline); no PDF library here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .date_lines import head_date

#: A cover has at most this many lines, each this many times the body size or more.
COVER_MAX_LINES = 8
COVER_MIN_SIZE = 1.3
#: A report series' label on a cover: "Policy Report No. 12", "Working Paper 2024/3", "Vol. 4", "Issue 7".
_SERIES = re.compile(r"(?:.{0,80}\s)?(?:no\.?|nr\.?|n°|number|vol\.?|volume|issue|paper)\s?\d{1,4}(?:/\d{1,4})?", re.I)


@dataclass
class FrontFurniture:
    """Lines taken out of the body before paragraphs are built: running heads (text of every dropped head or
    footer line, page 1 first) and the cover page's lines (``(text, size, bold)``, top to bottom)."""

    heads: list[str] = field(default_factory=list)
    cover: list[tuple[str, float, bool]] = field(default_factory=list)

    def date(self) -> str | None:
        """The cover's date, else the first date in a running head ("Thursday 13 March 2025"); ISO, or
        ``"YYYY-MM"`` for a month and year ("June 2024")."""
        for text in [c[0] for c in self.cover] + self.heads:
            found = head_date(text)
            if found:
                return found
        return None

    def title(self) -> str:
        """The report's title on its cover: the largest line that is not the organisation's name in capitals,
        a date or a series label ("Policy Report No. 12"); "" without a cover."""
        best, size = "", 0.0
        for text, line_size, _bold in self.cover:
            if (len(text) > 200 or text.isupper() or not any(c.isalpha() for c in text) or head_date(text)
                    or _SERIES.fullmatch(text)):
                continue
            if line_size > size + 0.5:
                best, size = text, line_size
        return best


def is_cover(first: list, pages: int, body: float) -> bool:
    """True when page 1 (its ``first`` lines, running lines already gone) is a cover: the PDF has more pages, and
    page 1 holds one to :data:`COVER_MAX_LINES` lines, all in a large font (no body text)."""
    return pages >= 2 and 1 <= len(first) <= COVER_MAX_LINES and all(
        ln.size >= body * COVER_MIN_SIZE for ln in first)


def head_over_title(lines: list, body: float) -> list:
    """The lines of page 1 above its title that are a running head: the title is the first line in a font of
    1.5 times the body or more; the lines above it, at most three, all in a font under the body's and in the top
    margin, over a gap of one and a half title lines or more (a sidebar's heading that starts beside the title
    is no head)."""
    title = next((i for i, ln in enumerate(lines[:6]) if ln.size >= body * 1.5), None)
    if not title or title > 3:
        return []
    top = lines[title]
    above = [ln for ln in lines[:title] if ln.baseline - top.baseline >= top.size * 1.5]
    return above if len(above) == title and all(ln.size < body * 0.95 for ln in above) else []


#: A fact box's line is at most this many characters.
ITEM_MAX_CHARS = 60


def list_lines(column: list) -> set[int]:
    """Indices of the lines of ``column`` that are items of a list of short lines (a sidebar's "Key facts":
    "Budget: 1.2 billion euros" / "Length: 34 km" / "Stations: 12"), each its own paragraph.

    A run of three or more lines in one font size, each at most :data:`ITEM_MAX_CHARS` long, each opening with a
    capital or a digit after a line that does not end in a hyphen or comma, and ragged: at most half of them (the
    last not counted) come within 15 % of the run's widest line's right edge (a wrapped paragraph's lines all reach
    it but its last).
    """
    out: set[int] = set()
    start = 0
    while start < len(column):
        end = start
        while end < len(column) and _item(column, end, start):
            end += 1
        if end - start >= 3:
            run = column[start:end]
            left = min(ln.left for ln in run)
            right = max(ln.right for ln in run)
            near = sum(1 for ln in run[:-1] if ln.right >= right - (right - left) * 0.15)
            if near * 2 <= len(run) - 1:
                out.update(range(start, end))
        start = max(end, start + 1)
    return out


def _item(column: list, i: int, start: int) -> bool:
    ln = column[i]
    text = ln.text.strip()
    if not text or len(text) > ITEM_MAX_CHARS or not (text[0].isupper() or text[0].isdigit()):
        return False
    if i == start:
        return True
    prev = column[i - 1]
    return round(prev.size * 2) == round(ln.size * 2) and not prev.text.rstrip().endswith(("-", ",", "\u00ad", "\x02"))
