"""The actor finder's own tokenizer (names, initials, acronyms, possessives): :class:`_Tok` and :func:`_tokenize`.

Re-exported by :mod:`.tokens`, where the finder's word lists and the mentions are.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Maj|Brig|Adm|Cmdr|Cpl|Pvt|Sen|Rep|Gov|Jr|Sr|Prof|Rev|Mt|Ft|Inc|Corp|Ltd|Co|Bros|Messrs"
_TOKEN_RE = re.compile(
    r"(?P<acr>(?:[A-Z]\.){2,})"
    rf"|(?P<abbr>(?:{_ABBREVIATIONS})\.)"
    r"|(?P<init>[A-Z]\.)(?=\s+[A-Z])"
    r"|(?P<word>[^\W\d_][^\W_]*(?:[-'’&][^\W_]+)*(?:\.(?:com|net|org|co\.uk))?)"
    r"|(?P<num>\d[\d.,:/]*)"
    r"|(?P<punct>\S)"
)
_POSSESSIVE = re.compile(r"^(.+?)(['’]s)$")

#: The Arabic article as written before a capitalised name part, assimilated or not: "al-Assad", "ez-Zor", "ash-Sham".
_ARTICLES = frozenset(["al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az", "ez", "ud", "ul", "ur"])


class _Tok:
    """One token: its text, character span, kind (acr, abbr, init, word, num, punct) and capitalisation.

    ``is_cap``: capitalised like a name part; ``is_upper``: ALL CAPS, two letters or more.
    A plain class with slots and no ``__init__``: the finder makes one per word of the article, and calling a
    class without ``__init__`` (``_Tok()``, then its fields set) is the cheapest way to make one (about 330
    instructions less a token than ``object.__new__(_Tok)``); :func:`make_tok` makes one from its text and kind.
    """

    __slots__ = ("text", "start", "end", "kind", "is_cap", "is_upper")

    def __repr__(self) -> str:
        return f"_Tok({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


def make_tok(text: str, start: int, end: int, kind: str) -> _Tok:
    """Return the token of ``text`` at ``start:end`` of kind ``kind``, its capitalisation read from its text."""
    t = _Tok()
    t.text, t.start, t.end, t.kind = text, start, end, kind
    if kind == "word":
        c0 = text[0]
        if c0.isupper():
            # "Ballymena-born", "Oscar-nominated" are adjectives, not names.
            t.is_cap = "-" not in text or not text.rsplit("-", 1)[1][:1].islower()
            t.is_upper = text.isupper() and len(text) >= 2 and sum(c.isalpha() for c in text) >= 2
        else:
            # "Tariq al-Hashimi", "Deir ez-Zor": the Arabic article is part of the name, and so is an elided
            # particle, "Valery Giscard d'Estaing" ("d'" and a capital).
            cut = text.find("-") + 1 if text[1:2] not in ("'", "’") else 2 if c0 == "d" else 0
            t.is_cap = 0 < cut and text[cut:cut + 1].isupper() and (cut == 2 or text[:cut - 1] in _ARTICLES)
            t.is_upper = False
    elif kind in ("acr", "abbr", "init"):
        t.is_cap = True
        t.is_upper = text.isupper() and sum(c.isalpha() for c in text) >= 2
    else:
        t.is_cap = t.is_upper = False
    return t


_ABBREVIATION_SET = frozenset(_ABBREVIATIONS.split("|"))
#: Marks read as one punctuation token after a word ("said,", "Paris)"), or before one ("(Reuters", "“We").
_AFTER_WORD = frozenset(',;:)?!"”’\'')
_BEFORE_WORD = frozenset('"“‘([')
#: Marks read as tokens of their own after a word in a chunk read without the regex (see ``_tokenize``).
_CLOSING = _AFTER_WORD | {"."}
#: An amount's parts, read without the regex (see ``_tokenize``): marks and currency signs before its number (each a
#: mark of its own), the digits that open a number and the characters of its run, a unit's letters, closing marks.
_AMOUNT_OPENERS = frozenset('([“‘"$£€¥')
_DIGITS = frozenset("0123456789")
_NUMBER_RUN = frozenset("0123456789.,:/")
_UNIT_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_AMOUNT_CLOSERS = frozenset(',.;:)]!?"”')
#: The marks a number's token holds ("1,000", "2004.", "10:30", "1/2"), dropped to test the rest for digits.
_NUMBER_MARKS = str.maketrans("", "", ".,:/")


def _cap_starts(toks: list[_Tok]) -> list[int]:
    """Return the indices of the capitalised tokens (``is_cap``): the finder asks for every sentence.

    A comprehension: ``list(compress(range(n), map(attrgetter("is_cap"), toks)))`` reads in C, but each call of the
    attrgetter costs more than the comprehension's slot read (100k words: 63.6M instructions against 42.2M).
    """
    return [i for i, t in enumerate(toks) if t.is_cap]


def _split_possessive(word: str, s: int, end: int, out: list[_Tok], caps: list[int]) -> bool:
    """Append the tokens of a regex word token at ``s``..``end`` holding an apostrophe when it is a possessive after a
    capital ("Smith's": "Smith", "'s"; its index to ``caps`` when capitalised) and return True, else append nothing
    and return False (the word is then one token)."""
    pm = _POSSESSIVE.match(word)
    if not (pm and pm.group(1)[0].isupper()):
        return False
    cut = s + len(pm.group(1))
    t = make_tok(pm.group(1), s, cut, "word")
    if t.is_cap:
        caps.append(len(out))
    out.append(t)
    out.append(make_tok(pm.group(2), cut, end, "punct"))
    return True


def _regex_tokens(text: str) -> tuple[list[_Tok], list[int]]:
    """:func:`tokenize_caps` of a text with more white space than one character between its chunks (two spaces, a
    space and a line break, a space before the first): the tokens of ``_TOKEN_RE`` over the whole text, a possessive
    after a capital split off."""
    out: list[_Tok] = []
    caps: list[int] = []
    for m in _TOKEN_RE.finditer(text):
        kind, word, s, end = m.lastgroup or "punct", m.group(), m.start(), m.end()
        if kind == "word" and ("'" in word or "’" in word) and _split_possessive(word, s, end, out, caps):
            continue
        t = make_tok(word, s, end, kind)
        if t.is_cap:
            caps.append(len(out))
        out.append(t)
    return out, caps


def _tokenize(text: str) -> list[_Tok]:
    """Return the finder's tokens of one sentence (a possessive "'s" after a capitalised word split off)."""
    return tokenize_caps(text)[0]


