"""A long session under the collector's freeze (review of gui64): opening another document gives the previous
one's reference cycles back to the collector, so garbage frozen while it was alive does not pile up document after
document."""

from __future__ import annotations

import gc
import weakref

from briefing.ui.tasks import TaskKind


class _Node:
    """A reference cycle: an object that holds itself."""

    def __init__(self) -> None:
        self.me = self


def _open(w, qtbot, path) -> None:
    w.open_path(str(path))
    qtbot.waitUntil(lambda: w.model.doc is not None and not w.runner.running(TaskKind.OPEN), timeout=60000)


def test_a_cycle_of_the_previous_document_is_collected(make_window, qtbot, seed_path):
    """A cycle alive while its document was shown (and so frozen with it) is freed by a full collection once
    another document is open; the new document is frozen again after that collection."""
    w = make_window()
    _open(w, qtbot, seed_path)
    gc.collect()  # the collector's next full pass after the open
    node = _Node()
    w.model.doc.briefing.held_by_review_test = node  # a cycle the first document keeps alive
    ref = weakref.ref(node)
    del node
    gc.collect()
    assert ref() is not None
    gc.freeze()  # as the window froze it while the document was open
    _open(w, qtbot, seed_path)  # the first document is dropped: its cycle is now garbage
    gc.collect()
    assert ref() is None, "the previous document's cycle stays frozen for the rest of the session"
    assert gc.get_freeze_count() > 1000
    tracked = {id(o) for o in gc.get_objects()}
    assert id(w.model.doc.briefing.actors) not in tracked


def test_frozen_objects_do_not_grow_with_the_documents_opened(make_window, qtbot, seed_path):
    """Opening the same article again and again leaves the collector's permanent generation the same size: each
    open's leftovers are collected, not frozen for good."""
    w = make_window()
    counts = []
    for _ in range(6):
        _open(w, qtbot, seed_path)
        w.edits.edit_field("analyst_comment", "A comment.")
        w.undo_action.trigger()
        gc.collect()
        counts.append(gc.get_freeze_count())
    assert counts[-1] - counts[2] < 300, counts  # before the fix: about 1,000 more frozen objects an open


def test_closing_the_document_unfreezes(make_window, qtbot, seed_path):
    """Closing the document (no document shown) leaves nothing frozen: its cycles are collected as usual."""
    w = make_window()
    _open(w, qtbot, seed_path)
    gc.collect()
    assert gc.get_freeze_count() > 1000
    w.model.set_document(None)
    assert gc.get_freeze_count() == 0
