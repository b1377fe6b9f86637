"""The one-page PDF brief: the only module of the core that imports reportlab.

:func:`render_pdf` lays a :class:`~briefing.core.model.Briefing` out on exactly
one A4 or Letter page, top to bottom: handling banner, masthead, title, source
line, shaded bottom-line box, key points with paragraph anchors, key actors
table, analyst comment, footer (method, generation time, "Page 1 of 1") and
the banner again.

Exactly one page, always. The content is measured with ``wrap()`` against the
frame height before anything is drawn; when it does not fit, the fitting steps
run in this order until it does, and each one taken is reported
(:class:`RenderReport`):

1. tighten spacing (leading and gaps, in three degrees, only as far as needed);
2. step the font down by 0.5 pt, to a floor of 8 pt;
3. drop the optional section (the analyst comment);
4. drop the lowest-ranked actors and key points, alternately, down to the
   minimum (2 points, 3 actors). Machine points go before edited or
   user-written ones, lowest score first.

If it still does not fit, :class:`~briefing.core.errors.ExportError` names what
overflows; text is never clipped or cut. Empty sections are never shown.

Text: every user string is escaped for reportlab's paragraph markup (unescaped,
``x<y`` raises, ``AT&T`` silently becomes ``AT&T;``) and set in the bundled
DejaVu Sans, embedded, so Latin, Cyrillic and Greek names print (reportlab's
Helvetica draws Cyrillic as black boxes, without error).

reportlab is imported on first export, not when this module is imported
(importing it costs about 0.15 s).
"""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from .. import __version__
from .atomic import write_atomically
from .errors import ExportError
from .model import Briefing, KeyPoint

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

UNTITLED = "Untitled briefing"
EDITED_MARK = "\u270e"  # ✎ (present in DejaVu Sans)

_INK = "#1b2127"
_MUTED = "#5c6873"
_ACCENT = "#1f3a5f"
_BOX = "#edf1f6"
_RULE = "#c3ccd6"
_ZEBRA = "#f5f7fa"
_EDIT = "#8a5300"

_FOOTER_SIZE = 7.0
_BANNER_SIZE = 8.5

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass
class PdfOptions:
    """How to lay the brief out.

    ``base_font_size`` is the body size before fitting (fitting steps down to
    8 pt); ``min_points``/``min_actors`` are how far fitting may drop key
    points and actors; ``max_actors`` caps the table rows (the most salient
    first). ``generated_at`` defaults to now (UTC); a naive datetime is taken
    as UTC.
    """

    page_size: str = "a4"
    base_font_size: float = 10.0
    min_points: int = 2
    min_actors: int = 3
    max_actors: int = 8
    generated_at: datetime | None = None
    creator: str = f"briefing {__version__}"


@dataclass
class RenderReport:
    """What the renderer did to fit the brief on one page.

    ``steps`` lists the fitting steps taken, in order ("tightened spacing",
    "font 9.0 pt", "dropped optional section: analyst comment", "dropped 2
    lowest-ranked key points"); empty when the brief fit as it was.
    ``dropped_points``/``dropped_actors`` count only what fitting dropped (not
    actors beyond ``max_actors``). ``fill`` is the fraction of the page's
    content height the final layout uses (0..1). ``warnings`` names text the
    font cannot print properly (characters without a glyph, right-to-left script).
    """

    steps: list[str] = field(default_factory=list)
    font_size: float = 10.0
    points_shown: int = 0
    actors_shown: int = 0
    dropped_points: int = 0
    dropped_actors: int = 0
    fill: float = 0.0
    pages: int = 1
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- text helpers


def _clean(text: str | None) -> str:
    """Return user text without control characters, trimmed."""
    return _CONTROL.sub("", text or "").strip()


def markup(text: str | None) -> str:
    """Return user text as reportlab paragraph markup that prints literally.

    ``&``, ``<`` and ``>`` are escaped (so ``<b>``, ``x<y``, ``AT&T`` and
    ``&amp;`` print as typed), control characters are dropped, and line breaks
    are kept as ``<br/>``.
    """
    lines = [escape(line.strip()) for line in _clean(text).splitlines()]
    return "<br/>".join(line for line in lines if line)


