"""Autosave and crash recovery: one recovery file per window, offered again only after a crash.

Each window autosaves its unsaved document a few seconds after a change to its
own file, ``recovery/<pid>-<n>-<random>.briefing`` in the user data folder (a
briefing file with one extra key, ``recovery_of``: the path the document was
last saved to). Beside it, a ``QLockFile`` (``.lock``) is held for as long as
the window lives. A recovery file is *orphaned* when its lock can be taken:
its window is gone without closing (a crash, a kill). Only orphans are offered
at start, so a second window never offers the first window's live autosave,
whether the first runs in this process or another.

A recovery file that cannot be read is renamed aside (``….damaged``), kept
for the user, and not offered again. Closing a window normally removes its
file and its lock.
"""

from __future__ import annotations

import itertools
import logging
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from briefing import paths
from briefing.core.brief.document import BriefingDocument, load_document_data, save_document
from briefing.core.errors import BriefingError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3000
FOLDER_NAME = "recovery"
SUFFIX = ".briefing"
#: The single recovery file of earlier versions (offered once, like an orphan).
LEGACY_NAME = "recovery.json"

_numbers = itertools.count(1)


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    # Never by age: a lock is stale only when its process is gone (Qt checks the PID and host).
    lock.setStaleLockTime(0)
    return lock


class Recovery(QObject):
    """The recovery file of one window, the lock that marks it live, and the timer that writes it."""

    def __init__(self, parent: QObject | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir if data_dir is not None else paths.user_data_dir()
        self.folder = self.data_dir / FOLDER_NAME
        self.path = self.folder / f"{os.getpid()}-{next(_numbers)}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        self.lock = _lock_for(self.path)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        #: Recovery files the analyst chose to decide about later (kept for the next start).
        self.kept_for_later: list[Path] = []

    # ---------------------------------------------------------------- this window's file

    def write(self, doc: BriefingDocument | None, origin: str | None) -> None:
        """Autosave ``doc`` (the path it was saved to is ``origin``); a failure is logged, not raised."""
        if doc is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self.lock.isLocked() and not self.lock.tryLock(0):
                log.warning("autosave: cannot lock %s", self.path)
                return
            save_document(doc, self.path, extra={"recovery_of": origin})
        except (BriefingError, OSError) as exc:
            log.warning("autosave failed: %s", exc)

    def remove(self) -> None:
        """Stop the autosave timer and remove this window's recovery file (the document is saved or replaced)."""
        self.timer.stop()
        remove_file(self.path)

    def close(self) -> None:
        """The window closes normally: remove its file and release its lock."""
        self.remove()
        if self.lock.isLocked():
            self.lock.unlock()

    # ---------------------------------------------------------------- other windows' files

    def _candidates(self) -> list[Path]:
        found = sorted(self.folder.glob(f"*{SUFFIX}")) if self.folder.is_dir() else []
        legacy = self.data_dir / LEGACY_NAME
        if legacy.is_file():
            found.append(legacy)
        found = [p for p in found if p != self.path]
        return sorted(found, key=_mtime, reverse=True)

    def orphans(self) -> list[Path]:
        """Return the recovery files whose window is gone, newest first (without keeping their locks)."""
        out = []
        for path in self._candidates():
            lock = _lock_for(path)
            if lock.tryLock(0):
                lock.unlock()
                out.append(path)
        return out

    def has_orphan(self) -> bool:
        """Return True when a recovery file left by a crashed window can be offered."""
        return bool(self.orphans())

    def offer(self, dialogs) -> tuple[BriefingDocument, str | None] | None:
        """Ask (through ``dialogs``) about each orphaned recovery file, newest first; return the one restored.

        A discarded file is removed; a restored one becomes this window's own
        (written to this window's file, the orphan removed); Decide Later keeps
        the file (and any others) for the next start, noted in :attr:`kept_for_later`,
        and asks no more; a damaged one is renamed aside and kept. Returns
        ``(document, the path it was saved to)``.
        """
        for path in self._candidates():
            lock = _lock_for(path)
            if not lock.tryLock(0):
                continue  # a live window's autosave (in this process or another)
            try:
                found = self._read(path)
                if found is None:
                    continue
                doc, origin = found
                title = doc.briefing.title or doc.article.title or "an untitled article"
                # Buttons named by what they do: a plain No deleted the work at once. Decide Later (and Escape, or
                # closing the box) keeps the file for the next start.
                answer = dialogs.choose(
                    "Restore unsaved work?", f"briefing was closed without saving your work on “{title}”.\n\n"
                    "Restore it, discard it for good, or decide at the next start?",
                    [("restore", "&Restore"), ("discard", "&Discard"), ("later", "Decide &Later")], "restore",
                    escape="later")
                if answer == "restore":
                    self.write(doc, origin)
                    remove_file(path)
                    return found
                if answer != "discard":
                    self.kept_for_later.append(path)
                    return None
                remove_file(path)
            finally:
                lock.unlock()
        return None

    def _read(self, path: Path) -> tuple[BriefingDocument, str | None] | None:
        """Return the document in ``path`` and the path it belongs to; a damaged file is renamed aside (None)."""
        try:
            data = load_document_data(path)
            doc = BriefingDocument.from_dict(data)
        except Exception as exc:  # a damaged recovery file must not stop the app; it is kept, renamed
            kept = _set_aside(path)
            log.warning("recovery file %s unusable (%s); kept as %s", path.name, exc, kept)
            return None
        origin = data.get("recovery_of")
        return doc, origin if isinstance(origin, str) and Path(origin).is_file() else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def remove_file(path: Path) -> None:
    """Remove ``path`` if it is there; a file that cannot be removed is logged, never raised (the recovery files
    here, the window markers of :mod:`.placement`)."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("cannot remove %s: %s", path, exc)


def _set_aside(path: Path) -> Path | None:
    """Rename a damaged recovery file to ``<name>.damaged`` (``.damaged-2``… if taken); return the new path."""
    for n in range(1, 1000):
        target = path.with_name(path.name + (".damaged" if n == 1 else f".damaged-{n}"))
        if not target.exists():
            try:
                path.rename(target)
            except OSError as exc:
                log.warning("cannot set the damaged recovery file aside: %s", exc)
                return None
            return target
    return None
