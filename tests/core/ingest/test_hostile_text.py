"""Hostile text that made the cleaning's regular expressions backtrack opens in linear time.

Each input used to run for over a minute (issue 12); the bound below is a hang check, ten times what it
takes now on a loaded 2-core machine, not a speed measurement (speed is in benchmarks/).
"""

import time

import pytest

from briefing.core.ingest import article_from_text
from briefing.core.ingest.cleaning import clean_text
from briefing.core.ingest.markdown import heading_text

HANG_BOUND_S = 10.0

HOSTILE = {
    "long run of #": "# a" + "#" * 40_000 + "x\n\nThe body sentence is here.",
    "heading of 600 words": "# " + "word " * 600 + "\n\nThe body sentence is here.",
    "80 KB of __x": "Start here. " + "__x " * 20_000,
    "20,000 unclosed links": "Start here. " + "[a](b" * 20_000,
    "20,000 unclosed emphasis marks": "Start here. " + "**x " * 20_000,
    "46,000 spaces in a paragraph": "The start of it." + " " * 46_000 + "And the end here.",
    "a long run of # after a heading": "## Title " + "#" * 30_000 + " tail\n\nThe body sentence is here.",
    # The sentence splitter's plain path looked for "word." from every letter of a word without a mark
    # (qafile48: a 40,000-letter word took 33 s, a 2 MB one-word file hours).
    "60,000 letters without a space": "The board met. " + "a" * 60_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_cleans_in_linear_time(name):
    """Every hostile input is cleaned and split into an article well within the hang bound."""
    start = time.perf_counter()
    article = article_from_text(HOSTILE[name], name)
    elapsed = time.perf_counter() - start
    assert article.sentence_count >= 1
    assert elapsed < HANG_BOUND_S, f"{name}: {elapsed:.1f} s"


def test_space_runs_become_one_space():
    """A run of spaces or tabs inside a paragraph is kept as one space."""
    cleaned = clean_text("Title line\n\nThe start of it.   \t  And the end here.")
    assert cleaned.paragraphs == ["The start of it. And the end here."]


@pytest.mark.parametrize("line, text", [
    ("# Title", "Title"),
    ("## Title ##", "Title"),
    ("   ### Spaced   ", "Spaced"),
    ("# C# is a language", "C# is a language"),
    ("#", ""),
    ("####### seven", None),
    ("#hashtag", None),
    ("Not a heading", None),
])
def test_heading_text(line, text):
    """ATX headings are read as CommonMark does: 1-6 marks, a space, optional closing marks."""
    assert heading_text(line) == text


def test_markdown_links_and_emphasis_still_cleaned():
    """Links become their text and emphasis marks go, as before the linear rewrite."""
    cleaned = clean_text("Title\n\nThe [SVR](https://svr.gov.ru/a_(b)) said **it** was *fine* and __so__.")
    assert cleaned.paragraphs == ["The SVR said it was fine and so."]


def test_caption_credit_patterns_are_linear_on_a_run_of_spaces():
    """A caption-sized block with a long run of spaces: the credit patterns once read the run from each of its
    positions (quadratic: about 60 s at 100,000 spaces). A hang guard, not a speed measure."""
    from briefing.core.ingest.furniture import is_caption

    block = "The council met." + " " * 100_000 + "It agreed."
    start = time.perf_counter()
    assert is_caption(block) is None
    assert time.perf_counter() - start < 10
