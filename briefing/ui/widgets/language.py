"""The status bar's language part: the article's language (changeable), how well actors are found, the brief's language.

``language_chosen(code)`` when the user picks another language for the
article (the window re-analyses it); ``brief_language_changed(setting)`` when
the brief is switched between the article's language (``"article"``) and
English (``"en"``). Only :mod:`briefing.core.language.languages` (light) is
read at start-up; how well each language's actors are found
(:func:`~briefing.core.actors.languages.actor_support`) is read the first
time an article is shown, so nothing new loads before the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from briefing.core.language.languages import supported_languages

#: The brief language settings, as the combo shows them.
# Short: the status bar shares its width with the counts, the algorithm and the article's language (at 900 px
# "Brief in the article's language" was cut to "Brief in the artic"); the tooltip says the rest.
BRIEF_CHOICES = (("article", "Brief: article's language"), ("en", "Brief in English"))


class LanguageBox(QWidget):
    """A combo of the supported languages, an "actors: good" note and the brief's language."""

    language_chosen = Signal(str)
    brief_language_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.combo = QComboBox()
        self.combo.setAccessibleName("Article language")
        for lang in supported_languages():
            self.combo.addItem(lang.label, lang.code)
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.actors_label = QLabel()
        self.actors_label.setStyleSheet("color: palette(mid);")
        self.brief_combo = QComboBox()
        self.brief_combo.setAccessibleName("Brief language")
        for setting, text in BRIEF_CHOICES:
            self.brief_combo.addItem(text, setting)
        self.brief_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # never "Brief in the artic"
        self.brief_combo.setToolTip("The brief's headings, dates, type tags and method line: in the article's "
                                    "language (Russian, Ukrainian, German, French, Spanish) or in English")
        label = QLabel("&Language:")
        label.setBuddy(self.combo)
        for widget in (label, self.combo, self.actors_label, self.brief_combo):
            lay.addWidget(widget)
        self._supports: dict[str, object] | None = None
        self._code: str | None = None
        self.combo.activated.connect(self._activated)
        self.brief_combo.activated.connect(lambda _i: self.brief_language_changed.emit(self.brief_language()))
        self.set_language(None)

    # ---------------------------------------------------------------- the article's language

    def _support(self, code: str):
        """Return how actors are found in ``code`` (read once for every language, on first use)."""
        if self._supports is None:
            from briefing.core.actors.languages import actor_support

            self._supports = {lang.code: actor_support(lang.code) for lang in supported_languages()}
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
            self.combo.setToolTip("The article's language")
            return
        self.actors_label.setText(f"actors: {support.quality}")
        tip = (f"The article's language; choose another to analyse it again (your points are kept).\n"
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
