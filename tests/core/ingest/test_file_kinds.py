"""Files as analysts bring them: the wrong suffix, formats briefing does not read, tracked changes, odd pages."""

from __future__ import annotations

import io
import zipfile

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest import load_article

from tests.core.builders import ARTICLE_PARAGRAPHS, write_docx, write_pdf

FIRST = "The city council approved a new transport plan on Monday after months of debate."


def _body(article) -> str:
    return " ".join(" ".join(p) for p in article.paragraphs)


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def _rewrite_docx(data: bytes, member: str, edit) -> bytes:
    """Return the DOCX ``data`` with ``member``'s text replaced by ``edit(text)``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    return _zip({i.filename: (edit(src.read(i.filename).decode()) if i.filename == member else src.read(i.filename))
                 for i in src.infolist()})


def test_pdf_named_docx_and_docx_named_pdf_open_by_content(tmp_path):
    """The content decides the reader: a PDF saved as .docx and a DOCX saved as .pdf both open."""
    pdf = write_pdf(tmp_path / "a.pdf").read_bytes()
    docx = write_docx(tmp_path / "b.docx").read_bytes()
    (tmp_path / "report.docx").write_bytes(pdf)
    (tmp_path / "memo.pdf").write_bytes(docx)
    assert load_article(tmp_path / "report.docx").format == "pdf"
    memo = load_article(tmp_path / "memo.pdf")
    assert memo.format == "docx" and FIRST in _body(memo)


@pytest.mark.parametrize("name,data,what", [
    ("scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "is a PNG image"),
    ("photo.docx", b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 64, "is a JPEG image"),
    ("letter.doc", b"{\\rtf1\\ansi Council approves plan\\par}", "is an RTF document"),
    ("notes.txt.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 32, "is a gzip-compressed file"),
    ("notes.txt", __import__("bz2").compress(b"Council approves plan."), "is a bzip2-compressed file"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "is an old Word document"),
    ("mail.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "is an Outlook message"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"),
     "protected with a password"),
    ("book.epub", _zip({"mimetype": "application/epub+zip", "OEBPS/ch1.xhtml": "<html/>"}), "is an EPUB e-book"),
    ("notes.odt", _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
     "is an OpenDocument text"),
    ("figures.docx", _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}), "is an Excel workbook"),
    ("bundle.docx", _zip({"article.txt": "Council approves plan."}), "is a ZIP archive"),
    ("figures.csv", b"year,buses\n2024,12\n", "is a table of values"),
])
def test_formats_briefing_does_not_read_say_what_they_are_and_what_to_do(tmp_path, name, data, what):
    """A file briefing does not read gets one line naming what it is (by content first) and what to do."""
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(LoadError, match=what) as info:
        load_article(f)
    message = str(info.value)
    assert "\n" not in message and "briefing does not read" in message
    assert any(advice in message for advice in ("save", "unpack", "copy", "remove the password", "text layer"))


def test_docm_opens_as_a_word_document(tmp_path):
    """A macro-enabled Word document (.docm) is read for its text (python-docx refuses its content type)."""
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    docx = write_docx(tmp_path / "a.docx").read_bytes()
    f = tmp_path / "memo.docm"
    f.write_bytes(_rewrite_docx(docx, "[Content_Types].xml", lambda s: s.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", macro)))
    a = load_article(f)
    assert a.format == "docx" and FIRST in _body(a)


def test_tracked_insertions_are_read_and_deletions_left_out(tmp_path):
    """A DOCX edited with Track Changes reads as Word's final view: inserted text in, deleted text out."""
    docx = write_docx(tmp_path / "a.docx").read_bytes()
    change = ('<w:ins w:id="91" w:author="Ed" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">'
              ' The mayor signed it at once.</w:t></w:r></w:ins><w:del w:id="92" w:author="Ed" '
              'w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve"> Nobody objected.</w:delText>'
              '</w:r></w:del>')

    def edit(xml: str) -> str:
        at = xml.index("</w:r>", xml.index("The city council approved")) + len("</w:r>")
        return xml[:at] + change + xml[at:]

    f = tmp_path / "edited.docx"
    f.write_bytes(_rewrite_docx(docx, "word/document.xml", edit))
    body = _body(load_article(f))
    assert "The mayor signed it at once." in body
    assert "Nobody objected" not in body


