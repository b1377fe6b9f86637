"""Fitting the brief on one page and writing the PDF.
"""

from __future__ import annotations

import io
import json
import os

from .... import __version__
from ...atomic import write_atomically
from ...errors import ExportError
from ...model import Briefing
from ..text import _clean, _plural, drop_order, text_warnings
from .layout import _Brief
from .options import PdfOptions, RenderReport
from .styles import FONT, FONT_FLOOR, FONT_STEP, TIGHT_LEVELS


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
