"""The runs a sentence is read for (``listed_runs._ListedRuns._spans_to_read``): the portfolio and remit lists are
looked for only where ``spans`` took a run on past a token that is not capitalised (``went_through``), as only such
a run can hold "for" or "of"; the runs are those of the test made on every sentence."""

from __future__ import annotations

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.sentence import inner_link
from briefing.core.actors.tokens import _tokenize

from .test_finder_fast_paths import _texts

LISTS = [
    "Minister for Children, Young People and Families Margaret Hodge said so.",
    "The Department for Environment, Food and Rural Affairs and the Department for Culture, Media and Sport met.",
    "Department of Education, Ofsted and Park View, said Secretary of State for Health, Social Care and Sport Ann Lee.",
    "Bank of England, Bank for International Settlements and Bo Cole, of Acme, and Ann Lee.",
    "Secretary for Trade, Industry and Energy Tom Hart , Radio 4 , Marks & Spencer , War on Want , Leeds Magistrates' Court",
    "ANN LEE, BO COLE AND TOM HART met U.S. and U.N. envoys in Paris, London and Rome.",
    "Minister For Children, Young People And Families Margaret Hodge",
    "Office of " * 200 + "Fair Trading, Ann Lee and Bo Cole",
]


class _EverySentence(_Finder):
    """The finder that looks for the lists in every sentence with two runs or more."""

    def spans(self, toks, text=None):
        runs = super().spans(toks, text)
        self.went_through = True
        return runs


def test_runs_to_read_are_those_of_the_test_on_every_sentence():
    lex = _lexicon()
    fast, general = _Finder(lex), _EverySentence(lex)
    skipped = 0
    for text in _texts() + LISTS:
        toks = _tokenize(text)
        want = general._spans_to_read(_tokenize(text), text)
        assert fast._spans_to_read(toks, text) == want, text
        runs = fast.spans(_tokenize(text), text)
        assert fast.went_through or not inner_link(toks, runs), text
        skipped += len(runs) > 1 and not fast.went_through
    assert skipped >= 3


def test_a_run_through_a_link_word_is_marked():
    finder = _Finder(_lexicon())
    finder.spans(_tokenize("Ann Lee met Bo Cole, said Tom Hart."))
    assert finder.went_through is False
    finder.spans(_tokenize("Ann Lee met the Bank of England."))
    assert finder.went_through is True
    runs = finder._spans_to_read(_tokenize(LISTS[0]), LISTS[0])
    assert len(runs) == 1  # the portfolio joined to the name: one run
