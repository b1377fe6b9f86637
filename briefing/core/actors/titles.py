"""Reading a work's title where a cue puts one: capitalised words and the small words between them, or a short
quotation ("the BBC drama Casualty", "Rembrandt's 'Storm on the Sea of Galilee'"), and the programme after "tune
into". Helpers of :func:`.works.title_spans` (moved out of works.py to keep it under 600 lines), and the nouns
after a name that make it a work's title ("a Star Trek convention": :func:`_work_before_noun`, read by
:func:`.works.drop_works`).
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
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
_STARRING = frozenset(["starring", "starred", "stars"])  # all in works._CASTING, the gate before the call


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
