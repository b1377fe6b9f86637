"""Background tasks: results, errors and cancellation cross threads as signals; newer tasks supersede older ones."""

from __future__ import annotations

import threading

from briefing.core.errors import LoadError
from briefing.ui.tasks import Task, TaskKind, TaskRunner


def _wait_then(value, gate: threading.Event, progress):
    gate.wait(5)
    progress(0.5, "half way")
    return value


def test_result_and_progress_arrive_by_signal(qtbot):
    """A task's progress and result reach the GUI thread by signal."""
    runner = TaskRunner()
    gate = threading.Event()
    gate.set()
    task = Task(TaskKind.OPEN, _wait_then, 42, gate)
    seen = []
    task.progress.connect(lambda t, f, m: seen.append((f, m)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        runner.start(task)
    assert blocker.args[1] == 42
    qtbot.waitUntil(lambda: not runner.running())
    assert (0.5, "half way") in seen


def test_errors_cross_as_values(qtbot):
    """An exception in the worker is emitted as a value with its traceback text."""
    def fail(progress):
        raise LoadError("x.txt: the file is empty.")

    runner = TaskRunner()
    task = Task(TaskKind.OPEN, fail)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        runner.start(task)
    error = blocker.args[1]
    assert isinstance(error, LoadError) and str(error) == "x.txt: the file is empty."
    assert "LoadError" in error.__traceback_text__


def test_a_newer_task_supersedes_and_cancels_the_older(qtbot):
    """Starting a task of the same kind cancels the running one and marks it not current."""
    runner = TaskRunner()
    old_gate, new_gate = threading.Event(), threading.Event()
    old = Task(TaskKind.SUMMARIZE, _wait_then, "old", old_gate)
    new = Task(TaskKind.SUMMARIZE, _wait_then, "new", new_gate)
    other = Task(TaskKind.PREVIEW, _wait_then, "other kind", threading.Event())
    runner.start(old)
    with qtbot.waitSignal(old.cancelled, timeout=5000):
        runner.start(new)
        assert not runner.is_current(old) and runner.is_current(new)
        assert not runner.is_current(other)  # never started
        old_gate.set()
    qtbot.waitUntil(lambda: runner.running() == [new], timeout=5000)
    with qtbot.waitSignal(new.finished, timeout=5000) as blocker:
        new_gate.set()
    assert blocker.args[1] == "new"
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)
