"""One PDF render: the page geometry, the page furniture and the sections of the brief, measured piece by piece.

Fitting needs the height of the brief for many combinations (spacing, font
size, which points and actors are kept). Every piece is measured once per
(font size, spacing) level and cached: the fixed sections whole, each key
point on its own, the actors by grid row. A combination's height is then a
sum of cached numbers, so deciding a 1,000-point brief costs about as many
``wrap()`` calls as fill one page, not one layout per dropped point.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from ...errors import ExportError
from ...model import Briefing
from ..content import left_out_note, brief_content, point_view
from ..invisible import displayable
from ..links import short_url
from ..text import MARK_JOIN, _clean, _utc, drop_order
from .options import PdfOptions
from .styles import (
    _ACCENT,
    _BOX,
    _EDIT,
    _MUTED,
    _RULE,
    _ZEBRA,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    PAGE_SIZES,
    _attr,
    _lerp,
    _rl,
    _styles,
    banner_colors,
    markup,
)

#: Columns of the key actors grid.
ACTOR_COLUMNS = 2


def _linkable(url: str) -> bool:
    """Return True for a web or mail address reportlab can link; anything else (a URL field of "#…",
    which reportlab reads as an undefined internal destination and fails the build on) stays plain text."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).scheme.lower() in ("http", "https", "mailto", "ftp")
    except ValueError:
        return False


