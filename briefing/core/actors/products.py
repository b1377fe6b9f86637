"""Names of products that the text numbers: a sequel's number after the name ("Halo 2 has broken records",
"Gran Turismo 4 for the console") or a year glued to it ("FM2005", a game's yearly edition); and names that
go on sale ("Sony's PlayStation Portable (PSP) will go on sale in Japan": a firm is sold, it does not go on sale).
:func:`maker_editions` cuts a maker's name with an edition word ("Sky Plus") to the maker when the text also
names the maker alone ("Sky has said"): the maker is the actor.

A company, a person or a place is not numbered that way: a single digit from 2 to 9 right after a name and
then a verb or a preposition is an edition (a sports score puts the other side's name after the digit: "Leeds 2
Bradford 1"; a count puts its unit there: "Acme 2 years ago"); a name with a year glued to its letters is a product's edition. Every mention of such a name
goes (the document's other uses of "Halo" are the same game), unless a word list knows it as an actor or it
starts with a first name. Helpers of :func:`.works.drop_works`, which asks them in its one walk over the
mentions; plain look-ups at the characters after each mention.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention, new_mention, whole_word_ends

_SEQUEL_DIGITS = frozenset("23456789")
#: Words after a sequel's number: a verb or a preposition ("Halo 2 has", "Gran Turismo 4 for the console"), never
#: a unit that counts ("Acme 2 years ago", "Leeds 2 goals up").
_SEQUEL_NEXT = frozenset(["is", "was", "has", "had", "will", "would", "could", "can", "for", "on", "sold", "sells",
                          "went", "goes", "comes", "came", "features", "includes", "broke", "topped", "tops",
                          "arrives", "arrived", "launched", "launches", "became", "remains", "looks", "lets"])


def _sequel_after(text: str, end: int) -> bool:
    """True when " 4 for", " 2 has" follows ``end``: one digit 2-9, a space, a verb or a preposition."""
    if text[end + 1:end + 2] not in _SEQUEL_DIGITS or text[end + 2:end + 3] != " ":
        return False
    k = text.find(" ", end + 3, end + 16)
    return text[end + 3:k if k > 0 else end + 16].rstrip(".,;") in _SEQUEL_NEXT


def _glued_year(word: str) -> bool:
    """True for "FM2005", "Euro2004": two letters or more, then a year of 19xx or 20xx glued to them."""
    return len(word) >= 6 and word[-4:].isdigit() and word[-4:-2] in ("19", "20") and word[:-4].isalpha()


#: Words after a name that make it a thing sold in shops (after a short form in brackets or "will", "is to").
_ON_SALE = (" go on sale", " goes on sale", " went on sale", " gone on sale", " hit the shelves", " hits the shelves",
            " hit shops", " hits shops", " hit the shops", " hits the shops")
_AUXILIARIES = (" will", " would", " is to", " are to", " has", " have", " finally", " also")


def sale_near(text: str, end: int) -> bool:
    """The first test of :func:`_on_sale`: " on sale" or " hit" in the 48 characters it reads. Each phrase of
    ``_ON_SALE`` holds one of them, and :func:`_on_sale` is true only when one stands in those 48 characters (it
    reads suffixes of them), so a name in a sentence that says " history" or " hit" elsewhere makes no call."""
    rest = text[end:end + 48]
    return " on sale" in rest or " hit" in rest


def _on_sale(text: str, end: int) -> bool:
    """True when "(PSP) will go on sale", " goes on sale", " hits the shelves" follows ``end``."""
    rest = text[end:end + 48]
    if rest.startswith(" ("):
        close = rest.find(")")
        if close < 0:
            return False
        rest = rest[close + 1:]
    for aux in _AUXILIARIES:
        if rest.startswith(aux):
            rest = rest[len(aux):]
            break
    return rest.startswith(_ON_SALE)


def edition_short(text: str, end: int) -> str | None:
    """The norm of a short form in capitals in brackets right after a numbered name ("PlayStation Portable (PSP)"
    -> "psp"), else None."""
    if text.startswith(" (", end) and (close := text.find(")", end, end + 12)) > 0:
        short = text[end + 2:close]
        if short.isalpha() and short.isupper():
            return _norm(short)
    return None


#: Edition words after a maker's name that make the pair the maker's product or service: "Sky Plus", "iPad Pro".
_EDITION_LAST = frozenset(["Plus", "Pro", "Max", "Mini", "Lite", "Premium", "Deluxe", "Ultra"])


def _named_alone(sentences: list[str], maker: str, edition: str) -> bool:
    """True when some sentence writes ``maker`` as a whole word not followed by ``edition`` ("Sky has said")."""
    return any(not text.startswith(" " + edition, end) for text in sentences for end in whole_word_ends(text, maker))


def maker_editions(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with a maker's name and an edition word ("Sky Plus boxes") cut to the maker ("Sky")
    when the text also names the maker alone ("Sky also charges a fee"), so the maker is the one actor; a listed
    name ("Canal Plus") or a first name ("Anna Max") is kept whole."""
    out = mentions
    alone: dict[tuple[str, str], bool] = {}  # each pair read once: every "Sky Plus" reading the whole text was quadratic
    for k, m in enumerate(mentions):
        if len(m.tokens) < 2 or m.tokens[-1] not in _EDITION_LAST or m.kind != "name" or m.norm in lex.gazetteer \
                or m.tokens[0] in lex.first_names:
            continue
        maker = " ".join(m.tokens[:-1])
        if not m.text.startswith(maker):
            continue
        pair = (maker, m.tokens[-1])
        if pair not in alone:
            alone[pair] = _named_alone(sentences, *pair)
        if not alone[pair]:
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = new_mention(m.sentence, m.start, m.start + len(maker), maker, None, "name", None, tuple(m.tokens[:-1]))
    return out


