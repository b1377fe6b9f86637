"""Sports reports: which names are teams, sides and venues (the document pass of :mod:`.document`).

A text with four distinct sports words or more is a sports report (:func:`.document._rule_mentions` counts
them while it reads the sentences): there a town may be its club, a country its national side, and a result
line pairs two sides. These passes read the mentions of the whole text once they are found.
"""

from __future__ import annotations

from itertools import pairwise
from operator import attrgetter

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention


#: The sort key of mentions by their start (one object for the module, not a lambda made per sentence).
_START = attrgetter("start")


class SentenceNames:
    """The name mentions of each sentence of one list of mentions, in the list's order (sentences in the order
    their first name comes), built at first use: the index the list passes (:func:`_lists`, :func:`_lines_where`)
    read instead of each walking every mention again (in a sports report five of them ran one after another, each
    over a long text's 7,500 mentions, to pick the few sentences it reads).

    Valid while the list and its mentions' kinds stay as they were when it was made (the passes that read it
    change types and flags, never which mentions are names): :func:`.document._rule_mentions` makes a new one after
    a pass that drops mentions. Its lists are read, never changed: a reader that sorts sorts a copy.
    """

    __slots__ = ("mentions", "_by", "_rank")

    def __init__(self, mentions: list[EntityMention]) -> None:
        self.mentions = mentions
        self._by: dict[int, list[EntityMention]] | None = None
        self._rank: dict[int, int] | None = None

    def by_sentence(self) -> dict[int, list[EntityMention]]:
        """The name mentions by sentence (one walk over the mentions, at the first call)."""
        by = self._by
        if by is None:
            by = self._by = {}
            for m in self.mentions:
                if m.kind == "name":
                    ms = by.get(m.sentence)
                    if ms is None:
                        by[m.sentence] = [m]
                    else:
                        ms.append(m)
        return by

    def in_order(self, cued: set[int]) -> list[int]:
        """The sentences of ``cued`` that hold a name, in the order of :meth:`by_sentence` (the order a walk
        over the mentions meets them)."""
        by = self.by_sentence()
        if self._rank is None:
            self._rank = {si: k for k, si in enumerate(by)}
        rank = self._rank
        return sorted([si for si in cued if si in rank], key=rank.__getitem__)


def _names_of(mentions) -> SentenceNames:
    """``mentions`` as a :class:`SentenceNames` (a pass called with a plain list builds its own)."""
    return mentions if type(mentions) is SentenceNames else SentenceNames(mentions)


def _lines_where(mentions, sentences: list[str], keep) -> dict[int, list[EntityMention]]:
    """Return the name mentions of the body sentences whose text ``keep`` accepts, by sentence (each
    sentence's text is tested once: most mentions sit in sentences no line rule reads).

    ``mentions``: a list, or a :class:`SentenceNames` already made for it (then no mention is walked; the same
    lists in the same order: a sentence with no name is in neither answer; the lists are copies).
    """
    if type(mentions) is SentenceNames:
        return {si: list(ms) for si, ms in mentions.by_sentence().items() if si >= 0 and keep(sentences[si])}
    # The sentences first (a few thousand tests), then one set look-up per mention.
    kept = {si for si in {m.sentence for m in mentions} if si >= 0 and keep(sentences[si])}
    out: dict[int, list[EntityMention]] = {}
    if kept:
        for m in mentions:
            if m.sentence in kept and m.kind == "name":
                out.setdefault(m.sentence, []).append(m)
    return out


