"""Keyboard focus in the window: a clear frame on the focused key points list and actors table, and Tab in
reading order.

The platform style marked the focused list or table with a 1 px line of nearly the frame's colour, hard to see
in a light palette and lost in a dark one. :data:`FOCUS_FRAME` draws the 1 px frame in the palette's highlight
colour when focused (whatever the palette) and in its mid grey otherwise. (A 2 px frame, or 1 px and padding,
cost the 900x560 window its third whole key point; a width that changes with the focus is drawn by Qt's style
sheets but not laid out.)
:func:`set_reading_order` makes Tab go article -> brief fields -> summary settings and key points -> actors ->
page preview, each part's own controls in their order (the layout's creation order had the fields after the
actors' tool buttons).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

FOCUS_FRAME = """
QListWidget, QTableView { border: 1px solid palette(mid); }
QListWidget:focus, QTableView:focus { border: 1px solid palette(highlight); }
"""


def frame_focus(*widgets: QWidget) -> None:
    """Give each of ``widgets`` (a list or table) the clear focus frame."""
    for widget in widgets:
        widget.setStyleSheet(FOCUS_FRAME)


def tab_stops(part: QWidget) -> list[QWidget]:
    """Return the widgets in ``part`` (itself included) that Tab stops at, in the focus chain's order."""
    out: list[QWidget] = []
    if part.focusPolicy() & Qt.TabFocus and part.focusProxy() is None:
        out.append(part)
    widget = part.nextInFocusChain()
    while widget is not part and widget is not None:
        if (part.isAncestorOf(widget) and widget.focusPolicy() & Qt.TabFocus and widget.focusProxy() is None
                and widget not in out):
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def set_reading_order(parts: list[QWidget]) -> list[QWidget]:
    """Chain the Tab stops of ``parts`` one part after the other (each part's own stops in their order); return
    the chain."""
    chain = [w for part in parts for w in tab_stops(part)]
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    return chain
