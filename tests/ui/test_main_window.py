"""The desktop window on the real pipeline: open, edit, undo, save, export, errors, recovery."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.core.brief.document import load_document


def _doc_dict(window):
    return window.model.doc.to_dict()


def test_seed_edit_undo_remove_actor_export(seed_window, qtbot, tmp_path):
    """Open the seed, edit a point, undo, redo, remove an actor, export: one page with the edited text."""
    from pypdf import PdfReader

    w = seed_window
    doc = w.model.doc
    assert doc.briefing.key_points and doc.briefing.actors
    assert w.summary_editor.point_count() == len(doc.briefing.key_points)
    assert w.actor_table.row_count() == len(doc.briefing.actors)
    assert w.source.summary_indices == {p.source_index for p in doc.briefing.key_points}
    original = doc.briefing.key_points[0].text

    w.summary_editor.list.item(0).setText("Moscow and Minsk agreed to pool their spy services.")
    qtbot.waitUntil(lambda: w.model.doc.briefing.key_points[0].edited)
    assert w.model.doc.briefing.key_points[0].text == "Moscow and Minsk agreed to pool their spy services."
    assert w.isWindowModified()
    w.undo_action.trigger()
    assert w.model.doc.briefing.key_points[0].text == original
    assert not w.model.doc.briefing.key_points[0].edited
    assert w.summary_editor.point_text(0) == original
    w.redo_action.trigger()
    assert w.summary_editor.point_text(0) == "Moscow and Minsk agreed to pool their spy services."

    removed = w.model.doc.briefing.actors[2].name
    w.actor_table.select_rows([2])
    w.actor_table.buttons["delete"].click()
    assert removed not in [a.name for a in w.model.doc.briefing.actors]
    assert w.actor_table.row_count() == len(w.model.doc.briefing.actors)

    out = tmp_path / "brief.pdf"
    with qtbot.waitSignal(w.exported, timeout=20000):
        w.export_to(str(out))
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Moscow and Minsk agreed to pool their spy services." in text
    actors_part = text.split("KEY ACTORS", 1)[1].split("Method:", 1)[0]
    # Not a substring test: "Russia" stays inside "Russian Foreign Intelligence Service".
    assert not re.search(rf"(?<![\w-]){re.escape(removed)} (PLACE|ORG|PERSON)\b", actors_part)
    assert w.model.doc.briefing.actors[0].name in actors_part
    assert not w.dialogs.errors


def test_save_and_reopen_gives_the_same_state(seed_window, make_window, qtbot, tmp_path):
    """A saved briefing file reopens in a new window exactly as it was saved."""
    w = seed_window
    w.edits.toggle_sentence(5)
    w.edits.move_point(0, 1)
    w.edits.edit_field("banner", "TLP:AMBER")
    w.edits.edit_field("analyst_comment", "Watch the Union State talks.")
    w.edits.merge_actors(0, 1)
    path = tmp_path / "spies.briefing"
    assert w.save_to(str(path))
    assert not w.isWindowModified() and not w.model.is_modified
    assert load_document(path).to_dict() == _doc_dict(w)

    other = make_window()
    with qtbot.waitSignal(other.document_shown, timeout=10000):
        other.open_path(path)
    assert _doc_dict(other) == _doc_dict(w)
    assert other.fields.value("banner") == "TLP:AMBER"
    assert other.summary_editor.point_count() == len(w.model.doc.briefing.key_points)
    assert other.model.path == str(path) and not other.model.is_modified


def test_every_edit_undoes_back_to_the_start(seed_window):
    """Points, actors and fields edits all undo back to the machine's briefing, and redo again."""
    w = seed_window
    start = _doc_dict(w)
    e = w.edits
    e.toggle_sentence(4)                      # add a sentence
    e.toggle_sentence(w.model.doc.briefing.key_points[0].source_index)  # remove one
    e.move_point(1, -1)
    e.reorder_points(list(reversed(range(len(w.model.doc.briefing.key_points)))))
    e.add_point("A point of my own.")
    e.delete_point(0)
    e.edit_actor(0, "role", "neighbour")
    e.edit_actor(1, "type", "PER" if w.model.doc.briefing.actors[1].type != "PER" else "ORG")  # a real change
    e.add_actor()
    e.merge_actors(0, 2)
    e.edit_field("title", "Spy services merge")
    e.reset_points()
    end = _doc_dict(w)
    assert end != start
    stack = w.model.undo_stack
    assert stack.count() == 12
    while stack.canUndo():
        stack.undo()
    assert _doc_dict(w) == start
    assert not w.model.is_modified
    while stack.canRedo():
        stack.redo()
    assert _doc_dict(w) == end


