"""Undo, the preview and the collector on a long brief (gui64): the undo copies share what an edit left alone,
undo keeps the unchanged parts of the document, the loaded document is out of the collector's full passes, and
the preview never changes the undo history's copy it is given."""

from __future__ import annotations

import gc
import weakref

from briefing.ui.tasks import TaskKind


def _actor_edits(w):
    """Edit actor 1's role, rename actor 2, move actor 0 down; return the undo copies (before, after) of each."""
    w.edit_actor(1, "role", "minister")
    w.edit_actor(2, "name", "Renamed Person")
    w.move_actor(0, 1)
    stack = w.model.undo_stack
    return [(stack.command(i).before, stack.command(i).after) for i in range(stack.count())]


def test_undo_copies_share_what_an_edit_left_alone(seed_window):
    w = seed_window
    n = len(w.model.doc.briefing.actors)
    assert n >= 4
    original = w.model.doc.copy()
    steps = _actor_edits(w)
    (b1, a1), (b2, a2), (b3, a3) = steps
    assert b2 is a1 and b3 is a2  # each edit's "before" is the last one's "after"
    assert a1.briefing.actors[1].role == "minister" and a1.briefing.actors[1] is not b1.briefing.actors[1]
    assert sum(x is y for x, y in zip(a1.briefing.actors, b1.briefing.actors)) == n - 1
    assert sum(x is y for x, y in zip(a2.briefing.actors, b2.briefing.actors)) == n - 1
    assert {id(a) for a in a3.briefing.actors} == {id(a) for a in b3.briefing.actors}  # a move copies nothing
    # An edit that names the parts it changes (gui2) leaves the others as they are, not even rebuilt: the machine's
    # list and the summary are the copy before's own objects (clone_sharing built new lists of the same actors).
    assert a3.machine_actors is b1.machine_actors and a3.summary is b1.summary and a3.options is b1.options

    live = list(w.model.doc.briefing.actors)
    w.undo_action.trigger()  # the move undone: every actor object of the document kept, in the old order
    assert w.model.doc == b3 and sorted(map(id, w.model.doc.briefing.actors)) == sorted(map(id, live))
    w.undo_action.trigger()
    w.undo_action.trigger()
    assert w.model.doc == original
    assert w.actor_table.table.model().index(2, 0).data() == original.briefing.actors[2].name
    # The document after undo is the analyst's to edit: editing it changes no undo copy.
    w.edit_actor(3, "role", "changed after undo")
    assert all(a.role != "changed after undo" for b, a in steps for a in b.briefing.actors)
    w.undo_action.trigger()
    assert w.model.doc == original
    for _ in range(4):
        w.redo_action.trigger()
    assert w.model.doc.briefing.actors[3].role == "changed after undo"


def test_a_loaded_document_is_left_out_of_full_collections(make_window, qtbot, seed_path):
    """After opening and the collector's next full pass, the document's objects are in its permanent generation;
    opening again does not add the old document's (they are freed as before)."""
    w = make_window()
    gone = []
    for _ in range(3):
        w.open_path(str(seed_path))
        qtbot.waitUntil(lambda: w.model.doc is not None and not w.runner.running(TaskKind.OPEN), timeout=60000)
        gc.collect()  # the first full pass after the open (the collector runs one by itself soon after a load)
        tracked = {id(o) for o in gc.get_objects()}
        assert id(w.model.doc.briefing.actors) not in tracked and id(w.model.doc.briefing) not in tracked
        assert gc.get_freeze_count() > 1000
        gone = [ref for ref in gone if ref() is not None]
        assert not gone, "a replaced document is kept"
        gone = [weakref.ref(w.model.doc.briefing), weakref.ref(w.model.doc)]


def test_the_preview_leaves_the_copy_it_renders_unchanged(seed_window, qtbot):
    """A lone surrogate typed into a point reaches the preview: it is cleaned in the worker's own copy, the undo
    history's copy keeps what the analyst typed."""
    w = seed_window
    w.edits.edit_point(0, "Broken \ud800 text.")
    after = w.model.undo_stack.command(w.model.undo_stack.count() - 1).after
    with qtbot.waitSignal(w.preview_updated, timeout=30000):
        w.update_preview()
    assert after.briefing.key_points[0].text == "Broken \ud800 text."
    assert w.model.doc == after