def _national_sides(mentions: list[EntityMention], sports: bool, text_of, names: SentenceNames | None = None) -> None:
    """Mark the places that play as sides (``national_side``; the actor of one is its team).

    Anywhere: "England coach Andy Robinson", "France squad", "against Scotland"; a cue at the end or the start of
    a list of places marks the whole list ("England, Wales and France squads", "against Italy and France"). In a
    sports report a place also plays when at least a third of its uses, two or more (or its only ones), say so: a
    score or a result verb, "for Spain", "Spain are second", "Spain's 2-0 defeat", "defeat by Holland", "take on
    Ireland" (never "in Spain").
    """
    votes: dict[str, list[int]] = {}
    places: dict[str, list[EntityMention]] = {}  # in a sports report, the uses of each place (the sides' step reads them)
    cued = set()
    for m in mentions:
        m.national_side = m.side_cue and m.type == "LOC" and not m.locative
        if m.national_side:
            cued.add(m.sentence)
        if sports and m.type == "LOC":
            norm = m.norm
            same = places.get(norm)
            if same is None:
                places[norm] = [m]
            else:
                same.append(m)
            if m.kind == "name":
                v = votes.setdefault(norm, [0, 0])
                v[0] += bool(m.side_cue or m.team_cue or m.side_ctx or m.plural_verb or m.plays) and not m.locative
                v[1] += 1
    for chain in _lists(names or mentions, cued, text_of) if cued else ():
        if (chain[0].national_side or chain[-1].national_side) and all(c.type == "LOC" for c in chain):
            for c in chain:
                c.national_side = not c.locative
    # The places that play, by their uses gathered above (no type changes in between; none outside a sports
    # report, which has no votes): the same mentions as a walk over all of them testing the name and the type.
    for k, (p, t) in votes.items():
        if (p >= 2 and 3 * p >= t) or (p and p == t):
            for m in places[k]:
                if not m.locative:
                    m.national_side = True
    if cued:
        _qualifiers_follow(mentions)


def _qualifiers_follow(mentions: list[EntityMention]) -> None:
    """A side's name right before an organisation's ("Egypt FA spokesman") qualifies that body: it is no use of
    the place, so it follows the name's other uses as a side rather than counting against them."""
    played = {m.norm for m in mentions if m.national_side}
    last = None
    for m in mentions:
        if last is not None and last.norm in played and not last.national_side and m.sentence == last.sentence \
                and m.type == "ORG" and m.kind == "name" and 0 < m.start - last.end <= 1 and not last.locative:
            last.national_side = True
        last = m if m.type == "LOC" and m.kind == "name" else None


def _result_pairs(mentions: list[EntityMention], sentences: list[str]) -> None:
    """A line that is only a result, "Deportivo Coruna 1 Real Madrid 1", names two sides of one kind: when
    one is a listed organisation or a team, the other, typed a person by its shape alone or untyped, is one too."""
    for si, ms in _lines_where(mentions, sentences, lambda t: len(t) <= 80 and t[-1:].isdigit()).items():
        if len(ms) != 2:
            continue
        x, y = sorted(ms, key=_START)
        text = sentences[si]
        if text[:x.start].strip() or not text[x.end:y.start].strip().isdigit() or not text[y.end:].strip().isdigit():
            continue
        for side, other in ((x, y), (y, x)):
            if (side.type is None or (side.type == "PER" and side.weak)) and other.type == "ORG" \
                    and (other.team or (other.key or "").startswith("ORG")):
                side.type, side.weak, side.unsure, side.team = "ORG", False, False, other.team


def _venue_lines(mentions, sentences: list[str]) -> None:
    """In a sports report, the names before the colon of a scoreboard line are where the match is played
    when a team and its score follow the colon: "At Hove : Sussex 363 and 144 , Lancashire 218",
    "Chester-le-Street : Glamorgan 259", "At Headingley ( Leeds ) : Yorkshire 290" (places, not sides)."""
    for si, ms in _lines_where(mentions, sentences, lambda t: 0 <= t.find(" : ", 0, 63)).items():
        text = sentences[si]
        colon = text.find(" : ")
        ms.sort(key=_START)
        venue = [m for m in ms if m.end <= colon]
        after = [m for m in ms if m.start > colon]
        if not venue or not after or len(venue) > 2:
            continue
        rest = text[:colon]
        for m in reversed(venue):
            rest = rest[:m.start] + rest[m.end:]
        if rest.split() not in ([], ["At"], ["(", ")"], ["At", "(", ")"]):
            continue
        team, tail = after[0], text[after[0].end:].lstrip()
        if not (team.team or team.type == "ORG") or not tail[:1].isdigit() or team.start - colon > 4:
            continue
        for m in venue:
            m.type, m.team, m.unsure, m.locative = "LOC", False, False, True


