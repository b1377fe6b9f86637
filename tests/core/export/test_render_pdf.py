"""The one-page PDF brief: layout sections, fitting, escaping, fonts, metadata, atomic writes."""

from __future__ import annotations

import io
import json
import os
import stat
from datetime import datetime, timezone
from pathlib import Path

import pypdf
import pypdfium2
import pytest

from briefing.core.errors import ExportError
from briefing.core.model import Actor, Briefing, KeyPoint
from briefing.core.export.pdf import PdfOptions, fit_report, render_pdf, render_pdf_bytes
from briefing.core.export.pdf.styles import FONT_FLOOR
from briefing.core.export.text import drop_order, readable_date

WHEN = datetime(2026, 11, 29, 14, 31, tzinfo=timezone.utc)
OPTS = PdfOptions(generated_at=WHEN)
LONG = ("The ministry said the measures, which had been discussed for months by officials in several capitals, "
        "would take effect immediately and remain in force until the end of the year at the earliest, according "
        "to a statement published late on Thursday evening. ")


# --------------------------------------------------------------------------- helpers


def pdf_text(data: bytes) -> str:
    """Return the text of every page, whitespace collapsed to single spaces."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def page_count(data: bytes) -> int:
    """Return the number of pages (pypdf)."""
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def squash(text: str) -> str:
    """Return text with whitespace collapsed, as pdf_text() gives it."""
    return " ".join(text.split())


def top_of(data: bytes, needle: str, nth: int = 0) -> float:
    """Return the top y (points from the page bottom) of the nth occurrence of a string (pdfium)."""
    page = pypdfium2.PdfDocument(data)[0]
    text = page.get_textpage()
    search = text.search(needle, match_case=True)
    hit = None
    for _ in range(nth + 1):
        hit = search.get_next()
        assert hit is not None, f"{needle!r} (occurrence {nth}) not on the page"
    return text.get_charbox(hit[0])[3]


def link_uris(data: bytes) -> list[str]:
    """Return the URI of every link annotation on the page (pypdf)."""
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    out = []
    for ref in page.get("/Annots") or []:
        annot = ref.get_object()
        action = annot.get("/A")
        if annot.get("/Subtype") == "/Link" and action is not None and "/URI" in action:
            out.append(str(action["/URI"]))
    return out


def char_boxes(data: bytes) -> tuple[tuple[float, float], list[tuple[float, float, float, float]]]:
    """Return the page size and the box of every visible character (pdfium)."""
    page = pypdfium2.PdfDocument(data)[0]
    text = page.get_textpage()
    boxes = []
    for i in range(text.count_chars()):
        box = text.get_charbox(i)
        if box[2] > box[0]:
            boxes.append(box)
    return page.get_size(), boxes


def machine_briefing(n_points: int = 5, n_actors: int = 6, **kw) -> Briefing:
    """Return a small machine-made briefing (points from article sentences, scores rising)."""
    points = [KeyPoint(text=f"Point number {i + 1} says that the council met on day {i + 1} of the month.",
                       paragraph=i, source_index=i * 2, score=0.1 * (i + 1)) for i in range(n_points)]
    actors = [Actor(name=f"Person {chr(65 + i)}", type="PER", role="council member", mentions=9 - i)
              for i in range(n_actors)]
    data = dict(title="Council approves transport plan", bottom_line="The council approved the plan.",
                key_points=points, actors=actors, source="City News", date="2024-03-04",
                url="https://citynews.example.org/2024/03/04/transport-plan", authors=["Jane Doe"],
                method={"algorithm": "briefrank", "chosen": n_points, "total": 16})
    data.update(kw)
    return Briefing(**data)


def far_too_long() -> Briefing:
    """Return a briefing far too long for one page: 15 long points, 12 actors, a long comment."""
    points = [KeyPoint(text=f"Point {i + 1}: " + LONG * 2, paragraph=i, source_index=i, score=(i * 7 % 11) / 10)
              for i in range(14)]
    points[3].edited = True
    points.append(KeyPoint(text="The analyst adds that the timing matters for the summit next week.", score=0.0))
    actors = [Actor(name=f"Actor number {i}", type="ORG", role="ministry department", mentions=20 - i)
              for i in range(12)]
    return machine_briefing(key_points=points, actors=actors, bottom_line=LONG * 2, analyst_comment=LONG * 3,
                            banner="UNCLASSIFIED")


@pytest.fixture(scope="module")
def seed_briefing(seed_article):
    """The machine's briefing of the seed article: 5 key points and its actors."""
    from briefing.core.actors import extract_actors
    from briefing.core.model import SummaryOptions
    from briefing.core.brief.pipeline import make_briefing
    from briefing.core.summarize import summarize

    summary = summarize(seed_article, SummaryOptions(sentences=5))
    return make_briefing(seed_article, summary, extract_actors(seed_article, summary), banner="TLP:AMBER",
                         analyst_comment="Watch the next Union State summit.")