def _attr(text: str) -> str:
    """Return text escaped for a markup attribute value in double quotes."""
    return escape(_clean(text), {'"': "&quot;"})


def readable_date(value: str | None) -> str:
    """Return an ISO 8601 date as "3 June 2021" (the text itself when it is not ISO)."""
    value = _clean(value)
    if not value:
        return ""
    try:
        d = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _utc(moment: datetime | None) -> datetime:
    """Return the generation time in UTC (now when None; naive means UTC)."""
    if moment is None:
        return datetime.now(timezone.utc)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _plural(n: int, word: str) -> str:
    """Return "1 point" / "2 points"."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def method_text(method: dict[str, Any]) -> str:
    """Return the footer's method sentence, e.g. "Extractive, BriefRank 3/16 sentences; ..."."""
    algorithm = method.get("algorithm") if method else None
    if not algorithm:
        return f"Method: not recorded; points marked {EDITED_MARK} were edited or added by the analyst."
    try:
        from .summarize import ALGORITHMS

        label = ALGORITHMS[algorithm].label
    except (ImportError, KeyError):
        label = str(algorithm)
    counts = ""
    if method.get("chosen") is not None and method.get("total") is not None:
        counts = f" {method['chosen']}/{method['total']} sentences"
    return f"Method: Extractive, {label}{counts}; points verbatim unless marked {EDITED_MARK} edited."


def _url_break_ok(url: str, i: int) -> bool:
    """Return whether a URL may be cut before position ``i`` (Chicago style).

    After a slash (not inside "//"); before . , - _ ? # % ~ (so a cut never
    looks like a hyphenated word); before or after = and &.
    """
    before, after = url[i - 1], url[i]
    if before == "/":
        return after != "/"
    return after in ".,-_?#%~=&" or before in "=&"


