"""Find in the article: a bar under the article view (Ctrl+F), next and previous, a match count.

Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the previous one, Escape closes the bar and
gives the article the focus back. Matches are found case-insensitively as plain text (the query is escaped,
never a pattern) and highlighted in the article view in their own colours
(:meth:`~briefing.ui.widgets.source_view.SourceView.set_find_matches`), apart from the summary's and the
actors' highlights.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

#: Matches counted at most (a one-letter query in a 100k-word article has tens of thousands).
MAX_MATCHES = 50_000
#: Typing waits this long before searching a long article (one search per pause, not per key).
SEARCH_DELAY_MS = 120


def _utf16_offsets(text: str, starts: list[int]) -> list[int]:
    """Return code point offsets ``starts`` in ``text`` as UTF-16 units (Qt's positions)."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    return [s + bisect_left(astral, s) for s in starts]


def find_matches(text: str, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` UTF-16 positions of ``query`` in ``text``, case aside, first ``limit`` ones.

    The query is escaped (a literal, whatever it holds), so the search is linear in the text.
    """
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    spans = []
    for m in pattern.finditer(text):
        spans.append((m.start(), m.end()))
        if len(spans) >= limit:
            break
    if spans and len(text.encode("utf-16-le")) != 2 * len(text):  # characters beyond the BMP count twice in Qt
        flat = _utf16_offsets(text, [p for span in spans for p in span])
        spans = list(zip(flat[::2], flat[1::2]))
    return spans


class _QueryEdit(QLineEdit):
    """The query box: Enter and Shift+Enter step through the matches, Escape closes the bar (before the window's
    Escape, Cancel Task, takes it)."""

    def __init__(self, bar: "FindBar") -> None:
        super().__init__(bar)
        self.bar = bar

    def event(self, event) -> bool:  # noqa: D401 - Qt's name
        if event.type() == QEvent.ShortcutOverride and event.key() in (Qt.Key_Escape, Qt.Key_Return, Qt.Key_Enter):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key_Escape:
            self.bar.close_bar()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.bar.find_previous() if event.modifiers() & Qt.ShiftModifier else self.bar.find_next()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """The find bar of ``view`` (a :class:`~briefing.ui.widgets.source_view.SourceView`), hidden until
    :meth:`open_bar`. :attr:`find_action`, :attr:`next_action` and :attr:`previous_action` go in the window's
    Edit menu (Ctrl+F, F3, Shift+F3)."""

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._text_of = None  # the document the cached text is of
        self._text = ""
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        lay.setSpacing(4)
        label = QLabel("&Find:")
        self.edit = _QueryEdit(self)
        self.edit.setAccessibleName("Find in the article")
        self.edit.setPlaceholderText("Text to find in the article")
        self.edit.setClearButtonEnabled(True)
        label.setBuddy(self.edit)
        self.count = QLabel()
        self.count.setAccessibleName("Matches")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("No matches") + 6)
        lay.addWidget(label)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.count)
        self.buttons = {}
        for key, text, tip, slot in (("previous", "\u25b2", "Previous match (Shift+Enter, Shift+F3)", self.find_previous),
                                     ("next", "\u25bc", "Next match (Enter, F3)", self.find_next),
                                     ("close", "\u2715", "Close the find bar (Escape)", self.close_bar)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.NoFocus)  # the query box keeps the focus; Enter and Shift+Enter step
            button.clicked.connect(slot)
            lay.addWidget(button)
            self.buttons[key] = button
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        view.article_shown.connect(self.refresh)

        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut(QKeySequence.Find)
        self.find_action.setStatusTip("Find text in the article")
        self.find_action.triggered.connect(self.open_bar)
        self.next_action = QAction("Find &Next", self)
        self.next_action.setShortcut(QKeySequence.FindNext)
        self.next_action.triggered.connect(self.find_next)
        self.previous_action = QAction("Find Pre&vious", self)
        self.previous_action.setShortcut(QKeySequence.FindPrevious)
        self.previous_action.triggered.connect(self.find_previous)
        for action, key in ((self.find_action, "Ctrl+F"), (self.next_action, "F3"),
                            (self.previous_action, "Shift+F3")):
            if action.shortcut().isEmpty():  # some platform themes define none
                action.setShortcut(QKeySequence(key))
        self.hide()

    # ---------------------------------------------------------------- showing

    def open_bar(self) -> None:
        """Show the bar and put the focus in the query box, its text selected; a one-line selection in the
        article becomes the query."""
        chosen = self.view.textCursor().selectedText()
        if chosen and "\u2029" not in chosen and len(chosen) < 200:
            self.edit.setText(chosen)
        self.show()
        self.edit.setFocus(Qt.ShortcutFocusReason)
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        """Hide the bar, take its highlights away and give the article the focus (the last match selected)."""
        self._timer.stop()
        self.hide()
        self.view.set_find_matches([], -1)
        self.view.setFocus(Qt.OtherFocusReason)

    # ---------------------------------------------------------------- searching

    def _document_text(self) -> str:
        doc = self.view.document()
        if doc is not self._text_of or doc.revision() != getattr(self, "_revision", None):
            self._text_of, self._revision = doc, doc.revision()
            self._text = doc.toPlainText()
        return self._text

    def search(self) -> None:
        """Find the query in the article again (after typing, or another article); the current match is the
        first at or after the cursor."""
        self._timer.stop()
        query = self.edit.text()
        self.matches = find_matches(self._document_text(), query) if self.isVisible() else []
        self.current = -1
        if self.matches:
            at = self.view.textCursor().selectionStart()
            starts = [s for s, _e in self.matches]
            self.current = bisect_left(starts, at) % len(self.matches)
        self._show()

    def refresh(self) -> None:
        """The article view shows another text: search it (when the bar is open)."""
        if self.isVisible():
            self.view.moveCursor(self.view.textCursor().MoveOperation.Start)
            self.search()

    def find_next(self) -> None:
        """Go to the next match (wrapping); with the bar closed, open it."""
        self._step(1)

    def find_previous(self) -> None:
        """Go to the previous match (wrapping); with the bar closed, open it."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            if not self.edit.text():
                return
        if self._timer.isActive():  # typed, not yet searched: search first, that lands on the first match
            self.search()
            if delta > 0:
                return
        if not self.matches:
            self._show()
            return
        self.current = (self.current + delta) % len(self.matches)
        self._show()

    def _show(self) -> None:
        n = len(self.matches)
        if not self.edit.text():
            self.count.setText("")
        elif not n:
            self.count.setText("No matches")
        else:
            more = "+" if n >= MAX_MATCHES else ""
            self.count.setText(f"{self.current + 1} of {n}{more}")
        self.edit.setProperty("nomatch", bool(self.edit.text()) and not n)
        self.edit.setStyleSheet("QLineEdit { background: #ffd6d6; color: black; }"
                                if self.edit.property("nomatch") else "")
        self.view.set_find_matches(self.matches, self.current)
