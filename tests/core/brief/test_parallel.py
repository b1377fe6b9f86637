"""The command line's long-article path: summary in a forked child, actors here, same analysis."""

import threading

import pytest

from briefing.core import parallel
from briefing.core.brief import pipeline
from briefing.core.errors import SummaryError
from briefing.core.model import SummaryOptions

fork_only = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")


def _long_article(seed_article):
    """The seed's paragraphs repeated: over PARALLEL_MIN_SENTENCES sentences, English."""
    from dataclasses import replace

    copies = pipeline.PARALLEL_MIN_SENTENCES // seed_article.sentence_count + 1
    paragraphs = [list(p) for _ in range(copies) for p in seed_article.paragraphs]
    article = replace(seed_article, paragraphs=paragraphs)
    assert article.sentence_count >= pipeline.PARALLEL_MIN_SENTENCES
    return article


@fork_only
@pytest.mark.parametrize("algorithm", ["briefrank", "lexrank", "kl"])
def test_parallel_analysis_equals_the_sequential_one(seed_article, algorithm, monkeypatch):
    """With parallel=True a long article gets exactly the summary and actors of the one-process path."""
    article = _long_article(seed_article)
    options = SummaryOptions(algorithm=algorithm)
    started = []
    real = parallel.call_in_child
    monkeypatch.setattr(parallel, "call_in_child", lambda *a: started.append(1) or real(*a))
    monkeypatch.setattr(parallel, "can_fork", lambda: True)  # pytest's own threads do not summarize
    here = []  # summaries made in this process (the child's calls do not show here)
    real_resummarize = pipeline.resummarize
    monkeypatch.setattr(pipeline, "resummarize", lambda *a, **k: here.append(1) or real_resummarize(*a, **k))
    together = pipeline.analyse(article, options, parallel=True)
    assert started == [1] and here == []  # the summary came from the child
    alone = pipeline.analyse(article, options)
    assert together.summary == alone.summary
    assert together.actors == alone.actors


def test_short_article_and_threads_stay_in_one_process(seed_article, monkeypatch):
    """A short article never forks; nor does a process running other threads (the window)."""
    monkeypatch.setattr(parallel, "call_in_child", lambda *a: pytest.fail("forked"))
    pipeline.analyse(seed_article, parallel=True)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not parallel.can_fork()
    finally:
        stop.set()
        worker.join()


@fork_only
def test_child_failure_falls_back_and_errors_surface_as_usual(seed_article, monkeypatch):
    """Invalid options fail in the child; the parent redoes the summary and raises the usual SummaryError."""
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    with pytest.raises(SummaryError):
        pipeline.analyse(_long_article(seed_article), SummaryOptions(algorithm="no-such-algorithm"), parallel=True)


@fork_only
def test_call_in_child_reports_a_dead_child(monkeypatch):
    """A child that raises or dies gives ChildFailed, a good one its pickled result."""
    import os

    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    assert parallel.call_in_child(sum, [1, 2, 3])() == 6
    with pytest.raises(parallel.ChildFailed):
        parallel.call_in_child(int, "not a number")()
    with pytest.raises(parallel.ChildFailed):
        parallel.call_in_child(os._exit, 3)()
