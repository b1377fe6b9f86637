"""Music and show business: award shows named like towns, bands named like a person (their frontman's).

Document-level passes over the rule finder's mentions, run by :func:`.document._rule_mentions`.
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import EntityMention
from .works import word_before

#: Words of a text about recorded music; two different ones make a music text.
_MUSIC_WORDS = frozenset(["album", "albums", "single", "singles", "chart", "charts", "band", "bands", "song", "songs",
                          "singer", "singers", "music", "gig", "gigs", "track", "tracks", "rapper", "rappers"])
#: Words after "the X" that leave X at the end of its noun phrase ("at the Brits on Tuesday", "the Brits,").
_PHRASE_ENDS = frozenset(["on", "in", "at", "of", "for", "with", "and", "or", "but", "is", "was", "are", "were",
                          "this", "last", "next", "ceremony", "awards", "show", "when", "where", "which", "who"])


def _ends_phrase(text: str, end: int) -> bool:
    """True when nothing, punctuation or a closing word (preposition, verb, "ceremony") follows ``end``."""
    rest = text[end:end + 20].lstrip()
    if not rest or not rest[0].isalpha():
        return True
    word = rest.split(None, 1)[0].strip(".,;:!?\"'")
    return word.lower() in _PHRASE_ENDS


def _music_text(sentences: list[str]) -> bool:
    """True when the body uses two different words of recorded music ("album", "chart", "band"...)."""
    seen = set()
    for s in sentences:
        low = s.lower()
        if "album" in low or "chart" in low or "band" in low or "song" in low or "music" in low or "single" in low \
                or "track" in low or "rapper" in low or "gig" in low or "singer" in low:
            seen.update(w.strip(".,;:!?\"'()") for w in low.split())
            if len(seen & _MUSIC_WORDS) >= 2:
                return True
    return False


def award_shows(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon) -> None:
    """A lone word listed only as a town, plural-looking ("Brits", a South African town), that a music text
    uses as "the X" closing its phrase ("at the Brits on Tuesday", "I don't care about the Brits") is the
    show or its awards, an event, not the town: every use of the word is dropped. A town takes no article;
    ranges and islands that do ("the Andes") are kept outside music texts, and a use after "in" ("in Brits")
    keeps the town.
    """
    cands = [m for m in mentions if m.kind == "name" and m.sentence >= 0 and m.type == "LOC" and len(m.tokens) == 1
             and m.key == "LOC:" + m.tokens[0] and m.tokens[0].endswith("s") and m.key not in lex.countries
             and m.norm not in lex.capitals]
    if not cands:
        return
    article = {m.norm for m in cands if word_before(sentences[m.sentence], m.start).lower() == "the"
               and _ends_phrase(sentences[m.sentence], m.end)}
    article -= {m.norm for m in cands if m.place_cue}
    if not article or not _music_text(sentences):
        return
    for m in cands:
        if m.norm in article:
            m.kind = "dropped"


#: Nouns of a band's leading member, said of no solo performer: "Franz Ferdinand frontman Alex Kapranos".
_FRONT_NOUNS = ("frontman ", "frontwoman ", "front-man ", "lead singer ", "lead vocalist ")


def fronted_bands(mentions: list[EntityMention], sentences: list[str]) -> None:
    """A name typed a person by its shape ("Franz Ferdinand": two first names, no list or title) right before
    "frontman", "lead singer"... and a capitalised name is the band that person fronts: every use of the name becomes an
    organisation, unless the text calls it a person outright (a title, role, age or relative)."""
    bands = set()
    for m in mentions:
        if m.type == "PER" and m.kind == "name" and m.sentence >= 0 and not m.key and m.shape_type.startswith("PER"):
            text = sentences[m.sentence]
            if text[m.end + 1:m.end + 2] not in ("f", "l") or text[m.end:m.end + 1] != " ":
                continue  # a cheap first test: no "frontman" or "lead singer" after it
            rest = text[m.end + 1:m.end + 40]
            for noun in _FRONT_NOUNS:
                if rest.startswith(noun) and rest[len(noun):len(noun) + 1].isupper():
                    bands.add(m.norm)
    if bands:
        groups(mentions, bands)


def groups(mentions: list[EntityMention], names: set[str]) -> None:
    """Every use typed a person of ``names`` (a band's, a group's name) becomes an organisation, unless the text
    calls the name a person outright somewhere (a title, role, age or relative)."""
    # The uses of the names, in one walk (both steps read only them; a second walk over every mention did).
    uses = [m for m in mentions if m.kind == "name" and m.norm in names]
    names = names - {m.norm for m in uses if m.honorific or m.role or m.aged or m.person_cue}
    for m in uses:
        if m.norm in names and m.type == "PER":
            m.type, m.key, m.weak, m.unsure = "ORG", None, False, False
