"""Makefile: pip runs only when pyproject.toml changed (stamp files in the venv); system libraries after pip."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(target: str, venv: Path) -> str:
    """Return the commands `make -n TARGET` would run with VENV=venv."""
    result = subprocess.run(["make", "-n", "-C", str(ROOT), target, f"VENV={venv}"],
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def fake_venv(tmp_path: Path, stamps_age: float | None) -> Path:
    """A venv folder with bin/python and, unless None, both stamps `stamps_age` seconds newer than pyproject."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    if stamps_age is not None:
        when = (ROOT / "pyproject.toml").stat().st_mtime + stamps_age
        for name in (".installed", ".installed-test"):
            (venv / name).touch()
            os.utime(venv / name, (when, when))
    return venv


@pytest.mark.parametrize("target", ["run", "test"])
def test_fresh_clone_creates_the_venv_and_installs_with_progress(tmp_path, target):
    """With no venv, make creates it and runs pip without --quiet, announcing the install."""
    commands = dry_run(target, tmp_path / "venv")
    assert "-m venv" in commands
    install = [line for line in commands.splitlines() if "pip install -e" in line]
    assert len(install) == 1 and "--quiet" not in install[0]
    assert "about a minute" in commands


@pytest.mark.parametrize("target", ["run", "test"])
def test_unchanged_pyproject_skips_pip(tmp_path, target):
    """Stamps newer than pyproject.toml: no pip; the system-library check and the command still run."""
    commands = dry_run(target, fake_venv(tmp_path, stamps_age=10))
    assert "pip" not in commands
    assert "tools/system-libs.sh" in commands


@pytest.mark.parametrize("target", ["run", "test"])
def test_changed_pyproject_reinstalls_before_checking_system_libraries(tmp_path, target):
    """pyproject.toml newer than the stamps: pip runs again, before tools/system-libs.sh."""
    commands = dry_run(target, fake_venv(tmp_path, stamps_age=-10))
    assert "-m venv" not in commands
    assert 0 <= commands.index("pip install -e") < commands.index("tools/system-libs.sh")


def test_a_failed_venv_is_made_again_next_time(tmp_path):
    """A venv command that fails after making bin/python (Debian without python3-venv) leaves no bin/python behind."""
    fake = tmp_path / "python3"
    fake.write_text('#!/bin/sh\n# "-m venv DIR": make DIR/bin/python as Debian\'s venv does, then fail at ensurepip\n'
                    'mkdir -p "$3/bin" && ln -s /bin/sh "$3/bin/python" && echo "ensurepip is not available" >&2 && exit 1\n')
    fake.chmod(0o755)
    venv = tmp_path / "venv"
    result = subprocess.run(["make", "-C", str(ROOT), "venv", f"VENV={venv}", f"PYTHON={fake}"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "apt-get install python3-venv" in result.stderr
    assert (venv / "bin").is_dir() and not os.path.lexists(venv / "bin" / "python")
