"""The window's open path on the PDFs and DOCX files analysts get (the pdf60 input tour): a long PDF moves the
progress bar while its pages are read, a password-protected PDF gives one clear error, a tour DOCX opens."""

from __future__ import annotations

from tests.core.ingest.test_tour60_fixes import _long_pdf
from tests.core.ingest.tour60_cases import docx_press_office, pdf_encrypted


def test_a_300_page_pdf_shows_its_pages_being_read(make_window, qtbot, tmp_path):
    """Opening a 300-page PDF reports "Reading page n of 300" to the status bar, then shows the article."""
    path = _long_pdf(tmp_path / "report.pdf", 300)
    window = make_window()
    messages: list[str] = []
    task = window.open_path(str(path))
    assert task is not None
    task.progress.connect(lambda _task, _fraction, message: messages.append(message))
    qtbot.waitUntil(lambda: window.model.doc is not None, timeout=60000)
    assert any(m.startswith("Reading page") and m.endswith("of 300") for m in messages), messages[:5]
    assert window.dialogs.errors == []


def test_an_encrypted_pdf_gives_one_error(make_window, qtbot, tmp_path):
    """A PDF that needs a password to open gives one error dialog saying so."""
    window = make_window()
    with qtbot.waitSignal(window.task_failed, timeout=20000) as blocker:
        window.start(str(pdf_encrypted(tmp_path / "secret.pdf")))
    assert "encrypted with a password" in blocker.args[0]
    assert window.dialogs.errors == [("Cannot open the file", blocker.args[0])]


def test_a_press_office_docx_opens_with_its_letterhead_date(make_window, qtbot, tmp_path):
    """A press office's DOCX (letterhead table, header, footer, ENDS) opens with its title and date."""
    window = make_window()
    window.open_path(str(docx_press_office(tmp_path / "release.docx")))
    qtbot.waitUntil(lambda: window.model.doc is not None, timeout=30000)
    article = window.model.doc.article
    assert article.title == "Night trains to return on three routes" and article.date == "2025-05-14"
