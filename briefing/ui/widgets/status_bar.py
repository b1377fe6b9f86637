"""A status bar whose messages fit: a long file name loses its middle, a long message its end, the whole on hover.

``QStatusBar.showMessage`` clips a message at the first permanent widget (at
900 px, "Opened moscow-times-2021-06-03-russia-bel" and nothing after).
:class:`FittingStatusBar` shows each message shortened to the room left of
the permanent widgets, again on every resize, and keeps the whole message
as the bar's tooltip and in :meth:`full_message`. Every message also goes
to :meth:`history` (the window's Help > Recent Messages reads it again: a
note that a deleted actor stayed out is gone from the bar in 15 s).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtWidgets import QStatusBar


#: How many messages :meth:`FittingStatusBar.history` keeps.
HISTORY = 30


class FittingStatusBar(QStatusBar):
    """A :class:`QStatusBar` whose temporary messages are shortened to fit, the whole message on hover."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self._name = ""
        self._shown = ""
        self._template, self._details, self._timeout = "", "", 0
        self._fitting = False
        self._history: list[tuple[str, str]] = []  # (time, whole message with details), oldest first
        self._clock = QElapsedTimer()
        self.messageChanged.connect(self._message_changed)
        # The room changes when a permanent widget is laid out, shown or hidden, not only when the bar resizes.
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._refit)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        """Show ``text`` for ``timeout`` ms, shortened to fit (the whole in the tooltip and :meth:`full_message`)."""
        self.show_message(text, timeout=timeout)

    def show_message(self, text: str, name: str = "", timeout: int = 0, details: str = "", fit: bool = True) -> None:
        """Show ``text`` for ``timeout`` ms, shortened to fit (``fit``); ``{name}`` in it is ``name`` (a file
        name, shortened in its middle first); ``details`` join the whole message in the tooltip."""
        self._fitting = fit
        self._full = text.replace("{name}", name) if name else text
        self._template, self._name, self._details, self._timeout = text, name, details, timeout
        self._clock.start()
        self._remember(self._full + ("\n" + details if details else ""))
        self._shown = self._fit()
        QStatusBar.showMessage(self, self._shown, timeout)
        self._set_tip()

    def full_message(self) -> str:
        """Return the whole message shown now ("" when none)."""
        return self._full if self.currentMessage() else ""

    def history(self) -> list[tuple[str, str]]:
        """Return the last :data:`HISTORY` messages as ``(time "HH:mm:ss", whole message)``, oldest first."""
        return list(self._history)

    def _remember(self, text: str) -> None:
        if not text.strip() or (self._history and self._history[-1][1] == text):
            return
        self._history.append((QDateTime.currentDateTime().toString("HH:mm:ss"), text))
        del self._history[:-HISTORY]

    def room(self) -> int:
        """Return the width in pixels the message has: up to the first permanent widget shown."""
        lefts = [w.geometry().left() for w in self.children()
                 if w.isWidgetType() and w.isVisible() and w.geometry().left() > 0]
        right = min(lefts) if lefts else self.width()
        return max(0, right - 12)  # the message's own margins

    def _fit(self) -> str:
        if not self._fitting:
            return self._full
        fm, room = self.fontMetrics(), self.room()
        # No room for a readable start (a window squeezed below its size): the whole text, clipped as Qt does.
        if fm.horizontalAdvance(self._full) <= room or room < fm.horizontalAdvance("Opened abcdefghij…"):
            return self._full
        if self._name and "{name}" in self._template:
            rest = fm.horizontalAdvance(self._template.replace("{name}", ""))
            if room - rest >= fm.horizontalAdvance("abcdefghij…"):  # a name cut to a few letters tells nothing
                return self._template.replace("{name}", fm.elidedText(self._name, Qt.ElideMiddle, room - rest))
            text = self._template.replace("{name}", fm.elidedText(self._name, Qt.ElideMiddle,
                                                                  fm.horizontalAdvance("abcdefghijklmn…")))
            return fm.elidedText(text, Qt.ElideRight, room)
        return fm.elidedText(self._full, Qt.ElideRight, room)

    def _set_tip(self) -> None:
        tip = self._full if self._shown != self._full else ""
        if self._details:
            tip = (tip or self._full) + "\n\n" + self._details
        self.setToolTip(tip)

    def _message_changed(self, text: str) -> None:
        if not text:
            self._full = self._shown = ""
            self.setToolTip("")

    def childEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().childEvent(event)
        if event.type() == QEvent.ChildAdded and event.child().isWidgetType():
            event.child().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Move, QEvent.Resize, QEvent.Show, QEvent.Hide) and self._full:
            self._refit_timer.start()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._full and self.currentMessage() == self._shown:
            shown = self._fit()
            if shown == self._shown:
                return
            self._shown = shown
            left = self._timeout - self._clock.elapsed() if self._timeout else 0  # keep the time it had left
            QStatusBar.showMessage(self, shown, max(1, left) if self._timeout else 0)
            self._set_tip()
