"""Cleaning of scraped article text: Markdown debris, captions, boilerplate.

The rules come from scraped news such as ``seeds/``: Markdown links become
their text, image lines and bare link lines go, a photo caption with a credit
link leaves the body (kept as caption metadata), "Related article: ..." lines
go, backslash escapes are undone, paragraphs broken mid-sentence are joined and
"Original url: <...>" becomes the article's URL. :func:`clean_text` applies
them all and returns the pieces a loader needs to build an
:class:`~briefing.core.model.Article`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from ..language.dates import find_date as _find_any_date
from ..language.dates import parse_date as _parse_any_date
from .front import is_date_line

_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"]{0,500}\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_BARE_URL_LINE = re.compile(r"^\s*(?:<\s*)?https?://\S+(?:\s*>)?\s*$")
_ESCAPE = re.compile(r"\\+([\\`*_{}\[\]()#+\-.!$&<>|~\"'])")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*]{1,500}?)(?<=\S)\*(?![\w*])")
_LIST_MARK = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_ORIGINAL_URL = re.compile(r"^\s*(?:original\s+url|source\s+url|url)\s*:\s*(.*)$", re.I)
_RELATED = re.compile(r"^\s*(?:related(?:\s+(?:article|story|stories|content|reading|coverage))?|read\s+(?:more|also)|see\s+also|more\s+on\s+this(?:\s+story)?|"
                      r"mehr\s+zum\s+thema|lesen\s+sie\s+auch|(?:à\s+)?lire\s+aussi|voir\s+aussi|"
                      r"noticias\s+relacionadas|lee\s+también|te\s+puede\s+interesar|"
                      r"читайте\s+(?:также|також)|по\s+теме|за\s+темою)\s*:", re.I)
_BOILERPLATE = re.compile(
    r"^\s*(?:advertisement|sponsored(?: content)?|share this(?: article)?|share on \w+|follow us on .*|sign up for .*newsletter.*|"
    r"subscribe(?: now| to .*)?|click here.*|skip to (?:main )?content|all rights reserved\.?|©.*|copyright ©?.*|"
    r"(?:photo|image|picture|foto|фото)s?\s*(?:credit)?\s*:.*|"
    # a share button's label alone on a line (a page copied from the browser), in the users' languages
    r"share|teilen|artikel teilen|partager|compartir|поделиться|поділитися)\s*$",
    re.I,
)
_CREDIT_TAIL = re.compile(r"\s*\[([^\[\]]+)\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}\)\s*$")
_AGENCY_TAIL = re.compile(r"\s*[(/|]\s*(?:photo:?\s*)?(?:[A-Z][\w.]*\s*/\s*)?(?:Getty Images|Reuters|AP Photo|AFP|EPA|Shutterstock|Alamy|PA(?: Media| Wire)?|TASS|Sputnik|Kremlin\.ru)\)?\s*$")
_CREDIT_PAREN = re.compile(r"\s*\((?:photo|image|picture|credit|pictured)s?\b[^()]*\)\s*$", re.I)
_TERMINAL = re.compile(r"[.!?…:;\"”’»)\]]\s*$")
#: A byline before the body, in the users' languages: "By Jane Doe and John Roe", "Von Anna Schmidt", "Par Jean
#: Dupont", "Por Ana García y Luis Gil", "Автор: Іван Петренко". Every name word starts with a capital (Latin or
#: Cyrillic); each repeat needs its separator first, and a separator word stands between spaces (no word can end
#: in it: "Aand" was read both ways, exponential on a long run of them), so the match is linear.
_CAP = "[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]"
_BYLINE = re.compile(rf"^\s*(?i:by|von|par|por|автор:?|автори:?|авторы:?|від)\s+({_CAP}[\w'’.-]+(?:\s+{_CAP}[\w'’.-]+){{0,3}}"
                     rf"(?:(?:\s*[,&]\s*|\s+(?:and|und|et|y|і|и)\s+){_CAP}[\w'’.-]+(?:\s+{_CAP}[\w'’.-]+){{0,3}})*)\s*$")

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[,\s]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    re.I,
)

# Publishers whose domain is not their name; others get a name from the domain.
_PUBLISHERS = {
    "themoscowtimes.com": "The Moscow Times",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "cnn.com": "CNN",
    "dailymail.co.uk": "Daily Mail",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian",
    "reuters.com": "Reuters",
    "apnews.com": "AP News",
    "ft.com": "Financial Times",
    "wsj.com": "The Wall Street Journal",
    "aljazeera.com": "Al Jazeera",
    "politico.eu": "Politico Europe",
    "politico.com": "Politico",
    "rferl.org": "RFE/RL",
    "meduza.io": "Meduza",
}


@dataclass
class CleanText:
    """What cleaning found: body paragraphs (unsplit) and metadata."""

    paragraphs: list[str] = field(default_factory=list)
    title: str = ""
    date: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


_SPACE_RUN = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
_HEADING_MARK = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")


def heading_text(line: str) -> str | None:
    """Return the text of a Markdown ATX heading line ("## Title ##" -> "Title"), or None for other lines.

    String operations rather than one regular expression: ``(.*?)\\s*#*\\s*$``
    backtracks quadratically on a long run of ``#`` or spaces.
    """
    m = _HEADING_MARK.match(line)
    if not m:
        return None
    text = line[m.end():].strip()
    closing = text.rstrip("#")
    if closing != text and (not closing or closing[-1] in " \t"):
        text = closing.strip()
    return text


def unescape_markdown(text: str) -> str:
    """Undo Markdown backslash escapes: ``\\$`` and ``\\\\$`` become ``$``."""
    return _ESCAPE.sub(r"\1", text)


def strip_inline_markdown(text: str) -> str:
    """Turn Markdown inline markup into plain text (links become their text)."""
    # Each pattern runs only when the character it cannot match without is there: most
    # paragraphs hold no markup at all (a 300k-word text: 0.25 s of regular expressions saved).
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(lambda m: m.group(1), text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    text = text.replace("`", "")
    return unescape_markdown(text) if "\\" in text else text


def source_from_url(url: str | None) -> str | None:
    """Return a publisher name for ``url``: a known name, else its domain."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "https://[" (an unclosed IPv6 bracket), a bad port
        return None
    host = host.lower().removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    if not host:
        return None
    for domain, name in _PUBLISHERS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def valid_url(url: str | None) -> str | None:
    """Return ``url`` when it is an http(s) URL with a host that :mod:`urllib.parse` can read, else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # raises ValueError for a port that is no number or out of range
    except ValueError:  # "https://[" (an unclosed IPv6 bracket)
        return None
    return url if parts.scheme in ("http", "https") and host else None


def parse_date(text: str) -> str | None:
    """Return ``text`` as an ISO 8601 date (or date-time) if it is one, else ``None``."""
    from dateutil import parser as dateparser

    cleaned = re.sub(r"^\s*(?:published|updated|posted|date)\s*:?\s*", "", text.strip(), flags=re.I)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
    try:
        value = dateparser.parse(cleaned, fuzzy=False, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if value.year < 1900:
        return None
    has_time = bool(re.search(r"\d{1,2}[:.]\d{2}", cleaned))
    return value.isoformat() if has_time else value.date().isoformat()


def iso_date(text: str) -> str | None:
    """``text`` as an ISO 8601 date, in any of the users' languages ("3. Mai 2024", "le 1er juillet 2024"); else None."""
    value = _parse_any_date(text)
    return value.isoformat() if value is not None else parse_date(text)


