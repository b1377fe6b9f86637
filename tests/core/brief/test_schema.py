"""A briefing file is validated on load: well-typed data or one clear LoadError line (issue 18)."""

from __future__ import annotations

import json
import os

import pytest

from briefing.core.atomic import UnsafeTarget
from briefing.core.brief.document import load_document, save_document
from briefing.core.brief.pipeline import export_pdf
from briefing.core.errors import LoadError

from tests.core.brief.test_document import _doc


def _saved(tmp_path, change=None, name="x.briefing") -> os.PathLike:
    path = tmp_path / name
    save_document(_doc(), path)
    if change is not None:
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _refused(path) -> str:
    with pytest.raises(LoadError) as info:
        load_document(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_deep_nesting_and_huge_integers_are_refused_in_one_line(tmp_path):
    """100,000 nested brackets and a 5,000-digit integer give a LoadError, not RecursionError/ValueError."""
    deep = tmp_path / "deep.briefing"
    deep.write_text('{"format": "briefing-document", "version": 1, "article": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert _refused(deep) == "deep.briefing: is not a briefing file (nested too deeply)."
    big = _saved(tmp_path, name="big.briefing")
    big.write_text(big.read_text(encoding="utf-8").replace('"version": 1', '"version": ' + "9" * 5000))
    assert _refused(big) == "big.briefing: is not a briefing file (a number is too long)."


@pytest.mark.parametrize("change, field", [
    (lambda d: d["briefing"].update(date=5), "briefing.date: expected text, got a number"),
    (lambda d: d["briefing"]["key_points"][0].update(paragraph="3"),
     "briefing.key_points[0].paragraph: expected a whole number or null, got text"),
    (lambda d: d["briefing"]["key_points"][1].update(source_index=99), "briefing.key_points[1].source_index: 99 is out of range"),
    (lambda d: d["briefing"].update(key_points={"a": 1}), "briefing.key_points: expected a list, got an object"),
    (lambda d: d["briefing"]["actors"][0].update(sentences=[True]), "briefing.actors[0].sentences[0]: expected a whole number"),
    (lambda d: d["summary"]["sentences"][0].update(score=float("inf")), "summary.sentences[0].score: expected a finite number"),
    (lambda d: d["article"].update(paragraphs=[["ok"], "not a list"]), "article.paragraphs[1]: expected a list, got text"),
    (lambda d: d.pop("article"), "article: missing"),
    (lambda d: d["options"].update(sentences=2.5), "options.sentences: expected a whole number or null, got a number"),
])
def test_wrong_field_types_are_refused_naming_the_field(tmp_path, change, field):
    """A field of the wrong type or out of range is named in the one-line LoadError."""
    message = _refused(_saved(tmp_path, change))
    assert message.startswith("x.briefing: the briefing file is damaged (" + field)


def test_lone_surrogates_are_cleaned_so_render_and_save_work(tmp_path):
    """Lone surrogates and control characters in a file load as U+FFFD / nothing; export and save then work."""
    def poison(d):
        d["briefing"]["title"] = "Spy \ud800 agencies\x00"
        d["briefing"]["authors"] = ["\udcff"]
        d["briefing"]["key_points"][0]["text"] = "Point \udfff."
    path = _saved(tmp_path, poison)
    assert "\\ud800" in path.read_text(encoding="utf-8")  # json.dumps escapes it
    doc = load_document(path)
    assert doc.briefing.title == "Spy \ufffd agencies" and doc.briefing.authors == ["\ufffd"]
    assert export_pdf(doc.briefing, tmp_path / "out.pdf").pages == 1
    save_document(doc, tmp_path / "again.briefing")
    assert load_document(tmp_path / "again.briefing").briefing.key_points[0].text == "Point \ufffd."


def test_surrogates_put_in_by_an_edit_are_cleaned_on_save_and_export(tmp_path):
    """A surrogate that reached the model after loading (a paste into a field) cannot break save or export."""
    doc = _doc()
    doc.briefing.bottom_line = "Bottom \ud800 line."
    save_document(doc, tmp_path / "y.briefing")
    assert load_document(tmp_path / "y.briefing").briefing.bottom_line == "Bottom \ufffd line."
    assert export_pdf(doc.briefing, tmp_path / "y.pdf").pages == 1
    assert doc.briefing.bottom_line == "Bottom \ud800 line."  # export cleans a copy


def test_save_refuses_links_the_article_and_foreign_files(tmp_path):
    """Save writes only regular files, never the article itself, and a foreign file only with force."""
    doc = _doc()
    article = tmp_path / "article.txt"
    article.write_text("The article.", encoding="utf-8")
    doc.article.path = str(article)
    with pytest.raises(UnsafeTarget, match="is the input file") as info:
        save_document(doc, article, force=True)
    assert not info.value.forceable and article.read_text(encoding="utf-8") == "The article."
    (tmp_path / "link.briefing").symlink_to(tmp_path / "elsewhere.briefing")
    with pytest.raises(UnsafeTarget, match="is a symbolic link"):
        save_document(doc, tmp_path / "link.briefing")
    assert not (tmp_path / "elsewhere.briefing").exists()
    notes = tmp_path / "notes.json"
    notes.write_text("{}", encoding="utf-8")
    with pytest.raises(UnsafeTarget, match="briefing did not write it") as info:
        save_document(doc, notes)
    assert info.value.forceable and notes.read_text(encoding="utf-8") == "{}"
    save_document(doc, notes, force=True)
    save_document(doc, notes)  # as briefing saved it: replaced without asking
    assert load_document(notes).briefing.title == doc.briefing.title


def test_a_fifo_is_not_opened(tmp_path):
    """A FIFO named like a briefing file is refused at once instead of blocking on open."""
    fifo = tmp_path / "x.briefing"
    os.mkfifo(fifo)
    assert _refused(fifo) == "x.briefing: is not a regular file."


def test_pasted_text_is_cleaned_before_analysis(tmp_path):
    """Pasted text with a lone surrogate and a NUL becomes a document that saves and exports."""
    from briefing.core.brief.document import document_from_text

    doc = document_from_text("Council news\n\nThe council met \ud800 on Monday.\x00 It agreed on a plan. The mayor said yes.")
    assert all("\ud800" not in s and "\x00" not in s for p in doc.article.paragraphs for s in p)
    save_document(doc, tmp_path / "p.briefing")
    assert export_pdf(doc.briefing, tmp_path / "p.pdf").pages == 1


def test_every_model_field_survives_a_save_and_load(tmp_path):
    """Every field of every saved dataclass (a brief of two articles), set away from its default, reopens
    equal (so a new model field fails here until the schema reads it)."""
    from dataclasses import MISSING, fields

    from briefing.core.model import SummaryOptions

    doc = _doc()
    a, b = doc.article, doc.briefing
    a.date, a.source, a.url, a.authors, a.captions, a.path = "2024-03-04", "City News", "https://x.org/a", ["Jo"], ["c"], "/a.txt"
    a.format, a.language, a.place, a.warnings = "markdown", "de", "Oslo", ["a.txt: 2 control characters removed."]
    b.key_points[0].edited = b.key_points[0].pinned = True
    b.key_points[0].score = 0.5
    b.banner, b.analyst_comment, b.source, b.date, b.url, b.authors = "TLP:RED", "Note.", "S", "2024-03-04", "u", ["Au"]
    b.language, b.actors[0].paragraph, b.actor_order = "de", 1, "analyst"
    doc.options = SummaryOptions(algorithm="lexrank", sentences=2, percent=50.0, words=100)
    doc.summary.options = doc.options
    # A brief of two articles, so the version 2 fields are set too.
    from briefing.core.model import Article, Citation, KeyPoint, RemovedSentence, SourceRef
    from briefing.core.multi.points import MultiSummary
    from briefing.core.multi.sources import Source

    other = Article(title="Second", paragraphs=[["One.", "Two."], ["Three."]], source="Wire")
    doc.sources = [Source("A", a), Source("B", other)]
    point = b.key_points[0]
    point.source, point.citations, point.variants = "A", [Citation("A", 0, 0)], [Citation("B", 1, 2, "Three.")]
    b.actors[0].sources = {"A": [2], "B": [0, 1]}
    b.sources = [SourceRef("A", "City News", "2024-03-04", "Council", "https://x.org/a", note="repeats B", language="de"), SourceRef("B", "Wire", note="repeats A")]
    b.bottom_line_citations = [Citation("B", 0, 1, "Two.")]
    b.removed = [RemovedSentence(1, "B", "Two.")]
    doc.multi = MultiSummary("briefrank", [KeyPoint("Two.", 0, 1, source="B")], 9, 2, doc.options,
                             copies={"B": "A"}, isolated=["C"])
    objects = [a, b, b.key_points[0], b.actors[0], doc.options, doc.summary, doc.summary.sentences[0],
               point.variants[0], b.sources[0], doc.multi, b.removed[0]]
    for obj in objects:
        for f in fields(obj):
            default = f.default if f.default is not MISSING else (f.default_factory() if f.default_factory is not MISSING
                                                                   else object())
            assert getattr(obj, f.name) != default, f"set {type(obj).__name__}.{f.name} in this test"
    save_document(doc, tmp_path / "all.briefing")
    again = load_document(tmp_path / "all.briefing")
    assert (again.article, again.briefing, again.options, again.summary, again.machine_actors, again.sources,
            again.multi) == (doc.article, doc.briefing, doc.options, doc.summary, doc.machine_actors, doc.sources,
                             doc.multi)


@pytest.mark.parametrize("url", ["https://[", "#" * 70])
def test_a_url_that_is_no_web_address_still_exports(tmp_path, url):
    """A source URL urllib refuses ("https://[") or reportlab would take for an internal link ("###…")
    is printed as plain text, not a crash."""
    doc = _doc()
    doc.briefing.url = url
    assert export_pdf(doc.briefing, tmp_path / "u.pdf").pages == 1


def test_indices_of_a_brief_of_several_articles_are_checked_against_their_source(tmp_path):
    """In a brief of two articles, a point's source letter must exist and its indices fit that source's article."""
    from briefing.core.model import Article, Citation
    from briefing.core.multi.sources import Source

    doc = _doc()
    doc.sources = [Source("A", doc.article), Source("B", Article(title="B", paragraphs=[["One.", "Two."]]))]
    doc.briefing.key_points[0].citations = [Citation("B", 0, 1)]
    path = tmp_path / "m.briefing"
    save_document(doc, path)
    assert load_document(path).briefing.key_points[0].citations == [Citation("B", 0, 1)]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["briefing"]["key_points"][0]["citations"][0]["index"] = 2  # B has two sentences
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "citations[0].index: 2 is out of range (0 to 1)" in _refused(path)
    data["briefing"]["key_points"][0]["citations"][0].update(index=0, source="Z")
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "citations[0].source: no source with the letter 'Z'" in _refused(path)
    data["briefing"]["key_points"][0]["citations"] = []
    data["sources"][1]["letter"] = "A"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "sources[1].letter: the letter 'A' is used twice" in _refused(path)
