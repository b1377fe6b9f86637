"""Several articles in one brief, in the window: add, list, cite, remove, undo, save and reopen (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefing.core.brief.document import load_document
from tests.core.multi.stories import write_stories


def _wait_for_sources(w, qtbot, n, timeout=30000):
    qtbot.waitUntil(lambda: w.model.doc is not None and len(w.model.doc.sources) == n
                    and not w.runner.running(), timeout=timeout)


def _cited_letters(doc) -> set[str]:
    b = doc.briefing
    letters = {c.source for p in b.key_points for c in [*p.citations, *p.variants]}
    return letters | {p.source for p in b.key_points if p.source} | {c.source for c in b.bottom_line_citations}


def _window_with_three(make_window, qtbot, tmp_path):
    """Open story A, then add B and C with File > Add Article… (one dialog, two files)."""
    a, b, c = write_stories(tmp_path)
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(a)
    assert not w.sources_panel.isVisible() and not w.model.doc.is_multi
    w.dialogs.open_paths = [[str(b), str(c)]]
    w.add_article_dialog()
    _wait_for_sources(w, qtbot, 3)
    return w


def test_add_three_articles_list_cite_remove_undo_save_reopen(make_window, qtbot, tmp_path):
    """Three articles: the sources list shows A-C; a point cites two sources; removing C takes its citations;
    undo brings them back; the saved file reopens with the three sources."""
    w = _window_with_three(make_window, qtbot, tmp_path)
    doc = w.model.doc
    assert w.sources_panel.isVisible()
    assert w.sources_panel.letters() == ["A", "B", "C"]
    assert w.sources_panel.list.item(1).text().startswith("B  ")
    assert "Trams return to the city" in w.sources_panel.list.item(1).text()
    # The bottom line is stated by A and C; some key point or the bottom line cites two sources.
    assert {c.source for c in doc.briefing.bottom_line_citations} == {"A", "C"}
    shown = [w.summary_editor.list.item(r).data(Qt.UserRole + 1) for r in range(w.summary_editor.point_count())]
    assert all(anchor.startswith("[") and "\u00b6" in anchor for anchor in shown)
    assert "C" in _cited_letters(doc)

    assert w.statusBar().full_message().startswith("Added sources B, C")
    w.remove_source("C")
    _wait_for_sources(w, qtbot, 2)
    assert w.sources_panel.letters() == ["A", "B"]
    message = w.statusBar().full_message()
    assert message.startswith("Removed source C") and "Undo brings it back. (Transport plan passes" in message, message
    assert "C" not in _cited_letters(w.model.doc)
    assert [c.source for c in w.model.doc.briefing.bottom_line_citations] == ["A"]

    w.model.undo_stack.undo()
    assert w.sources_panel.letters() == ["A", "B", "C"]
    assert {c.source for c in w.model.doc.briefing.bottom_line_citations} == {"A", "C"}

    path = tmp_path / "tram.briefing"
    assert w.save_to(str(path))
    other = make_window()
    with qtbot.waitSignal(other.document_shown, timeout=10000):
        other.open_path(path)
    assert other.sources_panel.letters() == ["A", "B", "C"]
    assert other.model.doc.briefing.to_dict() == w.model.doc.briefing.to_dict()
    assert [s.letter for s in load_document(path).sources] == ["A", "B", "C"]


def test_article_view_switches_between_sources(make_window, qtbot, tmp_path):
    """Choosing B in the sources list shows B's article, its cited sentences highlighted; a sentence added
    from B cites B."""
    w = _window_with_three(make_window, qtbot, tmp_path)
    row_b = w.sources_panel.letters().index("B")
    w.sources_panel.list.setCurrentRow(row_b)
    assert w.shown_letter == "B"
    assert w.source.toPlainText().startswith("Trams return to the city")
    # B's points (the default three points may all be worded from A and C) are highlighted in B's text.
    b_used = {p.source_index for p in w.model.doc.briefing.key_points if p.source == "B"}
    assert b_used <= w.source.summary_indices
    free = next(i for i in range(w.model.doc.source("B").article.sentence_count)
                if i not in w.source.summary_indices)
    w.toggle_sentence(free)
    added = w.model.doc.briefing.key_points[-1]
    assert added.source == "B" and added.source_index == free and added.citations[0].source == "B"
    assert free in w.source.summary_indices  # the sentence added from B is highlighted in B's text


def test_open_several_files_at_once(make_window, qtbot, tmp_path):
    """File > Open with three files chosen makes one brief of the three."""
    paths = write_stories(tmp_path)
    w = make_window()
    w.dialogs.open_paths = [[str(p) for p in paths]]
    w.open_dialog()
    _wait_for_sources(w, qtbot, 3)
    assert w.sources_panel.letters() == ["A", "B", "C"]
    assert w.model.doc.briefing.method["sources"] == 3


def test_dropping_two_files_adds_them_to_the_open_brief(make_window, qtbot, tmp_path):
    """Dropping B and C on a window showing A asks once and, by default, adds them as sources B and C."""
    a, b, c = write_stories(tmp_path)
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(a)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(b)), QUrl.fromLocalFile(str(c))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    w.dropEvent(event)
    _wait_for_sources(w, qtbot, 3)
    assert w.sources_panel.letters() == ["A", "B", "C"]
    assert w.dialogs.questions == ["Dropped files"] and w.dialogs.choices == [["add", "new", "cancel"]]


def test_pasted_text_becomes_a_source(make_window, qtbot, tmp_path):
    """Add Pasted Text as Article adds the clipboard's text as source B."""
    from PySide6.QtWidgets import QApplication

    a, b, _c = write_stories(tmp_path)
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(a)
    QApplication.clipboard().setText(b.read_text(encoding="utf-8"))
    w.add_pasted_article()
    _wait_for_sources(w, qtbot, 2)
    assert w.sources_panel.letters() == ["A", "B"]


