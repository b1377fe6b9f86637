"""Right-to-left names and quotes in the left-to-right PDF: shaped, in reading order, never broken over a line."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
import unicodedata

import pytest

from briefing.core.export.pdf import render_pdf_bytes
from briefing.core.export.pdf.bidi import GLUE_LIMIT, longest_rtl_run, shape_arabic, visual_order
from briefing.core.model import Actor, Briefing, KeyPoint

NBSP = "\u00a0"


def drawn(text: str) -> str:
    """Return the drawing order with no-break spaces shown as plain spaces (for readable expectations)."""
    return visual_order(text).replace(NBSP, " ")


@pytest.mark.parametrize("logical, expected", [
    ("Talks between בנימין נתניהו and Cairo", "Talks between והינתנ ןימינב and Cairo"),
    ('He said "אנחנו מוכנים" today.', 'He said "םינכומ ונחנא" today.'),
    ("שלום 2024 in Tel Aviv", "2024 םולש in Tel Aviv"),  # a number after a Hebrew word belongs to its run
    ("in 2024 שלום", "in 2024 םולש"),  # a number after a Latin word does not
    ("מחיר 2,5 מיליון (בערך) ok", "(ךרעב) ןוילימ 2,5 ריחמ ok"),  # digits keep their order, brackets mirror
    ("X (שלום) Y", "X (םולש) Y"),  # brackets in Latin context stay as they are
    ("עלה ב-15% השנה", "הנשה 15%-ב הלע"),
    ("no right-to-left letter", "no right-to-left letter"),
])
def test_visual_order_reverses_each_right_to_left_run(logical, expected):
    """Each Hebrew run is drawn reversed, its numbers kept whole and its brackets mirrored; Latin text is unchanged."""
    assert drawn(logical) == expected


def test_combining_marks_stay_after_their_base():
    """A Hebrew letter with its point (niqqud) stays one unit when the run is reversed: the mark follows its base."""
    shin, lamed, vav, mem = "\u05e9\u05b8\u05c1", "\u05dc", "\u05d5\u05b9", "\u05dd"  # שָׁ ל וֹ ם
    assert visual_order(shin + lamed + vav + mem) == mem + vav + lamed + shin


def test_arabic_letters_take_their_joining_forms():
    """"محمد" is drawn as initial meem, medial hah, medial meem, final dal; lam-alef becomes one ligature, and the
    letter after a ligature starts a new join."""
    names = [unicodedata.name(c) for c in shape_arabic("محمد")]
    assert names == ["ARABIC LETTER MEEM INITIAL FORM", "ARABIC LETTER HAH MEDIAL FORM",
                     "ARABIC LETTER MEEM MEDIAL FORM", "ARABIC LETTER DAL FINAL FORM"]
    names = [unicodedata.name(c) for c in shape_arabic("سلام")]
    assert names == ["ARABIC LETTER SEEN INITIAL FORM", "ARABIC LIGATURE LAM WITH ALEF FINAL FORM",
                     "ARABIC LETTER MEEM ISOLATED FORM"]
    assert shape_arabic("Cairo") == "Cairo"


def test_short_runs_are_glued_and_long_runs_may_break():
    """A run up to GLUE_LIMIT characters has no-break spaces (a line never splits a name); a longer one keeps its
    spaces (and the PDF warns)."""
    assert " " not in visual_order("said בנימין נתניהו today").split("said ")[1].split(" today")[0]
    long = " ".join(["שלום עולם"] * 10)
    assert longest_rtl_run(long) > GLUE_LIMIT
    assert NBSP not in visual_order(long)


def test_visual_order_is_linear_on_a_hostile_line():
    """One megabyte of mixed Hebrew, digits and brackets is ordered in well under a few seconds (no backtracking)."""
    line = ("שלום (12,5%) abc " * 60000)[:1_000_000]
    start = time.perf_counter()
    visual_order(line)
    shape_arabic("لا" * 500_000)
    assert time.perf_counter() - start < 10


def _briefing() -> Briefing:
    return Briefing(title="Talks between محمد بن سلمان and בנימין נתניהו", language="en",
                    bottom_line="The talks continue next week in Cairo.",
                    key_points=[KeyPoint(text='בנימין נתניהו replied "אנחנו מוכנים" at a press conference.',
                                         paragraph=0, source_index=0, score=1.0)],
                    actors=[Actor(name="בנימין נתניהו", type="PER", role="Prime minister", paragraph=0),
                            Actor(name="محمد بن سلمان", type="PER", role="Crown prince", paragraph=0)],
                    method={"algorithm": "briefrank", "chosen": 2, "total": 10})


def test_the_pdf_draws_hebrew_in_reading_order_and_arabic_joined():
    """The PDF draws the Hebrew name and quote so that they read right to left, Arabic in its joined forms, and
    warns about neither (pypdf, like poppler, reads right-to-left glyph runs back into logical order: before the
    fix it read "והינתנ ןימינב")."""
    from pypdf import PdfReader

    data, report = render_pdf_bytes(_briefing())
    assert report.pages == 1 and not any("ight-to-left" in w for w in report.warnings)
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().replace(NBSP, " ").split())
    assert "בנימין נתניהו" in text and "אנחנו מוכנים" in text and "והינתנ" not in text
    assert "\ufee3\ufea4\ufee4\ufeaa" in text  # محمد joined: initial, medial, medial, final


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext not installed")
def test_pdftotext_reads_the_names_back_in_logical_order(tmp_path):
    """A PDF reader that orders right-to-left text (poppler) reads the Hebrew name and quote back as typed."""
    path = tmp_path / "brief.pdf"
    path.write_bytes(render_pdf_bytes(_briefing())[0])
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.replace(NBSP, " ").replace("\u202b", "").replace("\u202c", "").split())
    assert "בנימין נתניהו" in flat and "אנחנו מוכנים" in flat


def test_a_letter_with_a_megabyte_of_marks_is_ordered_in_linear_time():
    """A letter followed by a megabyte of combining marks ("Zalgo" text) is one cluster, kept whole and in order; the
    clusters were grown by ``+=`` on a list item, quadratic (a minute for this line, 10 s at 400,000 marks)."""
    line = "\u05d0" + "\u05b0" * 1_000_000 + " abc"
    start = time.perf_counter()
    drawn = visual_order(line)
    assert time.perf_counter() - start < 5
    assert drawn == line
    assert longest_rtl_run(line) == 1_000_001
