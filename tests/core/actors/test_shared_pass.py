"""The rules' first pass shared by two processes (the command line's long articles): the same mentions."""

import os
from dataclasses import replace

import pytest

from briefing.core import parallel
from briefing.core.actors import document
from briefing.core.actors.document import (
    CHUNK_SENTENCES,
    _rule_mentions,
    chunk_count,
    read_chunks_from_back,
)

fork_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def _long_article(seed_article, extra=None):
    """The seed's paragraphs repeated over five chunks; ``extra`` maps a copy's number to a paragraph put after it."""
    paragraphs = []
    for i in range(450 // seed_article.sentence_count + 1):
        paragraphs.extend(list(p) for p in seed_article.paragraphs)
        if extra and i in extra:
            paragraphs.append(list(extra[i]))
    article = replace(seed_article, paragraphs=paragraphs)
    assert chunk_count(article) >= 4
    return article


@fork_only
def test_claims_give_every_chunk_once_to_one_of_two_processes(monkeypatch):
    """Front and back takers in two processes share out all chunks, none twice."""
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    claims = parallel.Claims(500)

    def take_back(claims):
        out = []
        while (c := claims.take_back()) is not None:
            out.append(c)
        return out

    pending = parallel.call_in_child(take_back, claims)
    mine = []
    while (c := claims.take_front()) is not None:
        mine.append(c)
    theirs = pending()
    claims.close()
    assert sorted(mine + theirs) == list(range(500))
    assert mine == sorted(mine) and theirs == sorted(theirs, reverse=True)


@fork_only
def test_shared_first_pass_gives_the_mentions_of_one_process(seed_article, monkeypatch):
    """Chunks read in a forked child and passed back make exactly the one-process mention list."""
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    article = _long_article(seed_article)
    claims = parallel.Claims(chunk_count(article))
    pending = parallel.call_in_child(read_chunks_from_back, article, claims)
    shared = _rule_mentions(article, claims, pending)
    claims.close()
    assert shared == _rule_mentions(article)
    assert len(shared) > 100


def test_chunks_a_failed_helper_took_are_read_here(seed_article):
    """Chunks taken by a helper that returns nothing (a dead child) are read by the caller: same mentions."""
    article = _long_article(seed_article)
    claims = parallel.Claims(chunk_count(article))
    lost = [claims.take_back(), claims.take_back()]
    assert lost == [claims.n - 1, claims.n - 2]
    assert _rule_mentions(article, claims, dict) == _rule_mentions(article)
    claims.close()


def test_sports_words_spread_over_chunks_still_make_a_sports_report(seed_article, monkeypatch):
    """Sports words spread so that neither half of the chunks holds four: teams are marked as in one pass."""
    # The seed has one ("round"); the first chunks get two more, the helper's last chunks the other two.
    extra = {0: ["Leeds won at home."], 9: ["The league changed."], 27: ["Two goals came late."],
             33: ["The season ends in May."]}
    article = _long_article(seed_article, extra)
    assert chunk_count(article) == 5
    marked = []
    real = document._mark_teams
    monkeypatch.setattr(document, "_mark_teams", lambda *a: marked.append(1) or real(*a))
    claims = parallel.Claims(chunk_count(article))
    lex = document._lexicon()
    finder, sentences = document._Finder(lex), [s.text for s in article.sentences]
    parts = {}
    while len(parts) < claims.n // 2:
        c = claims.take_back()  # the helper's half, read as the child reads it
        parts[c] = document._read_sentences(finder, lex, sentences, c * CHUNK_SENTENCES,
                                            min(len(sentences), (c + 1) * CHUNK_SENTENCES))
    shared = _rule_mentions(article, claims, lambda: parts)
    claims.close()
    assert marked == [1]
    assert shared == _rule_mentions(article) and marked == [1, 1]


def test_no_wait_for_a_helper_that_took_no_chunk(seed_article):
    """When this process took every chunk, it goes on without asking the helper (it may still be summarizing)."""
    article = _long_article(seed_article)
    claims = parallel.Claims(chunk_count(article))
    assert _rule_mentions(article, claims, lambda: pytest.fail("waited for the helper")) == _rule_mentions(article)
    claims.close()
