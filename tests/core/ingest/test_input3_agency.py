"""input3: a publisher's or agency's name alone between blank lines under a text article's title is its source
(benchmarks/multi_tour64/s7_grain/a_wire.txt: "Anglia Press Agency" was body paragraph 1, then an actor); a short
first paragraph or a one-line standfirst in title case stays body text. The probe's cases
(benchmarks/input3_probe/agency_cases.py) run here, development and set-aside apart; one agency list for the app."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from briefing.core.ingest import bylines
from briefing.core.ingest.byline_source import outlet_line
from briefing.core.ingest.load import load_article
from briefing.core.language import dates

BENCH = Path(__file__).resolve().parents[3] / "benchmarks"
_spec = importlib.util.spec_from_file_location("agency_cases", BENCH / "input3_probe" / "agency_cases.py")
_cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_cases)
DEV = [c for i, c in enumerate(_cases.CASES) if i % 3 != 2]
ASIDE = [c for i, c in enumerate(_cases.CASES) if i % 3 == 2]


def _check(tmp_path, fname, text, source, first):
    path = tmp_path / fname
    path.write_text(text, encoding="utf-8")
    a = load_article(path)
    assert (a.source or "") == source
    assert " ".join(a.paragraphs[0]).startswith(first)
    return a


@pytest.mark.parametrize("name, fname, text, source, first", DEV, ids=[c[0] for c in DEV])
def test_probe_development(tmp_path, name, fname, text, source, first):
    _check(tmp_path, fname, text, source, first)


@pytest.mark.parametrize("name, fname, text, source, first", ASIDE, ids=[c[0] for c in ASIDE])
def test_probe_set_aside(tmp_path, name, fname, text, source, first):
    _check(tmp_path, fname, text, source, first)


def test_the_tour_wire_copy_reads_its_agency_as_source():
    a = load_article(BENCH / "multi_tour64" / "s7_grain" / "a_wire.txt")
    assert a.source == "Anglia Press Agency"
    assert a.paragraphs[0][0].startswith("President Volodymyr Zelensky")
    assert "Anglia Press Agency" not in " ".join(s for p in a.paragraphs for s in p)


@pytest.mark.parametrize("line", ["Anglia Press Agency", "Reuters", "AFP", "Agencia EFE", "Radio Nord",
                                  "The Valmora Times", "Agence France-Presse", "Агентство «Северные новости»",
                                  "Deutsche Presse-Agentur", "Nordsee Kurier"])
def test_outlet_names(line):
    assert outlet_line(line)


@pytest.mark.parametrize("line", ["Press freedom matters", "Coastal Herald Closes", "Jane Doe", "Analysis",
                                  "Presse Kritisiert Den Beschluss Scharf", "Агентство сообщило о споре",
                                  "Farmers Protest Outside Parliament", "Radio.", "News", "The", "World News",
                                  "Local News"])
def test_no_outlet_names(line):
    assert not outlet_line(line)


def test_one_agency_list():
    """The byline reader and the dateline reader share one list: "(Bloomberg)" and "Von Anna Schmidt, Xinhua"
    were known to one only."""
    assert bylines.AGENCIES is dates.AGENCIES
    assert bylines.byline_agency("Von Anna Schmidt, Xinhua") == "Xinhua"
    assert bylines.byline_agency("By Jane Doe, Bloomberg") == "Bloomberg"
    assert {"bloomberg", "xinhua", "belga", "унн"} <= dates.AGENCIES


def test_outlet_line_is_fast_on_a_hostile_line():
    hostile = "«" + "Агентство " * 100_000
    start = time.perf_counter()
    for line in (hostile, "A" * 1_000_000, "Press " * 200_000):
        assert not outlet_line(line)
    assert time.perf_counter() - start < 0.5


def test_a_section_heading_over_the_body_is_no_source(tmp_path):
    a = _check(tmp_path, "a.md", f"# {_cases.T}\n\n## Anglia Press Agency\n\n{_cases.EN}", "", "Anglia Press Agency")
    assert a.title == _cases.T
