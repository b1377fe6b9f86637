"""Where a window opens while other windows of the app are open: offset, not exactly on top of one.

Every window restores the same saved geometry (that of the last window closed), so a second instance of the
app, or a second window of this one, opened exactly over the first and looked like no window had opened.
Each window therefore leaves a small marker, ``windows/<pid>-<n>-<random>.pos`` in the user data folder,
holding its top-left corner, beside a ``QLockFile`` held for as long as the window lives (as the recovery
files do, :mod:`briefing.ui.recovery`). A window about to open at a corner another live window's marker holds
moves down and right by :data:`CASCADE` pixels, as other desktop apps cascade, until it finds a free corner.
Closing a window removes its marker; a marker whose lock can be taken was left by a crash and is removed.
"""

from __future__ import annotations

import itertools
import logging
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from briefing import paths

from .recovery import remove_file

log = logging.getLogger(__name__)

FOLDER_NAME = "windows"
SUFFIX = ".pos"
#: How far each window opens from the one it would cover (about a title bar's height).
CASCADE = 32
#: A corner within this distance of a live window's corner counts as taken (the window manager may nudge).
NEAR = 8
#: A cascaded window keeps at least this much of itself on the screen (else the cascade starts again at the top).
KEEP_VISIBLE = QSize(240, 160)
#: A window's marker follows its moves this long after the last one.
MOVE_DELAY_MS = 500

_numbers = itertools.count(1)


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone (Qt checks the PID and host), never by age
    return lock


def free_corner(corner: QPoint, taken: list[QPoint], area: QRect | None) -> QPoint:
    """Return ``corner``, or the first corner down the cascade from it that no point of ``taken`` is near.

    The cascade steps :data:`CASCADE` pixels down and right; when the window would leave less than
    :data:`KEEP_VISIBLE` of itself inside ``area`` (the screen's available geometry), it starts again one step
    right of the area's top-left corner, and so on. After 100 steps the corner reached is returned.
    """
    def is_taken(p: QPoint) -> bool:
        return any(abs(p.x() - t.x()) <= NEAR and abs(p.y() - t.y()) <= NEAR for t in taken)

    p, restarts = QPoint(corner), 0
    for _ in range(100):
        if not is_taken(p):
            return p
        p = p + QPoint(CASCADE, CASCADE)
        if area is not None and (p.x() > area.right() - KEEP_VISIBLE.width()
                                 or p.y() > area.bottom() - KEEP_VISIBLE.height()):
            restarts += 1
            p = QPoint(area.left() + restarts * CASCADE, area.top())
    return p


class WindowMarker:
    """The marker of one window's place, the lock that says the window is alive, and the others' markers."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.folder = (data_dir if data_dir is not None else paths.user_data_dir()) / FOLDER_NAME
        self.path = self.folder / f"{os.getpid()}-{next(_numbers)}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        self.lock = _lock_for(self.path)
        self._window: QWidget | None = None
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(MOVE_DELAY_MS)
        self.timer.timeout.connect(self._mark_now)

    def taken(self) -> list[QPoint]:
        """Return the corners of the other live windows; markers left by a crash are removed on the way."""
        out = []
        try:
            found = sorted(self.folder.glob(f"*{SUFFIX}")) if self.folder.is_dir() else []
        except OSError:
            return out
        for path in found:
            if path == self.path:
                continue
            lock = _lock_for(path)
            if lock.tryLock(0):  # its window is gone without closing: stale
                remove_file(path)
                lock.unlock()
                continue
            try:
                x, y = (int(v) for v in path.read_text(encoding="ascii").split()[:2])
            except (OSError, ValueError, UnicodeDecodeError):
                continue
            out.append(QPoint(x, y))
        return out

    def place(self, window: QWidget) -> bool:
        """Move ``window`` off the corner of any other live window of the app, then mark its corner.

        A maximized or full-screen window is left where it is (the window manager places it). Return True
        when the window was moved.
        """
        self._window = window
        moved = False
        if not (window.isMaximized() or window.isFullScreen()):
            corner = window.pos()
            screen = window.screen() or QApplication.primaryScreen()
            free = free_corner(corner, self.taken(), screen.availableGeometry() if screen is not None else None)
            if free != corner:
                window.move(free)
                moved = True
        self._mark_now()
        return moved

    def moved(self) -> None:
        """The window moved: its marker follows shortly (not on every pixel of a drag)."""
        if self._window is not None:
            self.timer.start()

    def _mark_now(self) -> None:
        if self._window is None:
            return
        pos = self._window.pos()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self.lock.isLocked() and not self.lock.tryLock(0):
                log.warning("window marker: cannot lock %s", self.path)
                return
            self.path.write_text(f"{pos.x()} {pos.y()}\n", encoding="ascii")
        except OSError as exc:
            log.warning("window marker: %s", exc)

    def close(self) -> None:
        """The window closes: remove its marker and release its lock."""
        self.timer.stop()
        self._window = None
        remove_file(self.path)
        if self.lock.isLocked():
            self.lock.unlock()

