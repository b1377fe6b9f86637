"""Firms named "X and Y" after their founders: "Procter and Gamble", "Marks and Spencer", "Simon and Schuster".

The finder reads "X and Y" as two names, which is right for "Britain and France" or "Smith and Jones said". The
document tells a firm's name apart by use: the pair stands in the same order each time and neither word stands
alone, and something marks the pair as one thing, not two: the "&" form elsewhere in the text ("Johnson & Johnson"
... "Johnson and Johnson said"), or, with the pair written twice or more, a possessive on the pair ("Procter and
Gamble's chief executive"), a verb in the singular after it ("Simon and Schuster is to publish") or a firm's noun
beside it ("the publisher, Simon and Schuster"; "Marks and Spencer, the retailer"). Places, people named in full
elsewhere ("John Smith"), titled or aged people and a word that stands alone elsewhere are never joined.
"""

from __future__ import annotations

from .descriptors import ORG_NOUNS
from .lexicon import _Lexicon, _norm
from .tokens import EntityMention, new_mention

#: A verb in the singular right after the pair: two actors would take "are", "have", "were".
_SINGULAR = frozenset("is has was does says makes owns sells runs employs plans wants expects".split())

#: Firm nouns beside the pair besides the descriptor nouns of :mod:`.descriptors`.
_FIRM_NOUNS = ORG_NOUNS | frozenset(["publisher", "publishers", "partnership", "store", "stores", "brand", "maker",
                                      "grocer", "supermarket", "department"])


def _word_after(text: str, p: int) -> str:
    """The word (or "'s") that starts after spaces at ``text[p]``."""
    while p < len(text) and text[p] == " ":
        p += 1
    if text.startswith(("'s", "’s"), p):
        return "'s"
    e = p
    while e < len(text) and (text[e].isalpha() or text[e] == "-"):
        e += 1
    return text[p:e] if e > p else text[p:p + 1]


def _word_before(text: str, p: int) -> str:
    """The word (or mark) that ends before spaces at ``text[:p]``."""
    while p > 0 and text[p - 1] == " ":
        p -= 1
    s = p
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    return text[s:p] if s < p else text[p - 1:p]


def _cued(text: str, start: int, end: int) -> bool:
    """True when the pair at ``text[start:end]`` is marked one thing: a possessive or a singular verb after it,
    or a firm's noun right before it or in an apposition right after it (", the publisher")."""
    nxt = _word_after(text, end)
    if nxt == "'s" or nxt in _SINGULAR:
        return True
    if nxt == ",":
        rest = text[end:end + 40].lstrip(" ,")
        words = rest.split(None, 2)
        if len(words) >= 2 and words[0] in ("the", "a") and words[1].strip(",.") in _FIRM_NOUNS:
            return True
    prev = _word_before(text, start)
    if prev == ",":
        prev = _word_before(text, text.rfind(",", 0, start))
    return prev in _FIRM_NOUNS


def _blocked(m: EntityMention, lex: _Lexicon) -> bool:
    """True for a half of a pair that is a place, a people, a titled or aged person, or a listed name."""
    return m.type == "LOC" or m.kind != "name" or len(m.tokens) != 1 or bool(m.role or m.honorific or m.aged
                                                                            or m.person_cue or m.key) \
        or m.norm in lex.gazetteer or m.text in lex.demonyms or not m.text[1:].islower()


def join_firm_pairs(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with each "X and Y" the document marks as one firm's name (see the module's text) made
    one organisation's mention."""
    amp: set[tuple[str, str]] = set()
    alone: dict[str, int] = {}
    surnames: set[str] = set()
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    last = None
    for k, m in enumerate(mentions):  # one walk: the names' forms, and each pair of one-word mentions joined by "and"
        tokens = m.tokens
        if m.kind == "name":
            if len(tokens) == 3 and tokens[1] == "&":
                amp.add((tokens[0], tokens[2]))
            elif len(tokens) == 1:
                alone[m.text] = alone.get(m.text, 0) + 1
            elif m.type == "PER":
                surnames.add(tokens[-1])
        if last is not None and m.sentence == last.sentence >= 0 and len(tokens) == 1 and len(last.tokens) == 1 \
                and m.start == last.end + 5 and sentences[m.sentence][last.end:m.start] == " and ":
            pairs.setdefault((last.text, m.text), []).append((k - 1, k))
        last = m
    if not pairs:
        return mentions
    joined: dict[int, EntityMention] = {}
    gone: set[int] = set()
    for (x, y), spots in pairs.items():
        n = len(spots)
        if (alone.get(x, 0), alone.get(y, 0)) != ((2 * n, 2 * n) if x == y else (n, n)):
            continue  # a word of the pair stands alone elsewhere: "Spencer said" names a person
        if x in surnames or y in surnames:
            continue
        if any(_blocked(mentions[i], lex) or _blocked(mentions[j], lex) for i, j in spots):
            continue
        if (x, y) not in amp and not (len(spots) >= 2 and any(
                _cued(sentences[mentions[i].sentence], mentions[i].start, mentions[j].end) for i, j in spots)):
            continue
        for i, j in spots:
            a, b = mentions[i], mentions[j]
            joined[i] = new_mention(a.sentence, a.start, b.end, sentences[a.sentence][a.start:b.end], "ORG", "name",
                                    None, (a.tokens[0], "and", b.tokens[0]), quoted=a.quoted, in_quote=a.in_quote,
                                    org_cue=max(a.org_cue, b.org_cue), market_cue=max(a.market_cue, b.market_cue),
                                    possessive=b.possessive)
            gone.add(j)
    if not joined:
        return mentions
    owners = {(m.sentence, m.tokens[2]): m.tokens[0] for m in joined.values()}
    for m in mentions:  # "Procter and Gamble's chief executive, Alan Hartley": the role names the whole firm
        if m.role and (x := owners.get((m.sentence, m.role.partition("'s ")[0]))) and "'s " in m.role:
            m.role = f"{x} and {m.role}"
    return [joined.get(k, m) for k, m in enumerate(mentions) if k not in gone]
