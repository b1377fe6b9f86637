"""Worst-case briefs from the exp61 export tour: what the one page shows when fitting had to act."""

from __future__ import annotations

import pytest

from briefing.core.export.docx import render_docx_bytes
from briefing.core.export.pdf import render_pdf_bytes
from briefing.core.model import Actor, Briefing, KeyPoint

_WORDS = ("the council said the plan would cost more than expected and take longer to finish while residents of "
          "the northern districts asked for a public hearing").split()


def _words(n: int, seed: int = 0) -> str:
    return " ".join(_WORDS[(i * 7 + seed) % len(_WORDS)] for i in range(n)).capitalize() + "."


def long_comment_briefing(language: str = "en", comment_words: int = 3000) -> Briefing:
    """A short brief (4 one-line points, 3 actors) with an analyst comment far longer than a page."""
    comment = " ".join(_words(100, i) for i in range(comment_words // 100))
    return Briefing(title="Council approves the tram plan", language=language, date="2024-06",
                    bottom_line="The council approved the tram plan on Tuesday.", analyst_comment=comment,
                    key_points=[KeyPoint(text=_words(12, i), paragraph=i, source_index=i, score=1.0) for i in range(4)],
                    actors=[Actor(name=f"Person {c}", type="PER", role="official", paragraph=0) for c in "ABC"],
                    method={"algorithm": "briefrank", "chosen": 5, "total": 40})


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).split())


def test_dropping_the_assessment_gives_back_the_type_size_and_spacing():
    """Once a 3,000-word assessment is dropped, the short rest of the brief is set at the full 10 pt with normal
    spacing (it was left at 8 pt, tightened, on a page three quarters empty)."""
    data, report = render_pdf_bytes(long_comment_briefing())
    assert report.pages == 1 and not report.assessment_shown
    assert report.steps == ["dropped optional section: analyst comment"]
    assert report.font_size == 10.0
    assert report.points_shown == 4 and report.actors_shown == 3


def test_a_brief_that_needs_a_smaller_type_without_its_assessment_keeps_only_that_step():
    """When the rest of the brief still needs tighter spacing after the assessment is dropped, the report names
    the steps in effect, in order, and the page stays one page."""
    b = long_comment_briefing()
    b.key_points = [KeyPoint(text=_words(80, i), paragraph=i, source_index=i, score=1.0 - i / 20) for i in range(8)]
    data, report = render_pdf_bytes(b)
    assert report.pages == 1 and not report.assessment_shown
    assert report.steps[-1] == "dropped optional section: analyst comment"
    assert report.points_shown == 8
    # without the assessment the rest needs no more than it needs alone
    alone = Briefing(**{**b.__dict__, "analyst_comment": ""})
    _, without = render_pdf_bytes(alone)
    assert report.font_size == without.font_size
    assert report.steps[:-1] == without.steps


@pytest.mark.parametrize("language, heading, note", [
    ("en", "ASSESSMENT", "left out to fit one page (3000 words)"),
    ("de", "BEWERTUNG", "weggelassen, damit die Seite reicht (3000 Wörter)"),
    ("ru", "ОЦЕНКА", "опущена, чтобы справка уместилась на странице (слов: 3000)"),
])
def test_a_dropped_assessment_is_said_on_the_page(language, heading, note):
    """The PDF and the DOCX say where the assessment was that fitting left out, and how long it is; the brief
    never drops a section silently."""
    data, report = render_pdf_bytes(long_comment_briefing(language))
    assert not report.assessment_shown
    text = pdf_text(data)
    assert heading in text and note in text
    import io

    from docx import Document

    docx, _ = render_docx_bytes(long_comment_briefing(language))
    paragraphs = " ".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    assert heading in paragraphs and note in paragraphs


def test_a_shown_assessment_has_no_left_out_note():
    """A brief whose assessment fits shows it, with no note."""
    data, report = render_pdf_bytes(long_comment_briefing(comment_words=100))
    assert report.assessment_shown
    assert "left out" not in pdf_text(data)


def test_letters_the_font_lacks_print_in_their_plain_form():
    """Mathematical letters, which no PDF font has, print as their plain letters in the PDF (in a point and in a
    bold actor name) instead of empty boxes, with a warning; fullwidth letters print as typed (the CJK fallback font
    has them); the HTML keeps everything as typed."""
    from briefing.core.export.formats import render_text_format

    b = long_comment_briefing(comment_words=0)
    b.key_points[0].text = "The paper used \U0001d400\U0001d401\U0001d402 and \U0001d465\U0001d466 and \uff21\uff22 as symbols."
    b.actors[0].name = "\U0001d40c\U0001d41a\U0001d42d\U0001d421 Club"
    data, report = render_pdf_bytes(b)
    text = pdf_text(data)
    assert "The paper used ABC and xy and \uff21\uff22 as symbols." in text
    assert "Math Club" in text
    assert not any("empty boxes" in w for w in report.warnings)
    assert any("plain form" in w and "\U0001d400" in w for w in report.warnings)
    assert "\U0001d400\U0001d401\U0001d402" in render_text_format(b, "html")


def test_a_letter_without_a_plain_form_is_still_warned_about():
    """A Devanagari name (no glyph, no compatibility form) is left as it is and the warning names it."""
    b = long_comment_briefing(comment_words=0)
    b.key_points[0].text = "\u0928\u0930\u0947\u0902\u0926\u094d\u0930 spoke."
    _, report = render_pdf_bytes(b)
    assert any("empty boxes" in w and "\u0928" in w for w in report.warnings)


CJK_THAI = {"zh": "习近平 说：“我们准备好了”", "ja": "岸田文雄「準備はできています」", "ko": "윤석열 \u201c준비됐습니다\u201d",
            "th": "ประยุทธ์ จันทร์โอชา"}


def test_chinese_japanese_korean_and_thai_print_in_the_fallback_fonts():
    """Chinese, Japanese, Korean and Thai in key points and in bold actor names print with the bundled fallback
    fonts (embedded, subset), not as empty boxes: no warning, and the PDF's text has them as typed."""
    import io

    from pypdf import PdfReader

    b = long_comment_briefing(comment_words=0)
    for point, text in zip(b.key_points, CJK_THAI.values()):
        point.text = f"{text} said the minister."
    b.actors[0].name, b.actors[1].name = "岸田文雄", "ประยุทธ์ จันทร์โอชา"
    data, report = render_pdf_bytes(b)
    assert report.pages == 1
    assert not any("empty boxes" in w for w in report.warnings), report.warnings
    text = pdf_text(data)
    for sample in CJK_THAI.values():
        assert sample in text, sample
    fonts = {str(f["/BaseFont"]) for f in PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"].values()}
    assert any("Droid" in f for f in fonts) and any("Thai" in f for f in fonts), fonts


def test_a_brief_without_those_scripts_loads_no_fallback_font():
    """Exporting a Latin and Cyrillic brief parses neither fallback font (Droid Sans Fallback costs about 0.2 s)."""
    import subprocess
    import sys

    code = ("from briefing.core.export.pdf import render_pdf_bytes\n"
            "from briefing.core.export.pdf import fallback\n"
            "from tests.core.export.test_export_tour import long_comment_briefing\n"
            "b = long_comment_briefing('ru', 100)\n"
            "b.title = 'Москва: talks'\n"
            "render_pdf_bytes(b)\n"
            "print(fallback._coverage.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
