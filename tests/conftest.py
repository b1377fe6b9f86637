"""Shared fixtures. Qt must run offscreen: set before any Qt import (see README)."""

import atexit
import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (the actors' word lists) go to a folder of this test session, not the user's; so does the record of
# written files (and anything else in the data folder; window tests use one folder per test). The folders this
# session made are removed when it ends (the cache is about 70 MB: left behind, runs filled the disk).
_made_here: list[str] = []
for _variable, _prefix in (("BRIEFING_CACHE_DIR", "briefing-test-cache-"), ("BRIEFING_DATA_DIR", "briefing-test-data-")):
    if _variable not in os.environ:
        os.environ[_variable] = tempfile.mkdtemp(prefix=_prefix)
        _made_here.append(os.environ[_variable])
atexit.register(lambda: [shutil.rmtree(folder, ignore_errors=True) for folder in _made_here])

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "moscow-times-2021-06-03-russia-belarus-spy-agencies.txt"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def alarm():
    """``signal.alarm``, raising TimeoutError in the test when it rings: a hang guard for long hostile lines
    (put back as it was after the test)."""
    def stop(*_):
        raise TimeoutError("took longer than the alarm")

    old = signal.signal(signal.SIGALRM, stop)
    yield signal.alarm
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture
def seed_path() -> Path:
    """The bundled seed article."""
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    """The seed article, loaded once (tests must not modify it)."""
    from briefing.core.ingest import load_article

    return load_article(SEED)