def _sentence_pos(w, index):
    """Return a viewport point inside article sentence ``index`` (scrolled into view)."""
    start, _end = w.source.sentence_range(index)
    w.source.show_sentence(index)
    cursor = w.source.textCursor()
    cursor.setPosition(start + 3)
    return w.source.cursorRect(cursor).center()


def test_plain_clicks_and_selections_never_change_the_brief(seed_window, qtbot):
    """A plain click on a sentence, or dragging a selection over it, leaves the key points and the undo stack alone."""
    w = seed_window
    before = _doc_dict(w)
    index = next(i for i in range(w.model.doc.article.sentence_count)
                 if i not in w.source.summary_indices)
    pos = _sentence_pos(w, index)
    qtbot.mouseClick(w.source.viewport(), Qt.LeftButton, pos=pos)
    qtbot.mousePress(w.source.viewport(), Qt.LeftButton, pos=pos)
    qtbot.mouseMove(w.source.viewport(), pos=pos + QPoint(60, 0))
    qtbot.mouseRelease(w.source.viewport(), Qt.LeftButton, pos=pos + QPoint(60, 0))
    chosen = next(p.source_index for p in w.model.doc.briefing.key_points)
    qtbot.mouseClick(w.source.viewport(), Qt.LeftButton, pos=_sentence_pos(w, chosen))
    assert _doc_dict(w) == before and w.model.undo_stack.count() == 0


def test_ctrl_click_adds_and_double_click_removes_with_feedback(seed_window, qtbot):
    """Ctrl+click adds a sentence (status: "Added to key points [¶n]"); a double-click takes it out again."""
    w = seed_window
    index = next(i for i in range(w.model.doc.article.sentence_count) if i not in w.source.summary_indices)
    paragraph = w.model.doc.article.sentences[index].paragraph + 1
    qtbot.mouseClick(w.source.viewport(), Qt.LeftButton, Qt.ControlModifier, pos=_sentence_pos(w, index))
    assert index in {p.source_index for p in w.model.doc.briefing.key_points}
    assert index in w.source.summary_indices
    assert w.statusBar().full_message() == f"Added to key points [¶{paragraph}]."
    qtbot.mouseDClick(w.source.viewport(), Qt.LeftButton, pos=_sentence_pos(w, index))
    assert index not in {p.source_index for p in w.model.doc.briefing.key_points}
    assert w.statusBar().full_message() == f"Removed from key points [¶{paragraph}]."
    assert w.model.undo_stack.count() == 2


def test_keyboard_moves_and_deletes_points(seed_window, qtbot):
    """Alt+Down moves the current point down; Delete removes it."""
    w = seed_window
    lst = w.summary_editor.list
    first = w.model.doc.briefing.key_points[0].text
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key_Down, Qt.AltModifier)
    assert w.model.doc.briefing.key_points[1].text == first
    assert lst.currentRow() == 1
    n = len(w.model.doc.briefing.key_points)
    qtbot.keyClick(lst, Qt.Key_Delete)
    assert len(w.model.doc.briefing.key_points) == n - 1
    assert first not in [p.text for p in w.model.doc.briefing.key_points]


def test_selecting_an_actor_highlights_its_mentions(seed_window):
    """Selecting an actor highlights each of its mentions (name and aliases) in the source."""
    w = seed_window
    row = next(i for i, a in enumerate(w.model.doc.briefing.actors) if a.name == "Sergei Naryshkin")
    w.actor_table.select_rows([row])
    assert w.source.mention_count >= 3
    w.actor_table.clear_selection()
    assert w.source.mention_count == 0


def test_resummarize_with_a_new_length_is_one_undo_step(seed_window, qtbot):
    """Changing the length re-summarizes in the background; undo brings the old points back."""
    w = seed_window
    before = len(w.model.doc.briefing.key_points)
    with qtbot.waitSignal(w.model.changed, timeout=20000):
        w.summary_editor.length.setValue(before + 2)
    assert len(w.model.doc.briefing.key_points) == before + 2
    assert w.summary_editor.point_count() == before + 2
    w.undo_action.trigger()
    assert len(w.model.doc.briefing.key_points) == before
    assert w.summary_editor.length.value() == before


