"""A brief of several articles as a document: file format 2, version 1 still opens, add and remove sources."""

from __future__ import annotations

import json

import pytest

from briefing.core.brief.document import (FORMAT_VERSION, load_document, machine_points, new_document,
                                          save_document)
from briefing.core.brief.pipeline import analyse, analyse_sources
from briefing.core.brief.sources import apply_analysis, new_multi_document, remove_source
from briefing.core.model import SummaryOptions
from briefing.core.multi.sources import Source, lettered

from tests.core.multi.stories import story_articles

OPTIONS = SummaryOptions(sentences=5)


def _multi():
    return new_multi_document(analyse_sources(lettered(story_articles()), OPTIONS), OPTIONS)


def _shared(doc):
    """Return the point (or bottom line citations) stated by A and C."""
    return doc.briefing.bottom_line_citations


def test_new_document_cites_sources():
    """The bottom line cites A and C (both state it); the sources block lists A, B, C with their metadata."""
    doc = _multi()
    b = doc.briefing
    assert {c.source for c in b.bottom_line_citations} == {"A", "C"}
    assert [(r.letter, r.publisher, r.date) for r in b.sources] == [
        ("A", "City News", "2024-03-04"), ("B", "Daily Courier", "2024-03-05"), ("C", "Wire Service", "2024-03-04")]
    assert b.method["sources"] == 3
    assert all(p.source in "ABC" and p.citations for p in b.key_points)


