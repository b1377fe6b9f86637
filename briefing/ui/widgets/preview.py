"""A live picture of the one-page PDF, readable at real size, and an indicator of how well it fits.

The window renders the page off the GUI thread (:func:`render_page`) and hands
the pixels and the renderer's report to :meth:`PreviewPane.show_page`. The
page is rendered sharp enough for 150 % and scaled on the GUI thread, so
changing the zoom (fit width, 100 %, 150 %; a click on the page toggles
between fit width and 150 %) needs no new render. :class:`RenderThrottle`
keeps at most one render running: edits made meanwhile cause one more render
when it ends, not one each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QProgressBar, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)


PAGE_SIZES = (("a4", "A4"), ("letter", "US Letter"))
#: Page widths in points (1/72 in), for real-size zoom.
PAGE_WIDTH_PT = {"a4": 595.2756, "letter": 612.0}
#: Zoom choices: (label, factor of real size; None = fit the pane's width).
ZOOMS = (("Fit width", None), ("100 %", 1.0), ("150 %", 1.5))
#: The largest zoom a render must be sharp for.
MAX_ZOOM = 1.5


class RenderThrottle:
    """At most one preview render at a time; requests during a render become one render after it.

    ``request()`` returns True when a render may start now (and marks one
    running), else remembers that another is wanted; ``done()`` ends the
    running render and returns True when another was wanted meanwhile.
    """

    def __init__(self) -> None:
        self.running = False
        self.pending = False

    def request(self) -> bool:
        if self.running:
            self.pending = True
            return False
        self.running = True
        return True

    def done(self) -> bool:
        self.running = False
        wanted, self.pending = self.pending, False
        return wanted


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


def render_page(briefing, width_px: int, page_size: str = "a4", progress=None,
                brief_language: str = "article") -> PageImage:
    """Render the briefing's PDF page to pixels about ``width_px`` wide (runs in a worker; ``briefing`` is not
    changed).

    ``brief_language``: the brief's own words in the article's language ("article") or in English ("en").

    Raises :class:`~briefing.core.errors.ExportError` from the renderer.
    """
    from briefing.core.export.pdf import PdfOptions, render_pdf_bytes
    from briefing.core.pdfium import draw_first_page

    if progress:
        progress(0.1, "Laying out the page…")
    from briefing.core.brief.snapshot import clone
    from briefing.core.safetext import clean_strings

    # A field edited or pasted into may hold a lone surrogate: cleaned in a copy made here, in the worker (the
    # caller's brief, the undo history's, is read by the GUI thread meanwhile and never changed).
    options = PdfOptions(page_size=page_size, brief_language=brief_language)
    data, report = render_pdf_bytes(clean_strings(clone(briefing)), options)
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
        self.fit_bar.setFormat("%p% used")
        self.fit_bar.setAccessibleName("Page fill")
        self.fit_bar.setToolTip("How much of the one page the brief fills")
        # Never narrower than its text: squeezed, the bar wrapped "Page used: 65%" onto two clipped lines.
        self.fit_bar.setMinimumWidth(self.fit_bar.fontMetrics().horizontalAdvance("100% used") + 16)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName("Page size")
        self.page_size.setToolTip("Paper size of the PDF")
        for key, label in PAGE_SIZES:
            self.page_size.addItem(label, key)
        self.page_size.currentIndexChanged.connect(lambda _i: self.page_size_changed.emit(self.page_size_key()))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName("Zoom")
        self.zoom.setToolTip("Page zoom: fit the pane, real size or larger (or click the page)")
        for label, factor in ZOOMS:
            self.zoom.addItem(label, factor)
        self.zoom.currentIndexChanged.connect(lambda _i: self._rescale())
        for combo in (self.page_size, self.zoom):  # a layout may not squeeze them below their longest item
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        top = QHBoxLayout()
        top.addWidget(self.fit_bar, 1)
        top.addWidget(self.zoom)
        top.addWidget(self.page_size)
        self.fit_label = QLabel("No preview yet.")
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName("Fit")
        layout.addLayout(top)
        layout.addWidget(self.fit_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName("Page preview")  # Tab stops here (to scroll by keys): a reader names it
        self.scroll.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.page.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.page.setAccessibleName("Page preview")
        self.page.setToolTip("Click to enlarge (150 %) or to fit the width again")
        self.page.setCursor(Qt.PointingHandCursor)
        self.page.installEventFilter(self)
        self.page.setStyleSheet("background: palette(dark);")
        self.scroll.setWidget(self.page)
        layout.addWidget(self.scroll, 1)
        self._image: QImage | None = None
        self.report = None
        self.throttle = RenderThrottle()

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

    def zoom_factor(self) -> float | None:
        """Return the zoom chosen: a factor of real size, or None for "fit width"."""
        return self.zoom.currentData()

    def set_zoom(self, factor: float | None) -> None:
        """Choose a zoom: None (fit width), 1.0 (100 %) or 1.5 (150 %)."""
        i = self.zoom.findData(factor)
        self.zoom.setCurrentIndex(max(i, 0))

    def real_size_width(self) -> int:
        """Return the page's width in logical pixels at 100 % (its size on paper at the screen's resolution)."""
        points = PAGE_WIDTH_PT.get(self.page_size_key(), PAGE_WIDTH_PT["a4"])
        return round(points / 72.0 * (self.logicalDpiX() or 96))

    def _shown_width(self) -> int:
        """Return the logical pixel width the page is shown at, for the current zoom."""
        factor = self.zoom_factor()
        if factor is None:
            return max(100, self.scroll.viewport().width() - 12)
        return round(self.real_size_width() * factor)

    def wanted_width(self) -> int:
        """Return the pixel width a render should have: sharp in this pane at every zoom up to 150 %."""
        ratio = self.devicePixelRatioF() or 1.0
        widest = max(self.scroll.viewport().width() - 12, round(self.real_size_width() * MAX_ZOOM))
        return int(max(300, widest) * ratio)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.page and event.type() == QEvent.MouseButtonRelease and self._image is not None:
            self.set_zoom(MAX_ZOOM if self.zoom_factor() is None else None)
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image is None:
            return
        ratio = self.devicePixelRatioF() or 1.0
        width = self._shown_width()
        pixmap = QPixmap.fromImage(self._image.scaledToWidth(int(width * ratio), Qt.SmoothTransformation))
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)
        fit = self.zoom_factor() is None
        self.page.setMinimumWidth(0 if fit else width)  # wider than the pane: the scroll area scrolls
        self.page.setMinimumHeight(int(pixmap.height() / ratio))
