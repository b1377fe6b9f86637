"""A one-line label that ends in "…" when it is narrower than its text (Qt's QLabel clips instead)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """A one-line grey label that ends in "…" when narrower than its text (never widens the form)."""

    def __init__(self, grey: bool = True) -> None:
        super().__init__()
        self._full = ""
        if grey:
            self.setStyleSheet("color: palette(mid);")
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.setTextInteractionFlags(Qt.NoTextInteraction)

    def set_full_text(self, text: str, tip: str | None = None) -> None:
        """Show ``text``, elided to the label's width (``tip``, or else the whole text, in the tooltip)."""
        self._full = text
        self.setToolTip(text if tip is None else tip)
        # The size hints follow the whole text; the shown (elided) text may not change, and then QLabel asks no
        # new layout: the counts stayed as wide as their first text, "" (4 px), in the status bar.
        self.updateGeometry()
        self._elide()

    def sizeHint(self):  # noqa: N802 - Qt's name
        """The whole text's size: given room, the label shows all of it."""
        hint = super().sizeHint()
        # The style sheet's padding (the app's "QLabel { padding: 0 6px }") is in the contents margins: without
        # it the status bar's counts lost their last letters ("16 acto").
        margins = self.contentsMargins()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
                      + margins.left() + margins.right())
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        """A few letters: squeezed, the label elides rather than widening its layout."""
        hint = super().minimumSizeHint()
        hint.setWidth(min(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("0,000 words…") + 4))
        return hint

    def full_text(self) -> str:
        """Return the whole text (not elided)."""
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(0, room)))
