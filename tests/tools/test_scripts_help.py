"""Every script a user or developer may run answers ``--help`` with its usage and does nothing else.

A script is any ``benchmarks/**/*.py`` or ``tools/*.py`` with a ``if __name__ == "__main__":`` block; the few
modules that other scripts import (``LIBRARIES``) must have none, and any other file without one fails
``test_every_script_has_a_main_block`` (a script that runs at import time would run when another imports it).
Each script runs with ``--help`` from a copy of ``benchmarks/``, ``tools/`` and ``resources/`` (the package and the
seeds are linked in), with ``TMPDIR``, ``OUT`` and ``PAGES`` pointing at an empty folder: it must exit 0, print a
``usage:`` line and leave the copy, that folder and the repository's ``git status`` unchanged.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Modules imported by the scripts beside them, not run on their own.
LIBRARIES = {
    "benchmarks/actor_probe.py",
    "benchmarks/export_tour61/probe.py",
    "benchmarks/gui_tour64/long_window.py",
    "benchmarks/kinds_probe_runner.py",
    "benchmarks/paste_tour64/cases.py",
    "benchmarks/paste_tour64/cases_mail.py",
    "benchmarks/web_tour/content.py",
}

MAIN = ('if __name__ == "__main__":', "if __name__ == '__main__':")


def _python_files() -> list[str]:
    files = [*ROOT.glob("benchmarks/**/*.py"), *ROOT.glob("tools/*.py")]
    return sorted(str(f.relative_to(ROOT)) for f in files if "__pycache__" not in f.parts)


def _has_main(relative: str) -> bool:
    text = (ROOT / relative).read_text(encoding="utf-8")
    return any(line.rstrip() in MAIN for line in text.splitlines())


SCRIPTS = [f for f in _python_files() if f not in LIBRARIES]


def test_every_script_has_a_main_block():
    assert len(SCRIPTS) > 30
    assert [f for f in SCRIPTS if not _has_main(f)] == []
    assert [f for f in LIBRARIES if (ROOT / f).is_file() and _has_main(f)] == []


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if "__pycache__" not in p.parts and not p.is_symlink()}


def _git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """Run every script with ``--help`` (four at a time); keep its result and what it changed."""
    repo = tmp_path_factory.mktemp("help") / "briefing"
    repo.mkdir()
    for folder in ("benchmarks", "tools", "resources"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("briefing", "seeds", "pyproject.toml"):
        (repo / name).symlink_to(ROOT / name)
    scratch = repo.parent / "scratch"
    scratch.mkdir()
    env = dict(os.environ, PYTHONPATH=str(repo), TMPDIR=str(scratch), OUT=str(scratch / "out"),
               PAGES=str(scratch / "pages"), PYTHONDONTWRITEBYTECODE="1")
    before, status = _snapshot(repo), _git_status()

    def run(script: str):
        try:
            return subprocess.run([sys.executable, script, "--help"], cwd=repo, env=env, capture_output=True,
                                  text=True, timeout=45)
        except subprocess.TimeoutExpired:
            return None

    with ThreadPoolExecutor(max_workers=4) as pool:
        done = dict(zip(SCRIPTS, pool.map(run, SCRIPTS)))
    after = _snapshot(repo)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return done, changed, sorted(os.listdir(scratch)), status, _git_status()


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_prints_usage_and_exits_0(results, script):
    done = results[0][script]
    assert done is not None, f"{script} --help still running after 45 s"
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Traceback" not in output, output
    assert done.stdout.lstrip().lower().startswith("usage:"), output
    # One line saying what the script does, taken from its docstring.
    assert len([line for line in done.stdout.splitlines() if line.strip()]) >= 3, output


def test_help_writes_nothing(results):
    _, changed, scratch, status_before, status_after = results
    assert changed == []
    assert scratch == []
    assert status_after == status_before
