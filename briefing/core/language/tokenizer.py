"""An offline sentence and word tokenizer for sumy.

sumy's own ``Tokenizer('english')`` needs NLTK's ``punkt_tab`` data, which a fresh
offline machine does not have: its constructor raises ``LookupError``. sumy's
document model only needs an object with ``language``, ``to_sentences(text)`` and
``to_words(sentence)``, so this module gives it one that needs no downloaded data:

* sentences come from pysbd (rule-based, handles abbreviations such as U.S.,
  Gen., Mr., Jan., e.g., initials, decimals and quotes);
* words come from NLTK's Treebank-style ``NLTKWordTokenizer``, which ships its
  rules in code, filtered exactly as sumy filters words (letters, apostrophes
  and hyphens only).
"""

from __future__ import annotations

import re
import sys
import threading
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")
# sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN: a word starts with a letter and
# holds only letters, apostrophes and hyphens.
_WORD_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)



class _CachingRe:
    """The ``re`` module with a large cache of compiled patterns and a literal pre-check, for pysbd.

    pysbd builds about two hundred patterns per paragraph (one per known
    abbreviation) through ``re.sub``/``re.findall`` with pattern strings; that
    overflows ``re``'s own 512-entry cache, so every paragraph recompiled them
    all (about 60% of loading time on a long document). Same patterns, same
    results: only the compiled objects are kept.

    Most of those calls find nothing: pysbd puts back a dozen marker
    characters ("∯", "&ᓴ&", "☉", ...) in every sentence, and most paragraphs
    hold none. A pattern that can only match text containing one of a few
    characters (see :func:`_needles`) is not run on text that holds none of
    them: ``sub`` returns the text, ``findall`` an empty list, ``search`` and
    ``match`` ``None``, exactly what the regex would return.
    """

    def __init__(self) -> None:
        self._entries: dict = {}

    def _entry(self, pattern, flags) -> tuple[re.Pattern, tuple[str, ...] | None]:
        """Return the compiled pattern and its needles (cached; the cache is bounded)."""
        key = (pattern, flags)
        entry = self._entries.get(key)
        if entry is None:
            compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(_FASTER.get(pattern, pattern), flags)
            needles = _needles(compiled.pattern, compiled.flags) if isinstance(compiled.pattern, str) else None
            if needles is not None:
                entry = (compiled, tuple(needles))
            elif not flags and _GUARDS.get(pattern):
                entry = (_GuardedByPattern(compiled, re.compile(_GUARDS[pattern])), None)
            else:
                entry = (compiled, None)
            if len(self._entries) > 8192:
                self._entries.clear()
            self._entries[key] = entry
        return entry

    def compile(self, pattern, flags=0):
        return self._entry(pattern, flags)[0]

    def _get(self, pattern, flags):
        return self._entry(pattern, flags)[0]

    def _runs(self, pattern, flags, string):
        """Return the compiled pattern, or ``None`` when it cannot match ``string`` (no needle in it)."""
        compiled, needles = self._entry(pattern, flags)
        if needles is None or type(string) is not str:
            return compiled
        for needle in needles:
            if needle in string:
                return compiled
        return None

    def sub(self, pattern, repl, string, count=0, flags=0):
        compiled = self._runs(pattern, flags, string)
        return string if compiled is None else compiled.sub(repl, string, count)

    def subn(self, pattern, repl, string, count=0, flags=0):
        return self._get(pattern, flags).subn(repl, string, count)

    def search(self, pattern, string, flags=0):
        compiled = self._runs(pattern, flags, string)
        return None if compiled is None else compiled.search(string)

    def match(self, pattern, string, flags=0):
        compiled = self._runs(pattern, flags, string)
        return None if compiled is None else compiled.match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self._get(pattern, flags).fullmatch(string)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self._get(pattern, flags).split(string, maxsplit)

    def findall(self, pattern, string, flags=0):
        compiled = self._runs(pattern, flags, string)
        return [] if compiled is None else compiled.findall(string)

    def finditer(self, pattern, string, flags=0):
        return self._get(pattern, flags).finditer(string)

    def __getattr__(self, name):
        return getattr(re, name)


