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
    assert [a.name for a in actors()][4] == fifth and w.actor_table.table.item(4, 0).text() == fifth
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
    message = w.statusBar().currentMessage()
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
