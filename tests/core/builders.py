"""Builders for small test documents in every supported format."""

from __future__ import annotations

from pathlib import Path

from briefing.core.model import Article
from briefing.core.tokenizer import get_tokenizer

ARTICLE_PARAGRAPHS = [
    "The city council approved a new transport plan on Monday after months of debate. "
    "The plan adds three tram lines and doubles the number of bus routes.",
    "Mayor Jane Smith said the plan would cut traffic by a fifth within five years. "
    "Opposition councillors called the cost of 2.5 billion euros reckless.",
    "Work on the first tram line starts in March. The council expects it to open in 2028.",
]


def make_article(paragraphs: list[str], title: str = "") -> Article:
    """Return an Article from paragraph texts, split with the offline tokenizer."""
    tok = get_tokenizer()
    return Article(title=title, paragraphs=[list(tok.to_sentences(p)) for p in paragraphs])


def write_html(path: Path) -> Path:
    """Write a small news page with metadata, navigation and a footer."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    path.write_text(
        "<!DOCTYPE html><html><head><title>Council approves transport plan | City News</title>"
        '<meta property="og:title" content="Council approves transport plan">'
        '<meta property="og:site_name" content="City News">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-03-04T09:30:00+01:00">'
        '<link rel="canonical" href="https://citynews.example.org/2024/03/04/transport-plan">'
        '</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Council approves transport plan</h1>{body}</article>"
        "<footer>Copyright 2024 City News. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    return path


def write_pdf(path: Path, paragraphs: list[str] | None = None, title: str = "Council approves transport plan",
              encrypt_password: str | None = None) -> Path:
    """Write a PDF with a text layer (reportlab), optionally password-protected."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    flow = []
    for p in paragraphs or ARTICLE_PARAGRAPHS:
        flow += [Paragraph(p, styles["Normal"]), Spacer(1, 12)]
    kwargs = {}
    if encrypt_password:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt_password, canPrint=0)
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Jane Doe", **kwargs).build(flow)
    return path


def write_docx(path: Path) -> Path:
    """Write a DOCX with a title heading and the test paragraphs."""
    import docx

    d = docx.Document()
    d.core_properties.author = "Jane Doe"
    d.add_heading("Council approves transport plan", 0)
    for p in ARTICLE_PARAGRAPHS:
        d.add_paragraph(p)
    d.save(str(path))
    return path