# pysbd's list-item patterns, run on every paragraph, try several look-behind
# branches at every character. Equivalent single-branch forms (the same
# matches; tests check them on random text) ...
_FASTER = {
    # scans for the period, returns the letter before it (as a group)
    r'(?<=^)[a-z](?=\.)|(?<=\A)[a-z](?=\.)|(?<=\s)[a-z](?=\.)': r'\.(?<=(?<![^\s])([a-z])\.)',
    r'(?<=\()[a-z]+(?=\))|(?<=^)[a-z]+(?=\))|(?<=\A)[a-z]+(?=\))|(?<=\s)[a-z]+(?=\))': r'(?<![^\s(])[a-z]+(?=\))',
}
# ... and, for the numbered-list patterns, what any match needs: a number of
# one or two digits after a space, "-" or "⁃" (or at the start) and before a
# period; without it they are not run.
_NUMBERED_ITEM = r'(?<![^\s\-\u2043])\d{1,2}\.'
_GUARDS = {
    r'\s\d{1,2}(?=\.\s)|^\d{1,2}(?=\.\s)|\s\d{1,2}(?=\.\))|^\d{1,2}(?=\.\))|(?<=\s\-)\d{1,2}(?=\.\s)|(?<=^\-)\d{1,2}(?=\.\s)|(?<=\s\⁃)\d{1,2}(?=\.\s)|(?<=^\⁃)\d{1,2}(?=\.\s)|(?<=s\-)\d{1,2}(?=\.\))|(?<=^\-)\d{1,2}(?=\.\))|(?<=\s\⁃)\d{1,2}(?=\.\))|(?<=^\⁃)\d{1,2}(?=\.\))': _NUMBERED_ITEM,
    r'(?<=\s)\d{1,2}\.(?=\s)|^\d{1,2}\.(?=\s)|(?<=\s)\d{1,2}\.(?=\))|^\d{1,2}\.(?=\))|(?<=\s\-)\d{1,2}\.(?=\s)|(?<=^\-)\d{1,2}\.(?=\s)|(?<=\s\⁃)\d{1,2}\.(?=\s)|(?<=^\⁃)\d{1,2}\.(?=\s)|(?<=\s\-)\d{1,2}\.(?=\))|(?<=^\-)\d{1,2}\.(?=\))|(?<=\s\⁃)\d{1,2}\.(?=\))|(?<=^\⁃)\d{1,2}\.(?=\))': _NUMBERED_ITEM,
}


class _GuardedByPattern:
    """A compiled pattern that is run only when a cheaper guard pattern finds what every match needs."""

    __slots__ = ("_rx", "_guard")

    def __init__(self, rx: re.Pattern, guard: re.Pattern) -> None:
        self._rx = rx
        self._guard = guard

    def sub(self, repl, string, count=0):
        return self._rx.sub(repl, string, count) if self._guard.search(string) else string

    def findall(self, string):
        return self._rx.findall(string) if self._guard.search(string) else []

    def search(self, string):
        return self._rx.search(string) if self._guard.search(string) else None

    def __getattr__(self, name):
        return getattr(self._rx, name)


