"""Fonts for scripts DejaVu Sans lacks (Chinese, Japanese, Korean, Thai), registered on first need.

DejaVu Sans has no Han, kana, Hangul or Thai: a Chinese quote or a Thai name
printed as a row of empty boxes. Two fonts ship in ``resources/fonts/fallback/``
(a subfolder, so the window does not load them at start-up):

* Droid Sans Fallback (Apache 2.0, 3.4 MB, TrueType outlines, which reportlab
  can embed; Noto Sans CJK is CFF, which it cannot): Chinese, Japanese kana and
  kanji, Korean Hangul;
* Noto Sans Thai (OFL 1.1, 38 KB).

A fallback font is parsed and registered with reportlab only when a brief has a
character in its script that DejaVu lacks (Droid Sans Fallback: about 0.2 s,
once per process); the PDF embeds only the glyphs used. Scripts that need
shaping to print correctly (Devanagari and the other Indic scripts) get no
fallback: unshaped they would print wrong, so they are warned about instead.
"""

from __future__ import annotations

from functools import lru_cache

CJK = "BriefingCJK"
THAI = "BriefingThai"

_FILES = {CJK: "DroidSansFallback.ttf", THAI: "NotoSansThai-Regular.ttf"}

#: Code point ranges each fallback font is asked about (its own coverage decides within them).
_RANGES = (
    (THAI, 0x0E00, 0x0E7F),
    (CJK, 0x1100, 0x11FF),  # Hangul Jamo
    (CJK, 0x2E80, 0x2FDF),  # CJK radicals, Kangxi
    (CJK, 0x3000, 0x9FFF),  # CJK punctuation, kana, Hangul compatibility Jamo, CJK unified ideographs
    (CJK, 0xA960, 0xA97F),
    (CJK, 0xAC00, 0xD7FF),  # Hangul syllables
    (CJK, 0xF900, 0xFAFF),  # CJK compatibility ideographs
    (CJK, 0xFE30, 0xFE4F),  # CJK compatibility forms
    (CJK, 0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
)


def _font_for_range(cp: int) -> str | None:
    for name, lo, hi in _RANGES:
        if lo <= cp <= hi:
            return name
    return None


@lru_cache(maxsize=None)
def _coverage(name: str) -> frozenset[int]:
    """Register fallback font ``name`` with reportlab (once) and return its code points (empty when its file is
    missing or unreadable: the characters then print as boxes, and the export warns, as without it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ....paths import resource

    try:
        font = TTFont(name, str(resource("fonts", "fallback", _FILES[name])))
    except Exception:  # reportlab raises TTFError, OSError, ... for a bad or missing file
        return frozenset()
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def fallback_font(ch: str) -> str | None:
    """Return the registered name of the fallback font that prints ``ch`` (None when none does)."""
    name = _font_for_range(ord(ch))
    return name if name is not None and ord(ch) in _coverage(name) else None


class Printable:
    """The code points the PDF can print: the main font's and, in their scripts, the fallback fonts'.

    Usable wherever a set of covered code points is asked for (``cp in printable``); a fallback font is loaded
    only when a code point in its script is asked about.
    """

    def __init__(self, covered: frozenset[int]):
        self.covered = covered

    def __contains__(self, cp: object) -> bool:
        if cp in self.covered:
            return True
        return isinstance(cp, int) and 0 <= cp <= 0x10FFFF and fallback_font(chr(cp)) is not None
