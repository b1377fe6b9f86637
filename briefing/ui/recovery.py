"""Autosave and crash recovery: the unsaved document is written a few seconds after each change.

The recovery file is a briefing file with one extra key, ``recovery_of``: the
path the document was last saved to (or None). Closing the window normally
removes it; after a crash the next start offers to restore it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from briefing import paths
from briefing.core.brief.document import BriefingDocument, load_document_data, save_document
from briefing.core.errors import BriefingError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3000
RECOVERY_NAME = "recovery.json"


class Recovery(QObject):
    """The recovery file of one window and the timer that writes it."""

    def __init__(self, parent: QObject | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder if folder is not None else paths.user_data_dir()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)

    @property
    def path(self) -> Path:
        """Return the file this window autosaves to."""
        return self.folder / RECOVERY_NAME

    def has_orphan(self) -> bool:
        """Return True when a recovery file left by a crash can be offered."""
        return self.path.is_file()

    def take_orphan(self) -> tuple[BriefingDocument, str | None] | None:
        """Return the document of a recovery file to offer and the path it belongs to, or None.

        A damaged file is removed (and logged) so it is not offered again.
        """
        if not self.has_orphan():
            return None
        try:
            data = load_document_data(self.path)
            doc = BriefingDocument.from_dict(data)
        except Exception as exc:  # a damaged recovery file must not stop the app
            log.warning("recovery file unusable: %s", exc)
            self.remove()
            return None
        origin = data.get("recovery_of")
        return doc, origin if isinstance(origin, str) and Path(origin).is_file() else None

    def offer(self, dialogs) -> tuple[BriefingDocument, str | None] | None:
        """Ask (through ``dialogs``) whether to restore a crashed session's work; return it when the answer is Yes.

        A declined recovery file is removed; a restored one becomes this window's own.
        """
        found = self.take_orphan()
        if found is None:
            return None
        doc = found[0]
        title = doc.briefing.title or doc.article.title or "an untitled article"
        answer = dialogs.ask("Restore unsaved work?",
                             f"briefing was closed without saving your work on “{title}”.\n\nRestore it?",
                             QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            self.remove()
            return None
        return found

    def write(self, doc: BriefingDocument | None, origin: str | None) -> None:
        """Autosave ``doc`` (the path it was saved to is ``origin``); a failure is logged, not raised."""
        if doc is None:
            return
        try:
            save_document(doc, self.path, extra={"recovery_of": origin})
        except BriefingError as exc:
            log.warning("autosave failed: %s", exc)

    def remove(self) -> None:
        """Stop the autosave timer and remove this window's recovery file."""
        self.timer.stop()
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove recovery file: %s", exc)

    def close(self) -> None:
        """The window closes normally: nothing is left to recover."""
        self.remove()
