"""Summaries: every algorithm, every length mode, verbatim sentences, errors."""

import pytest

from briefing.core.errors import SummaryError
from briefing.core.model import SummaryOptions
from briefing.core.summarize import (ALGORITHMS, DEFAULT_ALGORITHM, algorithm_names, rate_sentences,
                                     resolve_algorithm, summarize)

from tests.core.builders import make_article

SUMY_ALGORITHMS = ["lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction"]


def test_every_sumy_algorithm_is_offered():
    """All eight sumy algorithms are selectable by name, the default first."""
    assert set(SUMY_ALGORITHMS) <= set(ALGORITHMS)
    assert algorithm_names()[0] == DEFAULT_ALGORITHM
    assert resolve_algorithm("LexRank") == "lexrank" and resolve_algorithm("kl-sum") == "kl"
    with pytest.raises(SummaryError, match="Unknown summary algorithm"):
        resolve_algorithm("gpt")


@pytest.mark.parametrize("name", SUMY_ALGORITHMS)
def test_algorithm_summarizes_seed_verbatim(seed_article, name):
    """Each algorithm picks 3 verbatim sentences of the seed, in article order, with scores."""
    s = summarize(seed_article, SummaryOptions(algorithm=name, sentences=3))
    assert s.algorithm == name
    assert len(s.sentences) == 3
    indices = [x.index for x in s.sentences]
    assert indices == sorted(indices)
    by_index = {x.index: x for x in seed_article.sentences}
    for x in s.sentences:
        assert x.text == by_index[x.index].text
        assert x.paragraph == by_index[x.index].paragraph
        assert x.text in seed_article.text
    assert len(s.scores) == seed_article.sentence_count == s.total_sentences


@pytest.mark.parametrize("name", SUMY_ALGORITHMS)
def test_choice_matches_sumy_itself(seed_article, name):
    """Captured ratings give exactly the sentences sumy's own call returns."""
    from briefing.core.summarize import rating as sm
    from briefing.core.summarize import sumy_backend

    document = sumy_backend.build_document(seed_article)
    summarizer = sumy_backend._make_summarizer(name, seed_article)
    expected = [str(s) for s in summarizer(document, 4)]
    got = [x.text for x in summarize(seed_article, SummaryOptions(algorithm=name, sentences=4), ).sentences]
    if name not in sm.FAST_RATERS:
        assert got == expected
    ratings = rate_sentences(seed_article, name, implementation="sumy")
    ours = sm.select(seed_article, ratings, SummaryOptions(sentences=4))
    if name != "lsa":
        assert [seed_article.sentences[i].text for i in ours] == expected
        return
    # sumy's LSA orders sentences whose ratings are exactly equal by round-off that follows Python's string
    # hashing (its dictionary is a frozenset), so its own choice changes from process to process there; ours takes
    # the earlier sentence (see briefing.core.summarize.fast). Outside such ties the choice is sumy's: the
    # sentences chosen differently have exactly the same rating.
    texts = [s.text for s in seed_article.sentences]
    theirs = sorted(texts.index(t) for t in expected)
    assert sorted(ratings[i] for i in ours) == sorted(ratings[i] for i in theirs)


def test_sentence_count_mode(seed_article):
    """A sentence count gives that many sentences (capped at the article's length)."""
    assert len(summarize(seed_article, SummaryOptions(algorithm="luhn", sentences=5)).sentences) == 5
    assert len(summarize(seed_article, SummaryOptions(algorithm="luhn", sentences=500)).sentences) == seed_article.sentence_count


def test_percent_mode(seed_article):
    """A percentage gives that share of the sentences, rounded up, at least one."""
    n = seed_article.sentence_count  # 13
    assert len(summarize(seed_article, SummaryOptions(algorithm="luhn", percent=50)).sentences) == -(-n // 2)
    assert len(summarize(seed_article, SummaryOptions(algorithm="luhn", percent=1)).sentences) == 1


def test_word_budget_mode(seed_article):
    """A word budget is never exceeded once more than one sentence is chosen."""
    for budget in (60, 120, 200):
        s = summarize(seed_article, SummaryOptions(algorithm="lexrank", words=budget))
        words = sum(len(x.text.split()) for x in s.sentences)
        assert s.sentences and (words <= budget or len(s.sentences) == 1)
    tiny = summarize(seed_article, SummaryOptions(algorithm="lexrank", words=1))
    assert len(tiny.sentences) == 1  # the best sentence even if longer than the budget


@pytest.mark.parametrize("options,message", [
    (SummaryOptions(sentences=0), "at least 1"),
    (SummaryOptions(percent=0), "percentage"),
    (SummaryOptions(percent=150), "percentage"),
    (SummaryOptions(words=0), "word budget"),
    (SummaryOptions(sentences=3, words=50), "not several"),
])
def test_invalid_lengths(seed_article, options, message):
    """Invalid or conflicting length options raise SummaryError."""
    with pytest.raises(SummaryError, match=message):
        summarize(seed_article, options)


def test_empty_article_refused():
    """An article without sentences cannot be summarized."""
    with pytest.raises(SummaryError, match="no sentences"):
        summarize(make_article([]))


def test_edmundson_without_title_uses_location():
    """Edmundson works on untitled text (pasted) and then favours the first sentences."""
    a = make_article(["First point of the story is here. Another line follows it.",
                      "A middle paragraph says little. It goes on a while.",
                      "The end comes last. Nothing more."])
    s = summarize(a, SummaryOptions(algorithm="edmundson", sentences=1))
    assert s.sentences[0].index == 0


def test_best_sentence_is_top_scored(seed_article):
    """Summary.best() is the chosen sentence with the highest score."""
    s = summarize(seed_article, SummaryOptions(algorithm="lexrank", sentences=3))
    assert s.best().score == max(s.scores)


def test_progress_callback_called(seed_article):
    """summarize reports progress from 0 to 1."""
    seen = []
    summarize(seed_article, SummaryOptions(algorithm="luhn"), progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
