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


@pytest.mark.parametrize("language, first, second", [
    ("ru", "A  Городские новости · 4 марта 2024 · «Совет утвердил бюджет»",
     "B  «Пожар на складе» — нет общих тезисов и участников с другими источниками"),
    ("de", "A  Städtische Nachrichten · 4. März 2024 · „Rat beschließt Haushalt“",
     "B  „Brand im Lager“ — teilt keinen Punkt und keinen Akteur mit den anderen Quellen"),
    ("fr", "A  Nouvelles · 4 mars 2024 · «\u00a0Le conseil adopte le budget\u00a0»", "B  «\u00a0Incendie\u00a0» — reprend A"),
    ("es", "A  Noticias · 4 de marzo de 2024 · «El consejo aprueba el presupuesto»", "B  «Incendio» — repite A"),
])
def test_sources_block_in_the_brief_language(language, first, second):
    """The sources block of a brief in the article's language writes dates, quotation marks and the machine's
    notes in that language (they were English: '4 March 2024 · “…” — shares no point or actor ...'); an
    analyst's note stays as written; an English brief of the same sources stays English."""
    from briefing.core.brief.pipeline import UNRELATED_NOTE
    from briefing.core.model import Briefing, SourceRef

    titles = {"ru": ("Совет утвердил бюджет", "Пожар на складе", "Городские новости", UNRELATED_NOTE),
              "de": ("Rat beschließt Haushalt", "Brand im Lager", "Städtische Nachrichten", UNRELATED_NOTE),
              "fr": ("Le conseil adopte le budget", "Incendie", "Nouvelles", "repeats A"),
              "es": ("El consejo aprueba el presupuesto", "Incendio", "Noticias", "repeats A")}[language]
    b = Briefing(title=titles[0], language=language, sources=[
        SourceRef(letter="A", publisher=titles[2], date="2024-03-04", title=titles[0]),
        SourceRef(letter="B", title=titles[1], note=titles[3]),
        SourceRef(letter="C", title=titles[1], note="checked by phone")])
    c = brief_content(b)
    assert [s.line for s in c.sources] == [first, second, c.sources[2].line]
    assert c.sources[2].line.endswith("— checked by phone")
    english = brief_content(b, brief_language="en")
    assert english.sources[0].line == f"A  {titles[2]} · 4 March 2024 · \u201c{titles[0]}\u201d"
