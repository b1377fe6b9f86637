"""Furniture that reached summaries (sum51's tour): date lines under a byline, a press release's headline above its
mark, German and other release marks, and the boilerplate about the company at a release's end."""

import pytest

from briefing.core.ingest.cleaning import clean_text
from briefing.core.ingest.date_lines import date_time_line

BYLINE_AND_DATE = """Harbour authority cuts ferry fees

By Maria Okafor and Tom Becker
{date_line}

The harbour authority cut ferry fees by a fifth on Monday, after a year of falling passenger numbers.

Fares for cars will fall to 40 euros from July, the authority said.
"""


@pytest.mark.parametrize("date_line, iso", [
    ("Published March 19, 2024 9:14 a.m. ET", "2024-03-19"),
    ("Updated March 19, 2024 9:14 a.m. ET", "2024-03-19"),
    ("Veröffentlicht am 19. März 2024, 9:14 Uhr", "2024-03-19"),
    ("Aktualisiert am 19.03.2024, 09:14 Uhr", "2024-03-19"),
    ("Publié le 19 mars 2024 à 9h14", "2024-03-19"),
    ("Publicado el 19 de marzo de 2024, 9:14", "2024-03-19"),
    ("Actualizado el 19 de marzo de 2024 a las 9:14", "2024-03-19"),
    ("Опубликовано 19 марта 2024, 09:14", "2024-03-19"),
    ("Опубліковано 19 березня 2024 о 09:14", "2024-03-19"),
    ("Оновлено: 19.03.2024, 09:14", "2024-03-19"),
])
def test_a_date_line_under_a_byline_is_the_date_not_a_sentence(date_line, iso):
    """The byline's authors are read, the line under it is the date; neither reaches the body."""
    out = clean_text(BYLINE_AND_DATE.format(date_line=date_line))
    assert out.authors == ["Maria Okafor", "Tom Becker"]
    assert (out.date or "").startswith(iso)
    assert out.paragraphs[0].startswith("The harbour authority cut ferry fees")
    assert not any("2024" in p or "Okafor" in p for p in out.paragraphs)


def test_date_line_words_stay_in_a_sentence():
    """A sentence that only starts like a date line is no date line."""
    assert date_time_line("Published March 19, 2024 9:14 a.m. ET") == "2024-03-19"
    assert date_time_line("Publicado el martes por la mañana") is None
    assert date_time_line("Updated figures were released at 9:14 today") is None


RELEASE_EN = """Larkspur Foods to open a bakery plant in Leeds

FOR IMMEDIATE RELEASE

LEEDS, 2 April 2025 — Larkspur Foods Ltd. today said it will open a bakery plant in Leeds next spring. The plant will employ 220 people.

"Leeds has the skilled people we need," said chief executive Priya Shah.

About Larkspur Foods

Larkspur Foods Ltd. is a family-owned bakery group founded in 1952. It runs six plants in England.

Media contact:
Ben Carter, press@larkspur.example

###
"""


def test_the_headline_above_for_immediate_release_is_the_title():
    """The headline above the mark is the title (it was empty); the About section and the contact are no body."""
    out = clean_text(RELEASE_EN)
    assert out.title == "Larkspur Foods to open a bakery plant in Leeds"
    assert out.headline == out.title
    assert not any("family-owned" in p or "press@" in p for p in out.paragraphs)
    assert any("220 people" in p for p in out.paragraphs)


def test_a_letterhead_above_the_mark_is_still_no_title():
    """A company name and address above the mark are a letterhead: the headline after the mark is the title."""
    text = ("Larkspur Foods Ltd\n\n12 Mill Road, Leeds LS1 4AB\n\nFOR IMMEDIATE RELEASE\n\n"
            "Larkspur Foods to open a bakery plant in Leeds\n\n"
            "Larkspur Foods Ltd. today said it will open a bakery plant in Leeds next spring.\n")
    out = clean_text(text)
    assert out.title == "Larkspur Foods to open a bakery plant in Leeds"
    assert out.paragraphs == ["Larkspur Foods Ltd. today said it will open a bakery plant in Leeds next spring."]


@pytest.mark.parametrize("mark, about, contact", [
    ("Pressemitteilung", "Über die Bäckerei Lerche GmbH", "Pressekontakt: Ben Carter, presse@lerche.example"),
    ("Communiqué de presse", "À propos de Boulangerie Alouette", "Contact presse : Ben Carter, presse@alouette.example"),
    ("Comunicado de prensa", "Acerca de Panadería Alondra", "Contacto de prensa: Ben Carter, prensa@alondra.example"),
    ("Пресс-релиз", "О компании «Жаворонок»", "Контакты для прессы: Бен Картер, press@lark.example"),
    ("Прес-реліз", "Про компанію «Жайворонок»", "Контакти для преси: Бен Картер, press@lark.example"),
])
def test_release_marks_and_about_sections_in_other_languages(mark, about, contact):
    """The mark is no body paragraph, the headline above it is the title, and the section about the company and
    the press contact at the end are no body either."""
    text = (f"Lerche Foods eröffnet neue Backfabrik in Leipzig\n\n{mark}\n\n"
            "Leipzig, 2. April 2025 — Die Bäckerei baut eine Fabrik. Sie schafft 220 Arbeitsplätze.\n\n"
            "Die Produktion beginnt im Frühjahr.\n\n"
            f"{about}\n\n"
            "Die Bäckerei wurde 1952 gegründet und betreibt sechs Werke.\n\n"
            f"{contact}\n")
    out = clean_text(text)
    assert out.title == "Lerche Foods eröffnet neue Backfabrik in Leipzig"
    assert mark not in out.paragraphs
    assert not any("1952" in p or "@" in p or p == about for p in out.paragraphs)
    assert any("Produktion" in p for p in out.paragraphs)
