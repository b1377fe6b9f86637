"""Dates and datelines in English, Russian, Ukrainian, German, French and Spanish.

``parse_date("3 июня 2021")`` and ``parse_date("30 de enero de 2024")`` give a
``datetime.date``; ``find_date`` finds the first date inside a longer text;
``split_dateline`` takes a leading "MOSCOW (Reuters) -" or
"Santiago, 30 January 2024 —" off a first paragraph.

No regular expressions: text is cut into word, number and mark tokens in one
pass, and each date form is checked on a window of at most eight tokens, so
the time is linear in the length of the text whatever it holds.

Forms read (day-first unless said otherwise):

* ``3 June 2021``, ``3rd June 2021``, ``June 3, 2021`` and ``Jan. 3 2021`` (US,
  month first), ``3 июня 2021 года``, ``3 червня 2021 р.``, ``12. Mai 2024``,
  ``1er juin 2021``, ``30 de enero de 2024`` / ``del 2024``;
* numbers: ``2024-01-30`` (ISO) and ``30.01.2024`` (day first, as written in all
  five languages); slashes are ambiguous (US 1/30 vs 30/1) and are not read;
* without a year (``3 июня``), only when the caller gives the year.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator, NamedTuple

_MONTH_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
    # Nominative and genitive ("3 июня"), and the usual abbreviations.
    "ru": {
        "январь": 1, "января": 1, "янв": 1, "февраль": 2, "февраля": 2, "фев": 2, "февр": 2,
        "март": 3, "марта": 3, "мар": 3, "апрель": 4, "апреля": 4, "апр": 4, "май": 5, "мая": 5,
        "июнь": 6, "июня": 6, "июн": 6, "июль": 7, "июля": 7, "июл": 7, "август": 8, "августа": 8,
        "авг": 8, "сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9, "октябрь": 10, "октября": 10,
        "окт": 10, "ноябрь": 11, "ноября": 11, "нояб": 11, "ноя": 11, "декабрь": 12, "декабря": 12,
        "дек": 12,
    },
    "uk": {
        "січень": 1, "січня": 1, "січ": 1, "лютий": 2, "лютого": 2, "лют": 2, "березень": 3,
        "березня": 3, "бер": 3, "квітень": 4, "квітня": 4, "квіт": 4, "травень": 5, "травня": 5,
        "трав": 5, "червень": 6, "червня": 6, "черв": 6, "липень": 7, "липня": 7, "лип": 7,
        "серпень": 8, "серпня": 8, "серп": 8, "вересень": 9, "вересня": 9, "вер": 9,
        "жовтень": 10, "жовтня": 10, "жовт": 10, "листопад": 11, "листопада": 11, "лист": 11,
        "грудень": 12, "грудня": 12, "груд": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3,
        "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
        "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
        "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
        "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
        "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
        "décembre": 12, "decembre": 12, "déc": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
        "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
        "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9, "octubre": 10, "oct": 10,
        "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    },
}

#: Every language's month words together, for text of unknown language. The
#: tables agree wherever they share a word ("mai", "nov"), which a test checks.
_ALL_MONTHS: dict[str, int] = {w: m for table in _MONTH_WORDS.values() for w, m in table.items()}


def month_number(word: str) -> int | None:
    """The month (1-12) a month's name or abbreviation stands for in any of the six languages, any case, a final
    dot ignored ("June", "Jan.", "juin", "червень", "März"); None for any other word."""
    return _ALL_MONTHS.get(word.lower().rstrip("."))


def month_words(lang: str) -> frozenset[str]:
    """Every month name and abbreviation of ``lang`` ("en", "ru", "uk", "de", "fr", "es"), lowercased."""
    return frozenset(_months(lang))

# Words that may follow a day number: "3rd", "1er", "1st", "1º".
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "re", "o", "º", "ª"})
# Words that may sit between day, month and year: Spanish/Portuguese "de", "del".
_LINKERS = frozenset({"de", "del"})
# Words after the year: Russian "года"/"г.", Ukrainian "року"/"р.".
_YEAR_WORDS = frozenset({"г", "года", "год", "р", "року", "рік"})
_DASHES = frozenset("—–-")

_WORD, _NUM, _MARK = "w", "n", "m"


class _Token(NamedTuple):
    kind: str
    text: str
    start: int
    end: int


def _tokens(text: str) -> Iterator[_Token]:
    """Cut ``text`` into words (letters, with º/ª), numbers and single marks, in one pass."""
    i, size = 0, len(text)
    while i < size:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        j = i + 1
        if char.isdecimal():
            while j < size and text[j].isdecimal():
                j += 1
            kind = _NUM
        elif char.isalpha():
            while j < size and (text[j].isalpha() or text[j] in "ºª"):
                j += 1
            kind = _WORD
        else:
            kind = _MARK
        yield _Token(kind, text[i:j], i, j)
        i = j


def _months(lang: str | None) -> dict[str, int]:
    if lang is None:
        return _ALL_MONTHS
    table = _MONTH_WORDS.get(lang.lower())
    if table is None:
        raise ValueError(f"No month names for language {lang!r}; known: {', '.join(_MONTH_WORDS)}.")
    return table


def _day(token: _Token) -> int | None:
    if token.kind == _NUM and len(token.text) <= 2 and 1 <= int(token.text) <= 31:
        return int(token.text)
    return None


def _year(token: _Token) -> int | None:
    if token.kind == _NUM and len(token.text) == 4 and 1000 <= int(token.text) <= 2999:
        return int(token.text)
    return None


class _Match(NamedTuple):
    year: int | None
    month: int
    day: int
    end: int  # index of the first token after the date


def _make(year: int | None, month: int, day: int) -> bool:
    """True when day and month make a real date (in a leap year when the year is unknown)."""
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


class _Cursor:
    """Read-only helpers over the token list for the date forms below."""

    def __init__(self, toks: list[_Token]) -> None:
        self.toks = toks
        self.n = len(toks)

    def word(self, k: int) -> str | None:
        """The lower-case word at ``k``, or None when ``k`` is not a word."""
        return self.toks[k].text.lower() if k < self.n and self.toks[k].kind == _WORD else None

    def skip(self, k: int, marks: str) -> int:
        """``k + 1`` when the token at ``k`` is one of ``marks``, else ``k``."""
        return k + 1 if k < self.n and self.toks[k].kind == _MARK and self.toks[k].text in marks else k

    def adjacent(self, k: int) -> bool:
        """True when token ``k`` follows token ``k - 1`` with no space between."""
        return 0 < k < self.n and self.toks[k].start == self.toks[k - 1].end

    def ordinal(self, k: int) -> int:
        """Skip "rd" in "3rd", "er" in "1er"."""
        return k + 1 if self.adjacent(k) and self.word(k) in _ORDINAL_SUFFIXES else k

    def year_tail(self, k: int) -> int:
        """Skip "года", "г.", "р." after a year."""
        return self.skip(k + 1, ".") if self.word(k) in _YEAR_WORDS else k


def _match_at(cur: _Cursor, i: int, months: dict[str, int]) -> _Match | None:
    """The date that starts at token ``i``, if any (looks at most eight tokens ahead)."""
    first = cur.toks[i]
    if first.kind == _NUM:
        return _numeric(cur, i) or _day_first(cur, i, months)
    # Month first (US): "June 3, 2021", "Jan. 3 2021", "June 3".
    month = months.get(first.text.lower()) if first.kind == _WORD else None
    if month is None:
        return None
    k = cur.skip(i + 1, ".")
    if k >= cur.n or (day := _day(cur.toks[k])) is None:
        return None
    k = cur.ordinal(k + 1)
    k_year = cur.skip(k, ",")
    if k_year < cur.n and (year := _year(cur.toks[k_year])) is not None:
        return _Match(year, month, day, k_year + 1) if _make(year, month, day) else None
    return _Match(None, month, day, k) if _make(None, month, day) else None


def _numeric(cur: _Cursor, i: int) -> _Match | None:
    """ISO "2024-01-30" and day-first "30.01.2024", written without spaces."""
    if i + 4 >= cur.n or not all(cur.adjacent(k) for k in range(i + 1, i + 5)):
        return None
    a, sep1, b, sep2, c = cur.toks[i:i + 5]
    if not (sep1.kind == sep2.kind == _MARK and sep1.text == sep2.text and b.kind == c.kind == _NUM):
        return None
    if sep1.text == "-" and _year(a) and len(b.text) == 2 and len(c.text) == 2:
        year, month, day, end = int(a.text), int(b.text), int(c.text), i + 5
    elif sep1.text == "." and _day(a) and len(b.text) <= 2 and _year(c):
        year, month, day, end = int(c.text), int(b.text), int(a.text), cur.year_tail(i + 5)
    else:
        return None
    return _Match(year, month, day, end) if 1 <= month <= 12 and _make(year, month, day) else None


def _day_first(cur: _Cursor, i: int, months: dict[str, int]) -> _Match | None:
    """"3 June 2021", "12. Mai 2024", "1er juin", "30 de enero de 2024", "3 июня 2021 года"."""
    day = _day(cur.toks[i])
    if day is None:
        return None
    k = cur.skip(cur.ordinal(i + 1), ".")
    if cur.word(k) in _LINKERS:
        k += 1
    month = months.get(cur.word(k) or "")
    if month is None:
        return None
    k = cur.skip(k + 1, ".")
    k_year = k + 1 if cur.word(k) in _LINKERS else cur.skip(k, ",")
    if k_year < cur.n and (year := _year(cur.toks[k_year])) is not None:
        return _Match(year, month, day, cur.year_tail(k_year + 1)) if _make(year, month, day) else None
    # No year: the date ends after the month (and its abbreviation dot).
    return _Match(None, month, day, k) if _make(None, month, day) else None


class FoundDate(NamedTuple):
    """A date found in a text: the date and ``text[start:end]``, the words that wrote it."""

    date: date
    start: int
    end: int


def find_date(text: str, lang: str | None = None, year: int | None = None) -> FoundDate | None:
    """Return the first date written in ``text``, or None.

    ``lang`` ("en", "ru", "uk", "de", "fr", "es") restricts the month names to
    one language; None accepts all. A date written without a year ("3 июня")
    counts only when ``year`` is given. Raises ValueError for an unknown ``lang``.
    """
    months = _months(lang)
    # A window of tokens slides over the text: every form fits in _WINDOW
    # tokens, and a long text is never held as a list of tokens.
    window: list[_Token] = []
    tokens = _tokens(text)
    while True:
        for token in tokens:
            window.append(token)
            if len(window) == _WINDOW:
                break
        if not window:
            return None
        found = _found_at_start(window, months, year)
        if found is not None:
            return found
        del window[0]


#: The longest date form, "martes , 14 de marzo de 2024 года ." plus one, in tokens.
_WINDOW = 12


def _found_at_start(window: list[_Token], months: dict[str, int], year: int | None) -> FoundDate | None:
    """The date that starts at the first token of ``window``, with its year known, or None."""
    match = _match_at(_Cursor(window), 0, months)
    if match is None:
        return None
    found_year = match.year if match.year is not None else year
    if found_year is None:
        return None
    try:
        value = date(found_year, match.month, match.day)
    except ValueError:  # 29 February in a year that has none
        return None
    return FoundDate(value, window[0].start, window[match.end - 1].end)


def parse_date(text: str, lang: str | None = None, year: int | None = None) -> date | None:
    """Return the date that ``text`` consists of, or None.

    The whole text must be the date, give or take surrounding spaces and
    punctuation, a weekday ("Thursday, 3 June 2021", "jeudi 3 juin 2021") and
    a leading article ("le 3 juin 2021", "am 12. Mai 2024"). ``lang`` and
    ``year`` as in :func:`find_date`.
    """
    found = find_date(text, lang, year)
    if found is None:
        return None
    before, after = text[:found.start], text[found.end:]
    if any(c.isalnum() for c in after):
        return None
    words = [t.text.lower() for t in _tokens(before) if t.kind != _MARK][-3:]
    if len(words) > 2 or any(w not in _DATE_PREFIX_WORDS for w in words):
        return None
    return found.date


# Words that may stand before a date that is parsed on its own: weekdays and
# the articles and prepositions that introduce a date.
_DATE_PREFIX_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday on the "
    "понедельник вторник среда четверг пятница суббота воскресенье "
    "понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag am den "
    "lundi mardi mercredi jeudi vendredi samedi dimanche le "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo el".split()
)


class Dateline(NamedTuple):
    """What :func:`split_dateline` returns: place, date and the paragraph without the dateline."""

    place: str | None
    date: date | None
    rest: str


#: A dateline is looked for only in this many first characters.
DATELINE_MAX_CHARS = 100
# Words that may join the capitalised words of a place name.
_PLACE_JOINERS = frozenset({"de", "del", "la", "am", "an", "der", "on", "upon", "sur", "en", "le"})


def split_dateline(paragraph: str, lang: str | None = None, year: int | None = None) -> Dateline:
    """Split a leading dateline off ``paragraph``: ``(place, date, rest)``.

    Recognised: ``"Santiago, 30 January 2024 — Text"``, ``"MOSCOW (Reuters) - Text"``,
    ``"12 May 2024 — Text"``, ``"МОСКВА, 3 июня — Text"``, ``"KYIV, Ukraine (AP) —"``,
    ``"Madrid, 30 de enero de 2024 (EFE) —"``, ``"МОСКВА, 3 июня. /ТАСС/. Text"``.
    What stands before the dash must be a place (one to four capitalised words)
    and/or a date, with an optional agency in brackets; a place in mixed case
    counts only with a date or an agency, so that "Putin - who..." or a normal
    first sentence is left alone. A date without a year is completed with
    ``year`` when given, else returned as None. With no dateline, returns
    ``(None, None, paragraph)``.
    """
    none = Dateline(None, None, paragraph)
    head = paragraph[:DATELINE_MAX_CHARS]
    cut = _separator(head)
    if cut is None:
        return _stop_dateline(paragraph, head, lang, year) or none
    prefix_end, rest_start = cut
    prefix = paragraph[:prefix_end].strip()
    rest = paragraph[rest_start:].lstrip()
    if not prefix or not rest:
        return none
    prefix, agency = _take_agency(prefix)
    prefix = prefix.rstrip(" ,.")
    found = _find_date_any_year(prefix, lang)
    place_text = prefix
    value = None
    if found is not None:
        found_date, start, end, has_year = found
        if prefix[end:].strip(" ,.") != "":
            return none
        place_text = _without_date_article(prefix[:start]).rstrip(" ,")
        if has_year:
            value = found_date
        elif year is not None:
            value = _safe_date(year, found_date.month, found_date.day)
    place = _place(place_text) if place_text else None
    if place_text and place is None:
        return none
    if found is None and not (place and _all_caps(place)) and not _known_agency(agency):
        # "Nancy Faeser (SPD) – die Ministerin –" is a name, not a dateline.
        return none
    if place is None and found is None:
        return none
    return Dateline(place, value, rest)


def _stop_dateline(paragraph: str, head: str, lang: str | None, year: int | None) -> Dateline | None:
    """A dateline closed by a full stop: a place in capitals and a date ("КАЗАНЬ, 5 марта. Text", "ЛЬВІВ, 22 лютого.").

    Only a place in capitals with a date before the stop counts, so a first sentence is never taken; the stop
    may be any of the first three (a German day number "3. Oktober" has one of its own).
    """
    start = 0
    for _ in range(3):
        stop = head.find(". ", start)
        if stop < 0:
            return None
        start = stop + 2
        prefix, rest = paragraph[:stop].strip(), paragraph[stop + 2:].lstrip()
        found = _find_date_any_year(prefix, lang)
        if found is None or not rest or prefix[found[2]:].strip(" ,.") != "":
            continue
        found_date, _, _, has_year = found
        before = _without_date_article(prefix[:found[1]]).rstrip()
        place = _place(before.rstrip(" ,"))
        # A place in mixed case counts before a full date after a comma: "Musterstadt, 12. Mai 2025.", "Paris,
        # le 12 mai 2025." (a press release's dateline, a line no sentence is).
        if place is None or not (_all_caps(place) or (has_year and before.endswith(","))):
            return None
        value = found_date if has_year else (_safe_date(year, found_date.month, found_date.day) if year else None)
        return Dateline(place, value, rest)
    return None


#: Words between a dateline's place and its date ("Paris, le 12 mai", "Berlin, den 12. Mai", "Madrid, a 12 de mayo").
_DATE_ARTICLES = ("le", "den", "am", "el", "a", "the", "on")


def _without_date_article(text: str) -> str:
    """``text`` (what stands before a date) without a last word that is :data:`_DATE_ARTICLES`' ("Paris, le")."""
    stripped = text.rstrip()
    head, _, last = stripped.rpartition(" ")
    if head and last.lower() in _DATE_ARTICLES:
        return head
    return stripped


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _find_date_any_year(text: str, lang: str | None):
    """(date, start, end, has_year) for the first date in ``text``, with or without a year."""
    with_year = find_date(text, lang)
    if with_year is not None:
        return with_year.date, with_year.start, with_year.end, True
    # Leap year 2000 only stands in to check day and month; the caller drops it.
    no_year = find_date(text, lang, year=2000)
    if no_year is not None:
        return no_year.date, no_year.start, no_year.end, False
    return None


