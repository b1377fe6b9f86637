"""run_isolated: a call in a child process that returns values, re-raises documented errors and can
always be stopped (cancel, time budget, memory budget, a crashing child)."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from briefing.core.errors import Cancelled, ExportError, LoadError
from briefing.core.ingest import load_article
from briefing.core.isolate import IsolatedFailure, run_isolated

from .hostile import hostile_markdown, open_with_old_heading_regex


def _allocate(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def _crash() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _bug() -> None:
    return {}["missing"]


def _pid_and_progress(progress) -> int:
    progress(0.5, "half way")
    return os.getpid()


def test_result_and_progress_cross_from_the_child(seed_path):
    """The article comes back as a value from another process, with progress reports on the way."""
    seen = []
    article = run_isolated(load_article, seed_path, progress=lambda f, m: seen.append((f, m)))
    assert article.title.startswith("Russia, Belarus Spy Agencies")
    assert run_isolated(_pid_and_progress, progress=lambda f, m: seen.append((f, m))) != os.getpid()
    assert (0.5, "half way") in seen


def test_documented_errors_are_raised_as_they_were(tmp_path):
    """A LoadError in the child arrives as the same LoadError with its one-line message."""
    with pytest.raises(LoadError, match=r"^missing\.txt: no such file; check the path \(the file may have been moved, renamed or deleted\)\.$"):
        run_isolated(load_article, tmp_path / "missing.txt")


def test_other_exceptions_arrive_as_isolated_failure_with_the_childs_traceback():
    """A bug in the child is not disguised as bad input: IsolatedFailure names it and keeps the traceback."""
    with pytest.raises(IsolatedFailure, match="KeyError") as info:
        run_isolated(_bug)
    assert "_bug" in info.value.__traceback_text__


def test_a_hanging_parse_is_stopped_by_the_time_budget(tmp_path):
    """A reader stuck in a backtracking regex (issue 12's heading pattern on the hostile Markdown file)
    is stopped after the budget with one clear LoadError."""
    path = hostile_markdown(tmp_path)
    start = time.monotonic()
    with pytest.raises(LoadError, match=r"^hostile\.md: the work took longer than 2 s and was stopped"):
        run_isolated(open_with_old_heading_regex, path, timeout=2, label="hostile.md")
    assert time.monotonic() - start < 3.5


def test_cancel_kills_the_child_within_a_fraction_of_a_second(tmp_path):
    """Setting the cancel event stops a hanging load at once (Cancelled, well under a second)."""
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)
    timer.start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        run_isolated(open_with_old_heading_regex, hostile_markdown(tmp_path), cancel=cancel)
    assert time.monotonic() - start < 1.2


def test_memory_budget():
    """A call that needs more memory than its budget fails with a clear error of the chosen type."""
    assert run_isolated(_allocate, 50, memory_mb=400) == 50 * 1024 * 1024
    with pytest.raises(ExportError, match="more than the 200 MB of memory allowed"):
        run_isolated(_allocate, 1000, memory_mb=200, error_type=ExportError)


def test_a_child_that_dies_is_reported_not_waited_for():
    """A child killed by a signal (a native crash) gives one LoadError naming the signal."""
    with pytest.raises(LoadError, match="stopped unexpectedly .*SIGKILL"):
        run_isolated(_crash, label="x.pdf")
