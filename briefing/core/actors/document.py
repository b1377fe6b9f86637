"""The document pass of the rule-based finder: every sentence and the title, with document memory,
then sports teams and national sides marked.
"""

from __future__ import annotations

from itertools import pairwise

from ..model import Article
from .credits import drop_credits
from .descriptors import cued_places, spread_org_cues
from .finder import _Finder, _sentence_mode
from .lexicon import _Lexicon, _lexicon, _norm
from .media import drop_table_labels, press_heads, spread_market_cues
from .possessives import possessive_firms
from .spellings import nicknamed_persons
from .tokens import EntityMention, _Tok, _tokenize
from .works import drop_works, party_descriptions

_SPORTS_WORDS = frozenset(["innings", "wicket", "wickets", "goal", "goals", "scored", "beat", "match", "matches", "league", "standings", "inning", "runs", "homer", "homers", "pitcher", "halftime", "half-time", "rebounds", "touchdown", "striker", "midfielder", "defender", "tournament", "seeded", "round", "championship", "lap", "batting", "bowling", "bowled", "club", "season", "drew", "penalty", "soccer", "football", "cricket", "baseball", "basketball", "tennis", "golf", "rugby", "hockey", "game", "games", "win", "wins", "won", "lost", "draw", "points", "scorers", "scorer", "fixtures", "results",
                          "semifinal", "semi-final", "quarter-final", "quarterfinal", "qualifier", "cup", "v", "homered",
                          "tries", "unbeaten", "relegation", "one-day", "playoff", "playoffs", "overtime"])

def _sports_words(toks: list[_Tok], hits: set[str]) -> None:
    """Add the sports words ("innings", "beat", "league"...) of one sentence to ``hits``, up to four;
    a short result line ("Wigan 42 Bradford Bulls 36") counts as one more.

    A report with at least four different ones is a sports report; past four the answer cannot
    change, so a long document is not read to its end.
    """
    scores = 0
    for i, t in enumerate(toks):
        if t.kind == "word" and t.text.lower() in _SPORTS_WORDS:
            hits.add(t.text.lower())
            if len(hits) >= 4:
                return
        elif t.kind == "num" and i and toks[i - 1].is_cap and t.text.isdigit() and len(t.text) <= 3 \
                and (i + 1 == len(toks) or toks[i + 1].kind != "punct"):
            scores += 1
            if scores == 2 and len(toks) <= 12:
                hits.add(" score")  # a result line: "Wigan 42 Bradford Bulls 36"


# --------------------------------------------------------------------------
# The document pass: mentions, then merging into actors
# --------------------------------------------------------------------------


#: Sentences per chunk when the first pass is shared with a child process (:func:`read_chunks_from_back`).
CHUNK_SENTENCES = 100


#: Marks the tokenizer splits off the front of a word as a token of their own (a subset of ``tokens._BEFORE_WORD``).
_OPENING_MARKS = frozenset('"“‘(')


def _nameless(text: str, lone_stops: frozenset[str]) -> bool:
    """True for a sentence in which the finder can find no mention, read from its text without tokens.

    No capital after its first word ("He said that it rained.", "the man left"), that word a lowercase word or a
    lone stop word the finder skips ("The", "He": see ``_Finder.find``), and a word right after it. Such a
    sentence has no capitalised token but its first word (acronyms, abbreviations and initials need capitals;
    a lowercase word is ``is_cap`` only with a capital after its hyphen or apostrophe), so its one run is that
    word alone, or none; and no word in capitals, so its mode is "normal". An opening quotation mark or bracket
    glued to the first word is a token of its own and changes none of this ("“We will go," he said.").
    """
    first, sep, rest = text.partition(" ")
    if first[:1] in _OPENING_MARKS:
        first = first[1:]
    return bool(sep) and first.isalpha() and rest[:1].isalpha() and rest.islower() and (
        first.islower() or ((len(first) == 1 or first[1:].islower()) and first.lower() in lone_stops))


