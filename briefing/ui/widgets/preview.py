"""A live picture of the one-page PDF and an indicator of how well it fits.

The window renders the page off the GUI thread (:func:`render_page`) and hands
the pixels and the renderer's report to :meth:`PreviewPane.show_page`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QProgressBar, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)


PAGE_SIZES = (("a4", "A4"), ("letter", "US Letter"))


@dataclass
class PageImage:
    """Raw pixels of a rendered page (built in a worker thread; QImage is made on the GUI thread)."""

    data: bytes
    width: int
    height: int
    stride: int
    format: str  # a QImage.Format member name
    report: Any = None
    pdf_size: int = 0


def render_page(briefing, width_px: int, page_size: str = "a4", progress=None) -> PageImage:
    """Render the briefing's PDF page to pixels about ``width_px`` wide (runs in a worker).

    Raises :class:`~briefing.core.errors.ExportError` from the renderer.
    """
    from briefing.core.export.pdf import PdfOptions, render_pdf_bytes
    from briefing.core.pdfium import draw_first_page

    if progress:
        progress(0.1, "Laying out the page…")
    data, report = render_pdf_bytes(briefing, PdfOptions(page_size=page_size))
    if progress:
        progress(0.6, "Drawing the preview…")
    bitmap = draw_first_page(data, width_px)
    fmt = {1: "Format_Grayscale8", 2: "Format_RGB888", 3: "Format_RGBX8888", 4: "Format_RGBA8888"}.get(
        bitmap.format, "Format_RGB888")
    return PageImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt, report, len(data))


def describe_fit(report) -> tuple[str, int, bool]:
    """Return (text, percent of the page used, whether anything is dropped or shrunk) for a
    :class:`~briefing.core.export.pdf.RenderReport` (a brief that cannot fit raises instead)."""
    fill = max(0.0, min(1.0, report.fill))
    steps = report.steps
    dropped_p, dropped_a, font = report.dropped_points, report.dropped_actors, report.font_size
    warn = bool(steps) or dropped_p > 0 or dropped_a > 0
    if not warn:
        return f"Fits on one page: {100 - round(fill * 100)}% of the page left.", round(fill * 100), False
    parts = []
    if steps:
        parts.append("; ".join(steps))
    if dropped_p:
        parts.append(f"{dropped_p} point{'s' if dropped_p != 1 else ''} left out")
    if dropped_a:
        parts.append(f"{dropped_a} actor{'s' if dropped_a != 1 else ''} left out")
    if font and not any("font" in step or " pt" in step for step in steps):
        parts.append(f"text at {font:g} pt")
    return "To fit one page: " + ", ".join(parts) + ".", round(fill * 100), True


class PreviewPane(QWidget):
    """The rendered page scaled to the pane, with the page size, a fit bar and a message above it.

    ``page_size_changed(str)`` reports a new page size ("a4" or "letter").
    """

    page_size_changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.fit_bar = QProgressBar()
        self.fit_bar.setRange(0, 100)
        self.fit_bar.setFormat("Page used: %p%")
        self.fit_bar.setAccessibleName("Page fill")
        self.page_size = QComboBox()
        self.page_size.setAccessibleName("Page size")
        self.page_size.setToolTip("Paper size of the PDF")
        for key, label in PAGE_SIZES:
            self.page_size.addItem(label, key)
        self.page_size.currentIndexChanged.connect(lambda _i: self.page_size_changed.emit(self.page_size_key()))
        top = QHBoxLayout()
        top.addWidget(self.fit_bar, 1)
        top.addWidget(self.page_size)
        self.fit_label = QLabel("No preview yet.")
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName("Fit")
        layout.addLayout(top)
        layout.addWidget(self.fit_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.page.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.page.setAccessibleName("Page preview")
        self.page.setStyleSheet("background: palette(dark);")
        self.scroll.setWidget(self.page)
        layout.addWidget(self.scroll, 1)
        self._image: QImage | None = None
        self.report = None

    def page_size_key(self) -> str:
        """Return the chosen page size: "a4" or "letter"."""
        return self.page_size.currentData()

    def set_page_size(self, key: str) -> None:
        """Show page size ``key`` without reporting a change."""
        i = self.page_size.findData(key)
        self.page_size.blockSignals(True)
        self.page_size.setCurrentIndex(max(i, 0))
        self.page_size.blockSignals(False)

    def show_page(self, page: PageImage) -> None:
        """Show a rendered page and its fit report."""
        image = QImage(page.data, page.width, page.height, page.stride, getattr(QImage.Format, page.format))
        self._image = image.copy()  # own the pixels: ``page.data`` may go away
        self.report = page.report
        text, percent, warn = describe_fit(page.report)
        self.fit_bar.setValue(percent)
        self.fit_label.setText(text)
        self.fit_label.setStyleSheet("color: #a05a00;" if warn else "color: #2e7d32;")
        self._rescale()

    def show_message(self, text: str, warn: bool = True) -> None:
        """Show a message instead of a fit report (renderer missing, export refused, no article)."""
        self.fit_label.setText(text)
        self.fit_label.setStyleSheet("color: #b3261e;" if warn else "")
        if warn:
            self.fit_bar.setValue(0)

    def clear(self) -> None:
        """Show no page."""
        self._image = None
        self.report = None
        self.page.clear()
        self.fit_bar.setValue(0)
        self.fit_label.setText("No preview yet.")

    @property
    def image(self) -> QImage | None:
        """Return the last rendered page image."""
        return self._image

    def wanted_width(self) -> int:
        """Return the pixel width a render should have for a sharp picture in this pane."""
        ratio = self.devicePixelRatioF() or 1.0
        return int(max(300, self.scroll.viewport().width() - 12) * ratio)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image is None:
            return
        ratio = self.devicePixelRatioF() or 1.0
        width = max(100, self.scroll.viewport().width() - 12)
        pixmap = QPixmap.fromImage(self._image.scaledToWidth(int(width * ratio), Qt.SmoothTransformation))
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)
        self.page.setMinimumHeight(int(pixmap.height() / ratio))