def _club_towns(mentions: list[EntityMention], lex: _Lexicon, sports: bool) -> None:
    """A listed club named like its town ("Leeds", "Milan") is the town in a text that is not about sport
    (``sports``: two sports words or more; "in Leeds", "the Milan stock market"); in one about sport it is
    the club ("joined Milan"), unless the text is in the town ("the final in Milan")."""
    for m in mentions:
        if m.club_town and m.type == "ORG" and (not sports or m.place_cue):
            m.type, m.key = "LOC", lex.club_towns[m.norm]


def _plural_noun(w: str, lex: _Lexicon) -> bool:
    """True for a plural common noun that is no listed surname: "Bulls", "Marlins" (not "Woods")."""
    low = w.lower()
    return low.endswith("s") and not low.endswith("ss") and w not in lex.surnames and low in lex.common_words \
        and (low[:-1] in lex.common_words or low[:-2] in lex.common_words or low[:-3] + "y" in lex.common_words)


def _team_words(m: EntityMention, lex: _Lexicon, known: dict) -> None:
    """In a sports report, the words of a team's name used alone in a headline in capitals: "Bradford Bulls 36"
    ... "WIGAN BEAT BRADFORD", "Florida Marlins" ... "MARLINS BEAT REDS" (the town only when no list names it
    a place: a listed place is made a team by its own cue). ``m``: one mention (its first test, a team's cue or
    mark, is made by the caller too: :func:`.document._known_names`); its words are added to ``known``."""
    if (m.team_cue or m.team) and m.kind == "name" and len(m.tokens) >= 2 and _plural_noun(m.tokens[-1], lex):
        known.setdefault(_norm(m.tokens[-1]), ("ORG", None))
        if _norm(m.tokens[0]) not in lex.gazetteer and m.tokens[0].lower() not in lex.common_words:
            known.setdefault(_norm(m.tokens[0]), ("ORG", None))


def _tagged_person(m: EntityMention, lex: _Lexicon) -> bool:
    """True when the tagger reads a person's name in a run typed a person by its shape ("Saqlain Mushtaq 59"),
    unless it ends in a plural common noun or holds a place or nationality, as team names do
    ("Halden Kickers 2", "Hansa Rostock 0", "London Irish 27")."""
    if m.model_type != "PER" or not m.tokens:
        return False
    last = m.tokens[-1]
    if last.endswith("s") and last[:-1].lower() in lex.common_words:
        return False
    return not any(w in lex.demonyms or lex.gazetteer.get(_norm(w), ("",))[0] == "LOC" for w in m.tokens)


def _read_plurals(mentions: list[EntityMention], sports: bool, keys: bool = False) -> None:
    """Settle the runs of common words ending in a plural noun ("the Cubs", "Blue Jays"; kind "plural").

    In a sports report they are teams (ORG); elsewhere they are left to the
    resolver like any unknown name (most are dropped there as common nouns).
    Done before the second pass, so headlines in capitals ("MARLINS BEAT REDS") find them.

    With ``keys``, each mention's lookup key is set in the same walk (see :func:`.document._rule_mentions`): the
    value ``EntityMention.norm`` computes at its first read, ``_norm(text)``, set in one loop instead of a
    descriptor's call per mention at the first read (the passes after read it for nearly every mention).
    """
    for m in mentions:
        if keys:
            m.norm = _norm(m.text)
        if m.kind == "plural":
            m.kind = "name"
            if sports:
                m.type, m.team = "ORG", True


def _plays(m: EntityMention) -> bool:
    """True when a place acts as a side: "Essex reached 372", "Boston's seventh", "Florida manager John Boles".

    Read only in a sports report and only for listed places that are not
    countries: a town acting or owning there is its club.
    """
    return (m.agent or m.side_cue) and not m.locative


