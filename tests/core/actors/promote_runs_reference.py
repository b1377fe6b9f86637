"""The later-pass functions of :mod:`briefing.core.actors.dropped_runs` as they were before speedW7 folded their walks
into :func:`~briefing.core.actors.dropped_runs.promote_runs`' own (kept to compare with:
``test_promote_runs_speedW7.py``)."""

from __future__ import annotations

from briefing.core.actors.dropped_runs import _gap, _read_as_work, _start
from briefing.core.actors.guess import _LIST_JOINS
from briefing.core.actors.lexicon import _Lexicon
from briefing.core.actors.tokens import EntityMention


def promote_runs(mentions: list[EntityMention], cands: list[EntityMention], text_of, lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with every use of a candidate of ``cands`` that has actor evidence added as a name (at
    the end; ``text_of(sentence)``: the text of a mention's sentence, the title for -1). Called last, after the
    works are dropped (the candidates were read as works or events once: no evidence against them twice) and
    after the lists are typed (a promoted run makes no list of firms of the persons beside it)."""
    if not cands:
        return mentions
    wanted = {m.text for m in cands}
    sentences = {m.sentence for m in cands}
    named: dict[str, str] = {}  # the type of a name the finder kept elsewhere, by its text
    by_sentence: dict[int, list[EntityMention]] = {m.sentence: [] for m in cands}
    for m in mentions:  # one pass with two cheap tests: a long text has thousands of names and few candidates
        if m.sentence in sentences:
            by_sentence[m.sentence].append(m)
        if m.text in wanted and m.kind == "name" and m.type in ("ORG", "PER"):
            named.setdefault(m.text, m.type)
    for m in cands:
        by_sentence[m.sentence].append(m)
    promoted = dict(named)
    for m in cands:
        if m.text not in promoted and _read_as_work(text_of(m.sentence), m.start):
            promoted[m.text] = None  # a title in one use is a work in all: no use is promoted
    surnames: list[set[str]] = []  # the last words of people named in full, gathered at the first list that needs them
    # A lone organisation word after "the" is an actor when it is named twice or more and acts or owns in one use
    # ("the Army said ... joined the Army"); once only, it is mostly a short form of a name given in full (measured
    # on the tune part: worse).
    lone: dict[str, list[int]] = {}  # by the word: the uses that act or own, all uses
    for m in cands:
        if len(m.tokens) == 1:
            k = lone.setdefault(m.text, [0, 0])
            k[0] += m.agent
            k[1] += 1
    for w, (acts, uses) in lone.items():
        if acts >= 1 and uses >= 2 and w in lex.org_words:
            promoted[w] = "ORG"
    _first_names(cands, mentions, promoted, lex)
    for m in cands:
        if m.text in promoted or len(m.tokens) == 1:
            continue
        same = sorted(by_sentence[m.sentence], key=_start)
        if len(same) >= 2 and _listed_with_actor(m, same, text_of(m.sentence), mentions, surnames, lex):
            promoted[m.text] = "ORG"
    out = [m for m in cands if promoted.get(m.text)]
    if not out:
        return mentions
    for m in out:
        m.kind, m.type, m.weak, m.unsure = "name", promoted[m.text], False, False
    return mentions + out


def _first_names(cands: list[EntityMention], mentions: list[EntityMention], promoted: dict, lex: _Lexicon) -> None:
    """Promote a lone first name that is also a word of an event or a law ("Bill", no article before it) to a
    person when the text names exactly one person in full with that first name ("Bill Hart ... Bill said"): the
    writer's short form of that person (the resolver joins them). Not after an article ("the Bill passed")."""
    wanted = {m.text for m in cands if len(m.tokens) == 1 and m.text in lex.first_names and m.text not in promoted}
    if not wanted:
        return
    full: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "name" and m.type == "PER" and len(m.tokens) > 1 and m.tokens[0] in wanted:
            full.setdefault(m.tokens[0], set()).add(m.norm)
    for w, people in full.items():
        if len(people) == 1:
            promoted[w] = "PER"


def _listed_with_actor(m: EntityMention, same: list[EntityMention], text: str, mentions: list[EntityMention],
                       surnames: list[set[str]], lex: _Lexicon) -> bool:
    """True when the candidate ``m`` is an item of a list next to a person or an organisation: typed so by the
    finder, or not yet typed but a name of two words or more the finder kept ("Apple Insider"), a listed first
    name or surname ("Travis"), or the last word of a person or an organisation the text names in full ("Goodrem"
    beside "Delta Goodrem", "Yankees" beside "New York Yankees"; ``surnames``: empty, or holding the set of those
    last words made from ``mentions``). ``same``: the sentence's names and candidates in text order. A word known
    by its spelling alone is no evidence: films and shows are listed too ("Lagaan and Monsoon Wedding").

    A comma alone makes a list only with a joint on the other side too ("Goodrem, Green Day and the Black Eyed
    Peas"): "As well as Brass Eye, Morris made ..." lists nothing.
    """
    if text.startswith(" of ", m.end):
        return False  # it opens a longer name cut short
    i = next(k for k, x in enumerate(same) if x is m)
    gaps = [_gap(text, same[i - 1].end, m.start) if i else None,
            _gap(text, m.end, same[i + 1].start) if i + 1 < len(same) else None]
    for side, j in ((0, i - 1), (1, i + 1)):
        gap = gaps[side]
        if gap not in _LIST_JOINS or (gap == "," and gaps[1 - side] not in _LIST_JOINS):
            continue
        x = same[j]
        if x.kind != "name" or x.unsure:
            continue
        if x.type in ("PER", "ORG") or (x.type is None and len(x.tokens) > 1):
            return True
        if x.type is None:
            w = x.tokens[-1]
            if w in lex.first_names or w in lex.surnames:
                return True  # a listed first name or surname: "Travis"
            if not surnames:
                surnames.append({y.tokens[-1] for y in mentions
                                 if y.type in ("PER", "ORG") and y.kind == "name" and len(y.tokens) > 1})
            if w in surnames[0]:
                return True  # the last word of a name given in full: "Yankees" beside "New York Yankees"
    return False
