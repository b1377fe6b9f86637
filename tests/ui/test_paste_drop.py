"""Paste and drop as a desktop gives them: rich (HTML) copies, dragged selections, links, folders and mixed files.

Real QMimeData on the real clipboard, real drag-enter and drop events sent to the window, the real core in the
window's child process.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core.ingest import clipboard as c
from tests.core.multi.stories import write_stories


def _mime(text: str = "", html: str = "", urls: list[QUrl] | None = None) -> QMimeData:
    mime = QMimeData()
    if urls:
        mime.setUrls(urls)  # before the text: setUrls also sets text/plain on some Qt versions
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    return mime


def _drag_enter(w, mime) -> bool:
    """Send a drag-enter event with ``mime`` to the window; return whether the window accepts the drag."""
    event = QDragEnterEvent(QPoint(40, 40), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(w, event)
    return event.isAccepted()


def _drop(w, mime) -> None:
    """Drag ``mime`` onto the window and drop it (Qt delivers a drop only to the target a drag-enter chose)."""
    assert _drag_enter(w, mime)
    QApplication.sendEvent(w, QDropEvent(QPointF(40, 40), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def _body(doc) -> list[str]:
    return [" ".join(p) for p in doc.article.paragraphs]


def _idle(w, qtbot):
    qtbot.waitUntil(lambda: not w.runner.running(), timeout=30000)


def test_rich_paste_reads_the_html_copy(make_window, qtbot):
    """A browser copy whose plain text ran together (one paragraph) is read from its HTML: title, byline, date,
    caption and the four paragraphs."""
    w = make_window()
    QApplication.clipboard().setMimeData(_mime(c.run_together_plain(), c.chrome_fragment()))
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.paste_action.trigger()
    a = w.model.doc.article
    assert a.format == "html"
    assert a.title == c.TITLE and a.authors == [c.AUTHOR] and a.date == "2024-03-04"
    assert any(cap.startswith("Water covers a quay") for cap in a.captions)
    assert _body(w.model.doc) == c.PARAGRAPHS
    assert not w.dialogs.errors


def test_paste_from_word_reads_title_and_byline_without_office_markup(make_window, qtbot):
    """Word's copy (mso- styles, <o:p>): the first line is the title, "By ..." the author, no markup in the text."""
    w = make_window()
    QApplication.clipboard().setMimeData(_mime(c.word_plain(), c.word_fragment()))
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.paste_action.trigger()
    a = w.model.doc.article
    assert a.format == "html" and a.title == c.TITLE and a.authors == [c.AUTHOR]
    assert _body(w.model.doc) == c.PARAGRAPHS and "mso" not in " ".join(_body(w.model.doc))


def test_rich_paste_falls_back_to_plain_text(make_window, qtbot):
    """An editor's HTML (one div per wrapped line) is not read: the plain text gives the four paragraphs."""
    w = make_window()
    QApplication.clipboard().setMimeData(_mime(c.editor_plain(), c.editor_fragment()))
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        w.paste_action.trigger()
    assert w.model.doc.article.format == "text"
    assert w.model.doc.article.title == c.TITLE and _body(w.model.doc) == c.PARAGRAPHS


def test_pasting_a_web_address_says_pages_are_not_downloaded(make_window, qtbot):
    """A clipboard holding only a web address gets one message saying the app does not download pages."""
    w = make_window()
    QApplication.clipboard().setText("https://news.example.com/2024/03/04/floods-rotterdam\n")
    assert w.paste_article() is None
    assert len(w.dialogs.errors) == 1
    title, message = w.dialogs.errors[0]
    assert "briefing does not download pages" in message and "Ctrl+S" in message
    assert "news.example.com" in message
    assert w.model.doc is None and not w.runner.running()


def test_dropping_a_selection_makes_a_new_article(make_window, qtbot):
    """Text and HTML dragged from a browser (no file) are accepted and read as a paste is."""
    w = make_window()
    mime = _mime(c.firefox_plain_wrapped(), c.firefox_fragment())
    assert _drag_enter(w, mime)
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        _drop(w, mime)
    a = w.model.doc.article
    assert a.format == "html" and a.title == c.TITLE and _body(w.model.doc) == c.PARAGRAPHS


def test_dropping_plain_text_makes_a_new_article(make_window, qtbot):
    """Plain text dragged from an editor is accepted and becomes the article."""
    w = make_window()
    mime = _mime(c.editor_plain())
    assert _drag_enter(w, mime)
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        _drop(w, mime)
    assert _body(w.model.doc) == c.PARAGRAPHS


