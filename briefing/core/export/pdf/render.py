"""Fitting the brief on one page and writing the PDF.
"""

from __future__ import annotations

import io
import json
import os

from .... import __version__
from ...errors import ExportError
from ...model import Briefing
from ..files import check_target, write_export
from ..text import _clean, _plural, drop_order, text_warnings
from .layout import _Brief
from .options import PdfOptions, RenderReport
from .styles import FONT, FONT_FLOOR, FONT_STEP, TIGHT_LEVELS, printable


def _fit(brief: _Brief) -> tuple[list[tuple[str, list, float]], RenderReport]:
    """Run the fitting steps until the content fits the frame; return the layout and the report.

    Each candidate is judged by a sum of cached heights (see :class:`~.layout._Level`),
    and the steps that drop points and actors take one pass, so the decision
    costs about as many measurements as fill one page, whatever the brief's
    length. The layout chosen is then assembled and measured whole as a check.
    Raises ExportError naming what overflows when even the last step does not fit.
    """
    o = brief.o
    floor = FONT_FLOOR
    base = max(float(o.base_font_size), floor)
    size, tight = base, 0.0
    comment = bool(brief.comment)
    order = drop_order(brief.points)
    n_points = len(brief.points)
    n_actors = n_start = len(brief.actors)
    dropped = 0
    min_points = min(max(0, o.min_points), n_points)
    min_actors = min(max(0, o.min_actors), n_actors)
    steps: list[str] = []

    def fits() -> bool:
        return brief.level(size, tight).height(comment, n_points - dropped, n_actors) <= brief.avail

    def least_change(candidates: list, set_value) -> None:
        """Set the first candidate that fits (the last when none does).

        The content only gets shorter along ``candidates``, so a binary search
        finds the first fit with 2-3 measurements instead of one per candidate.
        """
        set_value(candidates[-1])
        if not fits():
            return
        lo, hi = 0, len(candidates) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            set_value(candidates[mid])
            if fits():
                hi = mid
            else:
                lo = mid + 1
        set_value(candidates[hi])

    def set_tight(value: float) -> None:
        nonlocal tight
        tight = value

    def set_size(value: float) -> None:
        nonlocal size
        size = value

    def tighten_then_shrink() -> None:
        """Set the loosest spacing, then the largest font size, that fit (the tightest and the floor when none does)."""
        set_tight(0.0)
        set_size(base)
        if not fits():
            least_change(list(TIGHT_LEVELS), set_tight)  # only as tight as needed
        if not fits() and size > floor:
            sizes = []
            while not sizes or sizes[-1] > floor:
                sizes.append(max(floor, round((sizes[-1] if sizes else size) - FONT_STEP, 2)))
            least_change(sizes, set_size)

    tighten_then_shrink()
    dropped_comment = False
    if not fits() and comment:
        # Without the assessment the rest may fit looser and larger: choose spacing and type again, so that a long
        # comment does not leave a short brief at 8 pt, tightened, on a page mostly empty.
        comment, dropped_comment = False, True
        tighten_then_shrink()
    if tight:
        steps.append("tightened spacing")
    if size != base:
        steps.append(f"font {size:.1f} pt")
    if dropped_comment:
        steps.append("dropped optional section: analyst comment")
    drop_actor_next = True

    def drop_one(sections) -> None:
        """Drop the next actor or point (alternately, down to the minimum); raise when neither may go."""
        nonlocal n_actors, dropped, drop_actor_next
        can_point = n_points - dropped > min_points
        can_actor = n_actors > min_actors
        if not (can_point or can_actor):
            sections = sections() if callable(sections) else sections
            raise ExportError(_overflow_message(brief, sections, sum(h for _, _, h in sections), size))
        if can_actor and (drop_actor_next or not can_point):
            n_actors -= 1
        else:
            dropped += 1
        drop_actor_next = not drop_actor_next

    level = brief.level(size, tight)

    def layout():
        return level.sections(comment, tuple(sorted(order[dropped:])), n_actors)

    while not fits():
        drop_one(layout)
    sections = layout()
    total = sum(h for _, _, h in sections)
    while total > brief.avail:  # the assembled layout is the judge; a cached sum never lets an overflow through
        drop_one(sections)
        sections = layout()
        total = sum(h for _, _, h in sections)
    brief.kept = tuple(sorted(order[dropped:]))
    brief.comment_shown = comment
    if dropped:
        steps.append(f"dropped {dropped} lowest-ranked key point{'s' if dropped != 1 else ''}")
    if n_actors < n_start:
        d = n_start - n_actors
        steps.append(f"dropped {d} lowest-ranked actor{'s' if d != 1 else ''}")
    report = RenderReport(steps=steps, font_size=size, points_shown=n_points - dropped,
                          actors_shown=n_actors, dropped_points=dropped, dropped_actors=n_start - n_actors,
                          fill=min(1.0, total / brief.avail) if brief.avail > 0 else 1.0,
                          kept_points=list(brief.kept), assessment_shown=comment)
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
    briefing = brief.b  # as shown: without invisible format characters
    sections, report = _fit(brief)
    report.warnings = text_warnings(brief.shown_texts(report), printable())
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
        lang=brief.content.language, initialFontName=FONT,
    )
    record = _record(brief, report)
    pages: list[int] = []

    def on_page(canv, doc_):
        if not pages:
            info = canv._doc.info  # reportlab's Info object; add the reproducibility record to it
            info.__class__ = rl.Info
            info.record = record
            canv.setViewerPreference("DisplayDocTitle", "true")  # viewers show the title, not the file name
            canv.showOutline()  # open the bookmarks panel: one entry per section
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
    check_target(path, "PDF")
    data, report = render_pdf_bytes(briefing, options)
    write_export(path, data, "PDF")
    return report
