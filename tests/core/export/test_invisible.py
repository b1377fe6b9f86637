"""Invisible format characters, symbols without a glyph and the ✎ mark, in every export format."""

from __future__ import annotations

import pytest

from briefing.core.export.formats import render_text_format
from briefing.core.export.i18n import labels_for
from briefing.core.export.invisible import BIDI_CONTROLS, DROPPED, name_symbols, visible_text
from briefing.core.export.pdf import render_pdf_bytes
from briefing.core.export.text import EDITED_MARK, method_text
from briefing.core.model import Actor, Briefing, KeyPoint

from .test_formats import OPTS, docx_text
from .test_render_pdf import drawn_without_glyph, pdf_text, squash, top_of

PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want": the ZWNJ keeps the prefix apart
HEBREW = "\u05e9\u05dc\u05d5\u05dd"
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467"


def odd_briefing() -> Briefing:
    """Return a briefing whose fields hold soft hyphens, zero-width spaces, joiners, BOMs, bidi controls, emoji."""
    return Briefing(
        title="Co\u00ad\u200boperation pact signed \U0001F680 at the \ufeffsummit",
        bottom_line=f"Ministers agreed\u2060 on it \U0001F44D\U0001F3FD; Germany \U0001F1E9\U0001F1EA backs it "
                    f"\u2705, families {FAMILY} too. \u202aLeft\u202c text \u200eonly.",
        analyst_comment=f"Persian: {PERSIAN}; German Auf\u200clage; soft\u00adhyphen; Hebrew \u200f{HEBREW}\u200f; "
                        "a co\u00ad\u200boperation\u00a0pact.",
        source="Daily \u200bNews", date="2024-03-04", url="https://news.example.org/a?id=7",
        key_points=[KeyPoint(text="The co\u00ad\u200boperation\u00a0pact has a snow\u00adman \u2603 and a rocket \U0001F680.",
                             paragraph=0, source_index=0, score=0.5),
                    KeyPoint(text="An edited point.", paragraph=4, source_index=9, edited=True),
                    KeyPoint(text="A point the analyst wrote \U0001F4A1.")],
        actors=[Actor(name="Olaf\u00ad Scholz", type="PER", role="Chan\u00adcellor \U0001F1E9\U0001F1EA", paragraph=1),
                Actor(name="\u200fACME\u200f Corp", type="ORG", paragraph=2)],
        method={"algorithm": "briefrank", "chosen": 3, "total": 12})


# --------------------------------------------------------------------------- the rules


def test_layout_hints_are_removed_and_a_needed_joiner_is_kept():
    """Soft hyphens, zero-width spaces, word joiners and BOMs go; a ZWNJ stays between Persian letters and in an
    emoji sequence, and goes between Latin letters."""
    assert visible_text("co\u00ad\u200boperation word\u2060joiner \ufeffBOM") == "cooperation wordjoiner BOM"
    assert visible_text(PERSIAN) == PERSIAN
    assert visible_text("Auf\u200clage") == "Auflage"
    assert visible_text(FAMILY) == FAMILY
    assert visible_text("a\u200d\U0001F680") == "a\U0001F680"
    plain = "nothing odd here, \u00e9t\u00e9 \u2014 \u041c\u0438\u0440"
    assert visible_text(plain) is plain


def test_a_run_of_joiners_is_read_in_linear_time():
    """A joiner's neighbours are looked up once per run: a million joiners in a row (20,000 took 12 s when each
    looked around itself) take well under the 10 s hang bound. Between Arabic letters a run stays, with a
    soft hyphen in it dropped; between Latin letters it goes."""
    import time

    start = time.perf_counter()
    assert visible_text("a" + "\u200d" * 1_000_000 + "b") == "ab"
    arabic = visible_text("\u0628" + "\u200d" * 500_000 + "\u00ad" + "\u200c" * 500_000 + "\u0628")
    assert time.perf_counter() - start < 10.0
    assert arabic == "\u0628" + "\u200d" * 500_000 + "\u200c" * 500_000 + "\u0628"
    assert visible_text("\u0628\u200d\u200fx\u200d\u0628", bidi=False) == "\u0628x\u0628"


def test_bidi_controls_stay_only_with_right_to_left_text():
    """Bidi controls in Latin-only text go (an RLM is no right-to-left letter); with Hebrew they stay, except
    for the PDF (bidi=False), which lays every line out left to right anyway."""
    assert visible_text("\u202aLeft\u202c \u200fACME\u200f") == "Left ACME"
    mixed = f"Says \u2067{HEBREW}\u2069 today\u200f"
    assert visible_text(mixed) == mixed
    assert not any(ch in BIDI_CONTROLS for ch in visible_text(mixed, bidi=False))


