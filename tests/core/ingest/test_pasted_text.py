"""Pasted text: a page copied from the browser (one line per paragraph, furniture on lines of its own) is
read line by line; a hard-wrapped text (an email, a plain-text file at 72 columns) is still joined."""

from __future__ import annotations

import textwrap
import time

from briefing.core.ingest import article_from_text
from briefing.core.ingest.cleaning import clean_text

PASTED_DE = "\n".join([
    "Politik",
    "Landtag beschließt neues Schulgesetz nach langer Debatte",
    "Von Miriam Albrecht, Dresden · 14. März 2024",
    "Teilen",
    "Abgeordnete im Plenarsaal des Sächsischen Landtags. Foto: dpa",
    "Der Sächsische Landtag hat am Mittwoch nach einer mehr als sechsstündigen Debatte ein neues Schulgesetz "
    "beschlossen. Die Koalition aus CDU und SPD stimmte geschlossen dafür, die Opposition dagegen.",
    "Kultusminister Christian Piwarz sprach von einem wichtigen Schritt für kleinere Klassen. Künftig sollen "
    "in den Grundschulen höchstens 25 Kinder in einer Klasse lernen.",
    "Der Lehrerverband kritisierte, das Gesetz löse den Mangel an Lehrkräften nicht. Es fehlten in Sachsen "
    "schon jetzt mehr als tausend Stellen, sagte der Vorsitzende Michael Jung.",
    "Mehr zum Thema",
    "Lehrermangel in Sachsen verschärft sich",
    "Neue Oberschule in Pirna eröffnet",
])

PASTED_EN = "\n".join([
    "World",
    "Fishing fleet stays in port as fuel prices climb again",
    "By Aisha Rahman · March 14, 2024",
    "Share",
    "Trawlers moored at Kilbride harbour on Tuesday. Photograph: Tom Hale",
    "Most of the Kilbride fishing fleet stayed in port on Tuesday after the price of marine diesel rose for "
    "the third week in a row, the local fishermen's association said.",
    "Its chair, Morag Duncan, said that a boat going out for a week now spent more on fuel than its crew "
    "earned. She asked the government for an emergency fund of two million pounds.",
    "Related stories",
    "Harbour dues frozen for a year",
    "Kilbride lifeboat gets new crew",
])


def _wrapped(paragraphs: list[str], width: int = 72) -> str:
    """The paragraphs hard-wrapped at ``width`` columns, a blank line between them (a plain-text email)."""
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs)


def test_pasted_page_is_read_line_by_line():
    """A page copied from the browser: the section label goes, the title, byline, date and caption are read,
    the share label and the related links go, and each paragraph line is a paragraph of its own."""
    for text, title, authors, date, caption, paragraphs in (
        (PASTED_DE, "Landtag beschließt neues Schulgesetz nach langer Debatte", ["Miriam Albrecht"], "2024-03-14",
         "Abgeordnete im Plenarsaal des Sächsischen Landtags.", 3),
        (PASTED_EN, "Fishing fleet stays in port as fuel prices climb again", ["Aisha Rahman"], "2024-03-14",
         "Trawlers moored at Kilbride harbour on Tuesday.", 2),
    ):
        article = article_from_text(text)
        assert article.title == title
        assert article.authors == authors
        assert article.date == date
        assert article.captions == [caption]
        body = [" ".join(p) for p in article.paragraphs]
        assert len(body) == paragraphs
        assert body[0].startswith(("Der Sächsische Landtag", "Most of the Kilbride"))
        assert body[-1].endswith(("Michael Jung.", "two million pounds."))


def test_hard_wrapped_text_is_still_joined():
    """A text wrapped at 72 columns (English, French, Russian; blank lines between paragraphs or none at all)
    keeps its paragraphs whole: its lines are of similar length and most end inside a sentence."""
    texts = {
        "en": ["The council voted on Monday to close the old swimming baths in Harlow Road at the end of the "
               "summer, after engineers found that the roof could no longer carry the weight of snow. "
               "Councillor Anne Whitby said the decision had been the hardest of her time in office.",
               "Campaigners said they would ask the High Court to review the vote. Their spokesman, David "
               "Carver, said the council had ignored a survey that found the building could be repaired for "
               "less than half the cost of a new pool."],
        "fr": ["Le conseil municipal de Brest a voté lundi soir la fermeture de la vieille piscine de la rue "
               "de Siam à la fin de l'été, après que des ingénieurs ont constaté que la charpente ne supportait "
               "plus le poids de la neige. L'adjointe aux sports, Anne Le Gall, a parlé d'une décision difficile.",
               "Les opposants veulent saisir le tribunal administratif de Rennes. Leur porte-parole, Yann "
               "Kervella, estime que la mairie a ignoré une étude selon laquelle le bâtiment pouvait être "
               "rénové pour moins de la moitié du prix d'une piscine neuve."],
        "ru": ["Городской совет Томска в понедельник проголосовал за закрытие старого бассейна на улице "
               "Ленина в конце лета, после того как инженеры обнаружили, что крыша больше не выдерживает "
               "снеговую нагрузку. Депутат Анна Белова назвала это решение самым трудным за свой срок.",
               "Активисты намерены обжаловать решение в суде. Их представитель Дмитрий Карпов заявил, что "
               "совет проигнорировал экспертизу, согласно которой здание можно отремонтировать вдвое дешевле "
               "строительства нового бассейна."],
    }
    for language, paragraphs in texts.items():
        with_blank_lines = clean_text("Title line\n\n" + _wrapped(paragraphs))
        assert with_blank_lines.paragraphs == paragraphs, language
        # one paragraph, wrapped, no blank line at all: one paragraph still
        assert clean_text(textwrap.fill(paragraphs[0], 72)).paragraphs == [paragraphs[0]], language


def test_line_checks_are_linear_on_a_long_line():
    """The patterns that read pasted lines (sentence end, photo credit, related-links label) take well under
    a second on a 300 KB line (a hang check, not a speed measurement)."""
    hostile = {
        "sentence marks": ". " * 150_000 + "x\nSecond line.",
        "quotes after marks": ".”’»" * 75_000 + "x\nSecond line.",
        "credit labels": ". Foto: " * 37_500 + "x\nSecond line.",
        "label and spaces": "related" + " " * 300_000 + "x\nSecond line.",
    }
    for name, text in hostile.items():
        start = time.perf_counter()
        clean_text(text)
        assert time.perf_counter() - start < 5.0, name
