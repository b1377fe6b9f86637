"""The window's remembered state in ``QSettings``: geometry, splitters, summary options, page size, files.

Only the UI reads or writes settings; the core gets plain values. The summary
options are stored as algorithm, length mode and value, through
:attr:`SummaryOptions.length` and :meth:`SummaryOptions.with_length`, so the
(mode, value) mapping exists once, in the model.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from briefing.core.model import DEFAULT_SENTENCES, LENGTH_MODES, SummaryOptions

from .placement import CASCADE

MAX_RECENT = 8


def first_geometry(area: QRect, least: QSize) -> QRect:
    """Return a first window geometry: most of ``area``, centred, at least ``least``.

    A window larger than the area starts at its top-left corner rather than centred over it: centred,
    the menu bar and the left edge were off the screen (at 200 % on a 1920x1080 screen).
    """
    width = max(min(1600, int(area.width() * 0.94)), least.width())
    height = max(min(1000, int(area.height() * 0.92)), least.height())
    x = area.x() + max(0, (area.width() - width) // 2)
    y = area.y() + max(0, (area.height() - height) // 2)
    return QRect(x, y, width, height)


class WindowSettings:
    """Reads and writes the window's state in a ``QSettings`` (the application's own by default)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings()

    # ---------------------------------------------------------------- window

    @staticmethod
    def place_first_time(window: QMainWindow, least: QSize | None = None) -> None:
        """Size ``window`` to most of the screen, centred (a saved geometry, restored later, wins).

        ``least`` is the window's minimum size (900x560 by default), cut to the screen's available area
        (at 200 % on a 1920x1080 screen that area is 960x540) less two cascade steps, so that the window's
        frame and a second and a third window, offset from the first (:mod:`briefing.ui.placement`), still
        fit on the screen whole (at 200 % the first window is 902x496).
        """
        least = least if least is not None else QSize(900, 560)
        screen = QApplication.primaryScreen()
        if screen is None:
            window.setMinimumSize(least)
            window.resize(1400, 860)
            return
        area = screen.availableGeometry()
        room = QSize(2 * CASCADE, 2 * CASCADE)
        window.setMinimumSize(least.boundedTo(area.size() - room).expandedTo(QSize(0, 0)))
        geometry = first_geometry(area, window.minimumSize())
        window.resize(geometry.size())
        window.move(geometry.topLeft())

    def restore_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """Restore the window's geometry and each splitter's state (keys like "splitter", "middle")."""
        geometry = self.qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            window.restoreGeometry(geometry)
        for key, splitter in splitters.items():
            state = self.qsettings.value(f"window/{key}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def save_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """Remember the window's geometry and splitters."""
        self.qsettings.setValue("window/geometry", window.saveGeometry())
        for key, splitter in splitters.items():
            self.qsettings.setValue(f"window/{key}", splitter.saveState())

    def sync(self) -> None:
        """Write to disk now."""
        self.qsettings.sync()

    # ---------------------------------------------------------------- summary and page

    def summary_options(self) -> SummaryOptions:
        """Return the last summary options (3 sentences with the default algorithm on a first start)."""
        algorithm = self.qsettings.value("summary/algorithm", "", str) or None
        mode = self.qsettings.value("summary/mode", "sentences", str)
        try:
            value = float(self.qsettings.value("summary/length", DEFAULT_SENTENCES))
        except (TypeError, ValueError):
            mode, value = "sentences", DEFAULT_SENTENCES
        if mode not in LENGTH_MODES:
            mode, value = "sentences", DEFAULT_SENTENCES
        return SummaryOptions.with_length(algorithm, mode, value)

    def set_summary_options(self, options: SummaryOptions) -> None:
        """Remember ``options`` for the next document and the next start."""
        mode, value = options.length
        self.qsettings.setValue("summary/algorithm", options.algorithm or "")
        self.qsettings.setValue("summary/mode", mode)
        self.qsettings.setValue("summary/length", value)

    def page_size(self) -> str:
        """Return the PDF page size: "a4" or "letter"."""
        return self.qsettings.value("pdf/page_size", "a4", str)

    def set_page_size(self, key: str) -> None:
        """Remember the PDF page size."""
        self.qsettings.setValue("pdf/page_size", key)

    def source_details_open(self) -> bool | None:
        """Return whether the analyst last left the source details open (None: never chose; the brief decides)."""
        value = self.qsettings.value("brief/source_details_open", None)
        if value is None or value == "":
            return None
        return value is True or str(value).lower() in ("true", "1")

    def set_source_details_open(self, open_: bool) -> None:
        """Remember whether the source details are open."""
        self.qsettings.setValue("brief/source_details_open", bool(open_))

    def brief_language(self) -> str:
        """Return the language of the brief's own words: "article" (the article's, the default) or "en"."""
        value = self.qsettings.value("brief/language", "article", str)
        return value if value in ("article", "en") else "article"

    def set_brief_language(self, setting: str) -> None:
        """Remember the brief's language setting ("article" or "en")."""
        self.qsettings.setValue("brief/language", setting)

    # ---------------------------------------------------------------- files

    def last_folder(self) -> str:
        """Return the folder of the last opened or saved file (the home folder when none or gone)."""
        folder = self.qsettings.value("files/last_folder", "", str)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def remember_folder(self, path: str) -> None:
        """Make ``path``'s folder the next dialog's starting folder."""
        self.qsettings.setValue("files/last_folder", str(Path(path).resolve().parent))

    def recent_files(self) -> list[str]:
        """Return the recently opened or saved files, newest first."""
        value = self.qsettings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files (at most :data:`MAX_RECENT`)."""
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("files/recent", [path, *recent][:MAX_RECENT])

    def clear_recent(self) -> None:
        """Forget the recent files."""
        self.qsettings.setValue("files/recent", [])