def test_dropping_a_selection_asks_before_replacing_unsaved_changes(seed_window, qtbot):
    """A selection dropped on a brief with unsaved changes, New Brief chosen, asks about the changes; Cancel keeps the
    brief, Discard replaces it."""
    w = seed_window
    w.edits.edit_field("analyst_comment", "Unsaved thought.")
    assert w.model.is_modified
    before = w.model.doc
    mime = _mime(c.word_plain(), c.word_fragment())
    w.dialogs.answers = ["new", QMessageBox.Cancel]
    _drop(w, mime)
    assert w.dialogs.questions == ["Dropped text", "Unsaved changes"]
    assert w.model.doc is before and not w.runner.running()
    w.dialogs.answers = ["new", QMessageBox.Discard]
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        _drop(w, mime)
    assert w.dialogs.questions == ["Dropped text", "Unsaved changes"] * 2
    assert w.model.doc.article.title == c.TITLE and not w.model.doc.sources


def test_dropping_a_link_says_pages_are_not_downloaded(make_window, qtbot):
    """A link dragged from a browser (text/uri-list with an https address) is accepted and gets the one message."""
    w = make_window()
    url = "https://news.example.com/floods"
    mime = _mime(url, f'<a href="{url}">Floods close the port</a>', urls=[QUrl(url)])
    assert _drag_enter(w, mime)
    _drop(w, mime)
    assert len(w.dialogs.errors) == 1 and "briefing does not download pages" in w.dialogs.errors[0][1]
    assert w.model.doc is None and not w.runner.running()


def test_dropping_a_folder_opens_its_articles_and_names_the_rest(make_window, qtbot, tmp_path):
    """A dropped folder's article files open together as sources; a spreadsheet and a subfolder in it are named in
    one message; hidden files are passed over."""
    folder = tmp_path / "story"
    folder.mkdir()
    write_stories(folder)
    (folder / "figures.xlsx").write_bytes(b"PK\x03\x04 not really")
    (folder / "notes").mkdir()
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    w = make_window()
    mime = _mime(urls=[QUrl.fromLocalFile(str(folder))])
    assert _drag_enter(w, mime)
    _drop(w, mime)
    qtbot.waitUntil(lambda: w.model.doc is not None and len(w.model.doc.sources) == 3 and not w.runner.running(),
                    timeout=60000)
    assert w.sources_panel.letters() == ["A", "B", "C"]
    assert len(w.dialogs.errors) == 1
    message = w.dialogs.errors[0][1]
    assert "figures.xlsx (a spreadsheet)" in message and "notes/ (a folder)" in message
    assert ".DS_Store" not in message and "a.txt" not in message


def test_dropping_files_with_one_unsupported_opens_the_others(make_window, qtbot, tmp_path):
    """Two articles and a picture dropped together: the articles open as two sources, the picture is named."""
    a, b, _c = write_stories(tmp_path)
    picture = tmp_path / "quay.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    w = make_window()
    _drop(w, _mime(urls=[QUrl.fromLocalFile(str(p)) for p in (a, picture, b)]))
    qtbot.waitUntil(lambda: w.model.doc is not None and len(w.model.doc.sources) == 2 and not w.runner.running(),
                    timeout=60000)
    assert w.sources_panel.letters() == ["A", "B"]
    assert len(w.dialogs.errors) == 1 and "quay.png (an image)" in w.dialogs.errors[0][1]


def _wait_for_sources(w, qtbot, n):
    qtbot.waitUntil(lambda: w.model.doc is not None and len(w.model.doc.sources) == n and not w.runner.running(),
                    timeout=60000)


@pytest.mark.parametrize("plain, fragment", [(c.run_together_plain, c.chrome_fragment),
                                             (c.word_plain, c.word_fragment)], ids=["chrome", "word"])
