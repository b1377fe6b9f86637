"""What the first tour of the window left (branch qaui41): each test failed before its fix."""

from __future__ import annotations


def test_moving_an_actor_makes_the_page_say_the_analysts_order(seed_window, tmp_path):
    """After an actor is moved by hand the brief's actor note names the analyst's order (saved with the file);
    Undo brings back "by salience"."""
    from briefing.core.brief.document import load_document, save_document
    from briefing.core.export.content import brief_content

    w = seed_window
    assert len(w.model.doc.briefing.actors) > 8
    assert "by salience" in brief_content(w.model.doc.briefing).actors_note
    w.move_actor(9, -1)
    note = brief_content(w.model.doc.briefing).actors_note
    assert "analyst's order" in note and "salience" not in note
    save_document(w.model.doc, tmp_path / "a.briefing")
    assert load_document(tmp_path / "a.briefing").briefing.actor_order == "analyst"
    w.undo_action.trigger()
    assert "by salience" in brief_content(w.model.doc.briefing).actors_note


def test_renaming_an_actor_to_another_actors_name_offers_to_merge(seed_window):
    """Typing another actor's name asks Merge / Keep both / Cancel; Merge makes one actor (one undo step)."""
    w = seed_window
    actors = lambda: w.model.doc.briefing.actors  # read afresh after each edit
    n, first, fifth = len(actors()), actors()[1].name, actors()[4].name
    mentions = actors()[1].mentions + actors()[4].mentions

    w.dialogs.answers = ["cancel"]
    w.edit_actor(4, "name", first.upper())  # case aside, the same name
    assert w.dialogs.choices == [["merge", "keep", "cancel"]]
    assert [a.name for a in actors()][4] == fifth and w.actor_table.model.index(4, 0).data() == fifth
    assert not w.model.is_modified

    w.dialogs.answers = ["merge"]
    w.edit_actor(4, "name", first)
    assert len(actors()) == n - 1 and [a.name for a in actors()].count(first) == 1
    merged = actors()[1]
    assert fifth in merged.aliases and merged.mentions == mentions
    assert w.actor_table.row_count() == n - 1 and w.actor_table.selected_rows() == [1]
    w.undo_action.trigger()
    assert len(actors()) == n and actors()[4].name == fifth

    w.dialogs.answers = ["keep"]
    w.edit_actor(4, "name", first)
    assert [a.name for a in actors()].count(first) == 2 and len(actors()) == n
    assert len(w.dialogs.choices) == 3


def test_a_new_actor_named_like_an_existing_one_merges_without_a_placeholder_alias(seed_window, qtbot):
    """+ then typing an existing actor's name and Merge adds nothing: no "New actor" alias, no second row."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w = seed_window
    before = [(a.name, list(a.aliases)) for a in w.model.doc.briefing.actors]
    name = before[2][0]
    w.dialogs.answers = ["merge"]
    w.actor_table.buttons["add"].click()
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.dialogs.choices != [])
    assert [(a.name, list(a.aliases)) for a in w.model.doc.briefing.actors] == before


def test_a_deleted_point_does_not_come_back_on_resummarize_unless_restored(seed_window, qtbot):
    """Delete a key point, re-summarize: it stays out and the status bar offers Edit > Restore Removed Points,
    which brings it back (one undo step); the action is off once nothing is removed."""
    from PySide6.QtCore import Qt

    w = seed_window
    points = lambda: [p.text for p in w.model.doc.briefing.key_points]  # read afresh after each edit
    assert not w.restore_removed_action.isEnabled()
    gone = points()[1]
    w.summary_editor.list.setCurrentRow(1)
    w.summary_editor.list.setFocus()
    qtbot.keyClick(w.summary_editor.list, Qt.Key_Delete)
    assert gone not in points() and w.restore_removed_action.isEnabled()
    options = w.summary_editor.options()
    w._resummarized(w.model.doc.article, options, w.model.doc.summary)
    assert gone not in points()
    message = w.statusBar().full_message()
    assert "1 point you removed stays out" in message and "Restore Removed Points" in message
    w.restore_removed_action.trigger()
    assert points()[1] == gone and not w.restore_removed_action.isEnabled()
    w.undo_action.trigger()
    assert gone not in points() and w.restore_removed_action.isEnabled()


def test_taking_a_sentence_out_in_the_article_also_keeps_it_out(seed_window):
    """Taking a sentence out from the article pane is a removal too; adding it back there forgets it."""
    w = seed_window
    index = w.model.doc.briefing.key_points[0].source_index
    w.toggle_sentence(index)
    w._resummarized(w.model.doc.article, w.summary_editor.options(), w.model.doc.summary)
    assert index not in [p.source_index for p in w.model.doc.briefing.key_points]
    w.toggle_sentence(index)
    assert w.model.doc.briefing.removed == []
    w._resummarized(w.model.doc.article, w.summary_editor.options(), w.model.doc.summary)
    assert index in [p.source_index for p in w.model.doc.briefing.key_points]


def _with_app_look(test):
    """Run ``test()`` with the app's real font and style sheet (as ``briefing.ui.app.main`` sets them), then put
    the test application's look back."""
    from PySide6.QtWidgets import QApplication

    from briefing.ui.app import apply_look

    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_look(app)
    try:
        test()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_source_details_fold_into_one_line_once_filled_and_the_choice_is_remembered(make_window, seed_window, qtbot):
    """The source's publisher, date, URL and authors are folded to one summary line once the article filled them
    (the key points get the room); unfolding is remembered for the next window."""
    w = seed_window
    f = w.fields
    assert not f.details_open() and not f.source.isVisible() and not f.url.isVisible()
    assert f.details_summary.isVisible() and "The Moscow Times" in f.details_summary.full_text()
    assert "2021-06-03" in f.details_summary.full_text()
    f.details_toggle.click()
    assert f.details_open() and f.source.isVisible() and f.authors.isVisible()
    assert f.source.hasFocus()
    w2 = make_window()
    assert w2.fields.details_open()  # the analyst's choice, from the settings
    w2.fields.details_toggle.click()
    assert make_window().fields.details_open() is False


