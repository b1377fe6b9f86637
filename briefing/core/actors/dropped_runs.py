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

from .guess import _LIST_JOINS
from .lexicon import _Lexicon
from .tokens import EntityMention, _Tok
from .works import KIND_BEFORE

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
        if a > 0 and toks[a - 1].text in _ARTICLES:
            return toks[a - 1].text in ("the", "The") and words[0] in lex.org_words and words[0] not in _GENERIC_BODIES
        return words[0] in lex.first_names and words[0] in lex.event_words  # "Bill said": see :func:`_first_names`
    if not 2 <= b - a <= 3:
        return False
    for t in toks[a:b]:  # (loops, no generators: ``lex`` would be a cell at every call)
        if t.kind != "word":
            return False
    common_words = lex.common_words
    for w in words:
        if w.lower() not in common_words:
            return False
    return True


def split_candidates(mentions: list[EntityMention]) -> tuple[list[EntityMention], list[EntityMention]]:
    """Return ``mentions`` without the candidates, and the candidates (the passes in between read names only)."""
    cands = [m for m in mentions if m.kind == CANDIDATE]
    if not cands:
        return mentions, cands
    return [m for m in mentions if m.kind != CANDIDATE], cands


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
    # In the same walk, what two later steps read of every mention (each walked them all again): the last words of
    # the persons and organisations named in full (:func:`_listed_with_actor`), and the people named in full by
    # a first name a lone candidate is (:func:`_first_names`). No mention changes in this function before its end,
    # so each is what its own walk would gather.
    heads = {m.text for m in cands if len(m.tokens) == 1 and m.text in lex.first_names}
    full: dict[str, set[str]] = {}
    lasts: set[str] = set()
    for m in mentions:  # one pass with cheap tests: a long text has thousands of names and few candidates
        if m.sentence in sentences:
            by_sentence[m.sentence].append(m)
        if m.text in wanted and m.kind == "name" and m.type in ("ORG", "PER"):
            named.setdefault(m.text, m.type)
        if len(m.tokens) > 1 and m.kind == "name" and (m.type == "PER" or m.type == "ORG"):
            lasts.add(m.tokens[-1])
            if heads and m.type == "PER" and m.tokens[0] in heads:
                full.setdefault(m.tokens[0], set()).add(m.norm)
    for m in cands:
        by_sentence[m.sentence].append(m)
    promoted = dict(named)
    for m in cands:
        if m.text not in promoted and _read_as_work(text_of(m.sentence), m.start):
            promoted[m.text] = None  # a title in one use is a work in all: no use is promoted
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
    _first_names(full, promoted)
    for m in cands:
        if m.text in promoted or len(m.tokens) == 1:
            continue
        same = sorted(by_sentence[m.sentence], key=_start)
        if len(same) >= 2 and _listed_with_actor(m, same, text_of(m.sentence), lasts, lex):
            promoted[m.text] = "ORG"
    out = [m for m in cands if promoted.get(m.text)]
    if not out:
        return mentions
    for m in out:
        m.kind, m.type, m.weak, m.unsure = "name", promoted[m.text], False, False
    return mentions + out


#: Articles: a word after one is a common noun ("the Bill", "a Bill"), never a first name.
_ARTICLES = frozenset(["the", "The", "a", "A", "an", "An", "this", "This", "that", "That"])


def _first_names(full: dict[str, set[str]], promoted: dict) -> None:
    """Promote a lone first name that is also a word of an event or a law ("Bill", no article before it) to a
    person when the text names exactly one person in full with that first name ("Bill Hart ... Bill said"): the
    writer's short form of that person (the resolver joins them). Not after an article ("the Bill passed").
    ``full``: by first word, the keys of the people named in full, gathered by :func:`promote_runs` only for the
    listed first names that are lone candidates; a word already in ``promoted`` keeps its value."""
    for w, people in full.items():
        if len(people) == 1 and w not in promoted:
            promoted[w] = "PER"


#: Nouns of works before a title ("the TV show Brass Eye", "the album Quiet Storm"), with those :mod:`.works` reads.
_WORK_NOUNS = KIND_BEFORE | frozenset(["show", "series", "programme", "program", "drama", "soap", "comedy", "satire",
                                        "single", "hit", "track", "play", "opera", "poem", "painting", "sculpture"])


def _read_as_work(text: str, start: int) -> bool:
    """True when the words before ``start`` in ``text`` make the run there a title: a capital "The" inside the
    sentence ("for The Night Season"), or a noun of a work, with or without "the" ("TV show Brass Eye")."""
    words = text[max(0, start - 40):start].split()[-3:]
    if words and words[-1] == "The" and len(words) > 1:
        return True
    if words and words[-1] in ("the", "The"):
        words.pop()
    return bool(words) and words[-1].lower() in _WORK_NOUNS


def _gap(text: str, a: int, b: int) -> str:
    """The text between two names, its spaces and commas made even: ", and the", "and", ","."""
    return " ".join(text[a:b].replace(",", " , ").split()).replace(" ,", ",")


def _listed_with_actor(m: EntityMention, same: list[EntityMention], text: str, surnames: set[str],
                       lex: _Lexicon) -> bool:
    """True when the candidate ``m`` is an item of a list next to a person or an organisation: typed so by the
    finder, or not yet typed but a name of two words or more the finder kept ("Apple Insider"), a listed first
    name or surname ("Travis"), or the last word of a person or an organisation the text names in full ("Goodrem"
    beside "Delta Goodrem", "Yankees" beside "New York Yankees"; ``surnames``: those last words, gathered by
    :func:`promote_runs`). ``same``: the sentence's names and candidates in text order. A word known
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
            if w in surnames:
                return True  # the last word of a name given in full: "Yankees" beside "New York Yankees"
    return False