def url_lines(url: str, width: float, font: str, size: float, first: float | None = None) -> list[str]:
    """Return a URL cut into lines no wider than ``width`` (the first no wider than ``first``).

    Cuts where :func:`_url_break_ok` allows, unless that leaves more than half
    the line empty; then anywhere. reportlab cuts a long word anywhere, and with URI splitting switched
    on it can leave a remainder wider than the line; this cuts the URL itself.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    start = 0
    while start < len(url):
        room = width if lines or first is None else first
        end, last_break = start, -1
        while end < len(url) and stringWidth(url[start:end + 1], font, size) <= room:
            end += 1
            if end < len(url) and _url_break_ok(url, end):
                last_break = end
        if end >= len(url):
            lines.append(url[start:])
            break
        cut = max(end, start + 1)
        if last_break > start and stringWidth(url[start:last_break], font, size) >= room / 2:
            cut = last_break  # a good cut, unless it would leave most of the line empty
        lines.append(url[start:cut])
        start = cut
    return lines


def text_warnings(texts: list[str], covered: frozenset[int]) -> list[str]:
    """Return warnings about text the PDF font cannot print properly.

    Characters without a glyph in DejaVu Sans (Chinese, Japanese, Korean, many
    Indic scripts) print as empty boxes; Arabic and Hebrew print unshaped and
    left to right (reportlab does no text shaping).
    """
    import unicodedata

    missing: dict[str, None] = {}
    rtl = False
    for text in texts:
        for ch in text:
            if ch.isspace():
                continue
            if ord(ch) not in covered:
                missing[ch] = None
            elif unicodedata.bidirectional(ch) in ("R", "AL"):
                rtl = True
    out = []
    if missing:
        sample = " ".join(list(missing)[:12]) + (" ..." if len(missing) > 12 else "")
        out.append(f"{_plural(len(missing), 'character')} ha{'s' if len(missing) == 1 else 've'} no glyph in the "
                   f"PDF font (DejaVu Sans) and print as empty boxes: {sample}")
    if rtl:
        out.append("Right-to-left text (Arabic, Hebrew) prints unshaped and left to right.")
    return out


def drop_order(points: list[KeyPoint]) -> list[int]:
    """Return the key point indices in the order fitting drops them.

    Machine points (from the article, unedited) go first, lowest score first;
    edited and user-written points only after every machine point; among
    equals, the later point goes first.
    """
    def key(i: int) -> tuple:
        p = points[i]
        return (p.edited or p.source_index is None, p.score, -i)

    return sorted(range(len(points)), key=key)


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
    from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.doctemplate import LayoutError

    from ..paths import resource

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
        Spacer=Spacer, Table=Table, TableStyle=TableStyle, Heading=Heading, Info=Info, covered=covered,
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


# --------------------------------------------------------------------------- layout


class _Brief:
    """One render: the page geometry, the fixed page furniture and a cache of measured sections."""

    def __init__(self, briefing: Briefing, options: PdfOptions):
        self.b = briefing
        self.o = options
        self.rl = _rl()
        key = (options.page_size or "a4").lower()
        if key not in PAGE_SIZES:
            raise ExportError(f"Unknown page size {options.page_size!r}: use a4 or letter.")
        (self.page_w, self.page_h), self.margin = PAGE_SIZES[key]
        self.width = self.page_w - 2 * self.margin
        self.generated = _utc(options.generated_at)
        self.title = _clean(briefing.title) or UNTITLED
        self.banner = " ".join(_clean(briefing.banner).split())
        self.actors = list(briefing.actors[: max(0, options.max_actors)])
        self.points = list(briefing.key_points)
        self.comment = markup(briefing.analyst_comment)
        self._cache: dict[tuple, tuple[list, float]] = {}
        self._furniture()

    # ----- fixed furniture: banners and footer, drawn on the page, not in the frame

    def _furniture(self) -> None:
        """Measure the banners and the footer; set the frame's height (refuse a banner that fills the page)."""
        rl, st = self.rl, _styles(10.0, 0.0)
        self.banner_para = None
        self.banner_h = 0.0
        gap = 8.0
        if self.banner:
            bg, fg = banner_colors(self.banner)
            self.banner_colors = (bg, fg)
            self.banner_para = rl.Paragraph(f'<font color="{fg}">{escape(self.banner)}</font>', st["banner"])
            _, h = self.banner_para.wrap(self.width - 12, self.page_h)
            self.banner_h = h + 5
        footer_left = (f"{markup(method_text(self.b.method))}<br/>"
                       f"Generated {self.generated:%Y-%m-%d %H:%M} UTC by {escape(_clean(self.o.creator))}")
        self.footer_para = rl.Paragraph(footer_left, st["footer"])
        self.page_para = rl.Paragraph("Page 1 of 1", st["footer_right"])
        _, h1 = self.footer_para.wrap(self.width * 0.82, self.page_h)
        _, h2 = self.page_para.wrap(self.width * 0.18, self.page_h)
        self.footer_h = max(h1, h2)
        top = self.banner_h + gap if self.banner else 0.0
        bottom = self.footer_h + gap + 5 + ((self.banner_h + 6) if self.banner else 0.0)
        self.frame_y = self.margin + bottom
        self.avail = self.page_h - 2 * self.margin - top - bottom
        if self.avail < 0.5 * (self.page_h - 2 * self.margin):
            raise ExportError(f"The handling banner is too long ({len(self.banner)} characters): printed at the top "
                              f"and the bottom it leaves less than half the page for the brief; shorten it.")

    def draw_page(self, canv, doc) -> None:
        """Draw the banners and the footer (the onPage hook)."""
        c = self.rl.colors.HexColor
        m, w = self.margin, self.width
        canv.saveState()
        if self.banner_para is not None:
            bg, _fg = self.banner_colors
            for y in (self.page_h - m - self.banner_h, m):
                canv.setFillColor(c(bg))
                canv.rect(m, y, w, self.banner_h, stroke=0, fill=1)
                self.banner_para.drawOn(canv, m + 6, y + 2.5)
        y0 = m + ((self.banner_h + 6) if self.banner_para is not None else 0.0)
        self.footer_para.drawOn(canv, m, y0)
        self.page_para.drawOn(canv, m + w * 0.82, y0 + self.footer_h - self.page_para.height)
        canv.setStrokeColor(c(_RULE))
        canv.setLineWidth(0.6)
        canv.line(m, y0 + self.footer_h + 5, m + w, y0 + self.footer_h + 5)
        canv.restoreState()

    # ----- sections of the frame, each measured once per (size, spacing, content)

    def section(self, name: str, size: float, tight: float, extra: Any = None) -> tuple[list, float]:
        """Return the flowables of a section and their height (cached per render)."""
        key = (name, size, tight, extra)
        hit = self._cache.get(key)
        if hit is None:
            flow = getattr(self, "_" + name)(size, tight, _styles(size, tight), extra)
            height = sum(f.wrap(self.width, self.avail)[1] for f in flow)
            hit = self._cache[key] = (flow, height)
        return hit

    def gap(self, size: float, tight: float) -> Any:
        """Return the space between two sections."""
        return self.rl.Spacer(0, size * _lerp(1.15, 0.6, tight))

    def _title(self, size, tight, st, extra) -> list:
        """Masthead ("BRIEFING NOTE", date) with a rule, then the title."""
        rl = self.rl
        right = f"{self.generated.day} {_MONTHS[self.generated.month - 1]} {self.generated.year}"
        mast = rl.Table([[rl.Paragraph("BRIEFING NOTE", st["masthead"]), rl.Paragraph(right, st["masthead_right"])]],
                        colWidths=[self.width * 0.6, self.width * 0.4])
        mast.setStyle(rl.TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # else reportlab sets Helvetica, unembedded, per cell
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.35),
            ("LINEBELOW", (0, 0), (-1, 0), 1.4, rl.colors.HexColor(_ACCENT)),
        ]))
        return [mast, rl.Spacer(0, size * _lerp(1.0, 0.7, tight)), rl.Paragraph(markup(self.title), st["title"])]

    def _source(self, size, tight, st, extra) -> list:
        """Source line: publisher · date · authors, then the URL cut into lines."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        b = self.b
        parts = []
        if _clean(b.source):
            parts.append(f"<b>{markup(b.source)}</b>")
        date = readable_date(b.date)
        if date:
            parts.append(escape(date))
        authors = [a for a in (_clean(x) for x in b.authors) if a]
        if authors:
            parts.append("by " + escape(", ".join(authors)))
        text = " \u00b7 ".join(parts)
        url = "".join(_clean(b.url).split())
        if url:
            style = st["source"]
            label = 0.0 if text else stringWidth("Source: ", style.fontName, style.fontSize)
            lines = url_lines(url, self.width - 1, style.fontName, style.fontSize, self.width - 1 - label)
            link = "<br/>".join(f'<a href="{_attr(url)}" color="{_ACCENT}">{escape(line)}</a>' for line in lines)
            text = f"{text}<br/>{link}" if text else link
        if not text:
            text = "not recorded (no publisher, date or address known)"
        return [self.rl.Spacer(0, size * _lerp(0.45, 0.3, tight)), self.rl.Paragraph("Source: " + text, st["source"])]

    def _bottom_line(self, size, tight, st, extra) -> list:
        """The shaded bottom-line box with a rule on its left."""
        rl = self.rl
        pad = size * _lerp(0.8, 0.55, tight)
        box = rl.Table([[[rl.Paragraph("BOTTOM LINE", st["box_label"]), rl.Spacer(0, size * 0.3),
                          rl.Paragraph(markup(self.b.bottom_line), st["bottom_line"])]]], colWidths=[self.width])
        box.setStyle(rl.TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, -1), rl.colors.HexColor(_BOX)),
            ("LINEBEFORE", (0, 0), (0, -1), 3.5, rl.colors.HexColor(_ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 1.1), ("RIGHTPADDING", (0, 0), (-1, -1), size * 1.0),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        return [self.gap(size, tight), box]

    def _points(self, size, tight, st, kept) -> list:
        """The key points kept, each with its [¶n] anchor and edit mark."""
        rl = self.rl
        note = f"{len(kept)} of {len(self.points)} shown" if len(kept) < len(self.points) else ""
        flow = [self.gap(size, tight), rl.Heading("KEY POINTS", note, size * 0.8, size * 0.45)]
        anchor_size = size * 0.82
        for n, i in enumerate(kept):
            p = self.points[i]
            text = markup(p.text) or "(empty point)"
            tail = []
            if p.paragraph is not None:
                tail.append(f'<font size="{anchor_size:.2f}" color="{_MUTED}">[\u00b6{p.paragraph + 1}]</font>')
            if p.source_index is None and p.paragraph is None:
                tail.append(f'<font size="{anchor_size:.2f}" color="{_EDIT}"><i>{EDITED_MARK}\u00a0added</i></font>')
            elif p.edited:
                tail.append(f'<font size="{anchor_size:.2f}" color="{_EDIT}"><i>{EDITED_MARK}\u00a0edited</i></font>')
            if tail:
                text += " " + " ".join(tail)
            flow.append(rl.Spacer(0, size * _lerp(0.45, 0.25, tight)))
            flow.append(rl.Paragraph(text, st["point"], bulletText="\u2022"))
        return flow

    def _actors(self, size, tight, st, count) -> list:
        """The key actors table: the first ``count`` actors."""
        rl = self.rl
        total = len(self.b.actors)
        note = f"top {count} of {total}, by salience" if count < total else ""
        rows = [[rl.Paragraph("Actor", st["cell_head"]), rl.Paragraph("Type", st["cell_head"]),
                 rl.Paragraph("Role in the story", st["cell_head"]), rl.Paragraph("Mentions", st["cell_head_num"])]]
        for a in self.actors[:count]:
            rows.append([rl.Paragraph(markup(a.display_name), st["cell"]), rl.Paragraph(escape(a.type_label), st["cell"]),
                         rl.Paragraph(markup(a.role) or f'<font color="{_MUTED}">\u2014</font>', st["cell"]),
                         rl.Paragraph(str(a.mentions), st["cell_num"])])
        w = self.width
        table = rl.Table(rows, colWidths=[w * 0.34, w * 0.15, w * 0.39, w * 0.12])
        pad = size * _lerp(0.3, 0.18, tight)
        table.setStyle(rl.TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.4), ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.4),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + size * 0.1),
            ("LINEBELOW", (0, 0), (-1, 0), 0.7, rl.colors.HexColor(_ACCENT)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, rl.colors.HexColor(_RULE)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [rl.colors.white, rl.colors.HexColor(_ZEBRA)]),
        ]))
        return [self.gap(size, tight), rl.Heading("KEY ACTORS", note, size * 0.8, size * 0.3), table]

    def _comment(self, size, tight, st, extra) -> list:
        """The analyst comment (optional section)."""
        return [self.gap(size, tight), self.rl.Heading("ANALYST COMMENT", "", size * 0.8, size * 0.45),
                self.rl.Spacer(0, size * 0.3), self.rl.Paragraph(self.comment, st["comment"])]

    def shown_texts(self, report: RenderReport) -> list[str]:
        """Return every user string the final layout shows."""
        b = self.b
        texts = [self.title, b.bottom_line, b.source or "", b.url or "", self.banner, *b.authors]
        texts += [self.points[i].text for i in self.kept]
        if self.comment_shown:
            texts.append(b.analyst_comment)
        for a in self.actors[: report.actors_shown]:
            texts += [a.display_name, a.role]
        return [_clean(t) for t in texts]

    def layout(self, size: float, tight: float, comment: bool, kept: tuple[int, ...],
               n_actors: int) -> list[tuple[str, list, float]]:
        """Return the sections shown, top to bottom, as (label, flowables, height)."""
        out = [("the title", *self.section("title", size, tight)),
               ("the source line", *self.section("source", size, tight))]
        if _clean(self.b.bottom_line):
            out.append(("the bottom line", *self.section("bottom_line", size, tight)))
        if kept:
            out.append(("the key points", *self.section("points", size, tight, kept)))
        if n_actors:
            out.append(("the key actors table", *self.section("actors", size, tight, n_actors)))
        if comment:
            out.append(("the analyst comment", *self.section("comment", size, tight)))
        return out


def _fit(brief: _Brief) -> tuple[list[tuple[str, list, float]], RenderReport]:
    """Run the fitting steps until the content fits the frame; return the layout and the report.

    Raises ExportError naming what overflows when even the last step does not fit.
    """
    o = brief.o
    floor = FONT_FLOOR
    base = max(float(o.base_font_size), floor)
    size, tight = base, 0.0
    comment = bool(brief.comment)
    order = drop_order(brief.points)
    dropped_ids: list[int] = []
    n_actors = len(brief.actors)
    min_points = min(max(0, o.min_points), len(brief.points))
    min_actors = min(max(0, o.min_actors), n_actors)
    steps: list[str] = []

    def current():
        kept = tuple(i for i in range(len(brief.points)) if i not in dropped_ids)
        sections = brief.layout(size, tight, comment, kept, n_actors)
        return sections, sum(h for _, _, h in sections)

    def least_change(candidates: list, set_value) -> tuple:
        """Set the first candidate that fits (the last when none does) and return its layout.

        The content only gets shorter along ``candidates``, so a binary search
        finds the first fit with 2-3 measurements instead of one per candidate.
        """
        set_value(candidates[-1])
        found = current()
        if found[1] > brief.avail:
            return found
        lo, hi = 0, len(candidates) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            set_value(candidates[mid])
            layout = current()
            if layout[1] <= brief.avail:
                hi, found = mid, layout
            else:
                lo = mid + 1
        set_value(candidates[hi])
        return found

    def set_tight(value: float) -> None:
        nonlocal tight
        tight = value

    def set_size(value: float) -> None:
        nonlocal size
        size = value

    sections, total = current()
    if total > brief.avail:
        steps.append("tightened spacing")
        sections, total = least_change(list(TIGHT_LEVELS), set_tight)  # only as tight as needed
    if total > brief.avail and size > floor:
        sizes = []
        while not sizes or sizes[-1] > floor:
            sizes.append(max(floor, round((sizes[-1] if sizes else size) - FONT_STEP, 2)))
        sections, total = least_change(sizes, set_size)
    if size != base:
        steps.append(f"font {size:.1f} pt")
    if total > brief.avail and comment:
        comment = False
        steps.append("dropped optional section: analyst comment")
        sections, total = current()
    drop_actor_next = True
    n_start = n_actors
    while total > brief.avail:
        can_point = len(brief.points) - len(dropped_ids) > min_points
        can_actor = n_actors > min_actors
        if not (can_point or can_actor):
            raise ExportError(_overflow_message(brief, sections, total, size))
        if can_actor and (drop_actor_next or not can_point):
            n_actors -= 1
        else:
            dropped_ids.append(order[len(dropped_ids)])
        drop_actor_next = not drop_actor_next
        sections, total = current()
    brief.kept = tuple(i for i in range(len(brief.points)) if i not in dropped_ids)
    brief.comment_shown = comment
    if dropped_ids:
        steps.append(f"dropped {len(dropped_ids)} lowest-ranked key point{'s' if len(dropped_ids) != 1 else ''}")
    if n_actors < n_start:
        d = n_start - n_actors
        steps.append(f"dropped {d} lowest-ranked actor{'s' if d != 1 else ''}")
    report = RenderReport(steps=steps, font_size=size, points_shown=len(brief.points) - len(dropped_ids),
                          actors_shown=n_actors, dropped_points=len(dropped_ids), dropped_actors=n_start - n_actors,
                          fill=min(1.0, total / brief.avail) if brief.avail > 0 else 1.0)
    return sections, report


def _overflow_message(brief: _Brief, sections, total: float, size: float) -> str:
    """Return the one-line refusal: which part is too tall, and by how much."""
    avail = brief.avail
    label, _, height = max(sections, key=lambda s: s[2])
    if height > avail:
        what = label[0].upper() + label[1:]
        return (f"{what} alone is taller than the page ({height:.0f} pt at {size:.0f} pt type, "
                f"{avail:.0f} pt available): shorten it.")
    o = brief.o
    parts = sorted(sections, key=lambda s: -s[2])[:2]
    named = " and ".join(f"{lab} ({h:.0f} pt)" for lab, _, h in parts)
    return (f"The brief does not fit on one page even at {size:.0f} pt with "
            f"{_plural(min(o.min_points, len(brief.points)), 'key point')} and "
            f"{_plural(min(o.min_actors, len(brief.actors)), 'actor')}: it is {total - avail:.0f} pt too tall; "
            f"the largest parts are {named}. Shorten them.")


def _record(brief: _Brief, report: RenderReport) -> str:
    """Return the JSON reproducibility record stored in the PDF's Info dictionary."""
    b, m = brief.b, brief.b.method or {}
    record = {
        "generator": f"briefing {__version__}",
        "algorithm": m.get("algorithm"),
        "chosen": m.get("chosen"),
        "total": m.get("total"),
        "source_url": b.url,
        "source": b.source,
        "published": b.date,
        "generated": brief.generated.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "font_size": report.font_size,
        "fitting": report.steps,
    }
    return json.dumps(record, ensure_ascii=True, separators=(",", ":"))


