"""Reading a work's title where a cue puts one: capitalised words and the small words between them, or a short
quotation ("the BBC drama Casualty", "Rembrandt's 'Storm on the Sea of Galilee'"), and the programme after "tune
into"; :func:`title_spans`, the titles a sentence names after its cue words (moved out of works.py to keep it
under 600 lines); and the nouns after a name that make it a work's title ("a Star Trek convention":
:func:`_work_before_noun`, read by :func:`.works.drop_works`).
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokenizer import word_forms
from .tokens import EntityMention

#: Small words a title keeps between its capitalised words ("Storm on the Sea of Galilee", "Time for Beany").
_SMALL = frozenset(["of", "the", "a", "an", "in", "on", "for", "and", "to", "with", "from", "at", "by", "or", "into"])
_OPEN_QUOTES = "'\"‘“"
_WORD_STOPS = frozenset(",;.?()\"“”‘’[]")
#: Words between "tune into" (or "tune in to") and a programme's title: "tune into this Sunday's Rugby Special".
_TUNE_SKIP = frozenset(["this", "next", "the", "tonight's", "tomorrow's", "today's", "week's", "weekend's"]) | frozenset(
    d + "'s" for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _tuned_title(text: str, words: list[tuple[int, int]], w: int) -> tuple[int, int] | None:
    """The programme's span after "tune into" or "tune in to" at ``words[w]`` ("tune into this Sunday's Rugby
    Special" -> "Rugby Special"), else None."""
    k = w + 1
    nxt = [text[a:b].lower().replace("’", "'") for a, b in words[k:k + 2]]
    if nxt[:1] == ["into"]:
        k += 1
    elif nxt == ["in", "to"]:
        k += 2
    else:
        return None
    while k < len(words) and text[words[k][0]:words[k][1]].lower().replace("’", "'") in _TUNE_SKIP:
        k += 1
    return _after_cue(text, words[k][0]) if k < len(words) else None


def _words(text: str) -> list[tuple[int, int]]:
    """Character spans of the space-separated words of ``text``."""
    out, i = [], 0
    for w in text.split(" "):
        if w:
            out.append((i, i + len(w)))
        i += len(w) + 1
    return out


def _title_end(text: str, i: int) -> int:
    """The end of a title starting at ``text[i]`` (a capital): capitalised words and the small words between them,
    up to the first other word or punctuation ("Tears In Heaven to raise" -> "Tears In Heaven")."""
    n, end, j = len(text), i, i
    while j < n:
        k = j
        while k < n and text[k] != " " and text[k] not in _WORD_STOPS:
            k += 1
        word = text[j:k]
        if not word:
            break
        if word[0].isupper() or word[0].isdigit():
            end = k
        elif word not in _SMALL:
            break
        if k >= n or text[k] != " ":
            break
        j = k + 1
    return end


def _quoted_end(text: str, i: int) -> int:
    """The end of the text quoted from ``text[i]`` (the quotation mark) when it is a short title: a capital
    first, the closing mark within 80 characters; else -1."""
    q = text[i]
    if i + 1 >= len(text) or not text[i + 1].isupper():
        return -1
    closers = "'’" if q in "'‘" else "\"”"
    j = i + 1
    while j < len(text) and j - i <= 80:
        if text[j] in closers and (j + 1 >= len(text) or not text[j + 1].isalpha()):
            return j
        j += 1
    return -1


def _after_cue(text: str, j: int) -> tuple[int, int] | None:
    """The title's span when one starts at ``text[j]`` (a quoted title or capitalised words), else None."""
    if j >= len(text):
        return None
    if text[j] in _OPEN_QUOTES:
        end = _quoted_end(text, j)
        return (j + 1, end) if end > 0 else None
    if text[j].isupper():
        return j, _title_end(text, j)
    return None


#: Verbs of acting before "in" and a title that opens with an article: "starring in A Very Long Engagement",
#: "she starred in The Hours" (an article: "starred in Liverpool's win" names the club, no title).
_STARRING = frozenset(["starring", "starred", "stars"])  # all in _CASTING, the gate before the call


def starring_in(text: str, words: list[tuple[int, int]], w: int) -> tuple[int, int] | None:
    """The title's span after an acting verb at ``words[w]``, "in" and "A", "An" or "The", else None."""
    if w + 2 >= len(words) or text[words[w][0]:words[w][1]].lower() not in _STARRING \
            or text[words[w + 1][0]:words[w + 1][1]] != "in" or text[words[w + 2][0]:words[w + 2][1]] not in ("A", "An", "The"):
        return None
    a, end = words[w + 2][0], _title_end(text, words[w + 2][0])
    return (a, end) if end > words[w + 2][1] else None


