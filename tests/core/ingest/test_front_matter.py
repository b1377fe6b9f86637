"""Date lines, source lines and datelines read into the article's date, place and source (issue 12)."""

from __future__ import annotations

import pytest

from briefing.core.ingest import article_from_text, load_article
from briefing.core.ingest.front import read_front_matter
from briefing.core.model import Article

BODY = "The government announced new rules for lithium mining. The rules start in March."


@pytest.mark.parametrize("text, date, place, source, first", [
    (f"Santiago, 30 January 2024 — {BODY}", "2024-01-30", "Santiago", None, "The government announced"),
    (f"MOSCOW (Reuters) - {BODY}", None, "MOSCOW", "Reuters", "The government announced"),
    (f"12 May 2024 — {BODY}", "2024-05-12", None, None, "The government announced"),
    (f"Russia Policy Wire — 12 May 2024\n\n{BODY}", "2024-05-12", None, "Russia Policy Wire", "The government"),
    (f"12 May 2024 | Reuters\n\n{BODY}", "2024-05-12", None, "Reuters", "The government announced"),
    (f"Santiago, 30 January 2024\n\n{BODY}", "2024-01-30", "Santiago", None, "The government announced"),
    (f"3 June 2021\n\n{BODY}", "2021-06-03", None, None, "The government announced"),
    ("МОСКВА, 3 июня 2024 года — Президент подписал указ. Он вступает в силу.", "2024-06-03", "МОСКВА", None,
     "Президент подписал"),
    ("КИЇВ, 3 червня 2024 року — Уряд ухвалив рішення. Воно набуде чинності.", "2024-06-03", "КИЇВ", None, "Уряд"),
    ("PARIS, 3 juin 2024 (AFP) - Le gouvernement a décidé. La loi entre en vigueur.", "2024-06-03", "PARIS", "AFP",
     "Le gouvernement"),
    ("MADRID, 30 de enero de 2024 (EFE) — El Gobierno aprobó la ley. Entra en vigor.", "2024-01-30", "MADRID", "EFE",
     "El Gobierno"),
])
def test_pasted_text_dateline(text, date, place, source, first):
    """A dateline in pasted text is read into date, place and source and is not part of the first sentence."""
    article = article_from_text(text)
    assert (article.date, article.place, article.source) == (date, place, source)
    assert article.paragraphs[0][0].startswith(first)
    assert article.title == ""


@pytest.mark.parametrize("text", [
    "Putin - who spoke on Monday - said nothing new. A second sentence follows here.",
    "Nancy Faeser (SPD) – die Ministerin – sprach lange. Ein zweiter Satz folgt.",
    "The talks ended on 12 May 2024 — after a week. A second sentence follows here.",
])
def test_first_sentence_that_is_no_dateline_stays(text):
    """A first sentence with a dash or a date in it, but no dateline, is left whole."""
    article = article_from_text(text)
    assert " ".join(article.paragraphs[0]) == text
    assert article.place is None


def test_headline_then_dateline():
    """A headline, then a dateline paragraph: the headline is the title, the dateline is read."""
    article = article_from_text(f"Chile tightens lithium rules\n\nSantiago, 30 January 2024 — {BODY}")
    assert article.title == "Chile tightens lithium rules"
    assert (article.date, article.place) == ("2024-01-30", "Santiago")
    assert article.paragraphs[0][0] == "The government announced new rules for lithium mining."


def test_front_matter_reads_at_most_a_few_lines():
    """Only the opening lines are front matter: a date line further down stays in the body."""
    front = read_front_matter(["Reuters — 12 May 2024", BODY, "13 May 2024"])
    assert front.paragraphs == [BODY, "13 May 2024"]
    assert (front.date, front.source) == ("2024-05-12", "Reuters")


def test_article_place_and_warnings_round_trip():
    """The new place and warnings fields survive to_dict/from_dict, and an old dict without them still loads."""
    article = Article(title="T", paragraphs=[["A."]], place="Santiago", warnings=["w"])
    assert Article.from_dict(article.to_dict()) == article
    old = article.to_dict()
    del old["place"], old["warnings"]
    assert Article.from_dict(old).place is None and Article.from_dict(old).warnings == []


def test_docx_title_style_dateline_and_no_file_date(tmp_path):
    """A DOCX: the Title paragraph is the title (once, not body sentence 1) even when the core properties
    hold another title; the dateline gives the date; the file's created date is never used."""
    import datetime

    import docx

    d = docx.Document()
    d.core_properties.title = "Template title"
    d.core_properties.created = datetime.datetime(2001, 1, 1)
    d.core_properties.modified = datetime.datetime(2002, 2, 2)
    d.add_paragraph("Chile tightens lithium rules", style="Title")
    d.add_paragraph(f"Santiago, 30 January 2024 — {BODY}")
    d.add_paragraph("A second paragraph follows with more text about the mining rules.")
    d.save(str(tmp_path / "a.docx"))
    article = load_article(tmp_path / "a.docx")
    assert article.title == "Chile tightens lithium rules"
    assert (article.date, article.place) == ("2024-01-30", "Santiago")
    assert article.paragraphs[0][0] == "The government announced new rules for lithium mining."
    assert "Chile tightens" not in article.text


def test_docx_core_title_without_title_paragraph_and_no_date(tmp_path):
    """A DOCX with a core-properties title and no Title paragraph: that title; no date from the file's dates."""
    import docx

    d = docx.Document()
    d.core_properties.title = "Lithium rules in Chile"
    d.add_paragraph(BODY)
    d.save(str(tmp_path / "b.docx"))
    article = load_article(tmp_path / "b.docx")
    assert article.title == "Lithium rules in Chile"
    assert article.date is None
    assert article.authors == []  # python-docx's template author "python-docx" is a placeholder
    assert article.paragraphs[0][0] == "The government announced new rules for lithium mining."
