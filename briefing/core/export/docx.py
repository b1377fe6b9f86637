"""The brief as a Word document (DOCX): the same structure and look as the PDF, editable.

The document is described to :class:`~briefing.core.docx_io.DocxBuilder`
(python-docx stays in that one module). What it shows is what the PDF shows:
the PDF's fitting decides the font size, the points, the actors and whether
the assessment is kept, and every paragraph gets the PDF's exact line height
and spacing, so the DOCX comes out as one page when a word processor lays it
out with the same font (DejaVu Sans). Headings are Word's "Heading 1/2"
styles (the navigation pane and screen readers see the structure); links are
real hyperlinks; the language and core properties are set.
"""

from __future__ import annotations

import os

from ..docx_io import DocxBuilder, Run
from ..model import Briefing
from .content import BriefContent, brief_content
from .text import MARK_JOIN
from .invisible import displayable
from .files import check_target, write_export
from .pdf.options import PdfOptions, RenderReport
from .pdf.styles import _ACCENT, _BOX, _EDIT, _INK, _MUTED, _RULE, _ZEBRA, PAGE_SIZES, _lerp, banner_colors

FONT_NAME = "DejaVu Sans"
_FOOTER_SIZE = 7.0


def _heading(d: DocxBuilder, text: str, size: float, tight: float, note: str = "", level: int = 2,
             before: float | None = None) -> None:
    """A section heading: small bold capitals in the accent colour, a rule under it (Word's Heading 2)."""
    runs = [Run(text.upper(), bold=True, size=size * 0.8, color=_ACCENT)]
    if note:
        runs.append(Run(f"   {note}", size=size * 0.7, color=_MUTED))
    para = d.paragraph(runs, size * 0.8, size * 0.8 * 1.3, before if before is not None else size * _lerp(1.15, 0.6, tight),
                       size * 0.25, style=f"Heading {level}", keep_with_next=True)
    borders = d._el("w:pBdr")
    borders.append(d._el("w:bottom", w_val="single", w_sz="5", w_space="1", w_color=_ACCENT.lstrip("#")))
    para._p.get_or_add_pPr().append(borders)


def docx_of(c: BriefContent, size: float, tight: float, page_size: str = "a4", author: str = "") -> bytes:
    """Return the DOCX bytes of a brief's content at one body size and spacing tightness (0..1)."""
    (page_w, page_h), margin = PAGE_SIZES[page_size]
    lead = _lerp(1.34, 1.22, tight)
    d = DocxBuilder(page_w, page_h, margin, FONT_NAME, size, c.language)
    w = c.labels
    if c.banner:
        bg, fg = banner_colors(c.banner)
        d.paragraph([Run(c.banner, bold=True, size=8.5, color=fg)], 8.5, 8.5 * 1.4, 0, 8, align="center",
                    shading=bg)
    d.paragraph([Run(w.masthead, bold=True, size=size * 0.78, color=_ACCENT),
                 Run("\t" + c.dated, size=size * 0.78, color=_MUTED)], size * 0.78, size * 0.95, 0, 0,
                right_tab=True)
    d.rule(_ACCENT, 10, size * _lerp(1.0, 0.7, tight))
    d.paragraph([Run(c.title, bold=True, size=size * 1.75, color=_INK)], size * 1.75, size * 1.75 * 1.18, 0, 0,
                style="Heading 1")
    if c.sources:
        _sources(d, c, size, tight)
    else:
        _source_line(d, c, size, tight)
    _body(d, c, size, tight, lead)
    d.properties(c.title, author, c.bottom_line or c.title, ", ".join(a.name for a in c.actors), c.method)
    return d.to_bytes()


def _sources(d: DocxBuilder, c: BriefContent, size: float, tight: float) -> None:
    """The sources block of a brief of several articles: one small line per source (letter in bold)."""
    small = size * 0.85
    for n, s in enumerate(c.sources):
        runs = [Run(s.letter + "\t", bold=True, size=small, color=_ACCENT), Run(s.details, size=small, color=_MUTED)]
        if s.url:
            runs += [Run(" \u00b7 ", size=small, color=_MUTED), Run(s.url_text, size=small, color=_ACCENT, href=s.url)]
        d.paragraph(runs, small, small * _lerp(1.3, 1.2, tight), size * _lerp(0.45, 0.3, tight) if n == 0 else 0, 0,
                    indent=size * 1.6, hanging=size * 1.6)


def _source_line(d: DocxBuilder, c: BriefContent, size: float, tight: float) -> None:
    """The one source line of a brief of one article."""
    w = c.labels
    source = [Run(w.source, size=size * 0.85, color=_MUTED)]
    pieces = c.source.split(" \u00b7 ") if c.source else []
    for n, piece in enumerate(pieces):
        source.append(Run(("" if n == 0 else " \u00b7 ") + piece, bold=(n == 0 and bool(piece) and
                                                                         not piece[:1].isdigit()),
                          size=size * 0.85, color=_MUTED))
    if c.url:
        if pieces:
            source.append(Run(" \u00b7 ", size=size * 0.85, color=_MUTED))
        source.append(Run(c.url_text, size=size * 0.85, color=_ACCENT, href=c.url))
    if not pieces and not c.url:
        source.append(Run(w.not_recorded, size=size * 0.85, color=_MUTED))
    d.paragraph(source, size * 0.85, size * 0.85 * _lerp(1.35, 1.25, tight), size * _lerp(0.45, 0.3, tight), 0)