def test_empty_source_details_stay_open_to_be_filled(make_window):
    """A brief whose article gave no publisher, date, URL or authors shows the empty fields (nothing to fold)."""
    from briefing.core.brief.document import document_from_text

    w = make_window()
    w.model.set_document(document_from_text("Ministers met in Oslo on Monday. They agreed on a plan for the port.\n\n"
                                            "The plan costs two million. Work starts in May."))
    assert w.fields.details_open() and w.fields.source.isVisible()
    assert "none recorded" in w.fields.details_summary.full_text()


def _seed_window_with_app_look(make_window, qtbot, seed_path):
    """Return a window made after the app's font and style sheet were applied (as the app does), seed opened."""
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.open_path(seed_path)
    return w


def test_at_1366x768_the_key_points_list_shows_several_points(make_window, qtbot, seed_path):
    """On a 1366x768 laptop (a 1284x706 first window) with the app's font, the key points list is tall enough for
    two of the seed's four-line points (it showed about one: the fields took ~290 px)."""
    from PySide6.QtCore import QSize

    def check():
        w = _seed_window_with_app_look(make_window, qtbot, seed_path)
        w.setMinimumSize(QSize(100, 100))
        w.resize(QSize(1284, 706))
        qtbot.waitUntil(lambda: w.size() == QSize(1284, 706))
        points = w.summary_editor.list
        qtbot.waitUntil(lambda: points.visualItemRect(points.item(1)).bottom() > 0)
        assert points.visualItemRect(points.item(1)).bottom() <= points.viewport().height()
        assert w.actor_table.table.viewport().height() >= 3 * w.actor_table.table.rowHeight(0)

    _with_app_look(check)


def test_at_900_px_with_the_apps_font_no_combo_is_cut(make_window, qtbot, seed_path):
    """At 900x560 (and so at 200 % on 1920x1080, 960x540) with the app's font, the panes' minimums fit the window:
    the algorithm, unit, zoom, page size and brief-language combos keep their longest item ("BriefRank", not
    "BriefRanl"), with the article's counts in the status bar."""
    from PySide6.QtCore import QSize

    def check():
        w = _seed_window_with_app_look(make_window, qtbot, seed_path)
        w.setMinimumSize(QSize(100, 100))
        w.resize(QSize(900, 560))
        qtbot.waitUntil(lambda: w.size() == QSize(900, 560))
        assert w.centralWidget().minimumSizeHint().width() <= 900
        from briefing.ui.widgets.language import SHORT_ROLE

        for combo in (w.summary_editor.algorithm, w.summary_editor.mode, w.preview.zoom, w.preview.page_size,
                      w.language_box.brief_combo, w.language_box.combo):
            # The language combos show short texts when closed (the whole ones in their popups and tooltips).
            widest = max(combo.fontMetrics().horizontalAdvance(combo.itemData(i, SHORT_ROLE) or combo.itemText(i))
                         for i in range(combo.count()))
            assert combo.width() >= combo.minimumSizeHint().width() > widest, combo.accessibleName()

    _with_app_look(check)
