"""Capitalised runs that are no actor's name, and where a run glued from two must be cut.

Read by the finder (:mod:`.finder`) on one sentence's tokens: slogans and titles of works ("Let's Move",
"Promise Me You Will Shoot Yourself"), labels of anonymous people ("Nurse A"), a follower's adjective
("Brownite"), a number that belongs to a name ("50 Cent"), and a photo caption run into the next
sentence ("the White House The White House Kitchen Garden").
"""

from __future__ import annotations

from operator import attrgetter

from .lexicon import _Lexicon
from .tokens import _LONE_NOISE, _ROADS, _Tok

_TEXT = attrgetter("text")

#: Personal pronouns: capitalised inside a run they make it a title of a work or a slogan, not a name
#: ("Promise Me You Will Shoot Yourself", "Yes We Can"). Not "I" (a regnal number: "World War I").
_PRONOUNS = frozenset(["Me", "You", "Yourself", "Yourselves", "Myself", "Us", "Ourselves", "We", "They", "Them",
                       "Themselves", "Your", "My", "Our", "Himself", "Herself", "Itself"])
_LET_US = ("'s", "’s")


def slogan_runs(toks: list[_Tok], spans: list[tuple[int, int]]) -> set[int]:
    """Return the indices of ``spans`` that are slogans or titles of works, not actors.

    "Let's Move": an imperative with "Let's" names a campaign; both its runs go (:func:`let_runs`). A run with a
    capitalised personal pronoun after its first word is a title ("Child Promise Me You Will Shoot Yourself":
    :func:`pronoun_title`). The finder asks both parts itself, in its one walk of the runs.
    """
    out = let_runs(toks, spans)
    for k, (a, b) in enumerate(spans):
        if b - a >= 3 and pronoun_title(toks, a, b):
            out.add(k)
    return out


def let_runs(toks: list[_Tok], spans: list[tuple[int, int]]) -> set[int]:
    """Return the indices of ``spans`` that make a slogan with "Let's": the lone "Let" and the run of the verb right
    after "'s" ("Let's Move"). Only a sentence holding "Let" has any."""
    out: set[int] = set()
    for k, (a, b) in enumerate(spans):
        if b == a + 1 and toks[a].text == "Let" and a + 1 < len(toks) and toks[a + 1].text in _LET_US:
            out.add(k)
            if k + 1 < len(spans) and spans[k + 1][0] == a + 2:
                out.add(k + 1)  # the verb after "Let's": "Move"
    return out


def pronoun_title(toks: list[_Tok], a: int, b: int) -> bool:
    """True when a run of three words or more ``toks[a:b]`` holds a capitalised personal pronoun after its first
    word: a title of a work or a slogan ("Promise Me You Will Shoot Yourself", "Yes We Can"), no name."""
    return not _PRONOUNS.isdisjoint(map(_TEXT, toks[a + 1:b]))


