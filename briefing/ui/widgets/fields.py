"""The brief's own fields: title, bottom line, banner, analyst comment, and the source's publisher, date, URL, authors.

Typing is committed after a short pause or when the field loses focus
(``field_edited(name, value)``); the window turns it into an undo command that
merges with the previous one for the same field.

The source's details fold into one line ("Source ▸ The Moscow Times · 2021-06-03 · …") so the key points
below get the height: closed once the article filled them in, open while they are all empty, and the
analyst's own choice (``details_toggled(bool)``) wins from then on; the window keeps it in its settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
                               QToolButton, QWidget)

from briefing.core.model import BANNER_PRESETS, Briefing

from .elided import ElidedLabel


COMMIT_DELAY_MS = 700
#: The one-line fields: title and the source's details (authors are shown and typed comma-separated).
LINE_FIELDS = ("title", "source", "date", "url", "authors")
FIELD_NAMES = ("title", "bottom_line", "banner", "analyst_comment", "source", "date", "url", "authors")


class _TextBox(QPlainTextEdit):
    """A short multi-line field that commits on focus loss; its height follows its text, from ``least`` to
    ``lines`` lines (an empty comment takes one line, not two, so the key points below get the room)."""

    focus_lost = Signal()

    def __init__(self, lines: int, placeholder: str, least: int = 2) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self._lines = (least, lines)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _height_for(self, lines: int) -> int:
        return (self.fontMetrics().lineSpacing() * lines + 2 * int(self.document().documentMargin())
                + 2 * self.frameWidth() + 2)

    def _fit(self) -> None:
        least, most = self._lines
        # documentSize is in lines for a QPlainTextEdit's layout (wrapped lines counted).
        lines = int(self.document().documentLayout().documentSize().height() + 0.5)
        height = self._height_for(max(least, min(most, lines)))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

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
    #: The analyst opened (True) or closed (False) the source details.
    details_toggled = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._updating = False
        self._details_choice: bool | None = None  # the analyst's open/closed choice; None: follow the brief
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setPlaceholderText("One declarative sentence")
        self.bottom_line = _TextBox(4, "The brief's bottom line (BLUF)")
        self.banner = QComboBox()
        self.banner.setEditable(True)
        for preset in BANNER_PRESETS:
            self.banner.addItem(preset or "(none)", preset)
        self.banner.lineEdit().setPlaceholderText("(none)")
        self.comment = _TextBox(3, "Analyst comment (optional)", least=1)
        self.source = _line("Publisher", "Publisher")
        self.date = _line("Date (2024-05-12)", "Date")
        self.date.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00 (Monday)") + 16)
        self.url = _line("https://…", "URL")
        self.authors = _line("Authors, comma-separated", "Authors")
        form.addRow("&Title", self.title)
        form.addRow("&Bottom line", self.bottom_line)
        form.addRow("Ba&nner", self.banner)
        form.addRow("Co&mment", self.comment)
        self.details_toggle = QToolButton()
        self.details_toggle.setText("&Source")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.RightArrow)
        self.details_toggle.setToolTip("Show or hide the source's publisher, date, URL and authors (Alt+S)")
        self.details_toggle.setAccessibleName("Source details")
        self.details_toggle.setStyleSheet("QToolButton { padding: 0px; border: none; }")
        self.details_summary = ElidedLabel()
        self.details_summary.setAccessibleName("Source details, folded")
        form.addRow(self.details_toggle, self.details_summary)
        self._details_rows = (form.rowCount(), form.rowCount() + 1)
        for label, left, right_label, right in (("Pu&blisher", self.source, "&Date", self.date),
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
        self._form = form
        self.details_toggle.clicked.connect(self._details_clicked)

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
        self._show_details(False)
        self._update_details_summary()

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
        self._update_details_summary()
        if self._details_choice is None and briefing is not None:
            # Closed once the article filled the details in; open while they are all empty, to be filled.
            self._show_details(not any(values[n] for n in ("source", "date", "url", "authors")))
        self._updating = False

    # ---------------------------------------------------------------- the source details fold

    def details_open(self) -> bool:
        """Return True when the source's details are unfolded."""
        return self.details_toggle.isChecked()

    def set_details_choice(self, open_: bool | None) -> None:
        """Open or close the source details as the analyst last chose (None: follow the brief, see module doc)."""
        self._details_choice = open_
        if open_ is not None:
            self._show_details(open_)

    def _details_clicked(self, checked: bool) -> None:
        self._details_choice = checked
        self._show_details(checked)
        if checked:
            self.source.setFocus()
        self.details_toggled.emit(checked)

    def _show_details(self, open_: bool) -> None:
        if not open_:
            for name in ("source", "date", "url", "authors"):
                self.commit(name)  # text being typed there is not lost when it folds
        self.details_toggle.setChecked(open_)
        self.details_toggle.setArrowType(Qt.DownArrow if open_ else Qt.RightArrow)
        for row in self._details_rows:
            self._form.setRowVisible(row, open_)
        self.details_summary.setVisible(not open_)

    def _update_details_summary(self) -> None:
        values = self._shown
        authors = values.get("authors", "")
        parts = [values.get("source", ""), values.get("date", ""), f"by {authors}" if authors else "",
                 values.get("url", "")]
        text = " · ".join(p for p in parts if p)
        self.details_summary.set_full_text(text or "publisher, date, URL, authors: none recorded")

    def commit(self, name: str) -> None:
        """Report a field's text if it differs from what the document holds."""
        if self._updating:
            return
        self._timers.get(name) and self._timers[name].stop()
        value = self.value(name)
        if value != self._shown.get(name, ""):
            self._shown[name] = value
            self._update_details_summary()
            self.field_edited.emit(name, value)

    def commit_all(self) -> None:
        """Commit every field now (before saving or exporting)."""
        for name in FIELD_NAMES:
            self.commit(name)

    def _typed(self, name: str) -> None:
        if not self._updating:
            self._timers[name].start()
