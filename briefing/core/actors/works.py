"""Names of works, products and formats: "the online game Minecraft", "the NBT format", "an LGP-30".

A common noun of a kind of work or product right before a name ("the game Minecraft", "the novel Chaos",
"a file format known as Named Binary Tag") or a format's noun right after it ("the NBT format", "the Minecraft
protocol") says the name is a thing, not an actor; so does a model designation, capitals, a hyphen and a number
("LGP-30", "PDP-11", "F-16"). :func:`drop_works` removes every mention of such a name (the document's
other uses of the same name are the same thing), unless a word list knows the name as an actor. Plain
look-ups at the tokens around each mention.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention, new_mention

#: Kinds of works and products that can stand right before a title or a product's name.
_KIND_BEFORE = frozenset(["game", "film", "movie", "novel", "book", "album", "song", "sitcom", "musical",
                          "format", "protocol", "software", "app", "browser", "console", "franchise", "saga",
                          "trilogy", "documentary", "videogame"])
#: Nouns after a name that make it a format or a protocol (a company's name goes before "software", "games").
_KIND_AFTER = frozenset(["format", "protocol", "saga", "franchise", "trilogy", "file", "files"])


def _model_code(text: str) -> bool:
    """True for "LGP-30", "PDP-11", "F-16": capitals, one hyphen, digits."""
    head, sep, tail = text.rpartition("-")
    return bool(sep) and tail.isdigit() and head.isalpha() and head.isupper()


def _word_before(text: str, start: int) -> str:
    """The lowercase word right before ``start`` in ``text`` (skipping one space), or ''."""
    j = start - 1
    if j < 0 or text[j] != " ":
        return ""
    # Most words run from a space: found in C (a window of 40 characters: no long line is read per name).
    k = text.rfind(" ", max(0, j - 40), j)
    if k >= 0 and text[k + 1:j].isalpha():
        return text[k + 1:j]
    i = j
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:j]


def _word_after(text: str, end: int) -> str:
    if end >= len(text) or text[end] != " ":
        return ""
    k = text.find(" ", end + 1, end + 41)  # as in _word_before: a word up to a space, found in C
    if k >= 0 and text[end + 1:k].isalpha():
        return text[end + 1:k]
    i = j = end + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


def drop_works(mentions: list[EntityMention], sentences: list[str], title: str, lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` without the names of works, products and formats (see the module's text)."""
    things: set[str] = set()
    for m in mentions:
        if m.kind != "name":
            continue
        text = sentences[m.sentence] if m.sentence >= 0 else title
        before = _word_before(text, m.start)
        if before == "as" and text[max(0, m.start - 12):m.start] == " known as ":
            before = _word_before(text, m.start - 9)  # "a file format known as Named Binary Tag"
        if before in _KIND_BEFORE or _word_after(text, m.end) in _KIND_AFTER or (bool(m.tokens) and _model_code(m.tokens[-1])):
            if m.norm not in lex.gazetteer:
                things.add(m.norm)
                # "Named Binary Tag (NBT)": the short form in brackets after it is the same thing.
                if text[m.end:m.end + 2] == " (":
                    close = text.find(")", m.end + 2)
                    if 0 < close - m.end - 2 <= 8:
                        things.add(_norm(text[m.end + 2:close]))
    if not things:
        return mentions
    return [m for m in mentions if m.norm not in things]


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