def _is_caption(block: str) -> str | None:
    """Return the caption text if ``block`` is a photo caption with a credit, else ``None``.

    A caption is short (at most two sentences' worth) and ends with a credit:
    a link such as ``[Kremlin.ru](https://kremlin.ru)`` or an agency name.
    """
    words = block.split()
    if len(words) > 45:
        return None
    if len(words) <= 12 and is_date_line(block):
        return None  # "12 May 2024 | Reuters" is a date and source line (read by .front), not a photo credit
    m = _CREDIT_TAIL.search(block)
    if m and (block[: m.start()].rstrip().endswith((".", ")")) or len(words) <= 12):
        before = block[: m.start()].rstrip()
        if before:
            return strip_inline_markdown(before)
    m = _CREDIT_PAREN.search(block) or _AGENCY_TAIL.search(block)
    if m and len(words) <= 30:
        return strip_inline_markdown(block[: m.start()].rstrip(" /|(")) or None
    return None


#: A share button's label, at the end of a byline line copied from a page.
_SHARE_LABELS = frozenset({"share", "teilen", "partager", "compartir", "поделиться", "поділитися"})
#: Between a byline and a date on one line: "Von Anna Schmidt · 3. Mai 2024", "Par Jean Dupont — le 2 mai 2024".
_BYLINE_DATE_SEPARATORS = ("·", "|", "•", "—", "–", " - ")


