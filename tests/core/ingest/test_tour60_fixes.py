"""What the input tour (pdf60) found read wrongly, each fixed in a general way: one test per fix, on files built
here (reportlab, python-docx), failing without the fix."""

from __future__ import annotations

import time

import pytest

from briefing.core.errors import Cancelled, LoadError
from briefing.core.ingest.load import load_article

from . import tour_docx as wd
from .tour_pdf import Furniture, Layout, typeset


def _body(article) -> list[str]:
    return [" ".join(p) for p in article.paragraphs]


SENTENCES = [f"Paragraph {i} says that the council met on day {i} and agreed on item {i} of its long agenda for the "
             f"year, after a debate that went on well into the night." for i in range(1, 9)]


def test_superscript_footnote_markers_are_not_glued_or_set_apart(tmp_path):
    """A superscript note number after a word or a full stop is dropped: no "January1", no line "1" of its own."""
    body = ["Growth was cut to 0.3 percent in January^1 after the weak exports to China and the United States this year.",
            "The minister told reporters.^2 He said the economy would recover next year as interest rates fall again.",
            "The central bank had cut its forecast in March, citing weaker demand^3 for machinery and cars."]
    path = typeset(tmp_path / "notes.pdf", [("title", "Growth forecast cut")] + [("body", b) for b in body],
                   Layout(paragraph_gap=8))
    got = _body(load_article(path))
    assert got == [b.replace("^1", "").replace("^2", "").replace("^3", "") for b in body]


def test_footnotes_at_the_page_foot_are_not_body_text(tmp_path):
    """The small numbered notes below a page's text are dropped; a small caption at the foot without a number stays."""
    blocks = [("title", "Growth forecast cut")] + [("body", s) for s in SENTENCES[:3]]
    blocks += [("footnote", "1 Spring projection of the finance ministry, 22 April 2025."),
               ("footnote", "2 Press conference in the ministry.")]
    got = _body(load_article(typeset(tmp_path / "foot.pdf", blocks)))
    assert got == SENTENCES[:3]


def test_browser_print_furniture_goes_on_a_one_page_print(tmp_path):
    """A browser's print of one page: its date stamp, page title, address and "1/1" are no body text, and the
    metadata title "Headline | Site" gives the page's headline as the title."""
    furniture = Furniture(head_left="12/03/2025, 10:42", head_right="Port strike ends | Harbour Times",
                          foot_left="https://harbourtimes.example/business/port-strike-ends", foot_right="1/1")
    path = typeset(tmp_path / "print.pdf", [("title", "Port strike ends")] + [("body", s) for s in SENTENCES[:3]],
                   Layout(furniture=furniture, title_meta="Port strike ends | Harbour Times"))
    article = load_article(path)
    assert article.title == "Port strike ends"
    assert _body(article) == SENTENCES[:3]


def test_a_page_title_of_body_size_is_kept(tmp_path):
    """A body-size line at a page's edge that repeats the title is no browser furniture (only smaller print is)."""
    path = typeset(tmp_path / "plain.pdf", [("line", "Port strike ends")] + [("body", s) for s in SENTENCES[:2]],
                   Layout(title_meta="Port strike ends"))
    assert "Port strike ends" in load_article(path).title + " ".join(_body(load_article(path)))


def test_docx_inline_content_control_field_and_smart_tag_text_is_read(tmp_path):
    """Text inside an inline content control, a simple field's result and a smart tag is part of the paragraph."""
    body = [wd.p("Bus fares rise", style="Title"),
            wd.p(wd.r("Fares rise on "), '<w:sdt><w:sdtPr/><w:sdtContent>' + wd.r("1 July") + "</w:sdtContent></w:sdt>",
                 wd.r(", the operator "), '<w:smartTag w:uri="urn:x" w:element="place">' + wd.r("Metro Nord") + "</w:smartTag>",
                 wd.r(" said in "), '<w:fldSimple w:instr=" DOCPROPERTY Town "><w:r><w:t>Bremen</w:t></w:r></w:fldSimple>',
                 wd.r(" on Monday."))]
    got = _body(load_article(wd.write_docx(tmp_path / "c.docx", body)))
    assert got == ["Fares rise on 1 July, the operator Metro Nord said in Bremen on Monday."]


def test_docx_block_content_control_paragraphs_are_read_in_place(tmp_path):
    """Paragraphs in a block-level content control (a template's body field) are read where they stand."""
    body = [wd.p("Bus fares rise", style="Title"), wd.p("Fares rise on 1 July, the operator said on Monday."),
            "<w:sdt><w:sdtPr/><w:sdtContent>" + wd.p("Children will travel free.") + wd.p("Pensioners pay half.")
            + "</w:sdtContent></w:sdt>", wd.p("The council will vote on the plan in June.")]
    got = _body(load_article(wd.write_docx(tmp_path / "b.docx", body)))
    assert got == ["Fares rise on 1 July, the operator said on Monday.", "Children will travel free.",
                   "Pensioners pay half.", "The council will vote on the plan in June."]


