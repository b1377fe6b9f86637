"""The third tour of the window (branch ui48): nothing the analyst did is lost, recovery, keyboard use.
Each test failed before its fix."""

from __future__ import annotations

import pytest

from briefing.ui.tasks import TaskKind

#: A second source on the seed's story: it names some of the seed's actors and one of its own.
SECOND = ("Belarus talks\n\nThe head of Belarus's KGB, Ivan Tertel, met Sergei Naryshkin in Minsk on Friday, "
          "officials said. Naryshkin said the two services would share more intelligence. Tertel thanked Moscow. "
          "A new liaison office, led by Olga Petrova, opens in Minsk next month, Petrova told reporters.")
#: A third source: an actor the analyst deleted (Ryanair) and two new ones.
THIRD = ("Ryanair and Olga Petrova\n\nRyanair said on Monday that it would avoid Belarusian airspace. Olga Petrova, "
         "of the new office, declined to comment. Anna Berg of the European Commission criticised Minsk.")


def _idle(w, qtbot):
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.SUMMARIZE) and not w.runner.running(TaskKind.OPEN),
                    timeout=60000)


def _add_text(w, qtbot, text):
    n = len(w.model.doc.sources) or 1
    w.add_articles([], [text])
    qtbot.waitUntil(lambda: len(w.model.doc.sources) == n + 1, timeout=60000)
    _idle(w, qtbot)


def _edit_actors(w):
    """Every kind of actor edit, through the window: move, rename, merge, delete, role, add."""
    names = lambda: [a.name for a in w.model.doc.briefing.actors]  # read afresh after each edit
    putin = names().index("Vladimir Putin")
    for row in range(putin, 0, -1):
        w.move_actor(row, -1)
    w.edit_actor(names().index("Roman Protasevich"), "name", "Raman Pratasevich")
    w.edits.merge_actors(names().index("Alexander Lukashenko"), names().index("ONT"))
    w.edits.delete_actors([names().index("Ryanair")])
    w.edit_actor(names().index("KGB"), "role", "Belarus security service")
    w.edit_actor(names().index("Vitebsk"), "type", "ORG")
    w.edits.add_actor("Tom Cole")
    w.edit_actor(len(names()) - 1, "role", "analyst's source")


def _shape(w):
    return [(a.name, a.type, a.role, list(a.aliases)) for a in w.model.doc.briefing.actors]


def _resummarize(w, qtbot, sentences):
    options = w.summary_editor.options()
    options.sentences = sentences
    w.summary_editor.set_options(options)
    before = w.model.undo_stack.index()
    w.resummarize()
    qtbot.waitUntil(lambda: w.model.undo_stack.index() == before + 1, timeout=60000)
    _idle(w, qtbot)


@pytest.mark.parametrize("sources", [1, 2])
def test_actor_edits_survive_resummarize_and_added_sources_with_undo(seed_window, qtbot, sources):
    """Move, rename, merge, delete, an edited role and type, an added actor: all stay through a re-summarize
    (one source or several) and an added source, in the analyst's order; a deleted actor named by the added
    source stays out and the status bar says so; new actors go at the end; Undo and Redo step through."""
    w = seed_window
    if sources == 2:
        _add_text(w, qtbot, SECOND)
    _edit_actors(w)
    edited = _shape(w)
    assert edited[0][0] == "Vladimir Putin" and w.model.doc.briefing.actor_order == "analyst"

    _resummarize(w, qtbot, 7)
    assert _shape(w) == edited
    assert w.model.doc.briefing.actor_order == "analyst"
    assert [w.actor_table.model.index(r, 0).data() for r in range(3)] == [n for n, *_ in edited[:3]]

    _add_text(w, qtbot, THIRD)
    after = _shape(w)
    assert after[:len(edited)] == edited  # the analyst's actors, their order and edits
    assert {n for n, *_ in after[len(edited):]} >= {"Anna Berg"}
    assert "Ryanair" not in [n for n, *_ in after]
    message = w.statusBar().full_message()
    assert "you deleted stayed out (Ryanair)" in message and "Anna Berg" in message, message

    w.undo_action.trigger()
    assert _shape(w) == edited
    w.undo_action.trigger()
    assert w.model.doc.options.sentences != 7
    assert _shape(w) == edited
    w.redo_action.trigger()
    w.redo_action.trigger()
    assert _shape(w) == after


def _fits(bar) -> bool:
    """True when the status bar's message is drawn whole, left of the first permanent widget shown."""
    lefts = [w.geometry().left() for w in bar.children() if w.isWidgetType() and w.isVisible()
             and w.geometry().left() > 0]
    return bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= min(lefts, default=bar.width()) - 12