def test_docx_of_one_table_reads_its_cells(tmp_path):
    """A DOCX whose whole text sits in a table (a newsletter laid out in a grid) gives the cells' text."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(ARTICLE_PARAGRAPHS) + 1, cols=1)
    table.cell(0, 0).text = "Council approves transport plan"
    for i, text in enumerate(ARTICLE_PARAGRAPHS, start=1):
        table.cell(i, 0).text = text
    f = tmp_path / "grid.docx"
    document.save(f)
    a = load_article(f)
    assert a.title == "Council approves transport plan"
    assert FIRST in _body(a)


def _merged_grid(rows: int, span: str) -> bytes:
    """A one-table DOCX: the article in its first cell, spanning ``span`` grid columns and merged down ``rows`` rows."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    table = document.add_table(rows=rows, cols=1)
    table.cell(0, 0).text = "Council approves transport plan"
    table.cell(0, 0).add_paragraph(" ".join(ARTICLE_PARAGRAPHS))
    for r, tr in enumerate(table._tbl.tr_lst):
        pr = tr.tc_lst[0].get_or_add_tcPr()
        pr.append(pr.makeelement(qn("w:gridSpan"), {qn("w:val"): span}))
        pr.append(pr.makeelement(qn("w:vMerge"), {qn("w:val"): "restart"} if r == 0 else {}))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_table_merged_cells_are_read_once(tmp_path):
    """A cell spanning two columns and merged down three rows gives its text once."""
    f = tmp_path / "merged.docx"
    f.write_bytes(_merged_grid(3, "2"))
    assert _body(load_article(f)).count(FIRST) == 1


@pytest.mark.parametrize("rows, span", [(3000, "1"), (1, "2000000000")])
def test_docx_table_of_hostile_merges_opens_at_once(tmp_path, rows, span):
    """3,000 vertically merged rows, or a cell spanning 2,000,000,000 columns, open within the hang bound
    (python-docx's row.cells walked up the rows for each merged cell: minutes; and yielded the spanning
    cell once per column: never ending)."""
    import time

    f = tmp_path / "hostile-grid.docx"
    f.write_bytes(_merged_grid(rows, span))
    start = time.perf_counter()
    body = _body(load_article(f))
    assert time.perf_counter() - start < 10.0
    assert body.count(FIRST) == 1


def test_html_fragment_saved_as_text_is_read_as_html(tmp_path):
    """Part of a page saved as .txt (no doctype, no <html>) is read as HTML, not with its tags as words."""
    f = tmp_path / "page.txt"
    f.write_text("<div class='story'><h1>Council approves transport plan</h1>"
                 + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS) + "</div>", encoding="utf-8")
    a = load_article(f)
    assert a.format == "html" and FIRST in _body(a) and "<p>" not in _body(a)


def test_markdown_opening_with_inline_html_stays_markdown(tmp_path):
    """A Markdown file may open with inline HTML: it is still read as Markdown."""
    f = tmp_path / "a.md"
    f.write_text("<div align='center'>Banner</div>\n\n# Council approves transport plan\n\n"
                 + "\n\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    assert load_article(f).format == "markdown"


def test_script_drawn_page_is_refused_with_what_to_do(tmp_path):
    """A page whose only text asks for JavaScript is refused: the article is not in the file."""
    f = tmp_path / "app.html"
    f.write_text("<html><head><title>News</title></head><body><div id='root'></div>"
                 "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>", encoding="utf-8")
    with pytest.raises(LoadError, match="drawn by JavaScript"):
        load_article(f)


def test_noscript_article_still_opens(tmp_path):
    """A page that puts a real article in <noscript> opens with that article."""
    f = tmp_path / "a.html"
    f.write_text("<html><head><title>Council approves transport plan</title></head><body><div id='app'></div>"
                 "<noscript>" + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS) + "</noscript></body></html>",
                 encoding="utf-8")
    assert FIRST in _body(load_article(f))


