"""Figures in sentences: read, normalised and compared (light: no NumPy; the exports use it too).

No regular expressions: words are read with ``str`` methods, so the time is
linear in the text whatever it holds.
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=64)
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
    if w.isalpha() or ("-" in w or "'" in w or "’" in w) and not any(ch.isdigit() for ch in w):
        # most words: no digit, so a number word or nothing (the vectors ask for every word)
        if w in NUMBER_WORDS:
            return _WORD_VALUES.get(w, w)
        own = _NUMBER_WORDS_OF.get(_code_of(language))
        return own.get(w) if own else None
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


def _spans(text: str, language: str) -> list[tuple[str, int, int]]:
    """Return :func:`words` as ``(word, start, end)``: each word with where it stands in ``text`` (its
    punctuation-stripped span), a number grouped by spaces joined into one word ("1 200") where the language
    groups thousands so."""
    comma = _decimal_comma(language)
    out: list[tuple[str, int, int]] = []
    # The number being joined, group by group ("1", "200"), and its span: joined once it ends, so a long run of
    # "123 123 …" is read in linear time (joining and splitting it again at every group was quadratic).
    groups: list[str] = []
    g_start = g_end = 0
    pos = 0
    for raw in text.split():
        at = text.find(raw, pos)
        pos = at + len(raw)
        w = raw.strip(_EDGE)
        if not w:
            continue
        start = at + len(raw) - len(raw.lstrip(_EDGE))
        end = start + len(w)
        w = w.lower()
        if groups and len(w) == 3 and w.isdigit():
            groups.append(w)
            g_end = start + 3
            continue
        if groups:
            out.append((" ".join(groups), g_start, g_end))
            groups = []
        if comma and len(w) <= 3 and w.isdigit():
            groups, g_start, g_end = [w], start, end
            continue
        out.append((w, start, end))
    if groups:
        out.append((" ".join(groups), g_start, g_end))
    return out


def _tokens(text: str, language: str) -> list[str]:
    """Return :func:`words`, with a number grouped by spaces joined into one word ("1 200") where the language
    groups thousands so."""
    return [w for w, _start, _end in _spans(text, language)]


@lru_cache(maxsize=64)
def _code_of(language: str) -> str:
    from ..model import language_code_of

    return language_code_of(language)


def _counting(words_: str, start: int = 2) -> dict[str, str]:
    """Return number words from ``start`` on, each group of spellings (separated by "/") one value."""
    return {w: str(k) for k, group in enumerate(words_.split(), start) for w in group.split("/")}


#: Number words of the other languages, from two on ("one" is also an article: "ein", "un", "uno", "один"); in
#: Russian and Ukrainian with their common case forms ("трёх", "чотирьох"). "neuf" (also "new") is left out.
_NUMBER_WORDS_OF: dict[str, dict[str, str]] = {
    "de": _counting("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
                    "siebzehn achtzehn neunzehn zwanzig"),
    "fr": _counting("deux trois quatre cinq six sept huit - dix onze douze treize quatorze quinze seize dix-sept "
                    "dix-huit dix-neuf vingt"),
    "es": _counting("dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
                    "diecisiete dieciocho diecinueve veinte"),
    "ru": _counting("два/две/двух/двое/двоих три/трёх/трех/трое/троих четыре/четырёх/четырех/четверо пять/пяти "
                    "шесть/шести семь/семи восемь/восьми девять/девяти десять/десяти одиннадцать двенадцать "
                    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать "
                    "двадцать/двадцати"),
    "uk": _counting("два/дві/двох/двоє три/трьох/троє чотири/чотирьох п'ять/п’ять/п'яти шість/шести сім/семи "
                    "вісім/восьми дев'ять/дев’ять десять/десяти одинадцять дванадцять тринадцять чотирнадцять "
                    "п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять двадцять/двадцяти"),
}
for _table in _NUMBER_WORDS_OF.values():
    _table.pop("-", None)


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


#: Currency signs, alone or on a figure ("$2.5bn", "US$2.5", "3€", "€ 3"), lower-cased -> ISO 4217 code.
CURRENCY_SIGNS = {"us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD",
                  "r$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR"}
#: Currency codes and words after a figure, in the six languages the app reads ("euros", "Euro", "dólares", "евро").
CURRENCY_WORDS = {
    **{c: c.upper() for c in ("usd", "eur", "gbp", "jpy", "rub", "uah", "chf", "cny", "aud", "cad", "inr")},
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yens": "JPY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "yuan": "CNY", "rupees": "INR",
    "us-dollar": "USD", "pfund": "GBP", "rubel": "RUB", "franken": "CHF", "hrywnja": "UAH", "hrywnjas": "UAH",
    "livre": "GBP", "livres": "GBP", "dólar": "USD", "dólares": "USD", "dolar": "USD", "dolares": "USD",
    "libra": "GBP", "libras": "GBP", "rublo": "RUB", "rublos": "RUB", "yenes": "JPY", "grivnas": "UAH",
    "евро": "EUR", "євро": "EUR", "руб": "RUB", "грн": "UAH", "долл": "USD", "дол": "USD",
}
#: Russian and Ukrainian currency stems, read with any case ending ("долларов", "доларів", "рублей", "гривень").
_CURRENCY_STEMS = (("доллар", "USD"), ("долар", "USD"), ("рубл", "RUB"), ("рубел", "RUB"), ("гривн", "UAH"),
                   ("гривен", "UAH"), ("фунт", "GBP"), ("иен", "JPY"), ("єн", "JPY"), ("юан", "CNY"))
#: Words before a currency word that name whose currency it is ("12 million US dollars", "Swiss francs").
_CURRENCY_QUALIFIERS = {"us": "USD", "u.s": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
                        "swiss": "CHF"}
#: Words between a magnitude and its currency in French and Spanish ("3 millions de dollars", "3 millones de euros").
_CONNECTORS = frozenset(["de", "d'", "d’"])
#: Percent written out after a figure; the two-word ones by their first word.
_PERCENT_WORDS = frozenset(["%", "percent", "pct", "prozent", "procent"])
_PERCENT_PAIRS = {"per": "cent", "pour": "cent", "por": ("ciento", "cien")}
_PERCENT_STEMS = ("процент", "відсот", "прозент")


def _currency_word(word: str) -> str:
    """Return the ISO code a currency word or sign names ("euros", "долларов", "€"), or ""."""
    code = CURRENCY_WORDS.get(word) or CURRENCY_SIGNS.get(word)
    if code:
        return code
    for stem, code in _CURRENCY_STEMS:
        if word.startswith(stem) and len(word) <= len(stem) + 3:
            return code
    return ""


def _split_currency(word: str) -> tuple[str, str]:
    """Return ``(ISO code, rest)`` of a figure written with its currency sign ("us$2.5" -> ("USD", "2.5"),
    "3€" -> ("EUR", "3")), or ``("", word)``."""
    if word[:1].isdigit():
        last = word[-1:]
        if last in CURRENCY_SIGNS and word[:-1][-1:].isdigit():
            return CURRENCY_SIGNS[last], word[:-1]
        return "", word
    for n in (3, 2, 1):
        if word[:n] in CURRENCY_SIGNS and word[n:n + 1].isdigit():
            return CURRENCY_SIGNS[word[:n]], word[n:]
    return "", word


def _unit_after(ws: list[str], j: int) -> tuple[str, int]:
    """Return ``(unit, end)``: the percent ("%") or currency (ISO code) written from ``ws[j]`` on, and the index
    after its words ("per cent", "US dollars", "de dólares", "d'euros"); ``("", j)`` for none."""
    if j >= len(ws):
        return "", j
    w = ws[j]
    if w in _PERCENT_WORDS or any(w.startswith(s) for s in _PERCENT_STEMS):
        return "%", j + 1
    second = _PERCENT_PAIRS.get(w)
    if second and j + 1 < len(ws) and ws[j + 1] in (second if isinstance(second, tuple) else (second,)):
        return "%", j + 2
    if w == "percentage" and j + 1 < len(ws) and ws[j + 1].startswith("point"):
        return "pp", j + 2
    k = j
    if w in _CONNECTORS and j + 1 < len(ws):
        k = j + 1
    elif w.startswith(("d'", "d’")):
        ws = [*ws[:j], w[2:], *ws[j + 1:]]  # "d'euros"
    qualifier = _CURRENCY_QUALIFIERS.get(ws[k])
    if qualifier is not None and k + 1 < len(ws) and _currency_word(ws[k + 1]):
        return qualifier or _currency_word(ws[k + 1]), k + 2
    code = _currency_word(ws[k])
    if code:
        return code, k + 1
    from .concepts import unit_at

    code, end = unit_at(ws, k)  # a unit of measure: "tonnes", "cubic metres", "de mètres cubes", "кубометров"
    return (code, end) if code else ("", j)


#: The largest power of ten a figure is scaled by: "a thousand trillion" is 15; a run of magnitude words beyond
#: any real figure ("2 tn tn tn …") is left unscaled (scaling it built one long string, or overflowed Decimal).
MAX_POWER = 30


def _scaled(value: str, exp: int) -> str | None:
    """Return a plain figure times 10**exp ("2.5", 9 -> "2500000000"), None when ``value`` is no plain number
    ("1990s") or ``exp`` is over :data:`MAX_POWER`."""
    from decimal import Decimal, InvalidOperation

    if exp > MAX_POWER:
        return None
    try:
        d = Decimal(value)
    except InvalidOperation:
        return None
    return format(d.scaleb(exp).normalize(), "f")


#: Magnitudes written on a figure ("2.5bn"); "m" and "k" only after a currency sign ("£3m": "3m" may be metres).
_SUFFIX_POWERS = {"bn": 9, "m": 6, "k": 3}

Reading = tuple[str, int, int, int, str, str]


def _readings(ws: list[str], language: str) -> list[Reading]:
    """Return each figure of the words ``ws`` as ``(value, start, end, power, mantissa, unit)``: the figure's words
    are ``ws[start:end]``: a currency before it ("EUR 3 million"), magnitude words after it folded into the value
    ("2,5 Milliarden" in German and "2.5 billion" in English are both "2500000000"; "2.500 millones" too) and its
    unit after them. ``power`` is the magnitude's power of ten (0 without one), ``mantissa`` the figure before it
    was scaled ("2.5"), ``unit`` "%" (for "%", "per cent", "Prozent", "процентов"…), the currency's ISO code
    ("$2.5bn", "2.5 billion dollars", "US$2.5 billion" are all "2500000000" in "USD") or "" (a counted thing)."""
    out: list[Reading] = []
    i = 0
    while i < len(ws):
        unit, core = _split_currency(ws[i])
        f = figure(core, language)
        if f is None or (f.isalpha() and magnitude(ws[i], language) is not None and f not in _WORD_VALUES.values()):
            # a word that is no figure, or a bare magnitude word ("millions of people"): kept as read
            if f is not None:
                out.append((f, i, i + 1, 0, f, ""))
            i += 1
            continue
        start = i
        if f[:1] in "$£€¥":  # figure() keeps the four common signs on the value
            unit, f = CURRENCY_SIGNS[f[:1]], f[1:]
        if not unit and i and (not out or out[-1][2] < i):
            unit = _currency_word(ws[i - 1]) if ws[i - 1] in CURRENCY_SIGNS or len(ws[i - 1]) == 3 else ""
            start = i - 1 if unit else i
        j, power = i + 1, 0
        if f.endswith("%"):
            f, unit = f[:-1], "%"
        for suffix, exp in _SUFFIX_POWERS.items():
            if f.endswith(suffix) and f[:-len(suffix)][-1:].isdigit() and (suffix == "bn" or unit not in ("", "%")):
                f, power = f[:-len(suffix)], exp
        mantissa = f
        while j < len(ws) and magnitude(ws[j], language) is not None:
            power += magnitude(ws[j], language)
            j += 1
        if power:
            f = _scaled(f, power) or f
        if not unit:
            unit, j = _unit_after(ws, j)
        out.append((f, start, j, power, mantissa, unit))
        i = j
    return out


def figures(text: str, language: str = "en") -> list[str]:
    """Return the figures of a sentence in order (normalised by :func:`figure`, read by ``language``), a
    magnitude word folded into the figure before it ("2.5 billion" -> "2500000000", see :func:`magnitude`); units
    and currencies left off ("$1,200" -> "1200", "3.5%" -> "3.5": :func:`figures_differ` compares them)."""
    return [r[0] for r in _readings(_tokens(text, language), language)]


def _matches(r: Reading, t: Reading) -> bool:
    """Return True when reading ``t`` gives the figure of ``r``: the same value (a figure with a magnitude matches
    the same figure without one, and the other way round: "42.7 trillion calculations" and "42.7 teraflops") and no
    other unit ("$2.5 billion" and "£2.5 billion" differ; "2.5 billion" matches either)."""
    if r[5] and t[5] and r[5] != t[5]:
        return False
    return r[0] == t[0] or (bool(r[3]) and not t[3] and r[4] == t[0]) or (not r[3] and bool(t[3]) and r[0] == t[4])


def _unmatched(text: str, other: str, language: str, other_language: str | None
               ) -> tuple[list[tuple[str, int, int]], list[Reading]]:
    """Return ``text``'s words as :func:`_spans` and its readings (:func:`_readings`) that ``other`` does not give
    (see :func:`_matches`)."""
    theirs = _read(other, other_language or language)[1]
    spans, ours = _read(text, language)
    return spans, [r for r in ours if not any(_matches(r, t) for t in theirs)]


@lru_cache(maxsize=4096)
def _read(text: str, language: str) -> tuple[list[tuple[str, int, int]], tuple[Reading, ...]]:
    """Return ``text``'s :func:`_spans` and :func:`_readings` (cached: choosing points compares each sentence
    with many others; callers must not change the lists)."""
    spans = _spans(text, language)
    ws = [w for w, _s, _e in spans]
    # a figure denied ("6 billion, not 8 billion as first reported"; "nicht 8", "не 8") is no figure the text gives
    return spans, tuple(r for r in _readings(ws, language) if not (r[1] and ws[r[1] - 1] in _DENIALS))


#: Words that deny the figure after them.
_DENIALS = frozenset(["not", "nicht", "pas", "non", "не", "ні"])


def figures_differ(a: str, b: str, language: str = "en", other_language: str | None = None) -> bool:
    """Return True when each sentence has a figure the other does not (a disagreement, not a detail added).

    ``a`` is read in ``language``, ``b`` in ``other_language`` (the same when None): German "2,5" and English
    "2.5" are the same figure, "2,5 Milliarden" and "2.5 billion" too; "42.7 trillion" and a bare "42.7" match;
    "$2.5bn" and "2.5 billion dollars" match, "$2.5 billion" and "£2.5 billion" differ.
    """
    lb = other_language or language
    return bool(_unmatched(a, b, language, lb)[1]) and bool(_unmatched(b, a, lb, language)[1])


def _phrases(text: str, other: str, language: str, other_language: str | None
             ) -> list[tuple[str, int, str, tuple[str, ...], str]]:
    """Return each figure of ``text`` that ``other`` lacks as ``(value, magnitude power, unit, counted, phrase)``.

    ``phrase`` is the figure as written in ``text`` (white space tidied): the number, its magnitude and its unit or
    currency ("3,1 Milliarden Euro", "US$2.5 billion", "4.75%"), or for a figure without one the word it counts
    ("15 people"), never a function word ("4.75 on" is "4.75"). ``counted`` is that counted word, lower-cased.
    """
    from ..language.resources import stop_words

    from .concepts import concept_of, concept_places

    spans, unmatched = _unmatched(text, other, language, other_language)
    ws = [w for w, _s, _e in spans]
    stops = stop_words(language)
    starts = sorted(r[1] for r in _read(text, language)[1])
    places = concept_places(ws)
    clauses, n = [], 0
    for k, (_w, begin, _end) in enumerate(spans):
        n += k > 0 and any(ch in ",;:" for ch in text[spans[k - 1][2]:begin])
        clauses.append(n)
    out: list[tuple[str, int, str, tuple[str, ...], str]] = []
    for value, i, j, power, _mantissa, unit in unmatched:
        counted: tuple[str, ...] = ()
        concept = "" if unit else concept_of(places, i, j, starts, clauses) if places else ""
        if not unit:
            while j < len(ws) and ws[j] in NUMBER_WORDS and ws[j] not in _WORD_VALUES:  # "two hundred"
                j += 1
            if (j < len(ws) and ws[j] not in stops and figure(ws[j], language) is None
                    and any(ch.isalpha() for ch in ws[j])):
                counted = (ws[j],)
                j += 1  # and the word it counts: "15 people"
        phrase = " ".join(text[spans[i][1]:spans[j - 1][2]].split())
        if concept:
            counted += ("#" + concept,)  # what it counts, named by a word near it ("killing three")
        if all(p[4] != phrase for p in out):
            out.append((value, power, unit, counted, phrase))
    return out


def figure_readings(text: str, other: str, language: str = "en", other_language: str | None = None
                    ) -> list[tuple[str, str, str]]:
    """Return ``(value, unit, phrase)`` for each figure of ``text`` that ``other`` lacks: the normalised figure
    ("2500000000"), its unit ("%", an ISO currency code such as "EUR", or "") and its words as written
    ("2,5 Milliarden Euro"). ``text`` is read in ``language``, ``other`` in ``other_language``."""
    return [(value, unit, phrase) for value, _p, unit, _c, phrase in _phrases(text, other, language, other_language)]


def figure_phrases(text: str, other: str, language: str = "en", other_language: str | None = None
                   ) -> list[tuple[str, str]]:
    """Return ``(key, phrase)`` for each figure of ``text`` that ``other`` lacks: the normalised figure with its unit
    ("2500000000 EUR") and its words as written ("2,5 Milliarden Euro", see :func:`figure_readings`)."""
    return [((value + " " + unit) if unit else value, phrase)
            for value, unit, phrase in figure_readings(text, other, language, other_language)]


def figure_context(text: str, other: str, language: str = "en", other_language: str | None = None) -> list[str]:
    """Return the figures of ``text`` that ``other`` lacks as written, each with its unit or the word it counts
    ("15 people", "4.75%").

    ``text`` is read in ``language``, ``other`` in ``other_language`` (the same when None).
    """
    return [phrase for _value, phrase in figure_phrases(text, other, language, other_language)]


def _measures(text: str, other: str, language: str, other_language: str | None) -> set[tuple[str, ...]]:
    """Return what each figure of ``text`` that ``other`` lacks measures: its order of magnitude and its unit
    (any currency is money: "$2.5 billion" and "£3.1 billion" -> ("e9", "money"); a unit of measure its code:
    "8 млрд кубометров" -> ("e9", "m3"), :func:`~.concepts.unit_at`) or the word it counts, plural
    "s" dropped ("2,5 Milliarden Euro" -> ("e9", "money"), "15 people" -> ("people",)); a bare figure counts
    nothing and is left out."""
    out = set()
    for value, power, unit, counted, _phrase in _phrases(text, other, language, other_language):
        if value.isalpha():
            continue  # a bare "millions": no figure of a measure
        if unit:
            what: tuple[str, ...] = ("%",) if unit in ("%", "pp") else ("money",) if unit.isupper() else (unit,)
            out.add(((f"e{power}",) if power else ()) + what)
        for w in counted:  # the word it counts ("15 people") and the measure a word near it names ("#dead")
            out.add(((f"e{power}",) if power else ()) + (w[:-1] if w.endswith("s") and len(w) > 3 else w,))
    return out


def same_measure_differs(a: str, b: str, language: str = "en", other_language: str | None = None) -> bool:
    """Return True when the sentences give different figures *of the same thing*: each has a figure the other
    lacks, and one of each measures the same ("2.5 billion euros" against "3.1 billion euro", "4.75%" against
    "5 per cent").

    ``a`` is read in ``language``, ``b`` in ``other_language`` (the same when None).
    """
    lb = other_language or language
    return (figures_differ(a, b, language, lb)
            and bool(_measures(a, b, language, lb) & _measures(b, a, lb, language)))
