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
    groups: list[str] = []  # the number being read, group by group ("1", "200"); joined once it ends
    for w in ws:
        if groups and len(w) == 3 and w.isdigit():
            groups.append(w)
            continue
        if groups:
            out.append(" ".join(groups))
        groups = [w] if len(w) <= 3 and w.isdigit() else []
        if not groups:
            out.append(w)
    if groups:
        out.append(" ".join(groups))
    return out


_WORD_VALUES = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                                 "twenty".split())}


#: Magnitude words after a figure ("2.5 billion", "2,5 Milliarden", "2.500 millones", "2,5 млрд"), per language:
#: the power of ten each multiplies by. German and French "billion" is 10**12, English 10**9.
MAGNITUDES: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "thousands": 3, "million": 6, "millions": 6, "mn": 6, "mln": 6, "billion": 9,
           "billions": 9, "bn": 9, "trillion": 12, "trillions": 12, "tn": 12},
    "de": {"tausend": 3, "tsd": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9, "milliarden": 9,
           "mrd": 9, "billion": 12, "billionen": 12},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "mrd": 9, "mds": 9,
           "billion": 12, "billions": 12},
    "es": {"mil": 3, "millón": 6, "millon": 6, "millones": 6, "millardo": 9, "millardos": 9, "billón": 12,
           "billon": 12, "billones": 12},
    "ru": {"тыс": 3, "млн": 6, "млрд": 9, "трлн": 12},
    "uk": {"тис": 3, "млн": 6, "млрд": 9, "трлн": 12},
}
#: Russian and Ukrainian magnitude stems, read with any case ending ("миллиардов", "мільйонів", "тысячи").
_SLAVIC_STEMS = {"ru": (("тысяч", 3), ("миллиард", 9), ("миллион", 6), ("триллион", 12)),
                 "uk": (("тисяч", 3), ("мільярд", 9), ("мільйон", 6), ("трильйон", 12))}
_SLAVIC_ENDINGS = frozenset(["", "а", "и", "і", "у", "ю", "е", "ы", "ов", "ів", "ам", "ами", "ах", "ом", "ей", "ою",
                             "ям", "ях", "ями"])
#: Words whose magnitude depends on the language (read only by the source's own table).
_AMBIGUOUS = frozenset(["billion", "billions", "mil", "mille"])


def _slavic(word: str, code: str) -> int | None:
    for stem, exp in _SLAVIC_STEMS.get(code, ()):
        if word.startswith(stem) and word[len(stem):] in _SLAVIC_ENDINGS:
            return exp
    return None


def magnitude(word: str, language: str = "en") -> int | None:
    """Return the power of ten a magnitude word multiplies by in ``language`` ("milliarden" -> 9 in German,
    "billion" -> 9 in English and 12 in German, "млрд" -> 9), or None for any other word.

    A word of another supported language counts too (a German figure quoted in an English text), except the
    words whose value differs between languages ("billion", "mil", "mille").
    """
    if not word[:1].isalpha():  # every magnitude word is one: a figure or a mark is answered at once
        return None
    from ..model import language_code_of

    code = language_code_of(language)
    own = MAGNITUDES.get(code, MAGNITUDES["en"])
    if word in own:
        return own[word]
    exp = _slavic(word, code)
    if exp is not None or word in _AMBIGUOUS:
        return exp
    for table in MAGNITUDES.values():
        if word in table:
            return table[word]
    return _slavic(word, "ru") or _slavic(word, "uk")


#: The largest power of ten a figure is scaled by: "a thousand trillion" is 15; a run of magnitude words beyond
#: any real figure ("2 tn tn tn …") is left unscaled (scaling it built one long string, or overflowed Decimal).
MAX_POWER = 30


def _scaled(value: str, exp: int) -> str | None:
    """Return a plain figure times 10**exp ("2.5", 9 -> "2500000000"; "€14", 6 -> "€14000000"), None when
    ``value`` is no plain number ("3%") or ``exp`` is over :data:`MAX_POWER`."""
    from decimal import Decimal, InvalidOperation

    if exp > MAX_POWER:
        return None
    prefix = value[:1] if value[:1] in "$£€¥" else ""
    try:
        d = Decimal(value[len(prefix):])
    except InvalidOperation:
        return None
    return prefix + format(d.scaleb(exp).normalize(), "f")


#: Currency signs a figure may open with (:func:`figure` keeps them).
_CURRENCY = "$£€¥"


def _readings(ws: list[str], language: str) -> list[tuple[str, int, int, int, str]]:
    """Return each figure of the words ``ws`` as ``(value, start, end, power, mantissa)``: the figure's words are
    ``ws[start:end]``, magnitude words after it folded into the value ("2,5 Milliarden" in German and "2.5
    billion" in English are both "2500000000"; "2.500 millones" too); ``power`` is the magnitude's power of ten
    (0 without one), ``mantissa`` the figure before it was scaled ("2.5"). "$2.5bn" is read as "$2500000000",
    "$2.5m" as "$2500000" and "£50k" as "£50000" (with a currency sign only: "100m" may be metres)."""
    out = []
    i = 0
    while i < len(ws):
        f = figure(ws[i], language)
        if f is None or (f.isalpha() and magnitude(ws[i], language) is not None and f not in _WORD_VALUES.values()):
            # a word that is no figure, or a bare magnitude word ("millions of people"): kept as read
            if f is not None:
                out.append((f, i, i + 1, 0, f))
            i += 1
            continue
        j, power, mantissa = i + 1, 0, f
        if f.endswith("bn") and f[:-2][-1:].isdigit():
            f, power = f[:-2], 9
            mantissa = f
        elif f[:1] in _CURRENCY and f[-1:] in ("m", "k") and f[-2:-1].isdigit():
            # "$2.5m", "£50k": money's million and thousand ("100m" without a currency may be metres)
            f, power = f[:-1], (6 if f.endswith("m") else 3)
            mantissa = f
        while j < len(ws) and magnitude(ws[j], language) is not None:
            power += magnitude(ws[j], language)
            j += 1
        if power:
            f = _scaled(f, power) or f
        out.append((f, i, j, power, mantissa))
        i = j
    return out


