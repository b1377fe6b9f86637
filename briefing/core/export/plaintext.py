"""The brief as plain text: for e-mail bodies and terminals (no markup; links listed at the end).

Lines are left unwrapped (mail clients wrap them); the key points' source
links, long text-fragment URLs, are numbered references after the footer so
that the brief itself stays readable.
"""

from __future__ import annotations

from ..model import Briefing
from .content import BriefContent, brief_content
from .text import MARK_JOIN


def _heading(text: str, note: str = "") -> list[str]:
    line = text.upper() + (f" ({note})" if note else "")
    return [line, "-" * len(line)]


def plaintext_of(c: BriefContent) -> str:
    """Return the plain text of a brief's content."""
    out: list[str] = []
    links: list[str] = []

    def ref(href: str | None) -> str:
        if not href:
            return ""
        if href not in links:
            links.append(href)
        return f"[{links.index(href) + 1}]"

    w = c.labels
    if c.banner:
        out += [c.banner, ""]
    out += [f"{w.masthead} · {c.dated}", "", c.title, "=" * min(len(c.title), 72), ""]
    if c.sources:
        out += [*_heading(c.labels.sources), *[s.line for s in c.sources], ""]
    else:
        source = c.source
        if c.url:
            source = f"{source} · {c.url}" if source else c.url
        out += [f"{w.source}{source or w.not_recorded}", ""]
    if c.bottom_line:
        anchor = f" {c.bottom_line_anchor}" if c.bottom_line_anchor else ""
        out += [*_heading(w.bottom_line), *(c.bottom_line + anchor).splitlines(), ""]  # its lines, as elsewhere
    if c.assessment:
        out += [*_heading(w.assessment), *c.assessment.splitlines(), ""]
    if c.points:
        out += _heading(w.points, c.points_note)
        for p in c.points:
            line = f"* {p.text}" + (f" {p.anchor}{ref(p.href)}" if p.anchor else "")
            out.append(line + (MARK_JOIN + p.mark_text if p.mark else ""))  # the mark glued to the word before it
            if p.note:
                out.append(f"  {p.note}")
        out.append("")
    if c.actors:
        out += _heading(w.actors, c.actors_note)
        for a in c.actors:
            role = f" — {a.role}" if a.role else ""
            out.append(f"* {a.name} ({a.tag}){role}" + (f" {a.anchor}" if a.anchor else ""))
        out.append("")
    out += ["--", c.method, c.generated]
    if c.banner:
        out += ["", c.banner]
    if links:
        out += ["", w.links]
        out += [f"[{n}] {href}" for n, href in enumerate(links, 1)]
    return "\n".join(out) + "\n"


def render_plaintext(briefing: Briefing, **content_options) -> str:
    """Return the whole brief as plain text (``content_options`` go to :func:`~.content.brief_content`)."""
    return plaintext_of(brief_content(briefing, **content_options))
