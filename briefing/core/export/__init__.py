"""Exports of a briefing: the one-page PDF (``export.pdf``, the only reportlab module)."""