def _read_sentences(finder: _Finder, lex: _Lexicon, sentences: list[str], lo: int, hi: int):
    """The first pass over ``sentences[lo:hi]``: their mentions, the sentences left for the second pass
    (with their tokens) and the sports words seen (up to four)."""
    mentions: list[EntityMention] = []
    # The tokens of a sentence are dropped once it is read (those of a long report took 100 MB), except
    # for the few sentences read again with the document's names (headlines in capitals).
    deferred: list[tuple[int, list[_Tok]]] = []
    sports: set[str] = set()
    lone_stops = finder._lone_stops  # the one-word runs the finder skips
    for i in range(lo, hi):
        text = sentences[i]
        if _nameless(text, lone_stops):  # no mention to find: tokens only while the sports words are counted
            if len(sports) < 4:
                _sports_words(_tokenize(text), sports)
            continue
        toks = _tokenize(text)
        if len(sports) < 4:
            _sports_words(toks, sports)
        if _sentence_mode(toks, lex) != "normal":
            deferred.append((i, toks))
            continue
        mentions.extend(finder.find(i, text, {}, toks, "normal"))
    return mentions, deferred, sports


def read_chunks_from_back(article: Article, claims) -> dict[int, tuple]:
    """The first pass over the chunks of :data:`CHUNK_SENTENCES` sentences that ``claims`` gives from the back.

    For a child process that helps :func:`_rule_mentions` (``claims``: a
    :class:`~briefing.core.parallel.Claims` of ``chunk_count(article)``);
    returns each chunk's part, which the parent passes back through ``fetch``.
    """
    lex = _lexicon()
    finder = _Finder(lex)
    sentences = [s for para in article.paragraphs for s in para]
    parts = {}
    while (c := claims.take_back()) is not None:
        parts[c] = _read_sentences(finder, lex, sentences, c * CHUNK_SENTENCES,
                                   min(len(sentences), (c + 1) * CHUNK_SENTENCES))
    return parts