def render_pdf_bytes(briefing: Briefing, options: PdfOptions | None = None) -> tuple[bytes, RenderReport]:
    """Return the one-page PDF of a briefing and the report of the fitting steps taken.

    Raises ExportError when the brief cannot fit on one page even after every
    fitting step (the message names what overflows), or for an unknown page size.
    """
    options = options or PdfOptions()
    brief = _Brief(briefing, options)
    sections, report = _fit(brief)
    report.warnings = text_warnings(brief.shown_texts(report), brief.rl.covered)
    rl = brief.rl
    flowables = [f for _, flow, _ in sections for f in flow]
    shown_actors = [a.name for a in brief.actors[: report.actors_shown]]
    authors = ", ".join(a for a in (_clean(x) for x in briefing.authors) if a)
    buffer = io.BytesIO()
    doc = rl.BaseDocTemplate(
        buffer, pagesize=(brief.page_w, brief.page_h),
        leftMargin=brief.margin, rightMargin=brief.margin, topMargin=brief.margin, bottomMargin=brief.margin,
        title=brief.title, author=authors or _clean(briefing.source) or "",
        subject=_clean(briefing.bottom_line) or brief.title,
        keywords=", ".join(_clean(n) for n in shown_actors), creator=_clean(options.creator),
        lang="en", initialFontName=FONT,
    )
    record = _record(brief, report)
    pages: list[int] = []

    def on_page(canv, doc_):
        if not pages:
            info = canv._doc.info  # reportlab's Info object; add the reproducibility record to it
            info.__class__ = rl.Info
            info.record = record
        pages.append(canv.getPageNumber())
        brief.draw_page(canv, doc_)

    frame = rl.Frame(brief.margin, brief.frame_y, brief.width, brief.avail, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0, id="brief")
    doc.addPageTemplates([rl.PageTemplate(id="brief", frames=[frame], onPage=on_page)])
    try:
        doc.build(flowables)
    except rl.LayoutError as exc:  # cannot happen after the measurement; one line for the user if it does
        raise ExportError(f"Internal layout error: {exc}") from exc
    if len(pages) != 1:  # cannot happen when the measurement above is right; never ship a 2-page brief
        raise ExportError(f"Internal layout error: the brief came out as {len(pages)} pages instead of one.")
    report.pages = len(pages)
    return buffer.getvalue(), report


