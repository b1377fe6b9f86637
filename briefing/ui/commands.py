"""The edited document and its undo stack: every edit is a ``QUndoCommand``.

:class:`DocumentModel` owns the :class:`~briefing.core.brief.document.BriefingDocument`
being edited. Widgets never change the document themselves: they call
:meth:`DocumentModel.edit` with a function that changes it (one of the core's
edit operations, see :mod:`briefing.core.brief.document`). The function runs inside
an :class:`EditCommand`, which keeps a copy of the document before and after (the copies share every
part an edit left alone: copy-on-write), so undo and redo restore exactly what was there, whatever the edit was.
An edit that names the parts it changes (``paths``, e.g. ``("briefing", "actors", 5)``) has only those compared
and copied, for its copy after and for undo and redo; one that names none has the whole document compared.
Consecutive edits with the same ``merge_key`` (typing in one field) merge into
one undo step. :class:`DocumentEdits` holds every edit the window offers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.core.brief.actor_edits import deleted_actors, restore_deleted_actors
from briefing.core.brief.document import (BriefingDocument, KeptPoints, apply_summary, forget_removal, machine_points,
                                          merge_actors, point_for_sentence, point_from_sentence, point_position,
                                          remove_point, restore_removed, set_point_text)
from briefing.core.brief.snapshot import replace_parts
from briefing.core.brief.sources import article_of
from briefing.core.gcpause import freeze_after_next_full_pass, unfreeze
from briefing.core.model import Actor, KeyPoint, Summary, SummaryOptions


#: The name an actor added by + has until the analyst types one.
NEW_ACTOR_NAME = "New actor"

#: Which part of the document an edit touches; views refresh only what changed.
PARTS = ("points", "actors", "fields", "summary", "all")

_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str) -> int:
    return _MERGE_IDS.setdefault(key, 1000 + len(_MERGE_IDS))


#: The brief's parts the key point edits change (the points, and the sentences the analyst removed).
POINTS = (("briefing", "key_points"), ("briefing", "removed"))
#: The brief's list of actors (added, deleted, merged or moved).
ACTORS = (("briefing", "actors"),)


class EditCommand(QUndoCommand):
    """One undoable edit: applies ``change(doc)`` and swaps whole-document snapshots on undo/redo.

    ``paths``: the only parts of the document ``change`` may change (see :func:`~briefing.core.brief.snapshot.
    replace_parts`), or None (any part: the whole document is compared with the copy before).
    """

    def __init__(self, model: "DocumentModel", text: str, change: Callable[[BriefingDocument], None],
                 part: str = "all", merge_key: str | None = None, paths: tuple | None = None) -> None:
        super().__init__(text)
        self.model = model
        self.change = change
        self.part = part
        self.merge_key = merge_key
        self.paths = paths
        self.before: BriefingDocument | None = None
        self.after: BriefingDocument | None = None

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Return the merge id (-1: never merges)."""
        return _merge_id(self.merge_key) if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Merge a following edit of the same field into this one (one undo step for a typing session)."""
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key or other.after is None:
            return False
        self.after = other.after
        self.paths = None if self.paths is None or other.paths is None else (*self.paths, *other.paths)
        return True

    def redo(self) -> None:
        """Apply the edit (first time) or restore the state after it."""
        if self.after is None:
            self.before = self.model.snapshot()
            self.model.changing()
            self.change(self.model.doc)
            self.after = self.model.snapshot(self.paths)
            self.model.changed.emit(self.part)
        else:
            self.model.restore(self.after, self.part, self.paths, self.before)

    def undo(self) -> None:
        """Restore the state before the edit."""
        if self.before is not None:
            self.model.restore(self.before, self.part, self.paths, self.after)


class DocumentModel(QObject):
    """Holds the open document, its file path and its undo stack.

    Signals: ``document_replaced()`` when another document is opened;
    ``changed(part)`` after every edit, undo or redo (``part`` is one of
    :data:`PARTS`); ``modified_changed(bool)``.
    """

    document_replaced = Signal()
    changed = Signal(str)
    modified_changed = Signal(bool)
    #: Emitted before an edit is applied, so views can commit text the user is still typing first.
    about_to_edit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: BriefingDocument | None = None
        self.path: str | None = None
        self.undo_stack = QUndoStack(self)
        self._dirty_without_undo = False
        #: Counts every change of the document (edit, undo, redo, another document); a task that
        #: started at one revision can tell whether the user changed anything while it ran.
        self.revision = 0
        #: The last snapshot taken or restored (never edited): the next edit's "before" when the document still
        #: equals it, one copy of a long brief fewer per edit.
        self._snapshot: BriefingDocument | None = None
        #: True while the document is known to equal ``_snapshot`` (nothing changed it since it was taken or
        #: restored): :meth:`snapshot` then compares nothing (10-15 ms for 3,700 actors, for every edit, preview
        #: and autosave before gui2).
        self._synced = False
        #: The undo copy's actors and machine's actors lists :meth:`has_deleted_actors` last looked at, and its answer.
        self._deleted: tuple[list, list, bool] | None = None
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.changed.connect(self._count_revision)
        self.document_replaced.connect(self._count_revision)

    def _count_revision(self, *_args) -> None:
        self.revision += 1

    @property
    def is_modified(self) -> bool:
        """Return True when the document has changes that are not saved."""
        return self.doc is not None and (self._dirty_without_undo or not self.undo_stack.isClean())

    def set_document(self, doc: BriefingDocument | None, path: str | None = None, modified: bool = False) -> None:
        """Show another document (clears the undo history)."""
        self.doc = doc
        self.path = path
        self._snapshot = None
        self._synced = False
        self._deleted = None
        self.undo_stack.clear()
        self._dirty_without_undo = modified
        self.undo_stack.setClean()
        self.document_replaced.emit()
        self.modified_changed.emit(self.is_modified)
        if doc is None:
            unfreeze()  # the closed document's reference cycles go back to the collector
        else:
            # The document, its first undo copy (later ones share with it) and the views just filled live until the
            # next document: out of the collector's full passes (0.1-0.6 s each on the GUI thread, every few edits,
            # on a brief of 3,700 actors before gui64) once its next full pass has collected what the previous
            # document left.
            self._snapshot = doc.copy()
            self._synced = True
            freeze_after_next_full_pass()

    def edit(self, text: str, change: Callable[[BriefingDocument], None], part: str = "all",
             merge_key: str | None = None, paths: tuple | None = None) -> None:
        """Apply ``change`` to the document as one undoable step named ``text``; ``paths``, when given, are the
        only parts of the document ``change`` may change (:class:`EditCommand`)."""
        if self.doc is None:
            return
        self.about_to_edit.emit()
        if self.doc is None:
            return
        self.undo_stack.push(EditCommand(self, text, change, part, merge_key, paths))
        self.modified_changed.emit(self.is_modified)

    def deleted_actors_known(self) -> bool:
        """Return True when :meth:`has_deleted_actors` is answered for the document as it is (costs nothing)."""
        last, known = self._snapshot, self._deleted
        return (self.doc is not None and self._synced and last is not None and known is not None
                and known[0] is last.briefing.actors and known[1] is last.machine_actors)

    def has_deleted_actors(self) -> bool:
        """Return True when the analyst deleted actors the machine found.

        Asked again only when the actors changed (the window's actions ask at every task's start and end, 60 ms
        each for 3,700 actors): the undo copies of an edit that left the actors alone share their lists, which
        the answer is kept with (before gui2 it was asked again after every edit, undo and redo).
        """
        if self.doc is None:
            return False
        if not self.deleted_actors_known():
            last = self.snapshot()
            self._deleted = (last.briefing.actors, last.machine_actors,
                             bool(deleted_actors(last.briefing.actors, last.machine_actors)))
        return self._deleted[2]

    def changing(self) -> None:
        """Note that the document is about to be changed (by an edit): the next :meth:`snapshot` looks at it."""
        self._synced = False

    def snapshot(self, paths: tuple | None = None) -> BriefingDocument:
        """Return a copy of the document that nobody edits (for the undo history, the preview, export, autosave).

        The document unchanged since the last snapshot was taken or restored gives that snapshot again (nothing
        compared); after an edit, the copy shares with the last snapshot every part that is still equal
        (copy-on-write): only the parts at ``paths`` (the edit's, :func:`~briefing.core.brief.snapshot.
        replace_parts`) are compared and copied, or with no ``paths`` every part
        (:meth:`BriefingDocument.copy_sharing`, 10-15 ms for 3,700 actors).
        """
        doc, last = self.doc, self._snapshot
        if last is not None and last.article is doc.article and (self._synced or doc == last):
            self._synced = True
            return last
        if last is None:
            self._snapshot = doc.copy()
        elif paths is not None and last.article is doc.article:
            self._snapshot = replace_parts(last, doc, paths)
        else:
            self._snapshot = doc.copy_sharing(last)
        self._synced = True
        return self._snapshot

    def restore(self, snapshot: BriefingDocument, part: str = "all", paths: tuple | None = None,
                leaving: BriefingDocument | None = None) -> None:
        """Make the document equal to ``snapshot`` again (used by undo/redo); the parts that did not change are
        kept as they are, the others copied from ``snapshot`` (which stays unedited).

        ``paths``: the only parts where ``snapshot`` differs from ``leaving``, the snapshot the document equals
        now (undo: the edit's copy after, redo: before); only those are compared and copied when the document is
        known to equal ``leaving``, else the whole document is.
        """
        if self.doc is None:
            self.doc = snapshot.copy()
        elif paths is not None and self._synced and leaving is not None and leaving is self._snapshot:
            self.doc = replace_parts(self.doc, snapshot, paths)
        else:
            self.doc = snapshot.copy_sharing(self.doc)
        self._snapshot = snapshot
        self._synced = True
        self.changed.emit(part)

    def mark_saved(self, path: str) -> None:
        """Record that the document is now saved at ``path``."""
        self.path = path
        self._dirty_without_undo = False
        self.undo_stack.setClean()
        self.modified_changed.emit(False)

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self.is_modified)


class DocumentEdits:
    """Every edit the window offers, each pushed as one undoable :class:`EditCommand`.

    A method does nothing (and returns quietly) when there is no document or
    its arguments no longer fit the document (a stale row). After an edit that
    should select a key point, :attr:`focus_row` holds its row until the view
    takes it with :meth:`take_focus_row`.
    """

    def __init__(self, model: DocumentModel) -> None:
        self.model = model
        self.focus_row: int | None = None

    def take_focus_row(self) -> int | None:
        """Return the key point row to select after the last edit (once), or None."""
        row, self.focus_row = self.focus_row, None
        return row

    @property
    def _points(self) -> list[KeyPoint]:
        return self.model.doc.briefing.key_points if self.model.doc is not None else []

    @property
    def _actors(self) -> list[Actor]:
        return self.model.doc.briefing.actors if self.model.doc is not None else []

    # ---------------------------------------------------------------- key points

    def toggle_sentence(self, index: int) -> bool | None:
        """Add article sentence ``index`` to the key points, or take it out; return True when added."""
        doc = self.model.doc
        if doc is None or not 0 <= index < doc.article.sentence_count:
            return None
        pos = point_for_sentence(doc.briefing.key_points, index)
        if pos is not None:
            self.model.edit("Remove sentence from summary", lambda d: remove_point(d, pos), "points", paths=POINTS)
            return False
        score = doc.summary.scores[index] if doc.summary and index < len(doc.summary.scores) else 0.0

        def add(d: BriefingDocument) -> None:
            at = point_position(d.briefing.key_points, index)
            point = point_from_sentence(d.article, index, score)
            point.pinned = True  # the analyst chose it: a new summary keeps it
            d.briefing.key_points.insert(at, point)
            forget_removal(d, index)
            self.focus_row = at

        self.model.edit("Add sentence to summary", add, "points", paths=POINTS)
        return True

    def edit_point(self, row: int, text: str) -> None:
        """Change key point ``row``'s text."""
        if not 0 <= row < len(self._points) or self._points[row].text == text:
            return
        self.focus_row = row
        self.model.edit("Edit point", lambda d: set_point_text(d.briefing.key_points[row], text,
                                                              article_of(d, d.briefing.key_points[row])), "points",
                        paths=(("briefing", "key_points", row),))

    def reorder_points(self, order: list[int]) -> bool:
        """Put the key points in ``order`` (old rows in their new order); return False for a stale order."""
        if self.model.doc is None or sorted(order) != list(range(len(self._points))):
            return False

        def change(d: BriefingDocument) -> None:
            d.briefing.key_points = [d.briefing.key_points[i] for i in order]

        self.model.edit("Reorder points", change, "points", paths=POINTS)
        return True

    def move_point(self, row: int, delta: int) -> None:
        """Move key point ``row`` up (-1) or down (+1)."""
        target, n = row + delta, len(self._points)
        if not (0 <= row < n and 0 <= target < n):
            return

        def change(d: BriefingDocument) -> None:
            points = d.briefing.key_points
            points.insert(target, points.pop(row))

        self.focus_row = target
        self.model.edit("Move point up" if delta < 0 else "Move point down", change, "points", paths=POINTS)

    def delete_point(self, row: int) -> None:
        """Delete key point ``row``."""
        if not 0 <= row < len(self._points):
            return
        self.focus_row = max(0, min(row, len(self._points) - 2))
        self.model.edit("Delete point", lambda d: remove_point(d, row), "points", paths=POINTS)

    def add_point(self, text: str) -> int | None:
        """Add a point of the user's own at the end; return its row."""
        if self.model.doc is None:
            return None
        row = self.focus_row = len(self._points)
        self.model.edit("Add point", lambda d: d.briefing.key_points.append(KeyPoint(text=text, edited=True)), "points",
                        paths=POINTS)
        return row

    def reset_points(self) -> None:
        """Put back the machine's summary as the key points (the removals are forgotten)."""
        if self.model.doc is None:
            return
        self.focus_row = 0

        def change(d: BriefingDocument) -> None:
            d.briefing.key_points = machine_points(d)
            d.briefing.removed = []

        self.model.edit("Reset points", change, "points", paths=POINTS)

    def restore_removed(self) -> int:
        """Bring back the summary's points the analyst removed, forgetting every removal (one step); return how
        many came back."""
        if self.model.doc is None or not self.model.doc.briefing.removed:
            return 0
        back: list[int] = []
        self.model.edit("Restore removed points", lambda d: back.append(restore_removed(d)), "points", paths=POINTS)
        return back[0] if back else 0

    def apply_summary(self, summary: Summary, options: SummaryOptions) -> KeptPoints | None:
        """Replace the machine's points by a new summary's, keeping the analyst's (one step); return what was kept."""
        if self.model.doc is None:
            return None
        self.focus_row = 0
        kept: list[KeptPoints] = []
        self.model.edit("Re-summarize", lambda d: kept.append(apply_summary(d, summary, options)), "all")
        return kept[0] if kept else None

    def apply_language(self, analysis, name: str = "") -> KeptPoints | None:
        """Make a re-analysis in another language the document's, keeping the analyst's work (one step)."""
        if self.model.doc is None:
            return None
        from briefing.core.brief.relanguage import apply_language

        self.focus_row = 0
        kept: list[KeptPoints] = []
        self.model.edit(f"Change language to {name or analysis.article.language}",
                        lambda d: kept.append(apply_language(d, analysis)), "all")
        return kept[0] if kept else None

    # ---------------------------------------------------------------- actors

    def edit_actor(self, row: int, field: str, value) -> bool:
        """Change one field of actor ``row``; return False when refused (an empty name) or stale."""
        if not 0 <= row < len(self._actors) or (field == "name" and not value):
            return False
        if getattr(self._actors[row], field) == value:
            return True
        self.model.edit(f"Edit actor {field}", lambda d: setattr(d.briefing.actors[row], field, value), "actors",
                        paths=(("briefing", "actors", row),))
        return True

    def delete_actors(self, rows: list[int]) -> None:
        """Delete the actors at ``rows``."""
        rows = sorted({r for r in rows if 0 <= r < len(self._actors)}, reverse=True)
        if not rows:
            return

        def change(d: BriefingDocument) -> None:
            for r in rows:
                d.briefing.actors.pop(r)

        self.model.edit("Delete actor" if len(rows) == 1 else f"Delete {len(rows)} actors", change, "actors",
                        paths=ACTORS)

    def restore_deleted_actors(self) -> list[str]:
        """Bring back the machine's actors the analyst deleted, with their mentions (one step); return their names.

        In the analyst's order they go at the end; in the machine's (salience) order each goes back to its place.
        """
        doc = self.model.doc
        if doc is None or not deleted_actors(doc.briefing.actors, doc.machine_actors):
            return []
        back: list[str] = []

        def change(d: BriefingDocument) -> None:
            back[:] = restore_deleted_actors(d.briefing.actors, d.machine_actors, d.briefing.actor_order == "analyst")

        self.model.edit("Restore deleted actors", change, "actors", paths=ACTORS)
        return back

    def add_actor(self, name: str = "") -> int | None:
        """Add a new actor at the end; return its row."""
        if self.model.doc is None:
            return None
        row = len(self._actors)
        name = name or NEW_ACTOR_NAME
        self.model.edit("Add actor", lambda d: d.briefing.actors.append(Actor(name=name, type="PER")), "actors",
                        paths=ACTORS)
        return row

    def move_actor(self, row: int, delta: int) -> bool:
        """Move actor ``row`` up (-1) or down (+1); return False when it cannot move (the page shows the first eight)."""
        target, n = row + delta, len(self._actors)
        if not (0 <= row < n and 0 <= target < n):
            return False

        def change(d: BriefingDocument) -> None:
            actors = d.briefing.actors
            actors.insert(target, actors.pop(row))
            d.briefing.actor_order = "analyst"  # the page then says "in the analyst's order", not "by salience"

        self.model.edit("Move actor up" if delta < 0 else "Move actor down", change, "actors",
                        paths=(*ACTORS, ("briefing", "actor_order")))
        return True

    def rename_merging(self, row: int, other: int, name: str) -> None:
        """Rename actor ``row`` to ``name``, another actor's name, merging the two (one undo step).

        The merged actor takes the place of the higher of the two and ``other``'s name and type; ``row``'s
        old name becomes an alias (unless it was the placeholder of an actor just added).
        """
        n = len(self._actors)
        if row == other or not (0 <= row < n and 0 <= other < n):
            return

        def change(d: BriefingDocument) -> None:
            actors = d.briefing.actors
            renamed = actors[row]
            if renamed.name == NEW_ACTOR_NAME:
                renamed = replace(renamed, name=name)
            merged = merge_actors(actors[other], renamed)
            actors[min(row, other)] = merged
            actors.pop(max(row, other))

        self.model.edit("Merge actors", change, "actors", paths=ACTORS)

    def merge_actors(self, a: int, b: int) -> None:
        """Merge actor ``b`` into actor ``a`` (aliases, mentions and sentences combined)."""
        n = len(self._actors)
        if a == b or not (0 <= a < n and 0 <= b < n):
            return

        def change(d: BriefingDocument) -> None:
            actors = d.briefing.actors
            actors[a] = merge_actors(actors[a], actors[b])
            actors.pop(b)

        self.model.edit("Merge actors", change, "actors", paths=ACTORS)

    # ---------------------------------------------------------------- fields

    def edit_field(self, name: str, value: str) -> None:
        """Change one of the brief's fields (typing merges into one step).

        ``name`` is title, bottom_line, banner, analyst_comment, or a source
        detail: source (the publisher), date, url (empty: not recorded) or
        authors (comma- or semicolon-separated).
        """
        if name == "authors":
            value = [a for a in (" ".join(part.split()) for part in value.replace(";", ",").split(",")) if a]
        elif name in ("source", "date", "url"):
            value = value or None
        if self.model.doc is None or getattr(self.model.doc.briefing, name) == value:
            return
        label = FIELD_LABELS[name]
        self.model.edit(f"Edit {label}", lambda d: setattr(d.briefing, name, value), "fields",
                        merge_key=f"field:{name}", paths=(("briefing", name),))


#: The brief's own fields as the undo history names them.
FIELD_LABELS = {"title": "title", "bottom_line": "bottom line", "banner": "banner", "analyst_comment": "comment",
                "source": "publisher", "date": "date", "url": "URL", "authors": "authors"}