def _separator(head: str) -> tuple[int, int] | None:
    """(end of dateline, start of text) at the first dash or TASS-style "/AGENCY/." in ``head``."""
    for i, char in enumerate(head):
        if char in "—–":
            return i, i + 1
        if char == "-" and 0 < i < len(head) - 1 and head[i - 1] == " " and head[i + 1] == " ":
            return i, i + 1
        if char == "-" and head[i + 1:i + 2] == "-":  # "--" written for a dash
            return i, i + 2
        if char == "/" and i > 0:
            close = head.find("/", i + 1)
            if close > i + 1 and head[close + 1:close + 2] == "." and head[i - 1] in " .":
                return close + 1, close + 2
    return None


def _take_agency(prefix: str) -> tuple[str, str | None]:
    """Split a trailing "(Reuters)" or "/ТАСС/" (also before a final dot) off ``prefix``."""
    text = prefix.rstrip(" .")
    for open_mark, close_mark in (("(", ")"), ("/", "/")):
        if text.endswith(close_mark):
            start = text.rfind(open_mark, 0, len(text) - 1)
            inner = text[start + 1:-1].strip() if start >= 0 else ""
            words = inner.split()
            if inner and len(words) <= 4 and (all(w[0].isupper() for w in words) or _known_agency(inner)):
                return text[:start].rstrip(" ,."), inner
    return prefix, None