def test_frameset_page_says_where_the_text_is(tmp_path):
    """A frameset page has no text of its own: the message says so."""
    f = tmp_path / "frames.html"
    f.write_text("<html><head><title>T</title></head><frameset cols='50%,50%'><frame src='a.html'>"
                 "<frame src='b.html'></frameset></html>", encoding="utf-8")
    with pytest.raises(LoadError, match="frameset"):
        load_article(f)


def test_dangling_link_says_what_it_points_to(tmp_path):
    """A symbolic link whose target is gone is named as such, not as a missing file."""
    link = tmp_path / "today.txt"
    link.symlink_to(tmp_path / "gone" / "article.txt")
    with pytest.raises(LoadError, match=r"today\.txt: is a link to .*article\.txt, which does not exist\."):
        load_article(link)


def test_truncated_pdf_message_has_one_period(tmp_path):
    """A PDF cut in half is "damaged", in one line without doubled punctuation."""
    data = write_pdf(tmp_path / "a.pdf").read_bytes()
    f = tmp_path / "cut.pdf"
    f.write_bytes(data[: len(data) // 2])
    with pytest.raises(LoadError, match="damaged") as info:
        load_article(f)
    assert ".)." not in str(info.value) and "\n" not in str(info.value)


def test_text_opening_with_a_signature_like_word_is_text(tmp_path):
    """A text that opens with letters of a signature ("BZh...") is still read as text."""
    f = tmp_path / "a.txt"
    f.write_text("BZhong River ferry plan approved\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    assert FIRST in _body(load_article(f))


def test_unsupported_suffix_names_every_kind_briefing_opens(tmp_path):
    """A binary file with a suffix briefing does not know is refused with the kinds it opens, .docm, .rst, .eml
    and .mhtml too; a text file under the same name is read (the content decides, not the suffix)."""
    f = tmp_path / "notes.xyz"
    f.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(LoadError) as info:
        load_article(f)
    message = str(info.value)
    assert message.startswith("notes.xyz: unsupported file type .xyz; open a text, Markdown, HTML, PDF or Word file")
    assert all(s in message for s in (".docm", ".docx", ".rst", ".md", ".xhtml", ".pdf", ".txt", ".eml", ".mhtml"))
    f.write_text("The council met on Monday. It agreed on a plan.\n", encoding="utf-8")
    assert "The council met on Monday." in _body(load_article(f))


@pytest.mark.parametrize("number", ["1", "1.", "12)"])
def test_docx_table_row_numbers_are_no_title(tmp_path, number):
    """A one-table DOCX whose first cell numbers the row ("1", "1.") takes the headline cell as its title, and
    the row numbers join no sentence ("... transport plan 2" came from the next row's number)."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=len(ARTICLE_PARAGRAPHS) + 1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = number, "Council approves transport plan"
    for i, text in enumerate(ARTICLE_PARAGRAPHS, start=1):
        table.cell(i, 0).text, table.cell(i, 1).text = f"{i + 1}.", text
    f = tmp_path / "numbered.docx"
    document.save(f)
    a = load_article(f)
    assert a.title == "Council approves transport plan"
    assert _body(a).startswith(FIRST) and all(not p[0][:1].isdigit() for p in a.paragraphs)


def test_title_without_letters_is_no_title(tmp_path):
    """A text whose first line is a number takes the next short line as its title; a Title-style "1." is none."""
    import docx

    f = tmp_path / "a.txt"
    f.write_text("1.\n\nCouncil approves transport plan\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    assert load_article(f).title == "Council approves transport plan"
    document = docx.Document()
    document.add_paragraph("1.", style="Title")
    for text in ARTICLE_PARAGRAPHS:
        document.add_paragraph(text)
    d = tmp_path / "a.docx"
    document.save(d)
    assert load_article(d).title == ""
