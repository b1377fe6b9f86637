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


def _analyse_text_in_child(text: str) -> tuple:
    """In a run_isolated child: whether it may fork, and the analysis of ``text`` as the window's paste makes it."""
    from briefing.core.brief.document import document_from_text
    from briefing.core.isolate import in_isolated_child

    doc = document_from_text(text)
    return in_isolated_child(), parallel.can_fork(), [a.name for a in doc.briefing.actors]


@fork_only
def test_the_window_child_process_may_fork_and_gets_the_same_analysis(seed_article):
    """The window opens and pastes in a run_isolated child: one thread, so a long text is analysed in two
    processes there, with the same actors as here (where nothing forks: this process is no isolated child)."""
    from briefing.core.brief.document import document_from_text
    from briefing.core.isolate import in_isolated_child, run_isolated

    text = "\n\n".join(" ".join(p) for p in _long_article(seed_article).paragraphs)
    in_child, may_fork, names = run_isolated(_analyse_text_in_child, text, timeout=120)
    assert in_child and may_fork and not in_isolated_child()
    assert names == [a.name for a in document_from_text(text).briefing.actors]


def _helper_writes_pid_and_waits(path: str) -> None:
    import os
    import time

    with open(path, "w") as fh:
        fh.write(str(os.getpid()))
    time.sleep(60)


def _fork_a_helper_and_wait(path: str) -> None:
    parallel.call_in_child(_helper_writes_pid_and_waits, path)()


@fork_only
def test_a_helper_process_ends_with_the_process_that_forked_it(tmp_path):
    """A window's open that is cancelled or runs out of time kills its child process; the helper that child
    forked must not work on alone."""
    import os
    import time

    from briefing.core.errors import LoadError
    from briefing.core.isolate import run_isolated

    pid_file = tmp_path / "helper.pid"
    with pytest.raises(LoadError):
        run_isolated(_fork_a_helper_and_wait, str(pid_file), timeout=3)
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().rsplit(")", 1)[1].split()[0] == "Z":
                    break  # killed, not yet reaped (a container's first process may reap late)
        except (ProcessLookupError, FileNotFoundError):
            break
        time.sleep(0.05)
    else:
        pytest.fail(f"helper {pid} outlived its parent")
