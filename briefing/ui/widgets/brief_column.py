"""The brief column's layout: the fields over the key points, the actors table under them, in a splitter.

In a short column (a 900x560 window, or 200 % on 1920x1080) the fields scroll in a part of it instead of
overlapping, the key points show a few lines each, and the actors table keeps three rows while there is
room: :meth:`BriefColumn.fit` decides on each resize. The window builds it and remembers its sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

#: Below this brief-column height (a 900x560 window; 200 % on 1920x1080) the fields scroll in at most
#: :data:`FIELDS_SHARE` of it, so the key points and actors lists keep room for three rows each.
COMPACT_MIDDLE_HEIGHT = 560
FIELDS_SHARE = 0.22
#: Wrapped lines each key point shows then (the chosen one whole, as the page preview shows them all).
COMPACT_POINT_LINES = 3
#: Actor rows the actors table shows at least (its header and toolbar aside)...
LEAST_ACTOR_ROWS = 3
#: ... while the brief column is at least this tall (900x560 gives 439 px).
LEAST_ROWS_MIDDLE_HEIGHT = 400
QWIDGETSIZE_MAX = 16777215


class FieldsScroll(QScrollArea):
    """Holds the brief's fields: as tall as they are when there is room, scrolling (not overlapping) when not."""

    def __init__(self, fields: QWidget) -> None:
        super().__init__()
        self.setWidget(fields)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.NoFocus)  # no Tab stop of its own; Tab to a field scrolls it into view
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        fields.installEventFilter(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The fields' own size now (QScrollArea keeps the size they had when set, before any document)."""
        hint = self.widget().sizeHint()
        return QSize(hint.width(), hint.height() + 2 * self.frameWidth())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.LayoutRequest:
            self.updateGeometry()  # the details folded or a text box grew: the window's layout follows
        return False


class BriefColumn(QSplitter):
    """A vertical splitter: the fields (scrolling when short) and the key points on top, the actors below.

    ``fields`` is the :class:`~briefing.ui.widgets.fields.FieldsPanel` (its ``title`` box measures a line),
    ``points`` the :class:`~briefing.ui.widgets.summary_editor.SummaryEditor` and ``actors`` the
    :class:`~briefing.ui.widgets.actor_table.ActorTable`.
    """

    def __init__(self, fields, points, actors) -> None:
        super().__init__(Qt.Vertical)
        self.fields, self.points, self.actors = fields, points, actors
        self.setChildrenCollapsible(False)
        top = QWidget()
        tlay = QVBoxLayout(top)
        tlay.setContentsMargins(0, 0, 0, 0)
        # Squeezed below their height (200 % on a 1920x1080 screen leaves a 540 px window for a 590 px layout)
        # the fields scroll instead of overlapping: the banner was drawn over the bottom line's second line.
        self.fields_scroll = FieldsScroll(fields)
        tlay.addWidget(self.fields_scroll)
        tlay.addWidget(points, 1)
        self.addWidget(top)
        self.addWidget(actors)
        # The key points are the brief's heart: the actors get about four rows at a laptop's 768 px (the page
        # shows eight; the table scrolls, the splitter is remembered), the rest goes to the fields and the points.
        # The splitter keeps each side at its minimum: the actors table at least three rows under its header,
        # the top part gets the rest (the fields yield): see fit().
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([680, 240])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.fit()  # before the splitter lays its sides out, as the window's event filter did
        super().resizeEvent(event)

    def fit(self) -> None:
        """In a short brief column the fields scroll in a part of it, and the key points get the rest.

        At 900x560 the fields took 173 of the column's 440 px and the key points list showed one point; at
        1366x768 and above nothing changes (the fields are as tall as they are).
        """
        height = self.height()
        table = self.actors.table
        least = (table.horizontalHeader().sizeHint().height()
                 + LEAST_ACTOR_ROWS * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
        # Three actor rows while the column has room for them besides the fields and three points; shorter
        # still (a 430 px window), the fields need the height more and the table scrolls.
        table.setMinimumHeight(least if height >= LEAST_ROWS_MIDDLE_HEIGHT else 0)
        if height < COMPACT_MIDDLE_HEIGHT:
            # At least three lines' room: a field Tab scrolls to is then shown whole (at 430 px it was cut).
            self.fields_scroll.setMaximumHeight(max(self.fields.title.sizeHint().height() * 3 + 8,
                                                    int(height * FIELDS_SHARE)))
            self.points.list.set_max_lines(COMPACT_POINT_LINES)
        else:
            self.fields_scroll.setMaximumHeight(QWIDGETSIZE_MAX)
            self.points.list.set_max_lines(None)
