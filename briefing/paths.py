"""Locate bundled resources and the user's data folders (no Qt here)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder holding icons, styles, fonts and word lists.

    In a source checkout this is ``<repo>/resources``; in an installed wheel the
    same tree is shipped as ``briefing/resources`` (see ``pyproject.toml``).
    """
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("briefing resources folder not found next to the package")


def resource(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


def seeds_dir() -> Path:
    """Return the folder of bundled sample articles."""
    for candidate in (_PACKAGE_DIR / "seeds", _PACKAGE_DIR.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("briefing seeds folder not found next to the package")


def default_seed() -> Path:
    """Return the bundled sample article opened by default."""
    return seeds_dir() / "moscow-times-2021-06-03-russia-belarus-spy-agencies.txt"


def user_data_dir() -> Path:
    """Return (and create) the per-user folder for autosave, recovery and log files.

    The environment variable ``BRIEFING_DATA_DIR`` overrides the platform's
    location (tests point it at a temporary folder).
    """
    override = os.environ.get("BRIEFING_DATA_DIR")
    if override:
        path = Path(override)
        path.mkdir(parents=True, exist_ok=True)
        return path
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    path = base / "briefing"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path | None:
    """Return (and create) the per-user folder for caches that can be rebuilt, or ``None`` if it cannot be made.

    ``BRIEFING_CACHE_DIR`` overrides the platform's location (tests point it at
    a temporary folder); otherwise ``%LOCALAPPDATA%\\briefing\\cache``,
    ``~/Library/Caches/briefing`` or ``$XDG_CACHE_HOME/briefing`` (``~/.cache``).
    Nothing in it is needed: a missing or read-only folder only makes things slower.
    """
    override = os.environ.get("BRIEFING_CACHE_DIR")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "briefing" / "cache"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Caches" / "briefing"
    else:
        path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path