def _mark_teams(mentions: list[EntityMention], lex: _Lexicon, text_of, names: SentenceNames | None = None) -> None:
    """In a sports report, a town or region that plays ("Leeds 2", "beat Somerset") is a team (ORG).

    Countries stay places (CoNLL's convention: national sides are named by
    their country), and so does a town used as a venue ("at Leeds");
    :func:`extract_actors` types the actor of a side as a team. A name listed with a team ("title rivals
    Essex , Derbyshire and Surrey") is one too (``text_of(sentence)`` gives the text between them; ``names``: a
    :class:`SentenceNames` of ``mentions``, made here when not given).
    """
    names = names or SentenceNames(mentions)
    teams: set[str] = set()
    people: set[str] = set()
    firsts: set[str] = set()
    entrants: dict[int, set[int]] = {1: set(), -1: set()}
    cued: set[int] = set()
    acting: set[int] = set()
    plural_teams: set[str] = set()
    # Read in the one pass over the mentions for the steps after it: the uses of each name (every kind), and the
    # names that may play (a team's cue, a strong side's context, a place: the first tests of the teams' loop;
    # no step before that loop sets them).
    uses: dict[str, list[EntityMention]] = {}
    may_play: list[EntityMention] = []
    for m in mentions:  # one pass over a long report (its speed matters)
        norm = m.norm
        same = uses.get(norm)
        if same is None:
            uses[norm] = [m]
        else:
            same.append(m)
        # The flags two tests below read, each read once (a flag the mention was never given is read from the
        # class, the slow path of an attribute read).
        team_cue, side_ctx, entrant = m.team_cue, m.side_ctx, m.entrant
        if m.kind == "name" and (team_cue or side_ctx == 2 or m.type == "LOC"):
            may_play.append(m)
        if m.type == "PER" and len(m.tokens) > 1:
            if not m.weak:
                people.add(_norm(m.tokens[-1]))
            elif len(m.tokens) == 2 and not m.team_cue and m.tokens[1] in lex.surnames \
                    and lex.gazetteer.get(_norm(m.tokens[0]), ("",))[0] != "LOC":
                # The first word of a two-word name typed a person by its shape and ending in a listed surname,
                # used alone ("Jansher Khan" ... "Jansher"; not "Deportivo Coruna" ... "Deportivo").
                firsts.add(_norm(m.tokens[0]))
        # A lone word before brackets is a person's ("Saqlain Mushtaq (Pakistan)"), not after "v" or "against"
        # ("v Derbyshire (three days)": a fixture); before a country in brackets with no score after it, it is
        # an individual entrant even after "beat" ("beat Anne-Gaelle Sidot ( France ) 6-0 6-3").
        if entrant == 1 or (m.before_paren and not m.side_cue) or m.aged or m.person_cue:
            people.add(norm)
        if entrant:
            entrants[entrant].add(m.sentence)
        if m.locative:
            cued.add(m.sentence)  # a list that starts with a place: "in Halifax and Harrogate watched"
        elif team_cue or side_ctx or m.agent or m.side_cue:
            acting.add(m.sentence)
        if m.team:
            plural_teams.add(m.norm)
    people |= firsts
    # In a results line between individuals ("Lucy Tyler-Sharman ( Australia ) 3:35.087 beat Svetlana") the
    # other side is a person too.
    duels = entrants[1] - entrants[-1]
    if duels or firsts:
        for m in mentions:
            if m.sentence in duels and m.team_cue and len(m.tokens) <= 2 and (m.type is None or m.type == "PER"):
                people.add(m.norm)
            if m.type is None and m.kind == "name" and (m.entrant == 1 or (m.sentence in duels and m.team_cue)
                                                        or m.norm in firsts):
                m.type = "PER"  # left untyped, the resolver would read a lone unknown word as an organisation
    for chain in _lists(names, cued & acting, text_of):
        if chain[0].locative:
            for m in chain[1:]:
                m.locative = True  # "in Halifax and Harrogate": the whole list is where it happened
    for m in may_play:
        if m.kind != "name" or m.paren or m.norm in people:
            continue
        if (m.team_cue or m.side_ctx == 2) and _may_play(m, lex) or m.type == "LOC" and (_plays(m) or m.side_ctx) and m.key not in lex.countries and not m.locative:
            teams.add(m.norm)
    cued = {m.sentence for t in teams for m in uses[t] if not m.locative}
    for chain in _lists(names, cued, text_of):
        # "title rivals Essex , Derbyshire and Surrey": names listed with a team are teams
        if any(m.norm in teams and not m.locative for m in chain):
            teams.update(m.norm for m in chain if m.norm not in people and not m.paren and not m.locative
                         and _may_play(m, lex))
    plural_teams |= teams
    singulars = {t[:-1] for t in plural_teams if t.endswith("s")}  # a name in it + "s" is in plural_teams
    # Only the uses of those names are read (each mention's change depends on it alone: no walk over them all);
    # every use of ``t`` has ``t`` as its ``norm`` (keyed so above; no text changes here).
    for t in teams | (singulars & uses.keys()):
        whole = t in teams
        for m in uses[t]:
            # A team's name in the singular names one of its players' side: "All Blacks" ... "All Black hooker".
            if m.kind == "name" and (whole or len(m.tokens) > 1) \
                    and (not m.locative or m.side_ctx == 2) and not m.paren \
                    and (m.type != "LOC" or m.key not in lex.countries):
                m.type, m.key, m.unsure, m.team = "ORG", None, False, True


