"""The document pass of the rule-based finder: every sentence and the title, with document memory,
then sports teams and national sides marked.
"""

from __future__ import annotations

from ..model import Article
from .finder import _Finder, _sentence_mode
from .lexicon import _Lexicon, _lexicon, _norm
from .tokens import EntityMention, _Tok, _tokenize

_SPORTS_WORDS = frozenset(["innings", "wicket", "wickets", "goal", "goals", "scored", "beat", "match", "matches", "league", "standings", "inning", "runs", "homer", "homers", "pitcher", "halftime", "half-time", "rebounds", "touchdown", "striker", "midfielder", "defender", "tournament", "seeded", "round", "championship", "lap", "batting", "bowling", "bowled", "club", "season", "drew", "penalty", "soccer", "football", "cricket", "baseball", "basketball", "tennis", "golf", "rugby", "hockey", "game", "games", "win", "wins", "won", "lost", "draw", "points", "scorers", "scorer", "fixtures", "results"])

def _is_sports(sentences: list[list[_Tok]]) -> bool:
    """True for a sports report: at least four different sports words ("innings", "beat", "league"...)."""
    hits = set()
    for toks in sentences:
        for t in toks:
            if t.kind == "word" and t.text.lower() in _SPORTS_WORDS:
                hits.add(t.text.lower())
    return len(hits) >= 4



# --------------------------------------------------------------------------
# The document pass: mentions, then merging into actors
# --------------------------------------------------------------------------


def _rule_mentions(article: Article) -> list[EntityMention]:
    """Find mentions in body sentences and the title, with two passes for document memory."""
    lex = _lexicon()
    finder = _Finder(lex)
    sentences = [s.text for s in article.sentences]
    known: dict[str, tuple[str | None, str | None]] = {}
    mentions: list[EntityMention] = []
    deferred: list[int] = []
    all_toks = [_tokenize(text) for text in sentences]
    for i, text in enumerate(sentences):
        toks = all_toks[i]
        if _sentence_mode(toks, lex) != "normal":
            deferred.append(i)
            continue
        for m in finder.find(i, text, {}, toks, "normal"):
            mentions.append(m)
    for m in mentions:
        if m.kind == "name" and not m.unsure and not m.quoted:
            known.setdefault(m.norm, (m.type, m.key))
    # Surnames and first words of multi-word names, for headlines in capitals.
    for m in mentions:
        if m.type == "PER" and len(m.tokens) > 1:
            known.setdefault(_norm(m.tokens[-1]), ("PER", None))
    for i in deferred:
        mentions.extend(finder.find(i, sentences[i], known, all_toks[i]))
    if article.title:
        mentions.extend(finder.find(-1, article.title, known))
    if _is_sports(all_toks):
        _mark_teams(mentions, lex)
    for m in mentions:
        # "England coach Andy Robinson", "France squad", "against Scotland": a place that plays.
        m.national_side = m.side_cue and m.type == "LOC" and not m.locative
    return mentions


def _mark_teams(mentions: list[EntityMention], lex: _Lexicon) -> None:
    """In a sports report, a town or region that plays ("Leeds 2", "beat Somerset") is a team (ORG).

    Countries stay places (CoNLL's convention: national sides are named by
    their country), and so does a town used as a venue ("at Leeds");
    :func:`extract_actors` types the actor of a side as a team.
    """
    teams = set()
    people = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1 and not m.weak}
    people |= {m.norm for m in mentions if m.before_paren}
    for m in mentions:
        if m.kind != "name" or not m.team_cue or m.paren or m.norm in people:
            continue
        if m.type == "LOC" and m.key not in lex.countries or m.type is None or (m.type == "PER" and m.weak):
            teams.add(m.norm)
    for m in mentions:
        if m.kind == "name" and m.norm in teams and not m.locative and not m.paren \
                and (m.type != "LOC" or m.key not in lex.countries):
            m.type, m.key, m.unsure = "ORG", None, False


