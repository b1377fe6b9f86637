"""Icons, fonts and the style sheet from ``resources/`` (through :mod:`briefing.paths`)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFontDatabase, QIcon

from briefing import paths


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg`` (an empty icon when missing)."""
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def load_fonts() -> list[str]:
    """Register the bundled DejaVu Sans faces with Qt; return the family names loaded.

    DejaVu Sans draws Latin, Cyrillic and Greek, so names in any of them show
    the same in the window as in the PDF.
    """
    families: list[str] = []
    folder = paths.resource("fonts")
    for ttf in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    return families


def style_sheet() -> str:
    """Return the application style sheet (``resources/styles/app.qss``), or an empty string."""
    path = paths.resource("styles", "app.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