def _body(d: DocxBuilder, c: BriefContent, size: float, tight: float, lead: float) -> None:
    """Bottom line, assessment, key points, actors and the footer."""
    w = c.labels
    if c.bottom_line:
        pad = size * _lerp(0.8, 0.55, tight)
        d.paragraph([Run(w.bottom_line.upper(), bold=True, size=size * 0.8, color=_ACCENT)], size * 0.8,
                    size, size * _lerp(1.15, 0.6, tight) + pad, 0, shading=_BOX, left_bar=_ACCENT, keep_with_next=True)
        line = [Run(c.bottom_line, size=size * 1.1)]
        if c.bottom_line_anchor:
            line.append(Run(" " + c.bottom_line_anchor, size=size * 0.82, color=_MUTED))
        d.paragraph(line, size * 1.1, size * 1.1 * _lerp(1.36, 1.25, tight),
                    size * 0.3, pad, shading=_BOX, left_bar=_ACCENT)
    if c.assessment:
        _heading(d, w.assessment, size, tight, before=size * _lerp(0.7, 0.4, tight))
        d.paragraph([Run(c.assessment, italic=True)], size, size * lead, size * 0.1, 0)
    elif c.assessment_note:  # fitting left it out, as in the PDF: say so
        _heading(d, w.assessment, size, tight, c.assessment_note, before=size * _lerp(0.7, 0.4, tight))
    if c.points:
        _heading(d, w.points, size, tight, c.points_note)
        for p in c.points:
            runs = [Run("\u2022\t", color=_ACCENT), Run(p.text)]
            if p.anchor:
                runs.append(Run(" " + p.anchor, size=size * 0.82, color=_MUTED, href=p.href))
            if p.mark:
                runs.append(Run(MARK_JOIN + p.mark_text, size=size * 0.82, color=_EDIT, italic=True))
            if p.note:
                runs.append(Run("\n" + p.note, size=size * 0.82, color=_EDIT))
            d.paragraph(runs, size, size * lead, size * _lerp(0.45, 0.25, tight), 0, indent=size * 1.3,
                        hanging=size * 1.3)
    if c.actors:
        _heading(d, w.actors, size, tight, c.actors_note)
        cells = []
        small = size * 0.9 * 0.78
        for a in c.actors:
            runs = [Run(a.name, bold=True, size=size * 0.9), Run(" " + a.tag.upper(), size=small, color=_MUTED)]
            if a.role:
                runs.append(Run(" \u2014 " + a.role, size=size * 0.9))
            if a.anchor:
                runs.append(Run(" " + a.anchor, size=small, color=_MUTED))
            cells.append(runs)
        d.grid(cells, 2, size * 0.9, size * 0.9 * _lerp(1.28, 1.2, tight), size * _lerp(0.3, 0.18, tight),
               _ZEBRA, _RULE)
    d.rule(_RULE, 4, 2)
    d.paragraph([Run(c.method, size=_FOOTER_SIZE, color=_MUTED)], _FOOTER_SIZE, _FOOTER_SIZE * 1.3, 4, 0)
    d.paragraph([Run(c.generated + " \u00b7 " + w.page, size=_FOOTER_SIZE, color=_MUTED)], _FOOTER_SIZE,
                _FOOTER_SIZE * 1.3, 0, 0)
    if c.banner:
        bg, fg = banner_colors(c.banner)
        d.paragraph([Run(c.banner, bold=True, size=8.5, color=fg)], 8.5, 8.5 * 1.4, 8, 0, align="center",
                    shading=bg)


def render_docx_bytes(briefing: Briefing, options: PdfOptions | None = None) -> tuple[bytes, RenderReport]:
    """Return the DOCX of a briefing and the PDF fitting report it follows.

    Raises :class:`~briefing.core.errors.ExportError` when the brief cannot fit one page (as the PDF export).
    """
    from .pdf import fit_report

    options = options or PdfOptions()
    report = fit_report(briefing, options)
    tight = 0.0 if "tightened spacing" not in report.steps else 1.0
    content = brief_content(briefing, points=report.kept_points, n_actors=report.actors_shown,
                            assessment=report.assessment_shown, generated_at=options.generated_at,
                            creator=options.creator, max_actors=options.max_actors,
                            brief_language=options.brief_language)
    shown = displayable(briefing)
    authors = ", ".join(a for a in shown.authors if a.strip()) or (shown.source or "")
    data = docx_of(content, report.font_size, tight, (options.page_size or "a4").lower(), authors)
    return data, report


def render_docx(briefing: Briefing, path: str | os.PathLike, options: PdfOptions | None = None) -> RenderReport:
    """Write the DOCX brief to ``path`` atomically; return the fitting report (ExportError as for the PDF)."""
    check_target(path, "DOCX")
    data, report = render_docx_bytes(briefing, options)
    write_export(path, data, "DOCX")
    return report
