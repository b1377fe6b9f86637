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
    assert w.statusBar().full_message().startswith("Removed source C")
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


def test_removal_message_says_what_went_before_the_title(make_window, qtbot, tmp_path):
    """The removal's message is front-loaded: what went and Undo first, the source's title last (at 900 px a long
    title came first and hid the rest); whole in the tooltip."""
    w = _three_sources(make_window, qtbot, tmp_path)
    w.resize(900, 560)
    title = w.model.doc.source("C").article.title
    w.remove_source("C")
    qtbot.waitUntil(lambda: _letters(w) == ["A", "B"] and not w.runner.running(), timeout=20000)
    bar = w.statusBar()
    whole, shown = bar.full_message(), bar.currentMessage()
    assert whole.startswith("Removed source C") and whole.endswith(f"Undo brings it back. ({title})"), whole
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.room()
    assert whole.startswith(shown.rstrip("…")) and bar.toolTip().startswith(whole)


def test_saved_and_exported_long_names_lose_their_middle(make_window, qtbot, tmp_path):
    """At 900 px "Saved <long name>." and "Exported <long name> (notes)." shorten the file name in its middle, so
    the message's end (the extension, the export's notes) stays in sight; the path is on hover."""
    w = _three_sources(make_window, qtbot, tmp_path)
    w.resize(900, 560)
    qtbot.wait(50)
    bar = w.statusBar()
    path = tmp_path / ("eastmere-harbour-dredging-programme-approved-after-months-of-dispute-with-fishing-"
                       "cooperatives-final-version.briefing")
    assert w.save_to(str(path))
    shown = bar.currentMessage()
    assert shown.startswith("Saved eastmere") and shown.endswith("version.briefing.") and "…" in shown, shown
    assert str(path) in bar.toolTip()
    w._exported(str(path.with_suffix(".pdf")), type("Report", (), {"steps": ["font 9 pt to fit one page"]})())
    shown = bar.currentMessage()
    assert shown.startswith("Exported east") and shown.endswith("(font 9 pt to fit one page)."), shown


def test_counts_are_singular_for_one_and_cover_every_source(make_window, qtbot, tmp_path):
    """The status bar counts "1 point" (not "1 points") and, for several sources, the words of all of them."""
    w = _three_sources(make_window, qtbot, tmp_path)
    doc = w.model.doc
    total = sum(s.article.word_count for s in doc.sources)
    assert w.status.counts_label.full_text().startswith(f"{total:,} words | ")
    assert "3 articles:" in w.status.counts_label.toolTip()
    while len(w.model.doc.briefing.key_points) > 1:
        w.edits.delete_point(0)
    assert " | 1 point · " in w.status.counts_label.full_text(), w.status.counts_label.full_text()


def test_sources_header_and_rows_fit_a_narrow_article_pane(make_window, qtbot, tmp_path):
    """In the narrowest article pane (160 px, as at 200 % on 1920x1080) Add… and Remove stay whole inside the
    sources panel (Remove was cut off: the "Sources" heading gives way), and a long row ends in "…" with no
    sideways scroll bar, the whole row on hover; with room the heading is back."""
    w = _three_sources(make_window, qtbot, tmp_path)
    panel = w.sources_panel
    w.splitter.setSizes([10, 2000, 400])  # the article pane at its minimum
    qtbot.waitUntil(lambda: panel.width() <= 170)
    qtbot.wait(20)
    for button in (panel.add_button, panel.remove_button):
        text = button.fontMetrics().horizontalAdvance(button.text())
        assert button.isVisible() and button.width() >= text + 8, (button.text(), button.width(), text)
        assert button.geometry().right() < panel.width(), (button.text(), button.geometry(), panel.width())
    assert not panel.list.horizontalScrollBar().isVisible()
    item = panel.list.item(1)
    assert item.toolTip().startswith(item.text())
    w.resize(1400, 700)
    w.splitter.setSizes([700, 500, 200])
    qtbot.waitUntil(lambda: panel.width() > 300)
    qtbot.waitUntil(panel.heading.isVisible)


