"""The plain path: paragraphs and sentences split, and words found, without pysbd or NLTK where that gives the same result.
"""

from __future__ import annotations


import re
from functools import lru_cache

from .patterns import _WORD_PATTERN


# ------------------------------------------------------------ the plain path

# Characters that none of pysbd's rules reacts to on their own: letters (ASCII,
# Latin-1 and Latin Extended-A, Greek, Cyrillic; not Latin Extended-B, where
# pysbd keeps its markers "ȸ", "ȹ", "ƪ"), digits, spaces and a few signs. A
# period, "?" and "!" are allowed only as checked below; quotes, brackets,
# "--", ellipses, digits next to a period and pysbd's own marker characters are not.
_PLAIN_TEXT = re.compile(
    "[A-Za-z0-9 ,;:%$&/\u2013\u2014\u20ac\u00a3'\u2019.!?()\"\u201c\u201d"
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0391-\u03a9\u03b1-\u03c9\u0400-\u04ff-]*")
# An apostrophe that does not follow a letter (an opening quotation mark), or
# follows one but is not followed by a letter, a space or a comma.
_LOOSE_APOSTROPHE = re.compile(r"(?<![^\W\d_])['\u2019]|['\u2019](?![^\W\d_]| |,)")
# A parenthesis or a quotation inside a sentence: no brackets or quotes inside.
_ENCLOSED = re.compile(r'\(([^()"\u201c\u201d]*)\)|\u201c([^()"\u201c\u201d]*)\u201d|"([^()"\u201c\u201d]*)"')
# Cases of pysbd's quotation and parenthesis rules: a quote after a sentence
# mark or a hyphen, a quote before a parenthesis.
_QUOTE_RULES = re.compile(r'[!?.\-]["\u201c\u201d]|["\u201d]\s\(')
# A decimal point ("6.75", "3.817.69"): pysbd protects it (its number rules) and restores it.
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
# A sentence end: the mark and what follows. The word before it is found with ``str.rfind``: a pattern
# opening with ``(\S*)`` rescanned a long run without a mark from each of its positions (quadratic: a
# 40,000-letter word took 33 s, a 2 MB one hours).
_END = re.compile(r"[.!?](?: (?=[A-Z])|$)")
# The word before a sentence end: ASCII letters (inner apostrophes and hyphens allowed), at least two.
_END_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]")


@lru_cache(maxsize=1)
def _pysbd_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Return pysbd's English abbreviations and its words with an inner "!" (lower-cased)."""
    from pysbd.exclamation_words import ExclamationWords
    from pysbd.lang.english import English

    abbreviations = English.Abbreviation
    words = {*abbreviations.ABBREVIATIONS, *abbreviations.PREPOSITIVE_ABBREVIATIONS, *abbreviations.NUMBER_ABBREVIATIONS}
    return (frozenset(w.strip().lower() for w in words),
            frozenset(w.rstrip("!").lower() for w in ExclamationWords.EXCLAMATION_WORDS))


def _plain_enclosures(text: str) -> bool:
    """True when every parenthesis and quotation in ``text`` is one pysbd's rules leave alone.

    Each must close within the text, hold no sentence mark, bracket or other
    quote, and not look like a list item ("(a)", "(iv)", "(2)"); no quote may
    follow a sentence mark or a hyphen or come before a parenthesis.
    """
    if not any(ch in text for ch in '()"\u201c\u201d'):
        return True
    if _QUOTE_RULES.search(text):
        return False
    rest = []
    last = 0
    for match in _ENCLOSED.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        if not inner.strip() or any(ch in inner for ch in ".!?"):
            return False
        if match.group(1) is not None and (inner.isalpha() and inner.islower() or inner[-1].isdigit()):
            return False
        rest.append(text[last:match.start()])
        last = match.end()
    rest.append(text[last:])
    return not any(ch in part for part in rest for ch in '()"\u201c\u201d')


def plain_sentences(text: str) -> tuple[str, ...] | None:
    """Split a paragraph that holds no case for pysbd's rules; ``None`` when it holds one.

    Most news paragraphs are plain prose: sentences that end in ".", "?" or
    "!" right after an ordinary word, followed by a space and a capital, with
    no abbreviations, numbers before a period, list items, ellipses or quotes
    and brackets that could hold a sentence end anywhere (decimal points and
    short parentheses and quotations inside a sentence are fine: pysbd
    protects what is in them and restores it). On such a paragraph every rule
    of pysbd is idle except the split at each sentence end, so splitting
    there gives pysbd's sentences
    (checked on both evaluation sets, pysbd's golden rules and random texts
    in ``tests/core/language/test_tokenizer.py``) at a small fraction of its
    cost, in linear time. ``text`` must have its whitespace folded to single
    spaces and be stripped (as :meth:`OfflineTokenizer.to_sentences` does).
    """
    if not text or not (text[0].isalnum()) or _PLAIN_TEXT.fullmatch(text) is None:
        return None
    if "--" in text or ("'" in text or "\u2019" in text) and _LOOSE_APOSTROPHE.search(text):
        return None
    if not _plain_enclosures(text):
        return None
    abbreviations, exclamation_words = _pysbd_abbreviations()
    sentences = []
    start = 0
    marks = 0
    for match in _END.finditer(text):
        at = match.start()
        # The text is folded to single spaces (checked by _PLAIN_TEXT): the word starts after the last one.
        word, mark = text[max(start, text.rfind(" ", start, at) + 1):at], text[at]
        if _END_WORD.fullmatch(word) is None:
            return None
        lowered = word.lower()
        if lowered in abbreviations or (mark == "!" and lowered in exclamation_words):
            return None
        end = at + 1
        sentences.append(text[start:end])
        start = end + 1
        marks += 1
    decimals = len(_DECIMAL_POINT.findall(text)) if "." in text else 0
    if text.count(".") - decimals + text.count("?") + text.count("!") != marks:
        return None  # a mark that is not a plain sentence end (mid-sentence, doubled, before a digit)
    if start < len(text):
        sentences.append(text[start:])
    return tuple(sentences)