def _place(text: str) -> str | None:
    """``text`` when it reads as a place ("MOSCOW", "Santiago", "KYIV, Ukraine"), else None."""
    if len(text) > 40:
        return None
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 4:
        return None
    for position, word in enumerate(words):
        letters = word.replace("-", "").replace(".", "").replace("'", "").replace("’", "")
        if not letters.isalpha():
            return None
        if not word[0].isupper() and not (0 < position < len(words) - 1 and word in _PLACE_JOINERS):
            return None
    return text


#: News agencies, lowercased, one list for the whole app: a name in brackets marks a dateline even after a place
#: in mixed case ("Kyiv (AFP) -"; after an all-caps place any bracket counts), and ingest's bylines drop it from
#: a byline's names and read it as the source ("Von Anna Schmidt, dpa", "Reuters" alone under a title).
AGENCIES = frozenset({
    "reuters", "ap", "afp", "efe", "dpa", "epd", "kna", "apa", "ansa", "pap", "epa", "sda", "belga", "bloomberg",
    "xinhua", "interfax", "tass", "europa press", "ria novosti", "ukrinform", "unian", "тасс", "интерфакс",
    "риа новости", "риа-новости", "укринформ", "укрінформ", "униан", "уніан", "унiан", "унн", "интерфакс-украина",
    "інтерфакс-україна", "afp/dpa", "dpa/afp", "afp/reuters", "reuters/afp",
})
#: The words of those names ("europa", "press"), for a dateline's "(Europa Press)".
_AGENCY_WORDS = frozenset(word for name in AGENCIES for word in name.split())


def _known_agency(agency: str | None) -> bool:
    return agency is not None and (agency.lower() in AGENCIES
                                   or all(w in _AGENCY_WORDS for w in agency.lower().split()))


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