@pytest.fixture(scope="module")
def seed_pdf(seed_briefing):
    """The seed brief as PDF bytes and its report."""
    return render_pdf_bytes(seed_briefing, OPTS)


# --------------------------------------------------------------------------- content and layout


def test_seed_brief_is_one_page_with_title_points_and_actors(seed_briefing, seed_pdf):
    """The seed brief is one page holding the title, every key point and every actor shown."""
    data, report = seed_pdf
    assert page_count(data) == 1 and report.pages == 1
    text = pdf_text(data)
    assert squash(seed_briefing.title) in text
    assert report.points_shown == 5 and report.dropped_points == 0
    for point in seed_briefing.key_points:
        assert squash(point.text) in text
    assert report.actors_shown == 8
    for actor in seed_briefing.actors[:8]:
        assert actor.name in text
    table = text.split("KEY ACTORS")[1].split("Method:")[0]
    assert seed_briefing.actors[8].name not in table


def test_sections_run_top_to_bottom(seed_pdf):
    """Banner, masthead, title, source, bottom line, assessment, key points, actors, footer, banner: top to bottom."""
    data, _ = seed_pdf
    order = [("TLP:AMBER", 0), ("BRIEFING NOTE", 0), ("Russia, Belarus Spy", 0), ("Source:", 0),
             ("BOTTOM LINE", 0), ("ASSESSMENT", 0), ("Watch the next Union State summit.", 0), ("KEY POINTS", 0),
             ("KEY ACTORS", 0), ("PERSON", 0), ("Method:", 0), ("Generated", 0), ("TLP:AMBER", 1)]
    tops = [top_of(data, needle, nth) for needle, nth in order]
    assert tops == sorted(tops, reverse=True), list(zip(order, tops))
    assert top_of(data, "Page 1 of 1") == pytest.approx(top_of(data, "Method:"), abs=1)


def test_footer_method_generated_and_page(seed_pdf):
    """The footer states the method, the generation time in UTC and "Page 1 of 1"."""
    text = pdf_text(seed_pdf[0])
    assert "Method: Extractive, BriefRank 5/13 sentences; points verbatim unless marked ✎ edited." in text
    assert "Generated 2026-11-29 14:31 UTC by briefing" in text
    assert "Page 1 of 1" in text
    assert text.count("TLP:AMBER") == 2


def test_source_line_is_one_line_with_a_short_clickable_url(seed_pdf):
    """The source line names the publisher, the date as "3 June 2021" and a shortened URL on one line; it links
    to the whole URL."""
    data = seed_pdf[0]
    text = pdf_text(data)
    assert "Source: The Moscow Times · 3 June 2021 · themoscowtimes.com/2021/06/03/russia-belarus" in text
    assert top_of(data, "Source:") == pytest.approx(top_of(data, "themoscowtimes.com"), abs=1)
    url = "https://www.themoscowtimes.com/2021/06/03/russia-belarus-spy-agencies-join-forces-against-destructive-west-a74100"
    assert url in link_uris(data)


def test_anchors_and_edit_marks():
    """Each point ends with its [¶n] anchor; edited points say "✎ edited", user-written ones "✎ added"."""
    b = machine_briefing(n_points=3)
    b.key_points[1].edited = True
    b.key_points[1].text = "An edited point."
    b.key_points.append(KeyPoint(text="A point the analyst wrote."))
    text = pdf_text(render_pdf_bytes(b, OPTS)[0])
    assert "day 1 of the month. [¶1]" in text
    assert "An edited point. [¶2] ✎ edited" in text
    assert "day 3 of the month. [¶3]" in text
    assert "A point the analyst wrote. ✎ added" in text


