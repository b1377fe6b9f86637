"""Text helpers every export format shares: cleaning user text, dates, the method line, what fitting drops first.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from collections.abc import Container
from typing import Any

from ..model import KeyPoint
from ..summarize.algorithms import algorithm_label
from .i18n import ENGLISH, Labels

UNTITLED = ENGLISH.untitled
EDITED_MARK = "\u270e"  # ✎ (present in DejaVu Sans)
#: What joins the mark to the word before it and to its word after it: a no-break space, so that a line never
#: starts with "✎" or breaks between "✎" and "edited" (reportlab, Word, browsers and text viewers all keep it).
MARK_JOIN = "\u00a0"


def glue_mark(text: str) -> str:
    """Return ``text`` with the spaces on either side of each ✎ mark made no-break spaces."""
    return text.replace(" " + EDITED_MARK, MARK_JOIN + EDITED_MARK).replace(EDITED_MARK + " ", EDITED_MARK + MARK_JOIN)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # and lone surrogates (unencodable)


def _clean(text: str | None) -> str:
    """Return user text without control characters, trimmed."""
    return _CONTROL.sub("", text or "").strip()


def readable_date(value: str | None, labels: Labels = ENGLISH) -> str:
    """Return an ISO 8601 date written out in the brief's language: "3 June 2021", "3 июня 2021".

    A month with the day unknown ("2024-06", read from a report's cover) is written as the month: "June 2024".
    The text itself when it is not ISO.
    """
    value = _clean(value)
    if not value:
        return ""
    year, dash, month = value.partition("-")
    if dash and len(year) == 4 and len(month) == 2 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return labels.month_year(int(year), int(month))
    try:
        d = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return labels.date(d)


def _utc(moment: datetime | None) -> datetime:
    """Return the generation time in UTC (now when None; naive means UTC)."""
    if moment is None:
        return datetime.now(timezone.utc)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _plural(n: int, word: str) -> str:
    """Return "1 point" / "2 points"."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def method_text(method: dict[str, Any], labels: Labels = ENGLISH) -> str:
    """Return the footer's method sentence in the brief's language, e.g. "Extractive, BriefRank 3/16 sentences; ...".

    An English brief of an article in another language names it (", Russian
    text"); a brief in the article's own language does not need to. The ✎ mark
    is joined to its neighbours by no-break spaces (:func:`glue_mark`).
    """
    algorithm = method.get("algorithm") if method else None
    if not algorithm:
        return glue_mark(labels.method_none.format(mark=EDITED_MARK))
    label = algorithm_label(algorithm)
    counts = ""
    if method.get("sources"):
        return glue_mark(labels.method_multi.format(label=label, chosen=method.get("chosen", "?"),
                                                    total=method.get("total", "?"), n=method["sources"],
                                                    mark=EDITED_MARK))
    if method.get("chosen") is not None and method.get("total") is not None:
        counts = labels.counts(method["chosen"], method["total"])
    language = method.get("language")
    if labels.code == "en" and language and language != "en":  # an English brief of English keeps its line
        from ..language.languages import language_label

        counts += f", {language_label(language).split(' (')[0]} text"
    return glue_mark(labels.method_head.format(label=label) + counts + labels.method_tail.format(mark=EDITED_MARK))


def text_warnings(texts: list[str], covered: Container[int]) -> list[str]:
    """Return warnings about text the PDF font cannot print properly.

    Characters no PDF font has (DejaVu Sans, and the CJK and Thai fallback fonts
    of :mod:`.pdf.fallback`: Devanagari and other Indic scripts) print as empty boxes; Arabic and Hebrew are shaped and put in
    reading order (:mod:`.pdf.bidi`), but a right-to-left passage too long to keep
    on one line may read in the wrong order where the line breaks. Symbols the font lacks
    (most emoji) are written as their names ("[rocket]", see
    :func:`~.invisible.name_symbols`), letters with a plain form the font has
    in that form ("𝐀" as "A", :func:`~.invisible.plain_forms`): a warning lists each kind.
    """

    from .invisible import name_symbols, plain_forms, visible_text
    from .pdf.bidi import GLUE_LIMIT, longest_rtl_run

    missing: dict[str, None] = {}
    named: dict[str, None] = {}
    plain: dict[str, None] = {}
    rtl = False
    for text in texts:
        text = visible_text(text, bidi=False)
        shown = plain_forms(text, covered)
        if shown != text:
            plain.update((ch, None) for ch in text if ord(ch) not in covered and ch not in shown)
        text = shown
        shown = name_symbols(text, covered)
        if shown != text:
            named.update((ch, None) for ch in text if ord(ch) not in covered and ch not in shown)
        for ch in shown:
            if ch.isspace():
                continue
            if ord(ch) not in covered:
                missing[ch] = None
        if longest_rtl_run(shown) > GLUE_LIMIT:
            rtl = True
    out = []
    if missing:
        sample = " ".join(list(missing)[:12]) + (" ..." if len(missing) > 12 else "")
        out.append(f"{_plural(len(missing), 'character')} ha{'s' if len(missing) == 1 else 've'} no glyph in the "
                   f"PDF fonts (DejaVu Sans and its CJK and Thai fallbacks) and print as empty boxes: {sample}")
    if named:
        sample = " ".join(list(named)[:12]) + (" ..." if len(named) > 12 else "")
        out.append("Symbols the PDF font (DejaVu Sans) lacks print as their Unicode names in brackets "
                   f"(\U0001F680 as [rocket]): {sample}")
    if plain:
        sample = " ".join(list(plain)[:12]) + (" ..." if len(plain) > 12 else "")
        out.append("Characters the PDF font (DejaVu Sans) lacks print in their plain form (\U0001D400 as A): "
                   f"{sample}")
    if rtl:
        out.append(f"A right-to-left passage (Arabic, Hebrew) is longer than {GLUE_LIMIT} characters: where a line "
                   "breaks inside it, its lines may read in the wrong order.")
    return out


def drop_order(points: list[KeyPoint]) -> list[int]:
    """Return the key point indices in the order fitting drops them.

    Machine points (from the article, unedited) go first, lowest score first;
    edited and user-written points only after every machine point; among
    equals, the later point goes first.
    """
    def key(i: int) -> tuple:
        p = points[i]
        return (p.edited or p.source_index is None, p.score, -i)

    return sorted(range(len(points)), key=key)


