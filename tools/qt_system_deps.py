"""Find the system libraries the installed Qt platform plugin needs, and install the missing ones.

``python tools/qt_system_deps.py [--platform xcb|offscreen|...] [--install]``

Runs ``ldd`` on the PySide6 wheel's platform plugin (``Qt/plugins/platforms/libq<platform>.so``, whose
``ldd`` list also covers ``libQt6XcbQpa``, ``libQt6Gui`` and ``libQt6Core``) and on the PySide6 modules the
app imports, takes the "not found" lines and maps those sonames to Debian package names. With nothing
missing it prints nothing. Otherwise, with ``--install`` as root on a machine with apt-get, it says what it
installs and why and installs it; in every other case it prints the exact ``apt-get install`` line and
exits 1. Uses only the standard library and does not import PySide6 (Qt would abort on a missing library).

``--ldd-output FILE`` reads a recorded ``ldd`` output instead of running ``ldd`` (tests use it).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Soname -> Debian/Ubuntu package. Covers everything PySide6-Essentials' platform plugins (xcb,
# offscreen, wayland) and QtGui/QtWidgets link against outside the wheel; a soname not listed is reported
# by name (find its package with `apt-file search SONAME`).
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# The PySide6 modules the app imports; their ldd lists add what the plugin's list may not name.
PYSIDE_MODULES = ("QtCore", "QtGui", "QtWidgets")


def missing_sonames(ldd_output: str) -> list[str]:
    """Return the sonames ``ldd`` reported as "not found", in order, each once.

    Accepts the output for one file or for several (with ``path:`` header lines).
    """
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, target = line.strip().partition(" => ")
        if arrow and target.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """Return ``(packages, unknown)``: Debian packages for the sonames (each once) and sonames with none."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        package = DEBIAN_PACKAGES.get(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def apt_command(packages: list[str], as_root: bool) -> list[str]:
    """Return the apt-get command that installs ``packages`` (with ``sudo`` when not root)."""
    return [*([] if as_root else ["sudo"]), "apt-get", "install", "-y", "--no-install-recommends", *packages]


def install_line(packages: list[str], as_root: bool, have_sudo: bool) -> str:
    """Return the command line to show for installing ``packages``: plain as root; with ``sudo`` when the user
    has it; otherwise ``su -c '...'`` (a stock Debian with a root password has no sudo)."""
    if as_root or have_sudo:
        return " ".join(apt_command(packages, as_root))
    return f"su -c '{' '.join(apt_command(packages, True))}'"


def pyside_dir() -> Path | None:
    """Return the installed PySide6 package folder (found without importing it), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def files_to_check(pyside: Path, platform: str) -> list[Path]:
    """Return the platform plugin and the PySide6 extension modules to run ``ldd`` on.

    Raises FileNotFoundError when the wheel has no plugin for ``platform``.
    """
    plugin = pyside / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    if not plugin.is_file():
        raise FileNotFoundError(f"PySide6 has no Qt platform plugin {platform!r} (no {plugin})")
    modules = [module for name in PYSIDE_MODULES for module in sorted(pyside.glob(f"{name}.*.so"))]
    return [plugin, *modules]


def run_ldd(files: list[Path]) -> str:
    """Return ``ldd``'s standard output for ``files`` (captured whole: no pipe to close early)."""
    result = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, check=False)
    return result.stdout


def default_platform(env: dict[str, str]) -> str:
    """Return the platform Qt will use: the first of ``QT_QPA_PLATFORM``, else ``xcb`` (Qt's Linux default)."""
    first = env.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip() or "xcb"


def main(argv: list[str] | None = None) -> int:
    """Check (and with ``--install`` install) what the Qt platform plugin needs; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", help="Qt platform plugin to check (default: $QT_QPA_PLATFORM, else xcb)")
    parser.add_argument("--install", action="store_true", help="install missing packages with apt-get as root")
    parser.add_argument("--ldd-output", type=Path, help="read recorded ldd output instead of running ldd")
    args = parser.parse_args(argv)
    platform = args.platform or default_platform(dict(os.environ))

    if args.ldd_output is not None:
        files: list[Path] = []
        output = args.ldd_output.read_text()
    else:
        pyside = pyside_dir()
        if pyside is None:
            print(f"{sys.executable} has no PySide6 installed: install briefing first (make does).",
                  file=sys.stderr)
            return 1
        try:
            files = files_to_check(pyside, platform)
        except FileNotFoundError as exc:
            print(exc, file=sys.stderr)
            return 1
        if shutil.which("ldd") is None:
            print("ldd is not available: cannot check Qt's system libraries.", file=sys.stderr)
            return 0
        output = run_ldd(files)

    missing = missing_sonames(output)
    if not missing:
        return 0
    packages, unknown = packages_for(missing)
    why = f"Qt's {platform} platform plugin needs system libraries that are not installed: {', '.join(missing)}."
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if args.install and as_root and packages and shutil.which("apt-get") and files:
        print(f"{why}\nInstalling {' '.join(packages)} with apt-get (a few seconds) ...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        # A stock machine may have empty package lists, so update first (only when something is missing).
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(["apt-get", "-q", *apt_command(packages, True)[1:]], env=env, check=False)
        still = missing_sonames(run_ldd(files))
        if not still:
            print(f"Installed {' '.join(packages)}.")
            return 0
        missing = still
        packages, unknown = packages_for(still)
        why = f"Still not installed after apt-get: {', '.join(still)}."
    print(why, file=sys.stderr)
    if packages:
        line = install_line(packages, as_root, shutil.which("sudo") is not None)
        print(f"Install them with:  {line}", file=sys.stderr)
    if unknown:
        print(f"No Debian package known for {', '.join(unknown)}: find it with `apt-file search NAME`.",
              file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