def _needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Return characters of which every match of ``pattern`` holds at least one (``None``: unknown).

    Read from the parsed pattern: a literal character that the pattern's
    top-level sequence requires (not inside an optional part or a lookaround),
    a character class of literals, or, for an alternation, the union of its
    branches' needles. Under IGNORECASE only characters without case count.
    """
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as c
        import sre_parse as parser
    try:
        parsed = parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an unparsable pattern is left to re to report
        return None
    ignore_case = bool((flags | parsed.state.flags) & re.IGNORECASE)

    def usable(code: int) -> bool:
        ch = chr(code)
        return not ignore_case or (ch.lower() == ch.upper() and not ch.isalpha())

    def of_sequence(items) -> frozenset[str] | None:
        best = None
        for op, av in items:
            found = None
            if op is c.LITERAL and usable(av):
                found = frozenset(chr(av))
            elif op is c.IN and av and all(o is c.LITERAL and usable(v) for o, v in av):
                found = frozenset(chr(v) for _, v in av)
            elif op is c.ASSERT:  # a positive look-around: what it needs is in the text too
                found = of_sequence(av[1])
            elif op is c.SUBPATTERN:
                found = of_sequence(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                found = of_sequence(av[2])
            elif op is c.BRANCH:
                parts = [of_sequence(branch) for branch in av[1]]
                if all(p is not None for p in parts):
                    found = frozenset().union(*parts)
            # Fewer and rarer (non-ASCII: pysbd's markers) needles skip more calls.
            if found is not None and (best is None or _rarity(found) < _rarity(best)):
                best = found
        return best

    return of_sequence(parsed)


def _rarity(needles: frozenset[str]) -> tuple[int, int]:
    return len(needles), sum(ord(ch) < 128 for ch in needles)


_RE = _CachingRe()


def _speed_up_pysbd() -> None:
    """Give pysbd's modules the caching ``re`` and a faster abbreviation scan (idempotent)."""
    import importlib

    shim = _RE
    for name in ("abbreviation_replacer", "between_punctuation", "cleaner", "exclamation_words",
                 "lists_item_replacer", "processor", "punctuation_replacer", "segmenter", "utils",
                 "lang.common.common"):
        try:
            module = importlib.import_module(f"pysbd.{name}")
        except ImportError:  # pragma: no cover - another pysbd layout
            continue
        if getattr(module, "re", None) is re:
            module.re = shim
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    from pysbd.segmenter import Segmenter
    from pysbd.utils import Text

    for cls, name, replacement in ((AbbreviationReplacer, "search_for_abbreviations_in_string",
                                    _search_for_abbreviations_in_string),
                                   (Segmenter, "sentences_with_char_spans", _sentences_with_char_spans),
                                   (Text, "apply", _text_apply)):
        current = getattr(cls, name)
        if current is not replacement:
            PYSBD_ORIGINALS[(cls, name)] = current
            setattr(cls, name, replacement)


#: pysbd's own methods that :func:`_speed_up_pysbd` replaced (tests compare both).
PYSBD_ORIGINALS: dict = {}


def _sentences_with_char_spans(self, sentences):
    r"""pysbd's ``Segmenter.sentences_with_char_spans`` without a regex per sentence, in linear time.

    pysbd finds each sentence back in the paragraph with
    ``re.finditer(re.escape(sent) + r"\s*")`` from the start of the text,
    taking the first match that ends after the previous sentence: one pattern
    compiled per sentence, and quadratic time when a sentence repeats (the
    k-th copy walks past k-1 matches). ``str.find`` plus the same whitespace
    rule (``\s`` is ``str.isspace``) walks the same chain of non-overlapping
    matches; since the previous end only grows, a match skipped once is
    skipped for good, so each distinct sentence keeps its place in its chain.
    """
    from pysbd.utils import TextSpan

    text = self.original_text
    size = len(text)
    spans = []
    prior_end = 0
    cursors: dict[str, int] = {}  # sentence -> where its chain of matches continues
    for sent in sentences:
        if not sent:
            continue  # an empty pattern matches nowhere useful; pysbd never yields one
        pos = cursors.get(sent, 0)
        while True:
            start = text.find(sent, pos)
            if start < 0:
                pos = size + 1
                break
            end = start + len(sent)
            while end < size and text[end].isspace():
                end += 1
            pos = end
            if end > prior_end:
                spans.append(TextSpan(text[start:end], start, end))
                prior_end = end
                break
        cursors[sent] = pos
    return spans


def _text_apply(self, *rules):
    """pysbd's ``Text.apply`` (``re.sub`` of each rule in turn) without the calls that cannot match.

    Same patterns, same order, same results; a rule whose needles (see
    :func:`_needles`) are all absent from the text is skipped.
    """
    text = self
    entry = _RE._entry
    for rule in rules:
        compiled, needles = entry(rule.pattern, 0)
        if needles is not None:
            for needle in needles:
                if needle in text:
                    break
            else:
                continue
        text = compiled.sub(rule.replacement, text)
    return text


