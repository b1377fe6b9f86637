"""PDF paragraphs, headings, columns, title and dateline rebuilt from the page geometry (issue 12)."""

from __future__ import annotations

import time

from briefing.core.ingest import load_article
from briefing.core.ingest.pdf import pdf_blocks
from briefing.core.pdfium import read_layout

from tests.core.ingest.pdf_builders import typeset_pdf

SENTENCES = [
    "The Arctic Council agreed on Tuesday to ban heavy fuel oil on ships that sail the northern route.",
    "Members said the ban would take effect in two stages, the first of them next spring.",
    "Norway, which chairs the council, called the decision a turning point for the region.",
    "Shipping companies warned that fuel costs on the route would rise by about a fifth.",
    "Observers from twelve countries followed the talks in Tromso for three days.",
    "Environmental groups welcomed the agreement but asked for stricter controls at sea.",
]


def _paragraphs(n: int) -> list[str]:
    """``n`` distinct paragraphs of three sentences each, numbered so a test can find them."""
    return [f"Paragraph {i + 1} opens here. " + " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(2))
            for i in range(n)]


def _body_paragraphs(article) -> list[str]:
    return [" ".join(p) for p in article.paragraphs]


def test_issue_example_heading_dateline_body(tmp_path):
    """Heading, then "Russia Policy Wire — 12 May 2024", then the body: the heading is the title, the date is read,
    the publisher is the source (not a sentence, not a person), and the body starts with its first sentence."""
    body = _paragraphs(3)
    path = typeset_pdf(tmp_path / "wire.pdf", [("title", "Arctic Council bans heavy fuel oil"),
                                               ("line", "Russia Policy Wire — 12 May 2024"),
                                               *[("body", p) for p in body]])
    article = load_article(path)
    assert article.title == "Arctic Council bans heavy fuel oil"
    assert article.date == "2024-05-12"
    assert article.source == "Russia Policy Wire"
    assert article.paragraphs[0][0] == "Paragraph 1 opens here."
    assert "Russia Policy Wire" not in article.text and "12 May 2024" not in article.text
    assert _body_paragraphs(article) == body


def test_pdf_creation_date_is_never_the_publication_date(tmp_path):
    """A PDF without a date in its text has no date, although its CreationDate is set."""
    path = typeset_pdf(tmp_path / "nodate.pdf", [("title", "A report"), *[("body", p) for p in _paragraphs(2)]])
    assert b"CreationDate" in path.read_bytes()
    assert load_article(path).date is None


def test_one_column_paragraphs_match_the_page(tmp_path):
    """Paragraphs separated by a gap, and paragraphs with only a first-line indent, come out as on the page."""
    body = _paragraphs(6)
    gap = load_article(typeset_pdf(tmp_path / "gap.pdf", [("body", p) for p in body]))
    indented = load_article(typeset_pdf(tmp_path / "indent.pdf", [("body", p) for p in body],
                                        paragraph_gap=0, indent=18))
    assert _body_paragraphs(gap) == body
    assert _body_paragraphs(indented) == body


def test_two_line_paragraphs_are_not_split(tmp_path):
    """Paragraphs of two lines each (as many gaps between paragraphs as inside them) stay whole: the line
    pitch is the usual distance inside a paragraph, not the median of all distances."""
    body = [
        "The Arctic Council agreed on Tuesday to ban heavy fuel oil on ships that sail the Northern Sea Route, "
        "ending two years of talks.",
        "Norway, which chairs the council, called the decision a turning point for the region. Russia's envoy "
        "Nikolai Korchunov said Moscow would apply the ban in its own waters from 2026.",
        "Shipping companies warned that fuel costs on the route would rise by about a fifth. The Danish shipping "
        "group Maersk said it would review its plans for Arctic voyages.",
    ]
    article = load_article(typeset_pdf(tmp_path / "two-line.pdf", [("body", p) for p in body]))
    assert _body_paragraphs(article) == body


def test_two_columns_read_column_by_column(tmp_path):
    """On two-column pages the left column is read before the right one, and a paragraph
    that runs on from one column (or page) to the next is one paragraph."""
    body = _paragraphs(24)
    path = typeset_pdf(tmp_path / "two.pdf", [("title", "Arctic shipping: the new code"),
                                              *[("body", p) for p in body]], columns=2)
    assert len(read_layout(path.read_bytes()).pages) >= 2
    article = load_article(path)
    assert article.title == "Arctic shipping: the new code"
    assert _body_paragraphs(article) == body


