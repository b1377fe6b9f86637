"""The status bar's language part: the article's language (changeable), how well actors are found, the brief's language.

``language_chosen(code)`` when the user picks another language for the
article (the window re-analyses it); ``brief_language_changed(setting)`` when
the brief is switched between the article's language (``"article"``) and
English (``"en"``). Only :mod:`briefing.core.language.languages` (light) is
read at start-up; how well each language's actors are found
(:func:`~briefing.core.actors.languages.actor_support`) is read the first
time an article is shown, so nothing new loads before the window shows; the window
asks for it in a background thread as soon as it shows (:meth:`LanguageBox.preload`),
so the first article's display does not wait for that import (0.3 s).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from briefing.core.language.languages import supported_languages

#: The brief language settings: (setting, the popup's whole text, the closed combo's short text).
# The status bar shares its width with the message, the counts and the algorithm: at 900 px the whole texts
# ("Ukrainian (українська)", "Brief: article's language") took 420-490 px and squeezed the counts to 4 px.
BRIEF_CHOICES = (("article", "Brief in the article's language", "Brief: as article"),
                 ("en", "Brief in English", "Brief: English"))

SHORT_ROLE = Qt.UserRole + 1


class ShortCombo(QComboBox):
    """A combo that shows its item's short text (:data:`SHORT_ROLE`) when closed, the whole texts in its popup.

    Its width is the widest short text's; the popup is as wide as the widest whole text.
    """

    def add_item(self, text: str, short: str, data) -> None:
        """Add an item: ``text`` in the popup, ``short`` in the closed combo."""
        self.addItem(text, data)
        self.setItemData(self.count() - 1, short, SHORT_ROLE)
        self.updateGeometry()

    def short_text(self) -> str:
        """Return the closed combo's text ("" with no item chosen)."""
        return self.currentData(SHORT_ROLE) or self.currentText() if self.currentIndex() >= 0 else ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the widest short text and the arrow."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        shorts = [self.itemData(i, SHORT_ROLE) or self.itemText(i) for i in range(self.count())] or [""]
        text = max(fm.horizontalAdvance(t) for t in shorts)
        return self.style().sizeFromContents(QStyle.CT_ComboBox, opt, QSize(text + 4, fm.height()), self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The same as :meth:`sizeHint`: a short text cut tells nothing."""
        return self.sizeHint()

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        """Open the popup as wide as the widest whole text."""
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8)
        super().showPopup()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.currentText = self.short_text()
        painter.drawComplexControl(QStyle.CC_ComboBox, opt)
        painter.drawControl(QStyle.CE_ComboBoxLabel, opt)


class LanguageBox(QWidget):
    """A combo of the supported languages, an "actors: good" note and the brief's language."""

    language_chosen = Signal(str)
    brief_language_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.combo = ShortCombo()
        self.combo.setAccessibleName("Article language")
        for lang in supported_languages():
            self.combo.add_item(lang.label, lang.name, lang.code)
        self.actors_label = QLabel()
        self.actors_label.setStyleSheet("color: palette(mid);")
        self.brief_combo = ShortCombo()
        self.brief_combo.setAccessibleName("Brief language")
        for setting, text, short in BRIEF_CHOICES:
            self.brief_combo.add_item(text, short, setting)
        label = QLabel("&Language:")
        label.setBuddy(self.combo)
        for widget in (label, self.combo, self.actors_label, self.brief_combo):
            lay.addWidget(widget)
        self._supports: dict[str, object] | None = None
        self._loaded: dict[str, object] | None = None
        self._loader: threading.Thread | None = None
        self._code: str | None = None
        self.combo.activated.connect(self._activated)
        self.brief_combo.currentIndexChanged.connect(lambda _i: self._brief_tip())
        self.brief_combo.activated.connect(lambda _i: self.brief_language_changed.emit(self.brief_language()))
        self.set_language(None)
        self._brief_tip()

    # ---------------------------------------------------------------- the article's language

    def preload(self) -> None:
        """Read how actors are found in each language in a background thread (the first use then waits for
        nothing, or only for the rest of it): importing :mod:`briefing.core.actors` took 0.3 s of the GUI
        thread when the first article was shown."""
        if self._supports is None and self._loader is None:
            self._loader = threading.Thread(target=self._load_supports, name="actor-support", daemon=True)
            self._loader.start()

    def _load_supports(self) -> None:
        # In the loader thread (or the GUI thread when nothing preloaded): no widgets here.
        from briefing.core.actors.languages import actor_support

        self._loaded = {lang.code: actor_support(lang.code) for lang in supported_languages()}

    def _support(self, code: str):
        """Return how actors are found in ``code`` (read once for every language, on first use)."""
        if self._supports is None:
            if self._loader is None:
                self._load_supports()
            else:
                self._loader.join()
            self._supports = self._loaded or {}
            for i in range(self.combo.count()):
                support = self._supports[self.combo.itemData(i)]
                self.combo.setItemData(i, f"Key actors: {support.summary}", Qt.ToolTipRole)
        return self._supports.get(code)

    def set_language(self, code: str | None) -> None:
        """Show the article's language (None: no article; the combo is disabled)."""
        self._code = code
        self.combo.setEnabled(code is not None)
        if code is None:
            self.combo.setCurrentIndex(-1)
            self.actors_label.setText("")
            self.actors_label.hide()
            self.combo.setToolTip("The article's language (open an article first)")
            return
        index = self.combo.findData(code)
        if index < 0:  # a language the app has no resources for: show its code
            self.combo.addItem(code, code)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        support = self._support(code)
        if support is None:
            self.actors_label.setText("")
            self.actors_label.hide()
            self.combo.setToolTip(f"The article's language: {self.combo.currentText()}")
            return
        # Only a warning earns room in the bar (at 900 px every 80 px is the message's); "good" is in the tooltip.
        self.actors_label.setText("" if support.quality == "good" else f"actors: {support.quality}")
        self.actors_label.setVisible(support.quality != "good")
        tip = (f"The article's language: {self.combo.currentText()}; choose another to analyse it again "
               f"(your points are kept).\n"
               f"Key actors in this language: {support.summary}")
        self.combo.setToolTip(tip)
        self.actors_label.setToolTip(f"Key actors: {support.summary}")

    def language(self) -> str | None:
        """Return the code shown (None without an article)."""
        return self._code

    def _activated(self, index: int) -> None:
        code = self.combo.itemData(index)
        if code and code != self._code:
            self.language_chosen.emit(code)

    # ---------------------------------------------------------------- the brief's language

    def brief_language(self) -> str:
        """Return the brief language setting: "article" or "en"."""
        return self.brief_combo.currentData() or "article"

    def set_brief_language(self, setting: str) -> None:
        """Show the brief language setting (an unknown value: the article's language)."""
        index = self.brief_combo.findData(setting)
        self.brief_combo.setCurrentIndex(max(index, 0))

    def _brief_tip(self) -> None:
        self.brief_combo.setToolTip(f"{self.brief_combo.currentText()}: the brief's headings, dates, type tags and "
                                    "method line, in the article's language (Russian, Ukrainian, German, French, "
                                    "Spanish) or in English")