def test_fields_scroll_rather_than_overlap_when_the_window_is_short(make_window, qtbot, tmp_path):
    """A window shorter than its layout (200 % on 1920x1080: 540 px for about 590) drew the banner over the bottom
    line's second line; now the fields scroll: no two fields overlap, and Tab to a field scrolled out of view
    brings it into view. With room, the fields are shown whole (no scrolling)."""
    from PySide6.QtCore import QSize

    w = _three_sources(make_window, qtbot, tmp_path)
    f = w.fields
    f.set_details_choice(True)  # the source's details open: the tallest form
    w.setMinimumSize(QSize(100, 100))
    w.resize(900, 430)
    qtbot.waitUntil(lambda: w.height() == 430)
    qtbot.wait(50)
    shown = [x for x in (f.title, f.bottom_line, f.banner, f.comment, f.details_toggle, f.source, f.url)
             if x.isVisible()]
    boxes = [x.geometry().translated(x.parentWidget().mapTo(f, x.pos()) - x.pos()) for x in shown]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.intersects(b), (a, b)
    scroll = w.fields_scroll
    assert scroll.verticalScrollBar().maximum() > 0
    from PySide6.QtCore import Qt

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    f.comment.setFocus()
    for _ in range(3):  # Tab: comment -> Source toggle -> publisher -> date
        qtbot.keyClick(w.focusWidget(), Qt.Key_Tab)
    assert w.focusWidget() is f.date, w.focusWidget()
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0)
    top = f.date.mapTo(scroll.viewport(), f.date.rect().topLeft()).y()
    assert 0 <= top and top + f.date.height() <= scroll.viewport().height()

    w.resize(1280, 900)
    qtbot.waitUntil(lambda: w.height() == 900)
    qtbot.wait(50)
    assert scroll.verticalScrollBar().maximum() == 0


def test_the_removal_progress_label_fits_the_bar(make_window, qtbot, tmp_path, monkeypatch):
    """While a source is removed the status bar's progress bar reads "Removing source B", whole in the bar (a
    longer progress message, "Comparing the remaining sources…", was cut at 200 %)."""
    w = _three_sources(make_window, qtbot, tmp_path)
    bar = w.status.progress_bar
    shown = []
    real = w.status.show_progress

    def show_progress(fraction, message):
        shown.append(message)
        real(fraction, message)

    monkeypatch.setattr(w.status, "show_progress", show_progress)
    w.remove_source("B")
    assert bar.format() == "Removing source B"
    qtbot.waitUntil(lambda: not w.runner.running(), timeout=20000)
    assert all(m == "Removing source B" for m in shown), shown
    assert bar.format() == "Removing source B"
    assert bar.fontMetrics().horizontalAdvance("Removing source B") <= bar.maximumWidth()


def test_cancel_wins_over_a_result_already_on_its_way(make_window, qtbot, tmp_path):
    """Cancel pressed after a task's thread ended but before its result reached the window: the result is
    dropped (the removal was applied although the bar said "Cancelled.")."""
    w = _three_sources(make_window, qtbot, tmp_path)
    steps = w.model.undo_stack.count()
    w.remove_source("B")
    assert w.runner.wait(20000)  # the pool thread is done; its finished signal waits in the event queue
    w.cancel_tasks()
    qtbot.waitUntil(lambda: not w.runner.running(), timeout=20000)
    qtbot.wait(20)
    assert _letters(w) == ["A", "B", "C"] and w.model.undo_stack.count() == steps
    assert w.statusBar().full_message() == "Cancelled."


def test_delete_in_the_sources_list_removes_the_chosen_source(make_window, qtbot, tmp_path):
    """Keys alone: Delete on a row of the sources list removes that source (one undo step); with one source
    left, Delete does nothing."""
    from PySide6.QtCore import Qt

    w = _three_sources(make_window, qtbot, tmp_path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    panel = w.sources_panel
    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key_Delete)
    qtbot.waitUntil(lambda: _letters(w) == ["A", "C"] and not w.runner.running(), timeout=20000)
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key_Delete)
    qtbot.waitUntil(lambda: _letters(w) == ["A"] and not w.runner.running(), timeout=20000)
    qtbot.keyClick(panel.list, Qt.Key_Delete)
    qtbot.wait(50)
    assert _letters(w) == ["A"] and not w.dialogs.errors
