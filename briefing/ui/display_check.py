"""Before Qt starts: can it open a window here? Qt itself aborts the process (SIGABRT) when it cannot.

Without ``DISPLAY`` or ``WAYLAND_DISPLAY`` (and no display-less platform asked for), or when the xcb
platform plugin cannot load because system libraries are missing, :func:`display_problem` returns one
sentence saying what is missing, so ``briefing`` can print it and exit 1. No Qt import here.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# Platforms that need no display server (QT_QPA_PLATFORM); any other explicit choice is left to Qt.
NO_DISPLAY_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay"}


def xcb_plugin() -> Path | None:
    """Return the PySide6 wheel's xcb platform plugin, or None if it is not there."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def plugin_problem(plugin: Path) -> str | None:
    """Return which libraries keep ``plugin`` from loading, or None when it loads.

    Loading it is what Qt does next anyway (its Qt libraries are the ones PySide6 loads), and a failed
    load names only the first missing library, so ``ldd`` then lists all of them.
    """
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        first = str(exc).split(":")[0].strip() if ": cannot open shared object file" in str(exc) else ""
        missing = []
        if shutil.which("ldd"):
            output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
            for line in output.splitlines():
                name, arrow, target = line.strip().partition(" => ")
                if arrow and target.strip() == "not found" and name not in missing:
                    missing.append(name)
        names = ", ".join(missing) or first or str(exc)
        return (f"Qt's xcb plugin cannot load, system libraries missing: {names} "
                "(`make run` installs them; see README, Troubleshooting)")
    return None


def display_problem(env: Mapping[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """Return one sentence saying why Qt cannot open a window here, or None when it can (or Qt decides).

    ``env`` defaults to the process environment; ``plugin`` to the installed xcb plugin.
    """
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    names = [part.split(":")[0].strip() for part in env.get("QT_QPA_PLATFORM", "").split(";") if part.strip()]
    if names and (names[0] != "xcb" or any(name in NO_DISPLAY_PLATFORMS for name in names)):
        return None  # offscreen/minimal need no display; wayland and the rest are Qt's to judge
    if not names and env.get("WAYLAND_DISPLAY"):
        return None  # Qt may pick wayland
    if not env.get("DISPLAY"):
        if names:
            return "no X display to open the window on (QT_QPA_PLATFORM=xcb but DISPLAY is not set)"
        return "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    plugin = xcb_plugin() if plugin is None else plugin
    return None if plugin is None else plugin_problem(plugin)


def no_display_message(problem: str) -> str:
    """Return the one line ``briefing`` prints for ``problem``."""
    return f"briefing: {problem}; briefing-cli works without a display."
