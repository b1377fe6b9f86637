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
    assert window.dialogs.errors == [] and "kept as it is" in window.statusBar().full_message()
    window.dialogs.answers = [QMessageBox.Yes]
    with qtbot.waitSignal(window.exported, timeout=30000):
        window.export_to(str(target))
    assert target.read_bytes().startswith(b"%PDF-")
    with qtbot.waitSignal(window.exported, timeout=30000):  # the app's own PDF now: no question
        window.export_to(str(target))
    assert window.dialogs.questions == ["Replace the file?", "Replace the file?"]


def test_an_exported_brief_edited_since_is_replaced_only_after_asking(make_window, qtbot, seed_path, tmp_path):
    """Export notes.md twice: no question. Append notes: the next export asks; No keeps the notes, Yes replaces."""
    window, _ = _window_on_copy(make_window, qtbot, seed_path, tmp_path)
    target = tmp_path / "notes.md"
    for _ in range(2):
        with qtbot.waitSignal(window.exported, timeout=30000):
            window.export_to(str(target))
    assert window.dialogs.questions == []
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\n## My notes\n\nCall the source back.\n")
    edited = target.read_bytes()
    window.dialogs.answers = [QMessageBox.No]
    assert window.export_to(str(target)) is None
    assert window.dialogs.questions == ["Replace the file?"] and target.read_bytes() == edited
    window.dialogs.answers = [QMessageBox.Yes]
    with qtbot.waitSignal(window.exported, timeout=30000):
        window.export_to(str(target))
    assert window.dialogs.questions == ["Replace the file?"] * 2 and b"My notes" not in target.read_bytes()
    assert window.dialogs.errors == []  # "No" is the analyst's choice, not a failure: no error dialog


def test_a_briefing_file_edited_by_hand_is_saved_over_only_after_asking(make_window, qtbot, seed_path, tmp_path):
    """Save twice: no question. The file edited in a text editor since: Save asks, No keeps it. Opened again
    (the edit now in the window), Save writes it back without asking."""
    window, _ = _window_on_copy(make_window, qtbot, seed_path, tmp_path)
    path = tmp_path / "a.briefing"
    assert window.save_to(str(path)) and window.save_to(str(path))
    assert window.dialogs.questions == []
    text = path.read_text(encoding="utf-8").replace('"banner": ""', '"banner": "TLP:AMBER"', 1)
    assert "TLP:AMBER" in text
    path.write_text(text, encoding="utf-8")
    window.dialogs.answers = [QMessageBox.No]
    assert window.save_to(str(path)) is False
    assert window.dialogs.questions == ["Replace the file?"] and path.read_text(encoding="utf-8") == text
    assert window.dialogs.errors == []  # "No" is the analyst's choice, not a failure: no error dialog
    assert "kept as it is" in window.statusBar().full_message()
    other = make_window()
    with qtbot.waitSignal(other.document_shown, timeout=30000):
        other.open_path(path)
    assert other.model.doc.briefing.banner == "TLP:AMBER"
    assert other.save_to(str(path))
    assert other.dialogs.questions == []