def _counted(word: str) -> bool:
    """True for "a", "an", "one" or a number before a noun: "a performance of Humpty Dumpty"."""
    return word.lower() in ("a", "an", "one") or word.isdigit()


def counted_before(text: str, words: list[tuple[int, int]], w: int) -> bool:
    """True when "a", "an", "one" or a number comes right before word ``w`` of ``text`` (``words``: the spans of
    its words), or before one lower-case word before it: "a performance of", "a new production of"."""
    if w > 0 and _counted(text[words[w - 1][0]:words[w - 1][1]]):
        return True
    return w > 1 and text[words[w - 1][0]:words[w - 1][1]].isalpha() and text[words[w - 1][0]:words[w - 1][1]].islower() \
        and _counted(text[words[w - 2][0]:words[w - 2][1]])


#: Nouns after a name of two words or more that only a work or a franchise has: "a Star Trek convention", "the
#: Jurassic Park sequel", "a Doctor Who episode" (a studio or a director before them is rare: "a Pixar sequel" is
#: one word, a listed or organisation-like name keeps its own: "a Warner Bros sequel").
_WORK_AFTER = frozenset(["convention", "conventions", "episode", "episodes", "sequel", "sequels", "prequel",
                         "prequels", "spin-off", "spinoff", "reboot", "remake", "fandom"])
#: Nouns of works that a maker's name also stands before ("a Ken Loach film", "a BBC series"): a work only when
#: the name is no person's by its shape (no first name opens it) and no organisation's ("the Jurassic Park film").
_WORK_AFTER_MAKER = frozenset(["film", "films", "movie", "movies", "series", "novels", "musical"])
work_nouns = _WORK_AFTER | _WORK_AFTER_MAKER  # the words :func:`_work_before_noun` reads (a cheap first test)


def _work_before_noun(m: EntityMention, after: str, lex: _Lexicon) -> bool:
    """True when ``after``, the word after ``m``, makes ``m`` the title of a work (see ``_WORK_AFTER`` and
    ``_WORK_AFTER_MAKER``): two words or more, no title, role or organisation word, no listed organisation in it."""
    toks = m.tokens
    if len(toks) < 2 or m.role or m.honorific or toks[0] in lex.titles \
            or any(w in lex.org_words or w in lex.trade_words or lex.gazetteer.get(_norm(w), ("",))[0] == "ORG"
                   for w in toks):
        return False
    return after in _WORK_AFTER or (toks[0] not in lex.first_names and m.type != "PER")


def _next_word(text: str, i: int) -> str:
    """The text from ``i`` up to the next space or the end (no copy of the rest of a long sentence per name)."""
    k = text.find(" ", i)
    return text[i:k] if k >= 0 else text[i:]


#: Work nouns that say the capitalised words right after them are a title, wherever they stand: "the BBC drama
#: Casualty", "the Dickens character Fagin", "Rembrandt's painting Storm". (The words of ``KIND_BEFORE`` are
#: read on the mention itself.)
_WORK_NOUNS = frozenset(["comedy", "drama", "painting", "poem", "opera", "thriller", "sequel", "sitcom", "character",
                         "horse", "song", "album", "novel", "film", "movie", "musical", "documentary", "book",
                         "podcast", "screenplay", "teleplay"])
#: Work nouns that are also verbs or everyday words ("the storm hit Florida", "a report said"): a title after
#: them only when a determiner, a possessive or a year stands right before the noun.
_WORK_NOUNS_DET = frozenset(["hit", "single", "show", "series", "play", "feature", "report", "programme", "track",
                             "classic"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "new", "latest", "debut",
                          "first", "last", "next", "hit", "classic", "this",
                          # kinds of shows: "the TV game show X", "the BBC quiz show X"
                          "game", "quiz", "talk", "chat", "reality", "tv", "television", "radio", "cookery"])
#: Words that introduce a title after a work noun: "a system called Unicode", "a film entitled Heat".
_NAMING = frozenset(["called", "named", "titled", "entitled", "dubbed"])
#: Verbs of casting in the words before "as X": "cast her as Becky Sharp", "his appearance as Bond".
_CASTING = frozenset(["cast", "casting", "appearance", "starring", "starred", "stars", "portrays", "portrayed",
                      "portraying", "plays", "playing", "role"])
#: Verbs of riding a horse right before its name: "riding Shutthefrontdoor", "AP McCoy rode Synchronised".
_RIDING = frozenset(["riding", "rides", "rode", "ridden"])
#: Words after a name that make it a work or a character or a horse: "Mississippi Masala, starring Denzel
#: Washington", "Becky Sharp, played in the film by", "Red Rum, ridden by".
_AFTER_CUES = (", starring ", " starring ", ", played by ", " played by ", ", played in the film by ", ", ridden by ")