def test_save_and_reopen_version_2(tmp_path):
    """A brief of three articles saves as version 2 (the first article not written twice) and reopens equal."""
    doc = _multi()
    path = tmp_path / "story.briefing"
    save_document(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == FORMAT_VERSION == 2
    assert data["sources"][0] == {"letter": "A"} and data["sources"][1]["letter"] == "B"
    again = load_document(path)
    assert [s.letter for s in again.sources] == ["A", "B", "C"]
    assert again.article is again.sources[0].article
    assert [s.article.to_dict() for s in again.sources] == [s.article.to_dict() for s in doc.sources]
    assert again.briefing.to_dict() == doc.briefing.to_dict()
    assert again.multi.to_dict() == doc.multi.to_dict()


def test_version_1_file_still_opens(tmp_path):
    """A one-article brief is written as version 1 exactly as before, and a version 1 file opens as one article."""
    article = story_articles()[0]
    analysis = analyse(article, OPTIONS)
    doc = new_document(analysis.article, analysis.summary, analysis.actors, OPTIONS)
    path = tmp_path / "one.briefing"
    save_document(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and "sources" not in data
    # A file as version 1 wrote it: no citations, sources or multi fields at all.
    for point in data["briefing"]["key_points"]:
        for key in ("source", "citations", "variants"):
            point.pop(key)
    for key in ("sources", "bottom_line_citations"):
        data["briefing"].pop(key)
    path.write_text(json.dumps(data), encoding="utf-8")
    again = load_document(path)
    assert not again.is_multi and again.multi is None
    assert [p.text for p in again.briefing.key_points] == [p.text for p in doc.briefing.key_points]
    assert again.briefing.key_points[0].citations == []


def test_newer_version_is_refused(tmp_path):
    """A file of version 3 is refused with a message naming the versions."""
    from briefing.core.errors import LoadError

    doc = _multi()
    path = tmp_path / "new.briefing"
    save_document(doc, path, extra={"version": 3})
    with pytest.raises(LoadError, match="format 3"):
        load_document(path)


def test_remove_source_takes_its_citations():
    """Removing C: no citation, variant, actor or sources-block entry names C; the shared bottom line keeps A."""
    doc = _multi()
    remove_source(doc, "C")
    b = doc.briefing
    letters = {c.source for p in b.key_points for c in [*p.citations, *p.variants]}
    letters |= {p.source for p in b.key_points} | {c.source for c in b.bottom_line_citations}
    letters |= {k for a in b.actors for k in a.sources}
    assert "C" not in letters
    assert [c.source for c in b.bottom_line_citations] == ["A"]
    assert [r.letter for r in b.sources] == ["A", "B"] and b.method["sources"] == 2
    assert [s.letter for s in doc.sources] == ["A", "B"]
    assert all("C" not in {c.source for c in p.citations} for p in machine_points(doc))


def test_remove_wording_source_rewords_from_another():
    """Removing A, the bottom line A worded takes C's verbatim sentence; A's only points go."""
    doc = _multi()
    only_a = [p.text for p in doc.briefing.key_points if {c.source for c in p.citations} == {"A"}]
    remove_source(doc, "A")
    b = doc.briefing
    c_article = doc.source("C").article
    assert b.bottom_line == c_article.sentences[0].text
    assert not set(only_a) & {p.text for p in b.key_points}
    assert doc.article is c_article or doc.article is doc.source("B").article


def test_remove_last_source_is_refused():
    """A brief keeps at least one source."""
    doc = _multi()
    remove_source(doc, "A")
    remove_source(doc, "B")
    with pytest.raises(ValueError):
        remove_source(doc, "C")


def test_adding_sources_keeps_the_analysts_points():
    """A one-article brief with an edited point gains B and C: the edit stays (cited to A), points cite B and C."""
    a, b, c = story_articles()
    analysis = analyse(a, OPTIONS)
    doc = new_document(analysis.article, analysis.summary, analysis.actors, OPTIONS)
    doc.briefing.key_points[0].text += " (edited)"
    doc.briefing.key_points[0].edited = True
    sources = [Source("A", doc.article), *lettered([b, c], ["A"])]
    apply_analysis(doc, analyse_sources(sources, OPTIONS), OPTIONS)
    assert doc.is_multi and [s.letter for s in doc.sources] == ["A", "B", "C"]
    edited = [p for p in doc.briefing.key_points if p.edited]
    assert len(edited) == 1 and edited[0].source == "A" and edited[0].citations[0].source == "A"
    cited = {c.source for p in doc.briefing.key_points for c in p.citations}
    assert {"B", "C"} <= cited | {v.source for p in doc.briefing.key_points for v in p.variants}
    assert doc.briefing.method["sources"] == 3


def test_a_point_removed_from_a_brief_of_several_sources_stays_out_of_a_new_analysis():
    """Several sources: a machine point the analyst removed is left out when the sources are summarized again
    (another length), counted as withheld; removing its source forgets the removal."""
    from briefing.core.brief.document import remove_point

    doc = _multi()
    gone = doc.briefing.key_points[0]
    key = (gone.source, gone.source_index)
    remove_point(doc, 0)
    assert [r.key for r in doc.briefing.removed] == [key]
    options = SummaryOptions(sentences=6)
    withheld = apply_analysis(doc, analyse_sources(list(doc.sources), options), options)
    assert withheld == 1
    assert key not in [(p.source, p.source_index) for p in doc.briefing.key_points]
    remove_source(doc, key[0])
    assert doc.briefing.removed == []


def test_a_pasted_source_is_read_as_a_pasted_new_article():
    """A rich copy added as source B goes through the same reading as Paste as New Article (pasted_article): its
    HTML copy gives B the title, byline, date and paragraphs that a new brief from the same copy gets."""
    from briefing.core.brief.document import document_from_text
    from briefing.core.brief.sources import analyse_more
    from briefing.core.ingest.paste import Clipping
    from tests.core.ingest import clipboard as c

    first = story_articles()[0]
    analysis = analyse_more([Source("A", first)], [], [Clipping(c.run_together_plain(), c.chrome_fragment())], OPTIONS)
    assert [s.letter for s in analysis.sources] == ["A", "B"]
    b = analysis.sources[1].article
    alone = document_from_text(c.run_together_plain(), OPTIONS, html=c.chrome_fragment()).article
    assert b.format == alone.format == "html"
    assert (b.title, b.authors, b.date) == (alone.title, alone.authors, alone.date) == (c.TITLE, [c.AUTHOR],
                                                                                        "2024-03-04")
    assert [" ".join(p) for p in b.paragraphs] == c.PARAGRAPHS
    assert b.captions == alone.captions and b.sentences == alone.sentences


def test_a_pasted_source_of_plain_text_alone_is_still_read():
    """A plain string (or a clipping without an HTML copy) added as a source is read as pasted text."""
    from briefing.core.brief.sources import analyse_more
    from briefing.core.ingest.paste import Clipping
    from tests.core.ingest import clipboard as c

    first = story_articles()[0]
    analysis = analyse_more([Source("A", first)], [], [c.word_plain(), Clipping(c.editor_plain())], OPTIONS)
    assert [s.letter for s in analysis.sources] == ["A", "B", "C"]
    for source in analysis.sources[1:]:
        assert source.article.format == "text" and source.article.title == c.TITLE
        assert [" ".join(p) for p in source.article.paragraphs] == c.PARAGRAPHS


def _one_then_two():
    """Return the brief of article A alone (with an author), to which article B was then added."""
    a, b, _c = story_articles()
    a.authors = ["Anna Reporter"]
    analysis = analyse(a, OPTIONS)
    doc = new_document(analysis.article, analysis.summary, analysis.actors, OPTIONS)
    assert doc.briefing.authors == ["Anna Reporter"] and doc.briefing.source == "City News"
    apply_analysis(doc, analyse_sources([Source("A", doc.article), *lettered([b], ["A"])], OPTIONS), OPTIONS)
    return doc


def _exported(briefing, fmt, tmp_path) -> str:
    from briefing.core.brief.pipeline import export_brief

    path = tmp_path / f"brief.{fmt}"
    export_brief(briefing, path)
    if fmt == "pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    elif fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    else:
        text = path.read_text(encoding="utf-8")
    return " ".join(text.replace("\\", "").split())


def test_adding_a_source_leaves_the_article_line_to_the_sources_block():
    """A one-article brief given a second source: its publisher, date, URL and authors move to the sources block."""
    doc = _one_then_two()
    b = doc.briefing
    assert (b.source, b.date, b.url, b.authors) == (None, None, None, [])
    assert [(r.letter, r.publisher) for r in b.sources] == [("A", "City News"), ("B", "Daily Courier")]
    assert b.title == "Council approves tram plan"


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "pdf"])
def test_removing_the_lead_source_leaves_no_trace_of_it(fmt, tmp_path):
    """Open A, add B, remove A: the title is B's and no export names A's publisher, author, URL, title, figure,
    citations or the actor only A named."""
    doc = _one_then_two()
    doc.briefing.source, doc.briefing.authors = "City News", ["Anna Reporter"]  # as files saved before the fix
    doc.briefing.url, doc.briefing.date = "https://citynews.example.org/tram", "2024-03-04"
    assert remove_source(doc, "A") == []
    b = doc.briefing
    assert b.title == "Trams return to the city" and (b.source, b.date, b.url, b.authors) == (None, None, None, [])
    flat = _exported(b, fmt, tmp_path)
    for trace in ("City News", "Anna Reporter", "citynews", "Council approves", "A\u00b6", "[A", "2.5 billion",
                  "Jane Smith", "4 March 2024"):
        assert trace not in flat, trace
    for kept in ("Trams return to the city", "Daily Courier", "B\u00b6"):
        assert kept in flat, kept


def test_removing_the_lead_source_keeps_a_title_typed_by_hand():
    """A title the analyst typed stays when the lead source goes, and remove_source says it was kept."""
    doc = _one_then_two()
    doc.briefing.title = "Tram plan: what we know"
    doc.briefing.source = "Analyst's own note"
    assert remove_source(doc, "A") == ["title", "source"]
    assert doc.briefing.title == "Tram plan: what we know" and doc.briefing.source == "Analyst's own note"


def test_an_actor_whose_first_source_goes_keeps_a_paragraph():
    """Removing A, an actor A and C name is anchored in C's paragraph ("[C¶2]"), not "[C]"."""
    from briefing.core.export.content import actor_anchor

    doc = _multi()
    smith = next(a for a in doc.briefing.actors if "Smith" in a.name)
    assert list(smith.sources)[0] == "A"
    remove_source(doc, "A")
    smith = next(a for a in doc.briefing.actors if "Smith" in a.name)
    assert actor_anchor(smith) == "[C\u00b62]"
