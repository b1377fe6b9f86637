"""A name that only qualifies a work: "the new Harry Potter film", "a Stephen King novel", "the Bond franchise".

A person's or a franchise's name right before a noun of a work ("film", "book", "novel", "series", "album",
"franchise"...) says whose or which work it is; the name itself does nothing there. It is an actor only when the
text names it elsewhere in a use of its own ("A Ken Loach film won ... Loach said"): a name whose every use stands
before such a noun, and whose last word no other name uses, is marked ``work_attr``. Its mentions keep their type
(the director of "a Ken Loach film" is still a person's name), but make no actor. Listed names and names cued as
organisations or places keep theirs ("a BBC series", "a Hollywood film": :mod:`.works` reads those).
"""

from __future__ import annotations

from .tokens import EntityMention

#: Nouns of works a name can qualify (the singular and the plural).
WORK_NOUNS = frozenset("""film films movie movies book books novel novels series album albums franchise franchises
musical musicals biopic biopics documentary documentaries trilogy saga memoir memoirs""".split())


#: The nouns as one tuple for ``str.startswith``: the cheap first test of :func:`_work_noun_after`.
_NOUN_STARTS = tuple(sorted(WORK_NOUNS))


#: A space and the first three letters of each noun (each has four or more): what ``text[end:end + 4]`` is when
#: :func:`_work_noun_after` holds, one slice and one set look-up in :func:`mark_work_attributes` before the call.
_NOUN_HEADS = frozenset(" " + w[:3] for w in WORK_NOUNS)


def _noun_after(text: str, end: int) -> str:
    """The lower-case word right after one space at ``text[end]`` ("" for anything else)."""
    if text[end:end + 1] != " ":
        return ""
    e = end + 1
    while e < len(text) and text[e].isalpha():
        e += 1
    return text[end + 1:e]


def _work_noun_after(text: str, end: int) -> bool:
    """True when :func:`_noun_after` is a noun of ``WORK_NOUNS``. One ``startswith`` in C rules out most names
    ("said", "and"); only a name before a word opening like a noun walks the word's letters (7,000 names of a
    100k-word text each walked their next word in Python)."""
    return text.startswith(_NOUN_STARTS, end + 1) and text[end:end + 1] == " " and _noun_after(text, end) in WORK_NOUNS


def mark_work_attributes(mentions: list[EntityMention], sentences: list[str], title: str) -> None:
    """Mark ``work_attr`` the mentions of the names whose every use qualifies a work (see the module's text)."""
    attr: dict[str, int] = {}
    for m in mentions:
        # (the noun after the name first: a space and a noun's first three letters, :data:`_NOUN_HEADS`; most names
        # fail it, " said", and read none of their fields)
        if m.kind == "name" and (text := sentences[m.sentence] if m.sentence >= 0 else title)[m.end:m.end + 4] in _NOUN_HEADS \
                and (m.type in ("PER", None) or (m.type == "ORG" and m.key is None and not m.org_cue)) \
                and not (m.role or m.honorific or m.aged) and _work_noun_after(text, m.end):
            attr[m.norm] = attr.get(m.norm, 0) + 1
    if not attr:
        return
    # Only the names of ``attr`` are counted, and only the last words of their uses: the same counts as over every
    # name for the ones read below, without a dict update for each of the text's other names.
    uses = dict.fromkeys(attr, 0)
    ends: dict[str, set] = {n: set() for n in attr}  # the last words of each name's uses (None: no tokens)
    for m in mentions:
        if m.kind == "name" and (n := m.norm) in uses:
            uses[n] += 1
            ends[n].add(m.tokens[-1] if m.tokens else None)
    lasts = {w: 0 for n in attr if attr[n] == uses[n] for w in ends[n] if w is not None}
    if lasts:
        for m in mentions:
            if m.kind == "name" and m.tokens and m.tokens[-1] in lasts:
                lasts[m.tokens[-1]] += 1
    # every use of the name, and of its last word, stands before a work's noun
    drop = {n for n in attr if attr[n] == uses[n] and any(w is None or lasts[w] == uses[n] for w in ends[n])}
    if drop:
        for m in mentions:
            if m.kind == "name" and m.norm in drop:
                m.work_attr = True