#: A noun and its preposition before a title: "the cast of Kisna", "a contestant on Mastermind", "the sequel to Heat".
_WORK_OF = frozenset([("cast", "of"), ("contestant", "on"), ("contestants", "on"), ("episode", "of"), ("productions", "of"),
                      ("episodes", "of"), ("sequel", "to"), ("prequel", "to"), ("remake", "of"), ("spin-off", "of"),
                      ("spinoff", "of"), ("screening", "of"), ("premiere", "of"), ("trailer", "for"), ("production", "of"),
                      ("adaptation", "of"), ("adaptations", "of"), ("performance", "of"), ("performances", "of")])
#: Nouns of ``_WORK_OF`` that read a title only after "a", "an" or a number: "a performance of Humpty Dumpty", "a
#: new production of Carmen" ("the performance of Rooney" is the player's, "the production of Ford cars" a plant's).
_WORK_OF_COUNTED = frozenset(["performance", "performances", "production", "productions"])
_WORK_OF_FIRST = frozenset(n for n, _ in _WORK_OF)
#: Any of these words (or a possessive before a quotation mark) lets :func:`title_spans` read a sentence.
_CUE_WORDS = _WORK_NOUNS | _WORK_NOUNS_DET | _RIDING | _CASTING | _WORK_OF_FIRST | {"tune"}
CUE_FORMS = word_forms(_CUE_WORDS)  # the chunks the first pass looks up for them (:func:`.tokenizer.tokenize_caps`)
#: The words :func:`read_title_spans` reads further, as written in lower case: a cue word or "as", bare or with a comma.
_CUE_OR_AS = frozenset(w + c for w in _CUE_WORDS | {"as"} for c in ("", ","))


def title_spans(text: str) -> list[tuple[int, int, bool]]:
    """Spans of ``text`` that are titles of works or names of characters and horses, by the words before them;
    the flag is True for a character ("the character X", "cast ... as X").

    After a work noun ("the BBC drama X", "Clapton's 1991 hit Tears In Heaven", "a system called Unicode",
    "a report, Paying the Price" at the end of a sentence), after a possessive and a quotation mark
    ("Rembrandt's 'Storm on the Sea of Galilee'"), after a casting verb and "as" ("cast Reese Witherspoon as
    Becky Sharp") and after a riding verb ("McCoy is riding Shutthefrontdoor").
    """
    if _CUE_WORDS.isdisjoint(text.lower().replace(",", " ").split()) \
            and not ("s '" in text or "s ‘" in text or 's "' in text or "s “" in text):  # a possessive, a quote
        return []  # most sentences: one set test, no walk over the words
    return read_title_spans(text)


def read_title_spans(text: str) -> list[tuple[int, int, bool]]:
    """:func:`title_spans` past its first test, which :func:`.works.drop_works` writes out in its loop over the
    sentences (no call for each of the sentences that fail it, most of them).

    Only the words a test below reads are visited: a cue word or "as" (:data:`_CUE_OR_AS`, found by one set
    intersection with the text's pieces in lower case and their places by ``list.index``, all in C) and a possessive
    before a quotation mark (looked for only in a text that holds "s" and a space before one); the spans of the
    words are made only for a cue that reads its neighbours' places. That is the walk of :func:`_read_words` over
    every word, which visits no other word: for a text whose pieces between single spaces are all words (no two
    spaces running, none at an end), piece ``w`` is word ``w`` of :func:`_words`, and its lower case is piece ``w``
    of ``text.lower()`` (no character lowers to a space or from one, and the one rule of lower case that reads a
    letter's neighbours, the Greek final sigma, reads no further than a space); the last word is never read
    (nothing follows it), and no word of ``_CUE_OR_AS`` ends with "'s". Other texts take the walk.

    A text that fails :func:`title_spans`' first test gets no span here either, so :func:`.works.drop_works` leaves
    that test out: each span is cued by a possessive before a quotation mark (its "s", a space and the mark), or by
    a word that, in lower case and without a comma after it, is a cue word, or is "as" after a casting verb (a cue
    word too, read in lower case without the commas around it) - a piece between spaces, so a word between white
    space and commas in the text in lower case, as the test reads it.
    """
    pieces = text.split(" ")
    if "" in pieces:
        return _read_words(text)
    lows = text.lower().split(" ")
    last = len(pieces) - 1
    hits = []
    for cue in _CUE_OR_AS.intersection(lows):
        w = -1
        for _ in range(lows.count(cue)):
            w = lows.index(cue, w + 1)
            if w < last:
                hits.append(w)
    if "s '" in text or "s ‘" in text or 's "' in text or "s “" in text:
        for w in range(last):
            if pieces[w + 1][0] in _OPEN_QUOTES and pieces[w].endswith(("'s", "’s")):
                hits.append(w)
    out: list[tuple[int, int, bool]] = []
    words = None
    b, k = -1, 0  # the end of word ``k - 1`` (-1: none), read on from there (linear in the text, hits or none)
    for w in sorted(hits) if len(hits) > 1 else hits:
        b += sum(map(len, pieces[k:w + 1])) + w + 1 - k  # word ``w`` ends a space after each word before it
        k = w + 1
        words = _title_at(text, pieces, lows, w, b, words, out)
    return out


