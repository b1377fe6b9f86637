"""The first pass's fast paths of round 5 (speedF7) give what the general tests give: each is compared with the
general one on made-up tricky texts and the seed articles."""

from __future__ import annotations

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.newsroom import label_runs
from briefing.core.actors.nonnames import left_out, slogan_runs
from briefing.core.actors.tokens import _tokenize

from .test_finder_fast_paths import _texts
from .test_finder_fast_paths2 import LABELS

#: Slogans, titles with a pronoun, tags, and near misses (a pronoun first, "Let" alone, "Let us", long runs).
WORKS = [
    "Michelle Obama launched Let's Move , then Let’s Go Outside ; Let Ann Lee speak , said Bo Cole .",
    "The film Child Promise Me You Will Shoot Yourself won ; We Ann Lee said ; Yes We Can was a slogan .",
    "Let 's Move ( NASDAQ : CRVN ) and Acme (NYSE: ACM) Promise Me You Will , D-Minn. , said Sen. Ann Lee .",
    "Ann Lee Let Me Go Tom Hart They Them Us Our Your My Himself Herself Itself Ourselves Yourselves Themselves",
    "Sen. Ann Lee , D-Grand Junction , and Rep. Bo Cole, R-Ohio, voted ; I-Vt Tom Hart said .",
    "Let's " * 40 + "Ann Lee - ( " * 30 + "You Me We " * 50 + "ΑΒΓ Δέλτα Me Εψιλον said .",
]


class _GeneralFinder(_Finder):
    """The finder given its runs already without the slogans and tags the general functions find (reading every
    run, without the sentence's first tests): its own tests then find none left to drop."""

    def _spans_to_read(self, toks, text):
        runs = super()._spans_to_read(toks, text)
        return left_out(runs, slogan_runs(toks, runs) | label_runs(toks, runs))


def test_one_walk_of_the_runs_drops_what_slogan_runs_and_label_runs_drop():
    """find tests a title's pronoun in its loop, and asks for "Let's" and the tags only in a sentence holding
    "Let", a hyphen or a bracket: its mentions are those of the finder given the runs the general functions keep."""
    lex = _lexicon()
    dropped = 0
    for text in _texts() + LABELS + WORKS:
        fast, general = _Finder(lex), _GeneralFinder(lex)
        got, want = fast.find(0, text, {}), general.find(0, text, {})
        assert [vars(m) for m in got] == [vars(m) for m in want], text
        toks = _tokenize(text)
        dropped += len(_Finder._spans_to_read(fast, toks, text)) - len(general._spans_to_read(toks, text))
    assert dropped >= 10  # the texts hold runs the general functions drop
