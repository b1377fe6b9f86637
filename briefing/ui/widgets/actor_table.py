"""The key actors: a table of name, type, role and mentions; edit, delete, add, merge.

Like the summary editor it only reports what the user did; the window pushes
the undo commands. Selecting one actor reports it (``actor_selected(row)``) so
the source view can highlight its mentions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from briefing.core.model import ACTOR_TYPE_LABELS, ACTOR_TYPES, Actor

from .header import panel_header

COLUMNS = ("Name", "Type", "Role", "Mentions")
FIELDS = ("name", "type", "role", "mentions")


class _TypeDelegate(QStyledItemDelegate):
    """Edits the type column with a combo box of person / organisation / place."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        for code in ACTOR_TYPES:
            combo.addItem(ACTOR_TYPE_LABELS[code], code)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        i = editor.findData(index.data(Qt.UserRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        code = editor.currentData()
        model.setData(index, code, Qt.UserRole)
        model.setData(index, ACTOR_TYPE_LABELS[code], Qt.DisplayRole)


class ActorTable(QWidget):
    """Toolbar (add, delete, merge) over the actor table.

    Signals: ``actor_edited(row, field, value)`` (field is name, type, role or
    mentions), ``actors_deleted(rows)``, ``actor_added()``,
    ``merge_requested(row_a, row_b)`` (b merges into a), ``actor_selected(row or -1)``.
    """

    actor_edited = Signal(int, str, object)
    actors_deleted = Signal(list)
    actor_added = Signal()
    merge_requested = Signal(int, int)
    actor_moved = Signal(int, int)
    editor_closed = Signal(int, bool)
    actor_selected = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, len(COLUMNS))
        bar, self.hint, self.buttons = panel_header("Ke&y actors", (
            ("add", "Add an actor"), ("delete", "Delete the selected actors (Delete)"),
            ("up", "Move the selected actor up (Alt+Up); the page shows the first eight"),
            ("down", "Move the selected actor down (Alt+Down)"),
            ("merge", "Merge two selected actors into the first")), buddy=self.table)
        layout.addLayout(bar)

        self.table.setAccessibleName("Key actors")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab leaves the table (the arrow keys move between cells): with Tab moving cell by cell, a
        # keyboard user needed 4 presses per actor to get past the table.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.table.setItemDelegateForColumn(1, _TypeDelegate(self.table))
        layout.addWidget(self.table, 1)

        self.buttons["add"].clicked.connect(self.actor_added)
        self.buttons["delete"].clicked.connect(self._delete_selected)
        self.buttons["merge"].clicked.connect(self._merge_selected)
        self.buttons["up"].clicked.connect(lambda: self._move_selected(-1))
        self.buttons["down"].clicked.connect(lambda: self._move_selected(1))
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        for seq, slot in ((QKeySequence(QKeySequence.Delete), self._delete_selected),
                          (QKeySequence(Qt.ALT | Qt.Key_Up), lambda: self._move_selected(-1)),
                          (QKeySequence(Qt.ALT | Qt.Key_Down), lambda: self._move_selected(1))):
            action = QAction(self.table)
            action.setShortcut(seq)
            action.setShortcutContext(Qt.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self._update_buttons()

    def set_actors(self, actors: list[Actor]) -> None:
        """Show ``actors``, keeping the selection where possible."""
        selected = self.selected_rows()
        self._updating = True
        # A column sized to its contents or stretched measures every row again at each changed cell: replacing
        # 476 actors' cells (a 100k-word article) froze the window 2-5 s at every edit, undo or re-summarize.
        # Fixed while filling, the columns are sized once, after.
        header = self.table.horizontalHeader()
        modes = [header.sectionResizeMode(col) for col in range(len(COLUMNS))]
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
        self.table.setRowCount(len(actors))
        for row, actor in enumerate(actors):
            name = QTableWidgetItem(actor.name)
            tip = [f"Also: {', '.join(actor.aliases)}"] if actor.aliases else []
            if actor.sentences:
                tip.append(f"In sentences {', '.join(str(i + 1) for i in actor.sentences[:12])}")
            name.setToolTip("\n".join(tip))
            kind = QTableWidgetItem(actor.type_label)
            kind.setData(Qt.UserRole, actor.type)
            role = QTableWidgetItem(actor.role)
            mentions = QTableWidgetItem()
            mentions.setData(Qt.EditRole, int(actor.mentions))
            mentions.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            for col, item in enumerate((name, kind, role, mentions)):
                self.table.setItem(row, col, item)
        self.table.clearSelection()
        for row in selected:
            if row < len(actors):
                self.table.selectRow(row)
        for col, mode in enumerate(modes):
            header.setSectionResizeMode(col, mode)
        self._updating = False
        self.hint.setText(f"  {len(actors)}")
        self._update_buttons()

    def scroll_to_top(self) -> None:
        """Show the first actors (a new document must not open scrolled down to the previous one's place)."""
        self.table.scrollToTop()

    def row_count(self) -> int:
        """Return how many actors are shown."""
        return self.table.rowCount()

    def clear_selection(self) -> None:
        """Select no actor."""
        self.table.clearSelection()

    def select_rows(self, rows: list[int]) -> None:
        """Select the actors at ``rows`` (and no other)."""
        self.table.clearSelection()
        model, selection = self.table.model(), self.table.selectionModel()
        for row in rows:
            if 0 <= row < self.table.rowCount():
                selection.select(model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def start_editing(self, row: int) -> None:
        """Make actor ``row`` current and open its name's editor (only while the table is shown)."""
        item = self.table.item(row, 0)
        if item is not None:
            self.table.setCurrentItem(item)
            if self.isVisible():
                self.table.editItem(item)

    def selected_rows(self) -> list[int]:
        """Return the selected rows, in order."""
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        field = FIELDS[item.column()]
        if field == "type":
            value = item.data(Qt.UserRole)
        elif field == "mentions":
            try:
                value = max(0, int(item.data(Qt.EditRole)))
            except (TypeError, ValueError):
                value = 0
        else:
            value = " ".join((item.text() or "").split())
        row = item.row()
        # Report once the view has finished committing: the window rebuilds the table.
        QTimer.singleShot(0, lambda: self.actor_edited.emit(row, field, value))

    def _editor_closed(self, _editor, hint) -> None:
        self.editor_closed.emit(self.table.currentRow(), hint == QStyledItemDelegate.RevertModelCache)

    def _delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.table.clearSelection()  # the rows are about to go: select nothing rather than their successors
            self.actors_deleted.emit(rows)

    def _merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 2:
            self.table.clearSelection()
            self.merge_requested.emit(rows[0], rows[1])

    def _move_selected(self, delta: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and 0 <= rows[0] + delta < self.table.rowCount():
            self.actor_moved.emit(rows[0], delta)

    def _selection_changed(self) -> None:
        self._update_buttons()
        if not self._updating:
            rows = self.selected_rows()
            self.actor_selected.emit(rows[0] if len(rows) == 1 else -1)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.buttons["delete"].setEnabled(bool(rows))
        self.buttons["merge"].setEnabled(len(rows) == 2)
        one = rows[0] if len(rows) == 1 else -1
        self.buttons["up"].setEnabled(one > 0)
        self.buttons["down"].setEnabled(0 <= one < self.table.rowCount() - 1)
