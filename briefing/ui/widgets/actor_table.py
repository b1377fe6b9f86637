"""The key actors: a table of name, type, role and mentions; edit, delete, add, merge.

Like the summary editor it only reports what the user did; the window pushes
the undo commands. Selecting one actor reports it (``actor_selected(row)``) so
the source view can highlight its mentions.

A model over the brief's actors (:class:`ActorModel`) feeds a ``QTableView``: a
table widget made four items per actor at every edit, undo or re-summarize,
0.4 s of the GUI thread for a 100k-word article's 3,700 actors; the model answers
only for the cells the view draws or measures.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView,
                               QVBoxLayout, QWidget)

from briefing.core.model import ACTOR_TYPE_LABELS, ACTOR_TYPES, Actor

from .header import panel_header

COLUMNS = ("Name", "Type", "Role", "Mentions")
FIELDS = ("name", "type", "role", "mentions")
_RIGHT = Qt.AlignRight | Qt.AlignVCenter


def _tooltip(actor: Actor) -> str | None:
    tip = [f"Also: {', '.join(actor.aliases)}"] if actor.aliases else []
    if actor.sentences:
        tip.append(f"In sentences {', '.join(str(i + 1) for i in actor.sentences[:12])}")
    return "\n".join(tip) or None


class ActorModel(QAbstractTableModel):
    """The actors shown, one row each: name, type (its word; the code under ``Qt.UserRole``), role, mentions.

    An edit changes nothing here: ``edited(row, field, value)`` reports the cleaned value (a name or role with
    its spacing tidied, a type code, a whole number of mentions, at least 0) and the window's undo command
    changes the brief, which is then shown again with :meth:`set_actors`.
    """

    edited = Signal(int, str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._actors: list[Actor] = []

    def set_actors(self, actors: list[Actor]) -> None:
        """Show ``actors``: rows added or taken away at the end, every cell redrawn (the view keeps its place)."""
        old, new = len(self._actors), len(actors)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._actors = list(actors)
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._actors = list(actors)
            self.endInsertRows()
        else:
            self._actors = list(actors)
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(new - 1, len(COLUMNS) - 1))

    def actor(self, row: int) -> Actor | None:
        """Return the actor shown at ``row`` (None outside the table)."""
        return self._actors[row] if 0 <= row < len(self._actors) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        """Return the number of actors (none under a cell)."""
        return 0 if parent.isValid() else len(self._actors)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        """Return 4: name, type, role, mentions."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt's name
        """Return the column titles."""
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.DisplayRole):
        """Return a cell's text (mentions as a number), the type's code, alignment or the name's tooltip."""
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._actors):
            return None
        actor = self._actors[row]
        if role == Qt.DisplayRole or role == Qt.EditRole:
            if col == 0:
                return actor.name
            if col == 1:
                return actor.type_label
            if col == 2:
                return actor.role
            return int(actor.mentions)
        if role == Qt.UserRole and col == 1:
            return actor.type
        if role == Qt.TextAlignmentRole and col == 3:
            return _RIGHT
        if role == Qt.ToolTipRole and col == 0:
            return _tooltip(actor)
        return None

    def flags(self, index):
        """Every cell is selectable and editable."""
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802 - Qt's name
        """Report an edit of a cell (see the class); the cell shows the brief's value until it is shown again."""
        if not index.isValid() or role != Qt.EditRole or not 0 <= index.row() < len(self._actors):
            return False
        field = FIELDS[index.column()]
        if field == "type":
            if value not in ACTOR_TYPES:
                return False
        elif field == "mentions":
            try:
                value = max(0, int(value))
            except (TypeError, ValueError):
                value = 0
        else:
            value = " ".join(str(value or "").split())
        self.edited.emit(index.row(), field, value)
        return True


class _MeasuredDelegate(QStyledItemDelegate):
    """Sizes a cell by its text, measured once per text and font: the self-sizing type and mentions columns ask
    up to 1,000 rows' sizes at each refresh, eight calls of the model's ``data`` a cell when measured afresh."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict = {}

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        key = (index.data(), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 5000:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return size


class _TypeDelegate(_MeasuredDelegate):
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
        model.setData(index, editor.currentData(), Qt.EditRole)


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
        self.model = ActorModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        bar, self.hint, self.buttons = panel_header("Ke&y actors", (
            ("add", "Add an actor"), ("delete", "Delete the selected actors (Delete)"),
            ("up", "Move the selected actor up (Alt+Up); the page shows the first eight"),
            ("down", "Move the selected actor down (Alt+Down)"),
            ("merge", "Merge two selected actors into the first")), buddy=self.table)
        layout.addLayout(bar)

        self.table.setAccessibleName("Key actors")
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
        self.table.setItemDelegateForColumn(3, _MeasuredDelegate(self.table))
        layout.addWidget(self.table, 1)

        self.buttons["add"].clicked.connect(self.actor_added)
        self.buttons["delete"].clicked.connect(self._delete_selected)
        self.buttons["merge"].clicked.connect(self._merge_selected)
        self.buttons["up"].clicked.connect(lambda: self._move_selected(-1))
        self.buttons["down"].clicked.connect(lambda: self._move_selected(1))
        self.model.edited.connect(self._edited)
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
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
        # Stretched and self-sizing columns measure rows again at each change: fixed while the rows change, the
        # columns are sized once, after (the table widget's 476 actors once froze the window 2-5 s so).
        header = self.table.horizontalHeader()
        modes = [header.sectionResizeMode(col) for col in range(len(COLUMNS))]
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
        self.model.set_actors(actors)
        self.select_rows([row for row in selected if row < len(actors)])
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
        return self.model.rowCount()

    def clear_selection(self) -> None:
        """Select no actor."""
        self.table.clearSelection()

    def select_rows(self, rows: list[int]) -> None:
        """Select the actors at ``rows`` (and no other)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for row in rows:
            if 0 <= row < self.model.rowCount():
                selection.select(self.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def start_editing(self, row: int) -> None:
        """Make actor ``row`` current and open its name's editor (only while the table is shown)."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            if self.isVisible():
                self.table.edit(index)

    def selected_rows(self) -> list[int]:
        """Return the selected rows, in order."""
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def _edited(self, row: int, field: str, value) -> None:
        if not self._updating:
            # Report once the view has finished committing: the window shows the actors again.
            QTimer.singleShot(0, lambda: self.actor_edited.emit(row, field, value))

    def _editor_closed(self, _editor, hint) -> None:
        self.editor_closed.emit(self.table.currentIndex().row(), hint == QStyledItemDelegate.RevertModelCache)

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
        if len(rows) == 1 and 0 <= rows[0] + delta < self.model.rowCount():
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
        self.buttons["down"].setEnabled(0 <= one < self.model.rowCount() - 1)