def test_actor_grid_is_compact_and_a_long_role_wraps():
    """Each actor is name, a small type tag, the role and the first mention's [¶n], no mention count; a long role
    wraps inside the page."""
    role = "deputy minister of foreign affairs and head of the delegation to the talks in Vitebsk"
    b = machine_briefing(actors=[Actor(name="Ivan Tertel", type="PER", role=role, mentions=7, paragraph=4),
                                 Actor(name="KGB", type="ORG", mentions=3)])
    data, report = render_pdf_bytes(b, OPTS)
    text = pdf_text(data)
    assert "Mentions" not in text
    assert "Ivan Tertel PERSON — " + squash(role) + " [¶5]" in text and "KGB ORG" in text
    assert "KGB ORG —" not in text and " 7 " not in text
    (width, _), boxes = char_boxes(data)
    assert max(box[2] for box in boxes) <= width - 50


def test_actor_table_names_an_organisation_with_its_acronym():
    """An organisation the text also calls by an acronym is listed as "Name (ACRONYM)"; a person's surname is not."""
    b = machine_briefing(actors=[
        Actor(name="Russian Foreign Intelligence Service", type="ORG", aliases=["SVR"], mentions=6),
        Actor(name="Sergei Naryshkin", type="PER", aliases=["Naryshkin"], mentions=3),
        Actor(name="KGB", type="ORG", aliases=["KGB"], mentions=3)])
    assert [a.display_name for a in b.actors] == ["Russian Foreign Intelligence Service (SVR)", "Sergei Naryshkin", "KGB"]
    text = pdf_text(render_pdf_bytes(b, OPTS)[0])
    assert "Russian Foreign Intelligence Service (SVR) ORG" in text
    assert "Sergei Naryshkin PERSON" in text and "(Naryshkin)" not in text


def test_empty_sections_are_left_out():
    """No bottom line, points, actors or comment: none of their headings is printed."""
    b = Briefing(title="Only a title")
    text = pdf_text(render_pdf_bytes(b, OPTS)[0])
    for heading in ("BOTTOM LINE", "KEY POINTS", "KEY ACTORS", "ASSESSMENT"):
        assert heading not in text
    assert "Only a title" in text


def test_untitled_empty_briefing_renders_on_letter():
    """An empty briefing still renders: "Untitled briefing", one Letter page."""
    data, report = render_pdf_bytes(Briefing(), PdfOptions(page_size="letter", generated_at=WHEN))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Untitled briefing" in pdf_text(data)
    assert report.steps == [] and 0 < report.fill < 0.3


