"""The fourth tour of the window (branch ui49): the status bar at small sizes, long messages, deleted actors
brought back. Each test failed before its fix."""

from __future__ import annotations

import pytest

from tests.ui.test_window_tour3 import SECOND, THIRD, _add_text, _edit_actors, _idle, _resummarize, _shape


def _names(w):
    return [a.name for a in w.model.doc.briefing.actors]


def test_restore_removed_actors_puts_a_deleted_actor_back_at_its_salience_place(seed_window, qtbot):
    """One source, machine order: Edit > Restore Removed Actors brings a deleted actor back with its mentions
    at its salience place (one undo step); it stays back through a re-summarize; the action is off with none."""
    w = seed_window
    machine = [(a.name, a.mentions, list(a.sentences)) for a in w.model.doc.machine_actors]
    before = _names(w)
    assert not w.restore_actors_action.isEnabled()
    w.edits.delete_actors([before.index("Ryanair"), before.index("KGB")])
    assert "Ryanair" not in _names(w) and w.restore_actors_action.isEnabled()
    _resummarize(w, qtbot, 5)
    assert "Ryanair" not in _names(w)

    w.restore_actors_action.trigger()
    assert _names(w) == before
    ryanair = w.model.doc.briefing.actors[before.index("Ryanair")]
    assert (ryanair.name, ryanair.mentions, list(ryanair.sentences)) in machine and ryanair.mentions > 0
    assert w.statusBar().full_message().startswith("Restored 2 removed actors (KGB, Ryanair) in their salience")
    assert not w.restore_actors_action.isEnabled()
    assert w.actor_table.selected_rows() == sorted([before.index("Ryanair"), before.index("KGB")])

    w.undo_action.trigger()
    assert "Ryanair" not in _names(w) and w.restore_actors_action.isEnabled()
    w.redo_action.trigger()
    assert _names(w) == before
    _resummarize(w, qtbot, 4)
    assert _names(w) == before


@pytest.mark.parametrize("sources", [1, 2])
def test_restore_removed_actors_in_the_analysts_order_adds_them_at_the_end(seed_window, qtbot, sources):
    """After moves, a rename, a merge and a delete (one source or several), only the deleted actor comes back,
    at the end of the analyst's order with the machine's mentions; renamed and merged actors stay as they are;
    an added source then names it again without a "stayed out" note and without a second copy."""
    w = seed_window
    if sources == 2:
        _add_text(w, qtbot, SECOND)
    _edit_actors(w)  # deletes Ryanair, merges ONT into Lukashenko, renames Protasevich
    edited = _shape(w)
    w.restore_actors_action.trigger()
    after = _shape(w)
    assert after[:len(edited)] == edited
    assert [n for n, *_ in after[len(edited):]] == ["Ryanair"]
    machine = next(a for a in w.model.doc.machine_actors if a.name == "Ryanair")
    assert w.model.doc.briefing.actors[-1].mentions == machine.mentions > 0
    assert w.statusBar().full_message() == "Restored 1 removed actor (Ryanair) at the end."

    _add_text(w, qtbot, THIRD)
    names = _names(w)
    assert names.count("Ryanair") == 1 and names[:len(edited) + 1] == [n for n, *_ in after]
    assert "stayed out" not in w.statusBar().full_message()
    w.undo_action.trigger()
    w.undo_action.trigger()
    assert _shape(w) == edited


@pytest.mark.parametrize("size", [(900, 560), (960, 540), (1284, 706)])
def test_the_status_bar_shows_the_counts_whole_and_short_language_combos(make_window, qtbot, seed_path, size):
    """At 900x560, at 200 % on 1920x1080 (960x540) and on a 1366x768 laptop, with the app's font: the counts are
    drawn whole (they were squeezed to 4 px), the language combos show their short texts whole (the popups and
    tooltips the whole names) and a message keeps at least 220 px (245 at 900 px)."""
    from PySide6.QtCore import QSize

    from tests.ui.test_window_tour2 import _seed_window_with_app_look, _with_app_look

    def check():
        w = _seed_window_with_app_look(make_window, qtbot, seed_path)
        w.setMinimumSize(QSize(100, 100))
        w.resize(QSize(*size))
        qtbot.waitUntil(lambda: w.size() == QSize(*size))
        _idle(w, qtbot)
        qtbot.wait(50)
        counts, box = w.status.counts_label, w.language_box
        assert counts.text() == counts.full_text() and " points · " in counts.text(), counts.text()
        assert counts.contentsRect().width() >= counts.fontMetrics().horizontalAdvance(counts.full_text())
        for combo in (box.combo, box.brief_combo):
            assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.short_text()) + 20
        assert box.combo.short_text() == "English"
        assert box.brief_combo.short_text() == "Brief: as article"
        assert box.brief_combo.toolTip().startswith("Brief in the article's language:")
        uk = box.combo.findData("uk")
        assert box.combo.itemText(uk).startswith("Ukrainian (") and box.combo.itemData(uk, Qt.UserRole + 1) == \
            "Ukrainian"
        assert w.statusBar().room() >= 220, w.statusBar().room()

    from PySide6.QtCore import Qt

    _with_app_look(check)


def test_a_long_note_is_shortened_in_the_bar_whole_on_hover_and_in_recent_messages(seed_window, qtbot):
    """At 900 px the "Added source … stayed out … new actors" note ends in "…" left of the counts (it was cut
    mid-word under them), is whole in the tooltip and in full_message(), and Help > Recent Messages shows it
    again after the bar has moved on."""
    w = seed_window
    w.resize(900, 560)
    qtbot.waitUntil(lambda: w.width() == 900)
    w.edits.delete_actors([_names(w).index("Ryanair")])
    _add_text(w, qtbot, THIRD)
    qtbot.wait(50)
    bar = w.statusBar()
    whole = bar.full_message()
    assert "1 actor you deleted stayed out (Ryanair); Edit > Restore Removed Actors brings it back." in whole
    shown = bar.currentMessage()
    assert shown != whole and shown.endswith("…") and whole.startswith(shown[:-1]), shown
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.room()
    assert bar.toolTip().startswith(whole)

    bar.showMessage("Saved.", 1000)
    assert bar.full_message() == "Saved."
    w.messages_action.trigger()
    title, html = w.dialogs.abouts[-1]
    assert title == "Recent messages"
    assert "stayed out (Ryanair); Edit &gt; Restore Removed Actors" in html
    assert html.index("Saved.") < html.index("stayed out")  # newest first
