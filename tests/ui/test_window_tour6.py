"""An analyst's working day in the window (gui60): a long article's actor table, re-summarizing after the points
were reordered by hand, File > Close, and the names a screen reader reads."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QWidget

from briefing.core.model import Actor
from briefing.ui.tasks import TaskKind


def test_many_actors_are_shown_again_without_freezing(qtbot):
    """Showing 600 actors again (every edit, undo or re-summarize does) takes well under a second, not the seconds
    the self-sizing columns took re-measuring every row at each cell; the columns still fit their contents."""
    from briefing.ui.widgets.actor_table import ActorTable

    table = ActorTable()
    qtbot.addWidget(table)
    table.resize(520, 400)
    table.show()
    actors = [Actor(name=f"Person {i}", type="ORG" if i % 3 else "PER", role="spokesman" if i % 2 else "",
                    mentions=i) for i in range(600)]
    table.set_actors(actors)
    QApplication.processEvents()
    actors[0].role = "changed"
    started = time.perf_counter()
    table.set_actors(actors)  # the second time every cell is replaced (2-5 s before the fix on this machine)
    took = time.perf_counter() - started
    QApplication.processEvents()
    assert took < 0.6, f"showing 600 actors again took {took:.2f} s"
    assert table.model.index(0, 2).data() == "changed"
    header = table.table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(4)] == [QHeaderView.Stretch, QHeaderView.ResizeToContents,
                                                               QHeaderView.Stretch, QHeaderView.ResizeToContents]
    widest = max(table.table.fontMetrics().horizontalAdvance(table.model.index(r, 1).data()) for r in range(3))
    assert header.sectionSize(1) > widest  # "organisation" is whole


def _moved(window) -> list[str]:
    window.edits.move_point(1, 1)
    return [p.text for p in window.model.doc.briefing.key_points]


def test_changing_the_length_after_reordering_points_asks_first(seed_window, qtbot):
    """Points reordered by hand, then a new length: the window asks before a new summary undoes the order. Keep My
    Order keeps the points, the undo history and the brief's settings; Re-summarize applies it (Undo brings the
    order back)."""
    w = seed_window
    order = _moved(w)
    steps = w.model.undo_stack.count()
    w.dialogs.answers = ["cancel"]
    w.summary_editor.length.setValue(5)
    qtbot.waitUntil(lambda: "Re-summarize?" in w.dialogs.questions, timeout=5000)
    assert "back in article order" in w.dialogs.texts[-1]
    assert w.dialogs.choices[-1] == ["resummarize", "cancel"]
    assert not w.runner.running(TaskKind.SUMMARIZE)
    assert [p.text for p in w.model.doc.briefing.key_points] == order
    assert w.model.undo_stack.count() == steps
    assert w.summary_editor.options().sentences == 3  # the controls show the brief's summary again
    assert "Kept your order" in w.statusBar().full_message()

    w.dialogs.answers = ["resummarize"]
    w.summary_editor.length.setValue(5)
    qtbot.waitUntil(lambda: w.undo_action.text().endswith("Re-summarize"), timeout=60000)
    assert w.dialogs.questions.count("Re-summarize?") == 2
    assert len(w.model.doc.briefing.key_points) == 5
    w.undo_action.trigger()
    assert [p.text for p in w.model.doc.briefing.key_points] == order


def test_resummarizing_an_unordered_brief_asks_nothing(seed_window, qtbot):
    """With the machine's order untouched (a point edited, not moved) a new length re-summarizes without a question,
    keeping the edit."""
    w = seed_window
    w.edits.edit_point(0, "The analyst's own words.")
    w.summary_editor.length.setValue(4)
    qtbot.waitUntil(lambda: w.undo_action.text().endswith("Re-summarize"), timeout=60000)
    assert "Re-summarize?" not in w.dialogs.questions
    assert "The analyst's own words." in [p.text for p in w.model.doc.briefing.key_points]


def test_ctrl_w_closes_the_briefing_asking_to_save(seed_window, qtbot):
    """Ctrl+W (File > Close) with unsaved changes asks; Cancel keeps the brief, Discard leaves an empty window (no
    recovery file), and Close is then off until the next article."""
    w = seed_window
    assert w.close_action.shortcut().toString() == "Ctrl+W"
    w.activateWindow()
    w.summary_editor.list.setFocus()
    w.edits.edit_point(0, "Edited before closing.")
    w.write_recovery()
    assert w.recovery.wait(10)  # the autosave thread wrote it
    assert w.recovery.path.exists()
    w.dialogs.answers = [QMessageBox.Cancel]
    qtbot.keyClick(w.summary_editor.list, Qt.Key_W, Qt.ControlModifier)
    assert w.dialogs.questions == ["Unsaved changes"]
    assert w.model.doc.briefing.key_points[0].text == "Edited before closing."
    w.dialogs.answers = [QMessageBox.Discard]
    qtbot.keyClick(w.summary_editor.list, Qt.Key_W, Qt.ControlModifier)
    assert w.model.doc is None and w.summary_editor.point_count() == 0
    assert not w.recovery.path.exists()
    assert w.windowTitle().startswith("briefing")
    assert not w.close_action.isEnabled() and w.isVisible()


def test_every_focus_stop_has_a_name(seed_window):
    """Each control Tab stops at carries an accessible name (the page preview's scroll area had none), the inner
    line edits of combo and spin boxes aside: their box is named."""
    w = seed_window
    unnamed = []
    for child in w.findChildren(QWidget):
        if not child.isVisible() or not child.focusPolicy() & Qt.TabFocus or child.accessibleName():
            continue
        parent = child.parentWidget()
        if type(child).__name__ == "QLineEdit" and parent is not None and parent.accessibleName():
            continue
        unnamed.append(type(child).__name__)
    assert unnamed == []


def test_settings_come_back_and_a_garbage_settings_file_gives_defaults(make_window, qtbot, data_dir, tmp_path):
    """Algorithm, length, export format, last folder and geometry of a closed window are the next one's; a settings
    file of junk (wrong types, binary bytes) starts the window with the defaults, no error."""
    from PySide6.QtCore import QSettings

    first = make_window()
    first.summary_editor.set_options(first.summary_editor.options().with_length("lexrank", "percent", 30))
    first.settings.qsettings.setValue("export/format", "docx")
    first.settings.remember_folder(str(tmp_path / "x.txt"))
    first.resize(760, 571)  # the offscreen screen is 800x800; a window is kept whole on it (at least 736x560)
    first.close()
    second = make_window()
    options = second.summary_editor.options()
    assert (options.algorithm, options.percent) == ("lexrank", 30)
    assert second.settings.qsettings.value("export/format") == "docx"
    assert second.settings.last_folder() == str(tmp_path.resolve())
    assert (second.width(), second.height()) == (760, 571)
    second.close()

    ini = QSettings().fileName()
    with open(ini, "wb") as fh:
        fh.write(b"[summary]\nalgorithm=nosuch\nmode=furlongs\nlength=abc\n[window]\ngeometry=junk\n"
                 b"[files]\nlast_folder=/no/such/folder\nrecent=@Variant(\\0\\0\\0\\x7f)\n\xff\xfe\x00junk\n")
    third = make_window()
    assert third.summary_editor.options().sentences == 3
    assert third.settings.last_folder() == str(Path.home())
    assert third.settings.recent_files() == [] and third.dialogs.errors == []
