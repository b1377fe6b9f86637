"""Keyboard tour, gui64 (benchmarks/gui_tour64/steps.md): what tour3 and tour6 leave out. F2 renames an actor in
the table and Ctrl+Z undoes it; each export format writes its file; a bad or empty file gives one dialog and
changes nothing; the last folder is remembered by the next window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing.ui.tasks import TaskKind


def _active(w, qtbot):
    w.raise_()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)


def test_f2_renames_an_actor_and_ctrl_z_undoes_it(seed_window, qtbot):
    w = seed_window
    _active(w, qtbot)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key_Y, Qt.AltModifier)
    table = w.actor_table.table
    assert QApplication.focusWidget() is table
    old = w.model.doc.briefing.actors[1].name
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()
    qtbot.keyClicks(editor, "Zed Analyst")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.model.doc.briefing.actors[1].name == "Zed Analyst", timeout=3000)
    assert table.model().index(1, 0).data() == "Zed Analyst"
    qtbot.keyClick(table, Qt.Key_Z, Qt.ControlModifier)
    assert w.model.doc.briefing.actors[1].name == old and table.model().index(1, 0).data() == old


@pytest.mark.parametrize("suffix, head", [("pdf", b"%PDF"), ("docx", b"PK"), ("html", b"<!DOCTYPE html"),
                                          ("md", b""), ("txt", b"")])
def test_ctrl_e_writes_each_format(seed_window, qtbot, tmp_path, suffix, head):
    w = seed_window
    _active(w, qtbot)
    out = tmp_path / f"brief.{suffix}"
    w.dialogs.export_answers = [(str(out), "")]
    with qtbot.waitSignal(w.exported, timeout=60000):
        qtbot.keyClick(w.focusWidget() or w, Qt.Key_E, Qt.ControlModifier)
    data = out.read_bytes()
    assert data.startswith(head) and len(data) > 200
    if suffix == "md":
        assert b"\n# " in data
    assert w.dialogs.errors == []
    assert w.settings.last_folder() == str(tmp_path.resolve())


@pytest.mark.parametrize("content", [b"\x00\xff\x13junk" * 500, b""])
def test_a_bad_file_gives_one_dialog_and_changes_nothing(seed_window, qtbot, tmp_path, content):
    w = seed_window
    _active(w, qtbot)
    w.edits.edit_point(0, "Kept while a bad file is opened.")
    doc, steps = w.model.doc.copy(), w.model.undo_stack.count()
    bad = tmp_path / "report.pdf"
    bad.write_bytes(content)
    w.dialogs.open_paths = [str(bad)]
    from PySide6.QtWidgets import QMessageBox

    w.dialogs.answers = [QMessageBox.Discard]  # "Unsaved changes": the analyst lets them go for the new file
    qtbot.keyClick(w.focusWidget() or w, Qt.Key_O, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.OPEN) and bool(w.dialogs.errors), timeout=60000)
    qtbot.wait(200)
    assert len(w.dialogs.errors) == 1 and w.dialogs.questions == ["Unsaved changes"], w.dialogs.errors
    # The file could not be read: the brief, its undo history and its unsaved state are as they were.
    assert w.model.doc == doc and w.model.undo_stack.count() == steps and w.model.is_modified


def test_the_next_window_opens_in_the_last_folder(seed_window, make_window, qtbot, tmp_path):
    """Export to a folder, close, a new window: File > Open starts in that folder."""
    w = seed_window
    folder = tmp_path / "briefs"
    folder.mkdir()
    w.dialogs.export_answers = [(str(folder / "b.md"), "")]
    with qtbot.waitSignal(w.exported, timeout=60000):
        w.export_action.trigger()
    w2 = make_window()
    assert w2.settings.last_folder() == str(folder.resolve())