_ANY_SPACE = re.compile(r"\s")
# The only characters that ``re.IGNORECASE`` matches to an ASCII letter (found by
# trying every code point): İ and ı (i), ſ (s), the Kelvin sign (k).
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _search_for_abbreviations_in_string(self, text):
    """pysbd's ``AbbreviationReplacer.search_for_abbreviations_in_string``, same output.

    pysbd tries every abbreviation found as a substring of the line (``st`` in
    "state", ``no`` in "not"), rescanning the whole line for each hit. Each of
    its replacements only turns a period right after the abbreviation (itself
    right after a space or at the start) into a marker, so an abbreviation
    never in that place cannot change the line: skipping those gives identical
    output, much faster. The place is checked exactly unless the line holds one
    of the four characters IGNORECASE matches to an ASCII letter ("İ", "ı",
    "ſ", Kelvin "K"); then the abbreviation and its period anywhere.
    """
    lowered = text.lower()
    prepositive = self.lang.Abbreviation.PREPOSITIVE_ABBREVIATIONS
    if lowered.isascii() or not _FOLDS_TO_ASCII.intersection(text):
        # The words (from the last space) in front of each period: an
        # abbreviation (no spaces in any) can only be replaced when it is one.
        probe = " " + _ANY_SPACE.sub(" ", lowered)
        before_periods = set()
        at = probe.find(".")
        while at >= 0:
            before_periods.add(probe[probe.rfind(" ", 0, at) + 1:at])
            at = probe.find(".", at + 1)
        candidates = [abbr for abbr in self.lang.Abbreviation.ABBREVIATIONS if abbr.strip() in before_periods]
    else:
        candidates = [abbr for abbr in self.lang.Abbreviation.ABBREVIATIONS if abbr.strip() + "." in lowered]
    for abbr in candidates:
        stripped = abbr.strip()
        abbrev_match = _RE.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = _RE.findall(next_word_start, text)
        done: set[str] = set()
        for ind, match in enumerate(abbrev_match):
            # Each replacement rewrites *every* period after this spelling of
            # the abbreviation, and running it again on its own output changes
            # nothing; pysbd reruns it for every occurrence (quadratic on a
            # paragraph that repeats one abbreviation). What a call does depends
            # only on the spelling and on whether it runs at all.
            try:
                upper = str(char_array[ind]).isupper()
            except IndexError:
                upper = False
            if upper and match.strip().lower() not in prepositive:
                continue  # scan_for_replacements does nothing then
            if match.strip() in done:
                continue
            done.add(match.strip())
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


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
# A sentence end: the word before it, the mark, and what follows.
_END = re.compile(r"(\S*)([.!?])(?: (?=[A-Z])|$)")
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
        word, mark = match.group(1), match.group(2)
        if _END_WORD.fullmatch(word) is None:
            return None
        lowered = word.lower()
        if lowered in abbreviations or (mark == "!" and lowered in exclamation_words):
            return None
        end = match.end(2)
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


class OfflineTokenizer:
    """A drop-in replacement for ``sumy.nlp.tokenizers.Tokenizer``.

    ``to_sentences`` returns a tuple of sentence strings, each a verbatim slice
    of the input with its inner whitespace runs folded to single spaces.
    ``language`` is an ISO code or sumy's name ("ru" or "russian"); sentences
    are split with that language's rules, and with English rules for a
    language that has none. Words are split the same way in every language.
    """

    def __init__(self, language: str = "english") -> None:
        self.language = language
        # Sentence rules: the language's own (see "Sentence rules per language" below), English for any other.
        self.code = _sentence_code(language)
        self._segmenter = None
        self._word_tokenizer = None

    def _get_segmenter(self):
        if self._segmenter is None:
            import pysbd

            _speed_up_pysbd()
            if self.code == "en":
                self._segmenter = pysbd.Segmenter(language="en", clean=False)
            else:
                self._segmenter = _language_segmenter(self.code)
        return self._segmenter

    def _get_word_tokenizer(self):
        if self._word_tokenizer is None:
            self._word_tokenizer = _plain_re_word_tokenizer()
        return self._word_tokenizer

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Split one paragraph into sentences (no data files needed)."""
        # pysbd treats every newline as a boundary: fold whitespace first.
        text = _WHITESPACE.sub(" ", paragraph).strip()
        if not text:
            return ()
        if self.code != "en":
            # The plain path knows English abbreviations and capitals only.
            return tuple(p for p in (p.strip() for p in self._get_segmenter().segment(text)) if p)
        out: list[str] = []
        for chunk in plain_chunks(text):
            plain = plain_sentences(chunk)
            if plain is None:
                plain = (p.strip() for p in self._get_segmenter().segment(chunk))
            out.extend(p for p in plain if p)
        return tuple(out)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words, dropping punctuation and numbers as sumy does."""
        plain = plain_words(sentence)
        if plain is not None:
            return plain
        words = self._get_word_tokenizer().tokenize(sentence)
        return tuple(w for w in words if _WORD_PATTERN.match(w))


