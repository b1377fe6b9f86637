"""Without a usable display, `briefing` prints one line and exits 1 instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.ui.display_check import display_problem, no_display_message, xcb_plugin

ROOT = Path(__file__).resolve().parents[2]
GUI_SCRIPT = Path(sys.executable).with_name("briefing")


def headless_env() -> dict[str, str]:
    """The environment of an SSH session without X forwarding."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BRIEFING_DATA_DIR"] = str(ROOT / ".pytest_cache" / "no-display")  # never the user's settings
    return env


def script_runs_this_checkout() -> bool:
    """True if the venv's `briefing` script imports this checkout's package (an editable install of it)."""
    if not GUI_SCRIPT.is_file():
        return False
    where = subprocess.run([sys.executable, "-c", "import briefing; print(briefing.__file__)"],
                           capture_output=True, text=True, cwd="/", timeout=60).stdout
    return Path(where.strip()).is_relative_to(ROOT)


@pytest.mark.parametrize("command", [
    pytest.param([sys.executable, "-m", "briefing"], id="python -m briefing"),
    pytest.param([str(GUI_SCRIPT)], id=".venv/bin/briefing", marks=pytest.mark.skipif(
        not script_runs_this_checkout(), reason="the venv's briefing script is not this checkout's")),
])
def test_no_display_prints_one_line_and_exits_1(command):
    """No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: one line on stderr naming what is missing, exit 1."""
    result = subprocess.run(command, env=headless_env(), cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "DISPLAY" in lines[0] and "briefing-cli works without a display" in lines[0]


def test_no_display_without_any_variable():
    """Neither DISPLAY nor WAYLAND_DISPLAY and no platform: the problem names both variables."""
    problem = display_problem({})
    assert "DISPLAY" in problem and "WAYLAND_DISPLAY" in problem
    assert no_display_message(problem).startswith("briefing: no display")


def test_explicit_xcb_without_display():
    """QT_QPA_PLATFORM=xcb with no DISPLAY is a problem even if WAYLAND_DISPLAY is set."""
    assert "DISPLAY is not set" in display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})


@pytest.mark.parametrize("env", [
    {"QT_QPA_PLATFORM": "offscreen"},
    {"QT_QPA_PLATFORM": "minimal"},
    {"QT_QPA_PLATFORM": "xcb;offscreen"},
    {"WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "wayland"},
])
def test_platforms_that_need_no_x_display_pass(env):
    """Offscreen/minimal (also as a fallback), or a Wayland session, are not judged a problem."""
    assert display_problem(env) is None


def test_display_with_a_plugin_that_loads_passes():
    """DISPLAY set and a platform plugin whose libraries are all there: no problem."""
    offscreen = xcb_plugin().with_name("libqoffscreen.so")
    assert display_problem({"DISPLAY": ":0"}, plugin=offscreen) is None


def test_display_with_a_plugin_missing_libraries_names_them(tmp_path):
    """A copy of the xcb plugin outside the wheel cannot find libQt6XcbQpa: the problem names it."""
    copy = tmp_path / "platforms" / "libqxcb.so"
    copy.parent.mkdir()
    shutil.copy(xcb_plugin(), copy)
    # A fresh interpreter: one that had loaded the real plugin would satisfy the copy's libraries.
    code = ("import sys; from pathlib import Path; from briefing.ui.display_check import display_problem; "
            "print(display_problem({'DISPLAY': ':0'}, plugin=Path(sys.argv[1])))")
    result = subprocess.run([sys.executable, "-c", code, str(copy)], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "cannot load" in result.stdout and "libQt6XcbQpa.so.6" in result.stdout, result.stderr