def test_add_pasted_text_reads_the_rich_copy_as_source_b_and_undo_takes_it_out(seed_window, qtbot, plain, fragment):
    """Add Pasted Text as Article with a browser's or Word's copy on the clipboard: source B gets the title, byline,
    date and paragraphs a pasted new article gets (not the run-together plain text, no Office markup); the sources
    list names it; Undo takes B out again and Redo brings it back."""
    w = seed_window
    first = w.model.doc.article
    QApplication.clipboard().setMimeData(_mime(plain(), fragment()))
    w.add_pasted_source_action.trigger()
    _wait_for_sources(w, qtbot, 2)
    b = w.model.doc.source("B").article
    assert b.format == "html" and b.title == c.TITLE and b.authors == [c.AUTHOR]
    assert [" ".join(p) for p in b.paragraphs] == c.PARAGRAPHS
    assert "mso" not in " ".join(s.text for s in b.sentences)
    if fragment is c.chrome_fragment:  # Word's copy names no date
        assert b.date == "2024-03-04"
    assert w.sources_panel.letters() == ["A", "B"] and c.TITLE in w.sources_panel.list.item(1).text()
    assert not w.dialogs.errors
    w.model.undo_stack.undo()
    assert not w.model.doc.sources and w.model.doc.article is not None and w.model.doc.article.title == first.title
    assert not w.sources_panel.isVisible()
    w.model.undo_stack.redo()
    assert w.sources_panel.letters() == ["A", "B"] and w.model.doc.source("B").article.title == c.TITLE


def test_add_pasted_text_with_only_a_web_address_says_pages_are_not_downloaded(seed_window, qtbot):
    """Add Pasted Text as Article with only a web address on the clipboard gets the one message (nothing is
    downloaded, nothing added)."""
    w = seed_window
    before = w.model.doc
    QApplication.clipboard().setText("https://news.example.com/2024/03/04/floods-rotterdam")
    assert w.add_pasted_article() is None
    assert len(w.dialogs.errors) == 1
    title, message = w.dialogs.errors[0]
    assert title == "Add pasted text" and "briefing does not download pages" in message
    assert "news.example.com" in message
    assert w.model.doc is before and not before.sources and not w.runner.running()


def test_add_pasted_text_with_an_empty_clipboard_says_so(seed_window, qtbot):
    """An empty clipboard: one message, nothing added."""
    w = seed_window
    QApplication.clipboard().clear()
    assert w.add_pasted_article() is None
    assert w.dialogs.errors == [("Add pasted text", "The clipboard holds no text to make an article from.")]
    assert not w.runner.running()


def test_dropping_a_selection_on_a_brief_offers_to_add_it_as_a_source(seed_window, qtbot):
    """A selection dropped on an open brief asks (Add as Source B by default, New Brief, Cancel): Cancel changes
    nothing; the default adds it as source B, read from its HTML copy, one undoable step."""
    w = seed_window
    before = w.model.doc
    mime = _mime(c.firefox_plain_wrapped(), c.firefox_fragment())
    w.dialogs.answers = ["cancel"]
    _drop(w, mime)
    assert w.dialogs.questions == ["Dropped text"] and w.dialogs.choices == [["add", "new", "cancel"]]
    assert w.model.doc is before and not before.sources and not w.runner.running()
    _drop(w, mime)  # no answer queued: the default
    _wait_for_sources(w, qtbot, 2)
    assert w.dialogs.questions == ["Dropped text"] * 2
    b = w.model.doc.source("B").article
    assert b.format == "html" and b.title == c.TITLE and [" ".join(p) for p in b.paragraphs] == c.PARAGRAPHS
    w.model.undo_stack.undo()
    assert not w.model.doc.sources


def test_dropping_a_link_on_a_brief_gets_the_message_and_no_question(seed_window, qtbot):
    """A link dropped on an open brief gets the one message before any question; the brief stays."""
    w = seed_window
    before = w.model.doc
    url = "https://news.example.com/floods"
    _drop(w, _mime(url, urls=[QUrl(url)]))
    assert not w.dialogs.questions and len(w.dialogs.errors) == 1
    assert "briefing does not download pages" in w.dialogs.errors[0][1]
    assert w.model.doc is before and not w.runner.running()


def test_paste_as_new_article_with_an_empty_clipboard_says_so(make_window, qtbot):
    """Paste as New Article with an empty clipboard (Qt gives no mime data at all): one message, no crash."""
    w = make_window()
    QApplication.clipboard().clear()
    assert w.paste_article() is None
    assert w.dialogs.errors == [("Paste as new article", "The clipboard holds no text to make an article from.")]
    assert w.model.doc is None and not w.runner.running()


def _files(*paths) -> QMimeData:
    return _mime(urls=[QUrl.fromLocalFile(str(p)) for p in paths])


