"""Right-to-left runs inside the left-to-right PDF brief: Arabic joined, Hebrew and Arabic in reading order.

reportlab draws every string left to right, character by character, and does
no shaping: an Arabic name printed as typed came out as separate letters in
reverse order, a Hebrew quote backwards (the open-source reportlab needs
``rlbidi``, which is not on PyPI, for its own bidi support). The brief is a
left-to-right page with right-to-left names and quotes in it, so
:func:`visual_order` does what the Unicode bidi algorithm (UAX #9) does for
that case, paragraph level 0 and no explicit embeddings (the PDF drops bidi
controls):

* a right-to-left run is a strong R/AL character up to the last one before
  the next strong left-to-right character, with the spaces, punctuation and
  numbers between them; neutrals at its edges stay left to right (rules
  W1-W7, N1-N2);
* the run is reversed for drawing, a number in it keeps its digits' order
  (level 2: "2,5", "2024", "15%"), a combining mark stays after its base and
  paired brackets are mirrored (rule L4);
* Arabic letters take their joining forms (isolated, initial, medial,
  final; lam-alef as one ligature) from the presentation forms DejaVu Sans
  has, read from the Unicode data that ships with Python;
* the spaces inside a run of at most :data:`GLUE_LIMIT` characters become
  no-break spaces, so a line never breaks inside a name or a short quote
  (a run broken over two lines would read in the wrong order: the bidi
  order of a run depends on where the line breaks, which reportlab decides
  later). A longer run may still break, each part reversed on its line.

No regular expressions: one pass over each string.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Runs up to this many characters are kept on one line (their spaces made no-break).
GLUE_LIMIT = 60

_RTL = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))
_NUMBER_JOIN = frozenset(("CS", "ES"))  # "2,5", "3.1", "+" between digits
_LAM = "\u0644"
_ALEFS = "\u0622\u0623\u0625\u0627"
_TATWEEL = "\u0640"
_MIRROR = dict(zip("()[]{}<>«»‹›⁅⁆⁽⁾₍₎", ")(][}{><»«›‹⁆⁅⁾⁽₎₍"))


def has_rtl(text: str) -> bool:
    """Return True when ``text`` holds a right-to-left letter (Hebrew, Arabic, ...)."""
    return not text.isascii() and any(unicodedata.bidirectional(ch) in _RTL for ch in text)


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """Return the Arabic presentation forms by letter ({"ب": {"initial": "ﺑ", ...}}) and the lam-alef ligatures."""
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) < 2 or parts[0] not in ("<isolated>", "<final>", "<initial>", "<medial>"):
            continue
        form, base = parts[0][1:-1], "".join(chr(int(p, 16)) for p in parts[1:])
        if len(base) == 1:
            letters.setdefault(base, {}).setdefault(form, chr(cp))
        elif len(base) == 2 and base[0] == _LAM and base[1] in _ALEFS:
            ligatures.setdefault((base[0], base[1]), {}).setdefault(form, chr(cp))
    return letters, ligatures


def _transparent(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _joins_forward(ch: str | None, letters) -> bool:
    """Whether ``ch`` connects to the letter after it (a dual-joining letter or the tatweel)."""
    if ch is None:
        return False
    if ch == _TATWEEL:
        return True
    f = letters.get(ch)
    return bool(f) and ("initial" in f or "medial" in f)


def _joins_back(ch: str | None, letters) -> bool:
    """Whether ``ch`` connects to the letter before it (any joining letter or the tatweel)."""
    if ch is None:
        return False
    return ch == _TATWEEL or bool(letters.get(ch)) and ("final" in letters[ch] or "medial" in letters[ch])


def shape_arabic(text: str) -> str:
    """Return ``text`` with Arabic letters in their contextual presentation forms (and lam-alef ligatures);
    other characters unchanged."""
    letters, ligatures = _forms()
    if not any(ch in letters for ch in text):
        return text
    chars = list(text)
    n = len(chars)

    def neighbour(i: int, step: int) -> str | None:
        j = i + step
        while 0 <= j < n and (chars[j] is None or _transparent(chars[j])):
            j += step
        return chars[j] if 0 <= j < n else None

    out = list(chars)
    for i, ch in enumerate(chars):
        if ch is None or ch not in letters:
            continue
        prev = neighbour(i, -1)
        joined_before = _joins_forward(prev, letters) and _joins_back(ch, letters)
        if ch == _LAM:
            j = i + 1
            if j < n and chars[j] in _ALEFS and (ch, chars[j]) in ligatures:
                lig = ligatures[(ch, chars[j])]
                out[i] = lig.get("final" if joined_before else "isolated", lig.get("isolated", ch))
                out[j] = ""
                # the alef is consumed; the letter after sees the ligature as an alef, which does not join forward
                chars[i], chars[j] = chars[j], None
                continue
        nxt = neighbour(i, 1)
        joined_after = _joins_forward(ch, letters) and _joins_back(nxt, letters)
        form = ("medial" if joined_after else "final") if joined_before else ("initial" if joined_after else "isolated")
        f = letters[ch]
        out[i] = f.get(form) or f.get("isolated") or ch
    return "".join(c for c in out if c)


def _clusters(text: str) -> list[str]:
    """Return ``text`` as base characters each with the combining marks after it.

    Cut by index, not grown by ``+=``: a string in a list is copied at each append, quadratic in a letter with a
    megabyte of marks after it (a "Zalgo" line took a minute).
    """
    starts = [i for i, ch in enumerate(text) if i == 0 or not _transparent(ch)]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def _kind(cluster: str) -> str:
    """Return "R", "L", "N" (number) or "-" (neutral) for a cluster's base character."""
    c = unicodedata.bidirectional(cluster[0])
    if c in _RTL:
        return "R"
    if c in _NUMBER:
        return "N"
    if c in ("L",):
        return "L"
    if c == "ET":
        return "T"  # %, $: a number's part when beside one
    if c in _NUMBER_JOIN:
        return "J"
    return "-"


