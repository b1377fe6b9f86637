"""Organisations retyped as people, and families and competitions dropped: the resolver's passes over whole lists
of names or actors (:func:`.resolve._resolve`).
"""

from __future__ import annotations

from collections import defaultdict

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention


def _drop_events_and_families(clusters: list, surnames: set[str]) -> None:
    """Competitions and families are no actors (the gold's convention, as events and works are not).

    * "X League" used as a competition: once by the noun after it ("Champions League final"), or twice
      by "in the", "won the"... before it; never a listed name ("Arab League").
    * The plural of a surname the text gives a person ("the Osbournes" beside "Ozzy Osbourne"): the family
      or a show named after it, not one actor.
    """
    for c in clusters:
        if not c.mentions or c.listed:
            continue
        cue = 0
        if c.type == "ORG":
            for m in c.mentions:  # (a loop, as a generator made per cluster would cost more than its sum)
                if m.kind == "name":
                    cue += m.competition
        plural = False
        if cue < 2 and surnames and all(map(_plural_word, c.forms)):
            forms = {_norm(f) for f in c.forms}
            plural = all(f not in surnames and (f[:-1] in surnames or f[:-2] in surnames) for f in forms)
        if cue >= 2 or plural:
            for m in c.mentions:
                m.kind = "dropped"
            c.mentions = []
            c.clear_forms()


def _plural_word(form: str) -> bool:
    return form.endswith("s") and " " not in form


def _relatives_as_people(names: list[EntityMention], lex: _Lexicon) -> None:
    """A two-word name typed an organisation (by the tagger, or by a first word that is also a listed place)
    is a person when its last word is the surname of another person named in full: "Dzhokhar Tsarnaev"
    beside "Tamerlan Tsarnaev". The two then count as two people sharing a surname.

    Only plain capitalised words with no organisation word, no place ending and no listed organisation first
    or last.
    """
    flipped = [m for m in names if m.type == "ORG" and m.shape_type in ("PER/weak", "ORG/name") and len(m.tokens) == 2
               and not m.key and all(w[:1].isupper() and w[1:].islower() for w in m.tokens)]
    if not flipped:
        return
    surnames = {_norm(m.tokens[-1]) for m in names if m.type == "PER" and len(m.tokens) > 1 and not m.key}
    for m in flipped:
        last = _norm(m.tokens[-1])
        if last in surnames and m.tokens[0] not in lex.org_words and m.tokens[-1] not in lex.org_words \
                and m.tokens[-1] not in lex.loc_last and lex.gazetteer.get(_norm(m.tokens[0]), ("",))[0] != "ORG" \
                and lex.gazetteer.get(last, ("",))[0] != "ORG":  # "Torvard Honda": a maker and a listed firm
            m.type, m.weak = "PER", True


def _people_in_lists(clusters: list, by_sentence: dict[int, list[EntityMention]], lex: _Lexicon) -> None:
    """A name typed an organisation only by default or by its shape, listed between people, is a person.

    "Ponting, Michael Slater, Darren Lehmann": the unknown word sits in a list
    (the next name starts at most three characters after it ends: a comma,
    "&") whose neighbours are people typed on firm evidence; no neighbour is an
    organisation or a place. Two or three plain words typed an organisation by their shape alone
    ("Stephan Marasek , Dieter Ramusch ( Andreas Ogris 77th )": "Dieter" is a dictionary word) need
    people on both sides: one person before it is often a name and its firm ("Jane Doe , Acme Robotics").
    ``by_sentence``: the names of each sentence in start order, as :func:`_resolve` grouped them.
    """
    votes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    shaped: set[int] = set()
    for s, all_names in by_sentence.items():
        if s < 0:
            continue
        ms = None  # the sentence's names still names, listed only for a sentence with a candidate (few have one)
        for m in all_names:
            if m.type != "ORG" or m.actor < 0 or m.kind != "name":
                continue
            if not m.guessed:
                if m.shape_type not in _SHAPE_ORG or not _shaped_org(m, lex):  # (its first test, without a call)
                    continue
                shaped.add(m.actor)
            if ms is None:
                ms = [x for x in all_names if x.kind == "name"]
            k = next(i for i, x in enumerate(ms) if x is m)
            for other in (ms[k - 1] if k > 0 else None, ms[k + 1] if k + 1 < len(ms) else None):
                if other is None or not (0 < max(other.start - m.end, m.start - other.end) <= 3):
                    continue
                if other.type == "PER" and not other.guessed and not other.weak:
                    votes[m.actor][0] += 1
                elif other.type in ("ORG", "LOC") and not other.guessed:
                    votes[m.actor][1] += 1
    for i, (per, other) in votes.items():
        c = clusters[i]
        if per > (i in shaped) and not other and c.type == "ORG" \
                and all(m.guessed or _shaped_org(m, lex) for m in c.mentions if m.kind == "name"):
            c.type = "PER"
            for m in c.mentions:
                if m.kind == "name":
                    m.type = "PER"


#: The shape rules' reasons for an organisation of plain capitalised words (:func:`_shaped_org`).
_SHAPE_ORG = frozenset(["ORG/common", "ORG/name"])


def _shaped_org(m: EntityMention, lex: _Lexicon) -> bool:
    """True for two or three plain capitalised words typed an organisation by their shape alone: no listed
    name, no organisation or place word, no descriptor noun, no team."""
    return m.shape_type in _SHAPE_ORG and 2 <= len(m.tokens) <= 3 and not m.key \
        and not m.org_cue and not m.team \
        and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and w not in lex.org_words
                and w not in lex.loc_last and w not in lex.noise for w in m.tokens)
