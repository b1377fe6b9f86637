"""Hostile inputs against session 61's ingest code (PDF footnotes, covers and fact boxes; DOCX content controls,
fields and smart tags; text bylines with a publisher and live blog stamps): each worst case runs in about linear
time. Limits are generous (about 10x the time on a busy 2-core machine) and enforced with ``signal.alarm``, so a
quadratic relapse fails instead of hanging."""

from __future__ import annotations

import signal
import time
from contextlib import contextmanager

from briefing.core.ingest.cleaning import clean_text


@contextmanager
def _limit(seconds: int, what: str):
    def stop(*_):
        raise TimeoutError(f"{what} took over {seconds} s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    start = time.monotonic()
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert time.monotonic() - start < seconds


def test_lines_joined_into_one_paragraph_stay_linear():
    """60,000 lines that each continue the paragraph above ("13 March 2025", "1 2 3 4": no full stop, a digit
    first): each join read the whole paragraph (the end-of-sentence pattern, a strip and a copy), quadratic:
    20,000 lines took 16 s, 40,000 73 s; now 60,000 about 3 s."""
    for unit in ("13 March 2025", "1 2 3 4"):
        text = "Start here\n\n" + "\n\n".join([unit] * 60_000)
        with _limit(40, f"60,000 lines of {unit!r}"):
            out = clean_text(text)
        assert len(out.paragraphs) <= 2 and out.paragraphs[-1].endswith(unit)


def _run(text, left, base, size):
    from briefing.core.pdfium import TextLine

    return TextLine(text, left, base - size * 0.2, left + len(text) * size * 0.5, base + size * 0.8, base, size, False,
                    -1, -1, False)


def test_pdf_paragraph_of_many_lines_stays_linear():
    """A page of 80,000 body lines that make one paragraph (and 20,000 hyphenated at the end): the paragraph's text
    was rebuilt at each line, quadratic (40,000 lines 5.5 s, 80,000 over 20 s); now about 2 s."""
    from briefing.core.ingest.pdf import pdf_blocks
    from briefing.core.pdfium import PageLayout

    line = "the council met on monday and agreed on the plan for the harbour and its new inter-"
    other = "national line of the harbour plan and the port of the town and more of the same words"[:len(line)]
    lines = [_run(line if k % 4 != 3 else other, 40,
                  10**6 - 20 - k * 12, 10) for k in range(80_000)]
    with _limit(30, "a PDF paragraph of 80,000 lines"):
        blocks = pdf_blocks([PageLayout(600, 10**6, lines)])
    assert len(blocks) == 1 and blocks[0].text.count("international line") == 20_000


def _marker_pdf(words: int) -> bytes:
    """A PDF whose second page holds ``words`` words, each with a small raised footnote marker (a run of its own)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(2000, 2000))
    c.setFont("Helvetica", 10)
    c.drawString(30, 1900, "The council met on Monday and agreed on the plan for the harbour.")
    c.showPage()
    for k in range(words):
        row, col = divmod(k, 90)
        x, y = 20 + col * 21, 1950 - (row * 3.0) % 1900
        c.setFont("Helvetica", 10)
        c.drawString(x, y, "word")
        c.setFont("Helvetica", 6)
        c.drawString(x + 12, y + 3, str(k % 999))
    c.showPage()
    c.save()
    return out.getvalue()


def test_pdf_page_of_50000_superscript_markers_is_refused_in_one_line(tmp_path):
    """A page of 50,000 words with a superscript marker each: PDFium read the whole page for each of its 100,000
    text pieces (25,000 took 460 s). Refused at once with one line that says what to do."""
    from briefing.core.errors import LoadError
    from briefing.core.ingest import load_article

    path = tmp_path / "markers.pdf"
    path.write_bytes(_marker_pdf(50_000))
    with _limit(30, "a page of 50,000 markers"):
        try:
            load_article(path)
        except LoadError as exc:
            message = str(exc)
        else:
            raise AssertionError("a page of 50,000 markers was read")
    assert "\n" not in message and "page 2 holds" in message and "copy the article's text" in message


def test_pdf_page_of_a_few_hundred_markers_is_read():
    """A page of 300 marked words (a dense but real page) is read, its markers dropped."""
    from briefing.core.ingest.pdf import load_pdf

    article = load_pdf(_marker_pdf(300), "notes.pdf")
    text = " ".join(s for p in article.paragraphs for s in p)
    assert text.count("word") >= 300