def chunk_count(article: Article) -> int:
    """The number of chunks of :data:`CHUNK_SENTENCES` sentences of ``article`` (for a shared first pass)."""
    return -(-article.sentence_count // CHUNK_SENTENCES)


def _rule_mentions(article: Article, claims=None, fetch=None) -> list[EntityMention]:
    """Find mentions in body sentences and the title, with two passes for document memory.

    With ``claims`` (see :func:`read_chunks_from_back`), the first pass reads the
    chunks taken from the front here and gets the others' parts from ``fetch()``
    (a dict by chunk; a chunk missing from it is read here; not called when
    every chunk was taken here): the same mentions in the same order as in one
    process.
    """
    lex = _lexicon()
    finder = _Finder(lex)
    sentences = [s for para in article.paragraphs for s in para]  # the texts of ``article.sentences``
    known: dict[str, tuple[str | None, str | None]] = {}
    if claims is None:
        mentions, deferred, sports = _read_sentences(finder, lex, sentences, 0, len(sentences))
    else:
        parts = {}
        while (c := claims.take_front()) is not None:
            parts[c] = _read_sentences(finder, lex, sentences, c * CHUNK_SENTENCES,
                                       min(len(sentences), (c + 1) * CHUNK_SENTENCES))
        # Only wait for the helper when it took chunks: when this process took them all, the rest of
        # the work (resolving the mentions) goes on while the helper still finishes its own.
        others = fetch() if len(parts) < claims.n else {}
        mentions, deferred, sports = [], [], set()
        for c in range(claims.n):
            part = parts.get(c) or others.get(c) or _read_sentences(
                finder, lex, sentences, c * CHUNK_SENTENCES, min(len(sentences), (c + 1) * CHUNK_SENTENCES))
            mentions.extend(part[0])
            deferred.extend(part[1])
            sports |= part[2]
    _read_plurals(mentions, len(sports) >= 4)
    spread_org_cues(mentions, lex)
    for m in mentions:
        if m.kind == "name" and not m.unsure and not m.quoted and not m.dateline:
            known.setdefault(m.norm, (m.type, m.key))
    if len(sports) >= 4:
        _team_words(mentions, lex, known)
    # Surnames and first words of multi-word names, for headlines in capitals.
    for m in mentions:
        if m.type == "PER" and len(m.tokens) > 1:
            known.setdefault(_norm(m.tokens[-1]), ("PER", None))
    for i, toks in deferred:
        mentions.extend(finder.find(i, sentences[i], known, toks))
    if article.title:
        mentions.extend(finder.find(-1, article.title, known))
        _read_plurals(mentions, len(sports) >= 4)
    _glued_names(mentions, sentences)
    mentions = nicknamed_persons(mentions, sentences, lex)
    mentions = possessive_firms(mentions, sentences, article.title or "", lex)
    _result_pairs(mentions, sentences)
    _list_heads(mentions, sentences, lex)
    cued_places(mentions, lambda i: sentences[i] if i >= 0 else article.title, lex)
    spread_org_cues(mentions, lex)
    spread_market_cues(mentions, lex)
    mentions = press_heads(drop_table_labels(mentions, sentences, lex), sentences, lex)
    mentions = party_descriptions(drop_works(drop_credits(mentions, sentences), sentences, article.title, lex), lex)
    if len(sports) >= 4:  # a sports report
        _mark_teams(mentions, lex, lambda i: sentences[i] if i >= 0 else article.title)
        _venue_lines(mentions, sentences)
        mentions = _bracket_letters(mentions, sentences)
    elif len(sports) >= 2:
        _cued_sides(mentions, lex)
    _club_towns(mentions, lex, len(sports) >= 2)
    if len(sports) < 2:
        for m in mentions:
            m.dateline = False  # outside sport a dateline's town is the town the text names elsewhere
    _national_sides(mentions, len(sports) >= 4)
    _firm_lists(mentions, lambda i: sentences[i] if i >= 0 else article.title)
    _plural_groups(mentions)
    return mentions


def _national_sides(mentions: list[EntityMention], sports: bool) -> None:
    """Mark the places that play as sides (``national_side``; the actor of one is its team).

    Anywhere: "England coach Andy Robinson", "France squad", "against Scotland". In a sports report a
    place also plays when at least a third of its uses, two or more (or its only ones), say so: a score or a result verb, "for
    Spain", "Spain are second", "Spain's 2-0 defeat", "defeat by Holland", "take on Ireland" (never "in Spain").
    """
    votes: dict[str, list[int]] = {}
    for m in mentions:
        m.national_side = m.side_cue and m.type == "LOC" and not m.locative
        if sports and m.type == "LOC" and m.kind == "name":
            v = votes.setdefault(m.norm, [0, 0])
            v[0] += bool(m.side_cue or m.team_cue or m.side_ctx or m.plural_verb or m.plays) and not m.locative
            v[1] += 1
    sides = {k for k, (p, t) in votes.items() if (p >= 2 and 3 * p >= t) or (p and p == t)}
    for m in mentions:
        if m.norm in sides and m.type == "LOC" and not m.locative:
            m.national_side = True


def _firm_lists(mentions: list[EntityMention], text_of) -> None:
    """In a list of four names or more joined by commas ("include MCI, BT, Deutsche Telekom, Energis, NTT, Bell
    Canada and many others"), three or more of them organisations and more organisations than persons, a name
    typed a person (no title, role or cue of a person) is an organisation too: a writer lists things of one kind.
    In a list of three, two of them organisations, only a lone word typed a person or not yet typed follows ("Standard & Poor's,
    Moody's and Fitch"): a person's name in full would not be one word."""
    orgs: dict[int, int] = {}
    for m in mentions:
        if m.type == "ORG" and m.kind == "name" and not m.unsure:
            orgs[m.sentence] = orgs.get(m.sentence, 0) + 1
    cued = {si for si, k in orgs.items() if k >= 2}
    if not cued:
        return
    # The last words of people named in full: "Labour, the Tories and Kennedy" keeps Charles Kennedy a person.
    surnames = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1}
    by_sentence: dict[int, list[EntityMention]] = {}
    for m in mentions:
        if m.kind == "name" and m.sentence in cued:
            by_sentence.setdefault(m.sentence, []).append(m)
    for si, ms in by_sentence.items():
        text = text_of(si)
        ms.sort(key=lambda m: m.start)
        chains, chain = [], [ms[0]]
        for prev, m in pairwise(ms):
            if " ".join(text[prev.end:m.start].split()) in _LIST_GAPS:
                chain.append(m)
            else:
                chains.append(chain)
                chain = [m]
        chains.append(chain)
        for chain in chains:
            k = sum(m.type == "ORG" for m in chain)
            three = len(chain) == 3 and k == 2
            if not three and (len(chain) < 4 or k < 3 or k <= sum(m.type == "PER" for m in chain)):
                continue
            for m in chain:
                if (m.type == "PER" or (three and m.type is None)) and not (m.role or m.honorific or m.person_cue or m.paren or m.aged) \
                        and (not three or (len(m.tokens) == 1 and m.norm not in surnames)):
                    m.type, m.weak, m.unsure = "ORG", False, False


