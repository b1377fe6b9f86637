"""The window and languages: the detected language shown and changeable (one undo step, the analyst's points
kept), how well actors are found, the brief in the article's language or in English (issue 13)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing.core.actors.natasha_backend import available as natasha_available
from briefing.core.brief.document import load_document
from tests.conftest import ROOT

LANG = ROOT / "tests" / "data" / "lang"


def _open(window, qtbot, path):
    with qtbot.waitSignal(window.document_shown, timeout=30000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: not [t for t in window.runner.running() if not t.quiet], timeout=10000)


def _choose(window, code):
    """Pick ``code`` in the language combo as a user does (activated)."""
    box = window.language_box
    index = box.combo.findData(code)
    box.combo.setCurrentIndex(index)
    box.combo.activated.emit(index)


def test_detected_language_is_shown_with_actor_quality(make_window, qtbot):
    """A German article shows German in the status bar, with how well German actors are found."""
    w = make_window()
    assert not w.language_box.combo.isEnabled()
    _open(w, qtbot, LANG / "de.txt")
    box = w.language_box
    assert box.combo.isEnabled() and box.language() == "de"
    assert box.combo.currentText() == "German (Deutsch)"
    from briefing.core.actors.languages import actor_support

    assert box.actors_label.text() == f"actors: {actor_support('de').quality}"  # "rough" when written
    assert "GermEval" in box.combo.toolTip() and "F1" in box.actors_label.toolTip()
    from PySide6.QtCore import Qt

    tips = [box.combo.itemData(i, Qt.ToolTipRole) for i in range(box.combo.count())]
    assert all(t and t.startswith("Key actors: ") for t in tips) and "CoNLL" in tips[0]


def test_changing_the_language_is_one_undo_step_and_keeps_points(make_window, qtbot, tmp_path):
    """Choosing Russian for a Russian article read as English re-analyses it in a worker: one undo step, the
    edited point kept, actors in Russian base form; undo brings English back; the file saves the language."""
    if not natasha_available():
        pytest.skip("natasha (extra 'ru') is not installed")
    w = make_window()
    w.settings.qsettings.setValue("brief/language", "article")
    _open(w, qtbot, LANG / "ru.txt")
    # Read as English first: the user then corrects the language.
    with qtbot.waitSignal(w.model.changed, timeout=30000):
        _choose(w, "en")
    assert w.model.doc.article.language == "en" and w.language_box.language() == "en"
    w.edits.edit_point(0, "Отредактированный тезис.")
    steps = w.model.undo_stack.count()
    with qtbot.waitSignal(w.model.changed, timeout=30000):
        _choose(w, "ru")
    doc = w.model.doc
    assert doc.article.language == "ru" and doc.briefing.language == "ru"
    assert w.model.undo_stack.count() == steps + 1
    assert w.model.undo_stack.undoText() == "Change language to Russian"
    assert "Отредактированный тезис." in [p.text for p in doc.briefing.key_points]
    assert "Владимир Путин" in [a.name for a in doc.briefing.actors]
    # Russian's actors are found well: no "actors: …" warning in the bar, the tooltip says how they are found.
    assert w.language_box.language() == "ru" and w.language_box.actors_label.isHidden()
    assert "Key actors in this language: natasha" in w.language_box.combo.toolTip()
    assert "Analysed in Russian" in w.statusBar().full_message()
    assert w.source.toPlainText().startswith(doc.article.title)

    w.model.undo_stack.undo()
    assert w.model.doc.article.language == "en" and w.language_box.language() == "en"
    w.model.undo_stack.redo()
    assert w.model.doc.article.language == "ru" and w.language_box.language() == "ru"

    path = tmp_path / "ru.briefing"
    assert w.save_to(str(path))
    saved = load_document(path)
    assert saved.article.language == "ru" and saved.briefing.language == "ru"


def test_brief_language_setting_switches_the_preview_and_is_remembered(make_window, qtbot):
    """The brief follows the article's language by default; 'Brief in English' redraws the page (other
    headings, other pixels) and is remembered for the next window."""
    w = make_window()
    _open(w, qtbot, LANG / "de.txt")
    assert w.language_box.brief_language() == "article"
    with qtbot.waitSignal(w.preview_updated, timeout=30000):
        w._preview_timer.start()
    german = w.preview._image.copy()
    index = w.language_box.brief_combo.findData("en")
    w.language_box.brief_combo.setCurrentIndex(index)
    with qtbot.waitSignal(w.preview_updated, timeout=30000):
        w.language_box.brief_combo.activated.emit(index)
    assert w.settings.brief_language() == "en"
    assert w.preview._image.size() == german.size() and w.preview._image != german
    w.dialogs.answers = [QMessageBox.Discard]
    w.close()
    again = make_window()
    assert again.language_box.brief_language() == "en"


def test_copy_brief_follows_the_brief_language(make_window, qtbot):
    """Copy Brief writes German headings for a German article, English ones with the English setting."""
    from PySide6.QtWidgets import QApplication

    w = make_window()
    _open(w, qtbot, LANG / "de.txt")
    w.copy_brief()
    text = QApplication.clipboard().mimeData().text()
    assert "KERNPUNKTE" in text and "12. Mai 2024" in text
    w.settings.set_brief_language("en")
    w.copy_brief()
    text = QApplication.clipboard().mimeData().text()
    assert "KEY POINTS" in text and "12 May 2024" in text and "German text" in text


def test_window_shows_without_loading_language_modules():
    """Building and showing the window loads no detector, actor finder, natasha, spaCy or py3langid."""
    code = ("import os, sys; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); "
            "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from briefing.ui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents(); "
            "print(sorted(m for m in sys.modules if m.startswith(('briefing.core.actors', "
            "'briefing.core.language.detect', 'natasha', 'spacy', 'py3langid', 'sumy', 'nltk', 'reportlab'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "BRIEFING_DATA_DIR": "/tmp/briefing-lang3-import-test"})
    assert out.stdout.strip() == "[]", out.stdout
