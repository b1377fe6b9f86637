"""The window after gui60's tour (gui61): the controls after a cancelled re-summarize, the point-order question for
a change of language and a brief of several articles, and the recovery question's buttons."""

from __future__ import annotations

from briefing.ui.tasks import TaskKind
from tests.ui.test_main_window import _crash
from tests.ui.test_sources import _window_with_three


def _moved(window) -> list[str]:
    window.edits.move_point(1, 1)
    return [p.text for p in window.model.doc.briefing.key_points]


def _choose_language(window, code):
    """Pick ``code`` in the language combo as a user does (activated)."""
    box = window.language_box
    index = box.combo.findData(code)
    box.combo.setCurrentIndex(index)
    box.combo.activated.emit(index)


def test_cancelling_a_resummarize_shows_the_briefs_settings_again(seed_window, qtbot):
    """Length 9, then Cancel (Esc) before the summary lands: the brief keeps its 3 points and the length box shows
    3 again, not the cancelled 9."""
    w = seed_window
    assert w.summary_editor.options().sentences == 3 and w.summary_editor.point_count() == 3
    w.summary_editor.length.setValue(9)
    w._summary_timer.stop()
    task = w.resummarize()
    assert task is not None
    w.cancel_tasks()  # in the same turn of the event loop: the result, if already computed, is not applied
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.SUMMARIZE), timeout=30000)
    assert len(w.model.doc.briefing.key_points) == 3
    assert w.summary_editor.options().sentences == 3
    assert w.model.doc.options.sentences == 3


def test_a_newer_length_is_kept_when_the_older_summary_is_cancelled(seed_window, qtbot):
    """A summary superseded by a newer length (the older one cancelled by the runner) leaves the newer length shown,
    and it is applied."""
    w = seed_window
    w.summary_editor.length.setValue(4)
    w._summary_timer.stop()
    w.resummarize()
    w.summary_editor.length.setValue(5)
    w._summary_timer.stop()
    w.resummarize()
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.SUMMARIZE), timeout=60000)
    assert w.summary_editor.options().sentences == 5
    assert len(w.model.doc.briefing.key_points) == 5


def test_a_new_language_after_reordering_points_asks_first(seed_window, qtbot):
    """Points reordered by hand, then another language: the same question as a re-summarize; Keep My Order keeps
    the points, the history and the language shown; Analyse goes on."""
    w = seed_window
    order = _moved(w)
    steps = w.model.undo_stack.count()
    w.dialogs.answers = ["cancel"]
    _choose_language(w, "de")
    assert w.dialogs.questions == ["Change language?"]
    assert "back in article order" in w.dialogs.texts[-1]
    assert w.dialogs.choices[-1] == ["change", "cancel"]
    assert not w.runner.running(TaskKind.LANGUAGE)
    assert w.language_box.language() == "en" and w.model.doc.article.language == "en"
    assert [p.text for p in w.model.doc.briefing.key_points] == order
    assert w.model.undo_stack.count() == steps
    assert "Kept your order" in w.statusBar().full_message()

    w.dialogs.answers = ["change"]
    _choose_language(w, "de")
    assert w.dialogs.questions == ["Change language?"] * 2
    assert w.runner.running(TaskKind.LANGUAGE)
    qtbot.waitUntil(lambda: w.model.doc.article.language == "de", timeout=60000)
    w.undo_action.trigger()
    assert [p.text for p in w.model.doc.briefing.key_points] == order


def test_a_new_language_for_an_unordered_brief_asks_nothing(seed_window, qtbot):
    """A brief in the machine's order changes language without a question."""
    w = seed_window
    _choose_language(w, "de")
    assert w.dialogs.questions == [] and w.runner.running(TaskKind.LANGUAGE)
    qtbot.waitUntil(lambda: w.model.doc.article.language == "de", timeout=60000)


def test_resummarizing_several_articles_after_reordering_asks_first(make_window, qtbot, tmp_path):
    """Three articles, their points in the summary's order: Re-summarize asks nothing. A point moved down: it asks
    (the summary's points go back in its order); Keep My Order keeps the order and the history."""
    w = _window_with_three(make_window, qtbot, tmp_path)
    assert len(w.model.doc.briefing.key_points) >= 3
    w.resummarize()
    assert w.dialogs.questions == []
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.SUMMARIZE), timeout=60000)

    order = _moved(w)
    steps = w.model.undo_stack.count()
    w.dialogs.answers = ["cancel"]
    assert w.resummarize() is None
    assert w.dialogs.questions == ["Re-summarize?"]
    assert "summary's points back in its order" in w.dialogs.texts[-1]
    assert not w.runner.running(TaskKind.SUMMARIZE)
    assert [p.text for p in w.model.doc.briefing.key_points] == order
    assert w.model.undo_stack.count() == steps


