"""Opening runs in a child process: a hostile file or a FIFO never freezes the window, and Cancel works."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer

from tests.core.hostile import hostile_markdown, open_with_old_heading_regex


def _ticker(window):
    ticks = []
    timer = QTimer(window)
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer, ticks


def test_cancel_stops_a_hanging_open_within_a_second(make_window, qtbot, tmp_path, monkeypatch):
    """Opening the 3 KB hostile Markdown file with a reader that holds the interpreter lock (issue 12's
    backtracking heading regex) keeps a GUI-thread timer ticking; Cancel ends it in under a second."""
    monkeypatch.setattr("briefing.ui.files.open_file", open_with_old_heading_regex)
    window = make_window()
    timer, ticks = _ticker(window)
    task = window.open_path(hostile_markdown(tmp_path))
    assert task is not None and window.status.cancel_button.isVisible()
    qtbot.wait(1500)  # the child is deep in the backtracking regex by now
    assert window.runner.running() == [task]
    assert len(ticks) >= 15  # 50 ms timer over 1.5 s: the GUI thread is free
    start = time.monotonic()
    with qtbot.waitSignal(task.cancelled, timeout=1000):
        window.status.cancel_button.click()
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=1000)
    assert time.monotonic() - start < 1.0
    assert window.open_action.isEnabled() and not window.status.cancel_button.isVisible()
    assert window.dialogs.errors == [] and window.model.doc is None
    before = len(ticks)
    qtbot.wait(300)
    assert len(ticks) > before
    timer.stop()


def test_a_fifo_named_like_a_briefing_file_is_refused_without_blocking(make_window, qtbot, tmp_path):
    """A FIFO named x.json (given on the command line) gives one error dialog; the GUI thread never opens it."""
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    window = make_window()
    timer, ticks = _ticker(window)
    with qtbot.waitSignal(window.task_failed, timeout=10000) as blocker:
        window.start(str(fifo))
    message = "x.json: is not a regular file (a pipe or a device); save the article to a file and open that."
    assert blocker.args[0] == message
    assert window.dialogs.errors == [("Cannot open the file", message)]
    timer.stop()


def test_the_seed_opens_through_the_child_process(seed_window):
    """The seed article opened in a child process arrives as a whole document."""
    doc = seed_window.model.doc
    assert doc.article.title.startswith("Russia, Belarus Spy Agencies") and doc.briefing.key_points


def test_a_missing_article_says_what_to_do_next(make_window, qtbot, tmp_path):
    """Opening an article that is gone (moved since it was listed) shows one error saying to check the path."""
    window = make_window()
    with qtbot.waitSignal(window.task_failed, timeout=10000) as blocker:
        window.start(str(tmp_path / "gone.txt"))
    message = ("gone.txt: no such file; check the path (the file may have been moved, renamed or deleted).")
    assert blocker.args[0] == message
    assert window.dialogs.errors == [("Cannot open the file", message)]