def _plural_groups(mentions: list[EntityMention]) -> None:
    """A name typed a person by its shape alone with a plural verb after it is a group: "Duran Duran are" (a
    band), not one person; each use of the name alike, unless the text calls it a person outright (a title,
    role, age or relative). Initials in brackets ("Hewlett Packard (HP)") and "Mr" + its last word ("Abase
    Hussen" beside "Mr Hussen") are read by the resolver (:mod:`.aliases`).
    """
    group = set()
    person = set()  # names the text calls people outright: titles, roles, ages, relatives
    for m in mentions:
        if m.kind != "name":
            continue
        if m.honorific or m.role or m.aged or m.person_cue:
            person.add(m.norm)
        if m.type == "PER" and m.plural_verb:
            group.add(m.norm)
    group -= person
    for m in mentions:
        if m.kind == "name" and m.norm in group and m.type == "PER":
            m.type, m.key, m.weak, m.unsure = "ORG", None, False, False


def _lines_where(mentions: list[EntityMention], sentences: list[str], keep) -> dict[int, list[EntityMention]]:
    """Return the name mentions of the body sentences whose text ``keep`` accepts, by sentence (each
    sentence's text is tested once: most mentions sit in sentences no line rule reads)."""
    kept: dict[int, bool] = {}
    out: dict[int, list[EntityMention]] = {}
    for m in mentions:
        if m.sentence < 0 or m.kind != "name":
            continue
        ok = kept.get(m.sentence)
        if ok is None:
            ok = kept[m.sentence] = bool(keep(sentences[m.sentence]))
        if ok:
            out.setdefault(m.sentence, []).append(m)
    return out


def _list_heads(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon) -> None:
    """An untyped listed surname (a dictionary word too) opening a line of people ("Green , Jerry Kelly , Tim
    Simpson , Olin Browne", a list of players carried on from the line before) is a person, not a common word."""
    firsts: dict[int, EntityMention] = {}
    people: dict[int, int] = {}
    for m in mentions:
        if m.sentence < 0 or m.kind != "name":
            continue
        if m.start == 0 and m.type is None and len(m.tokens) == 1 and m.tokens[0] in lex.surnames:
            firsts[m.sentence] = m
        elif m.type == "PER" and len(m.tokens) > 1:
            people[m.sentence] = people.get(m.sentence, 0) + 1
    for si, m in firsts.items():
        text = sentences[si]
        if people.get(si, 0) >= 2 and text.startswith(" , ", m.end) and text.count(",") >= 3:
            m.type, m.unsure, m.weak = "PER", False, True


def _result_pairs(mentions: list[EntityMention], sentences: list[str]) -> None:
    """A line that is only a result, "Deportivo Coruna 1 Real Madrid 1", names two sides of one kind: when
    one is a listed organisation or a team, the other, typed a person by its shape alone or untyped, is one too."""
    for si, ms in _lines_where(mentions, sentences, lambda t: len(t) <= 80 and t[-1:].isdigit()).items():
        if len(ms) != 2:
            continue
        x, y = sorted(ms, key=lambda m: m.start)
        text = sentences[si]
        if text[:x.start].strip() or not text[x.end:y.start].strip().isdigit() or not text[y.end:].strip().isdigit():
            continue
        for side, other in ((x, y), (y, x)):
            if (side.type is None or (side.type == "PER" and side.weak)) and other.type == "ORG" \
                    and (other.team or (other.key or "").startswith("ORG")):
                side.type, side.weak, side.unsure, side.team = "ORG", False, False, other.team