def test_preview_shows_the_page_and_its_fit(seed_window, qtbot):
    """The preview renders the page image and says how much room is left."""
    w = seed_window
    if w.preview.image is None:
        with qtbot.waitSignal(w.preview_updated, timeout=20000):
            pass
    assert w.preview.image is not None and w.preview.image.height() > w.preview.image.width()
    assert "page" in w.preview.fit_label.text()
    assert 0 < w.preview.fit_bar.value() <= 100


@pytest.mark.parametrize("name, content", [
    ("bad.txt", b"\x00\x01\x02\x03binary\x00\x00" * 50),
    ("bad.pdf", b"%PDF-1.4 broken"),
    ("bad.briefing", b"{not json"),
    ("empty.md", b""),
])
def test_bad_file_shows_an_error_and_the_app_lives_on(make_window, qtbot, tmp_path, name, content):
    """A bad file gives an error dialog with the core's message; the window keeps working."""
    w = make_window()
    path = tmp_path / name
    path.write_bytes(content)
    with qtbot.waitSignal(w.task_failed, timeout=10000):
        w.open_path(path)
    assert len(w.dialogs.errors) == 1
    title, message = w.dialogs.errors[0]
    assert title == "Cannot open the file" and name in message
    assert w.isVisible() and w.model.doc is None
    qtbot.waitUntil(w.open_action.isEnabled, timeout=1000)  # re-enabled when the task's done signal arrives


def test_close_with_unsaved_changes_prompts(seed_window, qtbot):
    """Closing with unsaved changes asks; Cancel keeps the window, Discard closes it."""
    w = seed_window
    w.edits.edit_field("title", "Changed title")
    w.dialogs.answers = [QMessageBox.Cancel]
    assert not w.close()
    assert w.dialogs.questions == ["Unsaved changes"] and w.isVisible()
    w.dialogs.answers = [QMessageBox.Discard]
    assert w.close()
    assert not w.isVisible()


def test_close_without_changes_does_not_prompt(seed_window):
    """An unchanged document closes without a question."""
    assert seed_window.close()
    assert seed_window.dialogs.questions == []


def test_recovery_file_is_offered_and_restored(seed_window, make_window, qtbot):
    """After a crash the autosaved recovery file is offered at start and restores the edits."""
    w = seed_window
    w.edits.edit_field("analyst_comment", "Unsaved thought.")
    w.write_recovery()
    assert w.recovery.wait(10)  # the autosave thread wrote it
    assert w.recovery.path.is_file()
    _crash(w)

    again = make_window()
    again.dialogs.answers = ["restore"]
    with qtbot.waitSignal(again.document_shown, timeout=5000):
        again.start(None)
    assert again.dialogs.questions == ["Restore unsaved work?"]
    assert again.model.doc.briefing.analyst_comment == "Unsaved thought."
    assert again.model.is_modified
    assert again.fields.value("analyst_comment") == "Unsaved thought."


def test_first_edit_is_autosaved(seed_window, qtbot):
    """A few seconds after the first edit the recovery file holds it."""
    w = seed_window
    w.recovery.timer.setInterval(50)
    w.edits.edit_field("banner", "OPEN SOURCE")
    qtbot.waitUntil(lambda: w.recovery.path.is_file(), timeout=5000)
    from briefing.core.brief.document import load_document

    assert load_document(w.recovery.path).briefing.banner == "OPEN SOURCE"


def test_declined_recovery_is_deleted(make_window, data_dir, seed_window):
    """Discard removes the recovery file."""
    seed_window.edits.edit_field("title", "x")
    seed_window.write_recovery()
    assert seed_window.recovery.wait(10)  # the autosave thread wrote it
    orphan = seed_window.recovery.path
    _crash(seed_window)
    w = make_window()
    w.dialogs.answers = ["discard"]
    w.start(None)
    assert w.dialogs.questions == ["Restore unsaved work?"]
    assert not orphan.exists() and w.model.doc is None


def test_a_second_window_does_not_offer_a_live_windows_autosave(seed_window, make_window, qtbot):
    """Two windows: the second starts without offering the first's autosave, which stays untouched."""
    first = seed_window
    first.edits.edit_field("analyst_comment", "Still working on it.")
    first.write_recovery()
    assert first.recovery.wait(10)  # the autosave thread wrote it
    saved = first.recovery.path.read_bytes()
    second = make_window()
    second.dialogs.answers = ["discard"]
    second.start(None)
    assert second.dialogs.questions == [] and second.model.doc is None
    assert first.recovery.path.read_bytes() == saved
    assert first.recovery.path != second.recovery.path


