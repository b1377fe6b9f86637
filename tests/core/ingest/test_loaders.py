"""Opening each supported format and every kind of bad input."""

from __future__ import annotations

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest import MAX_TEXT_BYTES, article_from_text, load_article

from tests.core.builders import ARTICLE_PARAGRAPHS, write_docx, write_html, write_pdf

FIRST = "The city council approved a new transport plan on Monday after months of debate."


def test_plain_text_title_and_paragraphs(tmp_path):
    """A text file's short first line is the title; blank lines separate paragraphs."""
    f = tmp_path / "a.txt"
    f.write_text("Council approves transport plan\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    a = load_article(f)
    assert a.title == "Council approves transport plan"
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0][0] == FIRST
    assert a.sentence_count == 6
    assert a.format == "text"


def test_markdown_heading_title_and_links(tmp_path):
    """A Markdown heading becomes the title, links become their text, emphasis goes."""
    f = tmp_path / "a.md"
    f.write_text("# Council *approves* plan\n\nBy Jane Doe\n\nThe **council** approved the [plan](https://x.org/p) on Monday.\n\n"
                 "- Three tram lines are added.\n- Bus routes double.\n", encoding="utf-8")
    a = load_article(f)
    assert a.title == "Council approves plan"
    assert a.authors == ["Jane Doe"]
    assert a.paragraphs[0] == ["The council approved the plan on Monday."]
    assert a.paragraphs[1:] == [["Three tram lines are added."], ["Bus routes double."]]


def test_html_page_main_text_and_metadata(tmp_path):
    """An HTML page gives its article text and metadata, without navigation or footer."""
    a = load_article(write_html(tmp_path / "page.html"))
    assert a.title == "Council approves transport plan"
    assert a.date == "2024-03-04"
    assert a.source == "City News"
    assert a.url == "https://citynews.example.org/2024/03/04/transport-plan"
    assert a.authors == ["Jane Doe"]
    assert a.paragraphs[0][0] == FIRST
    assert "Home" not in a.text and "rights reserved" not in a.text
    assert a.format == "html"


def test_html_with_markup_characters_is_literal(tmp_path):
    """Entities in HTML become the literal characters AT&T and x < y."""
    f = tmp_path / "p.html"
    f.write_text("<html><head><title>T</title></head><body><article><p>The deal between AT&amp;T and the city "
                 "shows that x &lt; y in every year of the contract, said the clerk.</p>"
                 "<p>A second paragraph gives the article enough text to be recognised as one.</p></article></body></html>",
                 encoding="utf-8")
    assert "AT&T" in load_article(f).text and "x < y" in load_article(f).text


def test_pdf_text_layer_and_metadata(tmp_path):
    """A PDF's text layer gives the paragraphs; its metadata gives title and author."""
    a = load_article(write_pdf(tmp_path / "a.pdf"))
    assert a.title == "Council approves transport plan"
    assert a.authors == ["Jane Doe"]
    assert a.paragraphs[0][0] == FIRST
    assert len(a.paragraphs) == 3
    assert a.format == "pdf"


def test_docx_heading_and_paragraphs(tmp_path):
    """A DOCX's Title heading is the title and its paragraphs the body."""
    a = load_article(write_docx(tmp_path / "a.docx"))
    assert a.title == "Council approves transport plan"
    assert a.authors == ["Jane Doe"]
    assert [p[0] for p in a.paragraphs] == [p.split(". ")[0] + "." for p in ARTICLE_PARAGRAPHS]


@pytest.mark.parametrize("encoding,text", [
    ("utf-8", "Лукашенко встретился с Путиным. Ελληνικά: Αθήνα."),
    ("utf-8-sig", "Café déjà vu in Zürich. Second sentence."),
    ("utf-16", "Лукашенко встретился с Путиным. Café."),
    ("utf-16-le", "Naïve résumé written in Zürich. Second sentence."),
    ("cp1251", "Лукашенко встретился с Путиным в Минске. Второе предложение здесь."),
    ("cp1252", "Café déjà vu, naïve façade – “quoted” text. Second sentence."),
    ("latin-1", "Der Bär läuft über die Straße in Zürich. Schön."),
])
def test_text_encodings(tmp_path, encoding, text):
    """Text files decode correctly in each common encoding."""
    f = tmp_path / "e.txt"
    f.write_bytes(("Headline\n\n" + text).encode(encoding))
    a = load_article(f)
    assert a.title == "Headline"
    assert " ".join(a.paragraphs[0]) == text


def test_pasted_text_becomes_article():
    """Pasted text is cleaned and split like a file."""
    a = article_from_text("Headline here\n\nFirst sentence of it. Second one [link](http://x.org).")
    assert a.title == "Headline here"
    assert a.paragraphs == [["First sentence of it.", "Second one link."]]


def _bad(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    return f


BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  \n", "empty"),
    ("binary.txt", bytes(range(256)) * 50, "binary"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "is a PNG image, which briefing does not read"),
    ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "damaged"),
    ("broken.docx", b"PK\x03\x04 not a real zip", "damaged"),
    ("archive.txt", b"PK\x03\x04 zip bytes", "ZIP"),
    ("tags.html", b"<html><body><script>var x = 1;</script></body></html>", "no article text"),
    ("markup.md", b"![img](a.png)\n\n[link](http://x.org)\n", "no article text"),
    ("deep.eml", b"MIME-Version: 1.0\r\n" + b"Content-Type: multipart/mixed; boundary=b\r\n" * 60, "nests"),
    ("utf16.txt", b"\xff\xfea\x00b\x00\x00\xd8", "invalid UTF-16"),
]


