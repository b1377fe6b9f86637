"""The lines above an article's body in the users' languages: dates, bylines, share buttons, related links."""

from __future__ import annotations

import pytest

from briefing.core.ingest import article_from_text, load_article
from briefing.core.ingest.bylines import read_byline
from tests.core.ingest.pdf_builders import typeset_pdf

BODY = "Der Rat tagte am Montag in Halle. Er stimmte dem Plan mit großer Mehrheit zu."


@pytest.mark.parametrize("date_line, byline, iso, author", [
    ("3. Mai 2024", "Von Katrin Vogel, Leipzig", "2024-05-03", "Katrin Vogel"),
    ("le 1er juillet 2024", "Par Claire Dubois", "2024-07-01", "Claire Dubois"),
    ("12 de marzo de 2024", "Por Lucía Ferrer Campos", "2024-03-12", "Lucía Ferrer Campos"),
    ("14 октября 2024", "Автор: Анна Корнилова", "2024-10-14", "Анна Корнилова"),
    ("3 червня 2024", "Автор: Олена Гнатюк", "2024-06-03", "Олена Гнатюк"),
])
def test_a_date_line_then_a_byline_gives_date_and_author_not_paragraphs(date_line, byline, iso, author):
    """A byline under a date line in the article's language is read (it was left in the body, its author an actor)."""
    a = article_from_text(f"Titel der Meldung\n\n{date_line}\n\n{byline}\n\n{BODY}\n")
    assert a.date == iso
    assert a.authors == [author]
    assert a.text.startswith("Der Rat tagte")


def test_a_german_day_number_is_not_a_list_mark():
    """'3. Mai 2024' on a line of its own is a date, not a list item '3.' with the text 'Mai 2024'."""
    a = article_from_text(f"Titel der Meldung\n\n3. Mai 2024\n\n{BODY}\n")
    assert a.date == "2024-05-03"
    assert "Mai 2024" not in a.text
    b = article_from_text("Titel der Liste\n\n1. Der Rat tagte am Montag.\n\n2. Er stimmte dem Plan zu.\n")
    assert b.paragraphs == [["Der Rat tagte am Montag."], ["Er stimmte dem Plan zu."]]  # real list marks still go


@pytest.mark.parametrize("line, authors, iso", [
    ("Von Katrin Vogel, Leipzig · 3. Mai 2024", ["Katrin Vogel"], "2024-05-03"),
    ("Par Claire Dubois — le 1er juillet 2024", ["Claire Dubois"], "2024-07-01"),
    ("Автор: Анна Корнилова | 14 октября 2024", ["Анна Корнилова"], "2024-10-14"),
    ("Von Katrin Vogel, Leipzig 3. Mai 2024", ["Katrin Vogel"], "2024-05-03"),
    ("By Jane Doe, Reuters", ["Jane Doe"], None),
    ("By Madonna and Cher", ["Madonna", "Cher"], None),
    ("Von Anna Schmidt, Peter Merz", ["Anna Schmidt", "Peter Merz"], None),
    # the date's clock time after the words a date line allows before one (date_lines.CLOCK_WORDS), a dash too
    ("Par Pierre Martin, 11.03.2025 — 10:20", ["Pierre Martin"], "2025-03-11"),
    ("Von Anna Schmidt, 11.03.2025 um 10:20 Uhr", ["Anna Schmidt"], "2025-03-11"),
])
def test_read_byline_with_a_date_and_a_town(line, authors, iso):
    """A byline and a date share a line; a one-word part after a comma is the town or agency, not an author."""
    assert read_byline(line) == (authors, iso)


@pytest.mark.parametrize("line", ["Der Rat tagte am Montag · 3. Mai 2024", "Von hier aus — 3. Mai 2024",
                                  "Par ailleurs, le 1er juillet 2024"])
def test_read_byline_refuses_a_sentence(line):
    """A sentence holding a date is no byline."""
    assert read_byline(line) is None


def test_a_byline_and_date_line_is_not_the_source():
    """'Par Claire Dubois — le 1er juillet 2024' gives author and date; the byline is not read as the publisher."""
    a = article_from_text(f"Titre de l'article\n\nPar Claire Dubois — le 1er juillet 2024\n\n{BODY}\n")
    assert (a.authors, a.date, a.source) == (["Claire Dubois"], "2024-07-01", None)


@pytest.mark.parametrize("label", ["Mehr zum Thema", "À lire aussi", "Noticias relacionadas", "Читайте также",
                                   "Читайте також"])
