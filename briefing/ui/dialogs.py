"""Message boxes and file dialogs, behind one small object the window is given.

The window never calls ``QMessageBox`` or ``QFileDialog`` itself: it calls a
:class:`Dialogs`. Tests pass an object with the same methods that records
what was shown and answers questions, so no modal loop ever runs in a test.

:func:`error_text` turns an error into the dialog's wording: one clean
sentence, with the library's own words moved into "Show details".
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing.core.errors import BriefingError

#: Words that mark a parenthesis as a library's wording rather than the app's.
_JARGON = ("error", "exception", "errno", "traceback", "pdfium", "failed to")


class Dialogs:
    """The real dialogs, modal over ``parent``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def show_error(self, title: str, message: str, details: str = "") -> None:
        """Show an error: ``message`` in the box, ``details`` behind its "Show Details…" button."""
        box = QMessageBox(QMessageBox.Critical, title, message, QMessageBox.Ok, self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def ask(self, title: str, text: str, buttons, default):
        """Ask a question; return the ``QMessageBox.StandardButton`` chosen."""
        return QMessageBox.question(self.parent, title, text, buttons, default)

    def choose(self, title: str, text: str, choices: list[tuple[str, str]], default: str,
               escape: str = "cancel") -> str | None:
        """Ask a question with buttons of the app's own words: ``choices`` are ``(key, label)`` pairs, the one
        keyed ``escape`` (if any) is what Escape presses; return the key chosen (None when closed otherwise)."""
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, self.parent)
        keys = {}
        for key, label in choices:
            button = box.addButton(label, QMessageBox.RejectRole if key == escape else QMessageBox.AcceptRole)
            keys[button] = key
            if key == default:
                box.setDefaultButton(button)
            if key == escape:
                box.setEscapeButton(button)
        box.exec()
        return keys.get(box.clickedButton())

    def choose_open_path(self, caption: str, folder: str, file_filter: str) -> str | None:
        """Ask for a file to open (the first filter is the default); return its path or None."""
        path, _ = QFileDialog.getOpenFileName(self.parent, caption, folder, file_filter)
        return path or None

    def choose_open_paths(self, caption: str, folder: str, file_filter: str) -> list[str]:
        """Ask for one or more files to open; return their paths (empty when cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(self.parent, caption, folder, file_filter)
        return list(paths)

    def choose_save_path(self, caption: str, suggested: str, file_filter: str) -> str | None:
        """Ask for a file to write; return its path or None."""
        path, _ = QFileDialog.getSaveFileName(self.parent, caption, suggested, file_filter)
        return path or None

    def choose_export_path(self, caption: str, suggested: str, filters: list[str],
                           selected: str) -> tuple[str, str] | None:
        """Ask for a file to export to, offering ``filters`` (``selected`` first chosen); return
        ``(path, chosen filter)`` or None when cancelled."""
        path, chosen = QFileDialog.getSaveFileName(self.parent, caption, suggested, ";;".join(filters), selected)
        return (path, chosen) if path else None

    def about(self, title: str, html: str) -> None:
        """Show the About box."""
        QMessageBox.about(self.parent, title, html)


def _library_parenthesis(text: str) -> tuple[str, str]:
    """Return ``(text without it, inside)`` for the last outermost parenthesis of ``text`` that holds a library's
    words (a colon, a nested parenthesis or a word of :data:`_JARGON`), wherever it stands ("the PDF is damaged
    (Failed to load document (PDFium: Data format error)); open it ..."), or ``(text, "")``.

    A plain scan counting brackets: linear in the length, whatever the text.
    """
    spans = []
    depth = start = 0
    for i, c in enumerate(text):
        if c == "(":
            if depth == 0:
                start = i
            depth += 1
        elif c == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    for a, b in reversed(spans):
        inside = text[a + 1:b].strip()
        if inside and (":" in inside or "(" in inside or any(w in inside.lower() for w in _JARGON)):
            return text[:a].rstrip() + text[b + 1:], inside
    return text, ""


def _one_sentence(text: str) -> str:
    """Return ``text`` with single spacing and exactly one full stop at the end (unless it ends in ? or !)."""
    text = " ".join(text.split()).rstrip(" .;:,")
    if not text:
        return ""
    return text if text[-1] in "?!" else text + "."


def error_text(error: BaseException, doing: str = "") -> tuple[str, str]:
    """Return ``(message, details)`` for an error dialog.

    A :class:`BriefingError`'s message is kept, but a parenthesis of a library's
    words ("(Failed to load document (PDFium: Data format error))", at the end
    or before the advice) moves to the details, and the sentence ends with one full stop. Any other
    exception is a bug: the message says what failed (``doing``, e.g. "opening
    x.txt") and the details hold the traceback.
    """
    if isinstance(error, BriefingError):
        head, inside = _library_parenthesis(str(error))
        if inside:
            return _one_sentence(head), _one_sentence(inside)
        return _one_sentence(str(error)), ""
    what = f" while {doing}" if doing else ""
    details = getattr(error, "__traceback_text__", "") or f"{type(error).__name__}: {error}"
    return f"Something went wrong{what}. Details are in the log file.", details
