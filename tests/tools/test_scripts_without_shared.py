"""The benchmark and tool commands of README.md on a user's machine, where ``../shared`` is absent.

Each script is run from a copy of ``benchmarks/`` and ``tools/`` in a temporary checkout with no ``shared``
folder beside it (the package, resources and seeds are linked in): it must say in one line that it skipped,
exit 0 and never print a traceback. ``--help`` must print the usage and do nothing else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The commands of README.md's benchmark table and its "Shipped models" section, with their cheapest options.
COMMANDS = [
    "benchmarks/summary_quality.py --dataset cnndm --half odd",
    "benchmarks/actors_quality.py --gold original,tune,held-out,held-out-2 --conll eng.testb",
    "benchmarks/actor_roles.py",
    "benchmarks/multilingual.py",
    "benchmarks/ner_multilingual.py natasha ru",
    "benchmarks/language_detection.py",
    "benchmarks/extraction.py --half odd",
    "benchmarks/pdf_fit.py --docx 200",
    "benchmarks/multi_article.py --distinct",
    "benchmarks/speed.py --agreement",
    "tools/fit_salience.py --binary",
    "tools/train_actor_tagger.py",
    # Developer scripts that read ../shared/eval.
    "benchmarks/actors_first_pass.py",
    "benchmarks/data/select_actors_dev.py",
    "benchmarks/data/select_actors_dev.py candidates",
]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """A checkout at ``<tmp>/briefing`` with no ``<tmp>/shared``: scripts copied, the rest linked."""
    repo = tmp_path_factory.mktemp("user") / "briefing"
    repo.mkdir()
    for folder in ("benchmarks", "tools"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("briefing", "resources", "seeds", "pyproject.toml"):
        (repo / name).symlink_to(ROOT / name)
    assert not (repo.parent / "shared").exists()
    return repo


def _run(repo: Path, command: str, path: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(repo))
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, *command.split()], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=240)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_readme_command_skips_in_one_line_without_shared(checkout, command):
    done = _run(checkout, command)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output
    assert done.returncode == 0, output
    assert "skip" in output.lower(), output


def test_the_export_tour_prints_its_usage_and_makes_nothing(checkout):
    """``run.py --help`` used to make a folder named ``--help`` and export into it."""
    done = _run(checkout, "benchmarks/export_tour61/run.py --help")
    assert done.returncode == 0 and "usage" in done.stdout.lower(), done.stdout + done.stderr
    assert not (checkout / "--help").exists()


def test_the_export_tour_without_poppler_says_what_to_install(checkout, tmp_path):
    """Without poppler's pdfinfo / pdftotext on PATH: one line naming poppler-utils, no traceback, no files."""
    out = tmp_path / "out"
    done = _run(checkout, f"benchmarks/export_tour61/run.py {out}", path=str(tmp_path))
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "poppler-utils" in output and "skip" in output, output
    assert done.returncode == 0 and not out.exists()


def test_the_word_list_builder_prints_its_usage_on_wrong_arguments(checkout):
    """``build_wordlists.py --help`` (or too few arguments) gave a TypeError traceback; now the usage, exit 2."""
    for command in ("tools/build_wordlists.py --help", "tools/build_wordlists.py"):
        done = _run(checkout, command)
        output = done.stdout + done.stderr
        assert "Traceback" not in output and "usage" in output.lower(), output
    assert _run(checkout, "tools/build_wordlists.py --help").returncode == 0
    assert _run(checkout, "tools/build_wordlists.py").returncode == 2


def test_the_web_tour_checker_without_its_pages_says_how_to_make_them(checkout, tmp_path):
    """``check.py`` before ``gen.py`` gave a FileNotFoundError traceback; now one line naming gen.py, exit 1."""
    env = dict(os.environ, PYTHONPATH=str(checkout), PAGES=str(tmp_path / "no-pages"))
    done = subprocess.run([sys.executable, "benchmarks/web_tour/check.py"], cwd=checkout, env=env,
                          capture_output=True, text=True, timeout=120)
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "gen.py" in output and done.returncode == 1, output