def test_related_links_in_the_users_languages_leave_the_body(label):
    """A 'related article' line in any of the users' languages goes (it was kept as a caption)."""
    a = article_from_text(f"# Titel\n\n{BODY}\n\n{label}: [Gaspreise steigen erneut](#)\n\nEr ging nach Hause.\n")
    assert label not in a.text and not any(label in c for c in a.captions)
    assert a.text.endswith("Er ging nach Hause.")


@pytest.mark.parametrize("word", ["Teilen", "Partager", "Compartir", "Поделиться", "Поділитися", "Share"])
def test_a_share_button_label_leaves_the_body(word):
    """A share button's label copied with the page is not a paragraph (it became an actor)."""
    a = article_from_text(f"# Titel\n\n{word}\n\n{BODY}\n")
    assert a.text.startswith("Der Rat tagte")


def test_pdf_author_field_with_a_byline_prefix_and_a_library_name(tmp_path):
    """'Par Claire Dubois' in the PDF's Author field gives 'Claire Dubois'; 'python-docx' there is no author."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    for author, byline, expected in (("Par Claire Dubois", "", ["Claire Dubois"]),
                                     ("python-docx", "Von Katrin Vogel, Leipzig", ["Katrin Vogel"])):
        path = tmp_path / "a.pdf"
        flow = [Paragraph(byline, style)] if byline else []
        flow.append(Paragraph(BODY, style))
        SimpleDocTemplate(str(path), title="Der Rat tagt", author=author).build(flow)
        assert load_article(path).authors == expected


def test_pdf_title_set_on_two_lines_is_not_body_text(tmp_path):
    """A metadata title that the page sets on two lines is not repeated as two short body paragraphs."""
    path = typeset_pdf(tmp_path / "t.pdf", [("title", "Stadtwerke stoppen den Ausbau"), ("title", "des Fernwärmenetzes"),
                                           ("body", BODY)], title="Stadtwerke stoppen den Ausbau des Fernwärmenetzes")
    a = load_article(path)
    assert a.title == "Stadtwerke stoppen den Ausbau des Fernwärmenetzes"
    assert a.text.startswith("Der Rat tagte")


def _page(head: str, article: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Der Rat tagt</title>{head}</head><body>"
            "<nav><a href='/'>Start</a> <a href='/p'>Politik</a></nav><main><article>"
            f"<h1>Der Rat tagt</h1>{article}"
            + "".join(f"<p>{BODY} Der Antrag Nummer {i} kam von der Fraktion der Grünen im Stadtrat.</p>" for i in range(4))
            + "</article></main><footer><p>Impressum</p></footer></body></html>")


def test_html_figure_caption_is_a_caption_not_body_text(tmp_path):
    """A <figcaption> goes to the captions (it was the first body paragraph, in the summary and the actors)."""
    f = tmp_path / "a.html"
    f.write_text(_page("", "<figure><img src='a.jpg'><figcaption>Ein Bagger an der Baustelle. Foto: Hans Weber"
                           "</figcaption></figure>"), encoding="utf-8")
    a = load_article(f)
    assert a.captions == ["Ein Bagger an der Baustelle. Foto: Hans Weber"]
    assert "Bagger" not in a.text and a.text.startswith("Der Rat tagte")


@pytest.mark.parametrize("meta_author, line, authors, iso", [
    ("Por Lucía Ferrer", "", ["Lucía Ferrer"], None),
])
def test_html_byline_in_the_author_tag_or_with_date_and_share_link(tmp_path, meta_author, line, authors, iso):
    """The byline's prefix and a share link around it are no part of the author; the line leaves the body."""
    head = f"<meta name='author' content='{meta_author}'>" if meta_author else ""
    f = tmp_path / "a.html"
    f.write_text(_page(head, line), encoding="utf-8")
    a = load_article(f)
    assert a.authors == authors
    assert a.date == iso
    assert a.text.startswith("Der Rat tagte")


@pytest.mark.parametrize("trail", ["Home › Business", "Главная » Экономика » Транспорт"])
def test_a_breadcrumb_trail_is_not_body_text(trail):
    """A breadcrumb trail ("Home › Business") copied with the article is not a paragraph."""
    a = article_from_text(f"# Titel\n\n{trail}\n\n{BODY}\n")
    assert a.text.startswith("Der Rat tagte")
    b = article_from_text(f"# Titel\n\n{BODY}\n\nDer Kurs stieg um 3 › 2 Prozent, sagte er.\n")
    assert "Prozent, sagte er." in b.text  # a sentence with the mark stays