# A sentence of letters, digits, spaces, commas and hyphens, with at most a final ".", "?" or "!".
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


class _Guarded:
    """A compiled pattern whose ``sub`` is skipped when the text holds none of its needles.

    Each pattern of NLTK's word tokenizer needs some character or string to
    match at all (a quote, a period, "cannot"); most sentences hold few of
    them, and an ``in`` test is far cheaper than a regex pass. A match is
    impossible without a needle, so the result is the same.
    """

    __slots__ = ("_rx", "_needles", "_lower")

    def __init__(self, rx: re.Pattern, needles: tuple[str, ...], lower: bool) -> None:
        self._rx = rx
        self._needles = needles
        self._lower = lower

    def sub(self, repl, text: str, count: int = 0) -> str:
        """``re.Pattern.sub``, skipped when no needle occurs in ``text``."""
        probe = text.lower() if self._lower else text
        for needle in self._needles:
            if needle in probe:
                return self._rx.sub(repl, text, count)
        return text

    def __getattr__(self, name):
        return getattr(self._rx, name)


# Needles of NLTK's word-tokenizer patterns, by exact pattern text (a pattern
# not listed, e.g. from another NLTK version, always runs). For (?i) patterns
# the needles are looked up in the lower-cased text and avoid letters with
# special case-insensitive matches (i, s, k).
_WORD_PATTERN_NEEDLES: dict[str, tuple[str, ...]] = {
    "([«“‘„]|[`]+)": ("«", "“", "‘", "„", "`"),
    '^\\"': ('"',),
    "(``)": ("``",),
    "([ \\(\\[{<])(\\\"|\\'{2})": ('"', "''"),
    "(?i)(?<!\\w)(\\')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)": ("'",),
    "([^\\.])(\\.)([\\]\\)}>\"\\'»”’ ]*+)\\s*$": (".",),
    "([:,])([^\\d])": (":", ","),
    "([:,])$": (":", ","),
    "\\.{2,}": ("..",),
    "[;@#$%&]": (";", "@", "#", "$", "%", "&"),
    "[\\u2012-\\u2015]": ("\u2012", "\u2013", "\u2014", "\u2015"),
    "([^\\.])(\\.)([\\]\\)}>\"\\']*)\\s*$": (".",),
    "[?!]": ("?", "!"),
    "([^'])' ": ("' ",),
    "[*]": ("*",),
    "([»”’])": ("»", "”", "’"),
    "''": ("''",),
    '"': ('"',),
    "([^' ])('[sS]|'[mM]|'[dD]|') ": ("'",),
    "([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'",),
    "[\\]\\[\\(\\)\\{\\}\\<\\>]": ("]", "[", "(", ")", "{", "}", "<", ">"),
    "--": ("--",),
    "(?i)\\b(can)(?#X)(not)\\b": ("cannot",),
    "(?i)\\b(d)(?#X)('ye)\\b": ("d'ye",),
    "(?i)\\b(gim)(?#X)(me)\\b": ("mme",),
    "(?i)\\b(gon)(?#X)(na)\\b": ("gonna",),
    "(?i)\\b(got)(?#X)(ta)\\b": ("gotta",),
    "(?i)\\b(lem)(?#X)(me)\\b": ("mme",),
    "(?i)\\b(more)(?#X)('n)\\b": ("more'n",),
    "(?i)\\b(wan)(?#X)(na)(?=\\s)": ("wanna",),
    "(?i) ('t)(?#X)(is)\\b": ("'t",),
    "(?i) ('t)(?#X)(was)\\b": ("'t",),
}