def test_headings_are_paragraphs_of_their_own(tmp_path):
    """A bold or larger heading between paragraphs is one paragraph, not glued to the text around it."""
    body = _paragraphs(3)
    blocks = [("body", body[0]), ("heading", "Reactions in the region"), ("body", body[1]),
              ("heading", "What comes next"), ("body", body[2])]
    article = load_article(typeset_pdf(tmp_path / "h.pdf", blocks, title="Council report"))
    assert _body_paragraphs(article) == [body[0], "Reactions in the region", body[1], "What comes next", body[2]]


def _hyphenated_at_line_end(tmp_path, text: str, head: str):
    """The body paragraph ``text`` (with one ``|`` hyphenation point) laid out so that a line ends in ``head``."""
    for pad in range(40):  # shift the word along the line until its hyphenation point falls at a line end
        probe = " ".join(["word"] * pad + [text])
        path = typeset_pdf(tmp_path / f"hy{pad}.pdf", [("body", probe)])
        # PDFium reports a hyphen at a line end as U+0002.
        if any(r.text.replace("\x02", "-").endswith(head) for r in read_layout(path.read_bytes()).pages[0].runs):
            return path
    raise AssertionError(f"no layout put {head!r} at a line end")


def test_hyphenation_joined(tmp_path):
    """A word hyphenated at a line end is joined ("inter-" + "national"); a real hyphen stays ("Anglo-American")."""
    text = "The council met again today and heard inter|national observers speak at length about the code."
    article = load_article(_hyphenated_at_line_end(tmp_path, text, "inter-"))
    assert "heard international observers" in article.text and "inter-" not in article.text
    text = "The council met again today and heard Anglo-|American delegates speak at length about the code."
    article = load_article(_hyphenated_at_line_end(tmp_path, text, "Anglo-"))
    assert "heard Anglo-American delegates" in article.text


def test_running_heads_and_footers_go_in_two_columns(tmp_path):
    """A running head and a footer with the page number are dropped from every page of a two-column PDF."""
    body = _paragraphs(30)
    path = typeset_pdf(tmp_path / "run.pdf", [("body", p) for p in body], columns=2,
                       header="Russia Policy Wire weekly", footer="Arctic briefing {page}")
    article = load_article(path)
    assert "weekly" not in article.text and "Arctic briefing" not in article.text
    assert _body_paragraphs(article) == body


def test_layout_time_grows_linearly_with_pages(tmp_path):
    """Reading 40 pages takes at most about 4 times as long as 10 pages (plus slack): no quadratic step."""
    def measure(n: int) -> float:
        path = typeset_pdf(tmp_path / f"n{n}.pdf", [("body", p) for p in _paragraphs(n * 8)],
                           footer="Report page {page}")
        data = path.read_bytes()
        start = time.perf_counter()
        pdf_blocks(read_layout(data).pages)
        return time.perf_counter() - start

    small, large = measure(10), measure(40)
    assert large < small * 4 * 2.5 + 0.5, (small, large)


def _reportlab_paragraphs_pdf(path, paragraphs: list[str]):
    """Write ``paragraphs`` with reportlab's Paragraph in DejaVu Sans, every apostrophe given as ``&#x27;``
    (what ``html.escape`` makes): reportlab then sets each apostrophe as a text object of its own."""
    import html

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefing.paths import resource

    pdfmetrics.registerFont(TTFont("ApostropheTestSans", str(resource("fonts", "DejaVuSans.ttf"))))
    style = ParagraphStyle("body", fontName="ApostropheTestSans", fontSize=9, leading=11.5, spaceAfter=8)
    SimpleDocTemplate(str(path)).build([Paragraph(html.escape(p), style) for p in paragraphs])
    return path


def test_apostrophe_set_apart_gains_no_spaces(tmp_path):
    """An apostrophe between two letters, set by reportlab as a text object of its own, gains no spaces
    ("d'usagers", "здоров'я", "don't", "O'Brien"; it was "d ' usagers"); the words around it keep theirs."""
    paragraphs = [
        "Des milliers d'usagers ont dû trouver d'autres solutions pour rejoindre l'université.",
        "Центр охорони здоров'я відкрили в понеділок, а нові лікарі мають з'явитися восени.",
        "I don't know, said Mr O'Brien of the harbour board, whether the ferry will sail.",
        "He called it a 'temporary' measure.",
    ]
    path = _reportlab_paragraphs_pdf(tmp_path / "apostrophes.pdf", paragraphs)
    runs = [r.text for r in read_layout(path.read_bytes()).pages[0].runs]
    assert "'" in runs, "the PDF no longer sets the apostrophe apart: this test checks nothing"
    text = " ".join(_body_paragraphs(load_article(path)))
    for expected in ("d'usagers", "d'autres", "l'université", "здоров'я", "з'явитися", "don't", "O'Brien",
                     "a 'temporary' measure"):
        assert expected in text
    assert " ' " not in text
