"""The brief as Markdown (CommonMark + GitHub tables): for e-mail, chat and wikis.

Every user string is escaped so that it prints literally (``<b>``, ``*``,
``_``, ``[x](y)``, ``&amp;`` and a leading ``#`` or ``1.`` stay text).
Nothing is left out to fit: Markdown has no page.
"""

from __future__ import annotations

import re

from ..model import Briefing
from .content import BriefContent, brief_content
from .text import MARK_JOIN

# Characters with a meaning somewhere in CommonMark inline syntax; a backslash makes each literal.
_SPECIAL = re.compile(r"([\\`*_\[\]<|~&])")
# At the start of a line: a heading, quote, list item, setext underline or thematic break, an ordered list item.
_BULLET_START = re.compile(r"^(\s*)([-+=#>])", re.MULTILINE)
_NUMBER_START = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape_md(text: str) -> str:
    """Return text escaped for Markdown so that it prints as typed (line breaks become hard breaks)."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = _BULLET_START.sub(r"\1\\\2", text)
    text = _NUMBER_START.sub(r"\1\\\2", text)
    return "  \n".join(_closing_hashes(line.strip()) for line in text.splitlines() if line.strip())


def _closing_hashes(line: str) -> str:
    """Return a line whose closing run of ``#`` (after a space: "Ranked #") is escaped: in a heading, CommonMark
    takes it for the optional closing sequence and drops it; anywhere else the backslash is invisible."""
    bare = line.rstrip("#")
    if bare == line or not bare[-1:].isspace():
        return line
    return bare + "\\" + line[len(bare):]


def _link(text: str, href: str | None) -> str:
    """Return ``[text](<href>)`` (the URL in angle brackets, so parentheses and spaces survive), or text."""
    if not href:
        return escape_md(text)
    return f"[{escape_md(text)}](<{href.replace('<', '%3C').replace('>', '%3E')}>)"


def _cell(text: str) -> str:
    """Return text for a table cell: escaped, on one line."""
    return escape_md(" ".join(text.split())).replace("  \n", " ")


def markdown_of(c: BriefContent) -> str:
    """Return the Markdown of a brief's content."""
    out: list[str] = []
    w = c.labels
    if c.banner:
        out += [f"**{escape_md(c.banner)}**", ""]
    out += [f"{w.masthead} · {c.dated}", "", f"# {escape_md(c.title)}", ""]
    if c.sources:
        out += [f"## {c.labels.sources}", ""]
        for s in c.sources:
            link = f" · {_link(s.url_text, s.url)}" if s.url else ""
            out.append(f"- **{escape_md(s.letter)}** {escape_md(s.details)}{link}")
        out.append("")
    else:
        source = escape_md(c.source) if c.source else ""
        if c.url:
            link = _link(c.url_text, c.url)
            source = f"{source} · {link}" if source else link
        out += [f"{w.source}{source or w.not_recorded}", ""]
    if c.bottom_line:
        anchor = f" {escape_md(c.bottom_line_anchor)}" if c.bottom_line_anchor else ""
        out += [f"## {w.bottom_line}", "", escape_md(c.bottom_line) + anchor, ""]
    if c.assessment:
        out += [f"## {w.assessment}", "", escape_md(c.assessment), ""]
    if c.points:
        out += [f"## {w.points}" + (f" ({c.points_note})" if c.points_note else ""), ""]
        for p in c.points:
            line = "- " + escape_md(p.text).replace("  \n", " ")
            if p.anchor:
                line += " " + _link(p.anchor, p.href)
            if p.mark:  # glued to the word before it (a no-break space), as in every format
                line += f"{MARK_JOIN}*{p.mark_text}*"
            if p.note:  # on a line of its own under the point (a hard break), as in every other format
                line += "  \n  *" + escape_md(p.note).replace("  \n", " ") + "*"
            out.append(line)
        out.append("")
    if c.actors:
        out += [f"## {w.actors}" + (f" ({c.actors_note})" if c.actors_note else ""), "",
                "| " + " | ".join(w.columns) + " |", "|---|---|---|---|"]
        for a in c.actors:
            out.append(f"| {_cell(a.name)} | {a.tag} | {_cell(a.role) or '—'} | {escape_md(a.anchor)} |")
        out.append("")
    out += ["---", "", escape_md(c.method) + "  ", escape_md(c.generated), ""]
    if c.banner:
        out += [f"**{escape_md(c.banner)}**", ""]
    return "\n".join(out)


def render_markdown(briefing: Briefing, **content_options) -> str:
    """Return the whole brief as Markdown (``content_options`` go to :func:`~.content.brief_content`)."""
    return markdown_of(brief_content(briefing, **content_options))