def test_a4_page_size():
    """The default page is A4."""
    box = pypdf.PdfReader(io.BytesIO(render_pdf_bytes(machine_briefing(), OPTS)[0])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_unknown_page_size_is_an_export_error():
    """A page size other than a4/letter is refused with a clear message."""
    with pytest.raises(ExportError, match="Unknown page size 'a5'"):
        render_pdf_bytes(machine_briefing(), PdfOptions(page_size="a5"))


def test_readable_dates():
    """ISO dates print as "3 June 2021"; anything else prints as it is."""
    assert readable_date("2021-06-03") == "3 June 2021"
    assert readable_date("2024-03-04T09:30:00+01:00") == "4 March 2024"
    assert readable_date("spring 2020") == "spring 2020"
    assert readable_date(None) == ""


def test_long_unbroken_words_and_urls_stay_inside_the_page():
    """Long URLs and unbroken words wrap: no character is printed outside the margins."""
    url = "https://example.org/" + "very-long-path-segment/" * 10 + "?q=1&x=" + "z" * 150
    word = "Supercalifragilistic" * 12
    b = machine_briefing(title=word, url=url, bottom_line=f"See {url} now.",
                         key_points=[KeyPoint(text=f"{word} {url}", paragraph=0, source_index=0)],
                         actors=[Actor(name=word, type="ORG", role=url, mentions=1)], analyst_comment=word)
    data, _ = render_pdf_bytes(b, OPTS)
    assert page_count(data) == 1
    (width, height), boxes = char_boxes(data)
    assert min(box[0] for box in boxes) >= 50 and max(box[2] for box in boxes) <= width - 50
    assert min(box[1] for box in boxes) >= 50 and max(box[3] for box in boxes) <= height - 50
    assert url in link_uris(data)


# --------------------------------------------------------------------------- escaping and fonts

TRICKY = "AT&T, x < y, <b>, &amp; Лукашенко Αθήνα"


def test_markup_characters_and_scripts_print_literally():
    """AT&T, x < y, <b>, &amp;, Cyrillic and Greek print as typed in every field."""
    b = Briefing(title=TRICKY, bottom_line="BL " + TRICKY, banner="TLP:CLEAR " + TRICKY,
                 key_points=[KeyPoint(text="KP " + TRICKY, paragraph=0, source_index=0)],
                 actors=[Actor(name="Александр Лукашенко", type="PER", role="RO " + TRICKY, mentions=2),
                         Actor(name="AT&T <Corp>", type="ORG", mentions=1)],
                 analyst_comment="AC " + TRICKY + "\nsecond line </i>", source="SRC " + TRICKY,
                 authors=["Сергей <Иванов>"], url='https://example.org/a?b=1&c=<d>"e"')
    data, report = render_pdf_bytes(b, OPTS)
    text = pdf_text(data)
    for prefix in ("", "BL ", "KP ", "RO ", "AC ", "SRC "):
        assert prefix + TRICKY in text, prefix
    assert text.count(TRICKY) >= 8  # the banner, top and bottom, too
    assert "Александр Лукашенко" in text and "AT&T <Corp>" in text and "Сергей <Иванов>" in text
    assert "second line </i>" in text and 'example.org/a?b=1&c=<d>"e"' in text
    assert 'https://example.org/a?b=1&c=<d>"e"' in link_uris(data)
    assert "AT&T;" not in text
    assert report.warnings == []


def test_every_font_is_embedded():
    """Every font in the PDF is an embedded TrueType (FontFile2): no unembedded Helvetica."""
    b = far_too_long()
    b.key_points[0].edited = True
    b.title = TRICKY
    for data in (render_pdf_bytes(b, OPTS)[0], render_pdf_bytes(Briefing(), OPTS)[0]):
        fonts = pypdf.PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "DejaVuSans" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_characters_without_a_glyph_are_reported():
    """Devanagari (no glyph in DejaVu Sans, no fallback font) gives a warning; Chinese (the CJK fallback font) and a
    short Arabic line (shaped, in reading order) give none, an Arabic passage too long to keep on one line does."""
    b = machine_briefing(title="कख and 北京 talks", bottom_line="مرحبا")
    warnings = render_pdf_bytes(b, OPTS)[1].warnings
    assert any("2 characters have no glyph" in w and "क ख" in w for w in warnings)
    assert not any("北" in w for w in warnings)
    assert not any("right-to-left" in w for w in warnings)
    b = machine_briefing(bottom_line=" ".join(["مرحبا بكم"] * 10))
    assert any("right-to-left passage" in w for w in render_pdf_bytes(b, OPTS)[1].warnings)
    assert render_pdf_bytes(machine_briefing(), OPTS)[1].warnings == []


# --------------------------------------------------------------------------- metadata


def test_pdf_metadata(seed_briefing, seed_pdf):
    """Title, author, subject, keywords (actor names), creator and a JSON record are in the Info dict."""
    meta = pypdf.PdfReader(io.BytesIO(seed_pdf[0])).metadata
    assert meta.title == seed_briefing.title
    assert meta.author == "The Moscow Times"
    assert meta.subject == seed_briefing.bottom_line
    assert meta["/Keywords"].split(", ") == [a.name for a in seed_briefing.actors[:8]]
    assert meta.creator.startswith("briefing ")
    record = json.loads(meta["/BriefingRecord"])
    assert record["algorithm"] == "briefrank" and record["chosen"] == 5 and record["total"] == 13
    assert record["source_url"] == seed_briefing.url
    assert record["generated"] == "2026-11-29T14:31:00Z"


def test_metadata_author_is_the_article_authors():
    """With authors known, the PDF author lists them."""
    meta = pypdf.PdfReader(io.BytesIO(render_pdf_bytes(machine_briefing(), OPTS)[0])).metadata
    assert meta.author == "Jane Doe"


# --------------------------------------------------------------------------- fitting


def test_brief_that_fits_takes_no_step():
    """A short brief fits as it is: no fitting step, base font size."""
    report = render_pdf_bytes(machine_briefing(), OPTS)[1]
    assert report.steps == [] and report.font_size == 10.0 and 0 < report.fill < 1


def test_far_too_long_brief_is_fitted_in_order():
    """A brief far too long is fitted on one page: spacing, font to 8 pt, comment, then points and actors."""
    b = far_too_long()
    data, report = render_pdf_bytes(b, OPTS)
    assert page_count(data) == 1
    assert report.steps[:3] == ["tightened spacing", f"font {FONT_FLOOR:.1f} pt",
                                "dropped optional section: analyst comment"]
    assert report.steps[3:] == [f"dropped {report.dropped_points} lowest-ranked key points",
                                f"dropped {report.dropped_actors} lowest-ranked actors"]
    assert report.font_size == FONT_FLOOR
    assert report.points_shown + report.dropped_points == 15 and report.dropped_points > 0
    assert report.actors_shown + report.dropped_actors == 8 and report.actors_shown >= 3
    assert 0.8 < report.fill <= 1.0
    text = pdf_text(data)
    assert "ASSESSMENT left out to fit one page (" in text  # the dropped section is named, never silently gone
    assert f"{report.points_shown} of 15 shown" in text and "top" in text
    kept = [p for p in b.key_points if squash(p.text) in text]
    assert len(kept) == report.points_shown
    # the edited and the user-written points survive; the machine points kept outscore every dropped one
    assert b.key_points[3] in kept and b.key_points[14] in kept
    dropped = [p for p in b.key_points if p not in kept]
    machine_kept = [p for p in kept if not p.edited and p.source_index is not None]
    assert min(p.score for p in machine_kept) >= max(p.score for p in dropped)
    # the points kept stay in the user's order
    assert [text.index(squash(p.text)) for p in kept] == sorted(text.index(squash(p.text)) for p in kept)


def test_moderate_overflow_only_tightens_and_steps_the_font():
    """A brief a little too long is fitted by spacing and font alone, keeping every point."""
    b = machine_briefing(n_points=7)
    b.key_points = [KeyPoint(text=LONG + LONG, paragraph=i, source_index=i, score=0.5) for i in range(7)]
    report = render_pdf_bytes(b, OPTS)[1]
    assert report.steps and report.steps[0] == "tightened spacing"
    assert all(s.startswith(("tightened", "font")) for s in report.steps)
    assert report.dropped_points == 0 and report.dropped_actors == 0 and report.font_size < 10.0


def test_fit_report_matches_render():
    """fit_report() gives the same report as an export."""
    b = far_too_long()
    assert fit_report(b, OPTS) == render_pdf_bytes(b, OPTS)[1]


def test_drop_order_prefers_machine_points_with_low_scores():
    """Machine points go first (lowest score, later first on ties); edited and user points last."""
    points = [KeyPoint("a", 0, 0, score=0.5), KeyPoint("b", 1, 1, score=0.1, edited=True),
              KeyPoint("c", 2, 2, score=0.2), KeyPoint("d", score=0.0), KeyPoint("e", 3, 3, score=0.2)]
    assert drop_order(points) == [4, 2, 0, 3, 1]


def test_max_actors_caps_the_table():
    """At most max_actors rows are shown, the most salient first; that is not a fitting drop."""
    b = machine_briefing(n_actors=6)
    data, report = render_pdf_bytes(b, PdfOptions(max_actors=4, generated_at=WHEN))
    text = pdf_text(data)
    assert report.actors_shown == 4 and report.dropped_actors == 0
    assert "Person D" in text and "Person E" not in text and "top 4 of 6, by salience" in text


def test_refuses_when_the_bottom_line_alone_is_too_tall(tmp_path):
    """A bottom line taller than the page is refused, naming it; no file is written."""
    b = machine_briefing(bottom_line=LONG * 60)
    out = tmp_path / "brief.pdf"
    with pytest.raises(ExportError, match=r"^The bottom line alone is taller than the page \(\d+ pt at 8 pt"):
        render_pdf(b, out, OPTS)
    assert list(tmp_path.iterdir()) == []


def test_refusal_names_the_largest_parts():
    """When the minimum content overflows, the message names the largest parts and the overflow."""
    b = machine_briefing(bottom_line=LONG * 14, key_points=[KeyPoint(LONG * 8, 0, 0), KeyPoint(LONG * 8, 1, 1)])
    with pytest.raises(ExportError) as exc:
        render_pdf_bytes(b, OPTS)
    message = str(exc.value)
    assert "does not fit on one page even at 8 pt with 2 key points and 3 actors" in message
    assert "the bottom line" in message and "the key points" in message and "\n" not in message


def test_refuses_a_banner_that_fills_the_page():
    """A banner so long that it leaves less than half the page is refused, naming the banner."""
    with pytest.raises(ExportError, match="The handling banner is too long"):
        render_pdf_bytes(machine_briefing(banner="SECRET " * 400), OPTS)


# --------------------------------------------------------------------------- writing files


def test_export_writes_and_overwrites_atomically(tmp_path):
    """render_pdf writes the file, replaces an existing one whole and leaves no temporary file."""
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"old")
    os.chmod(out, 0o640)
    report = render_pdf(machine_briefing(), out, OPTS)
    assert report.pages == 1
    assert out.read_bytes().startswith(b"%PDF") and page_count(out.read_bytes()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the old file's permissions are kept


def test_new_file_gets_normal_permissions(tmp_path):
    """A new PDF is readable like any file the user makes (not the 0600 of a temporary file)."""
    out = tmp_path / "new.pdf"
    render_pdf(machine_briefing(), out, OPTS)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_refused_export_keeps_the_existing_file(tmp_path):
    """A brief that cannot fit leaves the existing file untouched."""
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"previous brief")
    with pytest.raises(ExportError):
        render_pdf(machine_briefing(bottom_line=LONG * 60), out, OPTS)
    assert out.read_bytes() == b"previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_failed_write_keeps_the_existing_file(tmp_path, monkeypatch):
    """A write that fails at the last moment (disk full) leaves the old file and no temporary file."""
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"previous brief")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match="Cannot write the PDF to .*brief.pdf: No space left on device."):
        render_pdf(machine_briefing(), out, OPTS)
    assert out.read_bytes() == b"previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


