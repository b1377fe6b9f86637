"""The plain form of ``works.drop_works`` as it stood before speedD5 (one walk per sentence for the titles, lists and
places, a second walk over the mentions for numbered products, a third and fourth for event owners and short
forms): the oracle the tests compare the faster form with, on made-up tricky documents."""

from __future__ import annotations

from briefing.core.actors.events import (
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
from briefing.core.actors.lexicon import _Lexicon, _norm
from briefing.core.actors.nonnames import listed_adjective
from briefing.core.actors.products import _PRODUCT_BEFORE, _SEQUEL_DIGITS, _glued_year, _on_sale, _product_before, _sequel_after
from briefing.core.actors.titles import _OPEN_QUOTES, _after_cue, _tuned_title, _words, counted_before, starring_in
from briefing.core.actors.tokens import EntityMention
from briefing.core.actors.work_spans import _FEW_TITLES, _inside, _span_index, _title_index, _title_places, _titles_in, list_spans
from briefing.core.actors.titles import (
    _CASTING, _CUE_WORDS, _DETERMINERS, _NAMING, _RIDING, _WORK_NOUNS, _WORK_NOUNS_DET, _WORK_OF, _WORK_OF_COUNTED,
    _WORK_OF_FIRST, _next_word,
)
from briefing.core.actors.works import (
    _APOSTROPHES, _CUED_AFTER_WORDS, _EVENT_HEADS, _GROUND_PARTS, _ILLNESS_BEFORE, _KIND_AFTER, _LANGUAGE_BEFORE,
    _MEETING_ENDS, _PLURAL_LAST, _PRODUCT_NEXT, _RACE_LAST, _THING_AFTER, KIND_BEFORE, _concept_owner, _cued_after,
    _event_name, _kind_word_before, _model_code, _named_thing, _plural_name, _product_next, _product_of,
    _short_form_after, _thing_here, _word_after, word_before,
)
from briefing.core.actors.titles import _work_before_noun, work_nouns


def _cast_before(text: str, words: list[tuple[int, int]], w: int) -> bool:
    """True when one of the eight words before word ``w`` is a casting verb ("cast Reese Witherspoon as")."""
    return any(text[x:y].lower().strip(",") in _CASTING for x, y in words[max(0, w - 8):w])


def title_spans_reference(text: str) -> list[tuple[int, int, bool]]:
    """Spans of ``text`` that are titles of works or names of characters and horses, by the words before them;
    the flag is True for a character ("the character X", "cast ... as X").

    After a work noun ("the BBC drama X", "Clapton's 1991 hit Tears In Heaven", "a system called Unicode",
    "a report, Paying the Price" at the end of a sentence), after a possessive and a quotation mark
    ("Rembrandt's 'Storm on the Sea of Galilee'"), after a casting verb and "as" ("cast Reese Witherspoon as
    Becky Sharp") and after a riding verb ("McCoy is riding Shutthefrontdoor").
    """
    out: list[tuple[int, int, bool]] = []
    if _CUE_WORDS.isdisjoint(text.lower().replace(",", " ").split()) \
            and not ("s '" in text or "s ‘" in text or 's "' in text or "s “" in text):  # a possessive, a quote
        return out  # most sentences: one set test, no walk over the words
    words = _words(text)
    for w, (a, b) in enumerate(words):
        word = text[a:b]
        nxt = b + 1
        if b >= len(text) or nxt >= len(text):
            continue
        if word.endswith(("'s", "’s")) and text[nxt] in _OPEN_QUOTES:
            span = _after_cue(text, nxt)  # "Vermeer's 'The Concert'"
            if span:
                out.append((*span, False))
            continue
        comma = word.endswith(",")
        low = word[:-1].lower() if comma else word.lower()
        if low not in _CUE_WORDS and low != "as":  # most words: every test below reads a cue word or "as"
            continue
        if low == "tune":
            span = _tuned_title(text, words, w)  # "tune into this Sunday's Rugby Special"
            if span is None and not comma and w and text[words[w - 1][0]:words[w - 1][1]].lower() == "theme":
                span = _after_cue(text, nxt)  # "the theme tune The Ballad of Jed Clampett"
            if span:
                out.append((*span, False))
        elif not comma and low in _WORK_OF_FIRST and w + 1 < len(words) \
                and (low, text[words[w + 1][0]:words[w + 1][1]]) in _WORK_OF \
                and (low not in _WORK_OF_COUNTED or counted_before(text, words, w)):
            span = _after_cue(text, words[w + 1][1] + 1)  # "the cast of Kisna"
            if span:
                out.append((*span, False))
        elif low in _WORK_NOUNS or low in _WORK_NOUNS_DET:
            if low in _WORK_NOUNS_DET:
                prev = text[words[w - 1][0]:words[w - 1][1]] if w else ""
                if not (prev.lower() in _DETERMINERS or prev.endswith(("'s", "’s")) or (prev.isdigit() and len(prev) == 4)
                        or (prev[:1].isupper() and low not in ("hit", "play", "report", "feature", "single"))):
                    continue
            if comma:  # "a report, Paying the Price." - only a title that ends the sentence
                span = _after_cue(text, nxt)
                if span and text[span[1]:].strip() in ("", ".", "!", ".'", '."'):
                    out.append((*span, False))
                continue
            naming = _next_word(text, nxt)
            if naming in _NAMING:
                nxt += len(naming) + 1
            span = _after_cue(text, nxt)
            if span:
                out.append((*span, low == "character"))
        elif not comma and low in _CASTING and (span := starring_in(text, words, w)) is not None:
            out.append((*span, False))  # "starring in A Very Long Engagement"
        elif not comma and (low in _RIDING or (low == "as" and _cast_before(text, words, w))):
            span = _after_cue(text, nxt)
            if span:
                out.append((*span, low == "as"))
    return out


def drop_works_reference(mentions: list[EntityMention], sentences: list[str], title: str, lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` without the names of works, products and formats (see the module's text).

    A title found by :func:`title_spans` is a work wherever the text repeats it ("his hit Lights Over Varnholm
    ... Lights Over Varnholm sold well"): the mentions inside its other occurrences go too.
    """
    things: set[str] = set()
    titles: set[str] = set()
    roles: set[str] = set()
    seen: set[int] = set()
    lists: dict[int, tuple | None] = {}  # by sentence: where its lists of works stand (:func:`_span_index`)
    places: dict[int, tuple | None] = {}  # by sentence: where the titles stand (read once a sentence)
    index = None  # the titles by their first words, once there are many (:func:`_title_index`)
    for text in (title, *sentences):  # one pass over the texts: titles of works, and award names
        for a, b, role in title_spans_reference(text):
            t = text[a:b].strip(" '’")
            if len(t) >= 3 and _norm(t) not in lex.gazetteer:
                titles.add(t)
                if role and " " not in t:
                    roles.add(t)  # "his appearance as Bond": "James Bond" is the same character
        if " Award" in text or " Prize" in text:
            # An award named after the body that gives it ("the Screen Actors Guild Awards") leaves the body an
            # actor where the text names it alone ("The Screen Actors Guild represents actors").
            things |= {h for h in _award_heads(text) if h not in lex.gazetteer
                       and h.rpartition(" ")[2].capitalize() not in lex.org_words}
    gazetteer, event_words, demonyms = lex.gazetteer, lex.event_words, lex.demonyms
    orgs: set[str] = set()  # for :func:`_plural_products`
    plurals: list[EntityMention] = []
    for m in mentions:
        if m.kind != "name":
            continue
        # The mention's fields read once (locals, not attribute reads in each test below).
        si, start, end, tokens = m.sentence, m.start, m.end, m.tokens
        n = len(tokens)
        if n == 1:  # the one-word names that :func:`_plural_products` reads, gathered in this walk
            if m.type in ("ORG", None):
                orgs.add(tokens[0])
            if tokens[0].endswith("s"):
                plurals.append(m)
        text = sentences[si] if si >= 0 else title
        before = word_before(text, start) if text[start - 1:start] == " " else ""  # a word needs a space
        if before == "as":
            before = _kind_word_before(text, start)  # "known as": read past it (one call for most names)
        if before == "" and n == 1 and text[start - 2:start] == " (":
            long = _long_form(text, m)  # "a technology known as Really Simple Syndication (RSS)": read before it
            if long >= 0:
                before = _kind_word_before(text, long)
        nxt = text[end:end + 1]  # the mark after the name: the cheap first test of the checks that read it
        # (``listed_adjective``'s first test is written out here: most names fail it.)
        if (before == "the" and n >= 2 and _word_after(text, end) in _GROUND_PARTS) \
                or (nxt in _APOSTROPHES and _concept_owner(text, m)) \
                or (n > 1 and before in _PLURAL_LAST and _plural_name(text, m, lex)) \
                or (nxt in _PRODUCT_NEXT and (nxt != " " or _product_next(text[end:end + 12])) and _product_of(text, m)) \
                or (n == 1 and nxt == " " and demonyms.get(text[start:end]) == "" and listed_adjective(text, start, end, lex)) \
                or (nxt in _APOSTROPHES and _bare_illness(text, m)) \
                or (nxt == " " and text[end:end + 9] == " champion" and _champion_of(text, m, lex)):
            seen.add(id(m))  # "Godel's Theorem", "the Wayne Rooneys", "an Apple iPod", "Olympic bid": this mention only
            continue
        if si not in lists:
            lists[si] = _span_index(spans) if (spans := list_spans(text)) else None  # None: no span
        if titles and si not in places:
            if index is None and len(titles) > _FEW_TITLES:
                index = _title_index(titles)
            spans = _title_places(text, titles if index is None else _titles_in(text, index))
            places[si] = _span_index(spans) if spans else None
        if (at := lists[si]) is not None and _inside(at, start) and not text.startswith(("'s", "’s"), end):
            seen.add(id(m))  # "products such as Sony's Playstation": the product, not its maker
            if m.norm not in gazetteer:
                things.add(m.norm)
            continue
        if titles and (((at := places[si]) is not None and _inside(at, start))
                       or (n == 2 and tokens[-1] in roles)):
            seen.add(id(m))
            if m.norm not in gazetteer:
                things.add(m.norm)
            continue
        after = _word_after(text, end) if nxt == " " else ""
        last = tokens[-1] if tokens else ""
        if before in KIND_BEFORE or after in _KIND_AFTER \
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
                                                or text[start - 3:start] in ("'s ", "’s "))):
            if m.norm not in gazetteer:
                things.add(m.norm)
                # "Named Binary Tag (NBT)": the short form in brackets after it is the same thing.
                if (short := _short_form_after(text, end)) is not None:
                    things.add(short)
    things |= _plural_products(orgs, plurals, lex) | numbered_products_reference(mentions, sentences, title, lex)
    if things:
        seen |= _event_owners_reference(mentions, sentences, things)
    if not things and not seen:
        return mentions
    if things:
        for m in mentions:  # "Crime Lab Series (CLS)" when "the CLS TV shows" made the short form a show
            if m.sentence >= 0 and sentences[m.sentence].startswith(" (", m.end) and m.norm not in things \
                    and m.kind == "name" and m.norm not in lex.gazetteer:  # the bracket first: a cheap test
                if _short_form_after(sentences[m.sentence], m.end) in things:
                    things.add(m.norm)
    return [m for m in mentions if m.norm not in things and id(m) not in seen]


def _event_owners_reference(mentions: list[EntityMention], sentences: list[str], things: set[str]) -> set[int]:
    """The ids of the names right before "'s" and an event's name ("the Uncle Toby's Hardcourts tournament":
    "Uncle Toby" is part of the tournament's name, not an actor there)."""
    starts = {(m.sentence, m.start): m for m in mentions if m.norm in things and m.sentence >= 0}
    at = {si for si, _ in starts}  # their sentences: the cheap first test, no pair made for most mentions
    out = set()
    for m in mentions:
        if m.sentence in at and (m.sentence, m.end + 3) in starts and sentences[m.sentence][m.end:m.end + 3] in ("'s ", "’s ") \
                and word_before(sentences[m.sentence], m.start) == "the":
            out.add(id(m))
    return out


def numbered_products_reference(mentions: list[EntityMention], sentences: list[str], title: str, lex: _Lexicon) -> set[str]:
    """Norms of the names the text numbers as a product's edition or says go on sale (see the module's text), and
    those a product noun introduces ("its arthritis drug Corvexa", "the vaccine, called R21-X": a
    medicine or a device is no actor, in every use), read in the same walk over the mentions. A listed name or one
    opening with a first name is kept."""
    out: set[str] = set()
    # The sentences a name may go on sale in: each phrase of ``_ON_SALE`` holds " on sale" or " hit", so one test
    # a sentence spares the look after most names (the title only when a sentence has one).
    sale = {i for i, t in enumerate(sentences) if " on sale" in t or " hit" in t}
    if sale:
        sale.add(-1)
    gazetteer, first_names = lex.gazetteer, lex.first_names
    for m in mentions:
        if m.kind != "name" or not m.tokens:
            continue
        si, start, end, tokens = m.sentence, m.start, m.end, m.tokens
        text = sentences[si] if si >= 0 else title
        # The names a product noun introduces ("its arthritis drug Corvexa"), read in the same walk over the mentions;
        # the word before the name (as :func:`_product_before` reads it) first: one of ``_PRODUCT_BEFORE`` or a word
        # with a comma, else that call cannot say True.
        if text[start - 1:start] == " " and ((word := text[text.rfind(" ", max(0, start - 17), start - 1) + 1:start - 1])
                                             in _PRODUCT_BEFORE or word[-1:] == ",") \
                and _product_before(text, start, end) and m.norm not in gazetteer and tokens[0] not in first_names:
            out.add(m.norm)
        # The cheap first tests inline: a digit two characters on (a sequel), a digit at the end of the last word
        # (a glued year), a sentence of ``sale``.
        last = tokens[-1]
        if not ((text[end + 1:end + 2] in _SEQUEL_DIGITS and text[end:end + 1] == " " and _sequel_after(text, end))
                or (last[-1:].isdigit() and _glued_year(last)) or (si in sale and _on_sale(text, end))) \
                or m.norm in gazetteer or tokens[0] in first_names:
            continue
        out.add(m.norm)
        if text.startswith(" (", end) and (close := text.find(")", end, end + 12)) > 0:
            short = text[end + 2:close]
            if short.isalpha() and short.isupper():
                out.add(_norm(short))  # "PlayStation Portable (PSP)": the short form is the same thing
    return out
