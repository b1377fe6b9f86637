"""Which actor a lone word is: the resolver's tests of one mention against the actors named so far (a surname of
one person, a part of one organisation's name, a place by its uses), read by :func:`.resolve._resolve`.
"""

from __future__ import annotations

from .family_names import given_name
from .honorific_gender import gender_fit
from .lexicon import _Lexicon, _norm
from .tokens import EntityMention


def _firm_person(c, lex: _Lexicon) -> bool:
    """True when a person's cluster rests on more than the shape of its words: a role, a first name, a title,
    a mention not typed by default, or the full name used twice or more; and its full name does not end in a
    common word ("Pirelli Cables")."""
    full = c.longest.split()
    if len(full) < 2 or full[-1].lower() in lex.common_words:
        return False
    return any(m.role or m.honorific or (len(m.tokens) > 1 and not m.weak) for m in c.mentions) \
        or sum(len(m.tokens) > 1 for m in c.mentions) >= 2


def _plain_org_word(m: EntityMention, last_index: dict, part_index: dict, clusters: list,
                    outvoted: bool = False) -> bool:
    """True for a lone word typed an organisation on no firm evidence (no list, organisation noun or team)
    that is the surname of exactly one person named in full and a part of no organisation's name:
    "Evander Holyfield" ... "victory over Holyfield". ``outvoted``: the word's organisation noun is in a
    small minority of its uses, and counts for nothing; so does a spokesperson after it ("a Scholz spokeswoman"
    beside "Olaf Scholz": a person has spokespeople too)."""
    if m.type != "ORG" or len(m.tokens) != 1 or m.key or (m.org_cue and not outvoted and m.org_cue != 2) \
            or m.market_cue or m.tokens[0].isupper():
        return False
    owners = last_index.get(m.norm, ())
    return len(owners) == 1 and not any(clusters[i].type == "ORG" for i in part_index.get(m.norm, ()))


def _first_name_of_org(m: EntityMention, lex: _Lexicon, part_index: dict, clusters: list) -> bool:
    """True for a listed first name alone that opens an organisation's name before a surname-like word: the
    "Steve" of "the Steve Redgrave Trust" is the man it is named after, never the trust."""
    if len(m.tokens) != 1 or m.tokens[0] not in lex.first_names:
        return False
    for i in part_index.get(m.norm, ()):
        for form in clusters[i].forms:
            words = form.split()
            if len(words) > 2 and words[0] == m.tokens[0] and words[1][:1].isupper() \
                    and words[1].lower() not in lex.common_words and words[1] not in lex.org_words:
                return True
    return False


def _introduced(clusters: list, cands: set[int], m: EntityMention) -> int | None:
    """Return the one candidate named in full (two words or more) before ``m``, None when none or several are.

    A headline's surname goes to the candidate the text names in full first.
    """
    first: dict[int, tuple[int, int]] = {}
    for i in cands:
        spots = [(x.sentence, x.start) for x in clusters[i].mentions if len(x.tokens) > 1]
        if spots:
            first[i] = min(spots)
    if not first:
        return None
    if m.sentence < 0:
        return min(first, key=first.__getitem__)
    before = [i for i, spot in first.items() if spot < (m.sentence, m.start)]
    return before[0] if len(before) == 1 else None


def _one_person(clusters: list, cands: set[int], target: int, m: EntityMention, lex: _Lexicon) -> bool:
    """True when a surname's candidate full names are one person ("George Bush", "George W. Bush") or
    the mention's "Mr"/"Mrs" singles out ``target`` by gender; never when their first names differ."""
    first = None
    for i in cands:
        for f in clusters[i].forms:
            words = f.split()
            if len(words) > 1:
                name = _norm(given_name(words, lex))
                if first is None:
                    first = name
                elif name != first:  # two first names: the answer no longer depends on the rest
                    return gender_fit(clusters, cands, m, lex) == target
    return True


def _reads_as_place(uses: list[EntityMention]) -> bool:
    """True when a lone unknown word reads as a place in its uses: one after "in", "near"... ("lives in
    Barentsburg") or named a place by grammar ("the island of Spitzbergen", "Sharqiyah province"), or the tagger's place reading in at least half of them (not as an owner: "the hole in
    Acme's finances"). One word, one type: the answer holds for all its uses.
    """
    uses = [x for x in uses if not x.possessive]
    if any(x.place_cue or x.place_noun for x in uses):
        return True
    # The tagger is asked of one use after another only while the answer is open: it is False once the rest
    # cannot make half, True once half are places (the count only grows); each reading may run the tagger.
    places, n = 0, len(uses)
    for i, x in enumerate(uses):
        places += x.model_type == "LOC"
        if 2 * places >= n:
            return True
        if 2 * (places + n - i - 1) < n:
            return False  # the rest cannot make half
    return False  # (no use: the loop never ran)


def _named_as_place(uses: list[EntityMention]) -> bool:
    """True when a lone first name or surname is a place by grammar in one of its uses ("schools near Denver",
    "in Denver") and never a person by them (an owner, "Denver's wife"; an age, a title, a role).
    """
    if not uses or any(x.possessive or x.honorific or x.person_cue or x.aged or x.role for x in uses):
        return False
    return any(x.place_cue or x.place_noun for x in uses)
