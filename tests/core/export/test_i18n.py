"""The brief in its article's language or in English: headings, masthead, dates, tags, method line, footer,
in every export format (issue 13, item 5)."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pypdf
import pytest

from briefing.core.export.formats import export_brief, render_text_format
from briefing.core.export.i18n import LABELS, brief_language_code, labels_for
from briefing.core.export.pdf import PdfOptions, render_pdf_bytes
from briefing.core.export.text import method_text, readable_date
from briefing.core.model import Actor, Briefing, KeyPoint

WHEN = datetime(2021, 6, 3, 9, 30, tzinfo=timezone.utc)

# language -> (published date as shown, generated date in the masthead, headings, tag of a person, page footer,
#              a piece of the method line)
EXPECTED = {
    "ru": ("3 июня 2021", "3 июня 2021", ("Главное", "Оценка", "Ключевые тезисы", "Ключевые участники"),
           "персона", "Стр. 1 из 1", "выбрано предложений: 3 из 12", "АНАЛИТИЧЕСКАЯ СПРАВКА", "Источник:"),
    "de": ("12. Mai 2024", "3. Juni 2021", ("Kernaussage", "Bewertung", "Kernpunkte", "Zentrale Akteure"),
           "Person", "Seite 1 von 1", "3 von 12 Sätzen", "KURZINFORMATION", "Quelle:"),
}
DATES = {"ru": "2021-06-03", "de": "2024-05-12"}


def briefing_in(code: str) -> Briefing:
    """Return a small briefing of an article in ``code`` with every section filled, one point edited."""
    return Briefing(
        title={"ru": "Минск и Москва договорились", "de": "Berlin und Warschau vereinbaren Grenzschutz"}[code],
        bottom_line="Erste Aussage." if code == "de" else "Первое предложение.",
        analyst_comment="Kommentar." if code == "de" else "Комментарий.",
        source="Interfax", date=DATES[code], authors=["A. Autor", "B. Autor"],
        url="https://news.example.org/a",
        key_points=[KeyPoint(text="Punkt eins." if code == "de" else "Пункт один.", paragraph=0, source_index=0),
                    KeyPoint(text="Punkt zwei." if code == "de" else "Пункт два.", paragraph=1, source_index=3,
                             edited=True)],
        actors=[Actor(name="Nancy Faeser" if code == "de" else "Сергей Нарышкин", type="PER", role="x",
                      paragraph=0)],
        method={"algorithm": "briefrank", "chosen": 3, "total": 12, "language": code},
        language=code,
    )


def pdf_text(data: bytes) -> tuple[str, list[str]]:
    """Return the one page's text (whitespace folded) and the outline titles."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split()), [o.title for o in reader.outline]


def docx_text(data: bytes) -> tuple[str, list[str]]:
    """Return the DOCX's paragraphs and cells as text, and its heading texts."""
    from briefing.core.docx_io import open_docx

    doc = open_docx(data)
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return "\n".join(texts), [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]


def exported_text(briefing: Briefing, fmt: str, tmp_path, brief_language: str = "article") -> str:
    """Return the text of the brief written in ``fmt`` (PDF and DOCX read back from the file)."""
    path = tmp_path / f"brief.{fmt}"
    export_brief(briefing, path, fmt, PdfOptions(generated_at=WHEN, brief_language=brief_language))
    if fmt == "pdf":
        return pdf_text(path.read_bytes())[0]
    if fmt == "docx":
        return docx_text(path.read_bytes())[0]
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md", "txt"])
@pytest.mark.parametrize("code", ["ru", "de"])
def test_every_format_shows_localised_headings_and_dates(code, fmt, tmp_path):
    """Each format of a Russian or German brief has that language's headings, masthead, dates, tag and method."""
    published, generated, headings, tag, page, method, masthead, source = EXPECTED[code]
    text = exported_text(briefing_in(code), fmt, tmp_path)
    folded = " ".join(text.replace("\u00a0", " ").split())
    for heading in headings:
        assert heading in text or heading.upper() in text, (heading, fmt)
    assert published in folded and generated in folded
    assert masthead in text and source in text
    assert tag in text or tag.upper() in text
    assert method in folded
    for english in ("Key points", "KEY POINTS", "Bottom line", "BOTTOM LINE", "BRIEFING NOTE", "June", "Source:",
                    "Generated"):
        assert english not in text, (english, fmt)
    if fmt in ("pdf", "docx"):
        assert page in folded


