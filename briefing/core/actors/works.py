"""Names of works, products and formats: "the online game Minecraft", "the NBT format", "an LGP-30".

A common noun of a kind of work or product right before a name ("the game Minecraft", "the novel Chaos",
"a file format known as Named Binary Tag") or a format's noun right after it ("the NBT format", "the Minecraft
protocol") says the name is a thing, not an actor; so does a model designation, capitals, a hyphen and a number
("LGP-30", "PDP-11", "F-16"). :func:`drop_works` removes every mention of such a name (the document's
other uses of the same name are the same thing), unless a word list knows the name as an actor. Plain
look-ups at the tokens around each mention.
"""

from __future__ import annotations

from .events import (
    _ILLNESS_LAST,
    _award_heads,
    _bare_illness,
    _champion_of,
    _long_form,
    CRAFT_HEADS,
    STORM_HEADS,
    _plural_products,
    craft_or_storm,
)
from .lexicon import _Lexicon, _norm
from .nonnames import listed_adjective
from .persons import named_person
from .products import (_PRODUCT_BEFORE, _PRODUCT_NAMERS, _SEQUEL_DIGITS, _glued_year, _on_sale, _product_before,
                       _sequel_after, edition_short, sale_near)
from .work_spans import _inside, _span_index, joined, list_index, list_spans, sentences_with, title_places
from .titles import _AFTER_CUES, _next_word, _work_before_noun, read_title_spans, work_nouns
from .tokens import EntityMention, new_mention

#: Kinds of works and products that can stand right before a title or a product's name.
KIND_BEFORE = frozenset(["game", "film", "movie", "novel", "book", "album", "song", "sitcom", "musical",
                          "format", "protocol", "software", "app", "browser", "console", "franchise", "saga",
                          "trilogy", "documentary", "videogame", "podcast", "technology",
                          # ships and boats: "the container ship Nordic Star", "the tanker Baltic Sun"
                          "ship", "vessel", "tanker", "freighter", "trawler", "liner", "yacht", "ferry", "warship",
                          "frigate", "submarine", "schooner", "boat", "destroyer", "lifeboat", "icebreaker"])
#: Nouns after a name that make it a format or a protocol (a company's name goes before "software", "games").
_KIND_AFTER = frozenset(["format", "protocol", "saga", "franchise", "trilogy", "file", "files"])


