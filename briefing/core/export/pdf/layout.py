"""One PDF render: the page geometry, the page furniture and the measured sections of the brief.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from ...errors import ExportError
from ...model import Briefing
from ..text import (
    _MONTHS,
    EDITED_MARK,
    UNTITLED,
    _clean,
    _utc,
    method_text,
    readable_date,
)
from .options import PdfOptions, RenderReport
from .styles import (
    _ACCENT,
    _BOX,
    _EDIT,
    _MUTED,
    _RULE,
    _ZEBRA,
    FONT,
    PAGE_SIZES,
    _attr,
    _lerp,
    _rl,
    _styles,
    banner_colors,
    markup,
    url_lines,
)

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