@pytest.mark.parametrize("code", ["ru", "de"])
def test_english_setting_keeps_english_words(code, tmp_path):
    """With brief_language "en" the brief of a Russian or German article is in English and names its language."""
    text = exported_text(briefing_in(code), "txt", tmp_path, brief_language="en")
    assert "BRIEFING NOTE · 3 June 2021" in text and "KEY POINTS" in text and "(person)" in text
    assert ("3 June 2021" if code == "ru" else "12 May 2024") in text
    assert ("Russian text" if code == "ru" else "German text") in text
    assert "Ключевые" not in text and "Kernpunkte" not in text


def test_pdf_outline_and_marks_in_the_brief_language():
    """The PDF's bookmarks are the localised section titles; an edited point's mark is in the brief's language."""
    data, _report = render_pdf_bytes(briefing_in("ru"), PdfOptions(generated_at=WHEN))
    text, outline = pdf_text(data)
    assert outline[1:] == ["Главное", "Оценка", "Ключевые тезисы", "Ключевые участники"]
    assert "✎ изменено" in text
    md = render_text_format(briefing_in("de"), "md", PdfOptions(generated_at=WHEN))
    assert "| Akteur | Typ | Rolle | Erste Erwähnung |" in md and "*✎\u00a0bearbeitet*" in md
    assert "von A. Autor, B. Autor" in md


def test_english_brief_of_an_english_article_is_unchanged():
    """An English briefing reads as before: the English headings and method line without a language note."""
    b = briefing_in("de")
    b.language, b.method = "en", {"algorithm": "briefrank", "chosen": 3, "total": 12, "language": "en"}
    txt = render_text_format(b, "txt", PdfOptions(generated_at=WHEN))
    assert txt.startswith("BRIEFING NOTE · 3 June 2021\n")
    assert "Source: Interfax · 12 May 2024 · by A. Autor, B. Autor · https://news.example.org/a" in txt
    assert "Method: Extractive, BriefRank 3/12 sentences; points verbatim unless marked\u00a0✎\u00a0edited." in txt


@pytest.mark.parametrize("code, iso, written", [
    ("ru", "2021-06-03", "3 июня 2021"), ("uk", "2021-06-03", "3 червня 2021"), ("de", "2024-05-12", "12. Mai 2024"),
    ("fr", "2021-06-03", "3 juin 2021"), ("es", "2024-01-30", "30 de enero de 2024"), ("fr", "2024-05-01", "1er mai 2024"),
    ("en", "2021-06-03", "3 June 2021"), ("ru", "2024-03-08", "8 марта 2024"), ("uk", "2024-11-07", "7 листопада 2024"),
])
def test_dates_are_written_in_the_brief_language(code, iso, written):
    """Dates use each language's form: genitive months in Russian and Ukrainian, '12.' in German, '1er' in French."""
    assert readable_date(iso, labels_for(code)) == written


def test_every_language_has_twelve_months_and_all_words():
    """Each translation table is complete: twelve distinct months, three tags, four columns, no empty word."""
    for code, labels in LABELS.items():
        assert len(set(labels.months)) == 12, code
        assert set(labels.tags) == {"PER", "ORG", "LOC"} and len(labels.columns) == 4
        words = {k: v for k, v in vars(labels).items() if isinstance(v, str) and not k.endswith("_one")}  # singulars are optional
        assert all(v.strip() for v in words.values()), code
        line = method_text({"algorithm": "briefrank", "chosen": 1, "total": 9}, labels)
        assert "BriefRank" in line and "{" not in line and "✎" in line


def test_method_counts_agree_in_french():
    """French says '1 phrase sur 9' but '3 phrases sur 9'."""
    fr = labels_for("fr")
    assert ", 1 phrase sur 9" in method_text({"algorithm": "briefrank", "chosen": 1, "total": 9}, fr)
    assert ", 3 phrases sur 9" in method_text({"algorithm": "briefrank", "chosen": 3, "total": 9}, fr)


