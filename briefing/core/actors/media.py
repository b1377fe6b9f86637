"""Context cues of news media and listed companies, and finance-table labels that are no actors.

Grammar, not names: a medium is what "quoted" someone, is "told" something with "the" before it or
"published" a text; a company is what is "Ontario-based", has "shares" or "stock", or "was up 1/8 to
48-1/4". The decision (an organisation) is spread to every use of the name in the document
(:func:`spread_market_cues`), and it wins over a place list that happens to hold the same word (a
Canadian car-parts maker "Magna" and a village "Magna"), but never over a country, a capital or a
person introduced by a title.

The labels of finance tables and forms ("ISSUER :", "BANK QUAL : Y", "Nasdaq symbol HMGT",
"January-June") are dropped by :func:`drop_table_labels`.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention, _Tok
from .work_spans import joined, sentences_with

#: Verbs that, right after a name, make it the medium that reports ("Radio Red quoted police as saying").
_MEDIA_AFTER = frozenset(["quoted", "quotes", "quoting"])
#: Verbs that, right before "by" and a name, make it a publisher or broadcaster ("published by Prensa Latina").
_MEDIA_BY = frozenset(["published", "broadcast", "aired", "carried", "quoted", "reported", "printed"])
#: Words after a name that make it a traded company ("Jones stock closed down"); not before "market"
#: ("the London stock market") and never for a listed place ("Tokyo shares fell" is Tokyo's market).
_STOCK_NOUNS = frozenset(["stock", "shares", "share"])
_MARKET_WORDS = frozenset(["market", "markets", "exchange", "exchanges", "index", "indices", "prices", "price",
                           "futures", "trading", "dealers", "traders"])
#: Price moves: "Magna was up 1/8 to 48-1/4", "Acme fell 3/4 to 20".
_MOVE_VERBS = frozenset(["up", "down", "off", "rose", "fell", "gained", "lost", "added", "slipped", "climbed", "eased", "dropped"])
#: Media and news agencies named in apposition before a name: "the official daily Granma", "agency Interfax".
_MEDIA_NOUNS = frozenset(["newspaper", "daily", "weekly", "tabloid", "magazine", "agency", "broadcaster", "paper"])


#: The words :func:`market_cue` reads right before a name (lowercased; and a word ending "-based") and right
#: after it: without one of them it is 0, so the finder asks it only when one is there.
MARKET_CUE_PREV = frozenset({w.lower() for w in _MEDIA_NOUNS} | {"the", "by"})
MARKET_CUE_NEXT = frozenset(_MEDIA_AFTER | _STOCK_NOUNS | _MOVE_VERBS | {"'s", "’s", "was", "is", "closed", "ended"})
#: The words (lowercased) before "the" ("told the") and "by" ("published by") that :func:`market_cue` reads.
MARKET_CUE_PREV2 = frozenset(_MEDIA_BY | {"told"})


def modifies_noun(toks: list[_Tok], b: int, stop_words: frozenset[str]) -> bool:
    """True when a lowercase word that is no function word follows the name ending before ``toks[b]``: the name
    qualifies that noun ("told the Scholz camp", "told the Smith family") and is not itself what was told."""
    return b < len(toks) and toks[b].kind == "word" and toks[b].text.islower() and toks[b].text not in stop_words


def market_cue(toks: list[_Tok], a: int, b: int, stop_words: frozenset[str] = frozenset()) -> int:
    """Return 2 when grammar around ``toks[a:b]`` makes it a medium or a company, even for a listed place;
    1 when it does so only for a name that is no listed place ("Acme shares"); else 0.

    Strong (2): "Ontario-based Magna", "the daily Granma", "told the Hong Kong Standard", "published by
    Prensa Latina", "Radio Red quoted", "Magna was up 1/8 to 48-1/4", "Jones stock closed".
    Weak (1): "Acme shares", "Acme 's shares" (a place's shares are its market: "Tokyo shares fell").
    """
    n = len(toks)
    prev = toks[a - 1].text if a > 0 else ""
    prev2 = toks[a - 2].text.lower() if a > 1 else ""
    if prev.endswith("-based") and toks[a - 1].kind == "word":
        return 2
    if prev in _MEDIA_NOUNS:
        return 2
    if prev.lower() == "the" and prev2 == "told" and not (stop_words and modifies_noun(toks, b, stop_words)):
        return 2
    if prev.lower() == "by" and prev2 in _MEDIA_BY:
        return 2
    if b >= n:
        return 0
    nxt = toks[b].text
    if nxt in _MEDIA_AFTER:
        return 2
    if nxt in ("'s", "’s") and b + 1 < n:
        b += 1
        nxt = toks[b].text
        poss = True
    else:
        poss = False
    if nxt in _STOCK_NOUNS and (b + 1 == n or toks[b + 1].text.lower() not in _MARKET_WORDS):
        # "Jones stock closed down 1/8": a price move after it makes the company sure.
        if not poss and nxt == "stock" and b + 1 < n and toks[b + 1].text in ("closed", "was", "rose", "fell", "ended"):
            return 2
        return 1
    if nxt in ("was", "is", "closed", "ended") and b + 1 < n:
        b += 1
        nxt = toks[b].text
    if nxt in _MOVE_VERBS and b + 3 < n and _price(toks[b + 1]) and toks[b + 2].text in ("to", "at") \
            and _price(toks[b + 3]):
        return 2
    return 0


def _price(t: _Tok) -> bool:
    """True for a quoted price or move: a fraction ("1/8", "48-1/4" is read as "48" then "-1/4") or a number."""
    return t.kind == "num"


def spread_market_cues(mentions: list[EntityMention], lex: _Lexicon) -> None:
    """Type as an organisation every use of a name that a medium or company cue types so in one use.

    A strong cue wins over a listed place unless it is a country or a capital; a weak cue only types
    names that are no listed place. A person introduced by a title or an honorific keeps its type.
    """
    strong, weak = set(), set()
    for m in mentions:
        if m.market_cue and m.kind == "name" and (m.market_cue == 2 or m.text.lower() not in lex.common_words):
            (strong if m.market_cue == 2 else weak).add(m.norm)  # not "Total shares to be offered"
    if not strong and not weak:
        return
    # The surname of a person named in full is that person ("spokesman Sergei Lanov ... Lanov quoted him").
    people = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1 and m.kind == "name"}
    strong -= people
    weak -= people
    for m in mentions:
        if m.kind != "name" or (m.norm not in strong and m.norm not in weak):
            continue
        if m.type == "PER" and (m.role or m.honorific):
            continue
        if m.type == "LOC" and (m.key in lex.countries or m.norm in lex.capitals):
            continue
        if m.norm not in strong and (m.type == "LOC" and m.key is not None):
            continue
        m.type, m.weak, m.unsure, m.team = "ORG", False, False, False
        if m.key and not m.key.startswith("ORG"):
            m.key = None


#: Months, lowercase (read by :mod:`.spans` and :mod:`.junk` too).
MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"])
#: Days of the week, and the words that join two months or days into one hyphenated period ("Monday-to-Friday").
DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_PERIOD_JOINS = frozenset(["to", "through", "till", "until", "and"])


#: The tests of :func:`_label` for a sentence with no ticker's word and fewer than two colons.
_PLAIN = (False, False)


def drop_table_labels(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon,
                      doc: tuple[str, list[int]] | None = None) -> list[EntityMention]:
    """Return ``mentions`` without the labels of finance tables and forms, which name no actor.

    - a run in capitals right before a colon, opening a form line of two colons or more or after a field
      value, not after a word in lower case ("ISSUER : Bay Co
      Building Authority ST : MI", "ENHANCEMENTS : None BANK QUAL : Y"), unless it is a listed name;
    - a ticker after "symbol" ("Nasdaq Stock symbol HMGT");
    - a range of months or days ("January-June", "October-to-December", "Monday-to-Friday").
    """
    # The sentences where a label may stand whatever its text: a ticker's word ("symbol", "ticker") or two colons or
    # more, the tests of :func:`_label` (only the sentences one search of ``doc``, :func:`.work_spans.joined` of
    # ``sentences``, finds holding a colon or those words are read: a sentence may hold thousands of mentions).
    # Elsewhere only a mention with a hyphen may be one (a period: "January-June"), so the
    # mentions are walked with one look-up each and the list is copied only when a label goes.
    cued: dict[int, tuple[bool, bool]] = {}
    for si in sentences_with(doc or joined(sentences), (":", "ymbol", "ticker")):
        text = sentences[si]
        c = ("ymbol" in text or "ticker" in text, text.count(":") >= 2)
        if c[0] or c[1]:
            cued[si] = c
    gone = None
    for m in mentions:
        if m.kind == "name" and m.sentence >= 0:
            c = cued.get(m.sentence, _PLAIN)
            if (c is not _PLAIN or "-" in m.text) and _label(m, sentences[m.sentence], lex, *c):
                if gone is None:
                    gone = set()
                gone.add(id(m))
    if gone is None:
        return mentions
    return [m for m in mentions if id(m) not in gone]


def _period(parts: list[str]) -> bool:
    """True for the hyphen-split parts of a period: two months or two days, with at most one joining word
    between them ("january", "june"; "october", "to", "december")."""
    if len(parts) == 3 and parts[1] not in _PERIOD_JOINS or len(parts) not in (2, 3):
        return False
    ends = {parts[0], parts[-1]}
    return ends <= MONTHS or ends <= DAYS


def _label(m: EntityMention, text: str, lex: _Lexicon, ticker: bool, colons: bool) -> bool:
    """True for a label of a table or a form (see :func:`drop_table_labels`); ``ticker``: "symbol" or "ticker" in
    ``text``; ``colons``: two colons or more in it. Strings are cut only where these make a label possible."""
    if "-" in m.text:
        words = m.text.split()
        if len(words) == 1:
            parts = words[0].lower().split("-")
            if _period(parts):
                return True
    if not ticker and not (colons and m.text.isupper()):
        return False
    # Index math instead of slices: a long sentence holds thousands of mentions, and copying the text before
    # or after each one made the pass quadratic. ``i``: the end of the text before the name, spaces stripped.
    i = m.start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if ticker and (text.endswith((" symbol", " Symbol", " ticker"), 0, i)
                   or (i == 6 and text.startswith(("symbol", "Symbol")))):
        return True
    if colons and m.text.isupper() and lex.gazetteer.get(m.norm) is None:
        j = m.end
        while j < len(text) and text[j].isspace():
            j += 1
        if text.startswith(":", j):
            # A field name opens the line or follows the last field's value, never a verb ("told FEMAIL :").
            last = text[text.rfind(" ", 0, i) + 1:i]
            return not last or not last[0].islower()
    return False


#: Articles of other languages that open the titles of newspapers, as written in a press digest's heads.
_MASTHEAD_ARTICLES = frozenset(["LE", "LA", "LES", "EL", "IL", "DIE", "DER", "DAS", "DE", "HET"])


def _about_press(sentences: list[str]) -> bool:
    """True when one of the first ten sentences speaks of the press ("the leading stories in the Tunisian
    press", "newspapers")."""
    return any("press" in t or "newspaper" in t for t in sentences[:10])


def press_heads(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with each line that is only a name in capitals holding an organisation word
    ("JAKARTA POST", "MEDIA INDONESIA": the heads of a press digest) read as one organisation.

    Without this the place inside ("JAKARTA") is taken for the name. Only a line of two or three words
    with nothing else on it is read so; a headline has a verb and keeps the usual reading.
    """
    lines = {}
    for i, text in enumerate(sentences):
        if len(text) <= 40 and text.isupper():
            words = text.split()
            if 2 <= len(words) <= 3 and all(w.isalpha() for w in words) \
                    and any(w.title() in lex.org_words for w in words) \
                    and any(w.lower() not in lex.common_words and w.title() not in lex.demonyms for w in words):
                # A name beside the organisation word: not a table's head ("EASTERN DIVISION", "AMERICAN LEAGUE").
                lines[i] = text
            elif 2 <= len(words) <= 4 and words[0] in _MASTHEAD_ARTICLES and all(w.isalpha() for w in words[1:]) \
                    and words[1].title() not in lex.surnames and words[1].title() not in lex.first_names \
                    and _about_press(sentences):
                # "LE TEMPS", "LA PRESSE", "EL PAIS" in a press digest: an article of another language opens a
                # paper's title (elsewhere "LE PEN" alone on a line is a person).
                lines[i] = text
    if not lines:
        return mentions
    out = [m for m in mentions if m.sentence not in lines]
    for i, text in lines.items():
        out.append(EntityMention(sentence=i, start=0, end=len(text), text=text, type="ORG",
                                 tokens=tuple(text.split())))
    return out  # appended like the other lines in capitals, which the document pass reads last