class _Level:
    """The measured pieces of the brief at one (font size, spacing) level.

    Key points are measured lazily in value order (the reverse of the order
    fitting drops them) and actor rows in salience order, each as a running
    sum that stops growing once it exceeds the page: the points fitting keeps
    are always the most valuable ones, so their heights are a prefix sum.
    """

    def __init__(self, brief: "_Brief", size: float, tight: float):
        self.brief, self.size, self.tight = brief, size, tight
        self.st = _styles(size, tight)
        self.point_flow: dict[int, list] = {}
        self.point_prefix = [0.0]
        self.actor_cells: list[Any] = []
        self.row_prefix = [0.0]
        rl, w = brief.rl, brief.labels
        self.points_head = [brief.gap(size, tight), brief.bookmark(w.points, "points"),
                            rl.Heading(w.points.upper(), "", size * 0.8, size * 0.45)]
        self.points_head_h = _height(self.points_head, brief)
        self.actors_head = [brief.gap(size, tight), brief.bookmark(w.actors, "actors"),
                            rl.Heading(w.actors.upper(), "", size * 0.8, size * 0.3)]
        self.actors_head_h = _height(self.actors_head, brief)
        self.fixed = {name: brief.section(name, size, tight) for name in ("title", "source", "bottom_line",
                                                                          "assessment", "assessment_note")}

    def pad(self) -> float:
        """Return the top (and, plus a little, bottom) padding of an actor cell."""
        return self.size * _lerp(0.3, 0.18, self.tight)

    # ----- key points

    def point(self, i: int) -> list:
        """Return the flowables of key point ``i`` (a spacer and the paragraph), built once per level."""
        flow = self.point_flow.get(i)
        if flow is None:
            flow = self.point_flow[i] = self.brief.point_flowables(i, self.size, self.tight, self.st)
        return flow

    def points_height(self, m: int, limit: float) -> float:
        """Return the height of the ``m`` most valuable points, or any number above ``limit`` once it is exceeded."""
        order = self.brief.value_order
        prefix = self.point_prefix
        while len(prefix) <= m and prefix[-1] <= limit:
            prefix.append(prefix[-1] + _height(self.point(order[len(prefix) - 1]), self.brief))
        return prefix[m] if len(prefix) > m else prefix[-1]

    # ----- actors

    def cell(self, k: int) -> tuple[Any, float]:
        """Return actor ``k``'s grid cell paragraph and its height (measured once per level)."""
        while len(self.actor_cells) <= k:
            para = self.brief.actor_paragraph(len(self.actor_cells), self.st)
            _, h = para.wrap(self.brief.cell_width - 2 * self.size * 0.4, self.brief.avail)
            self.actor_cells.append((para, h))
        return self.actor_cells[k]

    def row_height(self, heights: list[float]) -> float:
        """Return a grid row's height for its cells' heights (the paddings the table adds)."""
        return max(heights) + 2 * self.pad() + self.size * 0.1

    def actors_height(self, n: int, limit: float) -> float:
        """Return the height of the actors section with ``n`` actors (0 when none), or more than ``limit``."""
        if n <= 0:
            return 0.0
        full, odd = divmod(n, ACTOR_COLUMNS)
        prefix = self.row_prefix
        while len(prefix) <= full and prefix[-1] <= limit:
            r = len(prefix) - 1
            cells = [self.cell(r * ACTOR_COLUMNS + c)[1] for c in range(ACTOR_COLUMNS)]
            prefix.append(prefix[-1] + self.row_height(cells))
        if len(prefix) <= full:
            return prefix[-1] + self.actors_head_h
        tail = 0.0
        if odd:
            tail = self.row_height([self.cell(full * ACTOR_COLUMNS + c)[1] for c in range(odd)])
        return self.actors_head_h + prefix[full] + tail

    # ----- the whole brief

    def fixed_height(self, assessment: bool) -> float:
        """Return the height of title, source, bottom line and the assessment, or the note saying it was left out."""
        left_out = "assessment_note" if assessment else "assessment"
        return sum(h for name, (_, h) in self.fixed.items() if name != left_out)

    def height(self, assessment: bool, m: int, n: int) -> float:
        """Return the brief's height with the assessment (or not), the ``m`` best points and ``n`` actors.

        Above the frame height the number is only known to be above it.
        """
        limit = self.brief.avail
        total = self.fixed_height(assessment)
        if n:
            total += self.actors_height(n, limit - total)
        if m and total <= limit:
            total += self.points_head_h + self.points_height(m, limit - total - self.points_head_h)
        return total

    def sections(self, assessment: bool, kept: tuple[int, ...], n: int) -> list[tuple[str, list, float]]:
        """Return the sections shown, top to bottom, as (label, flowables, height)."""
        out = []
        left_out = "assessment_note" if assessment else "assessment"
        for name, label in (("title", "the title"), ("source", "the source line"),
                            ("bottom_line", "the bottom line"), ("assessment", "the assessment"),
                            ("assessment_note", "the assessment's note")):
            flow, h = self.fixed[name]
            if flow and name != left_out:
                out.append((label, flow, h))
        if kept:
            b = self.brief
            note = b.labels.shown_points(len(kept), len(b.points)) if len(kept) < len(b.points) else ""
            head = list(self.points_head)
            head[-1] = b.rl.Heading(b.labels.points.upper(), note, self.size * 0.8, self.size * 0.45)
            flow = head + [f for i in kept for f in self.point(i)]
            out.append(("the key points", flow, _height(flow, b)))
        if n:
            flow = self.actors_flow(n)
            out.append(("the key actors", flow, _height(flow, self.brief)))
        return out

    def actors_flow(self, n: int) -> list:
        """Return the actors section: heading and a grid of ``n`` actors, row by row."""
        b, rl, size = self.brief, self.brief.rl, self.size
        total = len(b.b.actors)
        note = b.labels.actors_shown(n, total, b.b.actor_order)
        cells = [self.cell(k)[0] for k in range(n)]
        rows = [cells[r:r + ACTOR_COLUMNS] for r in range(0, n, ACTOR_COLUMNS)]
        rows[-1] = rows[-1] + [""] * (ACTOR_COLUMNS - len(rows[-1]))
        table = rl.Table(rows, colWidths=[b.cell_width] * ACTOR_COLUMNS)
        pad = self.pad()
        table.setStyle(rl.TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.4), ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.4),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + size * 0.1),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, rl.colors.HexColor(_RULE)),
            ("ROWBACKGROUNDS", (0, 0), (-1, -1), [rl.colors.white, rl.colors.HexColor(_ZEBRA)]),
        ]))
        head = list(self.actors_head)
        head[-1] = rl.Heading(b.labels.actors.upper(), note, size * 0.8, size * 0.3)
        return head + [table]


