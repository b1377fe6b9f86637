"""The one-page PDF brief: the only package of the core that imports reportlab.

:func:`render_pdf` lays a :class:`~briefing.core.model.Briefing` out on exactly
one A4 or Letter page, top to bottom: handling banner, masthead, title, a
one-line source (publisher, date, authors, a shortened URL linking to the
whole one), shaded bottom-line box, the analyst's assessment, key points
whose ``[¶n]`` anchors link to the sentence in the source (a text-fragment
URL), a compact grid of key actors (name, type tag, role, ``[¶n]`` of the
first mention), footer (method, generation time, "Page 1 of 1") and the
banner again. The PDF has a bookmark per section, declares its language and
asks viewers to show its title.

Exactly one page, always. Every piece is measured with ``wrap()`` once per
font size and spacing (each key point and actor row on its own), so fitting
adds cached heights instead of laying the page out again; when it does not
fit, the fitting steps run in this order until it does, and each one taken is
reported (:class:`RenderReport`); the layout chosen is then measured whole as
a check:

1. tighten spacing (leading and gaps, in three degrees, only as far as needed);
2. step the font down by 0.5 pt, to a floor of 8 pt;
3. drop the optional section (the analyst's assessment);
4. drop the lowest-ranked actors and key points, alternately, down to the
   minimum (2 points, 3 actors). Machine points go before edited or
   user-written ones, lowest score first.

If it still does not fit, :class:`~briefing.core.errors.ExportError` names what
overflows; text is never clipped or cut. Empty sections are never shown.

Text: every user string is escaped for reportlab's paragraph markup (unescaped,
``x<y`` raises, ``AT&T`` silently becomes ``AT&T;``) and set in the bundled
DejaVu Sans, embedded, so Latin, Cyrillic and Greek names print (reportlab's
Helvetica draws Cyrillic as black boxes, without error).

reportlab is imported on first export, not when this module is imported
(importing it costs about 0.15 s).
"""

from .options import PdfOptions, RenderReport
from .render import fit_report, render_pdf, render_pdf_bytes

__all__ = ["PdfOptions", "RenderReport", "fit_report", "render_pdf", "render_pdf_bytes"]