# Anything that lets one of pysbd's rules look across a sentence end: an opening
# single quote (apostrophes cannot be paired), "--", a quote before a
# parenthesis, list items ("1.", "2)", "(a)", "b."); such a paragraph is split whole.
_CROSSING = re.compile(r"(?:^|\s)['\u2018]|\u2018|--|[\"\u201d]\s\(|(?:^|[\s\-\u2043(])\d{1,2}\.[\s)]|\d\)"
                       r"|(?:^|[\s(])[a-z]+\)|(?:^|\s)[a-z]\.")
_CUT = re.compile(r"[.!?] (?=[A-Z])")
_PAIRS = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"))


def plain_chunks(text: str) -> list[str]:
    """Cut a paragraph at sentence ends that pysbd's rules cannot see across; return the pieces.

    A cut goes after "word." (or "?" / "!") followed by a space and a capital,
    where the word is an ordinary word (letters, not one of pysbd's
    abbreviations or "!" words) and the text since the last cut has every
    quote and bracket closed. pysbd splits there, and each of its rules reads
    only within a sentence, so splitting each piece separately gives the same
    sentences; plain pieces then skip pysbd (:func:`plain_sentences`), and a
    long paragraph costs time in proportion to its length. A paragraph with
    anything a rule could read across a sentence end (see ``_CROSSING``) is
    one piece. ``text``: folded and stripped, as for :func:`plain_sentences`.
    """
    if len(text) < 80 or _CROSSING.search(text):
        return [text]
    abbreviations, exclamation_words = _pysbd_abbreviations()
    pieces = []
    start = 0
    for match in _CUT.finditer(text):
        end = match.start()
        space = text.rfind(" ", start, end)
        word = text[space + 1 if space >= 0 else start:end]
        if _END_WORD.fullmatch(word) is None:
            continue
        lowered = word.lower()
        if lowered in abbreviations or (text[end] == "!" and lowered in exclamation_words):
            continue
        piece = text[start:end + 1]
        if piece.count('"') % 2 or any(piece.count(a) != piece.count(b) for a, b in _PAIRS):
            continue
        pieces.append(piece)
        start = end + 2
    pieces.append(text[start:])
    return pieces


_PLAIN_WORDS_TEXT = re.compile(r"(?:[^\W_]|[ ,\-])*[.!?]?")
# The words NLTK's tokenizer splits in two ("can not", "gon na").
_SPLIT_WORDS = ("cannot", "gimme", "gonna", "gotta", "lemme", "wanna")
# NLTK splits a comma off unless a digit follows it ("1,000").
_COMMA = re.compile(r",(?!\d)")
_COMMA_DIGIT = re.compile(r",\d")
# With every comma split off: a whole piece between spaces and commas that is
# one of sumy's words (a letter, then letters and hyphens; no apostrophes here).
_PLAIN_WORD = re.compile(r"(?:(?<=[ ,])|^)([^\W\d_][^\W\d_\-]*(?:-[^\W\d_\-]*)*)(?=[ ,]|$)")


def plain_words(sentence: str) -> tuple[str, ...] | None:
    """Return the words :meth:`OfflineTokenizer.to_words` keeps, for a plain sentence; ``None`` otherwise.

    On a sentence of letters, digits, spaces, commas and hyphens ending in at
    most one sentence mark, NLTK's word tokenizer only splits off that mark
    and every comma not followed by a digit (and "cannot", "gonna", ... in
    two: those go the slow way); the words kept are the pieces that pass
    sumy's word pattern. Checked against NLTK on both evaluation sets and random
    text (``tests/core/language/test_tokenizer.py``).
    """
    if _PLAIN_WORDS_TEXT.fullmatch(sentence) is None or "--" in sentence or ",," in sentence:
        return None  # NLTK takes ",," as one comma and the character after it
    lowered = sentence.lower()
    for word in _SPLIT_WORDS:
        if word in lowered:
            return None
    if sentence[-1:] in (".", "!", "?"):
        sentence = sentence[:-1]
    if "," not in sentence or _COMMA_DIGIT.search(sentence) is None:
        return tuple(_PLAIN_WORD.findall(sentence))
    match = _WORD_PATTERN.match
    words = []
    for token in sentence.split(" "):
        if "," in token:
            words.extend(piece for piece in _COMMA.split(token) if match(piece))
        elif match(token):
            words.append(token)
    return tuple(words)