def test_a_damaged_recovery_file_is_kept_aside(make_window, data_dir):
    """A recovery file that cannot be read is renamed (kept, not deleted) and not offered again."""
    folder = data_dir / "recovery"
    folder.mkdir(parents=True)
    damaged = folder / "4242-1-dead.briefing"
    damaged.write_bytes(b'{"format": "briefing-document", "version": 1, "article": ')
    w = make_window()
    w.start(None)
    assert w.dialogs.questions == [] and w.model.doc is None
    assert not damaged.exists()
    kept = folder / "4242-1-dead.briefing.damaged"
    assert kept.read_bytes() == b'{"format": "briefing-document", "version": 1, "article": '
    again = make_window()
    again.start(None)
    assert again.dialogs.questions == [] and kept.exists()


_CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from briefing.core.brief.document import load_document
from briefing.ui.recovery import Recovery
app = QApplication([])
recovery = Recovery()
recovery.write(load_document(sys.argv[1]), None)
print(recovery.path, flush=True)
sys.stdin.readline()  # alive until the test kills it
"""


def test_another_process_autosave_is_offered_only_after_it_dies(seed_window, make_window, qtbot, tmp_path, data_dir):
    """A live app's autosave in another process is not offered; once that process is killed, it is."""
    import os

    path = tmp_path / "child.briefing"
    seed_window.edits.edit_field("title", "Written by the other process")
    assert seed_window.save_to(str(path))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, env=env)
    try:
        orphan = child.stdout.readline().strip()
        assert orphan.endswith(".briefing") and os.path.isfile(orphan)
        w = make_window()
        w.start(None)
        assert w.dialogs.questions == []
    finally:
        child.kill()
        child.wait(10)
    w.dialogs.answers = ["restore"]
    with qtbot.waitSignal(w.document_shown, timeout=5000):
        w.start(None)
    assert w.dialogs.questions == ["Restore unsaved work?"]
    assert w.model.doc.briefing.title == "Written by the other process" and w.model.is_modified
    assert not os.path.exists(orphan) and w.recovery.path.is_file()


def _crash(window):
    """Make ``window`` look crashed: its lock is gone (as after its process died), its recovery file stays."""
    window._closing = True
    window.recovery.lock.unlock()
    window.hide()


def test_paste_makes_a_new_article(make_window, qtbot):
    """Paste as New Article analyses the clipboard text."""
    w = make_window()
    QApplication.clipboard().setText(
        "Floods close the port.\n\nHeavy rain flooded the port of Rotterdam on Monday, the harbour master said. "
        "Ships were told to wait offshore. The Dutch government promised help for the port and its workers.")
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.paste_action.trigger()
    assert w.model.doc.article.sentence_count >= 3
    assert w.model.doc.briefing.key_points


def test_settings_remember_the_summary_length(seed_window, make_window, qtbot):
    """The summary settings of a closed window are those of the next one."""
    w = seed_window
    with qtbot.waitSignal(w.model.changed, timeout=20000):
        w.summary_editor.length.setValue(5)
    w.dialogs.answers = [QMessageBox.Discard]
    w.close()
    again = make_window()
    assert again.summary_editor.options().sentences == 5


