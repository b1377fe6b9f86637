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

The autosave is written by a background thread (:meth:`Recovery.write_in_background`): encoding and writing a
brief of 3,700 actors held the GUI thread 0.2-2 s. The thread gets a copy of the document that nobody edits and
writes a temporary file, replaced into place only while its *generation* is still the newest: every write and
every removal takes a new generation under one lock, so a removal (after Save, Close or Discard) is never undone
by a write still in flight, and an older copy never replaces a newer one.
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
import threading
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from briefing import paths
from briefing.core.brief.document import BriefingDocument, encode_document, load_document_data
from briefing.core.errors import BriefingError
from briefing.core.gcpause import gc_paused

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3000
#: How long closing a window waits for an autosave in flight (its temporary file is then removed).
CLOSE_WAIT_S = 5.0
FOLDER_NAME = "recovery"
SUFFIX = ".briefing"
#: The single recovery file of earlier versions (offered once, like an orphan).
LEGACY_NAME = "recovery.json"

_numbers = itertools.count(1)
#: When this module was imported (at the process start, before any window): a temporary file or lock of the
#: autosave older than this cannot be this process's own.
PROCESS_START = time.time()


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
        # Guards the generation, the next job and the worker; held for a rename or an unlink, never for a write.
        self._guard = threading.Condition(threading.Lock())
        self._generation = 0
        self._next: tuple[BriefingDocument, str | None, int] | None = None
        self._worker: threading.Thread | None = None
        self._writing: int | None = None  # the generation the worker is encoding or writing

    # ---------------------------------------------------------------- this window's file

    def write(self, doc: BriefingDocument | None, origin: str | None) -> None:
        """Autosave ``doc`` (the path it was saved to is ``origin``) now, on this thread; a failure is logged, not
        raised. It wins over any write in flight."""
        if doc is None or not self._ready():
            return
        with self._guard:
            self._generation += 1
            generation = self._generation
        self._write(doc, origin, generation)

    def write_in_background(self, doc: BriefingDocument | None, origin: str | None) -> None:
        """Autosave ``doc`` (the path it was saved to is ``origin``) on the autosave thread; return at once.

        ``doc`` must be a copy that nobody edits (the document model's snapshot): the thread reads it while the
        window goes on. Only the newest document waiting is written; a failure is logged, not raised.
        """
        if doc is None or not self._ready():
            return
        with self._guard:
            self._generation += 1
            self._next = (doc, origin, self._generation)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="briefing-autosave", daemon=True)
                self._worker.start()

    def busy(self) -> bool:
        """Return True while an autosave is waiting or being written."""
        with self._guard:
            return self._worker is not None

    def writing(self) -> bool:
        """Return True while the autosave thread is encoding or writing a document (not just waiting for one)."""
        return self._writing is not None

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait up to ``timeout`` seconds for the autosaves asked for so far; return False when one still runs."""
        with self._guard:
            return self._guard.wait_for(lambda: self._worker is None, timeout)

    def remove(self) -> None:
        """Stop the autosave timer and remove this window's recovery file (the document is saved or replaced).

        A write in flight then finds its generation old and drops its temporary file: it never brings the file back.
        """
        self.timer.stop()
        with self._guard:
            self._generation += 1
            self._next = None
            remove_file(self.path)

    def close(self) -> None:
        """The window closes normally: remove its file, let a write in flight end (at most :data:`CLOSE_WAIT_S`, so
        its temporary file goes too) and release the lock."""
        self.remove()
        if not self.wait(CLOSE_WAIT_S):
            log.warning("autosave still running at close; its write is dropped")
        if self.lock.isLocked():
            self.lock.unlock()

    def _ready(self) -> bool:
        """Make the folder and hold this window's lock; return False (logged) when that fails."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("autosave failed: %s", exc)
            return False
        if not self.lock.isLocked() and not self.lock.tryLock(0):
            log.warning("autosave: cannot lock %s", self.path)
            return False
        return True

    def _work(self) -> None:
        """The autosave thread: write the newest document waiting until none is left."""
        while True:
            with self._guard:
                job, self._next = self._next, None
                if job is None:
                    self._worker = None
                    self._guard.notify_all()
                    return
            self._writing = job[2]
            try:
                self._write(*job)
            finally:
                self._writing = None

    def _write(self, doc: BriefingDocument, origin: str | None, generation: int) -> None:
        """Encode ``doc`` and write it to a temporary file, renamed over the recovery file only if ``generation``
        is still the newest when the rename happens (a removal or a newer write otherwise came first)."""
        if generation != self._generation:
            return  # outdated before it started: skip the encoding
        tmp_name = None
        try:
            # The brief's dict (0.1 M objects) lives while it is encoded: the collector's full passes that it set off
            # here held the GIL, and so the GUI thread, 0.1 s each.
            with gc_paused():
                raw = encode_document(doc, {"recovery_of": origin}, self.path.name)
            with tempfile.NamedTemporaryFile(dir=self.folder, prefix=f".{self.path.name}.", suffix=".tmp",
                                             delete=False) as tmp:
                tmp_name = tmp.name
                tmp.write(raw)
                tmp.flush()
                os.fsync(tmp.fileno())
            with self._guard:
                if generation == self._generation:
                    os.replace(tmp_name, self.path)
                    tmp_name = None
        except (BriefingError, OSError) as exc:
            log.warning("autosave failed: %s", exc)
        except Exception:  # noqa: BLE001 - the autosave thread must outlive any bug in one write
            log.exception("autosave failed")
        finally:
            if tmp_name is not None:
                remove_file(Path(tmp_name))

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

    def clean_leftovers(self) -> list[str]:
        """Remove what a window killed while it autosaved left behind; return the names removed.

        Only the autosave's own files, and only those older than this process's start whose window is gone (its
        lock can be taken): a temporary file ``.<recovery file>.<random>.tmp``, and a lock with no recovery file
        beside it (a window killed before its first autosave was renamed into place). Anything else in the
        folder, the recovery files themselves and a live window's files (in this process or another) are kept.
        """
        removed: list[str] = []
        try:
            entries = list(self.folder.iterdir()) if self.folder.is_dir() else []
        except OSError as exc:
            log.warning("cannot list %s: %s", self.folder, exc)
            return removed
        for path in entries:
            owner = _owner_of_leftover(path)
            if owner is None or owner == self.path or _mtime(path) >= PROCESS_START or not path.is_file():
                continue
            if path.name.endswith(".lock") and owner.exists():
                continue  # the lock of a recovery file: offered (and its lock released) by offer()
            lock = _lock_for(owner)
            if not lock.tryLock(0):
                continue  # its window still runs
            try:
                if not path.name.endswith(".lock"):
                    remove_file(path)
            finally:
                lock.unlock()  # a taken lock is removed as it is released
            if not path.exists():
                removed.append(path.name)
        if removed:
            log.info("removed autosave leftovers: %s", ", ".join(sorted(removed)))
        return removed

    def offer(self, dialogs) -> tuple[BriefingDocument, str | None] | None:
        """Ask (through ``dialogs``) about each orphaned recovery file, newest first; return the one restored.

        A discarded file is removed; a restored one becomes this window's own
        (written to this window's file, the orphan removed); Decide Later keeps
        the file (and any others) for the next start, noted in :attr:`kept_for_later`,
        and asks no more; a damaged one is renamed aside and kept. Returns
        ``(document, the path it was saved to)``. Leftovers of an autosave cut short go first
        (:meth:`clean_leftovers`).
        """
        self.clean_leftovers()
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


def _owner_of_leftover(path: Path) -> Path | None:
    """Return the recovery file that ``path`` is a temporary file (``.<name>.briefing.<random>.tmp``) or a lock
    (``<name>.briefing.lock``) of, by the names this module gives them; None for any other file."""
    name = path.name
    if name.endswith(".tmp") and name.startswith("."):
        stem, sep, rest = name[1:].rpartition(SUFFIX + ".")
        if sep and stem and rest[:-len(".tmp")] and "." not in rest[:-len(".tmp")] and _is_recovery_name(stem):
            return path.with_name(stem + SUFFIX)
    elif name.endswith(SUFFIX + ".lock"):
        stem = name[:-len(SUFFIX + ".lock")]
        if _is_recovery_name(stem):
            return path.with_name(stem + SUFFIX)
    return None


def _is_recovery_name(stem: str) -> bool:
    """Return True for ``<pid>-<n>-<8 hex digits>``, the stem of a recovery file's name."""
    parts = stem.split("-")
    return (len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and len(parts[2]) == 8
            and all(c in "0123456789abcdef" for c in parts[2]))


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