def _cued_sides(mentions: list[EntityMention], lex: _Lexicon) -> None:
    """In a text with a few sports words but not enough for a sports report, a town that a strong cue before it
    makes a side ("signed for Bath's west-country rivals Gloucester", "joined Milan from Torino") is a team
    everywhere in the text; countries stay places, and so does a town used as a venue ("in Gloucester")."""
    teams = {m.norm for m in mentions if m.side_ctx == 2 and m.kind == "name" and m.type == "LOC"
             and m.key not in lex.countries and not m.locative and not m.paren}
    for m in mentions:
        if teams and m.norm in teams and m.kind == "name" and m.type == "LOC" and not m.locative and not m.paren:
            m.type, m.key, m.unsure, m.team = "ORG", None, False, True


def _may_play(m: EntityMention, lex: _Lexicon) -> bool:
    """True when a name next to a team cue may be a team: a place that is no country, an untyped word, or a
    name typed a person only by its shape that the tagger does not read as one."""
    return (m.type == "LOC" and m.key not in lex.countries) or m.type is None \
        or (m.type == "PER" and m.weak and not _tagged_person(m, lex)) \
        or (m.type == "PER" and len(m.tokens) >= 2 and not m.tokens[0].endswith(".")
            and _plural_noun(m.tokens[-1], lex))  # "Bradford Bulls 36", not "V. Drakes 52"


#: Words between the names of a list: "Essex , Derbyshire and Surrey" (True: a word that makes it a list).
_LIST_GAPS = {",": False, "and": True, "or": True, ", and": True, "&": True}
#: The characters of :data:`_LIST_GAPS`' keys and the whitespace ``str.split()`` splits at (each character
#: ``c`` with ``c.isspace()``; ``tests/core/actors/test_list_gaps.py`` checks the list on every code point).
_GAP_CHARS = ",andor&" + "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _list_gap(raw: str) -> str | None:
    """The words between two names, ``raw``, as a key of :data:`_LIST_GAPS` (spaces made single), or None when
    they are none of its keys.

    The first test strips the characters of :data:`_GAP_CHARS` off both ends in C: a gap made of those alone
    strips to nothing; any other character ("said", a digit, a bracket) stays, and the gap's words, which keep
    it, are no key. So most gaps ("said that", "of the") are told apart without being split and joined.
    """
    if raw.strip(_GAP_CHARS):
        return None
    gap = " ".join(raw.split())
    return gap if gap in _LIST_GAPS else None


def _lists(mentions, cued: set[int], text_of, commas: bool = False) -> list[list[EntityMention]]:
    """Return the lists of names in the same sentence ("Essex , Derbyshire and Surrey", "Essex and Kent"):
    names joined by commas and "and" or "or" (commas alone join a town to its region: "Leeds , Yorkshire").
    Only the sentences in ``cued`` are read. With ``commas``, names joined by commas alone are a list too, and
    so is a lone name ("include MCI, BT, Energis and many others": the list ends before "and many").
    ``mentions``: a list, or a :class:`SentenceNames` made for it (read by sentence, no walk over every mention)."""
    if not cued:
        return []
    names = _names_of(mentions)
    by = names.by_sentence()
    out = []
    for si in names.in_order(cued):
        ms = by[si]
        if len(ms) < 2:
            continue
        text = text_of(si)
        ms = sorted(ms, key=_START)  # a copy: the index's lists stay in the list's order
        chain, joined = [ms[0]], False
        for prev, m in pairwise(ms):
            gap = _list_gap(text[prev.end:m.start])
            if gap is not None:
                chain.append(m)
                joined = joined or _LIST_GAPS[gap]
                continue
            if joined or commas:
                out.append(chain)
            chain, joined = [m], False
        if joined or commas:
            out.append(chain)
    return out
