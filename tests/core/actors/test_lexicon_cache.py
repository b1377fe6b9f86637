"""The actors' word lists are built once and then loaded from the user cache."""

import marshal

from briefing.core.actors import lexicon


def _fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    lexicon._lexicon.cache_clear()


def test_cached_word_lists_equal_the_built_ones(monkeypatch, tmp_path):
    """The first load writes the cache; the next one reads it and gets the very same lists."""
    _fresh(monkeypatch, tmp_path)
    try:
        built = lexicon._lexicon()
        files = list(tmp_path.glob("actor-wordlists-*.marshal"))
        assert len(files) == 1
        lexicon._lexicon.cache_clear()
        assert lexicon._load_cached() == built
        assert lexicon._lexicon() == built
    finally:
        lexicon._lexicon.cache_clear()


def test_a_stale_or_damaged_cache_is_rebuilt(monkeypatch, tmp_path):
    """A cache file of another key is removed; a damaged one is ignored and replaced."""
    _fresh(monkeypatch, tmp_path)
    try:
        stale = tmp_path / "actor-wordlists-0000.marshal"
        stale.write_bytes(marshal.dumps({"stop_words": 1}))
        path = lexicon._cache_path()
        path.write_bytes(b"not marshal data")
        assert lexicon._load_cached() is None
        path.write_bytes(marshal.dumps({"common_words": ["a list, not a frozenset"]}))
        assert lexicon._load_cached() is None
        built = lexicon._lexicon()
        assert not stale.exists()
        assert lexicon._load_cached() == built
    finally:
        lexicon._lexicon.cache_clear()


def test_word_lists_build_without_a_cache_folder(monkeypatch, tmp_path):
    """With no usable cache folder the lists are built as before."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _fresh(monkeypatch, blocker / "cache")  # a folder cannot be made inside a file
    try:
        assert lexicon._cache_path() is None
        assert "russia" in lexicon._lexicon().gazetteer
    finally:
        lexicon._lexicon.cache_clear()
