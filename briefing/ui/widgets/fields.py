"""The brief's own fields: title, bottom line, banner, analyst comment, and the source's publisher, date, URL, authors.

Typing is committed after a short pause or when the field loses focus
(``field_edited(name, value)``); the window turns it into an undo command that
merges with the previous one for the same field.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from briefing.core.model import BANNER_PRESETS, Briefing


COMMIT_DELAY_MS = 700
#: The one-line fields: title and the source's details (authors are shown and typed comma-separated).
LINE_FIELDS = ("title", "source", "date", "url", "authors")
FIELD_NAMES = ("title", "bottom_line", "banner", "analyst_comment", "source", "date", "url", "authors")


class _TextBox(QPlainTextEdit):
    """A short multi-line field that commits on focus loss and grows to a few lines."""

    focus_lost = Signal()

    def __init__(self, lines: int, placeholder: str) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * min(lines, 2) + 12)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _line(placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    return edit


class FieldsPanel(QWidget):
    """Form with the brief's title, bottom line, banner, analyst comment and source details."""

    field_edited = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._updating = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setPlaceholderText("One declarative sentence")
        self.bottom_line = _TextBox(4, "The brief's bottom line (BLUF)")
        self.banner = QComboBox()
        self.banner.setEditable(True)
        for preset in BANNER_PRESETS:
            self.banner.addItem(preset or "(none)", preset)
        self.banner.lineEdit().setPlaceholderText("(none)")
        self.comment = _TextBox(2, "Analyst comment (optional)")
        self.source = _line("Publisher", "Publisher")
        self.date = _line("Date (2024-05-12)", "Date")
        self.date.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00 (Monday)") + 16)
        self.url = _line("https://…", "URL")
        self.authors = _line("Authors, comma-separated", "Authors")
        form.addRow("&Title", self.title)
        form.addRow("&Bottom line", self.bottom_line)
        form.addRow("Ba&nner", self.banner)
        form.addRow("Co&mment", self.comment)
        for label, left, right_label, right in (("&Source", self.source, "&Date", self.date),
                                                ("&URL", self.url, "Aut&hors", self.authors)):
            row = QHBoxLayout()
            row.addWidget(left, 3)
            buddy = QLabel(right_label)
            buddy.setBuddy(right)
            row.addWidget(buddy)
            row.addWidget(right, 2)
            form.addRow(label, row)
            form.labelForField(row).setBuddy(left)
        for name, widget in (("title", self.title), ("bottom_line", self.bottom_line), ("banner", self.banner),
                             ("analyst_comment", self.comment)):
            widget.setAccessibleName(name.replace("_", " ").capitalize())
        self._lines = {name: getattr(self, name) for name in LINE_FIELDS}

        self._timers: dict[str, QTimer] = {}
        for name in (*LINE_FIELDS, "bottom_line", "analyst_comment"):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(COMMIT_DELAY_MS)
            timer.timeout.connect(lambda n=name: self.commit(n))
            self._timers[name] = timer
        for name, edit in self._lines.items():
            edit.textEdited.connect(lambda _t, n=name: self._timers[n].start())
            edit.editingFinished.connect(lambda n=name: self.commit(n))
        self.bottom_line.textChanged.connect(lambda: self._typed("bottom_line"))
        self.bottom_line.focus_lost.connect(lambda: self.commit("bottom_line"))
        self.comment.textChanged.connect(lambda: self._typed("analyst_comment"))
        self.comment.focus_lost.connect(lambda: self.commit("analyst_comment"))
        self.banner.activated.connect(lambda _i: self.commit("banner"))
        self.banner.lineEdit().editingFinished.connect(lambda: self.commit("banner"))
        self._shown: dict[str, str] = {}

    def value(self, name: str) -> str:
        """Return the text a field shows now."""
        if name in LINE_FIELDS:
            return " ".join(self._lines[name].text().split())
        if name == "bottom_line":
            return self.bottom_line.toPlainText().strip()
        if name == "analyst_comment":
            return self.comment.toPlainText().strip()
        if name == "banner":
            text = self.banner.currentText().strip()
            return "" if text == "(none)" else text
        raise KeyError(name)

    def set_briefing(self, briefing: Briefing | None) -> None:
        """Show the briefing's fields (without emitting edits); fields being typed in keep their cursor."""
        self._updating = True
        values = dict.fromkeys(FIELD_NAMES, "")
        if briefing is not None:
            values = {"title": briefing.title, "bottom_line": briefing.bottom_line, "banner": briefing.banner,
                      "analyst_comment": briefing.analyst_comment, "source": briefing.source or "",
                      "date": briefing.date or "", "url": briefing.url or "", "authors": ", ".join(briefing.authors)}
        for name, edit in self._lines.items():
            if self.value(name) != values[name]:
                edit.setText(values[name])
                edit.setCursorPosition(0)
        if self.value("bottom_line") != values["bottom_line"]:
            self.bottom_line.setPlainText(values["bottom_line"])
        if self.value("analyst_comment") != values["analyst_comment"]:
            self.comment.setPlainText(values["analyst_comment"])
        if self.value("banner") != values["banner"]:
            i = self.banner.findData(values["banner"])
            if i >= 0:
                self.banner.setCurrentIndex(i)
            else:
                self.banner.setEditText(values["banner"])
        self._shown = values
        self._updating = False

    def commit(self, name: str) -> None:
        """Report a field's text if it differs from what the document holds."""
        if self._updating:
            return
        self._timers.get(name) and self._timers[name].stop()
        value = self.value(name)
        if value != self._shown.get(name, ""):
            self._shown[name] = value
            self.field_edited.emit(name, value)

    def commit_all(self) -> None:
        """Commit every field now (before saving or exporting)."""
        for name in FIELD_NAMES:
            self.commit(name)

    def _typed(self, name: str) -> None:
        if not self._updating:
            self._timers[name].start()