def test_importing_the_ui_package_runs_no_probe():
    """`import briefing.ui` imports no Qt and leaves the reference counts alone (the probe runs at app start)."""
    code = ("import sys, briefing.ui, briefing.ui.qtfix as q; "
            "print(q._protected, sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "[]"]


def test_window_shows_before_heavy_modules_load():
    """Importing the app and the window loads neither sumy, NLTK nor reportlab."""
    code = ("import sys, briefing.ui.app, briefing.ui.main_window; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sumy', 'nltk', 'reportlab', 'trafilatura', 'numpy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_point_edited_in_place_with_the_editor(seed_window, qtbot):
    """Double-click editing: typing in the point's editor and pressing Enter changes the point, marked edited."""
    from PySide6.QtWidgets import QPlainTextEdit

    w = seed_window
    lst = w.summary_editor.list
    lst.editItem(lst.item(1))
    editor = lst.findChild(QPlainTextEdit)
    assert editor is not None and editor.toPlainText() == w.model.doc.briefing.key_points[1].text
    editor.setPlainText("Naryshkin met Tertel.")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.model.doc.briefing.key_points[1].text == "Naryshkin met Tertel.")
    assert w.model.doc.briefing.key_points[1].edited
    assert w.model.undo_stack.undoText() == "Edit point"


def test_actor_cells_are_editable(seed_window, qtbot):
    """Editing an actor's role and type cells changes the actor; an empty name is refused."""
    w = seed_window
    table = w.actor_table.table
    cells = table.model()
    cells.setData(cells.index(0, 2), "neighbour of Russia")
    qtbot.waitUntil(lambda: w.model.doc.briefing.actors[0].role == "neighbour of Russia")
    name = w.model.doc.briefing.actors[1].name
    cells.setData(cells.index(1, 0), "   ")
    qtbot.wait(20)
    assert w.model.doc.briefing.actors[1].name == name and cells.index(1, 0).data() == name
    w.actor_table.select_rows([3, 4])
    assert w.actor_table.buttons["merge"].isEnabled()
    first, second = w.model.doc.briefing.actors[3], w.model.doc.briefing.actors[4]
    w.actor_table.buttons["merge"].click()
    merged = w.model.doc.briefing.actors[3]
    assert merged.name == first.name and second.name in merged.aliases
    assert merged.mentions == first.mentions + second.mentions


def test_cancel_stops_opening(make_window, qtbot, seed_path):
    """Cancel during opening leaves no document, no error dialog, and the progress bar hidden."""
    w = make_window()
    task = w.open_path(seed_path)
    assert w.status.progress_bar.isVisibleTo(w) and w.cancel_action.isEnabled()
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        w.cancel_action.trigger()
    qtbot.waitUntil(lambda: not w.runner.running())
    assert w.model.doc is None and not w.dialogs.errors
    assert not w.status.progress_bar.isVisibleTo(w)


def test_dropping_a_file_opens_it(make_window, qtbot, tmp_path):
    """A file dropped on the window is opened and listed under Open Recent."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "floods.md"
    path.write_text("# Floods close the port\n\nHeavy rain flooded the port of Rotterdam on Monday. "
                    "Ships were told to wait offshore. The Dutch government promised help.\n", encoding="utf-8")
    w = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.dropEvent(event)
    assert w.model.doc.article.title == "Floods close the port"
    assert w.recent_files()[0] == str(path.resolve())


def test_briefing_command_opens_a_file_at_start(tmp_path):
    """`python -m briefing FILE` shows the window, analyses FILE and (with the trace flags) reports both."""
    import os

    path = tmp_path / "note.txt"
    path.write_text("Storm hits coast\n\nA storm hit the coast of Brittany on Tuesday. Thousands lost power. "
                    "Officials in Brest said repairs would take days.\n", encoding="utf-8")
    env = dict(os.environ, BRIEFING_STARTUP_TRACE="1", BRIEFING_QUIT_AFTER_LOAD="1",
               BRIEFING_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "briefing", str(path)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    keys = [line.split()[0] for line in proc.stdout.splitlines() if line.strip()]
    assert keys == ["window_shown", "analysed_and_shown", "peak_rss_mb"]


def test_unexpected_exception_shows_a_dialog_and_is_logged(make_window, monkeypatch, data_dir):
    """The installed excepthook logs the traceback and shows a dialog instead of crashing."""
    from briefing.ui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook(make_window())
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and "boom" in shown[0]
    assert "RuntimeError: boom" in (data_dir / "briefing.log").read_text(encoding="utf-8")


def test_save_as_names_the_window_after_the_file(seed_window, tmp_path):
    """Save As asks for a path (suffix added), saves, and the title shows the file name, unmodified."""
    w = seed_window
    w.edits.edit_field("title", "Spy services merge")
    assert w.isWindowModified()
    w.dialogs.save_paths = [str(tmp_path / "merge")]
    assert w.save_as()
    assert (tmp_path / "merge.briefing").is_file()
    assert w.windowTitle().startswith("merge.briefing") and not w.isWindowModified()
    assert not w.recovery.path.exists()


def test_many_qt_calls_do_not_abort_the_interpreter():
    """A million void Qt calls and signal emits run to the end (PySide6 6.12.0 drops references to None/True).

    The guard the app installs at start (:func:`briefing.ui.app.main` calls ``protect_singletons``) is what keeps it alive.
    """
    code = ("from briefing.ui.qtfix import protect_singletons\nprotect_singletons()\n"
            "from PySide6.QtCore import QObject, Signal\n"
            "class O(QObject):\n    s = Signal()\n"
            "o = O()\n"
            "for _ in range(500000):\n    o.setObjectName('x'); o.s.emit()\n"
            "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-500:]


def test_page_size_applies_to_preview_and_export(seed_window, qtbot, tmp_path):
    """Choosing US Letter re-renders the preview and exports a Letter page; the choice is remembered."""
    from pypdf import PdfReader

    w = seed_window
    w.preview.page_size.setCurrentIndex(w.preview.page_size.findData("letter"))

    def letter_shown():
        image = w.preview.image
        return image is not None and abs(image.height() / image.width() - 11 / 8.5) < 0.02

    qtbot.waitUntil(letter_shown, timeout=20000)
    out = tmp_path / "letter.pdf"
    with qtbot.waitSignal(w.exported, timeout=20000):
        w.export_to(str(out))
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert w.settings.page_size() == "letter"


def test_every_bad_file_of_the_core_gives_a_dialog_and_keeps_the_document(seed_window, qtbot, tmp_path):
    """Each bad file the core refuses shows one error dialog; the open document stays and the window works."""
    bad = {
        "blank.txt": b"   \n\n  \n", "binary.txt": bytes(range(256)) * 50, "image.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "broken.docx": b"PK\x03\x04 not a real zip", "archive.txt": b"PK\x03\x04 zip bytes",
        "tags.html": b"<html><body><script>var x = 1;</script></body></html>",
        "markup.md": b"![img](a.png)\n\n[link](http://x.org)\n",
        "wrong.json": b'{"format": "briefing-document", "version": 99}',
    }
    paths = []
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    folder = tmp_path / "folder"
    folder.mkdir()
    paths += [huge, folder, tmp_path / "missing.txt"]
    w = seed_window
    title = w.model.doc.article.title
    for path in paths:
        with qtbot.waitSignal(w.task_failed, timeout=10000):
            w.open_path(path)
    assert len(w.dialogs.errors) == len(paths)
    assert all(path.name in message for path, (_t, message) in zip(paths, w.dialogs.errors))
    assert w.model.doc.article.title == title
    w.edits.toggle_sentence(8)
    assert 8 in w.source.summary_indices


def test_cancel_while_a_long_file_is_read_keeps_the_open_briefing(make_window, qtbot, seed_path, tmp_path):
    """Cancel while a long file's sentences are split: the reading stops, the open briefing stays as it was."""
    from PySide6.QtCore import Qt as QtNS

    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.open_path(seed_path)
    title = w.model.doc.briefing.title
    paragraph = "The council met on Monday. It approved the budget for the new bridge. Work starts in May."
    long_file = tmp_path / "long.txt"
    long_file.write_text("Long report\n\n" + "\n\n".join([paragraph] * 3000), encoding="utf-8")
    task = w.open_path(long_file)
    seen: list[str] = []

    def on_progress(t, fraction, message):
        seen.append(message)
        if message == "Splitting sentences" and fraction > 0:
            t.cancel()  # thread-safe; runs in the worker (direct connection), like a click during the split

    with qtbot.waitSignal(task.cancelled, timeout=30000):
        task.progress.connect(on_progress, QtNS.DirectConnection)
    qtbot.waitUntil(lambda: not w.runner.running())
    assert "Splitting sentences" in seen and "Summarizing…" not in seen
    assert w.model.doc.briefing.title == title and not w.dialogs.errors


def test_open_dialog_offers_all_supported_files_first(make_window, qtbot, tmp_path):
    """File > Open's default filter lists articles and briefing files together; the chosen file opens."""
    w = make_window()
    path = tmp_path / "storm.txt"
    path.write_text("Storm hits coast\n\nA storm hit the coast of Brittany on Tuesday. Thousands lost power.\n",
                    encoding="utf-8")
    w.dialogs.open_paths = [str(path)]
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_action.trigger()
    first = w.dialogs.filters[0].split(";;")[0]
    assert first.startswith("All supported files")
    assert "*.briefing" in first and "*.pdf" in first and "*.docx" in first and "*.txt" in first
    assert w.model.doc.article.title == "Storm hits coast"


def _add_point_by_typing(w, qtbot, text):
    """Press "+", type ``text`` in the new row's editor and press Enter."""
    from PySide6.QtWidgets import QPlainTextEdit

    w.summary_editor.buttons["add"].click()
    editor = w.summary_editor.list.findChild(QPlainTextEdit)
    assert editor is not None and editor.toPlainText() == ""
    editor.setPlainText(text)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_resummarizing_keeps_edited_added_and_pinned_points(seed_window, qtbot):
    """Edit a point, add one, pin a sentence, change the algorithm: all three stay; the status bar says so; one undo."""
    w = seed_window
    w.edits.edit_point(0, "Moscow and Minsk pool their spy services.")
    _add_point_by_typing(w, qtbot, "Watch the Union State talks.")
    qtbot.waitUntil(lambda: any(p.text == "Watch the Union State talks." for p in w.model.doc.briefing.key_points))
    pinned = next(i for i in range(w.model.doc.article.sentence_count) if i not in w.source.summary_indices)
    w.toggle_sentence(pinned)
    before = _doc_dict(w)
    steps = w.model.undo_stack.count()
    combo = w.summary_editor.algorithm
    new = next(i for i in range(combo.count()) if combo.itemData(i) != w.model.doc.summary.algorithm)
    with qtbot.waitSignal(w.model.changed, timeout=30000):
        combo.setCurrentIndex(new)
    points = w.model.doc.briefing.key_points
    texts = [p.text for p in points]
    assert "Moscow and Minsk pool their spy services." in texts and "Watch the Union State talks." in texts
    assert pinned in {p.source_index for p in points}
    assert w.model.doc.summary.algorithm == combo.itemData(new)
    label = combo.itemText(new)
    assert w.statusBar().full_message() == (
        f"Re-summarized with {label}; kept 3 of your points (1 edited, 1 added, 1 pinned).")
    assert w.model.undo_stack.count() == steps + 1
    w.undo_action.trigger()
    assert _doc_dict(w) == before


def test_escape_on_a_new_point_leaves_no_point(seed_window, qtbot):
    """"+" then Escape (or Enter on nothing) adds nothing: no point, no undo step, no placeholder text anywhere."""
    from PySide6.QtWidgets import QPlainTextEdit

    w = seed_window
    before, count = _doc_dict(w), w.summary_editor.point_count()
    for key in (Qt.Key_Escape, Qt.Key_Return):
        w.summary_editor.buttons["add"].click()
        editor = w.summary_editor.list.findChild(QPlainTextEdit)
        assert editor is not None and editor.toPlainText() == "" and editor.placeholderText()
        qtbot.keyClick(editor, key)
        qtbot.waitUntil(lambda: w.summary_editor.point_count() == count)
        qtbot.wait(20)
    assert _doc_dict(w) == before and w.model.undo_stack.count() == 0
    assert not w.summary_editor.new_point_pending()
    _add_point_by_typing(w, qtbot, "A point of my own.")
    qtbot.waitUntil(lambda: len(w.model.doc.briefing.key_points) == count + 1)
    assert w.model.doc.briefing.key_points[-1].text == "A point of my own."
    assert not any("new point" in p.text.lower() for p in w.model.doc.briefing.key_points)


def test_actor_table_is_at_the_top_after_opening_another_document(seed_window, qtbot, tmp_path):
    """Scrolled down in one document's actors, the next document's actor table starts at the top."""
    w = seed_window
    w.resize(1000, 600)
    w.middle.setSizes([500, 90])  # a short table, so it can scroll
    qtbot.wait(10)
    bar = w.actor_table.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    path = tmp_path / "again.briefing"
    assert w.save_to(str(path))
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(path)
    assert bar.value() == 0


def test_save_and_export_are_disabled_while_a_file_opens(seed_window, qtbot, seed_path):
    """While a file is being opened, Save, Save As and Export are off; they come back with the new document."""
    w = seed_window
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.open_path(seed_path)
        assert not (w.save_action.isEnabled() or w.save_as_action.isEnabled() or w.export_action.isEnabled())
    qtbot.waitUntil(lambda: not w.runner.running())
    assert w.save_action.isEnabled() and w.save_as_action.isEnabled() and w.export_action.isEnabled()


def test_error_dialog_is_one_clean_sentence_with_details(make_window, qtbot, tmp_path):
    """A broken PDF: one sentence without doubled punctuation or library words; the library's words are in details."""
    w = make_window()
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4 broken")
    with qtbot.waitSignal(w.task_failed, timeout=10000):
        w.open_path(path)
    (_title, message), details = w.dialogs.errors[0], w.dialogs.details[0]
    assert message.startswith("bad.pdf: ") and message.endswith(".") and not message.endswith("..")
    assert "(" not in message and ")." not in message and "PDFium" not in message
    assert "PDFium" in details


def test_status_bar_forgets_a_deleted_actor(seed_window):
    """Selecting an actor names it in the status bar; deleting it clears that message."""
    w = seed_window
    name = w.model.doc.briefing.actors[1].name
    w.actor_table.select_rows([1])
    assert name in w.statusBar().full_message()
    w.actor_table.buttons["delete"].click()
    assert name not in [a.name for a in w.model.doc.briefing.actors]
    assert name not in w.statusBar().full_message()


def test_a_typed_length_applies_without_enter(seed_window, qtbot):
    """Typing a length in the spin box re-summarizes after a pause, without Enter or leaving the box."""
    w = seed_window
    spin = w.summary_editor.length
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(w.model.changed, timeout=30000):
        qtbot.keyClicks(spin.lineEdit(), "6")
    assert len(w.model.doc.briefing.key_points) == 6 and spin.hasFocus()


def test_source_fields_are_edited_undone_saved_and_printed(seed_window, make_window, qtbot, tmp_path):
    """Publisher, date, URL and authors typed in the Brief panel: one undo step each, saved, and on the PDF."""
    from pypdf import PdfReader

    w = seed_window
    f = w.fields
    f.details_toggle.click()  # the details are folded once the article filled them in
    for edit, text in ((f.source, "Policy Wire"), (f.date, "2024-05-12"), (f.url, "https://example.org/a"),
                       (f.authors, "Anna Petrova; John Smith")):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key_Tab)  # leaving the field commits it
    b = w.model.doc.briefing
    assert (b.source, b.date, b.url, b.authors) == ("Policy Wire", "2024-05-12", "https://example.org/a",
                                                    ["Anna Petrova", "John Smith"])
    assert w.model.undo_stack.undoText() == "Edit authors"
    w.undo_action.trigger()
    assert w.model.doc.briefing.authors != ["Anna Petrova", "John Smith"] and f.value("authors") != "Anna Petrova, John Smith"
    w.redo_action.trigger()
    assert f.value("authors") == "Anna Petrova, John Smith"

    path = tmp_path / "sourced.briefing"
    assert w.save_to(str(path))
    other = make_window()
    with qtbot.waitSignal(other.document_shown, timeout=10000):
        other.open_path(path)
    assert other.fields.value("source") == "Policy Wire" and other.model.doc.briefing.url == "https://example.org/a"
    out = tmp_path / "sourced.pdf"
    with qtbot.waitSignal(other.exported, timeout=20000):
        other.export_to(str(out))
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Policy Wire" in text and "12 May 2024" in text and "Anna Petrova, John Smith" in text
    assert "example.org/a" in text


