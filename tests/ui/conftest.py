"""Fixtures for the window tests: settings and recovery files in a temporary folder, dialogs answered by the test."""

from __future__ import annotations

import pytest

from briefing.ui.qtfix import protect_singletons

protect_singletons()  # as the app does at start, before any widget exists


class FakeDialogs:
    """Stands in for :class:`briefing.ui.dialogs.Dialogs`: records what would be shown, answers questions."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.details: list[str] = []
        self.questions: list[str] = []
        self.answers: list = []
        self.choices: list[list[str]] = []  # the keys each choose() question offered
        self.texts: list[str] = []  # the text of each choose() question
        self.labels: list[list[str]] = []  # the button labels of each choose() question
        self.escapes: list[str] = []  # the key Escape presses in each choose() question
        self.open_paths: list[str] = []
        self.save_paths: list[str] = []
        self.filters: list[str] = []
        #: Answers of the export dialog: ``(path, chosen filter)`` each; none queued means cancelled.
        self.export_answers: list[tuple[str, str]] = []
        self.export_offers: list[tuple[str, list[str], str]] = []
        self.abouts: list[tuple[str, str]] = []  # (title, html) of every about() box

    def show_error(self, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message))
        self.details.append(details)

    def ask(self, title, text, buttons, default):
        self.questions.append(title)
        return self.answers.pop(0) if self.answers else default

    def choose(self, title, text, choices, default, escape="cancel"):
        """Record the question; answer with the next queued key (the default when none is queued)."""
        self.questions.append(title)
        self.choices.append([key for key, _label in choices])
        self.labels.append([label for _key, label in choices])
        self.escapes.append(escape)
        self.texts.append(text)
        return self.answers.pop(0) if self.answers else default

    def choose_open_path(self, caption, folder, file_filter):
        self.filters.append(file_filter)
        return self.open_paths.pop(0) if self.open_paths else None

    def choose_open_paths(self, caption, folder, file_filter):
        """Answer with the next queued path: a list of several, or one path as a one-item list."""
        self.filters.append(file_filter)
        if not self.open_paths:
            return []
        answer = self.open_paths.pop(0)
        return list(answer) if isinstance(answer, (list, tuple)) else [answer]

    def choose_save_path(self, caption, suggested, file_filter):
        self.filters.append(file_filter)
        return self.save_paths.pop(0) if self.save_paths else None

    def choose_export_path(self, caption, suggested, filters, selected):
        """Record what the export dialog offered (suggested name, filters, the one chosen first); answer."""
        self.export_offers.append((suggested, list(filters), selected))
        return self.export_answers.pop(0) if self.export_answers else None

    def about(self, title, html):
        self.questions.append(title)
        self.abouts.append((title, html))


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Point settings, recovery file and log at a temporary folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    from briefing.ui.app import configure_settings

    configure_settings()
    return folder


@pytest.fixture
def make_window(qtbot, data_dir):
    """Return a factory of shown main windows whose dialogs are recorded by a :class:`Dialogs`."""
    from briefing.ui.main_window import MainWindow

    def make():
        window = MainWindow(dialogs=FakeDialogs())
        qtbot.addWidget(window)
        window.show()
        return window

    windows = []

    def tracked():
        window = make()
        windows.append(window)
        return window

    yield tracked
    from PySide6.QtWidgets import QMessageBox

    for window in windows:  # close for real (discarding changes) and let running tasks end
        window.dialogs.answers = [QMessageBox.Discard]
        window.close()
        window.runner.wait(10000)


@pytest.fixture
def seed_window(make_window, qtbot, seed_path):
    """A window with the seed article opened through the real pipeline."""
    window = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=30000):
        window.open_path(seed_path)
    from briefing.ui.tasks import TaskKind

    # The document is shown by the open task's result; its actions come back when the task's end arrives, just after.
    qtbot.waitUntil(lambda: not window.runner.running(TaskKind.OPEN), timeout=10000)
    # The page preview the open started runs on in the pool; on a loaded machine it can outlast the open by seconds,
    # and tests that check "this step started no task" (test_paste_drop) would see it. Start every test at rest.
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=20000)
    return window
