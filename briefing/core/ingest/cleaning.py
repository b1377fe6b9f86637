"""Cleaning of scraped article text: the block loop that turns plain text or Markdown into paragraphs and metadata.

:func:`clean_text` splits the text into blocks (at blank lines, or one per line for a text that is not
hard-wrapped) and decides for each one: Markdown links become their text, image lines and bare link lines go,
"Original url: <...>" becomes the article's URL, date lines, email and memo headers, a press release's marks and
wire sign-offs are read into metadata, paragraphs broken mid-sentence are joined. The rules for single lines live
beside it: :mod:`.markdown` (inline markup), :mod:`.date_lines`, :mod:`.bylines` (authors and job titles) and
:mod:`.furniture` (captions, related links, share prompts, newsletter footers, transcript notes, pull quotes). It
returns the pieces a loader needs to build an :class:`~briefing.core.model.Article`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..language.dates import find_date as _find_any_date
from .byline_source import (byline_publisher, name_bar_publisher, outlet_line, publisher_name, source_line,
                            split_stamp)
from .bylines import byline_agency, byline_authors, is_job_title, read_byline, read_time_author
from .date_lines import DATE_LINE, date_time_line, iso_date, labelled_month_date, parse_date
from .front import is_date_line
from .furniture import (BOILERPLATE, READ_TIME_PHRASES, RELATED, RELATED_LABEL, SENTENCE_END, drop_repeats,
                        drop_transcript_notes, is_breadcrumb, is_caption, is_embedded_post, is_footer_start, is_furniture,
                        is_section_label, is_share_prompt)
from .hyphens import join_broken
from .head_lines import ORIGINAL_URL, bare_name, is_blob, is_head_line
from .kickers import is_kicker
from .standfirst import is_standfirst_line, may_precede_byline
from .page_copy import drop_page_lines, drop_pipe_tables, menu_run, paragraph_ends
from .markdown import drop_links, heading_text, list_mark, looks_like_markdown, strip_inline_markdown, unquote
from .yaml_head import read_yaml_head

_BARE_URL_LINE = re.compile(r"^\s*(?:<\s*)?https?://\S+(?:\s*>)?\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_TERMINAL = re.compile(r"[.!?…:;\"”’»)\]]\s*$")
_TERMINAL_MARKS = frozenset(".!?…:;\"”’»)]")
#: A wire story's sign-off: "(Reporting by Jane Doe; Editing by John Roe)", "Writing by X", "Additional reporting by X".
_SIGN_OFF = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\s+([^()]{1,300})\)?\.?$", re.I)
#: "Staff writer Jane Doe contributed to this report." at a story's end.
_CONTRIBUTED = re.compile(r"^[^.!?]{1,150}\bcontributed(?:\s+reporting)?\s+(?:to\s+)?this\s+(?:report|story|article)\.?$", re.I)
#: A header line of an email or memo: "From: ...", "Sent: ...", "TO: ...", "SUBJECT: ...", "RE: ...".
_HEADER_LINE = re.compile(r"^(from|sent|to|cc|bcc|date|subject|re|memo\s+to|memo\s+for)\s*:\s*(.{0,300})$", re.I)
#: A press release's opening mark, and the mark that ends it ("###", "-30-").
_RELEASE_MARK = re.compile(r"^(?:for\s+immediate\s+release|immediate\s+release|embargoed\s+(?:until|for)\b.{0,60}|"
                           r"(?:news|press|media)\s+release|presse(?:mitteilung|information)|medieninformation|"
                           r"communiqué(?:\s+de\s+presse)?|(?:comunicado|nota)\s+de\s+prensa|пресс-релиз|прес-реліз)\s*:?$",
                           re.I)
_RELEASE_END = frozenset({"###", "# # #", "-30-", "- 30 -", "-###-", "—30—", "ENDS", "-ENDS-", "- ENDS -", "ENDS."})
#: A press release's contact block label and its "About <company>" boilerplate heading.
_CONTACT_LABEL = re.compile(r"^(?:(?:media|press|investor|news)?\s*(?:contacts?|enquiries|inquiries)|"
                            r"(?:presse|medien)?kontakte?|contacts?\s+(?:presse|médias?)|contactos?(?:\s+de\s+prensa)?|"
                            r"контакты(?:\s+для\s+(?:сми|прессы))?|контакти(?:\s+для\s+(?:змі|преси))?)\s*:", re.I)
#: The heading of a press release's boilerplate about the company, in the users' languages: "About Northwind",
#: "Über die Stadtwerke Musterstadt", "À propos de Renault", "Acerca de Iberdrola", "О компании", "Про компанію".
_ABOUT_HEADINGS = ("about ", "über ", "à propos de ", "à propos d'", "a propos de ", "acerca de ", "sobre ",
                   "о компании", "о группе", "про компанію", "про групу")
#: Footnote reference marks after a sentence's punctuation ("states.¹ In", "law,² and"): no sentence words.
_FOOTNOTE_REF = re.compile(r"(?<=[.,;:!?\"”’)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^\w{1,10}\]")
#: A footnote's own text: "¹ Grant totals are ...", "[^1]: See ...".
_FOOTNOTE_TEXT = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s|\[\^\w{1,10}\]:)")


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
    #: The publisher named in a byline or source line ("By Jane Doe, The Northern Echo", "Source: BBC News").
    source: str | None = None
    #: A headline read from the body (an email's or memo's "Subject:" line, the line after a press release's
    #: "FOR IMMEDIATE RELEASE"): loaders prefer it to a title that is a letterhead or "MEMORANDUM".
    headline: str = ""


_SPACE_RUN = re.compile(r"[^\S\n]{2,}|[^\S\n ]")


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


#: A line this long, with this many words, is a whole paragraph: no one wraps text that wide.
UNWRAPPED_LINE_CHARS, UNWRAPPED_LINE_WORDS = 150, 20


def _one_block_per_line(chunks: list[list[str]]) -> bool:
    """True when the lines of the text's several-line chunks are whole paragraphs, not a hard-wrapped text.

    Text copied from a web page or an email comes one line per paragraph with no
    blank line between, and the section label, title, byline, share button,
    caption and related links on lines of their own. A hard-wrapped text (an email
    or a plain-text file wrapped at 72 columns) has lines of similar length, most
    of them ending inside a sentence. Unwrapped: a line over
    :data:`UNWRAPPED_LINE_CHARS` characters and :data:`UNWRAPPED_LINE_WORDS`
    words (a long link alone does not count), or most lines end a sentence,
    or no line goes on in the next: of :data:`MIN_BREAKS` or more lines that
    end outside a sentence, none is followed by one opening in lower case (a
    news site's copy: section label, title, byline, "Share", "Advertisement"
    each on its line; a wrapped text breaks most lines before a small word).
    """
    lines = [ln for lines in chunks if len(lines) > 1 for ln in lines]
    if not lines:
        return False
    if any(len(ln) > UNWRAPPED_LINE_CHARS and len(ln.split()) >= UNWRAPPED_LINE_WORDS for ln in lines):
        return True
    if 2 * sum(1 for ln in lines if SENTENCE_END.search(ln)) > len(lines):
        return True
    breaks = [(ln, following) for chunk in chunks for ln, following in zip(chunk, chunk[1:])
              if not SENTENCE_END.search(ln)]
    return len(breaks) >= MIN_BREAKS and not any(following.lstrip()[:1].islower() for _, following in breaks)


#: How many lines ending outside a sentence :func:`_one_block_per_line` needs to read a text with no line going
#: on in the next as one paragraph per line (fewer: a wrapped German text may break only before nouns).
MIN_BREAKS = 5


def _join_lines(lines: list[str]) -> str:
    """The lines of a hard-wrapped paragraph as one: "mil-" and "lion" make "million" (a word hyphenated at the
    line end, the next line opening in lower case, as the PDF reader joins them; "on-" and "demand" keep the
    hyphen: :mod:`.hyphens`); other lines joined by a space."""
    out = lines[0]
    for ln in lines[1:]:
        if out.endswith("-") and out[-2:-1].isalpha() and ln[:1].islower():
            out = join_broken(out, ln)  # "on-demand" kept, "mil-lion" joined
        else:
            out = f"{out} {ln}"
    return out


def _split_blocks(text: str) -> tuple[list[str], bool]:
    """Split text into blocks at blank lines; list items each become a block.

    The lines of a chunk are joined into one block, unless the text is not
    hard-wrapped (see :func:`_one_block_per_line`): then each line is a block.
    Returns the blocks and whether each line was made a block.
    """
    blocks: list[str] = []
    chunks = [drop_pipe_tables([ln.rstrip() for ln in chunk.split("\n") if ln.strip()])
              for chunk in re.split(r"\n\s*\n", text)]
    chunks = drop_page_lines(chunks, SENTENCE_END)  # a PDF viewer's "2", "Page 2 of 3" between the lines
    per_line = _one_block_per_line(chunks)
    for lines in chunks:
        current: list[str] = []
        ends = set() if per_line else paragraph_ends(lines, SENTENCE_END)
        # An email's or memo's header ("From: ...", "Sent: ...", "Subject: ...") is one line per field.
        header = len(lines) > 1 and all(len(ln) <= 320 and _HEADER_LINE.match(ln.strip()) for ln in lines)
        for j, ln in enumerate(lines):
            is_heading = heading_text(ln) is not None
            # "Published March 19, 2024 9:14 a.m. ET" under a byline: a date line, not the byline's last words
            dated = len(lines) > 1 and len(ln) <= 80 and bool(date_time_line(ln.strip()))
            # "Title\n3 June 2024\nBy Jane Doe" with no blank line after the title: each header line of the
            # opening is a block of its own (not the title's last words, nor the first sentence's first)
            if len(lines) > 1 and len(blocks) < HEAD_BLOCKS and is_head_line(ln):
                # "Title", "Northwire", "12 May 2025"; "Title", "Jane Doe", "12 March 2024": no title's last words
                if len(current) > 1 and (publisher_name(current[-1]) or bare_name(current[-1])):
                    blocks.append(_join_lines(current[:-1]))
                    current = current[-1:]
                if current:
                    blocks.append(_join_lines(current))
                blocks.append(ln.strip())
                current = []
                continue
            if per_line or header or is_heading or list_mark(ln) or dated:
                if current:
                    blocks.append(_join_lines(current))
                current = [ln]
                if is_heading:
                    blocks.append(ln)
                    current = []
            else:
                current.append(ln.strip())
                if j in ends:  # a short line ending a sentence in a hard-wrapped text: its paragraph ends
                    blocks.append(_join_lines(current))
                    current = []
        if current:
            blocks.append(_join_lines(current))
    return blocks, per_line


#: How many blocks of the text's opening may be header lines split off a chunk (title, date, URL, byline...).
HEAD_BLOCKS = 8


def _header_name(value: str) -> list[str]:
    """The sender named in a "From:" line: "Karen Holloway, Deputy Administrator" -> ["Karen Holloway"]."""
    name = value.split("<", 1)[0].split(",", 1)[0].strip(" \"'")
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and "@" not in name:
        return [name]
    return []


def _joins_previous(prev: str, block: str) -> bool:
    """True when ``block`` continues a paragraph that was broken mid-sentence."""
    end = len(prev)
    while end and prev[end - 1].isspace():
        end -= 1
    if not end or prev[end - 1] in _TERMINAL_MARKS:  # as _TERMINAL, but reading the tail only (prev may be long)
        return False
    first = block.lstrip("“\"'‘(")[:1]
    return bool(first) and (first.islower() or first.isdigit() and not prev.endswith((".", ":")))


def has_letters(text: str) -> bool:
    """True when ``text`` holds a letter: a title must ("1", "1.", "2024" are none)."""
    return any(c.isalpha() for c in text)


def is_row_number(text: str) -> bool:
    """True for a table's row or item number standing alone: "1", "1.", "12)", "#3" (a digit, no letter, short)."""
    text = text.strip()
    return 0 < len(text) <= 6 and any(c.isdigit() for c in text) and not has_letters(text)


