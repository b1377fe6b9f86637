"""Fast implementations of sumy's algorithms: sumy's choices, progress, cancellation, CLI."""

import json

import pytest

from briefing.core.summarize.fast import graph as fastsum
from briefing.core.errors import SummaryError
from briefing.core.model import Article, SummaryOptions
from briefing.core.errors import Cancelled
from briefing.core.summarize import FAST_RATERS, rank_order, rate_sentences, summarize
from briefing.core.summarize.candidates import reading
from briefing.core.summarize.sumy_backend import rate_with_sumy

from tests.conftest import SHARED_EVAL
from tests.core.builders import ARTICLE_PARAGRAPHS, make_article, make_news_like_article

SUMY_ALGORITHMS = ["lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction"]


def _texts():
    return {
        "transport": make_article(ARTICLE_PARAGRAPHS, title="Council approves transport plan"),
        "untitled": make_article(ARTICLE_PARAGRAPHS),
        "news-like": make_news_like_article(5, seed=1),
        "news-like-2": make_news_like_article(7, seed=2, title="Harbour bridge delayed again"),
    }


def test_every_sumy_algorithm_has_a_fast_implementation():
    """Every sumy algorithm the app offers is in FAST_RATERS; BriefRank is not a sumy one."""
    assert sorted(FAST_RATERS) == sorted(SUMY_ALGORITHMS)


@pytest.mark.parametrize("name", SUMY_ALGORITHMS)
@pytest.mark.parametrize("text", sorted(_texts()))
def test_fast_ratings_are_sumys(name, text):
    """On an article-sized text the fast ratings equal sumy's bit for bit, so every length chooses the same."""
    article = reading(_texts()[text])[0]  # the sentences every rater reads ("2024." on its own is none)
    slow = rate_with_sumy(article, name)
    fast = rate_sentences(article, name, implementation="fast")
    assert fast == slow
    assert rank_order(fast) == rank_order(slow)


@pytest.mark.parametrize("name", ["lexrank", "textrank", "reduction", "lsa"])
def test_long_text_paths_choose_as_sumy(monkeypatch, name):
    """The sparse paths used on long documents rate as sumy; choices differ only between exact ties.

    (Forced here on a short text. Its small vocabulary makes many sentences tie
    in LSA; sumy breaks those by SVD round-off, the fast path by position.)
    """
    monkeypatch.setattr(fastsum, "DENSE_LIMIT", 0)
    monkeypatch.setattr(fastsum, "LSA_EXACT_COST", 0)
    article = reading(make_news_like_article(14, seed=3))[0]
    slow = rate_with_sumy(article, name)
    fast = rate_sentences(article, name, implementation="fast")
    assert fast == pytest.approx(slow, rel=1e-9, abs=1e-12)
    for k in (3, 5):
        ours, theirs = sorted(rank_order(fast)[:k]), sorted(rank_order(slow)[:k])
        if ours != theirs:
            assert sorted(fast[i] for i in ours) == pytest.approx(sorted(fast[i] for i in theirs), rel=1e-12)
    if name != "lsa":  # no ties at the top in this text
        assert sorted(rank_order(fast)[:5]) == sorted(rank_order(slow)[:5])


def test_repeated_sentences_share_sumys_rating():
    """Identical sentences get one rating, as in sumy's dicts keyed by sentence text."""
    article = make_article(["The tram plan was approved. The bus plan was delayed.",
                            "The tram plan was approved. Critics called the tram plan reckless."], title="Tram plan")
    for name in SUMY_ALGORITHMS:
        fast = rate_sentences(article, name, implementation="fast")
        assert fast == rate_with_sumy(article, name), name


@pytest.mark.parametrize("name", SUMY_ALGORITHMS)
def test_progress_is_reported_and_cancel_stops(name):
    """A fast rater reports progress in [0, 1] and stops when the callback raises Cancelled."""
    article = make_news_like_article(6, seed=4)
    seen = []
    rate_sentences(article, name, implementation="fast", progress=lambda f, m: seen.append((f, m)))
    assert seen and all(0.0 <= f <= 1.0 and m for f, m in seen)

    def cancel(fraction, message):
        raise Cancelled("stopped by the user")

    with pytest.raises(Cancelled):
        rate_sentences(article, name, implementation="fast", progress=cancel)


def test_cancel_in_the_middle_of_a_long_rating():
    """Cancelling after a few reports stops KL-Sum's greedy pass before its end."""
    article = make_news_like_article(60, seed=5)
    calls = []

    def cancel_later(fraction, message):
        calls.append(fraction)
        if len(calls) == 5:
            raise Cancelled("stop")

    with pytest.raises(Cancelled):
        rate_sentences(article, "kl", implementation="fast", progress=cancel_later)
    assert len(calls) == 5 and 0 < calls[-1] < 1


def test_summarize_passes_progress_and_implementation():
    """summarize() forwards the progress callback and the implementation choice."""
    article = make_news_like_article(5, seed=6)
    messages = []
    fast = summarize(article, SummaryOptions(algorithm="lexrank", sentences=3),
                     progress=lambda f, m: messages.append(m), implementation="fast")
    assert any(m.startswith("LexRank:") for m in messages)
    slow = summarize(article, SummaryOptions(algorithm="lexrank", sentences=3), implementation="sumy")
    assert [s.index for s in fast.sentences] == [s.index for s in slow.sentences]
    with pytest.raises(SummaryError, match="Unknown implementation"):
        summarize(article, SummaryOptions(algorithm="lexrank"), implementation="quick")


def test_empty_words_do_not_crash():
    """Sentences without any word (numbers only) are rated, not an error."""
    article = Article(title="", paragraphs=[["2024.", "12,500."], ["3.5 %."]])
    for name in SUMY_ALGORITHMS:
        assert len(rate_sentences(article, name, implementation="fast")) == 3


def _eval_sample():
    articles = []
    import sys

    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from summary_quality import article_from_row

    for name in ("cnndm-dev.jsonl", "news-summaries.jsonl"):
        with (SHARED_EVAL / name).open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= 12:
                    break
                article = article_from_row(json.loads(line))
                if article.sentence_count:
                    articles.append(article)
    return articles


@pytest.mark.skipif(not (SHARED_EVAL / "cnndm-dev.jsonl").exists(), reason="../shared/eval is absent")
@pytest.mark.parametrize("name", SUMY_ALGORITHMS)
def test_same_choices_as_sumy_on_news_sample(name):
    """On 12 CNN/DailyMail and 12 BBC articles each fast algorithm chooses sumy's 3 and 5 sentences."""
    for article in map(lambda a: reading(a)[0], _eval_sample()):
        slow = rate_with_sumy(article, name)
        fast = rate_sentences(article, name, implementation="fast")
        for k in (3, 5):
            assert sorted(rank_order(fast)[:k]) == sorted(rank_order(slow)[:k]), (article.title, k)
