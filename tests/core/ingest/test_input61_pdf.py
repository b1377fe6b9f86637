"""input61: a PDF's cover page, a running head's date, a head over a one-page title and a fact box's lines.

Each test builds its PDF with reportlab (made-up articles, not the tour's) and fails on main before input61.
"""

from __future__ import annotations

import time

from briefing.core.export.i18n import RUSSIAN
from briefing.core.export.text import readable_date
from briefing.core.ingest.date_lines import head_date, month_date
from briefing.core.ingest.load import load_article

from .tour_pdf import Furniture, Layout, Sidebar, typeset

BODY = [
    "The water board agreed on Tuesday to replace the old pumping station at Kessel, which has drained the polder "
    "since 1931.",
    "The new station will move twice as much water and run on power from the grid instead of diesel, the board's "
    "engineer, Mira Jansen, said.",
    "Farmers in the polder had asked for the change after the wet winter of 2023, when fields stood under water "
    "for six weeks.",
    "Building work will start next spring and take about eighteen months, during which the old pumps keep running.",
    "The board will pay for the station with a loan and a small rise in the water tax, about nine euros a year "
    "for a household.",
    "Nature groups asked the board to build a fish passage next to the station, and the board said it would study "
    "the idea.",
]


def _texts(article) -> list[str]:
    return [" ".join(p) for p in article.paragraphs]


def test_running_head_date_is_the_date_when_the_text_has_none(tmp_path):
    furniture = Furniture(head_left="Polder Post - Region", head_right="Friday 7 November 2025",
                          foot_center="Page {page} of {pages}")
    blocks = [("title", "Water board to replace old pumping station"), ("front", "By Kees Bakker")]
    blocks += [("body", t) for t in BODY * 4]
    article = load_article(typeset(tmp_path / "head.pdf", blocks, Layout(columns=2, furniture=furniture)))
    assert article.date == "2025-11-07"
    assert not any("7 November" in p for p in _texts(article))


def test_a_date_in_the_text_wins_over_the_running_head(tmp_path):
    furniture = Furniture(head_right="Friday 7 November 2025", foot_center="Page {page} of {pages}")
    blocks = [("title", "Water board to replace old pumping station"), ("front", "By Kees Bakker"),
              ("front", "5 November 2025")]
    blocks += [("body", t) for t in BODY * 4]
    article = load_article(typeset(tmp_path / "both.pdf", blocks, Layout(columns=2, furniture=furniture)))
    assert article.date == "2025-11-05"


def test_cover_page_gives_title_and_month_date_and_body_starts_after_it(tmp_path):
    blocks = [("cover", "INSTITUTE FOR WATER POLICY"), ("cover", "Polders after the wet winters"),
              ("cover", "Working Paper No. 7"), ("cover", "September 2023"), ("pagebreak", ""),
              ("heading", "Summary")] + [("body", t) for t in BODY]
    article = load_article(typeset(tmp_path / "cover.pdf", blocks))  # no metadata title: the cover's is read
    assert article.title == "Polders after the wet winters"
    assert article.date == "2023-09"
    assert _texts(article)[0] == "Summary"
    assert not any(x in " ".join(_texts(article)) for x in ("INSTITUTE", "Working Paper", "September 2023"))
    # The brief writes the month alone (the day is unknown), in the brief's language.
    assert readable_date(article.date) == "September 2023"
    assert readable_date(article.date, RUSSIAN) == "сентябрь 2023"


def test_a_first_page_with_body_text_is_no_cover(tmp_path):
    blocks = [("title", "Polders after the wet winters"), ("front", "By Kees Bakker")] + [("body", t) for t in BODY]
    blocks += [("pagebreak", "")] + [("body", t) for t in BODY[:2]]
    article = load_article(typeset(tmp_path / "plain.pdf", blocks))
    assert article.title == "Polders after the wet winters" and article.authors == ["Kees Bakker"]
    assert _texts(article)[0].startswith("The water board agreed")


def test_one_page_head_over_a_title_across_two_columns_is_no_body(tmp_path):
    furniture = Furniture(head_left="Polder Quarterly", head_right="Autumn issue", foot_center="- {page} -")
    blocks = [("title", "Kessel gets a new pumping station"), ("front", "By Mira Jansen and Kees Bakker")]
    blocks += [("body", t) for t in BODY * 2]
    article = load_article(typeset(tmp_path / "one.pdf", blocks, Layout(columns=2, furniture=furniture)))
    assert article.authors == ["Mira Jansen", "Kees Bakker"]
    body = " ".join(_texts(article))
    assert "Polder Quarterly" not in body and "Autumn issue" not in body and "By Mira" not in body
    assert _texts(article)[0] == BODY[0]


def test_fact_box_lines_are_separate_items(tmp_path):
    sidebar = Sidebar("At a glance", ["Cost: 14 million euros", "Pumps: 4", "Capacity: 900 m3 a minute",
                                      "Ready: autumn 2027"])
    blocks = [("title", "Kessel to get new pumps"), ("front", "By Mira Jansen")]
    blocks += [("body", t) for t in BODY]
    article = load_article(typeset(tmp_path / "box.pdf", blocks, Layout(sidebar=sidebar)))
    texts = _texts(article)
    for item in ("Cost: 14 million euros", "Pumps: 4", "Capacity: 900 m3 a minute", "Ready: autumn 2027"):
        assert item in texts
    assert [t for t in texts if t in BODY] == BODY


def test_a_wrapped_paragraph_in_a_box_stays_one_paragraph(tmp_path):
    # Lines of prose that happen to start with capitals stay one paragraph (their lines reach the box's edge).
    sidebar = Sidebar("Background", ["The Kessel station was built in", "Dutch brick by the old Water", "Board of "
                                     "Delfland and Rijnland", "after the flood of 1926."])
    blocks = [("title", "Kessel to get new pumps")] + [("body", t) for t in BODY]
    texts = _texts(load_article(typeset(tmp_path / "prose.pdf", blocks, Layout(sidebar=sidebar))))
    assert "Pumps" not in texts
    assert not any(t == "Dutch brick by the old Water" for t in texts)


def test_month_and_head_dates_and_a_hostile_line():
    assert month_date("June 2024") == "2024-06" and month_date("junio de 2024") == "2024-06"
    assert month_date("Spring 2025") is None and month_date("Policy Report No. 12") is None
    assert head_date("Harbour Times | Thursday, 13 March 2025") == "2025-03-13"
    assert head_date("Regional Economic Review") is None
    hostile = "1 " * 500_000
    start = time.perf_counter()
    assert head_date(hostile) is None and month_date(hostile) is None
    assert time.perf_counter() - start < 0.5