@pytest.mark.parametrize("line, authors, iso", [
    ("Por Lucía Ferrer 12 de marzo de 2024 Compartir", ["Lucía Ferrer"], "2024-03-12"),
    ("Par Claire Dubois le 1er juillet 2024 Partager", ["Claire Dubois"], "2024-07-01"),
    ("Автор Олена Гнатюк 3 червня 2024 Поділитися", ["Олена Гнатюк"], "2024-06-03"),
])
def test_a_page_byline_line_with_date_and_share_label(line, authors, iso):
    """A page's byline block (names, date, share button) gives author and date and leaves the body."""
    a = article_from_text(f"# Titel\n\n{line}\n\n{BODY}\n")
    assert (a.authors, a.date) == (authors, iso)
    assert a.text.startswith("Der Rat tagte")


def test_a_libreoffice_docx_without_core_properties_keeps_its_headline(tmp_path):
    """LibreOffice names the core-properties part with a lowercase 'officedocument' type, so python-docx
    makes up 'Word Document' as the title; that placeholder is no title, the first line is ('Word Document' was the
    title, the headline and byline stayed body paragraphs)."""
    import docx

    path = tmp_path / "reforma.docx"
    d = docx.Document()
    for line in ["El Congreso aprueba la reforma de las pensiones", "Por Lucía Ferrer Campos",
                 "Madrid, 12 de marzo de 2024",
                 "El Pleno aprobó el jueves la reforma del sistema. La norma entra en vigor en enero."]:
        d.add_paragraph(line)
    d.save(path)
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"/package/2006/relationships/metadata/core",
                                                            b"/officedocument/2006/relationships/metadata/core")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    a = load_article(path)
    assert a.title == "El Congreso aprueba la reforma de las pensiones"
    assert a.authors == ["Lucía Ferrer Campos"]
    assert a.date == "2024-03-12"
    assert a.text.startswith("El Pleno aprobó")


@pytest.mark.parametrize("byline, author, date_line, iso", [
    ("Von Katrin Vogel, Magdeburg", "Katrin Vogel", "3. Oktober 2024", "2024-10-03"),
    ("Por Lucía Ferrer Campos", "Lucía Ferrer Campos", "12 de marzo de 2024", "2024-03-12")])
def test_a_pdf_set_in_one_size_reads_title_byline_and_date(tmp_path, byline, author, date_line, iso):
    """A PDF with no larger heading (a text file printed as PDF): its first short line is the title, the byline and
    date under it are read (the byline was dropped or left as body paragraph 1, the author unknown)."""
    path = typeset_pdf(tmp_path / "brief.pdf", [("line", "Landtag beschließt Nachtragshaushalt für Kliniken"),
                                                ("line", byline), ("line", date_line),
                                                ("body", BODY)])
    a = load_article(path)
    assert a.title == "Landtag beschließt Nachtragshaushalt für Kliniken"
    assert a.authors == [author]
    assert a.date == iso
    assert a.text.startswith("Der Rat tagte")


_PAGE = ("<!doctype html><html lang='ru'><head><meta charset='utf-8'>{meta}<title>Пожар на складе</title></head><body>"
         "<article><h1>Пожар на складе под Казанью</h1>"
         "<p>Два человека погибли при пожаре на складе в Зеленодольском районе, сообщили в ведомстве.</p>"
         "<p>Склад проверяли лишь однажды — в мае 2023 г. Тогда нарушений не нашли, сообщили в управлении.</p>"
         "<p>Ущерб от пожара предварительно оценивается в 120 млн руб., сообщили в администрации района.</p>"
         "</article><footer>© 2024 Издательство</footer></body></html>")


def test_a_page_without_a_date_gets_no_first_of_january(tmp_path):
    """A bare year in the text or the copyright line is no date: it was read as 1 January of that year."""
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(meta=""), encoding="utf-8")
    assert load_article(path).date is None
    path.write_text(_PAGE.format(meta="<meta property='article:published_time' content='2024-01-01T09:00:00'>"),
                    encoding="utf-8")
    assert load_article(path).date == "2024-01-01"  # a real 1 January stays


