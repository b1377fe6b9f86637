"""A word hyphenated at a line's end, joined back: "mil-" + "lion" is "million", but "on-" + "demand" stays
"on-demand". Text copied from a PDF viewer or a hard-wrapped e-mail keeps the writer's own hyphens at line ends
too, so the English word list (SCOWL, ``resources/wordlists/common-words.txt``) decides: the joined word when it is
a word, the hyphen kept when both halves are words and the joined form is not, else joined (a name, another
language: the usual case is a word broken to fit the line).
"""

from __future__ import annotations

from ..language.english_words import english_words


def _word_at_end(text: str) -> str:
    """The letters at the end of ``text`` (before its final hyphen): "the mil-" -> "mil"."""
    i = len(text) - 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:len(text) - 1] if i < len(text) - 1 else ""


def _word_at_start(line: str) -> str:
    i = 0
    while i < len(line) and line[i].isalpha():
        i += 1
    return line[:i]


def keeps_hyphen(text: str, line: str) -> bool:
    """True when ``text`` ends in a hyphen the writer put there ("on-") and ``line`` goes on with the compound's
    second word ("demand ..."): both halves are English words and their join is none."""
    left, right = _word_at_end(text).lower(), _word_at_start(line).lower()
    if not left or not right:
        return False
    words = english_words()
    return left + right not in words and left in words and right in words


def join_broken(text: str, line: str) -> str:
    """``text``, which ends in a hyphen, and the next line ``line``, which opens in lower case, as one: "mil-" +
    "lion" is "million", "on-" + "demand" is "on-demand" (:func:`keeps_hyphen`). The text reader and the PDF
    reader both join their lines so."""
    return text + line if keeps_hyphen(text, line) else text[:-1] + line
