"""The brief as one self-contained HTML page: the accessible twin of the PDF.

Semantic structure (``header``, ``h1``/``h2`` sections, ``ul`` for the key
points, a ``table`` with a caption and column headers for the actors,
``footer``), ``lang`` on the root, the styles inline in the page and no
external resource of any kind (no fonts, scripts or images are fetched), so
it opens the same offline, in a mail client and in a screen reader. The same
``<body>`` content, without the page shell, is what "Copy brief" puts on the
clipboard as rich text.
"""

from __future__ import annotations

from html import escape

from ..model import Briefing
from .content import BriefContent, brief_content
from .text import MARK_JOIN
from .pdf.styles import _ACCENT, _BOX, _EDIT, _MUTED, _RULE, _ZEBRA, banner_colors

_CSS = f"""
body {{ font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1b2127; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.4; font-size: 10.5pt; }}
.banner {{ text-align: center; font-weight: bold; padding: 0.2em; margin: 0 0 1em; letter-spacing: 0.04em; }}
.banner.bottom {{ margin: 1.2em 0 0; }}
.masthead {{ display: flex; justify-content: space-between; border-bottom: 2px solid {_ACCENT};
            color: {_ACCENT}; font-weight: bold; font-size: 0.8em; padding-bottom: 0.2em; }}
.masthead span:last-child {{ color: {_MUTED}; font-weight: normal; }}
h1 {{ font-size: 1.6em; margin: 0.4em 0 0.2em; line-height: 1.2; }}
.source {{ color: {_MUTED}; font-size: 0.88em; margin: 0 0 0.8em; }}
a {{ color: {_ACCENT}; }}
h2 {{ font-size: 0.8em; letter-spacing: 0.05em; text-transform: uppercase; color: {_ACCENT};
      border-bottom: 1px solid {_ACCENT}; margin: 1.1em 0 0.4em; padding-bottom: 0.1em; }}
.bottom-line {{ background: {_BOX}; border-left: 4px solid {_ACCENT}; padding: 0.5em 0.9em; margin: 0.6em 0; }}
.bottom-line h2 {{ border: none; margin: 0 0 0.2em; }}
.bottom-line p {{ margin: 0; font-size: 1.08em; }}
.assessment p {{ font-style: italic; margin: 0; }}
ul {{ padding-left: 1.3em; margin: 0; }}
li {{ margin: 0.25em 0; }}
li::marker {{ color: {_ACCENT}; }}
.anchor {{ font-size: 0.85em; color: {_MUTED}; white-space: nowrap; }}
.variants {{ font-size: 0.88em; color: {_EDIT}; }}
ul.sources {{ list-style: none; padding-left: 0; font-size: 0.9em; color: {_MUTED}; }}
.letter {{ display: inline-block; min-width: 1.4em; font-weight: bold; color: {_ACCENT}; }}
.mark {{ font-size: 0.85em; color: {_EDIT}; font-style: italic; }}
.note {{ text-transform: none; letter-spacing: 0; font-weight: normal; color: {_MUTED}; float: right; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.92em; }}
caption {{ position: absolute; left: -10000px; }}
th {{ text-align: left; color: {_ACCENT}; font-size: 0.85em; border-bottom: 1px solid {_ACCENT}; padding: 0.2em 0.4em; }}
td, tbody th {{ border-bottom: 1px solid {_RULE}; padding: 0.2em 0.4em; vertical-align: top; }}
tbody th {{ color: inherit; font-size: inherit; }}
tbody tr:nth-child(even) {{ background: {_ZEBRA}; }}
.tag {{ font-size: 0.78em; color: {_MUTED}; border: 1px solid {_RULE}; border-radius: 3px; padding: 0 0.3em; }}
footer {{ border-top: 1px solid {_RULE}; margin-top: 1.2em; padding-top: 0.3em; color: {_MUTED}; font-size: 0.8em; }}
footer p {{ margin: 0; }}
@media print {{ body {{ margin: 0; max-width: none; }} }}
"""


def _a(text: str, href: str | None) -> str:
    """Return an escaped link (or the escaped text when there is no address)."""
    if not href:
        return escape(text)
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def _lines(text: str) -> str:
    """Return escaped text with its line breaks as ``<br>``."""
    return "<br>".join(escape(line.strip()) for line in text.splitlines() if line.strip())


