"""Every export format by name: which writer, which file suffix, and writing one to a path.

``pdf`` and ``docx`` are one page (fitted; see :mod:`.pdf`); ``html``, ``md``
and ``txt`` have no page and show the whole brief.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExportError
from ..model import Briefing
from .pdf.options import PdfOptions, RenderReport


@dataclass(frozen=True)
class Format:
    """An export format: its name (``--format``), what a person calls it, its file suffix and dialog filter."""

    name: str
    label: str
    suffix: str
    paged: bool

    @property
    def file_filter(self) -> str:
        """Return a file-dialog filter, e.g. "PDF document (*.pdf)"."""
        return f"{self.label} (*{self.suffix})"


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("pdf", "PDF document", ".pdf", True),
    Format("docx", "Word document", ".docx", True),
    Format("html", "Web page", ".html", False),
    Format("md", "Markdown", ".md", False),
    Format("txt", "Plain text", ".txt", False),
)}
_SUFFIXES = {".htm": "html", ".markdown": "md", ".text": "txt"}


def format_for_path(path: str | os.PathLike) -> str | None:
    """Return the format name a file suffix implies (``brief.docx`` -> "docx"), or None."""
    suffix = Path(path).suffix.lower()
    for f in FORMATS.values():
        if f.suffix == suffix:
            return f.name
    return _SUFFIXES.get(suffix)


def render_text_format(briefing: Briefing, name: str, options: PdfOptions | None = None) -> str:
    """Return the brief as HTML, Markdown or plain text (``name`` "html", "md" or "txt")."""
    options = options or PdfOptions()
    kw = dict(generated_at=options.generated_at, creator=options.creator, max_actors=options.max_actors,
              brief_language=options.brief_language)
    if name == "html":
        from .html import render_html
        return render_html(briefing, **kw)
    if name == "md":
        from .markdown import render_markdown
        return render_markdown(briefing, **kw)
    if name == "txt":
        from .plaintext import render_plaintext
        return render_plaintext(briefing, **kw)
    raise ExportError(f"Unknown export format {name!r}: use {', '.join(FORMATS)}.")


def export_brief(briefing: Briefing, path: str | os.PathLike, name: str | None = None,
                 options: PdfOptions | None = None) -> RenderReport:
    """Write the brief to ``path`` in format ``name`` (by default from the suffix); return what was shown.

    For PDF and DOCX the report is the fitting report; for the page-less
    formats it counts everything (``pages`` is 0). Raises ExportError for an
    unknown format, a brief that cannot fit one page, or a path that cannot
    be written.
    """
    name = name or format_for_path(path)
    if name not in FORMATS:
        suffix = Path(path).suffix or "(none)"
        raise ExportError(f"Cannot tell the export format from the file suffix {suffix}: "
                          f"use {', '.join(f.suffix for f in FORMATS.values())} or give the format.")
    options = options or PdfOptions()
    if name == "pdf":
        from .pdf import render_pdf
        return render_pdf(briefing, path, options)
    if name == "docx":
        from .docx import render_docx
        return render_docx(briefing, path, options)
    from .files import check_target, write_export

    check_target(path, FORMATS[name].label)
    text = render_text_format(briefing, name, options)
    write_export(path, text.encode("utf-8", "replace"), FORMATS[name].label)
    shown = min(len(briefing.actors), max(0, options.max_actors))
    return RenderReport(steps=[], font_size=0.0, points_shown=len(briefing.key_points), actors_shown=shown,
                        fill=0.0, pages=0, kept_points=list(range(len(briefing.key_points))),
                        assessment_shown=bool(briefing.analyst_comment.strip()))
