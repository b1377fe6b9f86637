"""The edited document and its undo stack: every edit is a ``QUndoCommand``.

:class:`DocumentModel` owns the :class:`~briefing.core.brief.document.BriefingDocument`
being edited. Widgets never change the document themselves: they call
:meth:`DocumentModel.edit` with a function that changes it (one of the core's
edit operations, see :mod:`briefing.core.brief.document`). The function runs inside
an :class:`EditCommand`, which keeps a copy of the document before and after,
so undo and redo restore exactly what was there, whatever the edit was.
Consecutive edits with the same ``merge_key`` (typing in one field) merge into
one undo step.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.core.brief.document import BriefingDocument


#: Which part of the document an edit touches; views refresh only what changed.
PARTS = ("points", "actors", "fields", "summary", "all")

_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str) -> int:
    return _MERGE_IDS.setdefault(key, 1000 + len(_MERGE_IDS))


class EditCommand(QUndoCommand):
    """One undoable edit: applies ``change(doc)`` and swaps whole-document snapshots on undo/redo."""

    def __init__(self, model: "DocumentModel", text: str, change: Callable[[BriefingDocument], None],
                 part: str = "all", merge_key: str | None = None) -> None:
        super().__init__(text)
        self.model = model
        self.change = change
        self.part = part
        self.merge_key = merge_key
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
        return True

    def redo(self) -> None:
        """Apply the edit (first time) or restore the state after it."""
        if self.after is None:
            self.before = self.model.doc.copy()
            self.change(self.model.doc)
            self.after = self.model.doc.copy()
            self.model.changed.emit(self.part)
        else:
            self.model.restore(self.after, self.part)

    def undo(self) -> None:
        """Restore the state before the edit."""
        if self.before is not None:
            self.model.restore(self.before, self.part)


class DocumentModel(QObject):
    """Holds the open document, its file path and its undo stack.

    Signals: ``document_replaced()`` when another document is opened;
    ``changed(part)`` after every edit, undo or redo (``part`` is one of
    :data:`PARTS`); ``modified_changed(bool)``.
    """

    document_replaced = Signal()
    changed = Signal(str)
    modified_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: BriefingDocument | None = None
        self.path: str | None = None
        self.undo_stack = QUndoStack(self)
        self._dirty_without_undo = False
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def is_modified(self) -> bool:
        """Return True when the document has changes that are not saved."""
        return self.doc is not None and (self._dirty_without_undo or not self.undo_stack.isClean())

    def set_document(self, doc: BriefingDocument | None, path: str | None = None, modified: bool = False) -> None:
        """Show another document (clears the undo history)."""
        self.doc = doc
        self.path = path
        self.undo_stack.clear()
        self._dirty_without_undo = modified
        self.undo_stack.setClean()
        self.document_replaced.emit()
        self.modified_changed.emit(self.is_modified)

    def edit(self, text: str, change: Callable[[BriefingDocument], None], part: str = "all",
             merge_key: str | None = None) -> None:
        """Apply ``change`` to the document as one undoable step named ``text``."""
        if self.doc is None:
            return
        self.undo_stack.push(EditCommand(self, text, change, part, merge_key))
        self.modified_changed.emit(self.is_modified)

    def restore(self, snapshot: BriefingDocument, part: str = "all") -> None:
        """Replace the document's content with a copy of ``snapshot`` (used by undo/redo)."""
        self.doc = snapshot.copy()
        self.changed.emit(part)

    def mark_saved(self, path: str) -> None:
        """Record that the document is now saved at ``path``."""
        self.path = path
        self._dirty_without_undo = False
        self.undo_stack.setClean()
        self.modified_changed.emit(False)

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self.is_modified)
