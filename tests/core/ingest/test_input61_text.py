"""input61: a publisher in a text article's byline or source line, and a live blog's time stamps.

Each test writes a made-up .txt or .md file and loads it; each fails on main before input61.
"""

from __future__ import annotations

import time

from briefing.core.ingest.byline_source import byline_publisher, name_bar_publisher, source_line, split_stamp
from briefing.core.ingest.load import load_article

BODY = ("The harbour board voted on Monday to dredge the old channel, closed to large boats since 2019.\n\n"
        "Work will start in the autumn and cost about two million pounds, the board's chair said.\n")


def _load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_byline_with_publisher_gives_author_and_source(tmp_path):
    a = _load(tmp_path, "a.txt", "Harbour channel to be dredged\n\nBy Aled Price, The Western Gazette\n\n" + BODY)
    assert (a.authors, a.source) == (["Aled Price"], "The Western Gazette")
    assert a.paragraphs[0][0].startswith("The harbour board voted")


def test_name_bar_publisher_and_source_line(tmp_path):
    a = _load(tmp_path, "b.md", "# Harbour channel to be dredged\n\nAled Price | Reuters\n\n" + BODY)
    assert (a.authors, a.source) == (["Aled Price"], "Reuters")
    c = _load(tmp_path, "c.txt", "Harbour channel to be dredged\n\nSource: Harbour Radio\n\nBy Aled Price\n\n" + BODY)
    assert (c.authors, c.source) == (["Aled Price"], "Harbour Radio")
    assert "Source" not in c.text


def test_a_town_or_second_author_after_the_comma_is_no_publisher(tmp_path):
    a = _load(tmp_path, "d.txt", "Harbour channel to be dredged\n\nBy Aled Price, Mari Evans\n\n" + BODY)
    assert a.authors == ["Aled Price", "Mari Evans"] and a.source is None
    assert byline_publisher("By Aled Price, Swansea") is None
    assert name_bar_publisher("World | Politics") is None and name_bar_publisher("Middle East | BBC News") is None
    assert source_line("Source: Eurostat, 2023") is None


def test_live_blog_stamps_are_not_in_the_first_sentence(tmp_path):
    text = ("# Live: storm closes the harbour\n\n4 June 2025\n\n**11:47 GMT** The harbour closed at noon.\n\n"
            "Updated 12:05 Ferries stopped for the day. The next one leaves at 8:00.\n\n12:30 BST: \"Stay home,\" "
            "the police said.\n\n13:10\n\nThe wind eased in the afternoon.\n")
    a = _load(tmp_path, "live.md", text)
    assert [p[0] for p in a.paragraphs] == ["The harbour closed at noon.", "Ferries stopped for the day.",
                                            "\"Stay home,\" the police said.", "The wind eased in the afternoon."]
    assert "The next one leaves at 8:00." in a.paragraphs[1]  # a clock time inside the text stays
    assert a.date == "2025-06-04"


def test_stamp_pattern_is_linear_on_a_hostile_line():
    assert split_stamp("11:47 GMT The harbour") == ("11:47 GMT", "The harbour")
    assert split_stamp("3:1 lead for the home side") == ("", "3:1 lead for the home side")
    for hostile in ("1" * 1_000_000, "11:47 " + " " * 1_000_000, "By A, " + "The " * 250_000):
        start = time.perf_counter()
        split_stamp(hostile), byline_publisher(hostile), name_bar_publisher(hostile), source_line(hostile)
        assert time.perf_counter() - start < 0.5
