"""What a PDF render is asked for (PdfOptions) and what it did to fit (RenderReport)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .... import __version__


@dataclass
class PdfOptions:
    """How to lay the brief out.

    ``base_font_size`` is the body size before fitting (fitting steps down to
    8 pt); ``min_points``/``min_actors`` are how far fitting may drop key
    points and actors; ``max_actors`` caps the table rows (the most salient
    first). ``generated_at`` defaults to now (UTC); a naive datetime is taken
    as UTC. ``brief_language`` is "article" (the brief's headings, dates, tags
    and method line in the article's language) or "en" (see ``export/i18n.py``).
    """

    page_size: str = "a4"
    base_font_size: float = 10.0
    min_points: int = 2
    min_actors: int = 3
    max_actors: int = 8
    generated_at: datetime | None = None
    creator: str = f"briefing {__version__}"
    brief_language: str = "article"


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
    ``kept_points`` are the indices of the key points shown, in order, and
    ``assessment_shown`` whether the analyst comment is (the DOCX export shows the same).
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
    kept_points: list[int] = field(default_factory=list)
    assessment_shown: bool = False


# --------------------------------------------------------------------------- text helpers
