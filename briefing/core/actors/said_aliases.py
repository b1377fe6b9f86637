"""Names the text says are one actor, joined by the resolver (:func:`.resolve._resolve`): "New Zealand – or
Aotearoa as it is called", "X, also known as Y", "Jay-Z, real name Shawn Carter", "Ellen Gille, née Fetter",
"CENTR, the Council of European National Top Level Domain Registries"; and a web address to its name ("Snopes.com").
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from .aliases import join_clusters
from .lexicon import _norm
from .tokens import DOMAIN_ENDS, EntityMention

#: Words between two names that make the second another name of the first: "New Zealand – or Aotearoa as it is
#: called", "X, also known as Y", "X (known as Y)", "X, aka Y"; compared with spaces and brackets trimmed.
_ALIAS_GAPS = frozenset(["also known as", "known as", "aka", "a.k.a.", "formerly known as", "or"])

#: Words between a person's stage name and a name in full that make the second the same person's own name:
#: "Jay-Z, real name Shawn Carter", "Sting (real name Gordon Sumner)".
_REAL_NAME_GAPS = frozenset(["real name", "whose real name is", "real name is", "birth name", "born as"])

#: Words after the second name that an "or" needs: "or Aotearoa as it is called" (a bare "or" joins alternatives).
_OR_TAILS = ("as it is called", "as it is known", "as it's called", "as it's known", "as they are called",
             "as they are known", "as she is known", "as he is known")


def _spells(acronym: EntityMention, name: EntityMention) -> bool:
    """True when a one-word acronym's letters are, in order, initials of a longer name that starts with the same
    letter: "CENTR" in "Council of European National Top Level Domain Registries"."""
    word = acronym.tokens[0] if len(acronym.tokens) == 1 else ""
    if not (2 <= len(word) <= 8 and word.isupper() and word.isalpha()) or len(name.tokens) < 2:
        return False
    initials = [w[0] for w in name.tokens if w[:1].isupper()]
    if not initials or initials[0] != word[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in word)


def _alias_pairs(names: list[EntityMention], texts: list[str],
                 grouped: dict[int, list[EntityMention]] | None = None) -> list[tuple[EntityMention, EntityMention]]:
    """Return (name, other name) pairs the text says are one actor: "New Zealand – or Aotearoa as it is called",
    "X, also known as Y", "X (known as Y)"; and (name, maiden surname) for "Ellen Gille, née Fetter"; and (name,
    acronym) for an acronym with the name it spells in apposition: "CENTR, the Council of European ... Registries".

    Only two names next to each other in a sentence, with nothing but the cue words between them. ``grouped``:
    ``names`` (or a list they were taken from) by sentence in start order, as the resolver grouped them: then
    each sentence's names are read from it, not grouped and sorted again.
    """
    out: list[tuple[EntityMention, EntityMention]] = []
    if grouped is not None:
        # The same pairs as below, read in place: the sentences in the order of their first name, each one's names
        # still names taken two by two as they come (no list made per sentence: most sentences have no near pair).
        n = len(texts)
        for si in dict.fromkeys([m.sentence for m in names if m.kind == "name"]):  # (a list: no generator step per name)
            ms = grouped[si]
            if not 0 <= si < n or len(ms) < 2:
                continue
            text, x = texts[si], None
            for y in ms:
                if y.kind != "name":
                    continue
                if x is not None and y.start - x.end <= 24:
                    _alias_pair(x, y, text, out)
                x = y
        return out
    by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
    for m in names:
        if m.sentence >= 0 and m.kind == "name" and m.sentence < len(texts):
            by_sentence[m.sentence].append(m)
    for s, ms in by_sentence.items():
        if len(ms) < 2:
            continue
        ms.sort(key=lambda x: x.start)
        text = texts[s]
        for x, y in pairwise(ms):
            if y.start - x.end <= 24:
                _alias_pair(x, y, text, out)
    return out


def _alias_pair(x: EntityMention, y: EntityMention, text: str, out: list) -> None:
    """Add to ``out`` the pair of two names next to each other in ``text`` that the words between make one actor
    (see :func:`_alias_pairs`)."""
    gap = text[x.end:y.start].strip(" ,–—-(").lower()
    nee = gap in ("née", "nee", "born") and x.type == "PER" and len(x.tokens) >= 2 and len(y.tokens) == 1
    if nee or gap in _REAL_NAME_GAPS or (gap in _ALIAS_GAPS
               and (gap != "or" or text[y.end:y.end + 24].lower().lstrip(" ,").startswith(_OR_TAILS))):
        out.append((x, y))
    elif gap == "the" and text[x.end:x.end + 1] == "," and _spells(x, y):
        out.append((y, x))  # "CENTR, the Council of European National Top Level Domain Registries"


def _real_name(x: EntityMention, y: EntityMention, texts: list[str]) -> bool:
    """True when ``y`` is given as the real name of ``x`` in two words or more: "Jay-Z, real name Shawn Carter"."""
    if len(y.tokens) < 2 or y.type not in ("PER", None) or x.sentence != y.sentence:
        return False
    return texts[x.sentence][x.end:y.start].strip(" ,–—-(").lower() in _REAL_NAME_GAPS


def _merge_said_aliases(clusters: list, names: list[EntityMention], texts: list[str],
                        grouped: dict[int, list[EntityMention]] | None = None) -> None:
    """Join names the text says are one actor (:func:`_alias_pairs`): "New Zealand – or Aotearoa as it
    is called", "X, also known as Y"; "Ellen Gille, née Fetter" joins "Ellen Fetter" and "Fetter" to Ellen Gille.
    And an organisation's web address to its name: "Snopes.com" to "Snopes" when the text uses both. ``grouped``:
    as for :func:`_alias_pairs`."""
    by_form: dict[str, int] = {}
    for i, c in enumerate(clusters):
        for f in c.forms:
            by_form.setdefault(_norm(f), i)
    for x, y in _alias_pairs(names, texts, grouped) if texts else ():
        host = x.actor
        if host < 0 or not clusters[host].mentions:
            continue
        others = {y.actor}
        if x.type == "PER" and len(y.tokens) == 1:  # née: the maiden name, alone and after the first name
            others.add(by_form.get(_norm(f"{x.tokens[0]} {y.text}"), -1))
        elif _real_name(x, y, texts):
            # "Jay-Z, real name Shawn Carter": the person's own name, used elsewhere as an actor of its own; the
            # text calls the person by the first name, so that one is shown
            clusters[host].shown = clusters[host].shown or x.text
        elif clusters[host].type == "PER" or y.type == "PER":
            continue  # a person's other name is a nickname, no second actor to join
        for o in others - {host, -1}:
            if clusters[o].mentions:
                join_clusters(clusters, host, o)
    for i, c in enumerate(clusters):
        if c.type != "ORG" or not c.mentions or not all(f.lower().endswith(DOMAIN_ENDS) for f in c.forms):
            continue
        stems = {_norm(f[:f.lower().rindex(".co" if f.lower().endswith(".co.uk") else ".")]) for f in c.forms}
        hosts = {by_form[s] for s in stems if s in by_form} - {i}
        if len(hosts) != 1:
            continue
        host = next(iter(hosts))
        if clusters[host].type == "ORG":
            join_clusters(clusters, host, i)
        elif clusters[host].type == "LOC" and clusters[host].mentions and not clusters[host].listed:
            # an unlisted word the tagger took for a place ("the Suprnova site"): the address says it is the
            # organisation, so the word joins the address's actor, typed as it (shown without the ending)
            join_clusters(clusters, i, host)