def test_an_analysts_point_above_the_summarys_asks_too(make_window, qtbot, tmp_path):
    """Several articles: an edited point moved above the summary's points would go below them in a new summary:
    the window asks."""
    w = _window_with_three(make_window, qtbot, tmp_path)
    last = len(w.model.doc.briefing.key_points) - 1
    w.edits.edit_point(last, "The analyst's own words.")
    w.resummarize()
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.SUMMARIZE), timeout=60000)
    assert w.dialogs.questions == []  # edited in place (at the end), nothing moves
    texts = [p.text for p in w.model.doc.briefing.key_points]
    row = texts.index("The analyst's own words.")
    while row > 0:
        w.edits.move_point(row, -1)
        row -= 1
    w.dialogs.answers = ["cancel"]
    assert w.resummarize() is None
    assert w.dialogs.questions == ["Re-summarize?"]


def _orphan(seed_window):
    seed_window.edits.edit_field("analyst_comment", "Unsaved thought.")
    seed_window.write_recovery()
    assert seed_window.recovery.wait(10)  # the autosave thread wrote it
    orphan = seed_window.recovery.path
    _crash(seed_window)
    return orphan


def test_recovery_buttons_say_what_they_do_and_decide_later_keeps_the_file(make_window, seed_window, qtbot):
    """The crash-recovery question offers Restore, Discard and Decide Later (Escape: Decide Later); Decide Later
    keeps the file, says so, and the next start offers it again; Restore then brings the work back."""
    orphan = _orphan(seed_window)
    w = make_window()
    w.dialogs.answers = ["later"]
    w.start(None)
    assert w.dialogs.questions == ["Restore unsaved work?"]
    assert w.dialogs.choices[-1] == ["restore", "discard", "later"]
    assert [label.replace("&", "") for label in w.dialogs.labels[-1]] == ["Restore", "Discard", "Decide Later"]
    assert w.dialogs.escapes[-1] == "later"
    assert orphan.exists() and w.model.doc is None
    assert "offered again at the next start" in w.statusBar().full_message()
    w.close()

    again = make_window()
    again.dialogs.answers = [None]  # the box closed by its title bar's button: as Decide Later
    again.start(None)
    assert again.dialogs.questions == ["Restore unsaved work?"] and orphan.exists()
    again.close()

    last = make_window()
    last.dialogs.answers = ["restore"]
    last.start(None)
    assert last.model.doc.briefing.analyst_comment == "Unsaved thought." and not orphan.exists()


def test_recovery_discard_deletes_the_file(make_window, seed_window):
    """Discard deletes the recovery file; the next start asks nothing."""
    orphan = _orphan(seed_window)
    w = make_window()
    w.dialogs.answers = ["discard"]
    w.start(None)
    assert not orphan.exists() and w.model.doc is None
    again = make_window()
    again.start(None)
    assert again.dialogs.questions == []