#: Nouns for things sold that name the product after them ("its arthritis drug Corvexa", "the vaccine, called
#: R21-X", "the folding smartphone, the Quillon Fold", "its video app, Looply."): medicines and consumer devices.
#: (Apps, consoles and browsers with no comma are ``works.KIND_BEFORE``'s.)
_PRODUCT_NOUNS = frozenset(["drug", "pill", "vaccine", "jab", "medicine", "medication", "antibiotic", "painkiller",
                            "antidepressant", "inhaler", "smartphone", "phone", "handset", "laptop", "smartwatch",
                            "chatbot", "app", "console", "headset"])
_NAMING_VERBS = frozenset(["called", "named", "dubbed", "branded"])
#: The words before a name that :func:`_product_before` goes on to read (and any word with a comma).
_PRODUCT_BEFORE = _PRODUCT_NOUNS | _NAMING_VERBS | {"the"}
_PRODUCT_NAMERS = _PRODUCT_NOUNS | _NAMING_VERBS  # the words before a name that need no mark after it


def _product_before(text: str, start: int, end: int) -> bool:
    """True when a product noun names the name at ``start:end``: right before it ("drug Corvexa"), before
    "called" ("vaccine, called R21-X") or before a comma and "the" with the name closed by a mark ("smartphone,
    the Quillon Fold,")."""
    k = text.rfind(" ", max(0, start - 17), start - 1)
    last = text[k + 1:start - 1]  # the word before: the cheap first test, most names have none of these
    if last in _PRODUCT_NOUNS:
        return True
    if not (last in _NAMING_VERBS or last == "the" or last[-1:] == ","):
        return False
    words = text[max(0, start - 40):start].split()
    if len(words) < 2:
        return False
    if last in _NAMING_VERBS:
        return words[-2].rstrip(",") in _PRODUCT_NOUNS
    closed = end == len(text) or text[end] in ",.;:)"
    if last == "the":
        return closed and words[-2].endswith(",") and words[-2][:-1] in _PRODUCT_NOUNS
    return closed and last.endswith(",") and last[:-1] in _PRODUCT_NOUNS