def fit_report(briefing: Briefing, options: PdfOptions | None = None) -> RenderReport:
    """Return the fitting report of a briefing (what :func:`render_pdf` would do), without writing."""
    return render_pdf_bytes(briefing, options)[1]


def render_pdf(briefing: Briefing, path: str | os.PathLike, options: PdfOptions | None = None) -> RenderReport:
    """Write the one-page PDF of a briefing to ``path`` atomically; return the fitting report.

    The PDF is made in memory, written to a temporary file in the target
    folder, flushed to disk and renamed over ``path``: a failed export leaves no
    partial file and never touches an existing one. Raises ExportError when the
    brief cannot fit on one page, or when the path cannot be written (missing
    folder, a folder at the path, no permission, disk full).
    """
    target = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(target)
    name = os.path.basename(target)
    if not name:
        raise ExportError(f"Cannot write the PDF to {target}: no file name given.")
    if os.path.isdir(target):
        raise ExportError(f"Cannot write the PDF to {target}: it is a folder.")
    if not os.path.isdir(folder):
        what = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise ExportError(f"Cannot write the PDF to {target}: the folder {folder} {what}.")
    data, report = render_pdf_bytes(briefing, options)
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise ExportError(f"Cannot write the PDF to {target}: {exc.strerror or exc}.") from exc
    return report