def _plain_re_word_tokenizer():
    """Return an ``NLTKWordTokenizer`` whose fixed patterns run on the stdlib ``re``.

    Recent NLTK routes every pattern through ``nltk.redos`` (the third-party
    ``regex`` engine with a wall-clock timeout per call), which doubles the
    tokenizer's time. These are NLTK's own fixed, linear patterns, not
    caller-supplied ones; compiled with ``re`` they give the same tokens
    (checked on 17k news sentences) in half the time.
    """
    from nltk.tokenize.destructive import NLTKWordTokenizer

    def plain(pattern):
        compiled = getattr(pattern, "_rx", pattern)
        rx = re.compile(compiled.pattern, compiled.flags & (re.I | re.M | re.S | re.X))
        needles = _WORD_PATTERN_NEEDLES.get(rx.pattern)
        return _Guarded(rx, needles, bool(rx.flags & re.I)) if needles else rx

    class _PlainReWordTokenizer(NLTKWordTokenizer):
        pass

    try:
        for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES", "CONVERT_PARENTHESES"):
            setattr(_PlainReWordTokenizer, name, [(plain(p), r) for p, r in getattr(NLTKWordTokenizer, name)])
        for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
            p, r = getattr(NLTKWordTokenizer, name)
            setattr(_PlainReWordTokenizer, name, (plain(p), r))
        for name in ("CONTRACTIONS2", "CONTRACTIONS3"):
            setattr(_PlainReWordTokenizer, name, [plain(p) for p in getattr(NLTKWordTokenizer, name)])
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - another NLTK layout
        return NLTKWordTokenizer()
    return _PlainReWordTokenizer()


def import_nltk() -> None:
    """Make ``nltk`` importable cheaply: its package ``__init__`` files run only when something needs them.

    briefing needs two small NLTK modules (the Snowball stemmer, through sumy,
    and the Treebank word tokenizer), but ``import nltk`` runs NLTK's
    ``__init__``, which imports nearly all of NLTK (parsers, corpora, SciPy's
    sparse matrices and, for collocation tests, ``scipy.stats``): about 0.4 s
    of a 0.7 s summary of an article. Here ``nltk`` and its packages
    ``nltk.corpus``, ``nltk.stem`` and ``nltk.tokenize`` are put in
    ``sys.modules`` as lazy packages (see :func:`_lazy_package`): importing one
    of their submodules (``nltk.stem.snowball``) loads just that submodule and
    what it imports; asking a package for anything else (``nltk.download``,
    ``nltk.corpus.wordnet``) first runs its real ``__init__``, so every NLTK
    name works as before. ``scipy.stats`` is kept out while ``nltk``'s own
    ``__init__`` runs (NLTK guards that import; anything importing
    ``scipy.stats`` later gets the real module). Idempotent; does nothing when
    NLTK is already imported or missing.
    """
    if "nltk" in sys.modules:
        return
    import importlib.util

    try:
        if importlib.util.find_spec("nltk") is None:
            return
    except (ImportError, ValueError):  # pragma: no cover - a broken installation is reported where it is used
        return
    for name in ("nltk", "nltk.corpus", "nltk.stem", "nltk.tokenize"):
        _lazy_package(name)
    # nltk.stem.snowball does ``from nltk.corpus import stopwords`` at import
    # time and uses it only with ignore_stopwords=True (never, here).
    sys.modules["nltk.corpus"].__dict__["stopwords"] = _LazyAttribute("nltk.corpus", "stopwords")