def test_symbols_the_font_lacks_are_named():
    """A symbol outside the font is its Unicode name in brackets: flags by their letters, a ZWJ sequence by its
    parts, skin tones and variation selectors dropped; symbols the font has and letters it lacks stay."""
    covered = frozenset(map(ord, "abc \u2603\u2764"))
    assert name_symbols("a \U0001F680 b", covered) == "a [rocket] b"
    assert name_symbols("\U0001F1E9\U0001F1EA", covered) == "[flag DE]"
    assert name_symbols(FAMILY, covered) == "[man + woman + girl]"
    assert name_symbols("\U0001F44D\U0001F3FD\u2b50\ufe0f", covered) == "[thumbs up sign][white medium star]"
    assert name_symbols("\u2603 \u2764\ufe0f", covered) == "\u2603 \u2764"
    assert name_symbols("\u5317\u4eac", covered) == "\u5317\u4eac"  # letters: left for the warning
    assert name_symbols("\ue000", covered) == "[U+E000]"


# --------------------------------------------------------------------------- every format, the same odd input


def test_pdf_prints_the_odd_input_without_stray_spaces_boxes_or_controls():
    """In the PDF a zero-width space beside a soft hyphen is no visible space (reportlab printed one once a
    no-break space shared the run), emoji print as names, and nothing is drawn without a glyph."""
    data, report = render_pdf_bytes(odd_briefing(), OPTS)
    text = pdf_text(data)
    assert "The cooperation pact has a snowman \u2603 and a rocket [rocket]." in squash(text)
    assert "Cooperation pact signed [rocket] at the summit" in text
    assert "[thumbs up sign]" in text and "[flag DE]" in text and "[man + woman + girl]" in text
    assert "Olaf Scholz" in text and "Chancellor [flag DE]" in text and "Left text only." in text
    assert "a cooperation pact." in squash(text)
    assert not any(ch in text for ch in DROPPED | BIDI_CONTROLS)
    assert drawn_without_glyph(data) == []
    assert any("Unicode names in brackets" in w and "\U0001F680" in w for w in report.warnings)
    assert not any("empty boxes" in w for w in report.warnings)


@pytest.mark.parametrize("name", ["html", "md", "txt", "docx"])
def test_text_formats_drop_layout_hints_and_keep_emoji_and_needed_joiners(name):
    """DOCX, HTML, Markdown and plain text show the same words as the PDF without invisible characters; they
    keep the emoji (the reader's fonts show them), the Persian ZWNJ and the bidi marks around Hebrew."""
    if name == "docx":
        from briefing.core.export.docx import render_docx_bytes

        text = docx_text(render_docx_bytes(odd_briefing(), OPTS)[0])[0]
    else:
        text = render_text_format(odd_briefing(), name, OPTS)
    assert "Cooperation pact signed \U0001F680" in text and "Daily News" in text
    assert "cooperation pact has a snowman" in text and "a cooperation pact." in text
    assert "Chancellor" in text and "Olaf Scholz" in text
    assert "Auflage" in text and "softhyphen" in text and "Left text only" in text
    assert PERSIAN in text and f"\u200f{HEBREW}\u200f" in text and FAMILY in text
    assert not any(ch in text for ch in DROPPED)
    assert "\u202a" not in text and "\u200fACME" not in text


# --------------------------------------------------------------------------- the ✎ mark


@pytest.mark.parametrize("code", ["en", "ru", "uk", "de", "fr", "es"])
def test_the_method_line_never_breaks_beside_the_mark(code):
    """Wrapped at any footer width, the method line keeps ✎ on the line of the word before it and of its word
    after it (before, the line could break right before ✎ and start the next line with it)."""
    from briefing.core.export.pdf.styles import _rl, _styles, markup

    rl, style = _rl(), _styles(10.0, 0.0)["footer"]
    for method in ({"algorithm": "briefrank", "chosen": 3, "total": 12},
                   {"algorithm": "lexrank", "chosen": 3, "total": 40, "sources": 3}, {}):
        line = method_text(method, labels_for(code))
        for width in range(100, 520, 3):
            para = rl.Paragraph(markup(line) + "<br/>Generated", style)
            para.wrap(width, 1000)
            for row in para.blPara.lines:
                shown = "".join(f.text for f in row.words).strip()
                assert not shown.startswith(EDITED_MARK) and not shown.endswith(EDITED_MARK), (code, width, shown)


def test_a_point_mark_stays_on_the_line_of_the_word_before_it():
    """A point whose text just fills a line keeps "✎ edited" on that line (the no-break join), in every width."""
    for n in range(8, 22):
        text = "An edited point" + " on ports" * n + "."
        b = Briefing(title="T", key_points=[KeyPoint(text=text, paragraph=0, source_index=0, edited=True),
                                            KeyPoint(text="Other point.", paragraph=1, source_index=1)],
                     url="https://a.example/p", method={"algorithm": "briefrank", "chosen": 2, "total": 9})
        data = render_pdf_bytes(b, OPTS)[0]
        anchor = top_of(data, "[\u00b61]")
        assert min(abs(top_of(data, "\u270e", k) - anchor) for k in (0, 1)) < 3, n  # one ✎ is the footer's