def _glued_names(mentions: list[EntityMention], sentences: list[str]) -> None:
    """A sentence's first word, dropped as a common word glued to the name after it, is part of that name when
    the document names the two words together elsewhere ("Red" in "Red Star 4 4 0 0 9 3 12", where "Star" is a
    first name, beside "Buducnost 1 Red Star 3"): the mention takes the word and the full name's type. Before a
    lone place, a word the document uses as a name inside a sentence makes a club or a firm of that place
    ("Rotor Volgograd must play ..." beside "ended Rotor 's spell")."""
    glued = []  # mentions right after a sentence's first word, that word not part of them
    for m in mentions:
        if m.kind == "name" and m.sentence >= 0 and 1 < m.start <= 20:
            text = sentences[m.sentence]
            word = text[:m.start].strip()
            if word.isalpha() and word[:1].isupper() and text[m.start - 1] == " ":
                glued.append((m, text, word))
    if not glued:
        return
    full: dict[str, EntityMention] = {}
    alone: set[str] = set()
    for m in mentions:
        if m.kind == "name" and m.type and len(m.tokens) >= 2:
            full.setdefault(m.norm, m)
        elif m.kind == "name" and len(m.tokens) == 1 and not m.initial and m.sentence >= 0:
            alone.add(m.text)
    for m, text, word in glued:
        same = full.get(_norm(f"{word} {m.text}"))
        if same is not None and same.tokens[0] != word:
            same = None  # "The": the lookup key drops it
        if same is None and not (word in alone and m.type == "LOC" and len(m.tokens) == 1):
            continue
        m.start, m.text, m.tokens = text.index(word), f"{text[text.index(word):m.start]}{m.text}", (word, *m.tokens)
        if same is not None:
            m.type, m.key, m.team, m.weak, m.unsure = same.type, same.key, same.team, same.weak, False
        else:
            m.type, m.key, m.unsure = "ORG", None, False
        m.__dict__.pop("norm", None)  # the cached lookup key of the old text


def _bracket_letters(mentions: list[EntityMention], sentences: list[str]) -> list[EntityMention]:
    """In a sports report, a team's name takes the letters in brackets that tell two clubs of one name apart
    in a results line or a table ("Mladost ( L ) 2", "Mladost ( BJ ) 4 0 1 3", "Radnicki ( N ) - Spartak");
    returns the mentions without those inside the brackets."""
    inside: set[tuple[int, int]] = set()
    for m in mentions:
        if m.kind != "name" or m.type not in ("ORG", None) or m.sentence < 0:
            continue
        text = sentences[m.sentence]
        if not text.startswith(" ( ", m.end):
            continue
        close = text.find(" )", m.end + 3, m.end + 8)
        letters = text[m.end + 3:close]
        tail = text[close + 2:close + 4]
        if close < 0 or not letters.isalpha() or not letters.isupper() or tail[:1] not in ("", " ") \
                or not (tail[1:] == "" or tail[1:].isdigit() or tail[1:] == "-"):
            continue
        inside.add((m.sentence, m.end + 3))
        m.end = close + 2
        m.text, m.tokens = text[m.start:m.end], (*m.tokens, "(", letters, ")")
        m.__dict__.pop("norm", None)  # the cached lookup key of the old text
    if not inside:
        return mentions
    return [m for m in mentions if (m.sentence, m.start) not in inside]


def _venue_lines(mentions: list[EntityMention], sentences: list[str]) -> None:
    """In a sports report, the names before the colon of a scoreboard line are where the match is played
    when a team and its score follow the colon: "At Hove : Sussex 363 and 144 , Lancashire 218",
    "Chester-le-Street : Glamorgan 259", "At Headingley ( Leeds ) : Yorkshire 290" (places, not sides)."""
    for si, ms in _lines_where(mentions, sentences, lambda t: 0 <= t.find(" : ", 0, 63)).items():
        text = sentences[si]
        colon = text.find(" : ")
        ms.sort(key=lambda m: m.start)
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


def _team_words(mentions: list[EntityMention], lex: _Lexicon, known: dict) -> None:
    """In a sports report, the words of a team's name used alone in a headline in capitals: "Bradford Bulls 36"
    ... "WIGAN BEAT BRADFORD", "Florida Marlins" ... "MARLINS BEAT REDS" (the town only when no list names it
    a place: a listed place is made a team by its own cue)."""
    for m in mentions:
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


