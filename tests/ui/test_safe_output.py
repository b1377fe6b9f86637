"""The window's Save and Export use the core's target checks: never the article, never a link,
and a foreign file only after the user agreed."""

from __future__ import annotations

import os
import shutil

from PySide6.QtWidgets import QMessageBox


def _window_on_copy(make_window, qtbot, seed_path, tmp_path):
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    window = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=30000):
        window.open_path(article)
    return window, article


def test_save_and_export_refuse_the_article_and_links(make_window, qtbot, seed_path, tmp_path):
    """Saving or exporting over the opened article, or onto a symlink, shows an error and changes nothing."""
    window, article = _window_on_copy(make_window, qtbot, seed_path, tmp_path)
    before = article.read_bytes()
    assert window.save_to(str(article)) is False
    assert window.export_to(str(article)) is None
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    assert window.export_to(str(link)) is None
    assert [title for title, _ in window.dialogs.errors] == ["Save failed", "Export failed", "Export failed"]
    assert "is the input file" in window.dialogs.errors[0][1] and "symbolic link" in window.dialogs.errors[2][1]
    assert window.dialogs.questions == []  # nothing here may be forced
    assert article.read_bytes() == before and link.is_symlink() and not (tmp_path / "elsewhere.pdf").exists()


def test_a_foreign_file_is_replaced_only_after_asking(make_window, qtbot, seed_path, tmp_path):
    """Exporting onto a file the app did not write asks first: No keeps it, Yes replaces it."""
    window, _ = _window_on_copy(make_window, qtbot, seed_path, tmp_path)
    target = tmp_path / "notes.pdf"
    target.write_bytes(b"not a brief")
    window.dialogs.answers = [QMessageBox.No]
    assert window.export_to(str(target)) is None
    assert window.dialogs.questions == ["Replace the file?"] and target.read_bytes() == b"not a brief"
    window.dialogs.answers = [QMessageBox.Yes]
    with qtbot.waitSignal(window.exported, timeout=30000):
        window.export_to(str(target))
    assert target.read_bytes().startswith(b"%PDF-")
    with qtbot.waitSignal(window.exported, timeout=30000):  # the app's own PDF now: no question
        window.export_to(str(target))
    assert window.dialogs.questions == ["Replace the file?", "Replace the file?"]
