"""A place's name inside an organisation's name: the town, or the organisation's short form?

"Councillors in Kelby ... the Kelby Bridge Trust": the lone word is the town the trust is named after, an actor
of its own. "Northfield Building Society ... Northfield was rescued by a rival": the lone word is the society cut
short, though a list knows a town of that name. The words around the lone word's uses decide: a place cue ("in",
"near", "residents of") against an organisation's ("said", "announced", "was rescued", "its shares").
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention

#: Nouns of the people or parts of a place before "of": "residents of Kelby", "the outskirts of Kelby".
_DWELLERS = frozenset(["residents", "inhabitants", "citizens", "townspeople", "villagers", "outskirts", "streets",
                       "centre", "center", "mayor", "people"])

#: Verbs right after a name that an organisation does and a town does not (a capital standing for its state is
#: never asked): "Northfield said", "Acme announced".
_ORG_VERBS = frozenset(["said", "says", "announced", "announces", "reported", "reports", "confirmed", "denied",
                        "employs", "employed", "hired", "posted", "declined", "shares", "stock", "spokesman",
                        "spokeswoman", "spokesperson"])

#: Past participles after "was"/"has been" that befall a firm: "Northfield was rescued by a rival".
_FIRM_EVENTS = frozenset(["rescued", "bought", "acquired", "nationalised", "nationalized", "floated", "listed",
                          "founded", "fined", "sold", "bailed", "demutualised", "taken"])

#: Nouns after an owner's "'s" that only a firm has: "Northfield's shares", "Acme's chief executive".
_FIRM_OWNED = frozenset(["shares", "stock", "profits", "profit", "customers", "savers", "shareholders", "board",
                         "chairman", "chief", "staff", "employees", "takeover", "losses", "accounts"])


def _after(m: EntityMention, texts: list[str]) -> list[str]:
    """The first three words after ``m`` in its sentence, lower-cased, without the owner's "'s"."""
    if not 0 <= m.sentence < len(texts):
        return []
    rest = texts[m.sentence][m.end:m.end + 40]
    if rest[:2] in ("'s", "’s"):
        rest = rest[2:]
    return [w.strip(",.;:").lower() for w in rest.split()[:3]]


def _before(m: EntityMention, texts: list[str]) -> list[str]:
    """The two words before ``m`` in its sentence, lower-cased."""
    if not 0 <= m.sentence < len(texts):
        return []
    return [w.lower() for w in texts[m.sentence][max(0, m.start - 30):m.start].split()[-2:]]


def place_use(m: EntityMention, texts: list[str]) -> bool:
    """True for a use that reads as a place: after "in", "near"... or a kind of place, or "residents of"."""
    if m.possessive:
        return False
    if m.place_cue or m.place_noun:
        return True
    before = _before(m, texts)
    return len(before) == 2 and before[1] == "of" and before[0] in _DWELLERS


def org_use(m: EntityMention, texts: list[str]) -> bool:
    """True for a use that reads as an organisation: a descriptor or market noun around it, a firm's verb after
    it ("said", "announced"), "was rescued", or an owner of shares or a chief executive."""
    if m.org_cue or m.market_cue:
        return True
    after = _after(m, texts)
    if not after:
        return False
    if m.possessive:
        return after[0] in _FIRM_OWNED
    if after[0] in _ORG_VERBS:
        return True
    return len(after) >= 2 and after[0] in ("was", "is", "has", "had") and (
        after[1] in _FIRM_EVENTS or (after[1] == "been" and len(after) > 2 and after[2] in _FIRM_EVENTS))


def reads_as_town(uses: list[EntityMention], texts: list[str]) -> bool:
    """True when a lone word inside an organisation's name reads as the place more often than as the organisation
    in its uses (``uses``: its mentions): "Councillors in Kelby", "Residents of Kelby" beside "the Kelby Bridge
    Trust" name the town, which then joins no organisation."""
    if not uses or not texts:
        return False
    places = sum(place_use(m, texts) for m in uses)
    return places > 0 and places > sum(org_use(m, texts) for m in uses)


def merge_listed_short_names(clusters: list, texts: list[str], lex: _Lexicon) -> None:
    """Join a listed town's name used alone into the one organisation whose name it opens when its uses read as
    the organisation and never as the place: "Northfield Building Society ... Northfield was rescued by a rival"
    (a town of that name is listed). Never a country or a capital (they stand for a state), a team, or a name
    used after "in", "near", "residents of"."""
    from .aliases import join_clusters

    if not texts:
        return
    openers: dict[str, set[int]] = {}
    for i, c in enumerate(clusters):
        if c.type == "ORG" and c.mentions:
            for f in c.forms:
                words = f.split()
                if len(words) >= 2:
                    openers.setdefault(_norm(words[0]), set()).add(i)
    if not openers:
        return
    for i, c in enumerate(clusters):
        if c.type != "LOC" or not c.listed or not c.mentions or len(c.forms) != 1:
            continue
        form = next(iter(c.forms))
        k = _norm(form)
        if " " in form or k not in openers or c.key in lex.countries or k in lex.capitals:
            continue
        hosts = openers[k] - {i}
        if len(hosts) > 1:  # "Quillon Technologies" beside its product "the Quillon Fold": the firm's name has an org word
            hosts = {h for h in hosts if any(w in lex.org_words for f in clusters[h].forms for w in f.split()[1:])}
        if len(hosts) != 1 or any(m.team or m.club_town or m.dateline for m in c.mentions):
            continue
        if any(place_use(m, texts) for m in c.mentions) or not any(org_use(m, texts) for m in c.mentions):
            continue
        join_clusters(clusters, next(iter(hosts)), i)