@pytest.mark.parametrize("name,data,message", BAD_FILES)
def test_bad_input_raises_load_error(tmp_path, name, data, message):
    """Each kind of bad file raises LoadError with a clear message."""
    with pytest.raises(LoadError, match=message):
        load_article(_bad(tmp_path, name, data))


def test_missing_file_and_directory(tmp_path):
    """A missing path and a folder are refused with LoadError, saying what to do next."""
    with pytest.raises(LoadError, match=r"no such file; check the path \(the file may have been moved"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="folder, not an article file; open a file inside it"):
        load_article(tmp_path)


@pytest.mark.parametrize("name,data", [(name, data) for name, data, _ in BAD_FILES] + [("gone.txt", None)])
def test_every_load_error_is_one_line_with_a_next_step(tmp_path, name, data):
    """Each refusal is one line that says what is wrong, then (after "; ") what to do next."""
    path = _bad(tmp_path, name, data) if data is not None else tmp_path / name
    with pytest.raises(LoadError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    what, _, next_step = message.partition("; ")
    assert what.startswith(name) and len(next_step.split()) >= 3, message


def test_huge_text_file_refused_without_reading(tmp_path):
    """A 50 MB text file is refused by size before it is read."""
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: instant, no 50 MB write
    assert f.stat().st_size > MAX_TEXT_BYTES
    with pytest.raises(LoadError, match="too large"):
        load_article(f)


def test_encrypted_pdf(tmp_path):
    """A password-protected PDF is refused with a message that says so."""
    with pytest.raises(LoadError, match="encrypted"):
        load_article(write_pdf(tmp_path / "secret.pdf", encrypt_password="s3cret"))


def test_pdf_without_text_layer(tmp_path):
    """A PDF with only drawings (a scan) is refused: no text layer."""
    from reportlab.pdfgen import canvas

    f = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(f))
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    with pytest.raises(LoadError, match="no text layer"):
        load_article(f)


def test_unreadable_file(tmp_path, monkeypatch):
    """A file the OS refuses to read gives LoadError, not an OSError traceback.

    Tests run as root in CI, where chmod 0 does not stop reading, so the
    permission error is raised by patching Path.open.
    """
    from pathlib import Path

    f = tmp_path / "locked.txt"
    f.write_text("Title\n\nSome text here.", encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(LoadError, match="cannot be read.*Permission denied"):
        load_article(f)


def test_fifo_is_refused_without_hanging(tmp_path):
    """A named pipe is refused at once instead of blocking on open."""
    import os

    f = tmp_path / "pipe.txt"
    os.mkfifo(f)
    with pytest.raises(LoadError, match="not a regular file"):
        load_article(f)


def test_load_progress_is_reported_and_cancel_stops(seed_path):
    """load_article reports progress while splitting sentences; Cancelled from the callback stops it."""
    from briefing.core.errors import Cancelled

    seen = []
    article = load_article(seed_path, progress=lambda f, m: seen.append((f, m)))
    assert article.sentence_count and seen and all(0.0 <= f < 1.0 and m for f, m in seen)

    def cancel(fraction, message):
        raise Cancelled("stop")

    with pytest.raises(Cancelled):
        load_article(seed_path, progress=cancel)
    assert load_article(seed_path).sentence_count == article.sentence_count  # no callback left behind


def test_pdf_running_footers_go_and_repeated_body_text_stays(tmp_path):
    """A footer with a page number on every page is dropped; a body sentence repeated on every page is kept;
    reportlab's "(anonymous)" placeholders are not taken as title and author."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    refrain = "The committee repeats its call for an independent review of the port contract."
    style = getSampleStyleSheet()["Normal"]
    flow = []
    towns = ["Aden", "Brest", "Cork", "Dover", "Esbjerg"]
    for page, town in enumerate(towns):
        flow += [Paragraph(f"The inquiry visited {town} first and heard {page + 3} witnesses there.", style),
                 Paragraph(f"Officials in {town} said the tender of {2010 + page} had been rushed.", style),
                 Paragraph(refrain, style),
                 Paragraph(f"Section {page + 1} describes the tenders of {town} in detail.", style),
                 Paragraph(f"Dock workers in {town} were not consulted, the inquiry found.", style),
                 PageBreak()]

    def footer(canvas, doc):
        canvas.drawString(72, 30, f"Harbour inquiry report - page {doc.page} of 5")

    path = tmp_path / "report.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(flow, onFirstPage=footer, onLaterPages=footer)
    article = load_article(path)
    text = article.text
    assert "Harbour inquiry report" not in text and "page 3" not in text
    assert text.count(refrain) == 5 and "Section 4 describes the tenders of Dover" in text
    assert "The inquiry visited Aden first" in text and "were not consulted" in text
    assert article.authors == [] and article.title != "(anonymous)"


@pytest.mark.parametrize("byline, authors", [
    ("Von Anna Schmidt und Peter Merz", ["Anna Schmidt", "Peter Merz"]),
    ("Par Jean Dupont", ["Jean Dupont"]),
    ("Por Ana García y Luis Gil", ["Ana García", "Luis Gil"]),
    ("Автор: Іван Петренко", ["Іван Петренко"]),
    ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
])
def test_a_byline_in_the_users_languages_gives_the_authors_not_a_paragraph(tmp_path, byline, authors):
    """The byline before the body is metadata: its names are the authors and never become the text's actors."""
    f = tmp_path / "a.md"
    f.write_text(f"# Titel\n\n{byline}\n\nDer Rat tagte am Montag. Er stimmte zu.\n", encoding="utf-8")
    a = load_article(f)
    assert a.authors == authors
    assert a.paragraphs == [["Der Rat tagte am Montag.", "Er stimmte zu."]]