def test_adding_a_copy_and_an_unrelated_article_is_noted(make_window, qtbot, tmp_path):
    """Adding a copy of the open article and an unrelated one: the status bar says B repeats A and C shares
    nothing; the sources list shows the notes; both stay in the brief."""
    a = write_stories(tmp_path)[0]
    copy = tmp_path / "copy.txt"
    copy.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    heat = tmp_path / "heat.txt"
    heat.write_text("Heatwave pushes Lisbon to record temperatures\n\nLisbon recorded its hottest March day on "
                    "record on Wednesday, with thermometers reaching 31 degrees.\n", encoding="utf-8")
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(a)
    w.dialogs.open_paths = [[str(copy), str(heat)]]
    w.add_article_dialog()
    _wait_for_sources(w, qtbot, 3)
    message = w.statusBar().full_message()
    assert "Source B repeats A" in message and "Source C (Heatwave" in message, message
    assert w.sources_panel.list.item(1).text().endswith("\u2014 repeats A")
    assert "shares no point or actor" in w.sources_panel.list.item(2).text()


_ARTICLE_A = """<html><head><title>Council approves tram plan</title>
<meta name="author" content="Anna Reporter"><meta property="og:site_name" content="City News">
<meta property="article:published_time" content="2024-03-04">
<link rel="canonical" href="https://citynews.example.org/tram"></head><body><article>
<h1>Council approves tram plan</h1>
<p>The city council approved a new transport plan on Monday after months of heated debate.</p>
<p>Opposition councillors said the plan would cost 2.5 billion euros over ten years. Mayor Jane Smith said the
plan would cut traffic by a fifth within five years.</p>
<p>Work on the first tram line starts in March, and the council expects it to open in 2028.</p>
</article></body></html>"""


def _a_then_b(make_window, qtbot, tmp_path):
    """Open article A (publisher, date, URL and author in its HTML), then add B with File > Add Article…."""
    _a, b, _c = write_stories(tmp_path)
    a = tmp_path / "a.html"
    a.write_text(_ARTICLE_A, encoding="utf-8")
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=20000):
        w.open_path(a)
    assert w.fields.value("authors") == "Anna Reporter" and w.fields.value("source") == "City News"
    w.dialogs.open_paths = [str(b)]
    w.add_article_dialog()
    _wait_for_sources(w, qtbot, 2)
    return w


def test_removing_the_lead_source_takes_its_details_out_of_the_brief(make_window, qtbot, tmp_path):
    """Open A, add B, remove A: the title is B's, A's publisher, date, URL and author are gone from the fields and
    the exported brief; undo brings A and its details back."""
    from briefing.core.export.formats import render_text_format

    w = _a_then_b(make_window, qtbot, tmp_path)
    w.remove_source("A")
    _wait_for_sources(w, qtbot, 1)
    assert w.fields.value("title") == "Trams return to the city"
    assert [w.fields.value(n) for n in ("source", "date", "url", "authors")] == ["", "", "", ""]
    assert w.windowTitle().startswith("Trams return to the city")
    text = render_text_format(w.model.doc.briefing, "md")
    for trace in ("City News", "Anna Reporter", "citynews", "Council approves", "A\u00b6", "Jane Smith"):
        assert trace not in text, trace
    assert "Kept" not in w.statusBar().full_message()
    w.model.undo_stack.undo()  # the removal
    assert w.sources_panel.letters() == ["A", "B"] and w.fields.value("title") == "Council approves tram plan"
    w.model.undo_stack.undo()  # the addition
    assert not w.model.doc.is_multi
    assert w.fields.value("authors") == "Anna Reporter" and w.fields.value("source") == "City News"


def test_removing_the_lead_source_keeps_a_typed_title_and_says_so(make_window, qtbot, tmp_path):
    """A title the analyst typed stays when the lead source goes; the status bar says it was kept."""
    w = _a_then_b(make_window, qtbot, tmp_path)
    w.edits.edit_field("title", "Tram plan: what we know")
    w.remove_source("A")
    _wait_for_sources(w, qtbot, 1)
    assert w.fields.value("title") == "Tram plan: what we know"
    assert "Kept the title you typed." in w.statusBar().full_message()
