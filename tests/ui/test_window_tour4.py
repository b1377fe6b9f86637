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
