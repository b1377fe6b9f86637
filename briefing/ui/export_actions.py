"""The window's Export (every format) and "Copy brief" actions, kept out of main_window.py.

:func:`choose_export` asks for a file and a format in one dialog (the filter
chosen, or the suffix typed, decides); :func:`export_job` is the worker that
writes it through the pipeline; :func:`copy_brief` puts the brief on the
clipboard as rich text (HTML, for mail and word processors) and plain text
(for everything else).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

EXPORT_TEXT = "&Export…"
EXPORT_TIP = "Export the brief: one-page PDF or Word document, web page, Markdown or plain text"
COPY_TEXT = "&Copy Brief"
COPY_TIP = "Copy the brief to the clipboard as formatted text (for e-mail and Word) and plain text"


def _formats():
    from briefing.core.export.formats import FORMATS

    return FORMATS


def export_filters() -> list[str]:
    """Return the file-dialog filters, one per format, PDF first."""
    return [f.file_filter for f in _formats().values()]


def path_and_format(path: str, chosen_filter: str | None) -> tuple[str, str]:
    """Return the path to write and its format name.

    A suffix the user typed that names a format wins; otherwise the chosen
    filter's format applies and its suffix is added.
    """
    from briefing.core.export.formats import format_for_path

    by_suffix = format_for_path(path)
    if by_suffix is not None:
        return path, by_suffix
    fmt = next((f for f in _formats().values() if f.file_filter == chosen_filter), _formats()["pdf"])
    return path + fmt.suffix, fmt.name


def choose_export(dialogs, suggested: str, last_format: str = "pdf") -> tuple[str, str] | None:
    """Ask where and in which format to export through the window's ``dialogs`` (a
    :class:`~briefing.ui.dialogs.Dialogs`, or a test's stand-in); return (path, format name) or None when cancelled."""
    formats = _formats()
    fmt = formats.get(last_format, formats["pdf"])
    suggested = str(Path(suggested).with_suffix(fmt.suffix))
    answer = dialogs.choose_export_path("Export the brief", suggested, export_filters(), fmt.file_filter)
    if not answer:
        return None
    return path_and_format(*answer)


def export_job(briefing, path: str, fmt: str, page_size: str, progress, brief_language: str = "article",
               sources: tuple = (), force: bool = False):
    """Write the brief (worker thread; ``brief_language`` "article" or "en"); return the report. ``sources``
    are never overwritten; ``force`` replaces an existing file not exactly as briefing wrote it (the user agreed)."""
    from briefing.core.brief import pipeline

    progress(0.1, f"Writing the {_formats()[fmt].label}…")
    return pipeline.export_brief(briefing, path, fmt, page_size, brief_language=brief_language, sources=sources,
                                 force=force)


def brief_mime_data(briefing, brief_language: str = "article") -> QMimeData:
    """Return clipboard data for a brief: HTML (the self-contained page) and plain text."""
    from briefing.core.export.formats import render_text_format
    from briefing.core.export.pdf.options import PdfOptions

    options = PdfOptions(brief_language=brief_language)
    data = QMimeData()
    data.setHtml(render_text_format(briefing, "html", options))
    data.setText(render_text_format(briefing, "txt", options))
    return data


def copy_brief(briefing, brief_language: str = "article") -> None:
    """Put the brief on the clipboard as rich text and plain text."""
    QApplication.clipboard().setMimeData(brief_mime_data(briefing, brief_language))