#: What a table's number column is headed with ("No. | Text", "Nr. | Meldung", "№ | Текст", "# | Item").
NUMBER_LABELS = frozenset({"no.", "nr.", "№", "#", "n°", "nº", "num.", "núm."})


def is_number_header(block: str) -> bool:
    """True for a table's header row of labels that opens with a number column's label ("No. Text", "| № | Текст |",
    "| # | Item |"): a few short words and no sentence. A bare "# Text" is a Markdown heading, not such a row."""
    words = block.replace("|", " ").split()
    if words[:1] == ["#"] and "|" not in block:
        return False  # "# Council approves plan" is a Markdown heading; "| # | Item |" a table's header
    return (0 < len(words) <= 8 and len(block) <= 120 and words[0].lower() in NUMBER_LABELS
            and not SENTENCE_END.search(" ".join(words[1:])))


def _drop_row_number(block: str) -> str:
    """``block`` without the row number it opens with ("1 The council ..." in a numbered table)."""
    digits = 0
    while digits < len(block) and digits < 4 and block[digits].isdigit():
        digits += 1
    if 0 < digits < len(block) - 1 and block[digits] in ".) " and block[digits:].lstrip(".) ")[:1].isupper():
        return block[digits:].lstrip(".) ")
    return block


def clean_text(text: str, title_from_first_line: bool = True, markdown: bool | None = None) -> CleanText:
    """Clean scraped plain text or Markdown into paragraphs and metadata.

    ``title_from_first_line``: take a short first line (or a Markdown heading)
    as the title. ``markdown``: the text is Markdown, and "*word*" and "_word_"
    are emphasis to take off; ``None``: when it is shaped as Markdown
    (:func:`~.markdown.looks_like_markdown`), else the asterisks are the
    writer's own. Returns a :class:`CleanText`; never raises on odd input.
    """
    emphasis = looks_like_markdown(text) if markdown is None else markdown
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    # Zero-width characters and soft hyphens (U+00AD: "park\u00ading" is "parking" to every reader) are no text.
    text = re.sub(r"[\u200b\u200c\u200d\u2060\u00ad]", "", text)
    # One space for every run of horizontal white space: the patterns below that
    # start with \s* then stay linear on a paragraph holding a long run of spaces.
    # (Runs of two or more, or one character other than a space: a lone space, most of them, stays as it is.)
    text = _SPACE_RUN.sub(" ", text)
    # A web clipper's YAML front matter ("---", "title: ...", "author: ...", "---"): metadata, not body text.
    clipped = read_yaml_head(text) if text.startswith("---\n") else None
    if clipped is not None:
        text = clipped.rest
    if "\n>" in text or text.startswith(">"):
        text = unquote(text)
    out = CleanText()
    if clipped is not None:
        out.title = " ".join(strip_inline_markdown(clipped.title, emphasis).split())
        out.date = (iso_date(clipped.date) or None) if clipped.date else None
        out.url = valid_url(clipped.url)
        out.authors = byline_authors(", ".join(clipped.authors)) if clipped.authors else []
    blocks, per_line = _split_blocks(text)
    paragraphs: list[str] = []
    expect_url = False
    related = False  # after a related-links label alone on its line: its link titles follow
    # the block that may be the title: the first, the second after a section label, the one after a site's menu
    title_at = skip = menu_run(blocks)
    release = False  # after "FOR IMMEDIATE RELEASE": a press release
    want_headline = False  # the next short line without a full stop is the release's headline
    skipping = False  # in a press release's contact block or "About <company>" boilerplate
    numbered_rows = False  # after a table's header row "No. | Text": rows open with their number
    job_at = -1  # the block after a bare name that is its job title ("Shipping correspondent")
    for i, raw in enumerate(blocks):
        if i < skip:
            continue  # "Home", "News", "World" over the headline of a page copied from the browser
        block = raw.strip()
        # A date, URL or byline line where the title was expected: the title may be the line after it.
        head_at = i == title_at and not out.title and not paragraphs
        if not paragraphs and not numbered_rows and is_number_header(block):
            numbered_rows = True  # a header row of labels is no body text (and no title)
            continue
        if numbered_rows:
            block = _drop_row_number(block)
        if block.upper() in _RELEASE_END and (release or len(paragraphs) >= 2):
            break  # "###", "ENDS": the release ends (its mark may be in a letterhead); what follows is for editors
        if release:
            if _CONTACT_LABEL.match(block) or (block.lower().startswith(_ABOUT_HEADINGS) and len(block.split()) <= 8
                                               and not SENTENCE_END.search(block)):
                skipping = True
                continue
            if skipping:
                continue
        if len(block) <= 120 and i < 12 and _RELEASE_MARK.match(block) and len(paragraphs) <= 4 and all(
                len(p) <= 200 and not SENTENCE_END.search(p) for p in paragraphs):
            release = want_headline = True
            # The letterhead above the mark (name, address, web site) goes; a headline just above it ("Northwind
            # Energy to build ...", four words or more, no link or address) is the title, unless one follows the mark.
            above = paragraphs[-1] if paragraphs else out.title
            paragraphs.clear()
            out.title = out.headline = above if _headline_above(above) else ""
            continue
        if len(block) <= 120 and not paragraphs and i < 12:
            header = _HEADER_LINE.match(block)
            if header and (i == 0 or out.headline or any(_HEADER_LINE.match(b.strip()) for b in blocks[:i])
                           or _HEADER_LINE.match(blocks[i + 1].strip() if i + 1 < len(blocks) else "")):
                _read_header(out, header.group(1).lower(), header.group(2).strip())
                continue
        if want_headline and not paragraphs:
            plain = strip_inline_markdown(block, emphasis)
            if plain and len(plain) <= 200 and not SENTENCE_END.search(plain):
                out.headline = out.title = plain
                want_headline = False
                continue
        if related:
            if len(block) <= 120 and len(block.split()) <= 15 and not SENTENCE_END.search(block):
                continue
            related = False
        if RELATED_LABEL.match(block.strip("*_ ")):  # "**Mehr zum Thema**" too
            related = True
            continue
        if expect_url:
            expect_url = False
            m = re.search(r"https?://[^\s>)\]]+", block)
            if m and _BARE_URL_LINE.match(block.replace("<", " ").replace(">", " ").strip() or "x"):
                out.url = out.url or valid_url(m.group(0))
                title_at += head_at
                continue
        m = ORIGINAL_URL.match(block)
        if m:
            found = re.search(r"https?://[^\s>)\]]+", m.group(1))
            if found:
                out.url = out.url or valid_url(found.group(0))
            else:
                expect_url = True
            title_at += head_at
            continue
        heading = heading_text(block)
        if heading is not None:
            block = heading
            if title_from_first_line and not out.title and not paragraphs:
                out.title = strip_inline_markdown(block, emphasis)
                if is_blob(out.title):
                    out.title = ""
                continue
            if not block:
                continue
            # Section headings are kept as their own short paragraph.
        if _RULE.match(block):
            continue
        if _BARE_URL_LINE.match(block):
            continue
        if RELATED.match(block):
            continue
        stripped_links = drop_links(block).strip(" |·•-–—")
        if not stripped_links:  # image line or bare link line(s)
            continue
        inline_stripped = strip_inline_markdown(block, emphasis)
        if BOILERPLATE.match(inline_stripped):
            title_at += head_at  # "Skip to main content" where the title was expected
            continue
        if is_kicker(inline_stripped) and (not paragraphs or len(paragraphs) <= 2 and all(
                is_date_line(p) or is_standfirst_line(p) for p in paragraphs)):
            title_at += head_at  # "Analysis", "Opinion", "EXCLUSIVA" over or under the headline: a label, no text
            continue
        if not out.date and len(block) <= 60 and DATE_LINE.match(block):
            out.date = parse_date(block)
            title_at += head_at
            continue
        if len(block) <= 80:
            when = date_time_line(inline_stripped)
            if when is not None:  # "Updated 3:45 p.m. ET Dec. 3, 2024"; a live blog's "10:42 GMT"
                out.date = out.date or when or None
                title_at += head_at
                continue
            month = labelled_month_date(inline_stripped) if not paragraphs else None
            if month:  # "June 2024", "Published: June 2024", "juin 2024" over the body: the day unknown
                out.date = out.date or month
                title_at += head_at
                continue
        if (len(block) <= 200 and not out.source and (not paragraphs or all(is_date_line(p) for p in paragraphs))
                and _publisher_line(out, inline_stripped)):
            title_at += head_at
            continue  # "Source: BBC News", "Jane Doe | Reuters", "By Jane Doe, The Northern Echo"
        if (out.title and not out.source and not paragraphs and len(block) <= 60 and publisher_name(inline_stripped)
                and any(0 <= j < len(blocks) and j != title_at and is_head_line(blocks[j]) for j in (i - 1, i + 1))):
            out.source = inline_stripped  # "Anglia Press Agency" between the title and the date, or under the byline
            continue
        if (out.title and not out.source and not paragraphs and i + 1 < len(blocks) and heading is None
                and outlet_line(inline_stripped)):
            out.source = inline_stripped  # "Anglia Press Agency", "Agencia EFE" alone between blank lines
            continue
        if paragraphs and is_footer_start(blocks, i):
            break  # a newsletter's footer: unsubscribe links, why the reader got it, the sender's postal address
        if is_furniture(inline_stripped):
            low = inline_stripped.lower()
            if any(phrase in low for phrase in READ_TIME_PHRASES):  # "Jane Doe · Dec 3, 2024 · 8 min read"
                if not out.date:
                    found = _find_any_date(inline_stripped)
                    out.date = found.date.isoformat() if found is not None else None
                if not out.authors and not any(SENTENCE_END.search(p) for p in paragraphs):
                    out.authors = read_time_author(inline_stripped)
            continue
        if is_share_prompt(block, inline_stripped):
            continue  # "Like this post? Share it: [Share](...)"
        if "[" in block or "(" in block:
            block = drop_transcript_notes(block)  # "[APPLAUSE]", "(Laughter.)", "[END OF TRANSCRIPT]"
            if not block or (block.endswith(":") and len(block.split()) <= 4):
                continue  # the note alone, or a speaker's label left without words ("SENATOR LIN:")
            inline_stripped = strip_inline_markdown(block, emphasis)
        if len(block) <= 400:
            sign_off = _SIGN_OFF.match(inline_stripped)
            if sign_off:  # "(Reporting by Jane Doe; Editing by John Roe)"
                if not out.authors and inline_stripped.lstrip("( ").lower().startswith(("reporting", "writing")):
                    out.authors = byline_authors(sign_off.group(1).split(";", 1)[0].strip(" ."))
                continue
            if _CONTRIBUTED.match(inline_stripped):
                continue
        if _FOOTNOTE_TEXT.match(block):
            continue
        if is_embedded_post(block):
            continue
        # Only date lines and a standfirst may stand before a byline: "3. Mai 2024" or "le 1er juillet 2024" (read
        # later, by .front), "Boats were told to stay in port" (a short line with no full stop under the title).
        if paragraphs and out.authors and may_precede_byline(paragraphs) and is_date_line(inline_stripped):
            found = _find_any_date(inline_stripped)  # "3. Juni 2024" under a byline under a standfirst
            out.date = out.date or (found.date.isoformat() if found is not None else None)
            continue
        if may_precede_byline(paragraphs):  # a standfirst may be one sentence: "Dock workers stayed away."
            byline = read_byline(inline_stripped)
            if byline is not None:
                out.authors, date = byline
                out.date = out.date or date
                out.source = out.source or byline_agency(inline_stripped)  # "Par Pierre Martin, AFP — 12 mai 2025"
                title_at += head_at
                continue
            if is_job_title(inline_stripped) or i == job_at:
                continue  # "Education correspondent" under the byline
            name = bare_name(inline_stripped) if i + 1 < len(blocks) and not out.authors else []
            after = strip_inline_markdown(blocks[i + 1].strip(), emphasis) if name else ""
            if name and is_job_title(after, after_name=True):
                out.authors, job_at = name, i + 1  # "Sam Patel" over "Education correspondent": a byline without "By"
                continue
            if name and i != title_at and (is_date_line(after) or date_time_line(after) or DATE_LINE.match(after)):
                out.authors = name  # "Jane Doe" over "12 March 2024" under the title: a byline without "By"
                continue
        if is_breadcrumb(inline_stripped):
            continue
        caption = is_caption(block)
        if caption:
            out.captions.append(caption)
            continue
        # The list mark can only stand at the start: match there (a sub would try every position of the block).
        mark = list_mark(block)
        plain = strip_inline_markdown(block[mark.end():] if mark else block, emphasis)
        plain = " ".join(plain.split())  # white space runs to one space, ends stripped (the same characters as \s)
        if not plain:
            continue
        if is_blob(plain):  # one 300-character "word", a hash, a base64 string: neither title nor sentence
            title_at += head_at
            continue
        if title_from_first_line and not out.title and not paragraphs and i == title_at and is_row_number(plain):
            title_at = i + 1  # "1", "1.", "12)": a table's row number over the title is neither title nor text
            continue
        if (title_from_first_line and not out.title and not paragraphs and len(plain) <= 200
                and not re.search(r"[.!?]$", plain) and i == title_at and has_letters(plain)):
            if i == 0 and per_line and is_section_label(plain, blocks[1:2]):
                title_at = 1  # "Wirtschaft" over the title of a page copied from the browser
                continue
            out.title = plain
            continue
        plain = split_stamp(plain)[1]  # a live blog's "11:47 GMT" is no part of the entry's first sentence
        if "[^" in plain or any(c in plain for c in _SUPERSCRIPTS):
            plain = _FOOTNOTE_REF.sub("", plain)
        if paragraphs and _joins_previous(paragraphs[-1], plain):
            # Grown in place (CPython resizes a string only a local name holds): `paragraphs[-1] + " " + plain`
            # copied the whole paragraph at each join, quadratic over 100,000 lines broken mid-sentence.
            joined = paragraphs.pop()
            joined += " "
            joined += plain
            paragraphs.append(joined)
            del joined
            continue
        paragraphs.append(plain)
    out.paragraphs = drop_repeats(paragraphs)
    return out


