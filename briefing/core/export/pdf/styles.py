"""The PDF's fonts, colours, paragraph styles and markup escaping (reportlab, imported on first use).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from ...errors import ExportError
from ..invisible import name_symbols
from .bidi import visual_order
from .fallback import Printable, fallback_font
from ..text import _clean

#: Body font sizes: the renderer never goes below the floor, and steps by 0.5 pt.
FONT_FLOOR = 8.0
FONT_STEP = 0.5

#: Page sizes in points and their margins (18 mm on A4, 0.75 in on Letter).
PAGE_SIZES = {
    "a4": ((595.2756, 841.8898), 51.0236),
    "letter": ((612.0, 792.0), 54.0),
}

FONT = "BriefingSans"
FONT_BOLD = "BriefingSans-Bold"
FONT_ITALIC = "BriefingSans-Oblique"
FONT_BOLD_ITALIC = "BriefingSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_INK = "#1b2127"
_MUTED = "#5c6873"
_ACCENT = "#1f3a5f"
_BOX = "#edf1f6"
_RULE = "#c3ccd6"
_ZEBRA = "#f5f7fa"
_EDIT = "#8a5300"

_FOOTER_SIZE = 7.0
_BANNER_SIZE = 8.5

def markup(text: str | None, face: str = FONT) -> str:
    """Return user text as reportlab paragraph markup that prints literally.

    ``&``, ``<`` and ``>`` are escaped (so ``<b>``, ``x<y``, ``AT&T`` and
    ``&amp;`` print as typed), control characters are dropped, and line breaks
    are kept as ``<br/>``. ``face`` is the face the text is set in (bold for
    the title and names, oblique for the assessment): see :func:`with_fallback`.
    Symbols no bundled font has (most emoji) are written as their names in
    brackets ("[rocket]"; see :func:`~briefing.core.export.invisible.name_symbols`). Right-to-left runs
    (Arabic, Hebrew) are shaped and put in drawing order (:func:`~.bidi.visual_order`).
    """
    text = _clean(text)
    if not text.isascii():
        text = name_symbols(text, printable())
    # right-to-left names and quotes: joined and in reading order (reportlab draws left to right, unshaped)
    lines = [escape(visual_order(line.strip())) for line in text.splitlines()]
    return with_fallback("<br/>".join(line for line in lines if line), face)


def with_fallback(marked: str, face: str = FONT) -> str:
    """Return paragraph markup with each run of characters that ``face`` lacks set in a font that has them: the
    regular face, or a fallback font for Chinese, Japanese, Korean and Thai (:mod:`.fallback`).

    DejaVu Sans Oblique has no Arabic (463 characters fewer than the regular
    face), DejaVu Sans Bold lacks 74 Arabic forms: set in those faces, an
    Arabic name in the assessment or the actor grid printed as empty boxes
    while the same name in a key point printed. DejaVu has no Han, kana,
    Hangul or Thai at all. Only characters outside ASCII are ever wrapped, so
    escaped entities and tags in ``marked`` are untouched; a character no font
    has is left as it is (an empty box, and the export warns).
    """
    if marked.isascii():
        return marked
    own, regular = _rl().coverage[face], _rl().covered
    out: list[str] = []
    run: list[str] = []
    run_font = ""
    for ch in marked:
        cp = ord(ch)
        font = ""
        if cp > 0x7F and cp not in own:
            font = FONT if cp in regular else (fallback_font(ch) or "")
        if font != run_font and run:
            out.append(f'<font name="{run_font}">{"".join(run)}</font>' if run_font else "".join(run))
            run = []
        run_font = font
        run.append(ch)
    if run:
        out.append(f'<font name="{run_font}">{"".join(run)}</font>' if run_font else "".join(run))
    return "".join(out)


def printable() -> Printable:
    """Return the code points the PDF prints (DejaVu Sans and, in their scripts, the fallback fonts)."""
    return Printable(_rl().covered)


def _attr(text: str) -> str:
    """Return text escaped for a markup attribute value in double quotes."""
    return escape(_clean(text), {'"': "&quot;"})


# --------------------------------------------------------------------------- reportlab (lazy)


@lru_cache(maxsize=1)
def _rl():
    """Import reportlab, register the fonts (once per process) and return the toolkit.

    Raises ExportError when a bundled font file is missing.
    """
    from types import SimpleNamespace

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfdoc import PDFInfo, PDFString
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.doctemplate import LayoutError

    from ....paths import resource

    faces = {}
    for name, filename in _FONT_FILES.items():
        path = resource("fonts", filename)
        try:
            faces[name] = TTFont(name, str(path))
        except Exception as exc:  # reportlab raises TTFError, IOError, ... for a bad or missing file
            raise ExportError(f"The PDF font {filename} could not be loaded from {path.parent}: {exc}") from exc
        pdfmetrics.registerFont(faces[name])
    covered = frozenset(faces[FONT].face.charToGlyph)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)

    class Heading(Flowable):
        """A section heading: a bold label, an optional note on the right, a rule under both."""

        def __init__(self, label: str, note: str, size: float, gap: float):
            super().__init__()
            self.label, self.note, self.size, self.gap = label, note, size, gap
            self.height = size * 1.25 + gap

        def wrap(self, aw, ah):
            self.width = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            base = self.gap + self.size * 0.3
            c.setFillColor(colors.HexColor(_ACCENT))
            c.setFont(FONT_BOLD, self.size)
            c.drawString(0, base, self.label)
            if self.note:
                c.setFillColor(colors.HexColor(_MUTED))
                c.setFont(FONT, self.size * 0.88)
                c.drawRightString(self.width, base, self.note)
            c.setStrokeColor(colors.HexColor(_ACCENT))
            c.setLineWidth(0.7)
            c.line(0, self.gap * 0.5, self.width, self.gap * 0.5)

    class CachedParagraph(Paragraph):
        """A Paragraph that does not break its lines again when wrapped again at the same width.

        The fitting loop measures every paragraph, then the frame and the tables
        wrap them again at the same width to draw them; the lines are the same.
        """

        _wrapped_at = None

        def wrap(self, availWidth, availHeight):
            if self._wrapped_at != availWidth:
                self._wrapped = super().wrap(availWidth, availHeight)
                self._wrapped_at = availWidth
            return self._wrapped

    class Bookmark(Flowable):
        """A zero-size flowable that adds a PDF outline entry (bookmark) pointing at where it is drawn."""

        def __init__(self, title: str, key: str):
            super().__init__()
            self.title, self.key = title, key
            self.width = self.height = 0

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            self.canv.bookmarkHorizontal(self.key, 0, 0)
            self.canv.addOutlineEntry(self.title, self.key, level=0)

    class Info(PDFInfo):
        """The PDF Info dictionary plus a /BriefingRecord entry (a JSON reproducibility record)."""

        record = ""

        def format(self, document):
            out = super().format(document)
            if not self.record:
                return out
            end = out.rindex(b">>")
            extra = b"/BriefingRecord " + PDFString(self.record).format(document) + b"\n"
            return out[:end] + extra + out[end:]

    return SimpleNamespace(
        colors=colors, ParagraphStyle=ParagraphStyle, TA_CENTER=TA_CENTER, TA_LEFT=TA_LEFT, TA_RIGHT=TA_RIGHT,
        BaseDocTemplate=BaseDocTemplate, Frame=Frame, PageTemplate=PageTemplate, Paragraph=CachedParagraph,
        Spacer=Spacer, Table=Table, TableStyle=TableStyle, Heading=Heading, Bookmark=Bookmark, Info=Info,
        covered=covered, coverage={name: frozenset(face.face.charToGlyph) for name, face in faces.items()},
        LayoutError=LayoutError,
    )


def _lerp(normal: float, tightest: float, tight: float) -> float:
    """Return a spacing value between normal (tight=0) and tightest (tight=1)."""
    return normal + (tightest - normal) * tight


#: Tightness levels tried, in order, by the "tightened spacing" step.
TIGHT_LEVELS = (1 / 3, 2 / 3, 1.0)


@lru_cache(maxsize=128)
def _styles(size: float, tight: float) -> dict[str, Any]:
    """Return every paragraph style of the brief for one body size and tightness (cached).

    ``tight`` runs from 0 (normal spacing) to 1 (tightest leading and gaps).

    All styles have no space before or after (gaps are explicit spacers), so the
    measured height of the flowables is exactly the height the frame uses.
    """
    rl = _rl()
    c = rl.colors.HexColor
    lead = _lerp(1.34, 1.22, tight)

    def style(name: str, **kw) -> Any:
        base = dict(fontName=FONT, fontSize=size, leading=size * lead, textColor=c(_INK),
                    spaceBefore=0, spaceAfter=0, splitLongWords=1, allowWidows=1, allowOrphans=1)
        base.update(kw)
        return rl.ParagraphStyle(name, **base)

    return {
        "masthead": style("masthead", fontName=FONT_BOLD, fontSize=size * 0.78, leading=size * 0.95,
                          textColor=c(_ACCENT)),
        "masthead_right": style("masthead_right", fontSize=size * 0.78, leading=size * 0.95,
                                textColor=c(_MUTED), alignment=rl.TA_RIGHT),
        "title": style("title", fontName=FONT_BOLD, fontSize=size * 1.75, leading=size * 1.75 * 1.18),
        "source": style("source", fontSize=size * 0.85, leading=size * 0.85 * _lerp(1.35, 1.25, tight),
                        textColor=c(_MUTED)),
        "box_label": style("box_label", fontName=FONT_BOLD, fontSize=size * 0.8, leading=size * 1.0,
                           textColor=c(_ACCENT)),
        "bottom_line": style("bottom_line", fontSize=size * 1.1,
                             leading=size * 1.1 * _lerp(1.36, 1.25, tight)),
        "point": style("point", leftIndent=size * 1.3, bulletIndent=size * 0.2, bulletFontName=FONT,
                       bulletFontSize=size, bulletColor=c(_ACCENT)),
        "cell": style("cell", fontSize=size * 0.9, leading=size * 0.9 * _lerp(1.28, 1.2, tight)),
        "cell_head": style("cell_head", fontName=FONT_BOLD, fontSize=size * 0.8, leading=size * 1.0,
                           textColor=c(_ACCENT)),
        "cell_num": style("cell_num", fontSize=size * 0.9, leading=size * 0.9 * _lerp(1.28, 1.2, tight),
                          alignment=rl.TA_RIGHT),
        "cell_head_num": style("cell_head_num", fontName=FONT_BOLD, fontSize=size * 0.8, leading=size * 1.0,
                               textColor=c(_ACCENT), alignment=rl.TA_RIGHT),
        "comment": style("comment", fontName=FONT_ITALIC),
        "footer": style("footer", fontSize=_FOOTER_SIZE, leading=_FOOTER_SIZE * 1.3, textColor=c(_MUTED)),
        "footer_right": style("footer_right", fontSize=_FOOTER_SIZE, leading=_FOOTER_SIZE * 1.3,
                              textColor=c(_MUTED), alignment=rl.TA_RIGHT),
        "banner": style("banner", fontName=FONT_BOLD, fontSize=_BANNER_SIZE, leading=_BANNER_SIZE * 1.2,
                        alignment=rl.TA_CENTER),
    }


def banner_colors(text: str) -> tuple[str, str]:
    """Return (background, text) colours of a handling banner.

    TLP 2.0 labels use FIRST's colours on black; UNCLASSIFIED is white on
    green; anything else is white on slate.
    """
    up = text.strip().upper()
    for label, fg in (("TLP:RED", "#ff2b2b"), ("TLP:AMBER", "#ffc000"), ("TLP:GREEN", "#33ff00"),
                      ("TLP:CLEAR", "#ffffff"), ("TLP:WHITE", "#ffffff")):
        if up.startswith(label):
            return "#000000", fg
    if up.startswith("UNCLASSIFIED"):
        return "#007a33", "#ffffff"
    return "#2b3440", "#ffffff"