def _height(flow: list, brief: "_Brief") -> float:
    """Return the total height of flowables wrapped at the frame's width."""
    return sum(f.wrap(brief.width, brief.avail)[1] for f in flow)


class _Brief:
    """One render: the page geometry, the fixed page furniture and the measured levels."""

    def __init__(self, briefing: Briefing, options: PdfOptions):
        briefing = displayable(briefing, bidi=False)  # reportlab does no bidi: every control is dropped
        self.b = briefing
        self.o = options
        self.rl = _rl()
        key = (options.page_size or "a4").lower()
        if key not in PAGE_SIZES:
            raise ExportError(f"Unknown page size {options.page_size!r}: use a4 or letter.")
        (self.page_w, self.page_h), self.margin = PAGE_SIZES[key]
        self.width = self.page_w - 2 * self.margin
        self.cell_width = self.width / ACTOR_COLUMNS
        self.generated = _utc(options.generated_at)
        self.content = brief_content(briefing, generated_at=options.generated_at, creator=options.creator,
                                     max_actors=options.max_actors, brief_language=options.brief_language)
        self.labels = self.content.labels
        self.title = self.content.title  # as every format shows it: on one line, white space collapsed
        self.banner = " ".join(_clean(briefing.banner).split())
        self.actors = list(briefing.actors[: max(0, options.max_actors)])
        self.points = list(briefing.key_points)
        self.url = "".join(_clean(briefing.url).split())
        self.comment = markup(briefing.analyst_comment, FONT_ITALIC)
        self.value_order = list(reversed(drop_order(self.points)))
        self._cache: dict[tuple, tuple[list, float]] = {}
        self._levels: dict[tuple, _Level] = {}
        self.kept: tuple[int, ...] = ()
        self.comment_shown = False
        self._furniture()

    def level(self, size: float, tight: float) -> _Level:
        """Return the measured pieces at one font size and spacing (cached)."""
        key = (size, tight)
        if key not in self._levels:
            self._levels[key] = _Level(self, size, tight)
        return self._levels[key]

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
            self.banner_para = rl.Paragraph(f'<font color="{fg}">{markup(self.banner, FONT_BOLD)}</font>', st["banner"])
            _, h = self.banner_para.wrap(self.width - 12, self.page_h)
            self.banner_h = h + 5
        footer_left = f"{markup(self.content.method)}<br/>{escape(self.content.generated)}"
        self.footer_para = rl.Paragraph(footer_left, st["footer"])
        self.page_para = rl.Paragraph(escape(self.labels.page), st["footer_right"])
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

    # ----- pieces

    def section(self, name: str, size: float, tight: float) -> tuple[list, float]:
        """Return the flowables of a fixed section and their height (cached per render; [] when empty)."""
        key = (name, size, tight)
        hit = self._cache.get(key)
        if hit is None:
            flow = getattr(self, "_" + name)(size, tight, _styles(size, tight))
            hit = self._cache[key] = (flow, _height(flow, self))
        return hit

    def gap(self, size: float, tight: float) -> Any:
        """Return the space between two sections."""
        return self.rl.Spacer(0, size * _lerp(1.15, 0.6, tight))

    def bookmark(self, title: str, key: str) -> Any:
        """Return a zero-height flowable that puts an outline entry (bookmark) for a section where it is drawn."""
        return self.rl.Bookmark(title, key)

    def _title(self, size, tight, st) -> list:
        """Masthead ("BRIEFING NOTE", date) with a rule, then the title."""
        rl = self.rl
        right = escape(self.content.dated)
        mast = rl.Table([[rl.Paragraph(escape(self.labels.masthead), st["masthead"]),
                          rl.Paragraph(right, st["masthead_right"])]],
                        colWidths=[self.width * 0.6, self.width * 0.4])
        mast.setStyle(rl.TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # else reportlab sets Helvetica, unembedded, per cell
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.35),
            ("LINEBELOW", (0, 0), (-1, 0), 1.4, rl.colors.HexColor(_ACCENT)),
        ]))
        return [self.bookmark(self.title, "title"), mast, rl.Spacer(0, size * _lerp(1.0, 0.7, tight)),
                rl.Paragraph(markup(self.title, FONT_BOLD), st["title"])]

    def _source(self, size, tight, st) -> list:
        """Source line: publisher · date · authors · a shortened URL that links to the whole one, on one line
        when it fits (the URL text is shortened to the room left; the host is always shown)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if self.content.sources:
            return self._sources(size, tight, st)
        style = st["source"]
        parts = []
        b = self.b
        plain = []
        if _clean(b.source):
            parts.append(f"<b>{markup(' '.join(_clean(b.source).split()), FONT_BOLD)}</b>")
            plain.append((" ".join(_clean(b.source).split()), FONT_BOLD))
        rest = self.content.source.split(" \u00b7 ")[1 if parts else 0:] if self.content.source else []
        for piece in rest:
            parts.append(markup(piece))
            plain.append((piece, FONT))
        if self.url:
            used = stringWidth(self.labels.source, FONT, style.fontSize)
            used += sum(stringWidth(t, f, style.fontSize) for t, f in plain)
            used += stringWidth(" \u00b7 ", FONT, style.fontSize) * len(plain)
            room = self.width - used - 2
            if room < self.width * 0.3:  # too little room left: the URL gets a line of its own
                room = self.width - 2
            lo, hi = 1, min(len(self.url), 300)
            while lo < hi:  # the longest display text that fits the room
                mid = (lo + hi + 1) // 2
                if stringWidth(short_url(self.url, mid), FONT, style.fontSize) <= room:
                    lo = mid
                else:
                    hi = mid - 1
            shown = escape(short_url(self.url, lo))
            parts.append(f'<a href="{_attr(self.url)}" color="{_ACCENT}">{shown}</a>' if _linkable(self.url) else shown)
        text = " \u00b7 ".join(parts) if parts else escape(self.labels.not_recorded_long)
        return [self.rl.Spacer(0, size * _lerp(0.45, 0.3, tight)),
                self.rl.Paragraph(escape(self.labels.source) + text, style)]

    def _sources(self, size, tight, st) -> list:
        """The sources block of a brief of several articles: a line per source, the letter hanging in front."""
        style = st["source"]
        out = [self.rl.Spacer(0, size * _lerp(0.45, 0.3, tight))]
        for s in self.content.sources:
            text = f'<b><font color="{_ACCENT}">{escape(s.letter)}</font></b>\u00a0\u00a0{markup(s.details)}'
            if s.url and _linkable(s.url):
                text += f' \u00b7 <a href="{_attr(s.url)}" color="{_ACCENT}">{escape(short_url(s.url, 48))}</a>'
            elif s.url:
                text += f' \u00b7 {escape(short_url(s.url, 48))}'
            out.append(self.rl.Paragraph(text, style))
        return out

    def _bottom_line(self, size, tight, st) -> list:
        """The shaded bottom-line box with a rule on its left ([] without a bottom line)."""
        if not _clean(self.b.bottom_line):
            return []
        rl = self.rl
        pad = size * _lerp(0.8, 0.55, tight)
        box = rl.Table([[[rl.Paragraph(escape(self.labels.bottom_line.upper()), st["box_label"]), rl.Spacer(0, size * 0.3),
                          rl.Paragraph(markup(self.b.bottom_line) + self._bottom_anchor(size),
                                       st["bottom_line"])]]], colWidths=[self.width])
        box.setStyle(rl.TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, -1), rl.colors.HexColor(_BOX)),
            ("LINEBEFORE", (0, 0), (0, -1), 3.5, rl.colors.HexColor(_ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 1.1), ("RIGHTPADDING", (0, 0), (-1, -1), size * 1.0),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        return [self.gap(size, tight), self.bookmark(self.labels.bottom_line, "bottom_line"), box]

    def _bottom_anchor(self, size) -> str:
        """Return the bottom line's citations ("[A¶1, C¶1]") as small markup ("" for one article)."""
        anchor = self.content.bottom_line_anchor
        return f' <font size="{size * 0.82:.2f}" color="{_MUTED}">{escape(anchor)}</font>' if anchor else ""

    def _assessment(self, size, tight, st) -> list:
        """The analyst's assessment, right under the bottom line (optional section; [] without one)."""
        if not self.comment:
            return []
        rl = self.rl
        return [rl.Spacer(0, size * _lerp(0.7, 0.4, tight)), self.bookmark(self.labels.assessment, "assessment"),
                rl.Heading(self.labels.assessment.upper(), "", size * 0.8, size * 0.45), rl.Spacer(0, size * 0.3),
                rl.Paragraph(self.comment, st["comment"])]

    def _assessment_note(self, size, tight, st) -> list:
        """The assessment's heading with "left out to fit one page (3000 words)", shown in its place when fitting
        dropped it ([] without an assessment): the page never drops a section silently."""
        note = left_out_note(self.b.analyst_comment, self.labels)
        if not note:
            return []
        rl = self.rl
        return [rl.Spacer(0, size * _lerp(0.7, 0.4, tight)),
                rl.Heading(self.labels.assessment.upper(), note, size * 0.8, size * 0.45)]

    def point_flowables(self, i: int, size: float, tight: float, st) -> list:
        """Return key point ``i``: a spacer and the bullet paragraph with its linked [¶n] anchor and edit mark."""
        rl = self.rl
        view = point_view(self.b, i, self.url, self.labels)
        anchor_size = size * 0.82
        text = markup(view.text)  # one line, as in every format
        if view.anchor:
            anchor = f'<font size="{anchor_size:.2f}" color="{_MUTED}">{view.anchor}</font>'
            if view.href and _linkable(view.href):
                anchor = f'<a href="{_attr(view.href)}">{anchor}</a>'
            text += " " + anchor
        if view.mark:  # glued to the word before it: a line never starts with the mark
            text += f'{MARK_JOIN}<font size="{anchor_size:.2f}" color="{_EDIT}"><i>{view.mark_text}</i></font>'
        if view.note:
            text += f'<br/><font size="{anchor_size:.2f}" color="{_EDIT}">{markup(view.note)}</font>'
        return [rl.Spacer(0, size * _lerp(0.45, 0.25, tight)), rl.Paragraph(text, st["point"], bulletText="\u2022")]

    def actor_paragraph(self, k: int, st) -> Any:
        """Return actor ``k``'s grid cell: bold name, a small type tag, the role and the first mention's [¶n]."""
        a = self.content.actors[k]
        small = st["cell"].fontSize * 0.78
        text = (f"<b>{markup(a.name, FONT_BOLD)}</b> "
                f"<font size=\"{small:.2f}\" color=\"{_MUTED}\">{escape(a.tag.upper())}</font>")
        if a.role:
            text += f" \u2014 {markup(a.role)}"
        if a.anchor:
            text += f' <font size="{small:.2f}" color="{_MUTED}">{a.anchor}</font>'
        return self.rl.Paragraph(text, st["cell"])

    def shown_texts(self, report) -> list[str]:
        """Return every user string the final layout shows."""
        b = self.b
        texts = [self.title, b.bottom_line, b.source or "", b.url or "", self.banner, *b.authors]
        texts += [self.points[i].text for i in self.kept]
        texts += [f"{v.details} {v.url}" for v in self.content.sources]
        if self.comment_shown:
            texts.append(b.analyst_comment)
        for a in self.actors[: report.actors_shown]:
            texts += [a.display_name, a.role]
        return [_clean(t) for t in texts]
