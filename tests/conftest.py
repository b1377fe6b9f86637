"""Shared fixtures. Qt must run offscreen: set before any Qt import (see README)."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Caches (the actors' word lists) go to a folder of this test session, not the user's.
if "BRIEFING_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["BRIEFING_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefing-test-cache-")
# The record of written files (and anything else in the data folder) too; window tests use one folder per test.
if "BRIEFING_DATA_DIR" not in os.environ:
    import tempfile

    os.environ["BRIEFING_DATA_DIR"] = tempfile.mkdtemp(prefix="briefing-test-data-")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "moscow-times-2021-06-03-russia-belarus-spy-agencies.txt"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def seed_path() -> Path:
    """The bundled seed article."""
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    """The seed article, loaded once (tests must not modify it)."""
    from briefing.core.ingest import load_article

    return load_article(SEED)
