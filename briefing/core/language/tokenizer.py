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
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")
# sumy.nlp.tokenizers.Tokenizer._WORD_PATTERN: a word starts with a letter and
# holds only letters, apostrophes and hyphens.
_WORD_PATTERN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)



class _CachingRe:
    """The ``re`` module with a large cache of compiled patterns, for pysbd.

    pysbd builds about two hundred patterns per paragraph (one per known
    abbreviation) through ``re.sub``/``re.findall`` with pattern strings; that
    overflows ``re``'s own 512-entry cache, so every paragraph recompiled them
    all (about 60% of loading time on a long document). Same patterns, same
    results: only the compiled objects are kept.
    """

    def __init__(self) -> None:
        self.compile = lru_cache(maxsize=8192)(re.compile)

    def _get(self, pattern, flags):
        return pattern if isinstance(pattern, re.Pattern) else self.compile(pattern, flags)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self._get(pattern, flags).sub(repl, string, count)

    def subn(self, pattern, repl, string, count=0, flags=0):
        return self._get(pattern, flags).subn(repl, string, count)

    def search(self, pattern, string, flags=0):
        return self._get(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self._get(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self._get(pattern, flags).fullmatch(string)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self._get(pattern, flags).split(string, maxsplit)

    def findall(self, pattern, string, flags=0):
        return self._get(pattern, flags).findall(string)

    def finditer(self, pattern, string, flags=0):
        return self._get(pattern, flags).finditer(string)

    def __getattr__(self, name):
        return getattr(re, name)


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

    for cls, name, replacement in ((AbbreviationReplacer, "search_for_abbreviations_in_string",
                                    _search_for_abbreviations_in_string),
                                   (Segmenter, "sentences_with_char_spans", _sentences_with_char_spans)):
        current = getattr(cls, name)
        if current is not replacement:
            PYSBD_ORIGINALS[(cls, name)] = current
            setattr(cls, name, replacement)


#: pysbd's own methods that :func:`_speed_up_pysbd` replaced (tests compare both).
PYSBD_ORIGINALS: dict = {}


def _sentences_with_char_spans(self, sentences):
    r"""pysbd's ``Segmenter.sentences_with_char_spans`` without a regex per sentence.

    pysbd finds each sentence back in the paragraph with
    ``re.finditer(re.escape(sent) + r"\s*")``, compiling one pattern per
    sentence; ``str.find`` plus the same whitespace rule (``\s`` is
    ``str.isspace``) finds the same non-overlapping matches.
    """
    from pysbd.utils import TextSpan

    text = self.original_text
    size = len(text)
    spans = []
    prior_end = 0
    for sent in sentences:
        if not sent:
            continue  # an empty pattern matches nowhere useful; pysbd never yields one
        pos = 0
        while True:
            start = text.find(sent, pos)
            if start < 0:
                break
            end = start + len(sent)
            while end < size and text[end].isspace():
                end += 1
            if end > prior_end:
                spans.append(TextSpan(text[start:end], start, end))
                prior_end = end
                break
            pos = end
    return spans


def _search_for_abbreviations_in_string(self, text):
    """pysbd's ``AbbreviationReplacer.search_for_abbreviations_in_string``, same output.

    pysbd tries every abbreviation found as a substring of the line (``st`` in
    "state", ``no`` in "not"), rescanning the whole line for each hit. Each of
    its replacements only turns the period right after the abbreviation into
    a marker, so an abbreviation never followed by a period in the line cannot
    change it: skipping those gives identical output, much faster.
    """
    lowered = text.lower()
    for abbr in self.lang.Abbreviation.ABBREVIATIONS:
        stripped = abbr.strip()
        if stripped + "." not in lowered:
            continue
        abbrev_match = _RE.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = _RE.findall(next_word_start, text)
        for ind, match in enumerate(abbrev_match):
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


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
        parts = self._get_segmenter().segment(text)
        return tuple(p.strip() for p in parts if p.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into words, dropping punctuation and numbers as sumy does."""
        words = self._get_word_tokenizer().tokenize(sentence)
        return tuple(w for w in words if _WORD_PATTERN.match(w))


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
    from nltk.tokenize import NLTKWordTokenizer

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
    """Import NLTK without the ``scipy.stats`` it pulls in for collocation tests briefing never runs.

    ``import nltk`` (needed by sumy's stemmer and the word tokenizer) imports
    ``nltk.metrics.association``, which imports ``scipy.stats`` for Fisher's
    exact test: about 0.9 s and 40 MB, more than the rest of a summary of an article.
    That import is guarded by ``try/except ImportError`` in NLTK, so it is
    blocked for the duration of ``import nltk`` and allowed again afterwards;
    anything importing ``scipy.stats`` later gets the real module.
    """
    if "nltk" in sys.modules:
        return
    blocked = "scipy.stats" not in sys.modules
    if blocked:
        sys.modules["scipy.stats"] = None  # makes ``from scipy.stats import ...`` raise ImportError
    try:
        import nltk  # noqa: F401
    except Exception:  # a broken NLTK is reported by the core where it is used
        pass
    finally:
        if blocked and sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


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
