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


#: Languages that write a decimal comma and group thousands with a dot or a space ("2,5", "1.200", "1 200").
DECIMAL_COMMA = frozenset({"de", "fr", "es", "ru", "uk", "it", "pt", "nl", "pl", "cs"})


def _decimal_comma(language: str) -> bool:
    from ..model import language_code_of

    return language_code_of(language) in DECIMAL_COMMA


def _number(text: str, decimal_comma: bool) -> str | None:
    """Return digits with separators as a plain decimal ("2,5" in German -> "2.5", "1,200" in English -> "1200",
    "2.50" -> "2.5"), or None when it is no number ("12.03.2026", "1,2,3").

    A group separator followed by groups of three digits groups thousands; one
    followed by anything else is read as the other convention's decimal point
    ("2.5" quoted in a German text, "2,5" in an English one).
    """
    group, dec = (".", ",") if decimal_comma else (",", ".")
    if decimal_comma:
        text = text.replace(" ", group)  # "1 200" (joined by _tokens)
    if not text[:1].isdigit():
        return None
    whole, _, frac = text.partition(dec)
    if frac and not frac.isdigit():
        return None
    parts = whole.split(group)
    if len(parts) > 1:
        if len(parts[0]) <= 3 and all(len(x) == 3 for x in parts[1:]) and all(x.isdigit() for x in parts):
            whole = "".join(parts)
        elif len(parts) == 2 and not frac and parts[1].isdigit():
            whole, frac = parts
        else:
            return None
    if not whole.isdigit():
        return None
    frac = frac.rstrip("0")
    return whole + ("." + frac if frac else "")


def figure(word: str, language: str = "en") -> str | None:
    """Return a word as a normalised figure, read by the text's ``language`` (ISO code or name), or None.

    English: "1,200" -> "1200", "3.5%" -> "3.5%", "four" -> "4"; German,
    French, Spanish, Russian, Ukrainian…: "2,5" -> "2.5", "1.200" -> "1200".
    Trailing decimal zeros go ("2.50" -> "2.5"); number words are English only.
    """
    w = word.lower()
    prefix = w[:1] if w[:1] in "$£€¥" else ""
    core = w[len(prefix):]
    decimal_comma = _decimal_comma(language)
    for suffix in ("%", "bn", "m", "k", "s"):
        if core.endswith(suffix) and core[: -len(suffix)][-1:].isdigit():
            n = _number(core[: -len(suffix)], decimal_comma)
            if n is not None:
                return prefix + n + suffix
    n = _number(core, decimal_comma)
    if n is not None:
        return prefix + n
    if w in NUMBER_WORDS:
        return _WORD_VALUES.get(w, w)
    return None


def _tokens(text: str, language: str) -> list[str]:
    """Return :func:`words`, with a number grouped by spaces joined into one word ("1 200") where the language
    groups thousands so."""
    ws = words(text)
    if not _decimal_comma(language):
        return ws
    out: list[str] = []
    for w in ws:
        if (out and len(w) == 3 and w.isdigit() and out[-1].replace(" ", "").isdigit()
                and len(out[-1].split(" ")[0]) <= 3 and all(len(g) == 3 for g in out[-1].split(" ")[1:])):
            out[-1] += " " + w
        else:
            out.append(w)
    return out


_WORD_VALUES = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                                 "twenty".split())}


def figures(text: str, language: str = "en") -> list[str]:
    """Return the figures of a sentence in order (normalised by :func:`figure`, read by ``language``)."""
    return [f for f in (figure(w, language) for w in _tokens(text, language)) if f is not None]


def figures_differ(a: str, b: str, language: str = "en", other_language: str | None = None) -> bool:
    """Return True when each sentence has a figure the other does not (a disagreement, not a detail added).

    ``a`` is read in ``language``, ``b`` in ``other_language`` (the same when None): German "2,5" and English
    "2.5" are the same figure.
    """
    fa, fb = set(figures(a, language)), set(figures(b, other_language or language))
    return bool(fa - fb) and bool(fb - fa)


def _phrases(text: str, other: str, language: str, other_language: str | None) -> list[list[str]]:
    """Return, as word lists, each figure of ``text`` that ``other`` lacks with the word after it."""
    theirs = set(figures(other, other_language or language))
    ws = _tokens(text, language)
    out: list[list[str]] = []
    for i, w in enumerate(ws):
        f = figure(w, language)
        if f is None or f in theirs:
            continue
        j = i + 1
        while j < len(ws) and ws[j] in NUMBER_WORDS and ws[j] not in _WORD_VALUES:  # "2.5 billion"
            j += 1
        if j < len(ws) and figure(ws[j], language) is None:
            j += 1  # and the word it counts: "2.5 billion euros", "15 people"
        phrase = ws[i:j]
        if phrase not in out:
            out.append(phrase)
    return out


def figure_context(text: str, other: str, language: str = "en", other_language: str | None = None) -> list[str]:
    """Return the figures of ``text`` that ``other`` lacks, each with the word after it ("15 people").

    ``text`` is read in ``language``, ``other`` in ``other_language`` (the same when None).
    """
    return [" ".join(p) for p in _phrases(text, other, language, other_language)]


def _measures(text: str, other: str, language: str, other_language: str | None) -> set[tuple[str, ...]]:
    """Return what each figure of ``text`` that ``other`` lacks counts ("2.5 billion euro" -> ("billion", "euro")),
    plural "s" dropped; a bare figure counts nothing and is left out."""
    out = set()
    for phrase in _phrases(text, other, language, other_language):
        if phrase[0] in NUMBER_WORDS and phrase[0] not in _WORD_VALUES:
            continue  # "million units" after "2.8 million units": the multiplier, read again on its own
        unit = tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in phrase[1:])
        if unit:
            out.add(unit)
    return out


def same_measure_differs(a: str, b: str, language: str = "en", other_language: str | None = None) -> bool:
    """Return True when the sentences give different figures *of the same thing*: each has a figure the other
    lacks, and one of each counts the same words ("2.5 billion euros" against "3.1 billion euro").

    ``a`` is read in ``language``, ``b`` in ``other_language`` (the same when None).
    """
    lb = other_language or language
    return (figures_differ(a, b, language, lb)
            and bool(_measures(a, b, language, lb) & _measures(b, a, lb, language)))
