"""Two shapes of a page copied from a browser or scraped to Markdown that are no prose: the site's menu over the
headline ("Home", "News", "World", "Business" on lines of their own) and a pipe table in the body.

- :func:`menu_run`: how many of the text's first blocks are a navigation menu (two or more short labels, the
  last one followed by a headline), so that the headline is read as the title and the labels as nothing;
- :func:`drop_pipe_tables`: a Markdown pipe table (a header row, its ``|---|---|`` delimiter row and the rows
  under it, or two or more rows that open and close with ``|``) is taken out of the lines. A table is not prose:
  its rows would be read as "sentences" full of "|" and picked as key points, so the brief leaves it out, as it
  leaves out a caption. The sentences around it stay.

Fixed-string tests on one line at a time, no regex: the cost grows with the text's length only.
"""

from __future__ import annotations

from .furniture import BOILERPLATE, is_section_label
from .kickers import is_kicker

#: A menu label is at most this many words and characters.
MENU_WORDS, MENU_CHARS = 3, 30
#: How many opening blocks a menu may take.
MAX_MENU = 15


def _menu_label(block: str) -> bool:
    block = block.strip()
    return (0 < len(block) <= MENU_CHARS and len(block.split()) <= MENU_WORDS
            and not any(c.isdigit() or c in ".!?:;,|" for c in block) and not is_kicker(block))


def menu_run(blocks: list[str]) -> int:
    """How many of ``blocks``' first blocks are a site's menu (and a "Skip to main content" line): two labels or
    more of one to three words, no digits or sentence marks, the last one followed by a headline (as
    :func:`~.furniture.is_section_label` reads it). 0 when there is none: the first block may be the title."""
    labels = 0
    k = 0
    while k < len(blocks) and k < MAX_MENU:
        block = blocks[k].strip()
        if BOILERPLATE.match(block):
            k += 1
            continue
        if not _menu_label(block):
            break
        labels += 1
        k += 1
    if labels >= 2 and is_section_label(blocks[k - 1].strip(), blocks[k:k + 1]):
        return k
    return 0


def _delimiter_row(line: str) -> bool:
    """``|---|:---:|`` or ``--- | ---``: only bars, dashes, colons and spaces, with a bar and three dashes."""
    line = line.strip()
    return "|" in line and "---" in line and not line.strip("|:- ")


def _pipe_row(line: str) -> bool:
    line = line.strip()
    return len(line) >= 3 and line[0] == "|" and line[-1] == "|"


def drop_pipe_tables(lines: list[str]) -> list[str]:
    """``lines`` (one chunk of the text, between blank lines) without its Markdown pipe tables: a header row with
    a bar, the delimiter row under it and the rows with a bar that follow; or a run of two or more lines that open
    and close with a bar."""
    if not any("|" in ln for ln in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if i + 1 < len(lines) and "|" in ln and _delimiter_row(lines[i + 1]):
            i += 2
            while i < len(lines) and "|" in lines[i]:
                i += 1
            continue
        if _pipe_row(ln) and i + 1 < len(lines) and _pipe_row(lines[i + 1]):
            while i < len(lines) and _pipe_row(lines[i]):
                i += 1
            continue
        out.append(ln)
        i += 1
    return out


#: "Page 2 of 3", "Seite 2 von 3", "Page 2 sur 3", "Página 2 de 3", "Стр. 2 из 3", "Сторінка 2 з 3".
_PAGE_WORDS = frozenset({"page", "p.", "seite", "s.", "página", "pág.", "pagina", "стр.", "страница", "с.",
                         "сторінка", "стор."})
_OF_WORDS = frozenset({"of", "von", "sur", "de", "из", "з", "/"})


def _page_digits(word: str) -> bool:
    return 0 < len(word) <= 3 and word.isdigit()


def is_page_line(line: str) -> bool:
    """True for a PDF viewer's page number or running head copied into the text: "2", "- 2 -", "2/3", "Page 2 of
    3", "Seite 2 von 3", or a heading in capitals with the number ("THE KELSTON GAZETTE 2", "12 ANNUAL REPORT")."""
    line = line.strip().strip("-–— ")
    if len(line) > 60 or not line:
        return False
    words = line.replace("/", " / ").split()
    if all(_page_digits(w) or w == "/" for w in words) and len(words) in (1, 3):
        return True
    if words[0].lower() in _PAGE_WORDS and len(words) in (2, 4) and _page_digits(words[1]):
        return len(words) == 2 or words[2].lower() in _OF_WORDS and _page_digits(words[3])
    number_at = 0 if _page_digits(words[0]) else -1 if _page_digits(words[-1]) else None
    if number_at is None or len(words) < 3:
        return False
    rest = words[1:] if number_at == 0 else words[:-1]
    return all(w.isupper() for w in rest) and sum(c.isalpha() for w in rest for c in w) >= 6


#: A hard-wrapped line this much shorter than the chunk's longest line, ending a sentence, ends its paragraph.
SHORT_LINE_SHARE = 0.6


def paragraph_ends(lines: list[str], sentence_end) -> set[int]:
    """The indexes of a hard-wrapped chunk's lines that end a paragraph though no blank line follows (a PDF
    viewer's copy): a line that ends a sentence and is shorter than :data:`SHORT_LINE_SHARE` of the chunk's
    longest line, the next line opening with a capital. Only in chunks of four lines or more (the width is known).
    ``sentence_end``: the regex of a sentence's final mark."""
    if len(lines) < 4:
        return set()
    width = max(len(ln) for ln in lines)
    return {i for i, (ln, nxt) in enumerate(zip(lines, lines[1:]))
            if len(ln) < SHORT_LINE_SHARE * width and sentence_end.search(ln) and nxt.lstrip()[:1].isupper()}


def drop_page_lines(chunks: list[list[str]], sentence_end) -> list[list[str]]:
    """``chunks`` (the text's runs of lines between blank lines) without the lines :func:`is_page_line` reads as a
    page number or running head, except the text's first line (a row number over the title is read there). Where
    such a line stands between a line that ends a sentence and one that opens with a capital, the page ended there
    and the chunk is cut in two: splitting a paragraph at a sentence's end loses nothing, joining two would."""
    out: list[list[str]] = []
    for k, lines in enumerate(chunks):
        current: list[str] = []
        for j, ln in enumerate(lines):
            if (j or k) and is_page_line(ln):
                following = lines[j + 1] if j + 1 < len(lines) else ""
                if current and sentence_end.search(current[-1]) and following.lstrip()[:1].isupper():
                    out.append(current)
                    current = []
                continue
            current.append(ln)
        out.append(current)
    return out
