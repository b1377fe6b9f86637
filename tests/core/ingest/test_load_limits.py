"""Smaller load rules from issue 18: the whole text is checked for binary data, a one-line article
opens, sizes are reported in MiB."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest import load_article


def test_binary_data_after_the_first_20000_characters_is_caught(tmp_path):
    """Control bytes in the second half of a file are seen too (the check used to read 20,000 characters)."""
    path = tmp_path / "late.txt"
    path.write_bytes(("The council met on Monday. " * 1500).encode() + bytes(range(1, 9)) * 2000)
    with pytest.raises(LoadError, match=r"^late\.txt: looks like a binary file, not text; open the article as text, HTML, PDF or Word\.$"):
        load_article(path)


def test_a_one_line_article_without_a_final_period_opens(tmp_path):
    """A single line with no final period is the article's body (and its title), not "no article text"."""
    path = tmp_path / "one.txt"
    path.write_text("The council agreed on a new transport plan for the city on Monday", encoding="utf-8")
    article = load_article(path)
    assert article.paragraphs == [["The council agreed on a new transport plan for the city on Monday"]]


def test_the_size_limit_is_reported_in_mib(tmp_path):
    """A 21 MiB text file is refused as "21.0 MiB; at most 20 MiB" (it used to say 22 MB / 21 MB)."""
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 2**20)
    with pytest.raises(LoadError, match=r"^big\.txt: the file is too large \(21\.0 MiB; at most 20 MiB\); open the article alone"):
        load_article(path)


def test_sumy_implementation_prints_no_warnings(tmp_path):
    """`--implementation sumy` on a tiny text prints nothing on stderr (sumy's LSA and NumPy warned before)."""
    path = tmp_path / "tiny.txt"
    path.write_text("Title here\n\nThe the the. A a a. Of of.\n", encoding="utf-8")
    for algorithm in ("lsa", "lexrank"):
        r = subprocess.run([sys.executable, "-m", "briefing.cli", "summarize", str(path), "--implementation", "sumy",
                            "-a", algorithm, "-n", "5"], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0 and r.stderr == "", r.stderr
