"""Every format shows a brief of several articles: sources block, cited anchors, disputed figures, method line."""

from __future__ import annotations

import pytest

from briefing.core.brief.pipeline import analyse_sources, export_brief, make_multi_briefing
from briefing.core.export.content import brief_content
from briefing.core.export.text import method_text
from briefing.core.model import SummaryOptions
from briefing.core.multi.sources import lettered

from tests.core.multi.stories import story_articles


@pytest.fixture(scope="module")
def briefing():
    return make_multi_briefing(analyse_sources(lettered(story_articles()), SummaryOptions(sentences=5)))


def test_content_lists_sources_and_citations(briefing):
    """The content has the three sources, the bottom line's [A¶1, C¶1] and the cost point's differing figures."""
    c = brief_content(briefing)
    assert [(s.letter, s.publisher, s.date) for s in c.sources] == [
        ("A", "City News", "4 March 2024"), ("B", "Daily Courier", "5 March 2024"), ("C", "Wire Service", "4 March 2024")]
    assert c.bottom_line_anchor == "[A\u00b61, C\u00b61]"
    cost = next(p for p in c.points if "billion" in p.text)
    assert "2.5 billion euros" in cost.note and "B\u00b62 gives 3.1 billion euros" in cost.note


def test_method_line_counts_sources_and_sentences(briefing):
    """The method line says how many sources and sentences were rated."""
    total = sum(a.sentence_count for a in story_articles())
    assert method_text(briefing.method).startswith(f"Method: Extractive, BriefRank, 6 of {total} sentences from "
                                                   "3 sources rated together")


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "pdf"])
def test_every_format_has_the_sources_block(briefing, fmt, tmp_path):
    """Each format names every source's letter, publisher and title, the citations and the differing figure."""
    path = tmp_path / f"brief.{fmt}"
    report = export_brief(briefing, path)
    if fmt == "pdf":
        assert report.pages == 1
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    elif fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    else:
        text = path.read_text(encoding="utf-8")
    flat = " ".join(text.replace("\\", "").split())
    for name in ("City News", "Daily Courier", "Wire Service", "Trams return to the city", "Transport plan passes"):
        assert name in flat, name
    assert "A\u00b61, C\u00b61" in flat
    assert "3.1 billion euros" in flat
    assert "3 sources" in flat


@pytest.mark.parametrize("code, heading, differ, method", [
    ("de", "## Quellen", "Die Quellen weichen ab:", "Sätzen aus 3 gemeinsam bewerteten Quellen"),
    ("ru", "## Источники", "Источники расходятся:", "источников: 3"),
])
def test_sources_words_in_the_brief_language(briefing, code, heading, differ, method, tmp_path):
    """A brief of several articles written in German or Russian has its sources heading, figures note and method line
    in that language."""
    from copy import deepcopy

    translated = deepcopy(briefing)
    translated.language = code
    path = tmp_path / "brief.md"
    export_brief(translated, path)
    text = " ".join(path.read_text(encoding="utf-8").replace("\\", "").split())
    assert heading in text and differ in text and method in text
    assert "Sources differ" not in text and "rated together" not in text
