"""pysbd made fast: cached patterns, patterns skipped when the text lacks what they need, linear span search.
"""

from __future__ import annotations


import re



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
        if compiled is None:
            return string
        closer = _CLOSERS.get(pattern) if not count and type(string) is str else None
        if closer is not None:
            # Every match ends with the closing mark: nothing after the last one
            # can match, and scanning there from each opening mark is what made
            # 60 KB of "[" take seconds (quadratic). Same result, linear.
            end = string.rfind(closer)
            if end < 0:
                return string
            end += len(closer)
            return compiled.sub(repl, string[:end]) + string[end:]
        return compiled.sub(repl, string, count)

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


# pysbd's between-punctuation patterns (pysbd.between_punctuation): each match
# ends with the closing mark given here.
_CLOSERS = {
    r'\[(?=(?P<tmp>[^\]\\]+|\\{2}|\\.)*)(?P=tmp)\]': "]",
    r"\((?=(?P<tmp>[^\(\)\\]+|\\{2}|\\.)*)(?P=tmp)\)": ")",
    r'"(?=(?P<tmp>[^\"\\]+|\\{2}|\\.)*)(?P=tmp)"': '"',
    r"\«(?=(?P<tmp>[^»\\]+|\\{2}|\\.)*)(?P=tmp)\»": "»",
    r"\“(?=(?P<tmp>[^”\\]+|\\{2}|\\.)*)(?P=tmp)\”": "”",
    r"--(?=(?P<tmp>[^--]*))(?P=tmp)--": "--",
}

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

    A sentence seen for the first time is not searched for from the start of
    the text either (that was quadratic too: a 5 MB one-line text, 60,000
    sentences, spent 160 s in ``str.find``). Only a match ending after the
    previous sentence counts, so the search starts ``len(sent)`` before the
    white space that ends the previous sentence; the chain from there is the
    chain from the start when no match of the sentence begins within
    ``len(sent)`` before that point (one bounded ``find`` checks) and the
    sentence opens with a non-space (a chain match's trailing white space
    then holds no match). Otherwise the chain is walked as before.
    """
    from pysbd.utils import TextSpan

    text = self.original_text
    size = len(text)
    spans = []
    prior_end = 0
    prior_ws = 0  # where the white space ending the previous sentence starts
    cursors: dict[str, int] = {}  # sentence -> where its chain of matches continues
    for sent in sentences:
        if not sent:
            continue  # an empty pattern matches nowhere useful; pysbd never yields one
        pos = cursors.get(sent, 0)
        length = len(sent)
        floor = prior_ws - length
        if floor > pos and not sent[0].isspace():
            overlap = text.find(sent, max(pos, floor - length + 1), floor + length - 1)
            if overlap < 0 or overlap >= floor:
                pos = floor
        while True:
            start = text.find(sent, pos)
            if start < 0:
                pos = size + 1
                break
            end = start + length
            while end < size and text[end].isspace():
                end += 1
            pos = end
            if end > prior_end:
                spans.append(TextSpan(text[start:end], start, end))
                prior_ws = end
                while prior_ws > 0 and text[prior_ws - 1].isspace():
                    prior_ws -= 1
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


