"""The document pass of the rule-based finder: every sentence and the title, with document memory,
then sports teams and national sides marked.
"""

from __future__ import annotations

from ..model import Article
from .descriptors import spread_org_cues
from .finder import _Finder, _sentence_mode
from .lexicon import _Lexicon, _lexicon, _norm
from .media import drop_table_labels, press_heads, spread_market_cues
from .tokens import EntityMention, _Tok, _tokenize

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


def _read_sentences(finder: _Finder, lex: _Lexicon, sentences: list[str], lo: int, hi: int):
    """The first pass over ``sentences[lo:hi]``: their mentions, the sentences left for the second pass
    (with their tokens) and the sports words seen (up to four)."""
    mentions: list[EntityMention] = []
    # The tokens of a sentence are dropped once it is read (those of a long report took 100 MB), except
    # for the few sentences read again with the document's names (headlines in capitals).
    deferred: list[tuple[int, list[_Tok]]] = []
    sports: set[str] = set()
    for i in range(lo, hi):
        text = sentences[i]
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
    sentences = [s.text for s in article.sentences]
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
    sentences = [s.text for s in article.sentences]
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
    # Surnames and first words of multi-word names, for headlines in capitals.
    for m in mentions:
        if m.type == "PER" and len(m.tokens) > 1:
            known.setdefault(_norm(m.tokens[-1]), ("PER", None))
    for i, toks in deferred:
        mentions.extend(finder.find(i, sentences[i], known, toks))
    if article.title:
        mentions.extend(finder.find(-1, article.title, known))
        _read_plurals(mentions, len(sports) >= 4)
    spread_org_cues(mentions, lex)
    spread_market_cues(mentions, lex)
    mentions = press_heads(drop_table_labels(mentions, sentences, lex), sentences, lex)
    if len(sports) >= 4:  # a sports report
        _mark_teams(mentions, lex)
    _club_towns(mentions, lex, len(sports) >= 2)
    if len(sports) < 2:
        for m in mentions:
            m.dateline = False  # outside sport a dateline's town is the town the text names elsewhere
    for m in mentions:
        # "England coach Andy Robinson", "France squad", "against Scotland": a place that plays.
        m.national_side = m.side_cue and m.type == "LOC" and not m.locative
    return mentions


def _club_towns(mentions: list[EntityMention], lex: _Lexicon, sports: bool) -> None:
    """A listed club named like its town ("Leeds", "Milan") is the town in a text that is not about sport
    (``sports``: two sports words or more; "in Leeds", "the Milan stock market"); in one about sport it is
    the club ("joined Milan"), unless the text is in the town ("the final in Milan")."""
    for m in mentions:
        if m.club_town and m.type == "ORG" and (not sports or m.place_cue):
            m.type, m.key = "LOC", lex.club_towns[m.norm]


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


def _mark_teams(mentions: list[EntityMention], lex: _Lexicon) -> None:
    """In a sports report, a town or region that plays ("Leeds 2", "beat Somerset") is a team (ORG).

    Countries stay places (CoNLL's convention: national sides are named by
    their country), and so does a town used as a venue ("at Leeds");
    :func:`extract_actors` types the actor of a side as a team.
    """
    teams = set()
    people = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1 and not m.weak}
    # A lone word before brackets is a person's ("Saqlain Mushtaq (Pakistan)"), not after "v" or "against"
    # ("v Derbyshire (three days)": a fixture).
    people |= {m.norm for m in mentions if (m.before_paren and not m.side_cue) or m.aged or m.person_cue}
    for m in mentions:
        if m.kind != "name" or m.paren or m.norm in people:
            continue
        if m.team_cue and (m.type == "LOC" and m.key not in lex.countries or m.type is None
                           or (m.type == "PER" and m.weak and not _tagged_person(m, lex))):
            teams.add(m.norm)
        elif _plays(m) and m.type == "LOC" and m.key not in lex.countries:
            teams.add(m.norm)
    for m in mentions:
        if m.kind == "name" and m.norm in teams and not m.locative and not m.paren \
                and (m.type != "LOC" or m.key not in lex.countries):
            m.type, m.key, m.unsure, m.team = "ORG", None, False, True


