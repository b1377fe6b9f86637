"""The header row of a panel: a bold title, a grey hint and a row of tool buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton

from ..icons import icon


def panel_header(title: str, buttons: tuple[tuple[str, str], ...],
                 buddy=None) -> tuple[QHBoxLayout, QLabel, dict[str, QToolButton]]:
    """Return the header layout, its hint label and its tool buttons by icon name.

    ``buttons`` holds ``(icon name, tooltip)`` pairs; the tooltip doubles as the
    button's accessible name. With a ``buddy`` widget, the title's mnemonic
    ("&Key points": Alt+K) gives it the focus, so a keyboard user need not Tab through the form.
    """
    bar = QHBoxLayout()
    bar.setSpacing(2)
    label = QLabel(title)  # plain text: a rich-text label has no mnemonic
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    bar.addWidget(label)
    hint = QLabel()
    hint.setStyleSheet("color: palette(mid);")
    bar.addWidget(hint, 1)
    made: dict[str, QToolButton] = {}
    for key, tip in buttons:
        button = QToolButton()
        button.setIcon(icon(key))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setIconSize(QSize(18, 18))
        bar.addWidget(button)
        made[key] = button
    return bar, hint, made
