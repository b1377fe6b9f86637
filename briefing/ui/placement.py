"""Where a window opens while other windows of the app are open: offset, not exactly on top of one.

Every window restores the same saved geometry (that of the last window closed), so a second instance of the
app, or a second window of this one, opened exactly over the first and looked like no window had opened.
Each window therefore leaves a small marker, ``windows/<pid>-<n>-<random>.pos`` in the user data folder,
holding its top-left corner, beside a ``QLockFile`` held for as long as the window lives (as the recovery
files do, :mod:`briefing.ui.recovery`). A window about to open at a corner another live window's marker holds
moves down and right by :data:`CASCADE` pixels, as other desktop apps cascade, until it finds a free corner.
Closing a window removes its marker; a marker whose lock can be taken was left by a crash and is removed.

Wherever it opens, the whole window lies on the screen's available area (:func:`fit_rect`): a cascaded window
that would cross the right or bottom edge gets narrower or shorter (never below its minimum size), and one
larger than the screen (a geometry remembered from a bigger screen) is cut to it. A third window on a 1280x800
screen reached past the right edge and hid the page preview's controls.
"""

from __future__ import annotations

import itertools
import logging
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QPoint, QRect, QSize, QTimer
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


def free_corner(corner: QPoint, taken: list[QPoint], area: QRect | None, keep: QSize = KEEP_VISIBLE) -> QPoint:
    """Return ``corner``, or the first corner down the cascade from it that no point of ``taken`` is near.

    The cascade steps :data:`CASCADE` pixels down and right; when the window would leave less than ``keep``
    of itself inside ``area`` (the screen's available geometry), it starts again one step right of the area's
    top-left corner, and so on. After 100 steps the corner reached is returned.
    """
    def is_taken(p: QPoint) -> bool:
        return any(abs(p.x() - t.x()) <= NEAR and abs(p.y() - t.y()) <= NEAR for t in taken)

    p, restarts = QPoint(corner), 0
    for _ in range(100):
        if not is_taken(p):
            return p
        p = p + QPoint(CASCADE, CASCADE)
        if area is not None and (p.x() > area.right() + 1 - keep.width()
                                 or p.y() > area.bottom() + 1 - keep.height()):
            restarts += 1
            p = QPoint(area.left() + restarts * CASCADE, area.top())
    return p


def fit_rect(rect: QRect, area: QRect, least: QSize) -> QRect:
    """Return ``rect`` (a window's frame) made to lie wholly inside ``area``, keeping its corner where it can.

    A side longer than the area's becomes the area's (a window remembered from a bigger screen); another is
    cut to end at the area's edge (not below ``least``, itself cut to the area), then, if it still crosses the
    edge, moved back inside.
    """
    least = least.boundedTo(area.size())

    def fit(start: int, length: int, lo: int, span: int, floor: int) -> tuple[int, int]:
        if length >= span:
            return lo, span
        start = max(start, lo)
        length = min(length, max(floor, lo + span - start), span)
        return min(start, lo + span - length), length

    x, w = fit(rect.x(), rect.width(), area.x(), area.width(), least.width())
    y, h = fit(rect.y(), rect.height(), area.y(), area.height(), least.height())
    return QRect(x, y, w, h)


class _FirstShow(QObject):
    """Calls ``then`` once, just after ``window`` is first shown (when its frame's size is known)."""

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Show:  # at once: a size set after show() (by the user's code) is kept
            watched.removeEventFilter(self)
            self.then()
        return False


class WindowMarker:
    """The marker of one window's place, the lock that says the window is alive, and the others' markers."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.folder = (data_dir if data_dir is not None else paths.user_data_dir()) / FOLDER_NAME
        self.path = self.folder / f"{os.getpid()}-{next(_numbers)}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        self.lock = _lock_for(self.path)
        self._window: QWidget | None = None
        self._show_watch: _FirstShow | None = None
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
        """Move ``window`` off the corner of any other live window of the app, fit it to the screen, mark it.

        A maximized or full-screen window is left where it is (the window manager places it). The window's
        frame is kept inside the screen's available area (:func:`fit_rect`). Return True when the window was
        moved.
        """
        self._window = window
        moved = False
        if not (window.isMaximized() or window.isFullScreen()):
            corner = window.pos()
            area = self._area(window)
            least = window.minimumSize() + self._frame(window)
            free = free_corner(corner, self.taken(), area, least)
            moved = self._fit(window, free, area) != corner
        if self._show_watch is None:  # the frame (title bar, borders) is known once shown: fit again then
            self._show_watch = _FirstShow(window, self._fitted_on_show)
        self._mark_now()
        return moved

    @staticmethod
    def _area(window: QWidget) -> QRect | None:
        screen = window.screen() or QApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    @staticmethod
    def _frame(window: QWidget) -> QSize:
        return window.frameGeometry().size() - window.size()

    def _fit(self, window: QWidget, corner: QPoint, area: QRect | None) -> QPoint:
        """Resize and move ``window`` so that its frame, at ``corner`` if it can, lies inside ``area``."""
        frame = self._frame(window)
        if area is not None:
            fitted = fit_rect(QRect(corner, window.size() + frame), area, window.minimumSize() + frame)
            if fitted.size() != window.size() + frame:
                window.resize(fitted.size() - frame)
            corner = fitted.topLeft()
        if corner != window.pos():
            window.move(corner)
        return corner

    def _fitted_on_show(self) -> None:
        window = self._window
        if window is not None and not (window.isMaximized() or window.isFullScreen()):
            self._fit(window, window.pos(), self._area(window))
            self._mark_now()

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