def read_byline(line: str) -> tuple[list[str], str | None] | None:
    """``(authors, ISO date or None)`` when ``line`` is a byline, alone or with a date; else None.

    "By Jane Doe and John Roe" -> (["Jane Doe", "John Roe"], None); "Von Anna
    Schmidt, Berlin · 3. Mai 2024" -> (["Anna Schmidt"], "2024-05-03"): a one-word
    part after a comma is the reporter's town or agency, not a second author.
    """
    if len(line) > 200:
        return None
    words = line.split()
    if len(words) > 2 and words[-1].lower() in _SHARE_LABELS:
        line = line[: line.rfind(words[-1])].rstrip()  # "Por Ana García 12 de marzo de 2024 Compartir"
    byline = _BYLINE.match(line)
    if byline:
        return _byline_authors(byline.group(1)), None
    found = _find_any_date(line)
    if found is not None and found.start > 0 and not line[found.end:].strip(" ."):
        head = line[: found.start].rstrip(" ,")
        last = head.rsplit(None, 1)[-1] if head else ""
        if last.islower() and len(last) <= 3:
            head = head[: len(head) - len(last)].rstrip(" ,")  # "Par Jean Dupont le 1er juillet 2024"
        byline = _BYLINE.match(head)  # "Von Anna Schmidt, Berlin 3. Mai 2024"
        if byline:
            return _byline_authors(byline.group(1)), found.date.isoformat()
    for sep in _BYLINE_DATE_SEPARATORS:
        if sep in line:
            a, b = (part.strip() for part in line.split(sep, 1))
            for name, when in ((a, b), (b, a)):
                byline = _BYLINE.match(name)
                if byline and is_date_line(when):
                    return _byline_authors(byline.group(1)), iso_date(when.strip(" ."))
            return None
    return None


def _byline_authors(names: str) -> list[str]:
    """The authors in a byline's names: split at commas and "and" (in the users' languages), towns dropped."""
    authors: list[str] = []
    for i, part in enumerate(names.split(",")):
        people = [a.strip() for a in re.split(r"\s*(?:\b(?:and|und|et|y|і|и)\b|&)\s*", part) if a.strip()]
        if i > 0 and len(people) == 1 and len(people[0].split()) == 1 and any(len(a.split()) > 1 for a in authors):
            continue  # "Anna Schmidt, Berlin": the dateline town
        authors.extend(people)
    return authors


def _is_breadcrumb(block: str) -> bool:
    """True for a page's breadcrumb trail: "Home › Business", "Главная » Экономика » Транспорт"."""
    if len(block) > 120:
        return False
    for sep in ("›", "»", "→", " > "):
        if sep in block:
            parts = [part.strip() for part in block.split(sep)]
            return (len(parts) >= 2 and all(1 <= len(part.split()) <= 3 for part in parts)
                    and not any(c in block for c in ".!?«"))
    return False


def _list_mark(line: str) -> re.Match | None:
    """The list mark that opens ``line`` ("- ", "2. "), or None; a German date's day ("3. Mai 2024") is no list mark."""
    mark = _LIST_MARK.match(line)
    if mark and mark.group().rstrip()[-1:] == ".":
        found = _find_any_date(line[:40])
        if found is not None and found.start == 0:
            return None
    return mark