def _read_words(text: str) -> list[tuple[int, int, bool]]:
    """:func:`read_title_spans` by a walk over every word (:func:`_words`), for any text."""
    out: list[tuple[int, int, bool]] = []
    words = _words(text)
    pieces = [text[a:b] for a, b in words]
    lows = [p.lower() for p in pieces]
    n = len(text)
    for w, (a, b) in enumerate(words):
        if b + 1 >= n:
            continue
        # Most words: every test of :func:`_title_at` reads a cue word or "as", with or without a comma after it
        # (the lower case of "Film," is that of "Film" and a comma: the one look-up of _CUE_OR_AS stands for the
        # two tests), or a possessive before a quotation mark.
        if lows[w] in _CUE_OR_AS or (text[b + 1] in _OPEN_QUOTES and pieces[w].endswith(("'s", "’s"))):
            _title_at(text, pieces, lows, w, b, words, out)
    return out


def _title_at(text: str, pieces: list[str], lows: list[str], w: int, b: int, words: list[tuple[int, int]] | None,
              out: list[tuple[int, int, bool]]) -> list[tuple[int, int]] | None:
    """Add to ``out`` the title that word ``w`` of ``text`` cues: a word of ``_CUE_OR_AS`` or a possessive before a
    quotation mark ("Vermeer's 'The Concert'"). ``pieces`` and ``lows``: the words as written and in lower case;
    ``b``: the end of word ``w``; ``words``: the words' spans (:func:`_words`) or None, made here when a cue reads
    its neighbours' places, and returned for the next call."""
    nxt = b + 1
    if text[nxt] in _OPEN_QUOTES and pieces[w].endswith(("'s", "’s")):
        span = _after_cue(text, nxt)  # "Vermeer's 'The Concert'"
        if span:
            out.append((*span, False))
        return words
    low = lows[w]
    comma = low[-1] == ","
    if comma:
        low = low[:-1]
    if low == "tune":
        span = _tuned_title(text, words := words or _words(text), w)  # "tune into this Sunday's Rugby Special"
        if span is None and not comma and w and lows[w - 1] == "theme":
            span = _after_cue(text, nxt)  # "the theme tune The Ballad of Jed Clampett"
        if span:
            out.append((*span, False))
    elif not comma and low in _WORK_OF_FIRST and w + 1 < len(pieces) and (low, pieces[w + 1]) in _WORK_OF \
            and (low not in _WORK_OF_COUNTED or counted_before(text, words := words or _words(text), w)):
        span = _after_cue(text, nxt + len(pieces[w + 1]) + 1)  # "the cast of Kisna"
        if span:
            out.append((*span, False))
    elif low in _WORK_NOUNS or low in _WORK_NOUNS_DET:
        if low in _WORK_NOUNS_DET:
            prev = pieces[w - 1] if w else ""
            if not (prev.lower() in _DETERMINERS or prev.endswith(("'s", "’s")) or (prev.isdigit() and len(prev) == 4)
                    or (prev[:1].isupper() and low not in ("hit", "play", "report", "feature", "single"))):
                return words
        if comma:  # "a report, Paying the Price." - only a title that ends the sentence
            span = _after_cue(text, nxt)
            if span and text[span[1]:].strip() in ("", ".", "!", ".'", '."'):
                out.append((*span, False))
            return words
        naming = _next_word(text, nxt)
        if naming in _NAMING:
            nxt += len(naming) + 1
        span = _after_cue(text, nxt)
        if span:
            out.append((*span, low == "character"))
    elif not comma and low in _STARRING and (span := starring_in(text, words := words or _words(text), w)) is not None:
        out.append((*span, False))  # "starring in A Very Long Engagement"
    elif not comma and (low in _RIDING or (low == "as" and _cast_before(lows, w))):
        span = _after_cue(text, nxt)
        if span:
            out.append((*span, low == "as"))
    return words


def _cast_before(lows: list[str], w: int) -> bool:
    """True when one of the eight words before word ``w`` (``lows``: the words in lower case) is a casting verb
    ("cast Reese Witherspoon as"): a helper of its own, so that :func:`_title_at` makes no closure cell at every call."""
    for low in lows[max(0, w - 8):w]:
        if low.strip(",") in _CASTING:
            return True
    return False