def anonymous_label(toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> bool:
    """True for a common noun and a lone capital letter: "Nurse A", "Patient X", "Witness B" (a label for
    someone the text does not name), not a first name and an initial ("John B")."""
    if b - a != 2:
        return False
    head, letter = toks[a], toks[b - 1]
    return letter.kind == "word" and len(letter.text) == 1 and letter.text.isupper() \
        and head.text.lower() in lex.common_words and head.text not in lex.first_names and head.text not in lex.surnames


_FOLLOWER_ENDS = ("ites", "ite")


def follower_adjective(word: str, lex: _Lexicon) -> bool:
    """True for an adjective or noun of a person's followers: "Brownite", "Blairites", "Thatcherite"
    (a listed surname and "-ite"): a faction, not the person nor an organisation."""
    if not word.endswith(_FOLLOWER_ENDS):
        return False  # most words: one test for both endings
    for end in _FOLLOWER_ENDS:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[:-len(end)]
            return stem in lex.surnames or stem + "e" in lex.surnames
    return False


_CURRENCY = frozenset("$£€¥")


#: Plural nouns for a chain's premises: the number before a name and one of these counts them ("150 Game
#: shops", "40 Subway outlets"); the name is the chain's, not "150 Game".
_PREMISES = frozenset("""shops stores outlets branches restaurants pubs cafes cafés bars supermarkets megastores
    superstores showrooms dealerships franchises sites""".split())


def numbered_start(toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """True when the number just before the run starting at ``toks[i]`` is part of the name: "50 Cent".

    A count above one before a singular common word is no quantity ("50 cents" would be plural), so the
    number and the word are one name. The number is short and plain (not a year, a sum or "1"), the word
    lowercase in the list of common words and not a listed name, and the run that word starts is one word.
    """
    if i == 0:
        return False
    num, w = toks[i - 1], toks[i]
    if num.kind != "num" or not num.text.isdigit() or not 2 <= int(num.text) <= 999 or num.end + 1 != w.start:
        return False
    if i >= 2 and (toks[i - 2].text in _CURRENCY or (toks[i - 2].kind in ("num", "word") and toks[i - 2].text[:1].isupper())):
        return False  # "$20 He was": a sum before a new sentence; "Leeds 2 Chelsea 1": a score row
    if i + 1 < len(toks) and (toks[i + 1].is_cap or toks[i + 1].text in _PREMISES):
        return False  # "75 Red Star", "100 Air France": a score or a count before a longer name; "150 Game shops"
    text, low = w.text, w.text.lower()
    return w.kind == "word" and not text.endswith("s") and text[1:].islower() and low in lex.common_words \
        and low not in lex.stop_words and text not in lex.first_names and text not in lex.surnames \
        and text not in _LONE_NOISE and text not in lex.noise  # "19 Northern and Northeastern states"


def lettered_title(toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> bool:
    """True for "the X Factor", "The K Files": after "the", a lone capital letter (not "A" or "I") and one more
    capitalised word are one title of a show or a work, not the word alone; a body's word ends an organisation's
    name instead ("the K Foundation"), left to the usual cascade."""
    if b - a != 2 or a == 0 or toks[a - 1].text not in ("the", "The") or toks[a].text in ("A", "I"):
        return False
    w = toks[a + 1]
    return w.kind == "word" and w.is_cap and not w.is_upper and w.text not in lex.org_words


#: Honorifics that open a person's name: one inside a run starts a second name.
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."])


def caption_break(toks: list[_Tok], j: int) -> bool:
    """True when a capitalised "The" inside a run starts a new sentence: a photo caption without a full stop
    glued to the text after it ("at the White House The White House Kitchen Garden"); a road's number ends its
    name ("on U.S. Highway 36 Numerous crashes"); an honorific before a name after an initial's full stop starts another person
    ("referred to as Patient A. Ms Hamilton said": the full stop ended the sentence)."""
    prev, text = toks[j - 1], toks[j].text
    if text in _HONORIFICS and prev.kind == "init" and prev.text.endswith("."):
        return j + 1 < len(toks) and toks[j + 1].is_cap  # not "No More Mr Nasty" (a programme's title)
    return (text == "The" and prev.kind == "word") or (prev.kind == "num" and j > 1 and toks[j - 2].text in _ROADS)


#: Verbs after which a colon opens a quotation, not a caption's text ("Mr Straw said:").
_SAY_BEFORE_COLON = frozenset(["said", "says", "told", "added", "wrote", "explained", "warned", "tweeted", "asked"])


def caption_label(toks: list[_Tok], j: int, lex: _Lexicon) -> bool:
    """True when the capitalised common word ``toks[j]`` inside a run opens a photo caption's label glued to the
    text before it: "one of the Mirreyes Ready for takeoff: An expert said", "a Mirrey Purchasing power: ...".

    The label is the word and up to three lowercase words, then a colon; no say verb sits in between
    ("Jack Straw said:" is a quotation) and the word is no name part (a listed first name, surname or head word).
    """
    w = toks[j]
    if w.kind != "word" or not w.text[1:].islower() or w.text.lower() not in lex.common_words \
            or w.text in lex.first_names or w.text in lex.surnames or w.text in lex.org_words or w.text in lex.loc_last:
        return False
    k, n = j + 1, len(toks)
    while k < n and k <= j + 3 and toks[k].kind == "word" and toks[k].text.islower() \
            and toks[k].text not in _SAY_BEFORE_COLON:
        k += 1
    return j + 1 < k < n and toks[k].text == ":"


def party_after(toks: list[_Tok], a: int, b: int) -> bool:
    """True for "the Nazi party", "the Communist party": an adjective of a movement (a demonym with no state),
    "the" before it and "party" after it name one organisation, which the text makes an actor."""
    return a > 0 and toks[a - 1].text == "the" and b < len(toks) and toks[b].text == "party"


def listed_adjective(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """True for an adjective of the demonym list that stands for no state ("Olympic", "Caribbean", "Balkan")
    used as one, before a lowercase noun: "the 2012 Olympic bid", "a Caribbean island". A town of the place list
    may share the word (GeoNames has an "Olympic"); "in the Caribbean." still names the region."""
    if lex.demonyms.get(text[start:end]) != "" or text[end:end + 1] != " ":
        return False
    return text[end + 1:end + 2].islower()


def compound_plural(word: str, lex: _Lexicon) -> bool:
    """True for one word made of a prefix and a plural common noun whose singular is a common word too:
    "Cybercriminals" ("criminals"), "Eurocrats" is not (no "crats"). The tail has five letters or more and the
    prefix three or more, so "Rivers" or "Waters" (no prefix) and short tails ("Sons") are not read so."""
    low = word.lower()
    if not low.endswith("s") or len(low) < 8:
        return False
    common = lex.common_words
    for i in range(3, len(low) - 4):
        tail = low[i:]
        if tail in common and (tail[:-1] in common or (tail.endswith("ies") and tail[:-3] + "y" in common)):
            return True
    return False


def plural_noun(word: str, lex: _Lexicon) -> bool:
    """True for a plural common noun: the lexicon's lower-case word whose singular is one too ("Hackers",
    "Analysts"), or a prefix and such a plural (:func:`compound_plural`) whose prefix is an English word or opens
    two dictionary compounds or more ("Cybercriminals": "cyberpunk", "cyberbully"; not "Dravantis": "drav" opens
    none). A firm named like a made-up compound keeps being read as one."""
    low = word.lower()
    common = lex.common_words
    if not low.endswith("s") or not low.isalpha():
        return False
    if low in common and (low[:-1] in common or (low.endswith("es") and low[:-2] in common)
                          or (low.endswith("ies") and low[:-3] + "y" in common)):
        return True
    for i in range(3, len(low) - 4):
        tail = low[i:]
        if tail in common and (tail[:-1] in common or (tail.endswith("ies") and tail[:-3] + "y" in common)) \
                and (low[:i] in common or low[:i] in _prefixes(lex)):
            return True
    return False


#: The lexicon last asked and its prefixes that open two dictionary compounds or more (:func:`_prefixes`).
_PREFIXES: tuple = (None, frozenset())


def _prefixes(lex: _Lexicon) -> frozenset[str]:
    """Return the prefixes of three letters or more that open two dictionary words or more made of the prefix and a
    dictionary word of four letters or more ("cyber": "cyberpunk", "cyberbully"). Counted once per lexicon over
    its words (about 0.2 s), and only when a sentence-first plural before a firm's cue asks."""
    global _PREFIXES
    if _PREFIXES[0] is not lex:
        common = lex.common_words
        seen: dict[str, int] = {}
        for w in common:
            for i in range(3, len(w) - 3):
                if w[i:] in common:
                    seen[w[:i]] = seen.get(w[:i], 0) + 1
        _PREFIXES = (lex, frozenset(p for p, n in seen.items() if n >= 2))
    return _PREFIXES[1]


def joined_after(toks: list[_Tok], spans: list[tuple[int, int]], n: int) -> bool:
    """True when a run but the last is followed by "," or "and" (a list may go on after it; a function of its own,
    as :func:`left_out`: a generator or comprehension in ``_ListedRuns._spans_to_read`` made its locals cells)."""
    return any(b < n and toks[b].text in (",", "and") for _, b in spans[:-1])


def left_out(spans: list[tuple[int, int]], dropped: set[int]) -> list[tuple[int, int]]:
    """``spans`` without the indices in ``dropped`` (a function of its own: a comprehension in
    ``_ListedRuns._spans_to_read`` or :meth:`.finder._Finder.find` made a cell of their locals)."""
    return [s for k, s in enumerate(spans) if k not in dropped]
