"""Invisible format characters and symbols no bundled font has: what the exports do with them.

Articles and pasted text carry characters that are meant not to be seen:
soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060), a
byte-order mark inside the text (U+FEFF), zero-width (non-)joiners (U+200C,
U+200D) and bidirectional controls (U+200E/F, U+061C, U+202A-202E,
U+2066-2069). No export format of the brief can show them as meant:

* reportlab treats U+200B as a word break and prints it as a full space once
  the same run of text holds a no-break space (reportlab's ``split()`` switches
  to its own white-space list then), and it does no bidi or shaping at all;
* a text editor or terminal shows a soft hyphen as "-" or as nothing, and a
  stray zero-width character breaks searching and copying the brief's words.

So every format gets :func:`visible_text` of every user string before layout
(:func:`displayable`): soft hyphens, zero-width spaces, word joiners and BOMs
are removed; a joiner is kept only between two characters of a script that
needs it (Persian "می‌خواهم", Indic conjuncts, emoji sequences), i.e. not
beside Latin, Greek or Cyrillic letters, digits or punctuation; bidi controls
are kept only in a string that holds right-to-left letters (and never in the
PDF, which lays every line out left to right).

Symbols no bundled font has (:func:`name_symbols`, PDF only): DejaVu Sans has
no glyph for most emoji (🚀, ✅, flags), and reportlab would print empty
boxes. No font in the environment's packages fits: the colour emoji fonts are
bitmaps reportlab cannot embed, Symbola's licence is not a free one, and Noto
Sans Symbols 2 still lacks most emoji. The PDF therefore writes such a symbol as
its Unicode name in brackets ("🚀" -> "[rocket]", "🇩🇪" -> "[flag DE]",
"👨‍👩‍👧" -> "[man + woman + girl]", a skin tone dropped): readable in print and
searchable, where a box says nothing. Letters of scripts the font lacks
(Devanagari, ...; Chinese, Japanese, Korean and Thai have fallback fonts) are
not renamed (a name per letter is no reading);
the export warns about them instead. A character the font lacks that has a plain
compatibility form the font has (mathematical letters "𝐀𝐁𝐂") is
printed in that form (:func:`plain_forms`). DOCX, HTML, Markdown and plain text
keep emoji and such letters: the reader's own fonts show them.

No regular expressions: one pass over each string.
"""

from __future__ import annotations

import unicodedata
from dataclasses import fields, is_dataclass, replace
from collections.abc import Container
from typing import Any, Callable

#: Removed everywhere: they only hint at layout (hyphenation, line breaks) that no format here acts on.
DROPPED = frozenset("\u00ad\u200b\u2060\ufeff\u180e")
#: Kept only between two characters of a script that needs them.
JOINERS = frozenset("\u200c\u200d")
#: Bidirectional controls: kept only in text that has right-to-left letters (never in the PDF).
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_VARIATION = frozenset("\ufe0e\ufe0f")
_ZWJ = "\u200d"
_INVISIBLE = DROPPED | JOINERS | BIDI_CONTROLS


def _joins(ch: str) -> bool:
    """Return True for a character a joiner can matter beside: a letter, mark or symbol past Latin, Greek,
    Cyrillic and Armenian (Hebrew, Arabic, Indic scripts, emoji)."""
    return ord(ch) >= 0x0590 and unicodedata.category(ch)[0] in "LMS"


def _has_rtl(text: str) -> bool:
    """Return True when ``text`` holds a right-to-left letter (Hebrew, Arabic, ...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text
               if ord(ch) >= 0x0590 and ch not in BIDI_CONTROLS)  # RLM and ALM are "R"/"AL" themselves


def visible_text(text: str, bidi: bool = True) -> str:
    """Return ``text`` without the invisible format characters no export shows as meant (see the module).

    ``bidi=False`` removes every bidi control (the PDF: reportlab lays lines out left to right); otherwise they
    are kept in a string with right-to-left letters. Returns ``text`` itself when there is nothing to remove.
    """
    if text.isascii() or not any(ch in _INVISIBLE for ch in text):
        return text
    keep_bidi = bidi and _has_rtl(text)
    out: list[str] = []
    n = len(text)
    before = ""  # the last visible character so far (every visible one is kept)
    after_at = -1  # where the first visible character after the joiner being read is (n: none)
    for i, ch in enumerate(text):
        if ch in DROPPED:
            continue
        if ch in BIDI_CONTROLS and not keep_bidi:
            continue
        if ch in JOINERS:
            # Looked up once per run of invisible characters: looking around each joiner of a run was quadratic
            # (20,000 joiners in a row took 12 s).
            if after_at <= i:
                after_at = i + 1
                while after_at < n and text[after_at] in _INVISIBLE:
                    after_at += 1
            after = text[after_at] if after_at < n else ""
            if not (before and after and _joins(before) and _joins(after)):
                continue
        elif ch not in _INVISIBLE:
            before = ch
        out.append(ch)
    return "".join(out)


def _symbol(ch: str) -> bool:
    """Return True for a character that may be written as its name: a symbol, a private-use or unassigned one."""
    category = unicodedata.category(ch)
    return category[0] == "S" or category in ("Co", "Cn")


def _extender(ch: str) -> bool:
    """Return True for a character that only modifies the emoji before it (skin tone, keycap, tag, selector)."""
    o = ord(ch)
    return ch in _VARIATION or 0x1F3FB <= o <= 0x1F3FF or o == 0x20E3 or 0xE0020 <= o <= 0xE007F


def _regional(ch: str) -> bool:
    """Return True for a regional indicator letter (two make a flag: 🇩 + 🇪)."""
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _name(ch: str) -> str:
    """Return a character's Unicode name in lower case, or "U+E000" when it has none."""
    name = unicodedata.name(ch, "")
    return name.lower() if name else f"U+{ord(ch):04X}"