def _reverse_run(run: list[str], kinds: list[str]) -> list[str]:
    """Return a right-to-left run in drawing order: items reversed, numbers kept whole, brackets mirrored."""
    items: list[str] = []
    i, n = 0, len(run)
    while i < n:
        k = kinds[i]
        if k in ("N", "T"):
            j = i  # a number: digits, a % or currency sign beside them, one separator between digits
            while j < n and (kinds[j] in ("N", "T") or (kinds[j] == "J" and j > i and kinds[j - 1] == "N"
                                                          and j + 1 < n and kinds[j + 1] == "N")):
                j += 1
            if "N" in kinds[i:j]:
                items.append("".join(run[i:j]))
                i = j
                continue
        items.append(_MIRROR.get(run[i], run[i]))
        i += 1
    return items[::-1]


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}


def _close_brackets(clusters: list[str], start: int, last: int) -> int:
    """Return the run's last index, taking in the closing brackets right after it whose opening bracket is in the
    run ("(בערך)" in a Hebrew sentence: both brackets belong to the run, rule N0)."""
    open_: list[str] = []
    for c in clusters[start:last + 1]:
        if c in _OPENERS:
            open_.append(_OPENERS[c])
        elif open_ and c == open_[-1]:
            open_.pop()
    while open_ and last + 1 < len(clusters) and clusters[last + 1] == open_[-1]:
        open_.pop()
        last += 1
    return last


def _runs(clusters: list[str], kinds: list[str]):
    """Yield (first, last) cluster indices of each right-to-left run: from a strong R/AL character to the last R
    or number before the next strong left-to-right character, with the brackets it opened."""
    i, n = 0, len(clusters)
    while i < n:
        if kinds[i] != "R":
            i += 1
            continue
        j, last = i, i
        while j < n and kinds[j] != "L":
            if kinds[j] in ("R", "N") or (kinds[j] == "T" and last == j - 1 and kinds[last] == "N"):
                last = j
            j += 1
        last = _close_brackets(clusters, i, last)
        yield i, last
        i = last + 1


def longest_rtl_run(text: str) -> int:
    """Return the length in characters of the longest right-to-left run of ``text`` (0 without one)."""
    if not has_rtl(text):
        return 0
    clusters = _clusters(text)
    kinds = [_kind(c) for c in clusters]
    return max((sum(len(c) for c in clusters[i:last + 1]) for i, last in _runs(clusters, kinds)), default=0)


def visual_order(text: str) -> str:
    """Return ``text`` ready to be drawn left to right: each right-to-left run shaped, reversed and (when short)
    glued with no-break spaces; text without right-to-left letters is returned unchanged."""
    if not has_rtl(text):
        return text
    clusters = _clusters(shape_arabic(text))
    kinds = [_kind(c) for c in clusters]
    out: list[str] = []
    done = 0
    for i, last in _runs(clusters, kinds):
        out.extend(clusters[done:i])
        run = clusters[i:last + 1]
        drawn = _reverse_run(run, kinds[i:last + 1])
        if sum(len(c) for c in run) <= GLUE_LIMIT:
            drawn = ["\u00a0" if c == " " else c for c in drawn]
        out.extend(drawn)
        done = last + 1
    out.extend(clusters[done:])
    return "".join(out)