_SUPERSCRIPTS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")


def _publisher_line(out: CleanText, line: str) -> bool:
    """Read a line before the body that names the publisher into ``out`` (and its author, when it is a byline);
    True when it did."""
    source = source_line(line)
    if source:
        out.source = source
        return True
    bar = name_bar_publisher(line)
    if bar and not out.authors:
        out.authors, out.source = bar
        return True
    found = byline_publisher(line)
    byline = read_byline(found[0]) if found else None
    if found and byline is not None and not out.authors:
        out.authors, out.source = byline[0], found[1]
        out.date = out.date or byline[1]
        return True
    return False


def _headline_above(text: str) -> bool:
    """True when ``text``, the line just above a press release's mark, reads as its headline, not its letterhead:
    four words or more with letters, no full stop at the end, no e-mail address, link or phone number."""
    words = text.split()
    return (len(words) >= 4 and has_letters(text) and not SENTENCE_END.search(text) and "@" not in text
            and "://" not in text and "www." not in text.lower() and sum(c.isdigit() for c in text) < 6)


def _read_header(out: CleanText, label: str, value: str) -> None:
    """Read one email or memo header line into ``out``: the subject is the headline, the sender the author."""
    if label in ("subject", "re") and value:
        out.headline = out.headline or value
        out.title = out.title or value
    elif label == "from" and "<" not in value and "@" not in value:
        out.authors = out.authors or _header_name(value)
    elif label in ("date", "sent") and not out.date:
        out.date = date_time_line(value) or iso_date(value) or None