def plain_forms(text: str, covered: Container[int]) -> str:
    """Return ``text`` with each character ``covered`` (the fonts' code points) lacks, whose Unicode compatibility
    form (NFKC) the fonts have, written in that form: mathematical letters "𝐀𝐁𝐂 𝑥 𝔄" as "ABC x A". A box says
    nothing; the plain letter keeps the word readable and searchable. Characters the fonts have, and those
    without such a form, are left as they are.
    """
    if text.isascii():
        return text
    out: list[str] = []
    for ch in text:
        if ord(ch) not in covered and not ch.isspace():
            plain = unicodedata.normalize("NFKC", ch)
            if plain != ch and plain.strip() and all(ord(c) in covered for c in plain):
                out.append(plain)
                continue
        out.append(ch)
    return "".join(out)


def name_symbols(text: str, covered: Container[int]) -> str:
    """Return ``text`` with each symbol (emoji included) that ``covered`` (the font's code points) lacks written
    as its Unicode name in brackets: "🚀" -> "[rocket]", "🇩🇪" -> "[flag DE]", a ZWJ sequence as its parts
    joined by " + ", skin tones and variation selectors dropped. A character with a plain form the font has is
    written in it (:func:`plain_forms`: "𝐀" as "A"); other letters the font lacks are left as they are.
    """
    if text.isascii():
        return text
    text = plain_forms(text, covered)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if _regional(ch) and ord(ch) not in covered:
            if i + 1 < n and _regional(text[i + 1]):
                letters = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in text[i:i + 2])
                out.append(f"[flag {letters}]")
                i += 2
            else:
                out.append(f"[{_name(ch)}]")
                i += 1
            continue
        if not _symbol(ch) or _extender(ch):
            if _extender(ch) and ord(ch) not in covered:  # a skin tone or keycap after a printable base
                i += 1
                continue
            out.append(ch)
            i += 1
            continue
        # a symbol: take its cluster (extenders, and further symbols joined by ZWJ)
        bases, j = [ch], i + 1
        while j < n:
            if _extender(text[j]):
                j += 1
            elif text[j] == _ZWJ and j + 1 < n and _symbol(text[j + 1]):
                bases.append(text[j + 1])
                j += 2
            else:
                break
        if all(ord(b) in covered for b in bases):
            out.extend(c for c in text[i:j] if c not in _VARIATION and (ord(c) in covered))
        else:
            out.append("[" + " + ".join(_name(b) for b in bases) + "]")
        i = j
    return "".join(out)


def _map_strings(obj: Any, fn: Callable[[str], str]) -> Any:
    """Return ``obj`` with ``fn`` applied to every string inside it (dataclasses, lists, dicts); parts that do
    not change are the same objects, and ``obj`` itself comes back when nothing changed."""
    if isinstance(obj, str):
        return fn(obj)
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            new = _map_strings(value, fn)
            if new is not value:
                changes[f.name] = new
        return replace(obj, **changes) if changes else obj
    if isinstance(obj, list):
        new_list = [_map_strings(v, fn) for v in obj]
        return new_list if any(a is not b for a, b in zip(new_list, obj)) else obj
    if isinstance(obj, dict):
        new_dict = {k: _map_strings(v, fn) for k, v in obj.items()}
        return new_dict if any(new_dict[k] is not v for k, v in obj.items()) else obj
    return obj


def displayable(briefing: Any, bidi: bool = True) -> Any:
    """Return the briefing with :func:`visible_text` applied to every string in it (the briefing itself when
    nothing changes; the caller's object is never modified)."""
    return _map_strings(briefing, lambda s: visible_text(s, bidi))