def _read_plurals(mentions: list[EntityMention], sports: bool) -> None:
    """Settle the runs of common words ending in a plural noun ("the Cubs", "Blue Jays"; kind "plural").

    In a sports report they are teams (ORG); elsewhere they are left to the
    resolver like any unknown name (most are dropped there as common nouns).
    Done before the second pass, so headlines in capitals ("MARLINS BEAT REDS") find them.
    """
    for m in mentions:
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


def _mark_teams(mentions: list[EntityMention], lex: _Lexicon, text_of=None) -> None:
    """In a sports report, a town or region that plays ("Leeds 2", "beat Somerset") is a team (ORG).

    Countries stay places (CoNLL's convention: national sides are named by
    their country), and so does a town used as a venue ("at Leeds");
    :func:`extract_actors` types the actor of a side as a team. A name listed with a team ("title rivals
    Essex , Derbyshire and Surrey") is one too (``text_of(sentence)`` gives the text between them).
    """
    teams: set[str] = set()
    people: set[str] = set()
    firsts: set[str] = set()
    entrants: dict[int, set[int]] = {1: set(), -1: set()}
    cued: set[int] = set()
    acting: set[int] = set()
    plural_teams: set[str] = set()
    for m in mentions:  # one pass over a long report (its speed matters)
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
        if (m.before_paren and not m.side_cue) or m.aged or m.person_cue or m.entrant == 1:
            people.add(m.norm)
        if m.entrant:
            entrants[m.entrant].add(m.sentence)
        if m.locative:
            cued.add(m.sentence)  # a list that starts with a place: "in Halifax and Harrogate watched"
        elif m.agent or m.team_cue or m.side_ctx or m.side_cue:
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
    for chain in _lists(mentions, cued & acting, text_of) if text_of is not None else []:
        if chain[0].locative:
            for m in chain[1:]:
                m.locative = True  # "in Halifax and Harrogate": the whole list is where it happened
    for m in mentions:
        if m.kind != "name" or m.paren or m.norm in people:
            continue
        if (m.team_cue or m.side_ctx == 2) and _may_play(m, lex):
            teams.add(m.norm)
        elif m.type == "LOC" and (_plays(m) or m.side_ctx) and m.key not in lex.countries and not m.locative:
            teams.add(m.norm)
    cued = {m.sentence for m in mentions if m.norm in teams and not m.locative}
    for chain in _lists(mentions, cued, text_of) if text_of is not None else []:
        # "title rivals Essex , Derbyshire and Surrey": names listed with a team are teams
        if any(m.norm in teams and not m.locative for m in chain):
            teams.update(m.norm for m in chain if m.norm not in people and not m.paren and not m.locative
                         and _may_play(m, lex))
    plural_teams |= teams
    for m in mentions:
        # A team's name in the singular names one of its players' side: "All Blacks" ... "All Black hooker".
        if m.kind == "name" and (m.norm in teams or (len(m.tokens) > 1 and m.norm + "s" in plural_teams)) \
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


def _lists(mentions: list[EntityMention], cued: set[int], text_of) -> list[list[EntityMention]]:
    """Return the lists of names in the same sentence ("Essex , Derbyshire and Surrey", "Essex and Kent"):
    names joined by commas and "and" or "or" (commas alone join a town to its region: "Leeds , Yorkshire").
    Only the sentences in ``cued`` are read."""
    # The last words of people named in full: "Labour, the Tories and Kennedy" keeps Charles Kennedy a person.
    surnames = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1}
    by_sentence: dict[int, list[EntityMention]] = {}
    for m in mentions:
        if m.kind == "name" and m.sentence in cued:
            by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    for si, ms in by_sentence.items():
        if len(ms) < 2:
            continue
        text = text_of(si)
        ms.sort(key=lambda m: m.start)
        chain, joined = [ms[0]], False
        for prev, m in pairwise(ms):
            gap = " ".join(text[prev.end:m.start].split())
            if gap in _LIST_GAPS:
                chain.append(m)
                joined = joined or _LIST_GAPS[gap]
                continue
            if joined:
                out.append(chain)
            chain, joined = [m], False
        if joined:
            out.append(chain)
    return out
