"""The first pass's fast paths of round 2 (speedF2) give what the general tests give: each is compared with the
general one on made-up tricky texts and the seed articles."""

from __future__ import annotations

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.newsroom import label_runs
from briefing.core.actors.tokens import _tokenize

from .test_finder_fast_paths import _texts

#: Party and ticker tags, and near misses, with and without brackets and hyphens.
LABELS = [
    "Sen. Ann Lee (D-Minn.) and Rep. Bo Cole, R-Ohio, said ; Acme Corp (NASDAQ: CRVN) rose .",
    "Sen. Ann Lee , D-Grand Junction , said ; Acme (NYSE: ACM) and ( LSE : VOD ) fell .",
    "I-Vt, Sen. Ann Lee said (NASDAQ) ; Acme , NYSE : ACM ; D-Minn and R-OH",
    "Acme [NASDAQ: CRVN] rose ; Lee D‐Minn. ( with a Unicode hyphen ) said .",
]


def test_label_runs_sentence_test_matches_the_run_loop():
    """label_runs given the sentence (which it returns from at once without a hyphen or a bracket in it) finds
    the runs it finds reading every run."""
    finder = _Finder(_lexicon())
    found = 0
    for text in _texts()[:-2] + LABELS:
        toks = _tokenize(text)
        spans = finder.spans(toks)
        fast = label_runs(toks, spans, text)
        assert fast == label_runs(toks, spans), text
        found += len(fast)
    assert found >= 6


def test_analyse_step_makes_no_closure_cells():
    """_analyse_step reads its locals directly: no closure (``_mk`` takes the run's facts in a tuple) and no
    generator over its locals, either of which made locals cells, created at every call (3% of the finder)."""
    assert _Finder._analyse_step.__code__.co_cellvars == ()


def test_per_sentence_and_per_run_rules_make_no_cells():
    """The rules asked for every sentence or many runs have no closure or generator over their locals (each made
    its locals cells at every call; their rare parts are functions of their own)."""
    from briefing.core.actors.sentence import _credit_spans

    for rule in (_Finder.spans, _Finder._table_noise, _Finder._spans_to_read, _Finder._role_before_person, _credit_spans):
        assert rule.__code__.co_cellvars == (), rule.__name__


def test_credits_and_role_words_after_the_split():
    """Credits (the chains now in ``_credit_chains``) and a role before a person (``role_word`` a function)."""
    from briefing.core.actors.clause_roles import any_role_word, role_word
    from briefing.core.actors.sentence import _credit_spans

    finder = _Finder(_lexicon())
    text = "Reporting by Ann Lee and Bo Hu ; Cy Li , Di Wu and Eve Ng contributed to this report ."
    toks = _tokenize(text)
    spans = finder.spans(toks)
    assert [spans[k] for k in sorted(_credit_spans(toks, spans, text))] == [s for s in spans if s[0] > 1]
    assert finder._spans_to_read(toks, text) == [(0, 1)]  # "Reporting" alone: the names left out
    toks = _tokenize("Franklin County Prosecutor Ron Obrien said .")
    assert finder._role_before_person(toks, 0, 5) == (2, 3)
    assert role_word(finder.lex, toks[2]) and not any_role_word(finder.lex, toks[3:5])


def test_mentions_made_by_mk_on_each_path():
    """The paths that make mentions through ``_mk`` with keywords, a part of the run, or a partial (portfolio)."""
    from briefing.core.actors.document import _rule_mentions
    from briefing.core.model import Article

    text = ("Secretary of State for Health Andrew Lansley met Former South Carolina Gov . , Lord Woolf and "
            "Secretary of State Madeleine Albright , then Director of Public Prosecutions Alison Saunders spoke .")
    got = {(m.text, m.type, m.role, m.honorific) for m in _rule_mentions(Article(title="", paragraphs=[[text]]))}
    assert ("Andrew Lansley", "PER", "Secretary of State for Health", "") in got
    assert ("Lord Woolf", "PER", "", "Lord") in got
    assert ("Madeleine Albright", "PER", "Secretary of State", "") in got
    assert ("Alison Saunders", "PER", "Director of Public Prosecutions", "") in got