def test_brief_language_setting():
    """'article' follows the article (English for a language without words), 'en' is English, others refused."""
    assert brief_language_code("article", "ru") == "ru" and brief_language_code(None, "de") == "de"
    assert brief_language_code("article", "tr") == "en" and brief_language_code("en", "ru") == "en"
    with pytest.raises(ValueError):
        brief_language_code("klingon", "ru")
    assert date(2021, 6, 3) and labels_for("xx").code == "en"


def crowded_briefing(code: str, order: str) -> Briefing:
    """Return a briefing in ``code`` with twelve actors (the page shows eight) in ``order``."""
    return Briefing(title="Title", bottom_line="Line.", language=code, actor_order=order,
                    key_points=[KeyPoint(text="Point one.", paragraph=0, source_index=0)],
                    actors=[Actor(name=f"Actor {chr(65 + i)}", type="ORG", mentions=12 - i) for i in range(12)],
                    method={"algorithm": "briefrank", "chosen": 1, "total": 12, "language": code})


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md", "txt"])
@pytest.mark.parametrize("code", sorted(LABELS))
def test_actor_note_says_the_analysts_order_once_actors_were_moved(code, fmt, tmp_path):
    """Every format and language: "top 8 of 12, by salience" for the machine's ranking, the analyst's order after
    a move by hand (the note must not claim a salience ranking the analyst overrode)."""
    labels = labels_for(code)
    by_salience = labels.actors_note.format(shown=8, total=12)
    by_analyst = labels.actors_note_analyst.format(shown=8, total=12)
    assert by_salience != by_analyst
    from html import unescape

    machine = unescape(" ".join(exported_text(crowded_briefing(code, "salience"), fmt, tmp_path).split()))
    assert by_salience in machine and by_analyst not in machine
    analyst = unescape(" ".join(exported_text(crowded_briefing(code, "analyst"), fmt, tmp_path).split()))
    assert by_analyst in analyst and by_salience not in analyst


@pytest.mark.parametrize("code, one, twenty_one, five", [
    ("ru", "1 главный из 30", "21 главный из 30", "5 главных из 30"),
    ("uk", "1 головний з 30", "21 головний з 30", "5 головних з 30"),
    ("de", "der wichtigste von 30", "die 21 wichtigsten von 30", "die 5 wichtigsten von 30"),
    ("fr", "le principal sur 30", "les 21 principaux sur 30", "les 5 principaux sur 30"),
    ("es", "el principal de 30", "los 21 principales de 30", "los 5 principales de 30"),
    ("en", "top 1 of 30, by salience", "top 21 of 30, by salience", "top 5 of 30, by salience"),
])
def test_actors_note_takes_the_singular(code, one, twenty_one, five):
    """One actor shown (fitting or --actors 1) is counted in the singular ('1 главных из 17', 'die 1 wichtigsten',
    'les 1 principaux' before); in Russian and Ukrainian so are 21, 31 ... but not 11."""
    from briefing.core.export.i18n import LABELS

    labels = LABELS[code]
    assert [labels.actors_shown(n, 30) for n in (1, 21, 5)] == [one, twenty_one, five]
    assert labels.actors_shown(11, 30) == labels.actors_note.format(shown=11, total=30)
    assert labels.actors_shown(1, 30, "analyst") != labels.actors_note_analyst.format(shown=1, total=30) or code == "en"


@pytest.mark.parametrize("code, one, three", [("fr", "1 sur 5 affiché", "3 sur 5 affichés"),
                                              ("es", "se muestra 1 de 5", "se muestran 3 de 5"),
                                              ("ru", "показано 1 из 5", "показано 3 из 5")])
def test_points_note_takes_the_singular(code, one, three):
    """'1 sur 5 affichés' and 'se muestran 1 de 5' were plural for one point."""
    from briefing.core.export.i18n import LABELS

    assert [LABELS[code].shown_points(n, 5) for n in (1, 3)] == [one, three]
