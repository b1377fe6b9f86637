"""The fifth tour of the window (branch ui50): removing a source off the GUI thread, and what the tour found.
Each test failed before its fix."""

from __future__ import annotations

import threading

from briefing.ui.tasks import TaskKind
from tests.core.multi.stories import write_stories


def _three_sources(make_window, qtbot, tmp_path):
    """A window with the three tram stories open as one brief (sources A, B, C)."""
    w = make_window()
    w.dialogs.open_paths = [[str(p) for p in write_stories(tmp_path)]]
    w.open_dialog()
    qtbot.waitUntil(lambda: w.model.doc is not None and len(w.model.doc.sources) == 3 and not w.runner.running(),
                    timeout=30000)
    return w


def _letters(w):
    return [s.letter for s in w.model.doc.sources]


def test_removing_a_source_compares_the_rest_off_the_gui_thread(make_window, qtbot, tmp_path, monkeypatch):
    """Remove Source works out the remaining sources' overlap in a pool thread (seconds for long sources froze
    the window): right after the click the source is still there and Remove is off; then it goes in one
    undoable step."""
    import briefing.core.multi.relations as relations

    real, threads = relations.source_overlap, []

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    w = _three_sources(make_window, qtbot, tmp_path)
    steps = w.model.undo_stack.count()
    monkeypatch.setattr(relations, "source_overlap", spy)
    w.sources_panel.list.setCurrentRow(2)
    w.sources_panel.remove_button.click()
    assert _letters(w) == ["A", "B", "C"]  # nothing removed on the GUI thread yet
    assert w.runner.running(TaskKind.SOURCES)
    assert not w.remove_source_action.isEnabled() and not w.sources_panel.remove_button.isEnabled()
    assert w.remove_source("B") is None  # one removal at a time
    qtbot.waitUntil(lambda: _letters(w) == ["A", "B"] and not w.runner.running(), timeout=20000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert w.model.undo_stack.count() == steps + 1
    assert w.statusBar().full_message().startswith("Removed source C (")
    assert w.remove_source_action.isEnabled() and w.sources_panel.remove_button.isEnabled()
    w.undo_action.trigger()
    assert _letters(w) == ["A", "B", "C"]


def test_edits_made_while_a_source_is_removed_stay_and_cancel_keeps_it(make_window, qtbot, tmp_path):
    """The brief stays editable while a removal is worked out: a title typed meanwhile stays after the
    removal and after its undo; Cancel (Esc) leaves the source in, with no undo step."""
    w = _three_sources(make_window, qtbot, tmp_path)
    w.remove_source("B")
    w.edits.edit_field("title", "Trams: the council's plan")
    qtbot.waitUntil(lambda: _letters(w) == ["A", "C"] and not w.runner.running(), timeout=20000)
    assert w.model.doc.briefing.title == "Trams: the council's plan"
    w.undo_action.trigger()
    assert _letters(w) == ["A", "B", "C"] and w.model.doc.briefing.title == "Trams: the council's plan"

    steps = w.model.undo_stack.count()
    w.remove_source("A")
    w.cancel_tasks()
    qtbot.waitUntil(lambda: not w.runner.running(), timeout=20000)
    qtbot.wait(50)
    assert _letters(w) == ["A", "B", "C"] and w.model.undo_stack.count() == steps
    assert w.statusBar().full_message() == "Cancelled."