def _split_blocks(text: str) -> list[str]:
    """Split text into blocks at blank lines; list items each become a block."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        current: list[str] = []
        for ln in lines:
            is_heading = heading_text(ln) is not None
            if is_heading or _list_mark(ln):
                if current:
                    blocks.append(" ".join(current))
                current = [ln]
                if is_heading:
                    blocks.append(ln)
                    current = []
            else:
                current.append(ln.strip())
        if current:
            blocks.append(" ".join(current))
    return blocks


def _joins_previous(prev: str, block: str) -> bool:
    """True when ``block`` continues a paragraph that was broken mid-sentence."""
    if not prev or _TERMINAL.search(prev):
        return False
    first = block.lstrip("“\"'‘(")[:1]
    return bool(first) and (first.islower() or first.isdigit() and not prev.endswith((".", ":")))


def clean_text(text: str, title_from_first_line: bool = True) -> CleanText:
    """Clean scraped plain text or Markdown into paragraphs and metadata.

    ``title_from_first_line``: take a short first line (or a Markdown heading)
    as the title. Returns a :class:`CleanText`; never raises on odd input.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    text = re.sub(r"[\u200b\u200c\u200d\u2060]", "", text)
    # One space for every run of horizontal white space: the patterns below that
    # start with \s* then stay linear on a paragraph holding a long run of spaces.
    # (Runs of two or more, or one character other than a space: a lone space, most of them, stays as it is.)
    text = _SPACE_RUN.sub(" ", text)
    out = CleanText()
    blocks = _split_blocks(text)
    paragraphs: list[str] = []
    expect_url = False
    for i, raw in enumerate(blocks):
        block = raw.strip()
        if expect_url:
            expect_url = False
            m = re.search(r"https?://[^\s>)\]]+", block)
            if m and _BARE_URL_LINE.match(block.replace("<", " ").replace(">", " ").strip() or "x"):
                out.url = out.url or valid_url(m.group(0))
                continue
        m = _ORIGINAL_URL.match(block)
        if m:
            found = re.search(r"https?://[^\s>)\]]+", m.group(1))
            if found:
                out.url = out.url or valid_url(found.group(0))
            else:
                expect_url = True
            continue
        heading = heading_text(block)
        if heading is not None:
            block = heading
            if title_from_first_line and not out.title and not paragraphs:
                out.title = strip_inline_markdown(block)
                continue
            if not block:
                continue
            # Section headings are kept as their own short paragraph.
        if _RULE.match(block):
            continue
        if _BARE_URL_LINE.match(block):
            continue
        if _RELATED.match(block):
            continue
        stripped_links = (_LINK.sub("", _IMAGE.sub("", block)) if "[" in block else block).strip(" |·•-–—")
        if not stripped_links:  # image line or bare link line(s)
            continue
        inline_stripped = strip_inline_markdown(block)
        if _BOILERPLATE.match(inline_stripped):
            continue
        if not out.date and len(block) <= 60 and _DATE_LINE.match(block):
            out.date = parse_date(block)
            continue
        # Only date lines may stand before a byline: "3. Mai 2024" or "le 1er juillet 2024" (read later, by .front).
        if not paragraphs or all(is_date_line(p) for p in paragraphs):
            byline = read_byline(inline_stripped)
            if byline is not None:
                out.authors, date = byline
                out.date = out.date or date
                continue
        if _is_breadcrumb(inline_stripped):
            continue
        caption = _is_caption(block)
        if caption:
            out.captions.append(caption)
            continue
        # The list mark can only stand at the start: match there (a sub would try every position of the block).
        mark = _list_mark(block)
        plain = strip_inline_markdown(block[mark.end():] if mark else block)
        plain = " ".join(plain.split())  # white space runs to one space, ends stripped (the same characters as \s)
        if not plain:
            continue
        if (title_from_first_line and not out.title and not paragraphs and len(plain) <= 200
                and not re.search(r"[.!?]$", plain) and i == 0):
            out.title = plain
            continue
        if paragraphs and _joins_previous(paragraphs[-1], plain):
            paragraphs[-1] = paragraphs[-1] + " " + plain
            continue
        paragraphs.append(plain)
    out.paragraphs = paragraphs
    return out