@pytest.mark.parametrize("case, message", [
    ("missing", "the folder .*missing does not exist"),
    ("folder", "it is a folder"),
    ("under_file", "the folder .*note.txt is not a folder"),
])
def test_unwritable_paths_give_a_clear_error(tmp_path, case, message):
    """A missing folder, a folder at the path or a file as the folder give a one-line ExportError."""
    (tmp_path / "note.txt").write_text("x")
    path = {"missing": tmp_path / "missing" / "b.pdf", "folder": tmp_path,
            "under_file": tmp_path / "note.txt" / "b.pdf"}[case]
    with pytest.raises(ExportError, match="Cannot write the PDF to .*: " + message):
        render_pdf(machine_briefing(), path, OPTS)


def test_read_only_folder_gives_a_clear_error(tmp_path):
    """A folder without write permission gives "Permission denied" and leaves nothing behind.

    root writes through file modes, so as root the folder is sysfs, which refuses new files even to root.
    """
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        folder = Path("/sys")
        before = sorted(folder.iterdir())
        with pytest.raises(ExportError, match="Permission denied"):
            render_pdf(machine_briefing(), folder / "b.pdf", OPTS)
        assert sorted(folder.iterdir()) == before
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Permission denied"):
            render_pdf(machine_briefing(), folder / "b.pdf", OPTS)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# --------------------------------------------------------------------------- links, outline, language


