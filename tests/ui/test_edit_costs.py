"""What an edit, an export and the deleted-actors check cost the GUI thread on a long brief (gui2): the undo copy is
taken without comparing the document, export hands the worker that copy, the status bar counts an article's words
once, and whether actors were deleted is asked again only when the actors changed."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from briefing.core.brief.snapshot import clone
from briefing.ui.tasks import TaskKind
from tests.ui.test_autosave_thread import _open_long, long_brief  # noqa: F401 - the fixture

__all__ = ["long_brief"]


def _cpu(fn, runs: int = 5) -> float:
    """The median CPU time of ``fn`` on this thread (the other processes on the machine bend wall time)."""
    times = []
    for _ in range(runs):
        start = time.thread_time()
        fn()
        times.append(time.thread_time() - start)
    return sorted(times)[runs // 2]


def _wait_exports(w, qtbot) -> None:
    qtbot.waitUntil(lambda: not w.runner.running(TaskKind.EXPORT), timeout=60000)
    QApplication.processEvents()


def test_a_long_brief_is_exported_and_snapshotted_without_copying_or_comparing_it(make_window, qtbot, long_brief,
                                                                                  tmp_path):
    w = _open_long(make_window, qtbot, long_brief, tmp_path)
    doc = w.model.doc
    compare = _cpu(lambda: doc == doc.copy_sharing(doc), 3)  # a full comparison (and the copy sharing all)
    copy = _cpu(lambda: clone(doc.briefing), 3)
    count = iter(range(100))

    def edit_then_snapshot():
        w.edits.edit_actor(5, "role", f"role {next(count)}")
        start = time.thread_time()
        w.model.snapshot()  # what the preview and the autosave take after each edit
        return time.thread_time() - start

    snapshot = sorted(edit_then_snapshot() for _ in range(5))[2]
    assert snapshot < compare / 10, (snapshot, compare)
    assert w.model.snapshot() == w.model.doc

    start = time.thread_time()
    w.export_to(str(tmp_path / "first.md"), "md")
    started = time.thread_time() - start
    _wait_exports(w, qtbot)
    starts = [started]
    for _ in range(4):
        start = time.thread_time()
        w.export_to(str(tmp_path / f"long{next(count)}.md"), "md")
        starts.append(time.thread_time() - start)
        _wait_exports(w, qtbot)
    assert sorted(starts)[2] < copy / 3, (starts, copy)
    assert len(list(tmp_path.glob("long*.md"))) == 4


def test_an_edit_does_not_count_the_article_again(make_window, qtbot, long_brief, tmp_path):
    w = _open_long(make_window, qtbot, long_brief, tmp_path)
    doc = w.model.doc
    words = _cpu(lambda: doc.article.word_count, 3)
    shown = _cpu(lambda: w.status.show_document(w.model.doc))
    assert shown < words / 3, (shown, words)
    assert f"{doc.article.word_count:,} words" in w.status.counts_label.full_text()


def test_the_deleted_actors_answer_lasts_while_the_actors_are_unchanged(seed_window):
    w = seed_window
    model = w.model
    assert model.has_deleted_actors() is False and model.deleted_actors_known()
    w.edits.edit_field("analyst_comment", "A thought.")
    w.edits.edit_point(0, "Edited point.")
    assert model.deleted_actors_known() and model.has_deleted_actors() is False
    w.edits.delete_actors([0])
    assert model.has_deleted_actors() is True
    w.edits.edit_field("title", "Another title")
    assert model.deleted_actors_known() and model.has_deleted_actors() is True
    w.undo_action.trigger()  # the title
    assert model.deleted_actors_known() and model.has_deleted_actors() is True
    w.undo_action.trigger()  # the deletion
    assert model.has_deleted_actors() is False
    w.redo_action.trigger()
    assert model.has_deleted_actors() is True
    w.edits.restore_deleted_actors()
    assert model.has_deleted_actors() is False


def test_a_long_brief_keeps_the_deleted_actors_answer_over_an_edit_of_something_else(make_window, qtbot, long_brief,
                                                                                      tmp_path):
    """The window asks for 1,000 actors or more only when the answer is known: after an edit of a field or a point
    it still is (it was asked again, 60 ms, after every edit before gui2)."""
    w = _open_long(make_window, qtbot, long_brief, tmp_path)
    assert w.model.has_deleted_actors() is False
    w.edits.edit_field("analyst_comment", "A thought.")
    assert w.model.deleted_actors_known()
    w.edits.edit_point(0, "Edited point.")
    w.undo_action.trigger()
    assert w.model.deleted_actors_known()
    w.edits.edit_actor(3, "role", "minister")
    assert not w.model.deleted_actors_known()  # an actor changed: asked again
    assert w.model.has_deleted_actors() is False
