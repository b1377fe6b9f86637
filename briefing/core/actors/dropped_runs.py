"""Runs the finder drops that the document shows to be actors: one use with actor evidence makes every use count.

The finder reads a run of two or three dictionary words as the title of a work or an event ("Desperate
Housewives", "Election Day") and drops it, unless its own sentence says otherwise (:mod:`.agents`). A band or a
website named with everyday words ("legal fight with Think Secret") then loses the uses that carry no cue. The
finder keeps such runs as candidates (kind ``"candidate"``, :func:`kept_run`), and :func:`promote_runs` makes every
use of a candidate an organisation once one use is an actor:

* it is listed next to a person or an organisation ("Goodrem, Green Day and the Black Eyed Peas", "the PowerPage,
  Apple Insider and Think Secret websites"): a writer lists things of one kind;
* the document names the same words as an organisation or a person elsewhere (one use that speaks:
  "Think Secret said", typed by the finder).

An organisation word alone after "the" ("the Army") is dropped by the finder too; named twice or more, one use
acting or owning ("the Army said", "the Army's chief"), every use is the organisation.

A work named three times stays a work: repetition alone is no evidence. Candidates no use promotes are dropped.
"""

from __future__ import annotations

from operator import attrgetter

from .guess import listed_with
from .lexicon import _Lexicon
from .tokens import EntityMention, _Tok

_start = attrgetter("start")

#: The kind of a mention the finder keeps only as a candidate (see :func:`promote_runs`).
CANDIDATE = "candidate"


#: Organisation words that alone after "the" name a kind of body, not one actor: "the Government", "the Court", "the
#: Council" (the gold's convention, ``shared/eval/actors-gold.md``: generic nouns are no actors).
_GENERIC_BODIES = frozenset(["Government", "Court", "Council", "Cabinet", "Committee", "Board", "Administration",
                             "Ministry", "Department", "Authority", "Executive", "Office", "Agency", "Company",
                             "Group", "Police", "Party"])


def kept_run(words: list[str], toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> bool:
    """True when the run ``toks[a:b]`` (``words``), dropped by the finder as no name, is kept as a candidate: two
    or three dictionary words ("Green Day", "Think Secret"), or an organisation word alone after "the" ("the Army";
    not a generic body of :data:`_GENERIC_BODIES`)."""
    if b - a == 1:
        return a > 0 and toks[a - 1].text in ("the", "The") and words[0] in lex.org_words \
            and words[0] not in _GENERIC_BODIES
    return 2 <= b - a <= 3 and all(t.kind == "word" for t in toks[a:b]) \
        and all(w.lower() in lex.common_words for w in words)


def split_candidates(mentions: list[EntityMention]) -> tuple[list[EntityMention], list[EntityMention]]:
    """Return ``mentions`` without the candidates, and the candidates (the passes in between read names only)."""
    cands = [m for m in mentions if m.kind == CANDIDATE]
    if not cands:
        return mentions, cands
    return [m for m in mentions if m.kind != CANDIDATE], cands


def promote_runs(mentions: list[EntityMention], cands: list[EntityMention], text_of, lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with every use of a candidate of ``cands`` that has actor evidence added as a name (at
    the end; ``text_of(sentence)``: the text of a mention's sentence, the title for -1). Called after the works are
    dropped: the candidates were read as works or events once, which is no evidence against them twice."""
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
        if acts >= 1 and uses >= 2:
            promoted[w] = "ORG"
    for m in cands:
        if m.text in promoted or len(m.tokens) == 1:
            continue
        same = sorted(by_sentence[m.sentence], key=_start)
        if len(same) >= 2 and _listed_with_actor(m, same, text_of(m.sentence), mentions, surnames):
            promoted[m.text] = "ORG"
    out = [m for m in cands if m.text in promoted]
    if not out:
        return mentions
    for m in out:
        m.kind, m.type, m.weak, m.unsure = "name", promoted[m.text], False, False
    return mentions + out


def _listed_with_actor(m: EntityMention, same: list[EntityMention], text: str, mentions: list[EntityMention],
                       surnames: list[set[str]]) -> bool:
    """True when the candidate ``m`` is an item of a list (:func:`.guess.listed_with`) next to a person or an
    organisation: typed so by the finder, or not yet typed but a name of two words or more the finder kept ("Apple
    Insider") or the surname of a person the text names in full ("Goodrem" beside "Delta Goodrem"; ``surnames``:
    empty, or holding the set of those surnames made from ``mentions``). ``same``: the sentence's names and
    candidates in text order."""
    if listed_with(m, same, text, "PER") or listed_with(m, same, text, "ORG"):
        return True
    untyped = [x for x in same if x is m or (x.kind == "name" and x.type is None and not x.unsure)]
    if len(untyped) < 2 or not listed_with(m, untyped, text, None):
        return False
    if any(len(x.tokens) == 1 for x in untyped if x is not m) and not surnames:
        surnames.append({x.tokens[-1] for x in mentions if x.type == "PER" and x.kind == "name" and len(x.tokens) > 1})
    kept = [x for x in untyped if x is m or len(x.tokens) > 1 or x.tokens[-1] in surnames[0]]
    return len(kept) >= 2 and listed_with(m, kept, text, None)