def test_point_anchors_link_to_the_sentence_in_the_source(seed_briefing, seed_pdf):
    """Each verbatim point's [¶n] is a link to the source URL with a text fragment for that point."""
    from briefing.core.export.links import text_fragment_url

    uris = link_uris(seed_pdf[0])
    for point in seed_briefing.key_points:
        assert text_fragment_url(seed_briefing.url, point.text) in uris


def test_edited_point_links_to_the_page_and_added_point_has_no_link():
    """An edited point links to the page without a fragment; a point the analyst wrote has no link."""
    b = machine_briefing(n_points=2)
    b.key_points[0].edited = True
    b.key_points.append(KeyPoint(text="Mine."))
    uris = link_uris(render_pdf_bytes(b, OPTS)[0])
    fragments = [u for u in uris if "#:~:text=" in u]
    assert len(fragments) == 1 and "Point%20number%202" in fragments[0]
    assert uris.count(b.url) == 2  # the source line and the edited point


def test_outline_language_and_title_display(seed_pdf):
    """The PDF has a bookmark per section, declares its language and asks viewers to show its title."""
    reader = pypdf.PdfReader(io.BytesIO(seed_pdf[0]))
    titles = [item.title for item in reader.outline]
    assert titles == ["Russia, Belarus Spy Agencies Join Forces Against ‘Destructive’ West", "Bottom line",
                      "Assessment", "Key points", "Key actors"]
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 - a pypdf BooleanObject
    assert root["/PageMode"] == "/UseOutlines"