def test_dropping_one_file_on_a_brief_asks_and_adds_it_as_source_b(seed_window, qtbot, tmp_path):
    """One article file dropped on an open brief asks what a dropped selection asks (Add as Source B by default, New
    Brief, Cancel): Cancel keeps the brief as it was; the default adds the file as source B, one undoable step."""
    from tests.core.multi.stories import STORIES

    a, _b, _c = write_stories(tmp_path)
    w = seed_window
    before = w.model.doc
    w.dialogs.answers = ["cancel"]
    _drop(w, _files(a))
    assert w.dialogs.questions == ["Dropped file"] and w.dialogs.choices == [["add", "new", "cancel"]]
    assert "a.txt" in w.dialogs.texts[0] and "source B" in w.dialogs.texts[0]
    assert w.model.doc is before and not before.sources and not w.runner.running()
    _drop(w, _files(a))  # no answer queued: the default
    _wait_for_sources(w, qtbot, 2)
    assert w.dialogs.questions == ["Dropped file"] * 2 and not w.dialogs.errors
    assert w.sources_panel.letters() == ["A", "B"]
    assert w.model.doc.source("A").article.title == before.article.title
    assert w.model.doc.source("B").article.title == STORIES[0][0]
    assert w.model.undo_stack.undoText() == "Add source B"
    w.model.undo_stack.undo()
    assert not w.model.doc.sources and w.model.doc.article.title == before.article.title
    assert not w.sources_panel.isVisible()


def test_dropping_files_on_a_brief_asks_once_and_names_the_unread_in_the_question(seed_window, qtbot, tmp_path):
    """Two articles and a picture dropped on an open brief: one question (sources B and C), naming the picture, no
    separate message; the default adds both in one undoable step."""
    a, b, _c = write_stories(tmp_path)
    picture = tmp_path / "quay.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    w = seed_window
    _drop(w, _files(a, picture, b))
    _wait_for_sources(w, qtbot, 3)
    assert w.dialogs.questions == ["Dropped files"] and not w.dialogs.errors
    text = w.dialogs.texts[0]
    assert "sources B and C" in text and "quay.png (an image)" in text
    assert w.sources_panel.letters() == ["A", "B", "C"]
    w.model.undo_stack.undo()
    assert not w.model.doc.sources


def test_dropping_files_on_a_brief_as_a_new_brief_asks_about_unsaved_changes(seed_window, qtbot, tmp_path):
    """New Brief chosen for files dropped on a brief with unsaved changes asks about them: Cancel keeps the brief,
    Discard opens the dropped files as a brief of their own."""
    a, b, _c = write_stories(tmp_path)
    w = seed_window
    w.edits.edit_field("analyst_comment", "Unsaved thought.")
    before = w.model.doc
    w.dialogs.answers = ["new", QMessageBox.Cancel]
    _drop(w, _files(a, b))
    assert w.dialogs.questions == ["Dropped files", "Unsaved changes"]
    assert w.model.doc is before and w.model.is_modified and not w.runner.running()
    w.dialogs.answers = ["new", QMessageBox.Discard]
    _drop(w, _files(a, b))
    _wait_for_sources(w, qtbot, 2)
    assert w.dialogs.questions == ["Dropped files", "Unsaved changes"] * 2
    assert [s.article.path for s in w.model.doc.sources] == [str(a), str(b)]


def test_dropping_a_briefing_file_on_a_brief_opens_it_as_a_document(seed_window, qtbot, tmp_path):
    """A briefing file dropped on an open brief is never offered as a source: it opens as File > Open opens it,
    after the unsaved-changes question."""
    w = seed_window
    saved = tmp_path / "floods.briefing"
    assert w.save_to(str(saved))
    w.edits.edit_field("analyst_comment", "Unsaved thought.")
    before = w.model.doc
    w.dialogs.answers = [QMessageBox.Cancel]
    _drop(w, _files(saved))
    assert w.dialogs.questions == ["Unsaved changes"] and w.model.doc is before and not w.runner.running()
    w.dialogs.answers = [QMessageBox.Discard]
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        _drop(w, _files(saved))
    assert w.dialogs.questions == ["Unsaved changes"] * 2 and not w.dialogs.errors
    assert w.model.path == str(saved) and not w.model.is_modified and not w.model.doc.sources
    assert w.model.doc.briefing.analyst_comment != "Unsaved thought."


def test_dropping_one_file_on_an_empty_window_opens_it_without_asking(make_window, qtbot, tmp_path):
    """One article file dropped on an empty window opens at once: no question."""
    a, _b, _c = write_stories(tmp_path)
    w = make_window()
    with qtbot.waitSignal(w.document_shown, timeout=30000):
        _drop(w, _files(a))
    assert not w.dialogs.questions and not w.dialogs.errors and w.model.doc.article.path == str(a)
