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