@pytest.mark.parametrize("dateline, place, first", [
    ("КАЗАНЬ, 5 марта.", "КАЗАНЬ", "Два человека"),
    ("ЛЬВІВ, 22 лютого.", "ЛЬВІВ", "Два человека"),
    ("BERLIN, 3. Oktober.", "BERLIN", "Два человека"),
])
def test_a_dateline_closed_by_a_full_stop_is_no_sentence(dateline, place, first):
    """'КАЗАНЬ, 5 марта. Text' (a place in capitals, a date, a stop) is a dateline: it was the first body sentence."""
    a = article_from_text(f"Пожар на складе под Казанью\n\n{dateline} Два человека погибли при пожаре на складе. "
                          "Площадь возгорания достигла 4 тыс. кв. м.\n\nСклад проверяли однажды.\n")
    assert a.place == place
    assert a.paragraphs[0][0].startswith(first)


@pytest.mark.parametrize("opening", ["Москва, 5 марта. Два человека погибли.", "Он приехал 5 марта. Два человека ушли."])
def test_a_first_sentence_with_a_date_is_no_dateline(opening):
    """A place not in capitals, or a sentence, before a date and a stop stays in the body."""
    from briefing.core.language.dates import split_dateline

    assert split_dateline(opening).rest == opening


@pytest.mark.parametrize("dateline, place", [
    ("Musterstadt, 12. Mai 2025.", "Musterstadt"),
    ("Paris, le 12 mai 2025.", "Paris"),
    ("Madrid, 12 de mayo de 2025.", "Madrid"),
    ("Berlin, den 12. Mai 2025.", "Berlin"),
])
@pytest.mark.parametrize("own_line", [False, True])
def test_a_press_releases_place_and_full_date_closed_by_a_stop_is_its_dateline(dateline, place, own_line):
    """'Musterstadt, 12. Mai 2025.' (a place in mixed case, a comma, a date with its year, a stop) opening a
    press release's first paragraph or on a line of its own is read as place and date, not as sentence 1."""
    gap = "\n\n" if own_line else " "
    a = article_from_text(f"Stadtrat beschließt neuen Verkehrsplan\n\n{dateline}{gap}{BODY}\n\nDer Bau beginnt im März.\n")
    assert (a.place, a.date) == (place, "2025-05-12")
    assert a.paragraphs[0][0] == "Der Rat tagte am Montag in Halle."


@pytest.mark.parametrize("opening", ["Sie kam am 12. Mai 2025. Dann ging sie.", "Berlin 12. Mai 2025. Dann ging sie.",
                                     "Berlin, 12. Mai. Dann ging sie."])
def test_a_sentence_ending_in_a_full_date_is_no_dateline(opening):
    """A sentence before a full date and a stop, or a place without its comma, stays in the body."""
    from briefing.core.language.dates import split_dateline

    assert split_dateline(opening).rest == opening


@pytest.mark.parametrize("line, authors", [
    ("By JANE DOE AND MARK ELLIS", ["Jane Doe", "Mark Ellis"]),
    ("Von ANNA SCHMIDT", ["Anna Schmidt"]),
    ("Von ANNA SCHMIDT UND JAN VAN DER BERG, dpa", ["Anna Schmidt", "Jan van der Berg"]),
    ("Par JEAN DE LA FONTAINE", ["Jean de la Fontaine"]),
    ("BY PATRICK O'BRIEN and SEAN MCDONALD", ["Patrick O'Brien", "Sean McDonald"]),
    ("By JEAN-PIERRE DUPONT | MAY 3, 2024", ["Jean-Pierre Dupont"]),
    ("Автор: ИВАН ПЕТРОВ", ["Иван Петров"]),
    ("By Jane Doe and Ludwig VanDer", ["Jane Doe", "Ludwig VanDer"]),
])
def test_a_byline_in_capitals_gives_names_in_their_usual_case(line, authors):
    """A byline set in capitals gives its names capitalised ("Jane Doe"), particles in lower case ("van der",
    "de la"), "O'" and "Mc" kept; a byline in mixed case is read as written."""
    assert read_byline(line)[0] == authors


def test_an_all_capitals_byline_above_the_text_is_the_author_not_body_text():
    """'By JANE DOE AND MARK ELLIS' over the first paragraph is the authors' line, in their usual case."""
    a = article_from_text(f"Stadtrat beschließt neuen Verkehrsplan\n\nBy JANE DOE AND MARK ELLIS\n\n{BODY}\n\n"
                          "Der Bau beginnt im März.\n")
    assert a.authors == ["Jane Doe", "Mark Ellis"]
    assert a.paragraphs[0][0] == "Der Rat tagte am Montag in Halle."