def test_reportlab_writes_no_tagged_pdf(seed_pdf):
    """Measured for the README: reportlab writes no structure tree or marked content (not a tagged PDF)."""
    reader = pypdf.PdfReader(io.BytesIO(seed_pdf[0]))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" not in root and "/MarkInfo" not in root
    assert b"BDC" not in reader.pages[0].get_contents().get_data()


def test_a_thousand_point_brief_keeps_the_best_points_on_one_page():
    """1,000 key points: one page at the floor size, the points kept outscore every point dropped."""
    points = [KeyPoint(text=f"Sentence {i} says that the council met again on a later day of the month.", paragraph=i,
                       source_index=i, score=(i * 37 % 1000) / 1000) for i in range(1000)]
    b = machine_briefing(key_points=points)
    data, report = render_pdf_bytes(b, OPTS)
    assert page_count(data) == 1 and report.font_size == FONT_FLOOR
    assert report.points_shown + report.dropped_points == 1000 and 20 < report.points_shown < 80
    kept = set(report.kept_points)
    assert min(points[i].score for i in kept) > max(p.score for i, p in enumerate(points) if i not in kept)
    assert report.fill > 0.9


def drawn_without_glyph(data: bytes) -> list[tuple[str, str]]:
    """Return (character, font) for every character on the page that its font has no glyph for (pdfium's
    font of each character, checked against the bundled TTF of that name)."""
    import ctypes

    import pypdfium2.raw as pdfium_c
    from reportlab.pdfbase.ttfonts import TTFont

    from briefing.paths import resource

    faces: dict[str, frozenset] = {}
    text = pypdfium2.PdfDocument(data)[0].get_textpage()
    buf, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    missing = []
    for i in range(text.count_chars()):
        ch = chr(pdfium_c.FPDFText_GetUnicode(text, i))
        if ch.isspace():
            continue
        pdfium_c.FPDFText_GetFontInfo(text, i, buf, len(buf), flags)
        font = buf.value.decode().split("+")[-1]
        if font not in faces:
            faces[font] = frozenset(TTFont(font, str(resource("fonts", font + ".ttf"))).face.charToGlyph)
        if ord(ch) not in faces[font]:
            missing.append((ch, font))
    return missing


def test_arabic_prints_in_the_italic_and_bold_parts_too():
    """DejaVu Sans Oblique has no Arabic: an Arabic phrase in the assessment (italic) is set in the regular
    face, which has it, not printed as empty boxes (the key point with the same words always printed); the
    bold parts (title, banner, publisher, actor grid) keep every character too."""
    arabic = "مرحبا بكم في القاهرة"
    b = machine_briefing(title="Talks with " + arabic, banner="TLP:CLEAR " + arabic,
                         analyst_comment="The envoy greeted them: " + arabic,
                         key_points=[KeyPoint(text="Greeting: " + arabic, paragraph=0, source_index=0)],
                         actors=[Actor(name=arabic, type="PER", role="envoy", mentions=3)], source=arabic)
    data, report = render_pdf_bytes(b, OPTS)
    assert report.assessment_shown
    assert drawn_without_glyph(data) == []
    assert not any("no glyph" in w for w in report.warnings)
    six = machine_briefing(analyst_comment="Ольга, Київ, Straße, cœur, señor Muñoz", title="Ольга, Straße, œ, ñ")
    assert drawn_without_glyph(render_pdf_bytes(six, OPTS)[0]) == []


def test_a_line_break_in_a_point_or_the_title_is_a_space_as_in_every_format():
    """A line break typed into a key point or the title (with a tab and runs of spaces) prints as one space,
    as the DOCX, HTML, Markdown and text exports show it: before, the PDF alone broke the line there."""
    from briefing.core.export.formats import render_text_format

    b = machine_briefing(title="Harbour\nvote   passes", key_points=[
        KeyPoint(text="1. Ferries\n\tdock   sooner", paragraph=0, source_index=0, edited=True)])
    data = render_pdf_bytes(b, OPTS)[0]
    text = pdf_text(data)
    assert "Harbour vote passes" in text and "1. Ferries dock sooner" in text
    assert abs(top_of(data, "Harbour") - top_of(data, "passes")) < 5  # one line (glyph tops differ a little)
    assert abs(top_of(data, "Ferries") - top_of(data, "sooner")) < 5
    for name in ("txt", "md", "html"):
        shown = render_text_format(b, name, OPTS)
        assert "Ferries dock sooner" in shown and "Harbour vote passes" in shown, name