def figures(text: str, language: str = "en") -> list[str]:
    """Return the figures of a sentence in order (normalised by :func:`figure`, read by ``language``), a
    magnitude word folded into the figure before it ("2.5 billion" -> "2500000000", see :func:`magnitude`)."""
    return [r[0] for r in _readings(_tokens(text, language), language)]


def _unmatched(text: str, other: str, language: str, other_language: str | None
               ) -> tuple[list[str], list[tuple[str, int, int, int, str]]]:
    """Return ``text``'s words and its readings (:func:`_readings`) that ``other`` does not give.

    A figure with a magnitude matches the same figure without one in the other sentence, and the other way
    round ("42.7 trillion calculations" and "42.7 teraflops": the magnitude may sit in the unit).
    """
    lb = other_language or language
    theirs = _readings(_tokens(other, lb), lb)
    values = {r[0] for r in theirs}
    bare = {r[0] for r in theirs if not r[3]}
    mantissas = {r[4] for r in theirs if r[3]}
    ws = _tokens(text, language)
    out = [r for r in _readings(ws, language)
           if r[0] not in values and not (r[3] and r[4] in bare) and not (not r[3] and r[0] in mantissas)]
    return ws, out


def figures_differ(a: str, b: str, language: str = "en", other_language: str | None = None) -> bool:
    """Return True when each sentence has a figure the other does not (a disagreement, not a detail added).

    ``a`` is read in ``language``, ``b`` in ``other_language`` (the same when None): German "2,5" and English
    "2.5" are the same figure, "2,5 Milliarden" and "2.5 billion" too; "42.7 trillion" and a bare "42.7" match.
    """
    lb = other_language or language
    return bool(_unmatched(a, b, language, lb)[1]) and bool(_unmatched(b, a, lb, language)[1])


def _phrases(text: str, other: str, language: str, other_language: str | None
             ) -> list[tuple[str, int, list[str], int]]:
    """Return each figure of ``text`` that ``other`` lacks as ``(value, magnitude power, words, k)``: the words
    of the figure, its magnitude and the word after them ("2.5 billion euros", "15 people"); the counted word
    starts at ``words[k]``."""
    ws, unmatched = _unmatched(text, other, language, other_language)
    out: list[tuple[str, int, list[str], int]] = []
    for value, i, j, power, _mantissa in unmatched:
        while j < len(ws) and ws[j] in NUMBER_WORDS and ws[j] not in _WORD_VALUES:  # "two hundred"
            j += 1
        k = j - i
        if j < len(ws) and figure(ws[j], language) is None:
            j += 1  # and the word it counts: "2.5 billion euros", "15 people"
        phrase = ws[i:j]
        if all(p[2] != phrase for p in out):
            out.append((value, power, phrase, k))
    return out


def figure_phrases(text: str, other: str, language: str = "en", other_language: str | None = None
                   ) -> list[tuple[str, str]]:
    """Return ``(value, phrase)`` for each figure of ``text`` that ``other`` lacks: the normalised figure
    ("2500000000") and its words with the word after them ("2,5 milliarden euro")."""
    return [(value, " ".join(ws)) for value, _power, ws, _k in _phrases(text, other, language, other_language)]


def figure_context(text: str, other: str, language: str = "en", other_language: str | None = None) -> list[str]:
    """Return the figures of ``text`` that ``other`` lacks, each with the word after it ("15 people").

    ``text`` is read in ``language``, ``other`` in ``other_language`` (the same when None).
    """
    return [phrase for _value, phrase in figure_phrases(text, other, language, other_language)]


def _measures(text: str, other: str, language: str, other_language: str | None) -> set[tuple[str, ...]]:
    """Return what each figure of ``text`` that ``other`` lacks counts: its order of magnitude and the word
    after it ("2.5 billion euro" and "2,5 Milliarden Euro" -> ("e9", "euro")), plural "s" dropped; a bare figure
    counts nothing and is left out."""
    out = set()
    for value, power, phrase, k in _phrases(text, other, language, other_language):
        if value.isalpha():
            continue  # a bare "millions": no figure of a measure
        counted = tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in phrase[k:])
        if counted:
            out.add(((f"e{power}",) if power else ()) + counted)
    return out


def same_measure_differs(a: str, b: str, language: str = "en", other_language: str | None = None) -> bool:
    """Return True when the sentences give different figures *of the same thing*: each has a figure the other
    lacks, and one of each counts the same words ("2.5 billion euros" against "3.1 billion euro").

    ``a`` is read in ``language``, ``b`` in ``other_language`` (the same when None).
    """
    lb = other_language or language
    return (figures_differ(a, b, language, lb)
            and bool(_measures(a, b, language, lb) & _measures(b, a, lb, language)))