def _model_code(text: str) -> bool:
    """True for "LGP-30", "PDP-11", "F-16": capitals, one hyphen, digits."""
    head, sep, tail = text.rpartition("-")
    return bool(sep) and tail.isdigit() and head.isalpha() and head.isupper()


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` as written (one space between), or ''; most are found in C, within 40 characters.

    :func:`drop_works` writes its first step out for each name (no call where it finds a word of letters): the
    same search of the same window, whose answer is the same word, or, with no space in the window, the text before
    ``start - 1`` when it is all letters (the walk back over letters stops at the text's start); any other case
    makes the call."""
    j = start - 1
    if j < 0 or text[j] != " ":
        return ""
    k = text.rfind(" ", j - 40 if j > 40 else 0, j)
    if k >= 0 and (word := text[k + 1:j]).isalpha():  # (one slice, no call of max: this runs for each name)
        return word
    i = j
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:j]


def _word_after(text: str, end: int) -> str:
    if end >= len(text) or text[end] != " ":
        return ""
    k = text.find(" ", end + 1, end + 41)  # as in word_before: a word up to a space, found in C
    if k >= 0 and (word := text[end + 1:k]).isalpha():
        return word
    i = j = end + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


#: The words after a name that :func:`_cued_after` reads when a space follows the name: " starring ", " played by ".
_CUED_AFTER_WORDS = frozenset(c.split()[0] for c in _AFTER_CUES if c[0] == " ")


def _cued_after(text: str, m: EntityMention) -> bool:
    """True when the words after ``m`` make it a work, a character or a horse: ", starring", ", played by",
    ", ridden by", a year in brackets ("Vanity Fair (2004)")."""
    rest = text[m.end:m.end + 24]
    if rest.startswith(_AFTER_CUES):
        return True
    return len(rest) >= 7 and rest[:2] == " (" and rest[2:6].isdigit() and rest[6] == ")" and rest[2] in "12"


#: Nouns of shows after "TV" or "television" after a name: "the Crime Lab TV shows", "the Kessel TV series".
_SHOW_NOUNS = frozenset(["show", "shows", "series", "programme", "programmes", "program", "drama", "dramas", "sitcom"])
#: Suffixes that make a name a comparison, not a mention of it: '"Star Trek"-type aliens', "a Marvel-style plot".
_LIKENESS = ("-type", "-style", "-like", "-esque", "-inspired")
#: First marks read by _concept_owner and _product_of; after a quotation mark, :func:`_product_of` reads the mark
#: after it, which must be one of ``_PRODUCT_NEXT`` too (a likeness's hyphen, a space, another quotation mark): a
#: possessive's "s" fails it ("Blair's plan"), the cheap first test :func:`drop_works` makes before the call.
_APOSTROPHES, _PRODUCT_NEXT = frozenset("'’"), frozenset(" -\"”’'")
#: A time's possessive before a name and an event's noun after it: "this week's Gulf Air event", "Sunday's
#: Harbour Run race" - the name is the event's (a company's event keeps its name: "Google's event").
_TIME_OWNERS = frozenset(["week's", "weekend's", "month's", "year's", "season's", "today's", "tonight's", "tomorrow's",
                          "yesterday's", "Monday's", "Tuesday's", "Wednesday's", "Thursday's", "Friday's",
                          "Saturday's", "Sunday's"])
_EVENT_NOUNS = frozenset(["event", "tournament", "championship", "championships", "race", "festival", "ceremony",
                          "gala", "awards", "marathon", "meeting", "contest"])
#: Parts of a ground after a name that a person gave it: "fans in the Matthew Harding stand".
_GROUND_PARTS = frozenset(["stand", "terrace", "end"])
#: Event nouns after a name that make it the event's name wherever it stands: "the Uncle Toby's Hardcourts
#: tournament" (not "event" or "meeting", which follow a company's name: "a Google event").
_EVENT_HEADS = frozenset(["tournament", "championship", "championships", "marathon", "regatta"])
#: Nouns of transport after a name that make "aboard X" a company's flight or train, not a ship: "aboard a
#: Ryanair flight".
_TRANSPORT_NOUNS = frozenset(["flight", "flights", "plane", "jet", "aircraft", "airliner", "train", "bus", "service",
                              "helicopter", "boat", "ship", "vessel", "cruise"])


#: Nouns before a name that make it an illness: "the condition Erythropoietic Protoporphyria", "the condition EPP".
_ILLNESS_BEFORE = frozenset(["condition", "disease", "syndrome", "disorder", "illness"])
#: Nouns after a name (a model number may stand between) that make it a product, a technology, a festival or a
#: language: "the Cell processor", "the PlayStation 3 console", "Sim cards", "the CubaDupa festival", "the Tagalog
#: language". A listed organisation keeps its name ("an Intel processor", "the Vodafone network").
_THING_AFTER = frozenset(["processor", "processors", "chip", "chips", "chipset", "console", "consoles", "card", "cards",
                          "technology", "standard", "festival", "festivals", "carnival", "language", "dialect",
                          # an illness named after a place or a person: "Motor Neurone disease", "Lyme disease"
                          "disease", "syndrome",
                          # a body part named after a person: "his Achilles tendinitis", "an Achilles tendon injury"
                          "tendon", "tendons", "tendinitis", "tendonitis", "heel"])
#: Words right before a name that make it a language: "the local language, Tagalog", "the language Tagalog".
_LANGUAGE_BEFORE = ("language ", "language, ", "dialect ", "dialect, ", "languages ")


#: Last words of a named series of talks: "the Edinburgh Lectures series" (never an organisation).
_TALKS = frozenset(["Lectures", "Lecture"])
#: Last words of a meeting's name that an organisation's name can also end with ("Southern Christian Leadership
#: Conference"): a meeting only after "at" ("details will be released at the X Conference in San Francisco").
_MEETINGS = frozenset(["Conference", "Symposium", "Convention", "Congress", "Summit", "Forum", "Expo"])
_MEETING_ENDS = _TALKS | _MEETINGS  # the last words _meeting reads (a cheap first test)


def _meeting(text: str, m: EntityMention, before: str) -> bool:
    """True for a named series of talks or a meeting one is "at" (see ``_TALKS`` and ``_MEETINGS``)."""
    last = m.tokens[-1]
    if last in _TALKS:
        return True
    if last not in _MEETINGS or len(m.tokens) < 2:
        return False
    return before == "at" or (before == "the" and word_before(text, m.start - 4) == "at")


def _named_thing(text: str, m: EntityMention, before: str, after: str, lex: _Lexicon) -> bool:
    """True when a noun before or after ``m`` makes it an illness, a product, a festival or a language (see
    ``_ILLNESS_BEFORE``, ``_THING_AFTER``, ``_LANGUAGE_BEFORE``; :func:`drop_works` tests these first), never for a
    title and a name, nor a first name and a surname ("in a stable condition Dr Ray Hale said"). ``after``: :func:`_word_after`."""
    if not m.tokens or m.tokens[0] in lex.titles:
        return False
    if m.tokens[-1] in _MEETING_ENDS and _meeting(text, m, before):
        return True
    if m.tokens[0] in lex.first_names:
        if len(m.tokens) > 1 or before in _ILLNESS_BEFORE:
            return False
    elif before in _ILLNESS_BEFORE:
        return True
    if not after and text[m.end + 1:m.end + 2].isdigit():
        k = m.end + 2 + (text[m.end + 2:m.end + 3].isdigit())
        after = _word_after(text, k)  # "the PlayStation 3 console"
    if after in _THING_AFTER:
        return True
    return text.endswith(_LANGUAGE_BEFORE, max(0, m.start - 11), m.start)


def _thing_here(text: str, m: EntityMention, before: str, after: str) -> bool:
    """True when the words round ``m`` make it a show, an event, a ship or a format: "the Crime Lab TV shows",
    "this week's Gulf Air event", "aboard the Nordic Star", "an XML or RSS file" (``before`` and ``after``: the
    words next to it, :func:`word_before` and :func:`_word_after`)."""
    if after in ("TV", "television"):
        k = m.end + 1 + len(after)
        show = _word_after(text, k)
        # "the Fox Nine television show Night Desk": a title after the noun, so the name is the broadcaster.
        return show in _SHOW_NOUNS and not text[k + len(show) + 2:k + len(show) + 3].isupper()
    if after in _EVENT_NOUNS and before == "s" \
            and text[text.rfind(" ", 0, m.start - 1) + 1:m.start - 1].replace("’", "'") in _TIME_OWNERS:
        return True
    if before == "aboard" or (before == "the" and word_before(text, m.start - 4) == "aboard"):
        return after not in _TRANSPORT_NOUNS
    if after in ("or", "and"):
        # "an XML or RSS file": a name joined to another before a format's noun is a format too.
        k = m.end + len(after) + 2
        other = _next_word(text, k)
        return other[:1].isupper() and other.isalnum() and _word_after(text, k + len(other)) in _KIND_AFTER
    return False


#: Last words of a race's name after "the" ("the Great North Run"): not in event-words.txt, where "Run" or
#: "Race" alone would end names of other kinds.
_RACE_LAST = frozenset(["Run", "Race", "Walk", "Swim"])
#: Nouns of an event that a name in apposition after them names: "the Australian Open warm-up event, the Sydney
#: International.", "the festival's sister event, the Bangkok Film Market."; award nouns read the same way:
#: "Berlin's top prize, the Golden Bear," (the award wherever the text names it).
_EVENT_APPOSITION = _EVENT_NOUNS | {"competition", "fair", "market", "exhibition", "show", "prize", "award", "trophy"}
_EVENT_APPOSITION_ENDS = tuple(f" {w}" for w in _EVENT_APPOSITION)  # the same nouns as the end of a longer phrase


def _event_name(text: str, m: EntityMention, lex: _Lexicon) -> bool:
    """True for an event's or an award's name: its last word an event word or the plural of one ("the 2002 and
    2003 London Marathons", "the Opens"), or in apposition after an event's noun ("the warm-up event, the
    Sydney International.")."""
    last = m.tokens[-1]
    if last in _RACE_LAST and len(m.tokens) > 1 and text.startswith("the ", m.start - 4):
        return True  # "the Bupa Great Ireland Run", "the Boat Race"
    if (last in lex.event_words and not named_person(m.tokens, lex, word_before(text, m.start))) or (len(m.tokens) > 1 and last.endswith("s") and last[:-1] in lex.event_words):
        return True
    if not text.startswith(", the ", m.start - 6) or not (m.end == len(text) or text[m.end] in ".,;"):
        return False
    return word_before(text, m.start - 5).rstrip(",") in _EVENT_APPOSITION \
        or text.endswith(_EVENT_APPOSITION_ENDS, 0, m.start - 6)


def _product_of(text: str, m: EntityMention) -> bool:
    """True for a maker's name right before its product's name or a likeness suffix: "an Apple iPod" (a
    lowercase letter then a capital), '"Star Trek"-type aliens'. This mention only: "Apple's iPod" names Apple."""
    rest = text[m.end:m.end + 12].lstrip("\"”’'")
    if rest.startswith(_LIKENESS):
        return True
    if rest[:1] == " " and rest[1:2].isupper() and "-" in rest:
        word = text[m.end + 1:m.end + 40].split(" ", 1)[0]  # "Pop Idol-type funding": a two-word name's first word
        if word.endswith(_LIKENESS) or word[:-1].endswith(_LIKENESS):
            return True
    if rest[:1] != " " or len(rest) < 3:
        return False
    word = rest[1:].split(" ", 1)[0]
    # A lower-case rest has no capital (a cheap first test before the generator: most next words are "said").
    return word[:1].islower() and not word[1:].islower() and any(c.isupper() for c in word[1:]) and word.isalpha()


def _product_next(rest: str) -> bool:
    """The cheap first test of :func:`_product_of` for a name followed by a space (``rest``: the 12 characters
    from the name's end): a hyphen in them (a likeness, "Pop Idol-type"), or a lowercase letter and a capital in
    the next word's 11 characters ("an Apple iPod"); "Blair said" fails it without the call."""
    return "-" in rest or (rest[1:2].islower() and not rest[2:].islower())


#: Nouns after a possessive name that make the name and the noun one concept ("Godel's Theorem", "Murphy's Law",
#: "Alzheimer's disease"): the person is not mentioned as an actor there. Capitalised only where the lowercase
#: word follows any owner ("Britain's law").
_CONCEPTS = frozenset(["Theorem", "theorem", "Law", "Disease", "disease", "Syndrome", "syndrome", "Principle",
                       "Paradox", "paradox", "Razor", "Conjecture", "conjecture", "Hypothesis", "Equation", "Lymphoma",
                       "lymphoma", "Constant"])
#: Capitalised words after a possessive that make the name the first word of a show's title: "Britain's Got
#: Talent", "America's Next Top Model", "America's Most Wanted" (in a sentence, not in a title-case headline).
_SHOW_AFTER_OWNER = frozenset(["Got", "Next", "Most", "Funniest", "Strongest", "Smartest"])


#: The first two letters of the words :func:`_concept_owner` reads after "'s " (each has three or more): the cheap
#: first test :func:`drop_works` makes on ``text[end + 3:end + 5]`` before the call ("Blair's plan" fails it).
_CONCEPT_HEADS = frozenset(w[:2] for w in _CONCEPTS | _SHOW_AFTER_OWNER)
#: The marks after a possessive's "s" that :func:`.events._bare_illness` reads (none: the text's end), or a space
#: before " and" or " or" (``text[end + 2:end + 5]`` is " an" or " or"): its cheap first test in :func:`drop_works`.
_BARE_MARKS = frozenset(["", ",", ".", ";", ")"])


def _concept_owner(text: str, m: EntityMention) -> bool:
    """True for the name before "'s Theorem", "'s disease" (``_CONCEPTS``), "'s Got Talent" (``_SHOW_AFTER_OWNER``)."""
    rest = text[m.end:m.end + 16]
    if not rest.startswith(("'s ", "’s ")):
        return False
    word = rest[3:].split(" ", 1)[0].rstrip(".,;")
    return word in _CONCEPTS or (m.sentence >= 0 and word in _SHOW_AFTER_OWNER)


#: Words before a plural: "the Wayne Rooneys of this world", "we can't all be Wayne Rooneys", "other Tom Dalys".
_PLURAL_BEFORE = (" the ", " all be ", " other ", " more ", " many ", " few ", " all the ")


#: The last words of ``_PLURAL_BEFORE``: the word before a plural name is one of them (a cheap first test).
_PLURAL_LAST = frozenset(w.split()[-1] for w in _PLURAL_BEFORE)


def _plural_name(text: str, m: EntityMention, lex: _Lexicon) -> bool:
    """True for the plural of a person's name: "the Wayne Rooneys of this world" (a plural's word before it, a
    first name, then a listed surname and "s" that is no surname itself; not "Peter Moores", a surname in -s)."""
    if len(m.tokens) < 2 or m.tokens[0] not in lex.first_names or not text[max(0, m.start - 9):m.start].endswith(_PLURAL_BEFORE):
        return False
    last = m.tokens[-1]
    return last.endswith("s") and last not in lex.surnames and last[:-1] in lex.surnames


def _kind_word_before(text: str, start: int) -> str:
    """:func:`word_before`, read past "known as": "a file format known as Named Binary Tag" -> "format"."""
    before = word_before(text, start)
    if before == "as" and text[max(0, start - 12):start].endswith(" known as "):
        return word_before(text, start - 9)
    return before


def _short_form_after(text: str, end: int) -> str | None:
    """The norm of a short form in brackets right after ``text[:end]`` ("Named Binary Tag (NBT)" -> "nbt"), else None."""
    if text[end:end + 2] != " (":
        return None
    close = text.find(")", end + 2)
    return _norm(text[end + 2:close]) if 0 < close - end - 2 <= 8 else None


def drop_works(mentions: list[EntityMention], sentences: list[str], title: str, lex: _Lexicon,
               no_cues: set[int] | frozenset[int] = frozenset(),
               doc: tuple[str, list[int]] | None = None) -> list[EntityMention]:
    """Return ``mentions`` without the names of works, products and formats (see the module's text).

    ``doc``: :func:`.work_spans.joined` of ``sentences`` when the caller has it (made here when not given).

    ``no_cues``: sentences known to hold no cue word of :func:`.titles.title_spans` (the first pass reads them off
    its chunks: :func:`.tokenizer.tokenize_caps`), for which its first test is only the possessive and the quote.

    A title found by :func:`title_spans` is a work wherever the text repeats it ("his hit Lights Over Varnholm
    ... Lights Over Varnholm sold well"): the mentions inside its other occurrences go too. The document is searched
    once for what a few sentences hold (lists of works, the titles' places, award words, "on sale"), and the
    mentions are walked once: the numbered products (:mod:`.products`), the event owners and the short forms in
    brackets are gathered in the same walk.
    """
    things: set[str] = set()
    titles: set[str] = set()
    roles: set[str] = set()
    seen: set[int] = set()
    gazetteer, event_words, demonyms, first_names = lex.gazetteer, lex.event_words, lex.demonyms, lex.first_names
    # The texts :func:`title_spans` may find a title in: those that may hold a cue word (not in ``no_cues``) and
    # those with a possessive before a quotation mark (one search of the document). Its first test is left out:
    # a text that fails it gives no span to :func:`read_title_spans` either (see its text).
    if doc is None:
        doc = joined(sentences)  # the sentences as one text: one search of it per phrase, not one per sentence
    quoted = sentences_with(doc, _QUOTE_MARKS)
    if title and any(q in title for q in _QUOTE_MARKS):
        quoted.add(-1)
    cued = set(range(-1 if title else 0, len(sentences))).difference(no_cues)
    for si in sorted(cued.union(quoted)):
        for a, b, role in read_title_spans(text := sentences[si] if si >= 0 else title):
            t = text[a:b].strip(" '’")
            if len(t) >= 3 and _norm(t) not in gazetteer:
                titles.add(t)
                if role and " " not in t:
                    roles.add(t)  # "his appearance as Bond": "James Bond" is the same character
    for text in (title, *(sentences[si] for si in sorted(sentences_with(doc, (" Award", " Prize"))))):
        if " Award" in text or " Prize" in text:
            # An award named after the body that gives it ("the Screen Actors Guild Awards") leaves the body an
            # actor where the text names it alone ("The Screen Actors Guild represents actors").
            things |= {h for h in _award_heads(text) if h not in gazetteer
                       and h.rpartition(" ")[2].capitalize() not in lex.org_words}
    lists = list_index(doc, sentences)  # by sentence: where its lists of works stand (:func:`_span_index`)
    if title and (spans := list_spans(title)):
        lists[-1] = _span_index(spans)
    places = title_places(doc, sentences, title, titles, mentions)  # by sentence: where the titles stand
    sale = sentences_with(doc, (" on sale", " hit"))  # where a product may go on sale (:func:`.products._on_sale`)
    if sale:
        sale.add(-1)
    orgs: set[str] = set()  # for :func:`_plural_products`
    plurals: list[EntityMention] = []
    brackets: list[EntityMention] = []  # names before " (", whose short form is read once ``things`` is whole
    owners: list[EntityMention] = []  # mentions before "'s " and, by place, those after it (:func:`_event_owners`)
    owned: dict[tuple[int, int], list[EntityMention]] = {}
    last_cues = _LAST_CUES | event_words | {w + "s" for w in event_words}  # the last words the checks read
    for m in mentions:
        # The mention's fields read once (locals, not attribute reads in each test below).
        si, start, end = m.sentence, m.start, m.end
        if m.kind != "name":
            if si >= 0:  # any mention can own an event's name or be one (:func:`_event_owners`)
                text = sentences[si]
                if text[end:end + 3] in _POSSESSIVES:
                    owners.append(m)
                if text[start - 3:start] in _POSSESSIVES:
                    owned.setdefault((si, start), []).append(m)
            continue
        tokens = m.tokens
        n = len(tokens)
        if n == 1:  # the one-word names that :func:`_plural_products` reads, gathered in this walk
            if m.type in ("ORG", None):
                orgs.add(tokens[0])
            if tokens[0].endswith("s"):
                plurals.append(m)
        text = sentences[si] if si >= 0 else title
        # The words before and after, as :func:`word_before` and :func:`_word_after` read them (a word needs a space):
        # their first step written out, the call made only when it finds no word of letters (see :func:`word_before`).
        if text[start - 1:start] == " ":
            k = text.rfind(" ", start - 41 if start > 41 else 0, start - 1)
            before = text[k + 1:start - 1]  # (k < 0: all the text before the space, a word if it is all letters)
            if not before.isalpha():  # (its walk back over letters finds none after a mark: "said, X", "(X")
                before = word_before(text, start) if before[-1:].isalpha() else ""
        else:
            before = ""
        nxt = text[end:end + 1]  # the mark after the name: the cheap first test of the checks that read it
        if nxt == " ":
            k = text.find(" ", end + 1, end + 41)
            after = text[end + 1:k]
            if k < 0 or not after.isalpha():
                after = _word_after(text, end)
        else:
            after = ""
        pre2, c2 = text[start - 2:start], text[end + 1:end + 2]  # the two marks before, the character after the next
        if si >= 0:  # (a possessive's "s" is the word before a name after "'s ")
            if nxt in _APOSTROPHES and text[end + 1:end + 3] == "s ":
                owners.append(m)
            if before == "s" and text[start - 3:start - 1] in ("'s", "’s"):
                owned.setdefault((si, start), []).append(m)
            if nxt == " " and c2 == "(":
                brackets.append(m)
        last = tokens[-1] if tokens else ""
        if last:  # the names :mod:`.products` numbers or that a product noun names (the word before as it reads it)
            # (each check past its first test: :data:`_PRODUCT_CLOSERS`, :func:`.products.sale_near`)
            numbered = (nxt == " " and ((c2 in _SEQUEL_DIGITS and _sequel_after(text, end))
                                        or (si in sale and sale_near(text, end) and _on_sale(text, end)))) \
                or (last[-1].isdigit() and _glued_year(last))
            # (a space and a comma before the name: ``pre2`` is ", ", as :func:`.products._product_before` reads it)
            if (numbered or ((before in _PRODUCT_BEFORE or pre2 == ", ") and (nxt in _PRODUCT_CLOSERS or before in _PRODUCT_NAMERS)
                             and _product_before(text, start, end))) \
                    and m.norm not in gazetteer and tokens[0] not in first_names:
                things.add(m.norm)
                if numbered and (short := edition_short(text, end)) is not None:
                    things.add(short)  # "PlayStation Portable (PSP)": the short form is the same thing
        if before == "as":
            before = _kind_word_before(text, start)  # "known as": read past it (one call for most names)
        if before == "" and n == 1 and text[start - 2:start] == " (":
            long = _long_form(text, m)  # "a technology known as Really Simple Syndication (RSS)": read before it
            if long >= 0:
                before = _kind_word_before(text, long)
        # The checks of this mention alone, past a first test that each of them needs (:data:`_SEEN_BEFORE`); most
        # names, followed by " said" or "," fail it. (``listed_adjective``'s first test is written out here.)
        if ((n > 1 and before in _SEEN_BEFORE and (last[-1:] == "s" or after in _GROUND_PARTS)) or nxt in _APOSTROPHES or (nxt != " " and nxt in _PRODUCT_NEXT)
                or (nxt == " " and ((not after.islower() and after[:1].islower()) or "-" in text[end:end + 12]
                                    or ("champion" in after and after[:8] == "champion") or (n == 1 and demonyms.get(text[start:end]) == "")))) \
                and ((before == "the" and n >= 2 and after in _GROUND_PARTS)
                or (nxt in _APOSTROPHES and text[end + 3:end + 5] in _CONCEPT_HEADS and _concept_owner(text, m)) \
                or (n > 1 and before in _PLURAL_LAST and _plural_name(text, m, lex)) \
                or (nxt in _PRODUCT_NEXT and (_product_next(text[end:end + 12]) if nxt == " " else nxt == "-" or c2 in _PRODUCT_NEXT)
                    and _product_of(text, m)) \
                or (n == 1 and nxt == " " and demonyms.get(text[start:end]) == "" and listed_adjective(text, start, end, lex)) \
                or (nxt in _APOSTROPHES and (text[end + 2:end + 3] in _BARE_MARKS or text[end + 2:end + 5] in (" an", " or"))
                    and _bare_illness(text, m)) \
                or (nxt == " " and text[end:end + 9] == " champion" and _champion_of(text, m, lex))):
            seen.add(id(m))  # "Godel's Theorem", "the Wayne Rooneys", "an Apple iPod", "Olympic bid": this mention only
            continue
        if (at := lists.get(si)) is not None and _inside(at, start) and not text.startswith(("'s", "’s"), end):
            seen.add(id(m))  # "products such as Sony's Playstation": the product, not its maker
            if m.norm not in gazetteer:
                things.add(m.norm)
            continue
        if titles and (((at := places.get(si)) is not None and _inside(at, start))
                       or (n == 2 and tokens[-1] in roles)):
            seen.add(id(m))
            if m.norm not in gazetteer:
                things.add(m.norm)
            continue
        # The checks that make the name a thing, past a first test that each of them needs (see
        # :data:`_THING_BEFORE_CUES`); a name between no such words and marks ("Blair said") reads none of them.
        if (before in _THING_BEFORE_CUES or after in _THING_AFTER_CUES or last in last_cues or c2 == "("
                or (nxt == "," and text.startswith(_AFTER_CUES, end)) or "-" in last or (not after and c2.isdigit())
                or pre2 == ", " or "language" in before or "dialect" in before or (n > 1 and tokens[0] in CRAFT_HEADS)
                or (start == 0 and text[-6:] == ", the ") or (before == "the" and (text.startswith(", the ", start - 6)
                                                                  or (start >= 11 and text[start - 11:start - 5] == "aboard")))) \
                and (before in KIND_BEFORE or after in _KIND_AFTER \
                or (after in work_nouns and _work_before_noun(m, after, lex)) \
                or ("-" in last and _model_code(last)) \
                or ((nxt == "," or (nxt == " " and (after in _CUED_AFTER_WORDS or text[end + 1:end + 2] == "(")))
                    and _cued_after(text, m)) or ((before in ("s", "aboard", "the") or after in (
                    "TV", "television", "or", "and")) and _thing_here(text, m, before, after)) \
                or ((before in _ILLNESS_BEFORE or after in _THING_AFTER or last in _MEETING_ENDS or (not after and text[
                    end + 1:end + 2].isdigit()) or text.endswith(_LANGUAGE_BEFORE, 0, start)) and _named_thing(
                    text, m, before, after, lex)) or (last in _ILLNESS_LAST and n > 1) \
                or (last and (last in event_words or last in _RACE_LAST or (
                    last[-1:] == "s" and n > 1 and last[:-1] in event_words)
                              or text.startswith(", the ", start - 6)) and _event_name(text, m, lex)) \
                or (((n > 1 and tokens[0] in CRAFT_HEADS) or before in STORM_HEADS
                     or text.endswith((", ", ", the "), 0, start)) and craft_or_storm(m, text, before, sentences)) \
                or (after in _EVENT_HEADS and (text[start - 4:start] == "the "
                                                or text[start - 3:start] in ("'s ", "’s ")))):
            if m.norm not in gazetteer:
                things.add(m.norm)
                # "Named Binary Tag (NBT)": the short form in brackets after it is the same thing.
                if (short := _short_form_after(text, end)) is not None:
                    things.add(short)
    things |= _plural_products(orgs, plurals, lex)
    if things:
        seen |= _event_owners(owners, owned, sentences, things)
    if not things and not seen:
        return mentions
    if things:
        for m in brackets:  # "Crime Lab Series (CLS)" when "the CLS TV shows" made the short form a show
            if m.norm not in things and m.norm not in gazetteer and _short_form_after(sentences[m.sentence], m.end) in things:
                things.add(m.norm)
    return [m for m in mentions if m.norm not in things and id(m) not in seen]


_POSSESSIVES = ("'s ", "’s ")
#: The marks after a name (``nxt``, "" at the text's end) that :func:`.products._product_before` needs after "the"
#: or a comma before it ("smartphone, the Quillon Fold,"): only a product noun or a naming verb right before the
#: name ("drug Corvexa", ``_PRODUCT_NAMERS``) makes it true without one. 1,276 names of the 100k text come after
#: "the" or ", ", most of them followed by a space.
_PRODUCT_CLOSERS = frozenset(["", ",", ".", ";", ":", ")"])
#: A possessive's "s" before a quotation mark, the other texts :func:`.titles.title_spans` reads past its first test.
_QUOTE_MARKS = ("s '", "s ‘", 's "', "s “")

#: The words before a name that a check of :func:`drop_works`' first chain reads ("the", a plural's word), and
#: only before two words or more ending in "s" (a plural: "the Wayne Rooneys") or before a ground's part ("the
#: Matthew Harding stand"); the chain's other checks need an apostrophe or a mark of ``_PRODUCT_NEXT`` after the
#: name, or after a space a word in lower case with a capital ("iPod"), a hyphen within 12 characters,
#: "champion", or a listed adjective.
_SEEN_BEFORE = _PLURAL_LAST | {"the"}
#: The words before and after a name, and its last words, that a check of :func:`drop_works`' second chain
#: reads; its other checks need "(" or a digit after the name, a comma and a cue of ``_AFTER_CUES`` (", starring"),
#: a hyphen in its last word, ", " or "language"/"dialect" before it ("the language, Tagalog"), a craft's first
#: word, ", the " ending the text before a name that opens it (``str.startswith`` at a negative index), or "the"
#: after ", " or "aboard" (the two checks that read "the" alone: ", the X" in :func:`_event_name` and
#: :func:`.events.craft_or_storm`, "aboard the X" in :func:`_thing_here`; "the" after any other word and a comma
#: after the name, the two commonest first marks, let no check of the chain hold, so they are not cues alone).
_THING_BEFORE_CUES = KIND_BEFORE | {"s", "aboard"} | _ILLNESS_BEFORE | STORM_HEADS
_THING_AFTER_CUES = _KIND_AFTER | work_nouns | _CUED_AFTER_WORDS | {"TV", "television", "or", "and"} | _THING_AFTER | _EVENT_HEADS
_LAST_CUES = _MEETING_ENDS | _ILLNESS_LAST | _RACE_LAST  # with the event words and their plurals


def _event_owners(owners: list[EntityMention], owned: dict[tuple[int, int], list[EntityMention]], sentences: list[str],
                  things: set[str]) -> set[int]:
    """The ids of the names right before "'s" and an event's name ("the Uncle Toby's Hardcourts tournament":
    "Uncle Toby" is part of the tournament's name, not an actor there). ``owners``: the mentions before "'s ";
    ``owned``: the mentions after it by their sentence and start (both gathered in :func:`drop_works`' walk)."""
    out = set()
    for m in owners:
        after = owned.get((m.sentence, m.end + 3))
        if after is not None and word_before(sentences[m.sentence], m.start) == "the":
            for o in after:
                if o.norm in things:
                    out.add(id(m))
                    break
    return out


#: Party words that follow a state's or a country's name in a description: "a Virginia Democrat".
_PARTY_MEMBERS = frozenset(["Democrat", "Democrats", "Republican", "Republicans"])


def party_descriptions(mentions: list[EntityMention], lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with "Virginia Democrat", "an Oklahoma Republican" cut to the place.

    A listed place and a party member's word describe a person (the place they represent and the party), they
    name no actor; the place stays a place mention, as in "Senator Mark Warner of Virginia".
    """
    out = mentions
    for k, m in enumerate(mentions):
        if len(m.tokens) >= 2 and m.tokens[-1] in _PARTY_MEMBERS and m.kind == "name":
            place = " ".join(m.tokens[:-1])
            hit = lex.gazetteer.get(_norm(place))
            if hit is None or hit[0] != "LOC" or not m.text.startswith(place):
                continue
            if out is mentions:
                out = list(mentions)
            out[k] = new_mention(m.sentence, m.start, m.start + len(place), place, "LOC", "name", hit[1],
                                 tuple(m.tokens[:-1]))
    return out
