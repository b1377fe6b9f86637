"""tools/qt_system_deps.py: which system libraries Qt's platform plugin lacks, and the apt line for them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).with_name("data")
# Recorded on Debian 12 with libxcb-icccm4 and libxcb-keysyms1 removed:
# `ldd libqxcb.so QtCore.abi3.so QtGui.abi3.so QtWidgets.abi3.so` (venv path shortened).
XCB_MISSING = DATA / "ldd-xcb-missing-icccm-keysyms.txt"
# A one-file ldd output for libqoffscreen.so, edited from a real one: the GL libraries marked
# "not found", plus a made-up soname that has no known package.
OFFSCREEN_NO_GL = DATA / "ldd-offscreen-no-libgl.txt"


def load_tool():
    """Import tools/qt_system_deps.py (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("qt_system_deps", ROOT / "tools" / "qt_system_deps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


deps = load_tool()


def run_tool(*args: str) -> subprocess.CompletedProcess:
    """Run the tool as make does, with the test interpreter."""
    return subprocess.run([sys.executable, str(ROOT / "tools" / "qt_system_deps.py"), *args],
                          capture_output=True, text=True, timeout=60)


def test_recorded_xcb_output_names_the_two_missing_libraries_once():
    """Each "not found" soname is reported once, in order, though ldd lists it twice."""
    assert deps.missing_sonames(XCB_MISSING.read_text()) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_missing_xcb_libraries_map_to_their_debian_packages():
    """libxcb-icccm.so.4 and libxcb-keysyms.so.1 come from libxcb-icccm4 and libxcb-keysyms1."""
    packages, unknown = deps.packages_for(deps.missing_sonames(XCB_MISSING.read_text()))
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == []


def test_output_with_everything_found_reports_nothing():
    """With the "not found" lines resolved, nothing is missing (resolved paths are not misread)."""
    text = XCB_MISSING.read_text().replace(
        "libxcb-icccm.so.4 => not found", "libxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x1)"
    ).replace(
        "libxcb-keysyms.so.1 => not found", "libxcb-keysyms.so.1 => /lib/x86_64-linux-gnu/libxcb-keysyms.so.1 (0x2)"
    )
    assert deps.missing_sonames(text) == []


def test_two_sonames_of_one_package_give_it_once_and_unknown_sonames_are_kept():
    """libGLX/libGLdispatch map to their packages; a soname without a package is returned as unknown."""
    packages, unknown = deps.packages_for(deps.missing_sonames(OFFSCREEN_NO_GL.read_text()))
    assert packages == ["libgl1", "libegl1", "libglx0", "libglvnd0"]
    assert unknown == ["libfrobnicate.so.3"]
    assert deps.packages_for(["libglib-2.0.so.0", "libgthread-2.0.so.0"]) == (["libglib2.0-0"], [])


def test_apt_command_uses_sudo_only_when_not_root():
    """As root the line is plain apt-get; otherwise it starts with sudo."""
    assert deps.apt_command(["libxcb-icccm4"], as_root=True) == [
        "apt-get", "install", "-y", "--no-install-recommends", "libxcb-icccm4"]
    assert deps.apt_command(["libxcb-icccm4"], as_root=False)[:2] == ["sudo", "apt-get"]


def test_install_line_without_sudo_uses_su():
    """A user without sudo (a stock Debian 12 with a root password has none) is shown `su -c '...'`, not a sudo
    line that fails with "sudo: command not found"; with sudo, or as root, the line is as before."""
    packages = ["libxcb-icccm4", "libxcb-keysyms1"]
    plain = "apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1"
    assert deps.install_line(packages, as_root=False, have_sudo=False) == f"su -c '{plain}'"
    assert deps.install_line(packages, as_root=False, have_sudo=True) == f"sudo {plain}"
    assert deps.install_line(packages, as_root=True, have_sudo=False) == plain


def test_cli_prints_what_is_missing_and_the_exact_apt_line():
    """From recorded output the tool names the sonames, prints the apt-get line and exits 1."""
    result = run_tool("--platform", "xcb", "--ldd-output", str(XCB_MISSING))
    assert result.returncode == 1
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.stderr
    assert "apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1" in result.stderr


def test_cli_names_a_library_it_has_no_package_for():
    """An unknown soname is named with a way to find its package."""
    result = run_tool("--platform", "offscreen", "--ldd-output", str(OFFSCREEN_NO_GL))
    assert result.returncode == 1
    assert "libgl1 libegl1 libglx0 libglvnd0" in result.stderr
    assert "No Debian package known for libfrobnicate.so.3" in result.stderr


def test_cli_is_silent_when_nothing_is_missing(tmp_path):
    """Nothing missing: no output and exit 0 (make test stays quiet)."""
    clean = tmp_path / "ldd.txt"
    clean.write_text("\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x1)\n")
    result = run_tool("--ldd-output", str(clean))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_installed_wheel_offscreen_plugin_has_its_libraries():
    """On this machine (the tests run offscreen) real ldd finds every library the offscreen plugin needs."""
    files = deps.files_to_check(deps.pyside_dir(), "offscreen")
    assert files[0].name == "libqoffscreen.so"
    assert {f.name.split(".")[0] for f in files[1:]} == {"QtCore", "QtGui", "QtWidgets"}
    output = deps.run_ldd(files)
    assert "libQt6Gui.so.6 => " in output
    assert deps.missing_sonames(output) == []


def test_unknown_platform_is_an_error():
    """A platform with no plugin in the wheel raises FileNotFoundError naming it."""
    with pytest.raises(FileNotFoundError, match="nosuchplatform"):
        deps.files_to_check(deps.pyside_dir(), "nosuchplatform")


def test_platform_comes_from_qt_qpa_platform_else_xcb():
    """QT_QPA_PLATFORM's first entry (options dropped) picks the plugin; unset means xcb."""
    assert deps.default_platform({}) == "xcb"
    assert deps.default_platform({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert deps.default_platform({"QT_QPA_PLATFORM": "wayland:foo=1;xcb"}) == "wayland"