def _banner(text: str, where: str) -> str:
    bg, fg = banner_colors(text)
    return (f'<p class="banner {where}" role="note" aria-label="Handling" '
            f'style="background:{bg};color:{fg}">{escape(text)}</p>')


def body_html(c: BriefContent) -> str:
    """Return the brief as HTML body content (no ``<html>`` shell; inline-styled classes from the page)."""
    out: list[str] = []
    w = c.labels
    if c.banner:
        out.append(_banner(c.banner, "top"))
    out.append("<header>")
    out.append(f'<div class="masthead"><span>{escape(w.masthead)}</span><span>{escape(c.dated)}</span></div>')
    out.append(f"<h1>{escape(c.title)}</h1>")
    if c.sources:
        out.append(f'<section aria-labelledby="h-sources"><h2 id="h-sources">{c.labels.sources}</h2>'
                   '<ul class="sources">')
        for s in c.sources:
            link = f" · {_a(s.url_text, s.url)}" if s.url else ""
            out.append(f'<li><span class="letter">{escape(s.letter)}</span> {escape(s.details)}{link}</li>')
        out.append("</ul></section>")
    else:
        source = escape(c.source)
        if c.url:
            link = _a(c.url_text, c.url)
            source = f"{source} · {link}" if source else link
        out.append(f'<p class="source">{escape(w.source)}{source or escape(w.not_recorded)}</p>')
    out.append("</header>")
    if c.bottom_line:
        anchor = f' <span class="anchor">{escape(c.bottom_line_anchor)}</span>' if c.bottom_line_anchor else ""
        out.append(f'<section class="bottom-line" aria-labelledby="h-bluf"><h2 id="h-bluf">{escape(w.bottom_line)}</h2>'
                   f"<p>{_lines(c.bottom_line)}{anchor}</p></section>")
    if c.assessment:
        out.append(f'<section class="assessment" aria-labelledby="h-assessment"><h2 id="h-assessment">'
                   f"{escape(w.assessment)}</h2><p>{_lines(c.assessment)}</p></section>")
    if c.points:
        note = f' <span class="note">{escape(c.points_note)}</span>' if c.points_note else ""
        out.append(f'<section aria-labelledby="h-points"><h2 id="h-points">{escape(w.points)}{note}</h2><ul>')
        for p in c.points:
            tail = f' <span class="anchor">{_a(p.anchor, p.href)}</span>' if p.anchor else ""
            if p.mark:
                tail += f'{MARK_JOIN}<span class="mark">{escape(p.mark_text)}</span>'
            note = f'<br><span class="variants">{escape(p.note)}</span>' if p.note else ""
            out.append(f"<li>{escape(p.text)}{tail}{note}</li>")
        out.append("</ul></section>")
    if c.actors:
        note = f' <span class="note">{escape(c.actors_note)}</span>' if c.actors_note else ""
        head = "".join(f'<th scope="col">{escape(name)}</th>' for name in w.columns)
        out.append(f'<section aria-labelledby="h-actors"><h2 id="h-actors">{escape(w.actors)}{note}</h2><table>'
                   f"<caption>{escape(w.actors)}</caption><thead><tr>{head}</tr></thead><tbody>")
        for a in c.actors:
            anchor = f'<span class="anchor">{escape(a.anchor)}</span>' if a.anchor else ""
            out.append(f'<tr><th scope="row">{escape(a.name)}</th><td><span class="tag">{escape(a.tag)}</span></td>'
                       f"<td>{escape(a.role) or '—'}</td><td>{anchor}</td></tr>")
        out.append("</tbody></table></section>")
    out.append(f"<footer><p>{escape(c.method)}</p><p>{escape(c.generated)}</p></footer>")
    if c.banner:
        out.append(_banner(c.banner, "bottom"))
    return "\n".join(out)


def html_of(c: BriefContent) -> str:
    """Return the brief as a complete, self-contained HTML5 page."""
    return (f'<!DOCTYPE html>\n<html lang="{escape(c.language, quote=True)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(c.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            f"{body_html(c)}\n</body>\n</html>\n")


def render_html(briefing: Briefing, **content_options) -> str:
    """Return the whole brief as one HTML page (``content_options`` go to :func:`~.content.brief_content`)."""
    return html_of(brief_content(briefing, **content_options))