def test_open_shows_load_warnings_and_place(make_window, qtbot, tmp_path):
    """What loading changed (control characters removed) is said in the status bar; the dateline's place is shown."""
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Wire notes\n\nSANTIAGO, 30 January 2024 \xe2\x80\x94 Chile\x07 tightened its lithium rules on Tuesday. "
                     b"The ministry said the change takes effect in March.\n")
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(str(path))
    message = w.statusBar().full_message()
    assert message.startswith("Opened notes.txt. ") and "control character" in message
    head = w.source.toPlainText().splitlines()[:3]
    assert any("Santiago" in line or "SANTIAGO" in line for line in head), head


def test_long_key_points_are_shown_whole_at_any_width(seed_window, qtbot):
    """Each key point's row is tall enough for its text wrapped at the row's own width, also after the window
    narrows (long points were cut off with "…" when Qt sized rows for a wider list)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    w = seed_window
    points = w.summary_editor.list
    for width in (1400, 1000):
        w.resize(width, 900)
        qtbot.wait(200)
        fm = QFontMetrics(points.font())
        for row in range(points.count()):  # the delegate draws "n. text  [¶p]"
            item = points.item(row)
            rect = points.visualItemRect(item)
            wrapped = fm.boundingRect(QRect(0, 0, rect.width() - 12, 1 << 20), Qt.TextWordWrap,
                                      f"{row + 1}. {item.text()}  [¶0]")
            assert rect.height() >= wrapped.height(), (width, row, rect, wrapped)
