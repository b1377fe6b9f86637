"""Export in every format from the window, "Copy brief", the preview's zoom and its render throttle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from briefing.ui.widgets.preview import RenderThrottle


def test_export_dialog_writes_the_format_of_the_chosen_filter(seed_window, qtbot, tmp_path):
    """Choosing "Word document" and typing a name without suffix writes name.docx; the format is remembered.

    The export dialog goes through the window's dialogs object (the test answers it), as open and save do.
    """
    from briefing.core.docx_io import open_docx

    w = seed_window
    target = tmp_path / "brief"
    w.dialogs.export_answers = [(str(target), "Word document (*.docx)")]
    with qtbot.waitSignal(w.exported, timeout=20000):
        w.export_dialog()
    suggested, filters, selected = w.dialogs.export_offers[0]
    assert suggested.endswith(".pdf") and selected == filters[0] and "Word document (*.docx)" in filters
    doc = open_docx((tmp_path / "brief.docx").read_bytes())
    text = "\n".join(p.text for p in doc.paragraphs)
    assert w.model.doc.briefing.key_points[0].text in text
    assert w.settings.qsettings.value("export/format") == "docx"
    assert not w.dialogs.errors
    # The next export offers Word first, under the suggested name with .docx; cancelling writes nothing.
    assert w.export_dialog() is None
    suggested, _filters, selected = w.dialogs.export_offers[1]
    assert suggested.endswith(".docx") and selected == "Word document (*.docx)"


def test_export_to_html_markdown_and_text(seed_window, qtbot, tmp_path):
    """export_to picks the format from the suffix; every file holds the first key point and the first actor."""
    w = seed_window
    b = w.model.doc.briefing
    for suffix in (".html", ".md", ".txt"):
        out = tmp_path / f"brief{suffix}"
        with qtbot.waitSignal(w.exported, timeout=20000):
            w.export_to(str(out))
        text = out.read_text(encoding="utf-8")
        assert b.actors[0].name in text
        assert b.key_points[0].text.split()[0] in text
    assert not w.dialogs.errors


def test_copy_brief_puts_rich_and_plain_text_on_the_clipboard(seed_window):
    """Copy Brief: HTML with the points and a heading, and plain text with the same points."""
    w = seed_window
    assert w.copy_brief_action.isEnabled()
    w.copy_brief_action.trigger()
    data = QApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    point = w.model.doc.briefing.key_points[0].text
    assert "<h2" in data.html() and point.split("’")[0].split("“")[0][:30] in data.html()
    assert point in data.text() and data.text().startswith("BRIEFING NOTE")


def test_preview_zoom_fit_real_size_and_click_to_enlarge(seed_window, qtbot):
    """Fit width fills the pane; 100 % is the page's real width; 150 % half as wide again; a click toggles."""
    w = seed_window
    qtbot.waitUntil(lambda: w.preview.image is not None, timeout=20000)
    pane = w.preview
    assert pane.image.width() >= round(pane.real_size_width() * 1.5)  # sharp enough for every zoom
    real = pane.real_size_width()
    assert real == round(595.2756 / 72 * pane.logicalDpiX())
    pane.set_zoom(1.0)
    assert abs(pane.page.pixmap().width() / pane.page.pixmap().devicePixelRatio() - real) <= 1
    pane.set_zoom(1.5)
    assert abs(pane.page.pixmap().width() / pane.page.pixmap().devicePixelRatio() - real * 1.5) <= 1
    assert pane.page.minimumWidth() >= real * 1.5 - 1  # wider than the pane: it scrolls
    pane.set_zoom(None)
    fit = pane.page.pixmap().width() / pane.page.pixmap().devicePixelRatio()
    assert abs(fit - (pane.scroll.viewport().width() - 12)) <= 1
    click = QMouseEvent(QEvent.MouseButtonRelease, QPointF(5, 5), QPointF(5, 5), Qt.LeftButton, Qt.NoButton,
                        Qt.NoModifier)
    QApplication.sendEvent(pane.page, click)
    assert pane.zoom_factor() == 1.5
    QApplication.sendEvent(pane.page, click)
    assert pane.zoom_factor() is None


def test_render_throttle_runs_one_render_and_one_more_after_it():
    """During a render, any number of requests make exactly one more render afterwards."""
    t = RenderThrottle()
    assert t.request() is True
    assert [t.request() for _ in range(5)] == [False] * 5
    assert t.done() is True      # one more wanted
    assert t.request() is True
    assert t.done() is False     # nothing came in meanwhile
    assert t.request() is True
