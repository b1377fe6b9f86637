"""Markdown in scraped text: inline markup to plain text, headings, list marks, block-quote marks.

Every pattern is bounded or linear (no backtracking on untrusted input); :mod:`.cleaning` uses these to read
Markdown and pasted text block by block.
"""

from __future__ import annotations

import re

from ..language.dates import find_date as _find_any_date

_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+\"[^\"]{0,500}\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_ESCAPE = re.compile(r"\\+([\\`*_{}\[\]()#+\-.!$&<>|~\"'])")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*]{1,500}?)(?<=\S)\*(?![\w*])")
_LIST_MARK = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")
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


def strip_inline_markdown(text: str, emphasis: bool = True) -> str:
    """Turn Markdown inline markup into plain text (links become their text).

    ``emphasis=False`` keeps ``*`` and ``_`` as they are: in a plain text (not Markdown, see
    :func:`looks_like_markdown`) "*Star*" is the writer's own.
    """
    # Each pattern runs only when the character it cannot match without is there: most
    # paragraphs hold no markup at all (a 300k-word text: 0.25 s of regular expressions saved).
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(lambda m: m.group(1), text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
    if emphasis and ("*" in text or "_" in text):
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    text = text.replace("`", "")
    return unescape_markdown(text) if "\\" in text else text



#: Characters of a text :func:`looks_like_markdown` reads.
SHAPE_CHARS = 200_000
#: Strong emphasis: "**" before a word, the closing "**" on the same line (bounded: each "**" reads 300 characters).
_STRONG = re.compile(r"\*\*[^\s*][^*\n]{0,300}\*\*")
#: Signs of Markdown as plain substrings: a link or image's "](", a backslash escape of a Markdown character, a
#: fenced code block. (Not an autolink "<https://...>": a plain-text e-mail writes its links so.)
_MARKDOWN_SIGNS = ("](", "\\*", "\\_", "\\$", "\\#", "\\[", "\n```")


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` (a ``.txt`` file or a paste) is shaped as Markdown: it holds a link or image
    ("[text](url)"), strong emphasis ("**word**"; not a "***" section break), a backslash escape ("\\$"), a fenced
    code block, or an ATX heading line ("# Title"). Then "*word*" is emphasis; otherwise the writer's own
    asterisks. Plain substring tests and one look at each line's start over the first :data:`SHAPE_CHARS`."""
    head = text[:SHAPE_CHARS]
    if any(sign in head for sign in _MARKDOWN_SIGNS) or ("**" in head and _STRONG.search(head)):
        return True
    return any(any(c.isalpha() for c in heading_text(line) or "")  # "# Title"; not a release's "# # #"
               for line in head.split("\n") if line[:4].lstrip(" \t").startswith("#"))


def drop_links(block: str) -> str:
    """``block`` without its Markdown images and links (text and target): what is left of an image line or a line
    of links is white space and separators."""
    return _LINK.sub("", _IMAGE.sub("", block)) if "[" in block else block


def list_mark(line: str) -> re.Match | None:
    """The list mark that opens ``line`` ("- ", "2. "), or None; a German date's day ("3. Mai 2024") is no list mark."""
    mark = _LIST_MARK.match(line)
    if mark and mark.group().rstrip()[-1:] == ".":
        found = _find_any_date(line[:40])
        if found is not None and found.start == 0:
            return None
    return mark



def unquote(text: str) -> str:
    """``text`` with Markdown block-quote marks ("> ", ">> ") taken off the start of its lines."""
    lines = []
    for ln in text.split("\n"):
        stripped = ln.lstrip(" ")
        if stripped.startswith(">") and len(ln) - len(stripped) <= 3:
            stripped = stripped.lstrip(">")
            ln = stripped[1:] if stripped.startswith(" ") else stripped
        lines.append(ln)
    return "\n".join(lines)

