"""input64: what users paste or open as text and DOCX. A story's label (kicker) under or over the title, a bare
author name over a date line, a site's menu over the headline, a Markdown pipe table, a PDF viewer's page numbers
and short last lines, a DOCX soft line break; and the paste_tour64 probe (benchmarks/paste_tour64) run as tests,
development and set-aside cases apart."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from briefing.core.ingest.docx import join_soft_breaks
from briefing.core.ingest.load import load_article
from briefing.core.ingest.page_copy import drop_pipe_tables, is_page_line
from briefing.core.ingest.paste import pasted_article

from . import tour_docx as wd

BODY = "The council voted on Monday to build a new tram line to the northern suburbs.\n\n" \
       "Work is due to start next spring, the transport department said.\n"


def _body(article) -> list[str]:
    return [" ".join(p) for p in article.paragraphs]


@pytest.mark.parametrize("title, kicker", [
    ("Council backs the new tram line", "Analysis"), ("Council backs the new tram line", "OPINION"),
    ("Council backs the new tram line", "Exclusive:"), ("Council backs the new tram line", "LIVE"),
    ("Council backs the new tram line", "Explainer"), ("Stadtrat stimmt für neue Straßenbahn", "Kommentar"),
    ("Le conseil vote pour le tramway", "Décryptage"), ("El ayuntamiento aprueba el tranvía", "EXCLUSIVA"),
    ("Горсовет одобрил новую линию трамвая", "Мнение"), ("Міськрада схвалила нову лінію трамвая", "Ексклюзив"),
])
def test_kicker_under_the_title_is_no_body_text(title, kicker):
    a = pasted_article(f"{title}\n{kicker}\nBy Jane Doe\n\n{BODY}")
    assert a.title == title
    assert a.authors == ["Jane Doe"]
    assert _body(a)[0].startswith("The council voted")
    assert kicker not in "\n".join(_body(a))


def test_kicker_over_the_title_is_skipped():
    a = pasted_article(f"Analysis\n\nCouncil backs the new tram line\n\n{BODY}")
    assert a.title == "Council backs the new tram line" and _body(a)[0].startswith("The council voted")


def test_a_sentence_opening_with_a_label_word_stays():
    a = pasted_article(f"Council backs the new tram line\n\nAnalysis of the vote shows a clear majority.\n\n{BODY}")
    assert _body(a)[0] == "Analysis of the vote shows a clear majority."


@pytest.mark.parametrize("name, date, iso", [("Jane Doe", "12 March 2024", "2024-03-12"),
                                             ("Anna Schmidt", "12. März 2024", "2024-03-12"),
                                             ("Олена Коваль", "12 березня 2024", "2024-03-12")])
def test_bare_author_name_over_a_date_line_is_the_byline(name, date, iso):
    a = pasted_article(f"Council backs the new tram line\n{name}\n{date}\n\n{BODY}")
    assert a.title == "Council backs the new tram line"
    assert a.authors == [name] and a.date == iso
    assert name not in "\n".join(_body(a))


def test_a_title_alone_over_a_date_line_is_no_author():
    a = pasted_article(f"Boris Johnson Resigns\n12 March 2024\n\n{BODY}")
    assert a.title == "Boris Johnson Resigns" and a.authors == []


def test_site_menu_over_the_headline_is_skipped():
    text = ("Skip to main content\nHome\nNews\nWorld\nBusiness\nHarbour strike halts grain exports again\nBy Mari Evans\n"
            "Dock workers stayed off the job on Tuesday, leaving 40 ships waiting to load grain.\n"
            "The union says pay talks broke down last week.\n")
    a = pasted_article(text)
    assert a.title == "Harbour strike halts grain exports again" and a.authors == ["Mari Evans"]
    assert _body(a)[0].startswith("Dock workers")
    assert not any(w in "\n".join(_body(a)) for w in ("Home", "Business", "Skip"))


def test_pipe_table_is_left_out_of_the_body():
    text = ("# Unemployment falls again\n\nUnemployment fell in every region, the statistics office said.\n\n"
            "| Region | Q2 | Q3 |\n|---|---|---|\n| North | 6.1% | 5.8% |\n| South | 4.9% | 4.7% |\n\n"
            "Seasonal hiring explained part of the fall.\n")
    a = pasted_article(text)
    assert _body(a) == ["Unemployment fell in every region, the statistics office said.",
                        "Seasonal hiring explained part of the fall."]


def test_pipe_rows_without_a_delimiter_row_and_a_sentence_with_a_bar():
    assert drop_pipe_tables(["| North | 6.1 |", "| South | 4.9 |", "Jane Doe | Reuters"]) == ["Jane Doe | Reuters"]
    assert drop_pipe_tables(["| one row only |"]) == ["| one row only |"]


def test_hostile_bar_lines_are_read_in_linear_time():
    line = "|" + "-|" * 500_000
    start = time.thread_time()
    drop_pipe_tables([line, line, "x | " * 250_000])
    is_page_line(line)
    pasted_article("Title here\n\n" + ("| a " * 200_000) + "\n" + line + "\n\nA sentence to keep here.\n")
    assert time.thread_time() - start < 5


@pytest.mark.parametrize("line, page", [("2", True), ("- 2 -", True), ("2/3", True), ("Page 2 of 3", True),
                                        ("Seite 2 von 3", True), ("Сторінка 2 з 3", True),
                                        ("THE KELSTON GAZETTE 2", True), ("2024", False), ("NATO 2", False),
                                        ("Page two of the report", False), ("He said 2", False)])
def test_page_lines(line, page):
    assert is_page_line(line) is page


def test_pdf_viewer_page_number_between_paragraphs_goes_and_cuts_the_paragraph():
    text = ("Ferry to run every hour from July\nBy Jonas Weber\n\n"
            "The island ferry will run every hour from July, the operator said on Monday, after a year of com-\n"
            "plaints about crowded boats and long queues at the harbour.\n"
            "Page 2 of 3\n"
            "The council welcomed the plan but asked for a later last sailing on Fridays and Saturdays in summer,\n"
            "when the island hosts its music festival.\n")
    a = pasted_article(text)
    assert _body(a) == [
        "The island ferry will run every hour from July, the operator said on Monday, after a year of complaints "
        "about crowded boats and long queues at the harbour.",
        "The council welcomed the plan but asked for a later last sailing on Fridays and Saturdays in summer, "
        "when the island hosts its music festival."]


def test_short_last_line_ends_a_paragraph_in_hard_wrapped_text():
    text = ("Ferry to run every hour from July\n\n"
            "The island ferry will run every hour from July, the operator said on\n"
            "Monday, after a year of complaints about crowded boats.\n"
            "The council welcomed the plan but asked for a later last sailing on\n"
            "Fridays and Saturdays in summer, when the island hosts its festival.\n")
    assert len(pasted_article(text).paragraphs) == 1  # no short line: one paragraph
    shorter = text.replace("Monday, after a year of complaints about crowded boats.", "Monday.")
    assert len(pasted_article(shorter).paragraphs) == 2


def test_soft_break_after_prose_joins_and_after_short_lines_stays():
    assert join_soft_breaks("The council voted on Monday to build the tram line.\nWork starts in spring.") == \
        "The council voted on Monday to build the tram line. Work starts in spring."
    assert join_soft_breaks("Town Hall\nMarket Street 1\nKelston") == "Town Hall\nMarket Street 1\nKelston"


def test_docx_soft_break_inside_a_paragraph_is_one_paragraph(tmp_path):
    first = "The council voted on Monday to build a new tram line to the northern suburbs."
    second = "Work is due to start next spring, the transport department said on Tuesday."
    body = [wd.p("Tram line wins final vote", style="Title"),
            wd.p(wd.r(first), "<w:r><w:br/></w:r>", wd.r(second)),
            wd.p("Opposition councillors said the budget of 480 million pounds was unrealistic.")]
    a = load_article(wd.write_docx(tmp_path / "soft.docx", body))
    assert _body(a)[0] == f"{first} {second}"
    assert len(a.paragraphs) == 2


def _tour():
    path = Path(__file__).resolve().parents[3] / "benchmarks" / "paste_tour64" / "probe.py"
    spec = importlib.util.spec_from_file_location("paste_tour64_probe", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOUR = _tour()
#: paste_tour64 cases still read otherwise than expected (strict), and why.
KNOWN: dict[int, str] = {}  # round 2 (mail_paste, standfirst): cases 1, 3, 9, 16 and 23 now read as expected


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.number}-{c.name}", marks=[
    pytest.mark.xfail(reason=KNOWN[c.number], strict=True)] if c.number in KNOWN else []) for c in TOUR.CASES])
def test_paste_tour64(case):
    assert TOUR.problems(case) == []
