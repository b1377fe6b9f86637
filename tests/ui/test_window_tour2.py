"""What the first tour of the window left (branch qaui41): each test failed before its fix."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


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
