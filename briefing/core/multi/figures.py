"""Figures in sentences: read, normalised and compared (light: no NumPy; the exports use it too).

No regular expressions: words are read with ``str`` methods, so the time is
linear in the text whatever it holds.
"""

from __future__ import annotations

_EDGE = "\"'“”‘’«»()[]{}.,;:!?—–-…*"


def words(text: str) -> list[str]:
    """Return the lower-cased words of ``text``, punctuation stripped from their ends."""
    out = []
    for raw in text.split():
        w = raw.strip(_EDGE).lower()
        if w:
            out.append(w)
    return out


#: Words written out that count as figures ("three dead" against "four dead").
NUMBER_WORDS = frozenset("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                         "eighty ninety hundred thousand million billion trillion dozen dozens hundreds "
                         "thousands millions billions".split())


def figure(word: str) -> str | None:
    """Return a word as a normalised figure ("1,200" -> "1200", "3.5%" -> "3.5%", "four" -> "4"), or None."""
    w = word.replace(",", "")
    core = w[1:] if w[:1] in "$£€¥" else w
    for suffix in ("%", "bn", "m", "k", "s"):
        if core.endswith(suffix) and core[: -len(suffix)].replace(".", "", 1).isdigit():
            return w
    if core.replace(".", "", 1).isdigit():
        return w.rstrip(".")
    if w in NUMBER_WORDS:
        return _WORD_VALUES.get(w, w)
    return None


_WORD_VALUES = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                                 "twenty".split())}


def figures(text: str) -> list[str]:
    """Return the figures of a sentence in order (normalised by :func:`figure`)."""
    return [f for f in (figure(w) for w in words(text)) if f is not None]


def figures_differ(a: str, b: str) -> bool:
    """Return True when each sentence has a figure the other does not (a disagreement, not a detail added)."""
    fa, fb = set(figures(a)), set(figures(b))
    return bool(fa - fb) and bool(fb - fa)


def figure_context(text: str, other: str) -> list[str]:
    """Return the figures of ``text`` that ``other`` lacks, each with the word after it ("15 people")."""
    theirs = set(figures(other))
    ws = words(text)
    out = []
    for i, w in enumerate(ws):
        f = figure(w)
        if f is None or f in theirs:
            continue
        j = i + 1
        while j < len(ws) and ws[j] in NUMBER_WORDS and ws[j] not in _WORD_VALUES:  # "2.5 billion"
            j += 1
        if j < len(ws) and figure(ws[j]) is None:
            j += 1  # and the word it counts: "2.5 billion euros", "15 people"
        phrase = " ".join([w, *ws[i + 1:j]])
        if phrase not in out:
            out.append(phrase)
    return out


def _measures(text: str, other: str) -> set[tuple[str, ...]]:
    """Return what each figure of ``text`` that ``other`` lacks counts ("2.5 billion euro" -> ("billion", "euro")),
    plural "s" dropped; a bare figure counts nothing and is left out."""
    out = set()
    for phrase in figure_context(text, other):
        if phrase.split()[0] in NUMBER_WORDS and phrase.split()[0] not in _WORD_VALUES:
            continue  # "million units" after "2.8 million units": the multiplier, read again on its own
        unit = tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in phrase.split()[1:])
        if unit:
            out.add(unit)
    return out


def same_measure_differs(a: str, b: str) -> bool:
    """Return True when the sentences give different figures *of the same thing*: each has a figure the other
    lacks, and one of each counts the same words ("2.5 billion euros" against "3.1 billion euro")."""
    return figures_differ(a, b) and bool(_measures(a, b) & _measures(b, a))
