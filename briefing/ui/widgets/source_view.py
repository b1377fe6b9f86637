"""The cleaned article, with the summary's sentences highlighted.

A deliberate gesture on a sentence, Ctrl+click, a double-click or the context
menu, asks to add it to, or remove it from, the key points
(``sentence_toggle_requested(index)``); the window decides and pushes an undo
command. A plain click or a text selection never changes the brief.
Selecting an actor highlights its mentions (:meth:`SourceView.show_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from briefing.core.model import Actor, Article


SUMMARY_COLOR = QColor("#fbe7a1")
MENTION_COLOR = QColor("#b9dcff")
FOCUS_COLOR = QColor("#f5c842")
#: Find's matches: green, and the current one dark orange, apart from the summary's yellows and the actors' blue.
FIND_COLOR = QColor("#9be39b")
CURRENT_FIND_COLOR = QColor("#e8590c")
#: Characters either side of the visible part whose find matches are drawn (a long article can have tens of
#: thousands; each drawn one costs at every paint).
FIND_MARGIN = 4000


def _units(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units (Qt's positions), not code points."""
    # Encoded in C: a loop over the characters took 0.25 s of the GUI thread for a 100k-word article.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class SourceView(QTextEdit):
    """Read-only view of the article; sentence ranges are remembered for clicks and highlights."""

    sentence_toggle_requested = Signal(int)
    #: Another article (or none) is shown.
    article_shown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAccessibleName("Article source")
        self.setPlaceholderText("Open an article (Ctrl+O), drop a file here, or paste text as a new article.")
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._summary: set[int] = set()
        self._focus: int | None = None
        self._mentions: list[tuple[int, int]] = []
        self._found: list[tuple[int, int]] = []
        self._found_current = -1
        self._found_shown: tuple[int, int] | None = None  # the range whose matches are drawn
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # ---------------------------------------------------------------- content

    def set_article(self, article: Article | None) -> None:
        """Show ``article`` (or nothing) and forget highlights.

        The text goes in with one ``insertText`` call and sentence positions are
        computed from it (in UTF-16 units, as Qt counts): a 100,000-word article
        then takes a small fraction of a second instead of one call per sentence.
        """
        self._starts, self._ends = [], []
        self._summary, self._mentions, self._focus = set(), [], None
        self._found, self._found_current, self._found_shown = [], -1, None
        # A new document is filled while detached (laying out text in a shown editor as it is
        # inserted costs 0.3 s for 100,000 words); the editor deletes its old document, a child.
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(14)
        if article is None:
            self.setDocument(doc)
            self.article_shown.emit()
            return
        lines: list[str] = []
        if article.title:
            lines.append(article.title)
        meta = " · ".join(x for x in (article.source, article.place, article.date, ", ".join(article.authors)) if x)
        if meta:
            lines.append(meta)
        head_lines = len(lines)
        pos = sum(_units(line) + 1 for line in lines)
        for para in article.paragraphs:
            for k, sentence in enumerate(para):
                if k:
                    pos += 1
                self._starts.append(pos)
                pos += _units(sentence)
                self._ends.append(pos)
            pos += 1
            lines.append(" ".join(para))
        cursor = QTextCursor(doc)
        block = QTextBlockFormat()
        block.setBottomMargin(8)
        block.setLineHeight(125, QTextBlockFormat.ProportionalHeight.value)
        cursor.setBlockFormat(block)
        cursor.insertText("\n".join(lines))
        if article.title:
            title_fmt = QTextCharFormat()
            title_font = QFont(self.font())
            title_font.setPointSizeF(self.font().pointSizeF() * 1.35)
            title_font.setBold(True)
            title_fmt.setFont(title_font)
            self._format_block(doc, 0, title_fmt)
        if meta:
            meta_fmt = QTextCharFormat()
            meta_fmt.setForeground(QColor("#5f6b7a"))
            self._format_block(doc, head_lines - 1, meta_fmt)
        self.setDocument(doc)
        self.moveCursor(QTextCursor.Start)
        self._apply()
        self.article_shown.emit()

    @staticmethod
    def _format_block(doc: QTextDocument, number: int, fmt: QTextCharFormat) -> None:
        block = doc.findBlockByNumber(number)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def sentence_at(self, position: int) -> int | None:
        """Return the index of the sentence at document ``position``, or None between sentences."""
        i = bisect_right(self._starts, position) - 1
        if 0 <= i < len(self._ends) and position <= self._ends[i]:
            return i
        return None

    def sentence_range(self, index: int) -> tuple[int, int]:
        """Return the (start, end) document positions of sentence ``index``."""
        return self._starts[index], self._ends[index]

    # ---------------------------------------------------------------- highlights

    def set_summary(self, indices: set[int] | list[int]) -> None:
        """Highlight the sentences the brief's key points come from."""
        self._summary = set(indices)
        self._apply()

    @property
    def summary_indices(self) -> set[int]:
        """Return the highlighted sentence indices."""
        return set(self._summary)

    def show_sentence(self, index: int | None) -> None:
        """Mark sentence ``index`` (e.g. the selected key point's source) and scroll to it."""
        self._focus = index if index is not None and 0 <= index < len(self._starts) else None
        self._apply()
        if self._focus is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._starts[self._focus])
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def show_mentions(self, actor: Actor | None) -> int:
        """Highlight every mention of ``actor`` (its name and aliases); return how many."""
        self._mentions = []
        if actor is not None:
            names = sorted({n for n in [actor.name, *actor.aliases] if n.strip()}, key=len, reverse=True)
            if names:
                pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
                text = self.document().toPlainText()
                self._mentions = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self._apply()
        if self._mentions:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._mentions[0][0])
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        return len(self._mentions)

    @property
    def mention_count(self) -> int:
        """Return how many mentions are highlighted."""
        return len(self._mentions)

    def set_find_matches(self, matches: list[tuple[int, int]], current: int) -> None:
        """Highlight find's ``matches`` (UTF-16 ``(start, end)`` positions), ``current`` in its own colour, and
        scroll to the current one; only the matches near the visible part are drawn."""
        self._found, self._found_current = list(matches), current
        if 0 <= current < len(self._found):
            start, end = self._found[current]
            cursor = QTextCursor(self.document())
            cursor.setPosition(end)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.setPosition(start)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self._apply()

    @property
    def find_matches(self) -> list[tuple[int, int]]:
        """Return find's matches (UTF-16 ``(start, end)`` positions)."""
        return list(self._found)

    def drawn_find_matches(self) -> list[tuple[int, int]]:
        """Return the find matches drawn now (those near the visible part)."""
        if not self._found or self._found_shown is None:
            return []
        low, high = self._found_shown
        return [m for m in self._found if m[1] >= low and m[0] <= high]

    def _visible_range(self) -> tuple[int, int]:
        viewport = self.viewport()
        top = self.cursorForPosition(viewport.rect().topLeft()).position()
        bottom = self.cursorForPosition(viewport.rect().bottomRight()).position()
        return max(0, top - FIND_MARGIN), bottom + FIND_MARGIN

    def _scrolled(self, _value: int) -> None:
        if not self._found or self._found_shown is None:
            return
        low, high = self._visible_range()
        shown_low, shown_high = self._found_shown
        if low < shown_low or high > shown_high:
            self._apply()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _apply(self) -> None:
        selections = []
        summary_fmt = QTextCharFormat()
        summary_fmt.setBackground(SUMMARY_COLOR)
        for i in sorted(self._summary):
            if 0 <= i < len(self._starts):
                selections.append(self._selection(self._starts[i], self._ends[i], summary_fmt))
        if self._focus is not None:
            focus_fmt = QTextCharFormat()
            focus_fmt.setBackground(FOCUS_COLOR)
            selections.append(self._selection(self._starts[self._focus], self._ends[self._focus], focus_fmt))
        mention_fmt = QTextCharFormat()
        mention_fmt.setBackground(MENTION_COLOR)
        mention_fmt.setFontUnderline(True)
        mention_fmt.setUnderlineColor(QColor("#1c64b4"))
        for start, end in self._mentions:
            selections.append(self._selection(start, end, mention_fmt))
        self._found_shown = None
        if self._found:  # drawn last, over the others; black text on both greens and orange, in any palette
            low, high = self._visible_range()
            low, high = low - FIND_MARGIN, high + FIND_MARGIN  # scrolling a little needs no new pass
            self._found_shown = (low, high)
            found_fmt = QTextCharFormat()
            found_fmt.setBackground(FIND_COLOR)
            found_fmt.setForeground(QColor("black"))
            current_fmt = QTextCharFormat()
            current_fmt.setBackground(CURRENT_FIND_COLOR)
            current_fmt.setForeground(QColor("white"))
            first = bisect_right([e for _s, e in self._found], low)
            for k in range(first, len(self._found)):
                start, end = self._found[k]
                if start > high:
                    break
                if k != self._found_current:
                    selections.append(self._selection(start, end, found_fmt))
            if 0 <= self._found_current < len(self._found):
                selections.append(self._selection(*self._found[self._found_current], current_fmt))
        self.setExtraSelections(selections)

    # ---------------------------------------------------------------- gestures

    def _sentence_at_point(self, pos) -> int | None:
        return self.sentence_at(self.cursorForPosition(pos).position())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Ctrl+click on a sentence asks to toggle it; a plain click only places the cursor or starts a selection."""
        if event.button() == Qt.LeftButton and event.modifiers() & Qt.ControlModifier:
            index = self._sentence_at_point(event.position().toPoint())
            if index is not None:
                event.accept()
                self.sentence_toggle_requested.emit(index)
                return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A double-click on a sentence asks to toggle it (instead of selecting a word)."""
        index = self._sentence_at_point(event.position().toPoint()) if event.button() == Qt.LeftButton else None
        if index is None:
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        self.sentence_toggle_requested.emit(index)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Offer "Add to key points" / "Remove from key points" for the sentence under the mouse."""
        menu = self.createStandardContextMenu(event.pos())
        index = self._sentence_at_point(event.pos())
        if index is not None:
            menu.addSeparator()
            label = "Remove Sentence from Key Points" if index in self._summary else "Add Sentence to Key Points"
            action = menu.addAction(label + "\tCtrl+Click")  # after the tab: shown as the gesture's hint
            action.triggered.connect(lambda: self.sentence_toggle_requested.emit(index))
        menu.exec(event.globalPos())
        menu.deleteLater()

