"""The key points of the brief: edit in place, reorder (drag and drop, Alt+Up/Down), delete, add, reset.

The editor shows the document; it changes nothing itself. Every user action is
reported by a signal and the window turns it into an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QStyledItemDelegate, QVBoxLayout,
                               QWidget)

from briefing.core.model import KeyPoint, SummaryOptions, citations_anchor

from .header import panel_header

ORIGINAL_ROW = Qt.UserRole
ANCHOR_ROLE = Qt.UserRole + 1
EDITED_ROLE = Qt.UserRole + 2
SOURCE_ROLE = Qt.UserRole + 3
NEW_ROLE = Qt.UserRole + 4  # a row being written: not in the brief until it holds text
NEW_POINT_HINT = "Type the new point; Enter adds it, Escape cancels"

LENGTH_MODES = (("sentences", "sentences"), ("percent", "% of article"), ("words", "words"))


class _PointDelegate(QStyledItemDelegate):
    """Shows "1. text [¶3]" (✎ when edited); edits the bare text in a wrapping editor."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        anchor = index.data(ANCHOR_ROLE)
        mark = " ✎" if index.data(EDITED_ROLE) else ""
        tail = f"{'  ' + anchor if anchor else ''}{mark}"
        option.text = f"{index.row() + 1}. {option.text}{tail}"
        view = self.parent()
        lines = getattr(view, "max_lines", None)
        if lines and view.currentIndex() != index:
            option.text = self._cut(option, f"{index.row() + 1}. {index.data(Qt.DisplayRole) or ''}", tail, lines)
        if index.data(NEW_ROLE) and not index.data(Qt.EditRole):
            option.text = f"{index.row() + 1}. ({NEW_POINT_HINT.split(';')[0].lower()})"

    def _width(self) -> int:
        view = self.parent()
        return max(80, view.viewport().width() - 2 * view.spacing() - 12)

    def _cut(self, option, text: str, tail: str, lines: int) -> str:
        """Return ``text`` + ``tail``, or as many of its words as fit ``lines`` wrapped lines, "…" and ``tail``
        (a short window: every point shows its start and anchor; the chosen one and the page preview show
        it whole)."""
        metrics = QFontMetrics(option.font)
        width, most = self._width(), metrics.lineSpacing() * lines + 1

        def fits(candidate: str) -> bool:
            return metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextWordWrap, candidate).height() <= most

        if fits(text + tail):
            return text + tail
        words = text.split(" ")
        low, high = 1, len(words)  # the most words that fit with "…" and the tail
        while low < high:
            mid = (low + high + 1) // 2
            if fits(" ".join(words[:mid]) + "\u2026" + tail):
                low = mid
            else:
                high = mid - 1
        return " ".join(words[:low]) + "\u2026" + tail

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        # The height of the text wrapped at the width the row really gets (the
        # viewport's, less spacing and the item's margins). Qt's own hint can use
        # a wider width than the one drawn, which cut long points off with "…".
        opt = type(option)(option)
        self.initStyleOption(opt, index)
        width = self._width()
        text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextWordWrap, opt.text)
        return QSize(width, text.height() + 8)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        editor.setPlainText(index.data(Qt.EditRole) or "")
        # The hint is a placeholder: drawn by the editor, never part of the text.
        editor.setPlaceholderText(NEW_POINT_HINT if index.data(NEW_ROLE) else "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        text = " ".join(editor.toPlainText().split())
        if text:
            model.setData(index, text, Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 - Qt's name
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt's name
        # Enter commits (Shift+Enter too: points are one paragraph); Escape cancels.
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.NoHint)
            return True
        return super().eventFilter(editor, event)


class PointList(QListWidget):
    """The list of key points, reorderable by drag and drop."""

    rows_reordered = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Key points")
        self.setObjectName("points")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.Adjust)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # points wrap; never scroll sideways
        self.setItemDelegate(_PointDelegate(self))
        #: Wrapped lines a point shows at most, the chosen one aside (None: all; the window sets it when short).
        self.max_lines: int | None = None
        self.currentItemChanged.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def set_max_lines(self, lines: int | None) -> None:
        """Show each point (the chosen one aside) in at most ``lines`` wrapped lines, or whole (None)."""
        if lines != self.max_lines:
            self.max_lines = lines
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Lay the rows out again at the new width (their heights follow the wrapped text)."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """After an internal move, report the new order of the original rows."""
        super().dropEvent(event)
        order = [self.item(r).data(ORIGINAL_ROW) for r in range(self.count())]
        if order != sorted(order):
            # Report after Qt has finished the drop; the window then rebuilds the list.
            QTimer.singleShot(0, lambda: self.rows_reordered.emit(order))


class SummaryEditor(QWidget):
    """Summary settings (algorithm, length) over the editable list of key points.

    Signals: ``point_edited(row, text)``, ``points_reordered(order)`` (the old
    rows in their new order), ``point_moved(row, delta)``,
    ``points_deleted(row)``, ``point_added(text)`` (once a new point holds
    text), ``reset_requested()``,
    ``options_changed(SummaryOptions)``, ``point_selected(source_index or -1)``.
    """

    point_edited = Signal(int, str)
    points_reordered = Signal(list)
    point_moved = Signal(int, int)
    point_deleted = Signal(int)
    point_added = Signal(str)
    reset_requested = Signal()
    options_changed = Signal(object)
    point_selected = Signal(int)

    def __init__(self, algorithms: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        settings = QHBoxLayout()
        settings.setSpacing(6)
        self.algorithm = QComboBox()
        self.algorithm.setAccessibleName("Summary algorithm")
        for name, label in algorithms:
            self.algorithm.addItem(label, name)
        self.length = QDoubleSpinBox()
        self.length.setAccessibleName("Summary length")
        self.length.setDecimals(0)
        self.length.setRange(1, 50)
        self.length.setValue(3)
        # Every typed value is reported; the window debounces before re-summarizing.
        self.length.setKeyboardTracking(True)
        self.mode = QComboBox()
        self.mode.setAccessibleName("Length unit")
        for key, label in LENGTH_MODES:
            self.mode.addItem(label, key)
        lbl = QLabel("&Algorithm")
        lbl.setBuddy(self.algorithm)
        settings.addWidget(lbl)
        settings.addWidget(self.algorithm, 1)
        lbl2 = QLabel("&Length")
        lbl2.setBuddy(self.length)
        settings.addWidget(lbl2)
        settings.addWidget(self.length)
        settings.addWidget(self.mode)
        layout.addLayout(settings)
        # A combo's minimum size otherwise ignores its items, so a squeezed layout (200 % on 1920x1080, the
        # 900 px window) cut "BriefRank" to "BriefRanl" and "sentences" to "sentence": with AdjustToContents
        # the minimum is the longest item, the brief pane's minimum width follows and the splitter keeps it.
        for combo in (self.algorithm, self.mode):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.list = PointList()
        bar, self.hint, self.buttons = panel_header("&Key points", (
            ("add", "Add a point of your own"), ("delete", "Delete the selected point (Delete)"),
            ("up", "Move the selected point up (Alt+Up)"), ("down", "Move the selected point down (Alt+Down)"),
            ("reset", "Reset the points to the machine's summary")), buddy=self.list)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)

        self.buttons["add"].clicked.connect(self.begin_new_point)
        self.list.itemDelegate().closeEditor.connect(self._editor_closed)
        self.buttons["delete"].clicked.connect(self._delete_current)
        self.buttons["up"].clicked.connect(lambda: self._move_current(-1))
        self.buttons["down"].clicked.connect(lambda: self._move_current(1))
        self.buttons["reset"].clicked.connect(self.reset_requested)
        self.list.itemChanged.connect(self._item_changed)
        self.list.rows_reordered.connect(self.points_reordered)
        self.list.currentRowChanged.connect(self._current_changed)
        self.algorithm.currentIndexChanged.connect(self._emit_options)
        self.length.valueChanged.connect(self._emit_options)
        self.mode.currentIndexChanged.connect(self._mode_changed)

        for seq, slot in ((QKeySequence(Qt.ALT | Qt.Key_Up), lambda: self._move_current(-1)),
                          (QKeySequence(Qt.ALT | Qt.Key_Down), lambda: self._move_current(1)),
                          (QKeySequence(QKeySequence.Delete), self._delete_current)):
            action = QAction(self.list)
            action.setShortcut(seq)
            action.setShortcutContext(Qt.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        self._update_buttons()

    # ---------------------------------------------------------------- showing

    def set_points(self, points: list[KeyPoint], current: int | None = None) -> None:
        """Show ``points``; keep (or set) the current row."""
        if current is None:
            current = self.list.currentRow()
        self._updating = True
        self.list.clear()
        for row, point in enumerate(points):
            item = QListWidgetItem(point.text)
            item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemIsEditable | Qt.ItemIsDragEnabled)
            item.setData(ORIGINAL_ROW, row)
            if point.citations:  # a brief of several articles: "[A¶2, C¶5]"
                item.setData(ANCHOR_ROLE, citations_anchor(point.citations))
            else:
                item.setData(ANCHOR_ROLE, f"[¶{point.paragraph + 1}]" if point.paragraph is not None else "")
            item.setData(EDITED_ROLE, bool(point.edited))
            item.setData(SOURCE_ROLE, -1 if point.source_index is None else point.source_index)
            tips = []
            if point.source_index is not None:
                tips.append(f"From sentence {point.source_index + 1}, paragraph {point.paragraph + 1}")
            else:
                tips.append("Written by you")
            if point.edited:
                tips.append("edited (✎)")
            if point.source:
                tips.append(f"worded by source {point.source}; stated by {citations_anchor(point.citations)}")
            if point.variants:
                tips.append("other figures in " + ", ".join(v.anchor for v in point.variants))
            item.setToolTip("; ".join(tips) + ". Double-click or F2 to edit; drag to reorder.")
            self.list.addItem(item)
        if points and current is not None and current >= 0:
            self.list.setCurrentRow(min(current, len(points) - 1))
        self._updating = False
        edited = sum(1 for p in points if p.edited)
        self.hint.setText(f"  {len(points)} point{'s' if len(points) != 1 else ''}"
                          + (f", {edited} edited" if edited else ""))
        self.hint.setToolTip("Click a sentence in the article to add it to the key points or take it out.")
        self._update_buttons()

    def point_count(self) -> int:
        """Return how many key points are shown."""
        return self.list.count()

    def point_text(self, row: int) -> str:
        """Return the text shown for key point ``row``."""
        return self.list.item(row).text()

    def current_row(self) -> int:
        """Return the selected key point's row (-1: none)."""
        return self.list.currentRow()

    def start_editing(self, row: int) -> None:
        """Select key point ``row`` and open its editor (only while the editor is shown)."""
        item = self.list.item(row)
        if item is not None:
            self.list.setCurrentItem(item)
            if self.isVisible():
                self.list.editItem(item)

    def set_options(self, options: SummaryOptions) -> None:
        """Show the summary settings without emitting ``options_changed``."""
        self._updating = True
        name = options.algorithm
        i = self.algorithm.findData(name) if name else 0
        self.algorithm.setCurrentIndex(max(i, 0))
        if options.percent is not None:
            mode, value = "percent", options.percent
        elif options.words is not None:
            mode, value = "words", options.words
        else:
            mode, value = "sentences", options.sentences or 3
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self._set_range(mode)
        self.length.setValue(float(value))
        self._updating = False

    def options(self) -> SummaryOptions:
        """Return the summary options the controls show."""
        mode = self.mode.currentData()
        value = self.length.value()
        return SummaryOptions(
            algorithm=self.algorithm.currentData(),
            sentences=int(value) if mode == "sentences" else None,
            percent=float(value) if mode == "percent" else None,
            words=int(value) if mode == "words" else None,
        )

    # ---------------------------------------------------------------- actions

    def _set_range(self, mode: str) -> None:
        ranges = {"sentences": (1, 200, 1), "percent": (1, 100, 5), "words": (10, 5000, 10)}
        low, high, step = ranges[mode]
        self.length.blockSignals(True)
        self.length.setRange(low, high)
        self.length.setSingleStep(step)
        self.length.blockSignals(False)

    def _mode_changed(self) -> None:
        if self._updating:
            return
        mode = self.mode.currentData()
        self._set_range(mode)
        defaults = {"sentences": 3, "percent": 20, "words": 100}
        self.length.blockSignals(True)
        self.length.setValue(defaults[mode])
        self.length.blockSignals(False)
        self._emit_options()

    def _emit_options(self) -> None:
        if not self._updating:
            self.options_changed.emit(self.options())

    def begin_new_point(self) -> None:
        """Add an empty row at the end and open its editor; it joins the brief only once it holds text."""
        if not self.buttons["add"].isEnabled():
            return
        self._updating = True
        item = QListWidgetItem("")
        item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemIsEditable)
        item.setData(NEW_ROLE, True)
        item.setData(SOURCE_ROLE, -1)
        self.list.addItem(item)
        self._updating = False
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        self.list.editItem(item)

    def new_point_pending(self) -> bool:
        """Return True while a new point's row is open and still empty."""
        return any(self.list.item(r).data(NEW_ROLE) for r in range(self.list.count()))

    def _editor_closed(self, _editor, _hint) -> None:
        # After Escape (or an empty commit) the new row is still empty: take it away, the brief never saw it.
        for row in reversed(range(self.list.count())):
            item = self.list.item(row)
            if item.data(NEW_ROLE) and not item.text().strip():
                self.list.takeItem(row)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Enable the add and reset buttons (with a document) or not."""
        self.buttons["add"].setEnabled(editable)
        self.buttons["reset"].setEnabled(editable)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._updating and item.data(NEW_ROLE):
            text = item.text()
            self._updating = True
            item.setData(NEW_ROLE, False)
            self._updating = False
            QTimer.singleShot(0, lambda: self.point_added.emit(text))
            return
        if not self._updating:
            row, text = self.list.row(item), item.text()
            # Report once the item view has finished committing: the window rebuilds the list.
            QTimer.singleShot(0, lambda: self.point_edited.emit(row, text))

    def _delete_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.point_deleted.emit(row)

    def _move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        if 0 <= row and 0 <= row + delta < self.list.count():
            self.point_moved.emit(row, delta)

    def _current_changed(self, row: int) -> None:
        self._update_buttons()
        if not self._updating:
            item = self.list.item(row) if row >= 0 else None
            self.point_selected.emit(item.data(SOURCE_ROLE) if item is not None else -1)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.buttons["delete"].setEnabled(has)
        self.buttons["up"].setEnabled(has and row > 0)
        self.buttons["down"].setEnabled(has and row < self.list.count() - 1)