def _run_package_init(module, spec) -> None:
    """Run a lazy package's real ``__init__`` in its module (``scipy.stats`` kept out for ``nltk``)."""
    blocked = spec.name == "nltk" and "scipy.stats" not in sys.modules
    if blocked:
        sys.modules["scipy.stats"] = None  # makes ``from scipy.stats import ...`` raise ImportError
    try:
        spec.loader.exec_module(module)
    finally:
        if blocked and sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


def _lazy_package(name: str) -> None:
    """Put package ``name`` in ``sys.modules`` without running its ``__init__`` until a name is asked of it.

    Attribute access on the package imports the submodule of that name when
    there is one (``from nltk import redos``); any other name first runs the
    package's real ``__init__`` in the same module object.
    """
    import importlib
    import importlib.util

    parent, _, child = name.rpartition(".")
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:  # pragma: no cover - another NLTK layout
        return
    module = importlib.util.module_from_spec(spec)
    done = []
    lock = threading.Lock()  # the window's worker threads may ask at the same time

    def __getattr__(attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        try:
            found = importlib.util.find_spec(f"{name}.{attr}") is not None
        except (ImportError, ValueError):
            found = False
        if found:
            return importlib.import_module(f"{name}.{attr}")
        with lock:
            if not done:
                done.append(True)
                module.__dict__.pop("__getattr__", None)
                _run_package_init(module, spec)
        if attr in module.__dict__:
            return module.__dict__[attr]
        raise AttributeError(f"module {name!r} has no attribute {attr!r}")

    module.__getattr__ = __getattr__
    sys.modules[name] = module
    if parent:
        setattr(sys.modules[parent], child, module)


class _LazyAttribute:
    """Stands for ``module.name`` until first used; then runs the module's ``__init__`` and forwards."""

    def __init__(self, module: str, name: str) -> None:
        self._where = (module, name)

    def _target(self):
        module, name = self._where
        package = sys.modules[module]
        if package.__dict__.get(name) is self:
            del package.__dict__[name]
            getter = package.__dict__.get("__getattr__")
            if getter is not None:
                return getter(name)
        return getattr(package, name)

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(self._target(), attr)


@lru_cache(maxsize=16)
def get_tokenizer(language: str = "english") -> OfflineTokenizer:
    """Return a shared tokenizer for ``language`` (a code or sumy's name; built once, reused).

    Every path to sumy and NLTK goes through here first (loading splits
    sentences with it), so this is where NLTK is imported the quick way.
    """
    import_nltk()
    return OfflineTokenizer(language)


# ------------------------------------------------- sentence rules per language
#
# pysbd has rules for ru, de, fr and es, but not for Ukrainian, and its Russian
# and Spanish lists miss cases common in news (tests/core/language/test_sentences.py,
# docs/language-text.md):
#
# * Ukrainian: pysbd has no "uk"; the Russian rules with Ukrainian
#   abbreviations ("м.", "вул.", "проф.", "т. зв.", "див.", "грн.") are used.
# * Russian and Ukrainian initials: "С. Е. Нарышкин" was cut after "Е." because
#   pysbd's Russian list has only some single letters; every Cyrillic letter is
#   an abbreviation here (a sentence that ends in a one-letter word, "в пункте
#   А.", is joined with the next).
# * Spanish titles: "El Sr. Grande-Marlaska" was cut after "Sr." (pysbd ends a
#   sentence after an abbreviation before a capital unless it is "prepositive").
#
# The language classes are subclasses registered in pysbd under private codes
# (``briefing-uk`` etc.), so pysbd's own "ru" and "es" stay as they are. This
# is the only module that imports pysbd.

#: ISO codes with sentence rules of their own (English is pysbd's "en").
SENTENCE_LANGUAGES = ("en", "ru", "uk", "de", "fr", "es")
_SUMY_NAMES = {"english": "en", "russian": "ru", "ukrainian": "uk", "german": "de", "french": "fr",
               "spanish": "es"}

_CYRILLIC_LETTERS = list("абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя")
_UK_ABBREVIATIONS = [
    "акад", "вул", "див", "доц", "др", "зв", "ім", "ін", "інш", "кв", "км", "коп", "м", "млн",
    "млрд", "напр", "обл", "пл", "пов", "пр", "просп", "проф", "р", "рр", "с", "см", "смт",
    "ст", "стор", "т", "тел", "тис", "грн", "дол", "пров", "ред", "упоряд", "укр", "англ",
]
_RU_EXTRA_ABBREVIATIONS = ["млн", "млрд", "обл", "им", "напр", "англ", "ред", "пр-т", "пос"]
_ES_TITLES = ["sr", "sres", "dr", "dra", "dña", "d", "lic", "ing", "gral", "excmo", "sto", "sta"]
#: Abbreviations that may end a word inside a sentence ("viviendo en EE.UU. sin papeles").
_ES_ABBREVIATIONS = ["ee.uu", "ee. uu", "uu", "ee"]


def _sentence_code(language: str) -> str:
    """Return the code whose sentence rules ``language`` (a code or sumy's name) uses: its own or "en"."""
    key = (language or "").strip().lower()
    key = _SUMY_NAMES.get(key, key)
    return key if key in SENTENCE_LANGUAGES else "en"


def _language_classes() -> dict[str, type]:
    """Build pysbd language classes for ru, uk and es with the additions above."""
    from pysbd.lang.russian import Russian
    from pysbd.lang.spanish import Spanish

    class _RussianRules(Russian):
        iso_code = "briefing-ru"

        class Abbreviation(Russian.Abbreviation):
            ABBREVIATIONS = sorted(set(Russian.Abbreviation.ABBREVIATIONS + _CYRILLIC_LETTERS
                                       + _RU_EXTRA_ABBREVIATIONS))
            PREPOSITIVE_ABBREVIATIONS = list(Russian.Abbreviation.PREPOSITIVE_ABBREVIATIONS)
            NUMBER_ABBREVIATIONS = list(Russian.Abbreviation.NUMBER_ABBREVIATIONS)

    class _UkrainianRules(Russian):
        iso_code = "briefing-uk"

        class Abbreviation(Russian.Abbreviation):
            ABBREVIATIONS = sorted(set(_UK_ABBREVIATIONS + _CYRILLIC_LETTERS))
            PREPOSITIVE_ABBREVIATIONS: list[str] = []
            NUMBER_ABBREVIATIONS: list[str] = []

    class _SpanishRules(Spanish):
        iso_code = "briefing-es"

        class Abbreviation(Spanish.Abbreviation):
            ABBREVIATIONS = sorted(set(Spanish.Abbreviation.ABBREVIATIONS + _ES_TITLES + _ES_ABBREVIATIONS))
            PREPOSITIVE_ABBREVIATIONS = sorted(set(Spanish.Abbreviation.PREPOSITIVE_ABBREVIATIONS
                                                   + _ES_TITLES))
            NUMBER_ABBREVIATIONS = list(Spanish.Abbreviation.NUMBER_ABBREVIATIONS)

    return {"ru": _RussianRules, "uk": _UkrainianRules, "es": _SpanishRules}


@lru_cache(maxsize=None)
def _language_segmenter(lang: str):
    """A pysbd segmenter for ``lang`` (ISO 639-1), built once; ValueError for a language with no rules."""
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    _speed_up_pysbd()
    own = _language_classes().get(lang)
    code = lang
    if own is not None:
        code = own.iso_code
        LANGUAGE_CODES.setdefault(code, own)
    elif lang not in LANGUAGE_CODES:
        raise ValueError(f"No sentence rules for language {lang!r}.")
    return pysbd.Segmenter(language=code, clean=False)


def split_sentences(text: str, lang: str) -> list[str]:
    """Return the sentences of one paragraph ``text`` in language ``lang`` (ISO 639-1).

    Whitespace inside the paragraph is collapsed first (pysbd takes every
    newline for a sentence end). Sentences come back stripped, in order.
    Raises ValueError for a language pysbd has no rules for.
    """
    paragraph = " ".join(text.split())
    if not paragraph:
        return []
    return [s.strip() for s in _language_segmenter(lang).segment(paragraph) if s.strip()]
