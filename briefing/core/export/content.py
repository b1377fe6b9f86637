"""What every format of the brief shows, in reading order, as plain strings (no markup, no library).

:func:`brief_content` turns a :class:`~briefing.core.model.Briefing` into a
:class:`BriefContent`: the banner, the title, a one-line source (publisher ·
date · authors · a shortened URL that links to the full one), the bottom
line, the analyst's assessment, the key points (each with its ``[¶n]`` anchor
and a link to the sentence in the source), the key actors (name, a type tag,
role, the ``[¶n]`` of the first mention) and the footer (method, generation
time). The PDF, DOCX, HTML, Markdown and plain-text writers all render this,
so the formats say the same thing in the same order; only the paged formats
(PDF, DOCX) leave points or actors out to fit one page, and say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..model import Briefing
from .links import short_url, text_fragment_url
from .text import _MONTHS, EDITED_MARK, UNTITLED, _clean, _utc, method_text, readable_date

#: Section titles, shared by every format (and the PDF outline).
TITLE_BOTTOM_LINE = "Bottom line"
TITLE_ASSESSMENT = "Assessment"
TITLE_POINTS = "Key points"
TITLE_ACTORS = "Key actors"
TAGS = {"PER": "person", "ORG": "org", "LOC": "place"}


@dataclass
class PointView:
    """One key point: its text, ``[¶n]`` anchor ("" when unknown), link and edit mark ("", "edited", "added")."""

    text: str
    anchor: str = ""
    href: str | None = None
    mark: str = ""

    @property
    def mark_text(self) -> str:
        """Return "✎ edited", "✎ added" or ""."""
        return f"{EDITED_MARK}\u00a0{self.mark}" if self.mark else ""


@dataclass
class ActorView:
    """One key actor: display name, short type tag ("person", "org", "place"), role and the first mention's anchor."""

    name: str
    tag: str
    role: str = ""
    anchor: str = ""


@dataclass
class BriefContent:
    """Everything a brief shows, as plain text, in reading order.

    ``points``/``actors`` are those shown; ``total_points``/``total_actors``
    what the briefing has (a note says "3 of 5 shown" when they differ).
    """

    title: str
    banner: str = ""
    dated: str = ""
    source: str = ""
    url: str = ""
    url_text: str = ""
    bottom_line: str = ""
    assessment: str = ""
    points: list[PointView] = field(default_factory=list)
    actors: list[ActorView] = field(default_factory=list)
    total_points: int = 0
    total_actors: int = 0
    method: str = ""
    generated: str = ""
    language: str = "en"

    @property
    def source_line(self) -> str:
        """Return the source as one line of plain text: "Source: publisher · date · by … · short URL"."""
        parts = [p for p in (self.source, self.url_text) if p]
        return "Source: " + (" \u00b7 ".join(parts) if parts else "not recorded")

    @property
    def points_note(self) -> str:
        """Return "3 of 5 shown" when points were left out, else ""."""
        return f"{len(self.points)} of {self.total_points} shown" if len(self.points) < self.total_points else ""

    @property
    def actors_note(self) -> str:
        """Return "top 5 of 12, by salience" when actors were left out, else ""."""
        n = len(self.actors)
        return f"top {n} of {self.total_actors}, by salience" if n < self.total_actors else ""


def source_text(briefing: Briefing) -> str:
    """Return "publisher · 3 June 2021 · by A, B" (the parts known; "" when none is)."""
    parts = []
    if _clean(briefing.source):
        parts.append(" ".join(_clean(briefing.source).split()))
    date = readable_date(briefing.date)
    if date:
        parts.append(date)
    authors = [a for a in (" ".join(_clean(x).split()) for x in briefing.authors) if a]
    if authors:
        parts.append("by " + ", ".join(authors))
    return " \u00b7 ".join(parts)


def point_view(briefing: Briefing, index: int, url: str) -> PointView:
    """Return key point ``index`` for display: anchor, a text-fragment link for a verbatim point, the mark.

    An edited point links to the page without a fragment (its words may no
    longer be on the page); a point the analyst wrote has no link.
    """
    p = briefing.key_points[index]
    anchor = f"[\u00b6{p.paragraph + 1}]" if isinstance(p.paragraph, int) else ""
    mark = "added" if p.source_index is None and p.paragraph is None else ("edited" if p.edited else "")
    href = None
    if url and anchor:
        href = url if p.edited else text_fragment_url(url, _clean(p.text))
    return PointView(text=" ".join(_clean(p.text).split()) or "(empty point)", anchor=anchor, href=href, mark=mark)


def brief_content(briefing: Briefing, points: list[int] | None = None, n_actors: int | None = None,
                  assessment: bool = True, generated_at: datetime | None = None, creator: str = "",
                  max_actors: int = 8) -> BriefContent:
    """Return what the brief shows.

    ``points`` are the indices of the key points shown (all by default, in the
    user's order), ``n_actors`` how many of the first ``max_actors`` actors are
    shown (all of them by default); ``assessment=False`` leaves the analyst
    comment out (fitting dropped it).
    """
    generated = _utc(generated_at)
    url = "".join(_clean(briefing.url).split())
    actors = list(briefing.actors[: max(0, max_actors)])
    if n_actors is not None:
        actors = actors[:n_actors]
    kept = list(range(len(briefing.key_points))) if points is None else list(points)
    views = []
    for a in actors:
        anchor = f"[\u00b6{a.paragraph + 1}]" if isinstance(a.paragraph, int) else ""
        views.append(ActorView(name=" ".join(_clean(a.display_name).split()), tag=TAGS.get(a.type, a.type.lower()),
                               role=" ".join(_clean(a.role).split()), anchor=anchor))
    stamp = f"{generated:%Y-%m-%d %H:%M} UTC"
    return BriefContent(
        title=" ".join(_clean(briefing.title).split()) or UNTITLED,
        banner=" ".join(_clean(briefing.banner).split()),
        dated=f"{generated.day} {_MONTHS[generated.month - 1]} {generated.year}",
        source=source_text(briefing),
        url=url,
        url_text=short_url(url) if url else "",
        bottom_line=_clean(briefing.bottom_line),
        assessment=_clean(briefing.analyst_comment) if assessment else "",
        points=[point_view(briefing, i, url) for i in kept],
        actors=views,
        total_points=len(briefing.key_points),
        total_actors=len(briefing.actors),
        method=method_text(briefing.method),
        generated=f"Generated {stamp}" + (f" by {_clean(creator)}" if _clean(creator) else ""),
        language=_clean(getattr(briefing, "language", "")) or "en",
    )