def test_docx_text_box_and_field_code_stay_out_of_the_paragraph(tmp_path):
    """A text box anchored in a paragraph, a deleted run inside a link and a field's code are not its text."""
    body = [wd.p("Bus fares rise", style="Title"),
            wd.p(wd.r("Fares rise on 1 July."), wd.text_box("A pull quote from the box"),
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDETEXT "x" </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wd.r(" Children travel free.")
                 + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
                 '<w:hyperlink w:anchor="x"><w:r><w:t> See the plan</w:t></w:r>' + wd.dele(" (old)") + "</w:hyperlink>",
                 wd.r("."))]
    got = _body(load_article(wd.write_docx(tmp_path / "t.docx", body)))
    assert got == ["Fares rise on 1 July. Children travel free. See the plan."]


def test_docx_letterhead_table_gives_the_date(tmp_path):
    """A press office's letterhead table above the text ("Date: 14 May 2025") gives the article's date."""
    table = ('<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc>'
             + wd.p("Press Office") + "</w:tc><w:tc>" + wd.p("Date: 14 May 2025") + "</w:tc></w:tr></w:tbl>")
    body = [table, wd.p("Night trains return", style="Title"), wd.p("Night trains will return on three routes.")]
    article = load_article(wd.write_docx(tmp_path / "l.docx", body))
    assert article.date == "2025-05-14"
    assert _body(article) == ["Night trains will return on three routes."]


def test_ends_mark_closes_a_release_and_notes_to_editors_go(tmp_path):
    """"ENDS" under a release's text ends it: the notes to editors and the press office's line are no body."""
    body = [wd.p("Night trains return", style="Title"), wd.p("Night trains will return on three routes."),
            wd.p("The ministry will pay for new sleeping cars."), wd.p("ENDS"), wd.p("Notes to editors"),
            wd.p("The ministry is responsible for rail policy."), wd.p("Press Office: press@transport.example")]
    got = _body(load_article(wd.write_docx(tmp_path / "e.docx", body)))
    assert got == ["Night trains will return on three routes.", "The ministry will pay for new sleeping cars."]


def _long_pdf(path, pages: int):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    for page in range(pages):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(64, 30, f"Annual report 2024 - page {page + 1}")
        canvas.setFont("Helvetica", 10)
        for i in range(45):
            canvas.drawString(64, 790 - 15 * i, f"Line {i} of page {page + 1} of the report on the grid and its storage needs")
        canvas.showPage()
    canvas.save()
    return path


def test_a_300_page_pdf_reports_its_pages_and_reads_in_bounded_time(tmp_path):
    """A 300-page PDF reports "Reading page n of 300" as it goes (the window's bar moves), in rising fractions,
    and loads in bounded time."""
    path = _long_pdf(tmp_path / "long.pdf", 300)
    seen: list[tuple[float, str]] = []
    start = time.perf_counter()
    article = load_article(path, progress=lambda f, m="": seen.append((f, m)))
    elapsed = time.perf_counter() - start
    pages = [m for _, m in seen if m.startswith("Reading page")]
    assert len(pages) == 30 and pages[0] == "Reading page 1 of 300" and pages[-1] == "Reading page 291 of 300"
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and 0 <= fractions[0] and fractions[-1] <= 1
    assert len(article.paragraphs) >= 1 and "Annual report 2024" not in article.text
    assert elapsed < 60, elapsed


def test_cancel_while_reading_pdf_pages_stops_there(tmp_path):
    """Cancelling during the page reading stops the load at the next reported page."""
    path = _long_pdf(tmp_path / "long.pdf", 60)
    calls = []

    def progress(fraction, message=""):
        calls.append(message)
        if message == "Reading page 21 of 60":
            raise Cancelled()

    with pytest.raises(Cancelled):
        load_article(path, progress=progress)
    assert calls[-1] == "Reading page 21 of 60" and not any(m.startswith("Splitting") for m in calls)


def test_odt_and_rtf_are_refused_with_what_to_do(tmp_path):
    """An OpenDocument text and an RTF file are refused in one line that names the format and says to save as
    PDF or DOCX (briefing reads neither)."""
    from .tour60_cases import odt_file, rtf_file

    for build, what in ((odt_file, "OpenDocument text"), (rtf_file, "RTF document")):
        with pytest.raises(LoadError) as err:
            load_article(build(tmp_path / ("a.odt" if build is odt_file else "a.rtf")))
        assert what in str(err.value) and "save it as PDF or DOCX" in str(err.value) and "\n" not in str(err.value)