def word_forms(words: frozenset[str]) -> frozenset[str]:
    """The chunks (text between spaces) that :func:`tokenize_caps` looks up to find ``words`` (lower case, letters
    and hyphens): each word in lower case, with a comma after it, capitalised and in capitals."""
    return frozenset(f for w in words for f in (w, w + ",", w.capitalize(), w.upper()))


def token_forms(words: frozenset[str]) -> frozenset[str]:
    """The chunks that :func:`tokenize_caps` looks up to find a word token of ``words`` (lower case ASCII letters and
    hyphens) in any case: each word in lower case, alone or before a closing mark ("won,", "won."), capitalised and in
    capitals (the loop reads the other chunks that may hold one itself)."""
    return frozenset(f for w in words for f in (w, w.capitalize(), w.upper(), *(w + m for m in _CLOSING)))


_NONE: frozenset[str] = frozenset()


def tokenize_caps(text: str, words: frozenset[str] = _NONE, forms: frozenset[str] = _NONE,
                  token_words: frozenset[str] = _NONE,
                  token_sets: frozenset[str] = _NONE) -> tuple[list[_Tok], list[int], bool, bool]:
    """Return the finder's tokens of one sentence (a possessive "'s" after a capitalised word split off) and the
    indices of its capitalised tokens (``_cap_starts`` of the tokens, listed as they are made: the first pass
    hands them to :meth:`.spans._SpanRules.spans` and reads the sentence's words in capitals off them, no second
    walk over every token).

    No token spans white space, so a text whose chunks are parted by one white space character each is read chunk by
    chunk: the common chunks (a word, a word and a comma or full stop, a number, a lone mark, an amount such as
    "$206bn", a word between marks such as "(Reuters)," or a possessive) are split without the regex, the others are
    matched from their start (the text after them stays visible to the lookahead of an initial, "J. Smith"). The
    tokens are those of ``_TOKEN_RE.finditer`` over the whole text (``tests/core/actors/test_tokens.py``), which
    reads a text with more white space (:func:`_spaced_apart`, told after the loop): the chunks' places are then not
    worked out from their lengths alone, and the loop need not carry a second way of finding them (about 5 bytecodes
    a word less).

    The third value is True when the text may hold one of ``words`` (lower-case letters and hyphens;
    ``forms``: their :func:`word_forms`) as ``words.isdisjoint(text.lower().replace(",", " ").split())`` reads
    them: a piece of a chunk between commas that is one of them once in lower case. Always True for such a text
    (a superset of that test; False when ``words`` is empty): only the letters A-Z, a-z and the Kelvin sign
    lower to such letters and nothing lowers to a space or a comma, so a piece is a word of ``words`` when its
    chunk is (a form in ``forms``: in lower case, capitalised or in capitals, or with a comma after it in lower
    case), and the loop looks up the others where they can stand: a plain word in mixed case ("fILM"), a word
    with a comma after it that is not in lower case, the unit of an amount ("1,film"), a word between marks
    with a comma among them ('film,"'), any chunk read by the regex ("a,film", "Spin-Off"); a Kelvin sign
    anywhere makes it True. No other chunk has a piece made only of letters and hyphens.
    (:func:`.works.drop_works` skips its own test on the sentences marked False: in the 100k words of issue 17
    that test cost 59M instructions, these look-ups 31M: the chunks are split here anyway.)

    The fourth value is True when a token of kind "word" may be one of ``token_words`` (lower-case ASCII letters
    and hyphens; ``token_sets``: their :func:`token_forms`) once in lower case (``t.text.lower() in token_words``):
    always True for such a text (False when ``token_words`` is empty). Only A-Z, a-z and the Kelvin sign lower to
    ASCII letters alone (U+0130 lowers to two characters), so such a token is made of those; a Kelvin sign anywhere
    makes it True; a plain word is such a token when its chunk, lower case, capitalised or in capitals, is in
    ``token_sets``, and so is a lower-case word before a closing mark; the loop looks up the word of every other chunk
    that makes one (a word in mixed case, a capitalised word before a mark, a word after an opening mark, an
    amount's unit, a word between marks, the words the regex reads), each look-up behind a test of ``token_words``
    (the first pass asks only while it has found fewer than four sports words, and reads a sentence's sports words
    only when this value is True or the sentence is short: :func:`.document._read_sentences`).
    """
    chunks = text.split()
    odd = False  # a chunk that may hold one of ``words`` that ``forms`` does not list
    found = False  # a word token that may be one of ``token_words`` that ``token_sets`` does not list
    out: list[_Tok] = []
    caps: list[int] = []  # (each index appended before its token: ``len(out)`` is the token's index)
    append = out.append
    Tok = _Tok
    # Each chunk is taken to start where the last ended, plus one (one white space character between chunks), and the
    # loop's last end tells whether that held (see :func:`_spaced_apart`; nothing else bound before the loop: a method
    # bound costs as much as a token).
    e = -1
    for chunk in chunks:
        s = e + 1
        e = s + len(chunk)
        # Each token's fields are set here as ``make_tok`` would set them for its text and kind, one field a
        # statement (no tuple packed and unpacked: 25 ns a word), without the cost of a call.
        if chunk.isalpha():
            # A plain word, most of the text (no hyphen, every character a letter).
            t = Tok()
            t.text = chunk
            t.start = s
            t.end = e
            t.kind = "word"
            if chunk.islower():  # most words: no capital anywhere, read in one call
                t.is_cap = t.is_upper = False
            else:
                t.is_cap = cap = chunk[0].isupper()
                t.is_upper = up = cap and chunk.isupper() and len(chunk) >= 2
                if cap:
                    caps.append(len(out))
                if not (up or chunk.istitle()):  # mixed case: "fILM", "FiLm"
                    low = chunk.lower()
                    if low in words:
                        odd = True
                    if low in token_words:
                        found = True
            append(t)
            continue
        if len(chunk) == 1 and not chunk.isalnum():
            t = Tok()
            t.text = chunk
            t.start = s
            t.end = e
            t.kind = "punct"
            t.is_cap = t.is_upper = False
            append(t)
            continue
        last = chunk[-1]
        head = chunk[:-1]
        if head.isalpha() and (last in _AFTER_WORD or (last == "." and len(head) > 1 and head not in _ABBREVIATION_SET)):
            t = Tok()
            t.text = head
            t.start = s
            t.end = e - 1
            t.kind = "word"
            if head.islower():
                t.is_cap = t.is_upper = False
            else:
                t.is_cap = cap = head[0].isupper()
                t.is_upper = cap and head.isupper() and len(head) >= 2
                if cap:
                    caps.append(len(out))
                if last == "," and head.lower() in words:
                    odd = True  # "Film,"
                if token_words and head.lower() in token_words:
                    found = True  # "Won."
            append(t)
            t = Tok()
            t.text = last
            t.start = e - 1
            t.end = e
            t.kind = "punct"
            t.is_cap = t.is_upper = False
            append(t)
            continue
        if chunk.isdecimal():
            t = Tok()
            t.text = chunk
            t.start = s
            t.end = e
            t.kind = "num"
            t.is_cap = t.is_upper = False
            append(t)
            continue
        if chunk[0] in _BEFORE_WORD and chunk[1:].isalpha():
            t = Tok()
            t.text = chunk[0]
            t.start = s
            t.end = s + 1
            t.kind = "punct"
            t.is_cap = t.is_upper = False
            append(t)
            word = chunk[1:]
            t = Tok()
            t.text = word
            t.start = s + 1
            t.end = e
            t.kind = "word"
            t.is_cap = cap = word[0].isupper()
            t.is_upper = cap and word.isupper() and len(word) >= 2
            if cap:
                caps.append(len(out))
            append(t)
            if token_words and word.lower() in token_words:
                found = True  # '"won'
            continue
        if chunk[0].isdecimal():
            # A number ("2004,", "1.5", "75.3%"): the regex's number runs over digits and ".,:/", and a mark
            # after it is a token of its own; a letter after it ("75m") is read by the regex.
            body = chunk if last.isdecimal() or last in ".,:/" else head
            if body.translate(_NUMBER_MARKS).isdecimal() and (body is chunk or not last.isalnum()):
                t = Tok()
                t.text = body
                t.start = s
                t.end = s + len(body)
                t.kind = "num"
                t.is_cap = t.is_upper = False
                append(t)
                if body is not chunk:
                    t = Tok()
                    t.text = last
                    t.start = e - 1
                    t.end = e
                    t.kind = "punct"
                    t.is_cap = t.is_upper = False
                    append(t)
                continue
        # An amount ("$206bn", "(£1.5m);", "1.8%.", "40m"): opening marks and currency signs, a number (its run
        # over digits and ".,:/" as the regex's), a unit in lowercase ASCII letters or "%", closing marks; each a
        # token as the regex reads it (no mark here joins a word or a number, no letter is a capital). Else the regex.
        n = len(chunk)
        i = 0
        while i < n and chunk[i] in _AMOUNT_OPENERS:
            i += 1
        if i < n and chunk[i] in _DIGITS:
            j = i + 1
            while j < n and chunk[j] in _NUMBER_RUN:
                j += 1
            k = j
            while k < n and chunk[k] in _UNIT_LETTERS:
                k += 1
            if k == j and k < n and chunk[k] == "%":
                k += 1
            r = k
            while r < n and chunk[r] in _AMOUNT_CLOSERS:
                r += 1
            if r == n:
                for c in range(i):
                    t = Tok()
                    t.text = chunk[c]
                    t.start = s + c
                    t.end = s + c + 1
                    t.kind = "punct"
                    t.is_cap = t.is_upper = False
                    append(t)
                t = Tok()
                t.text = chunk[i:j]
                t.start = s + i
                t.end = s + j
                t.kind = "num"
                t.is_cap = t.is_upper = False
                append(t)
                if k > j:
                    if chunk[j:k] in words:
                        odd = True  # "1,film"
                    if chunk[j:k] in token_words:
                        found = True  # "5goals"
                    t = Tok()
                    t.text = unit = chunk[j:k]
                    t.start = s + j
                    t.end = s + k
                    t.kind = "punct" if unit == "%" else "word"
                    t.is_cap = t.is_upper = False
                    append(t)
                for c in range(k, n):
                    t = Tok()
                    t.text = chunk[c]
                    t.start = s + c
                    t.end = s + c + 1
                    t.kind = "punct"
                    t.is_cap = t.is_upper = False
                    append(t)
                continue
        # A word between marks: one opening mark, up to two closing ones ('(Reuters)', 'said,"', '"It\'s').
        i0 = 1 if chunk[0] in _BEFORE_WORD else 0
        i1 = len(chunk)
        while i1 - i0 > 1 and chunk[i1 - 1] in _CLOSING and len(chunk) - i1 < 2:
            i1 -= 1
        core = chunk[i0:i1]
        if core.isalpha():
            # (Not "Mr." nor an initial: the regex reads those with their full stop.)
            parts = None if chunk[i1:i1 + 1] == "." and (len(core) == 1 or core in _ABBREVIATION_SET) else (core,)
        elif core[-2:] in ("'s", "’s") and (head := core[:-2]).isalpha():
            parts = (head, core[-2:]) if head[0].isupper() else (core,)  # "Japan" "'s"; "world's" one word
        elif "-" in core and core.islower() and core.replace("-", "").isalpha() and core[0] != "-" \
                and core[-1] != "-" and "--" not in core:
            parts = (core,)  # "long-term", "so-called": a lowercase compound is one word, never a name part
        else:
            parts = None
        if parts is not None:
            if "," in chunk and core.lower() in words:
                odd = True  # 'film,"'
            if token_words and parts[0].lower() in token_words:
                found = True  # '(won)', "Match's"
            if i0:
                t = Tok()
                t.text = chunk[0]
                t.start = s
                t.end = s + 1
                t.kind = "punct"
                t.is_cap = t.is_upper = False
                append(t)
            word = parts[0]
            t = Tok()
            t.text = word
            t.start = s + i0
            t.end = s + i0 + len(word)
            t.kind = "word"
            t.is_cap = cap = word[0].isupper()
            t.is_upper = cap and word.isupper() and len(word) >= 2
            if cap:
                caps.append(len(out))
            append(t)
            if len(parts) > 1:
                t = Tok()
                t.text = parts[1]
                t.start = s + i1 - 2
                t.end = s + i1
                t.kind = "punct"
                t.is_cap = t.is_upper = False
                append(t)
            for k in range(i1, len(chunk)):
                t = Tok()
                t.text = chunk[k]
                t.start = s + k
                t.end = s + k + 1
                t.kind = "punct"
                t.is_cap = t.is_upper = False
                append(t)
            continue
        if words and not words.isdisjoint(chunk.lower().split(",")):
            odd = True  # "a,film", "Spin-Off"
        if not text.startswith(chunk, s):
            return _spaced_apart(text, words, token_words)  # (the regex reads the text: at the chunk's own place only)
        while s < e:
            m = _TOKEN_RE.match(text, s)
            kind = m.lastgroup or "punct"
            end = m.end()
            word = m.group()
            if kind == "num" or kind == "punct":  # ("$", "206" of "$206bn": no capital to read)
                t = Tok()
                t.text = word
                t.start = s
                t.end = end
                t.kind = kind
                t.is_cap = t.is_upper = False
                append(t)
                s = end
                continue
            if kind == "word" and ("'" in word or "’" in word) and _split_possessive(word, s, end, out, caps):
                if token_words and out[-2].text.lower() in token_words:
                    found = True  # "Goal's" in "x:Goal's"
                s = end
                continue
            if token_words and kind == "word" and word.lower() in token_words:
                found = True  # "v" in "v.", "goal" in "x--goal"
            t = make_tok(word, s, end, kind)
            if t.is_cap:
                caps.append(len(out))
            append(t)
            s = end
    if e != len(text):
        return _spaced_apart(text, words, token_words)
    return out, caps, odd or (bool(forms) and ("\u212a" in text or not forms.isdisjoint(chunks))), \
        found or (bool(token_sets) and ("\u212a" in text or not token_sets.isdisjoint(chunks)))


def _spaced_apart(text: str, words: frozenset[str],
                  token_words: frozenset[str]) -> tuple[list[_Tok], list[int], bool, bool]:
    """:func:`tokenize_caps` of a text whose chunks are not parted by one white space character each (two spaces, a
    space before the first; none in 100k words of news): the regex's tokens, and the test of ``words`` itself.

    ``tokenize_caps`` places each chunk one character after the last, and checks that after its loop: the last end
    is ``len(text)`` exactly when the text's white space characters (``len(text)`` less the chunks' lengths) are one
    per gap between chunks, none before or after them, so that every chunk stood where it was placed. That test
    replaces ``" ".join(chunks) != text`` (a string built and compared per sentence: 15M instructions in 100k
    words); a tab or a no-break space as the one character of a gap leaves every place right, and the tokens of a
    chunk depend only on its text and, through the regex, on the text after it, read at the chunk's own place (the
    one chunk kind that reads ``text`` first checks that the chunk stands there, so a misplaced one stops the loop).
    """
    toks, caps = _regex_tokens(text)
    return toks, caps, bool(words) and not words.isdisjoint(text.lower().replace(",", " ").split()), \
        bool(token_words) and any(t.kind == "word" and t.text.lower() in token_words for t in toks)