def test_ctrl_f_finds_text_in_the_article(seed_window, qtbot):
    """Ctrl+F opens the find bar in the query box; typing finds every match (case aside) with a count; Enter, F3
    and Shift+Enter step (wrapping); matches are drawn in their own colours over the summary's; Escape closes the
    bar (not Cancel Task), takes its highlights away and gives the article the focus."""
    from PySide6.QtCore import Qt

    from briefing.ui.widgets.source_view import CURRENT_FIND_COLOR, FIND_COLOR, MENTION_COLOR, SUMMARY_COLOR

    w = seed_window
    w.activateWindow()
    w.source.setFocus()
    assert not w.find_bar.isVisible()
    qtbot.keyClick(w.source, Qt.Key_F, Qt.ControlModifier)
    assert w.find_bar.isVisible() and w.find_bar.edit.hasFocus()
    qtbot.keyClicks(w.find_bar.edit, "BELARUS")
    qtbot.waitUntil(lambda: w.find_bar.count.text().endswith("of 14"), timeout=3000)
    text = w.source.toPlainText()
    expected = [i for i in range(len(text)) if text[i:i + 7].lower() == "belarus"]
    assert [s for s, _e in w.source.find_matches] == expected
    assert w.find_bar.count.text() == "1 of 14"
    qtbot.keyClick(w.find_bar.edit, Qt.Key_Return)
    assert w.find_bar.count.text() == "2 of 14"
    qtbot.keyClick(w.find_bar.edit, Qt.Key_F3)
    assert w.find_bar.count.text() == "3 of 14"
    qtbot.keyClick(w.find_bar.edit, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClick(w.find_bar.edit, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClick(w.find_bar.edit, Qt.Key_Return, Qt.ShiftModifier)
    assert w.find_bar.count.text() == "14 of 14"  # wrapped
    colours = {sel.format.background().color().name() for sel in w.source.extraSelections()}
    assert {FIND_COLOR.name(), CURRENT_FIND_COLOR.name(), SUMMARY_COLOR.name()} <= colours
    assert len({FIND_COLOR.name(), CURRENT_FIND_COLOR.name(), SUMMARY_COLOR.name(), MENTION_COLOR.name()}) == 4
    current = w.source.extraSelections()[-1]
    assert current.format.background().color() == CURRENT_FIND_COLOR
    assert current.cursor.selectionStart() == expected[-1]

    qtbot.keyClicks(w.find_bar.edit, "zzz")
    qtbot.waitUntil(lambda: w.find_bar.count.text() == "No matches", timeout=3000)
    qtbot.keyClick(w.find_bar.edit, Qt.Key_Escape)
    assert not w.find_bar.isVisible() and w.source.hasFocus()
    assert FIND_COLOR.name() not in {sel.format.background().color().name() for sel in w.source.extraSelections()}
    assert "Cancelled" not in w.statusBar().full_message()


def test_find_draws_only_the_matches_near_the_visible_part(make_window, qtbot):
    """In a long article a common word has thousands of matches: the count has them all, but only those near the
    visible part are drawn (each drawn one costs at every paint); scrolling draws the ones that come into view."""
    from briefing.core.brief.document import document_from_text

    w = make_window()
    paragraph = "The minister met the envoy in the capital. " * 40
    doc = document_from_text("\n\n".join([paragraph] * 60))
    w.model.set_document(doc)
    w.find_bar.open_bar()
    w.find_bar.edit.setText("the")
    w.find_bar.search()
    n = len(w.source.find_matches)
    assert n == w.source.toPlainText().lower().count("the") > 7000
    drawn = w.source.drawn_find_matches()
    assert 0 < len(drawn) < n / 4
    w.source.verticalScrollBar().setValue(w.source.verticalScrollBar().maximum())
    later = w.source.drawn_find_matches()
    assert later and later[-1] == w.source.find_matches[-1] and later[0][0] > drawn[-1][0]


def _part_of(window, widget) -> str:
    for name, part in (("article", window.source), ("find", window.find_bar), ("fields", window.fields),
                       ("points", window.summary_editor), ("actors", window.actor_table), ("preview", window.preview)):
        if widget is part or part.isAncestorOf(widget):
            return name
    return "other"


def test_tab_goes_in_reading_order(seed_window, qtbot):
    """From the article, Tab goes to the brief's fields, the summary settings and key points, the actors, then the
    page preview, never back to an earlier part before the round ends (the fields came after the actors)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = seed_window
    w.activateWindow()
    w.source.setFocus()
    qtbot.waitUntil(lambda: w.source.hasFocus(), timeout=2000)
    parts, stops = [], []
    for _ in range(60):
        widget = QApplication.focusWidget()
        stops.append(widget)
        part = _part_of(w, widget)
        if not parts or parts[-1] != part:
            parts.append(part)
        if len(parts) > 1 and part == "article":
            break
        qtbot.keyClick(widget, Qt.Key_Tab)
    assert parts[:6] == ["article", "fields", "points", "actors", "preview", "other"][:len(parts[:6])], parts
    assert parts.index("fields") < parts.index("points") < parts.index("actors") < parts.index("preview")
    assert stops[1] is w.fields.title
    assert w.summary_editor.list in stops and w.actor_table.table in stops


def test_the_focused_list_and_table_have_a_clear_frame_in_light_and_dark(seed_window, qtbot):
    """The key points list and the actors table, focused, get a frame in the palette's highlight colour, in a
    light and in a dark palette; unfocused, a plain grey one."""
    from PySide6.QtGui import QColor, QPalette

    w = seed_window
    w.activateWindow()
    for dark in (False, True):
        if dark:
            palette = QPalette()
            for role, colour in ((QPalette.Window, "#202124"), (QPalette.Base, "#2b2b2b"),
                                 (QPalette.Text, "#eeeeee"), (QPalette.Highlight, "#4aa3ff"),
                                 (QPalette.Mid, "#555555"), (QPalette.WindowText, "#eeeeee")):
                palette.setColor(role, QColor(colour))
            w.setPalette(palette)
        for view in (w.summary_editor.list, w.actor_table.table):
            highlight = view.palette().color(QPalette.Highlight)
            view.setFocus()
            qtbot.waitUntil(view.hasFocus, timeout=2000)
            image = view.grab().toImage()
            middle = image.height() // 2
            assert QColor(image.pixel(0, middle)) == highlight
            assert QColor(image.pixel(image.width() - 1, middle)) == highlight
            w.source.setFocus()
            qtbot.waitUntil(lambda: not view.hasFocus(), timeout=2000)
            image = view.grab().toImage()
            assert QColor(image.pixel(0, middle)) != highlight


def _quick(progress=None):
    return "done"


def test_a_task_that_ends_before_the_caller_goes_on_still_reports_its_end(seed_window, qtbot):
    """``_run(task, on_done=...)`` connects the end before the task starts: a summary that ended in its pool thread
    before the window's next statement (the cancelled re-summarize left the cancelled length shown, 1 CI run in
    ~10) still calls the handler."""
    from briefing.ui.tasks import Task

    w = seed_window
    ended = []
    w._run(Task(TaskKind.SUMMARIZE, _quick, label="Quick"), on_done=ended.append)
    assert w.runner.wait(10000)  # the task has ended and emitted before any slot could run
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=5000)