def test_the_opened_message_fits_at_900_px_with_a_long_name_and_several_sources(make_window, qtbot, tmp_path,
                                                                                 seed_path):
    """At 900 px "Opened <long file name>." keeps its start and end (the name loses its middle, the whole on
    hover); several sources say "Opened 3 articles as one brief." with the sources in the tooltip."""
    from tests.core.multi.stories import write_stories

    long_name = "moscow-times-2021-06-03-russia-belarus-spy-agencies-join-forces-against-destructive-west-full.txt"
    path = tmp_path / long_name
    path.write_bytes(seed_path.read_bytes())
    w = make_window()
    w.resize(900, 560)
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.open_path(str(path))
    _idle(w, qtbot)
    bar = w.statusBar()
    qtbot.wait(50)  # the bar's widgets are laid out after the document is shown; the message fits again then
    message = bar.currentMessage()
    assert message.startswith("Opened moscow-times") and message.endswith("-full.txt."), message
    assert "…" in message and _fits(bar)
    assert long_name in bar.toolTip() and str(path) in bar.toolTip()
    w.grab().save(str(tmp_path / "opened-900.png"))  # looked at while touring

    a, b, c = write_stories(tmp_path)
    w.model.set_document(w.model.doc)  # saved: no question
    w.open_paths([str(a), str(b), str(c)])
    qtbot.waitUntil(lambda: w.model.doc is not None and len(w.model.doc.sources) == 3, timeout=60000)
    _idle(w, qtbot)
    qtbot.wait(50)
    w.grab().save(str(tmp_path / "opened3-900.png"))
    assert bar.currentMessage().startswith("Opened 3 articles as one brief.") and _fits(bar)
    assert "B  Trams return to the city" in bar.toolTip()


_KILLED_SESSION = r"""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main():
    from briefing.ui.app import configure_settings
    from briefing.ui.qtfix import protect_singletons

    protect_singletons()
    app = QApplication([])
    configure_settings()
    from briefing.ui.main_window import MainWindow

    w = MainWindow()
    w.show()

    def autosaved():
        if w.recovery.path.is_file():
            print("AUTOSAVED", w.recovery.path, flush=True)
        else:
            QTimer.singleShot(100, autosaved)

    def edit():
        w.edits.edit_field("banner", "CRASH TEST")
        w.move_actor(3, -1)
        w.edits.delete_point(0)
        autosaved()

    w.document_shown.connect(lambda: QTimer.singleShot(0, edit))
    w.start(sys.argv[1])
    app.exec()


if __name__ == "__main__":  # the window reads files in child processes: they import this module
    main()
"""


def test_work_in_a_killed_window_is_offered_back_at_the_next_start(make_window, qtbot, data_dir, seed_path, tmp_path):
    """A window with edits is killed (SIGKILL) after its autosave: the next start offers the work back and
    restores every edit, unsaved; a clean close then removes the recovery file."""
    import os
    import signal
    import subprocess
    import sys

    from PySide6.QtWidgets import QMessageBox

    script = tmp_path / "session.py"
    script.write_text(_KILLED_SESSION)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_DATA_DIR": str(data_dir),
           "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, str(script), str(seed_path)], stdout=subprocess.PIPE, env=env, text=True)
    try:
        line = proc.stdout.readline()  # the autosave comes a few seconds after the edits
        assert line.startswith("AUTOSAVED"), line
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    w = make_window()
    w.dialogs.answers = ["restore"]
    w.start(None)
    assert w.dialogs.questions == ["Restore unsaved work?"]
    b = w.model.doc.briefing
    assert b.banner == "CRASH TEST" and b.actor_order == "analyst" and len(b.removed) == 1
    assert w.model.is_modified and w.isWindowModified()
    assert w.statusBar().full_message().startswith("Restored unsaved work")
    w.model.set_document(w.model.doc)  # as after a save: nothing unsaved
    w.close()
    assert not list((data_dir / "recovery").glob("*.briefing"))


def test_a_keyboard_user_opens_summarizes_edits_moves_undoes_and_exports(make_window, qtbot, seed_path, tmp_path):
    """Keys alone: Ctrl+O, Ctrl+R, Alt+K to the key points, F2 and Enter to edit one, Alt+Y to the actors,
    Alt+Down to move one, Ctrl+Z and Ctrl+Y, Ctrl+E to export (Alt+K and Alt+Y did nothing: the points and
    actors were reachable only by tabbing through the whole form)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = make_window()
    w.raise_()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)  # shortcuts go to the active window
    w.dialogs.open_paths = [str(seed_path)]
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        qtbot.keyClick(w, Qt.Key_O, Qt.ControlModifier)
    _idle(w, qtbot)
    before = w.model.undo_stack.index()
    qtbot.keyClick(w, Qt.Key_R, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.model.undo_stack.index() == before + 1, timeout=60000)
    _idle(w, qtbot)

    qtbot.keyClick(w.focusWidget() or w, Qt.Key_K, Qt.AltModifier)
    points = w.summary_editor.list
    assert QApplication.focusWidget() is points
    points.setCurrentRow(0)
    qtbot.keyClick(points, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not points
    editor.selectAll()
    qtbot.keyClicks(editor, "Typed by keyboard.")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.model.doc.briefing.key_points[0].text == "Typed by keyboard.", timeout=3000)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Y, Qt.AltModifier)
    table = w.actor_table.table
    assert QApplication.focusWidget() is table
    first = w.model.doc.briefing.actors[0].name
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key_Down, Qt.AltModifier)
    assert w.model.doc.briefing.actors[1].name == first
    qtbot.keyClick(table, Qt.Key_Z, Qt.ControlModifier)
    assert w.model.doc.briefing.actors[0].name == first
    qtbot.keyClick(table, Qt.Key_Y, Qt.ControlModifier)
    assert w.model.doc.briefing.actors[1].name == first

    out = tmp_path / "brief.pdf"
    w.dialogs.export_answers = [(str(out), "PDF (*.pdf)")]
    with qtbot.waitSignal(w.exported, timeout=60000):
        qtbot.keyClick(table, Qt.Key_E, Qt.ControlModifier)
    assert out.is_file()
