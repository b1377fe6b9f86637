"""The one-page PDF brief: the only package of the core that imports reportlab.

:func:`render_pdf` lays a :class:`~briefing.core.model.Briefing` out on exactly
one A4 or Letter page, top to bottom: handling banner, masthead, title, source
line, shaded bottom-line box, key points with paragraph anchors, key actors
table, analyst comment, footer (method, generation time, "Page 1 of 1") and
the banner again.

Exactly one page, always. The content is measured with ``wrap()`` against the
frame height before anything is drawn; when it does not fit, the fitting steps
run in this order until it does, and each one taken is reported
(:class:`RenderReport`):

1. tighten spacing (leading and gaps, in three degrees, only as far as needed);
2. step the font down by 0.5 pt, to a floor of 8 pt;
3. drop the optional section (the analyst comment);
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
