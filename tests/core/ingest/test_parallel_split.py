"""A long text's sentences split half in a forked child (the command line): the same article."""

import os

import pytest

from briefing.core import parallel
from briefing.core.ingest import text as ingest_text
from briefing.core.ingest.load import load_article

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def _long_file(tmp_path, seed_path):
    """The seed's paragraphs repeated past PARALLEL_MIN_CHARS (each copy numbered: cleaning drops repeats)."""
    title, _, body = seed_path.read_text(encoding="utf-8").partition("\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    copies = ingest_text.PARALLEL_MIN_CHARS // len(body) + 2
    path = tmp_path / "long.txt"
    text = "\n\n".join(f"{p} This is copy {i}." for i in range(copies) for p in paragraphs)
    path.write_text(title + "\n\n" + text, encoding="utf-8")
    assert sum(len(s) for para in load_article(path).paragraphs for s in para) >= ingest_text.PARALLEL_MIN_CHARS
    return path


def test_parallel_split_gives_the_same_article(tmp_path, seed_path, monkeypatch):
    """With LOAD_PARALLEL set, the child splits the second half of the paragraphs; the article is identical."""
    path = _long_file(tmp_path, seed_path)
    alone = load_article(path)
    monkeypatch.setattr(parallel, "can_fork", lambda: True)  # pytest's own threads split nothing
    here = []  # paragraphs split in this process (the child's do not show here)
    real = ingest_text._split_paragraphs
    monkeypatch.setattr(ingest_text, "_split_paragraphs", lambda tok, ps: here.append(len(ps)) or real(tok, ps))
    started = []
    real_call = parallel.call_in_child
    monkeypatch.setattr(parallel, "call_in_child", lambda *a: started.append(1) or real_call(*a))
    token = ingest_text.LOAD_PARALLEL.set(True)
    try:
        together = load_article(path)
    finally:
        ingest_text.LOAD_PARALLEL.reset(token)
    assert started == [1] and here == []  # a child was started, and the second half came from it
    assert together == alone
    assert len(together.paragraphs) > 10


def test_failed_child_is_redone_here(tmp_path, seed_path, monkeypatch):
    """When the child fails, the parent splits the second half itself: still the same article."""
    path = _long_file(tmp_path, seed_path)
    alone = load_article(path)

    def failing(fn, *args):
        def result():
            raise parallel.ChildFailed("test")
        return result

    monkeypatch.setattr(parallel, "call_in_child", failing)
    token = ingest_text.LOAD_PARALLEL.set(True)
    try:
        assert load_article(path) == alone
    finally:
        ingest_text.LOAD_PARALLEL.reset(token)
