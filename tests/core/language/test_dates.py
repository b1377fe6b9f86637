"""Dates and datelines in the six languages."""

import time
from datetime import date

import pytest

from briefing.core.language import dates
from briefing.core.language.dates import find_date, parse_date, split_dateline
from tests.conftest import ROOT


@pytest.mark.parametrize("text, expected", [
    ("3 июня 2021", date(2021, 6, 3)),
    ("3 июня 2021 года", date(2021, 6, 3)),
    ("3 июня 2021 г.", date(2021, 6, 3)),
    ("1 январь 2020", date(2020, 1, 1)),
    ("3 червня 2021", date(2021, 6, 3)),
    ("12 вересня 2021 року", date(2021, 9, 12)),
    ("12. Mai 2024", date(2024, 5, 12)),
    ("am 3. März 2024", date(2024, 3, 3)),
    ("3 juin 2021", date(2021, 6, 3)),
    ("le 1er juin 2021", date(2021, 6, 1)),
    ("jeudi 3 févr. 2022", date(2022, 2, 3)),
    ("30 de enero de 2024", date(2024, 1, 30)),
    ("30 de enero del 2024", date(2024, 1, 30)),
    ("martes, 14 de marzo de 2024", date(2024, 3, 14)),
    ("30 January 2024", date(2024, 1, 30)),
    ("3rd June 2021", date(2021, 6, 3)),
    ("Thursday, 3 June 2021", date(2021, 6, 3)),
    ("January 30, 2024", date(2024, 1, 30)),
    ("Jan. 30, 2024", date(2024, 1, 30)),
    ("Sept 3 2021", date(2021, 9, 3)),
    ("2024-01-30", date(2024, 1, 30)),
    ("30.01.2024", date(2024, 1, 30)),
    ("29 February 2024", date(2024, 2, 29)),
])
def test_parse_date(text, expected):
    """Each language's written dates, day-first, month-first (US) and numeric, give the date."""
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "3 июня",              # no year, none given
    "May 2024",            # no day
    "31 June 2021",        # no such day
    "29 February 2023",    # not a leap year
    "12 May 2024 was the day",  # more than a date
    "The talks on 3 June 2021",  # more than a date
    "01/02/2024",          # slashes: US or European order is unknowable
    "2024",
    "",
])
def test_parse_date_rejects(text):
    """Text that is not exactly one full, real date gives None."""
    assert parse_date(text) is None


def test_year_from_caller():
    """A date without a year is read when the caller supplies the year."""
    assert parse_date("3 июня", year=2021) == date(2021, 6, 3)
    assert parse_date("June 3", year=2021) == date(2021, 6, 3)


def test_language_restricts_month_names():
    """With a language given, another language's month names are not read."""
    assert parse_date("3 juin 2021", lang="fr") == date(2021, 6, 3)
    assert parse_date("3 juin 2021", lang="de") is None
    with pytest.raises(ValueError):
        parse_date("3 juin 2021", lang="tr")


def test_month_tables_agree():
    """Where two languages share a month word ("mai", "nov"), it means the same month."""
    seen = {}
    for table in dates._MONTH_WORDS.values():
        for word, month in table.items():
            assert seen.setdefault(word, month) == month, word


def test_find_date_in_text():
    """find_date returns the first date and where it is written."""
    text = "Переговоры продолжатся 12 сентября 2021 года в Москве."
    found = find_date(text)
    assert found.date == date(2021, 9, 12)
    assert text[found.start:found.end] == "12 сентября 2021 года"
    assert find_date("Nothing here but 12 apples and 2024 oranges.") is None


@pytest.mark.parametrize("paragraph, place, when, rest", [
    ("Santiago, 30 January 2024 — The talks began.", "Santiago", date(2024, 1, 30), "The talks began."),
    ("MOSCOW (Reuters) - Russia said on Monday.", "MOSCOW", None, "Russia said on Monday."),
    ("12 May 2024 — The minister arrived.", None, date(2024, 5, 12), "The minister arrived."),
    ("МОСКВА, 3 июня — Переговоры начались.", "МОСКВА", None, "Переговоры начались."),
    ("МОСКВА, 3 июня. /ТАСС/. Директор СВР прибыл.", "МОСКВА", None, "Директор СВР прибыл."),
    ("КИЇВ, 3 червня 2021 — Переговори тривають.", "КИЇВ", date(2021, 6, 3), "Переговори тривають."),
    ("BERLIN, 12. Mai 2024 — Die Ministerin sagte.", "BERLIN", date(2024, 5, 12), "Die Ministerin sagte."),
    ("Madrid, 30 de enero de 2024 (EFE) — El ministro dijo.", "Madrid", date(2024, 1, 30),
     "El ministro dijo."),
    ("PARIS, 3 juin 2021 -- Le ministre a dit.", "PARIS", date(2021, 6, 3), "Le ministre a dit."),
    ("KYIV, Ukraine (AP) — Officials said.", "KYIV, Ukraine", None, "Officials said."),
    ("Kyiv (AFP) - Officials said.", "Kyiv", None, "Officials said."),
    ("WASHINGTON — The White House said.", "WASHINGTON", None, "The White House said."),
    ("Santiago de Compostela, 3 juin 2021 — Texte.", "Santiago de Compostela", date(2021, 6, 3), "Texte."),
])
def test_split_dateline(paragraph, place, when, rest):
    """Leading datelines in each language give place, date and the text after the dash."""
    assert tuple(split_dateline(paragraph)) == (place, when, rest)


def test_dateline_year_from_caller():
    """A dateline without a year gets the caller's year (e.g. from the article's metadata)."""
    assert split_dateline("МОСКВА, 3 июня — Текст.", year=2021).date == date(2021, 6, 3)


@pytest.mark.parametrize("paragraph", [
    "Putin - who arrived late - said the talks went well.",
    "The minister — who was late — said nothing.",
    "Washington — the capital — was quiet.",
    "Nancy Faeser (SPD) – die Innenministerin – sagte am Montag.",
    "In 2021 - a year of change - many things happened.",
    "Moscow (Foo) - not an agency.",
    "Директор Службы внешней разведки России Сергей Нарышкин провёл переговоры — в Минске.",
    "Глава СВР — о встрече в Минске.",
    "Президент России Владимир Путин заявил в среду, что переговоры продолжатся.",
    "3 June 2021 was the day the talks began - or so they said.",
])
def test_normal_first_sentence_is_left_alone(paragraph):
    """A first sentence that merely has a dash or a date is not taken for a dateline."""
    assert tuple(split_dateline(paragraph)) == (None, None, paragraph)


@pytest.mark.parametrize("lang, place, when", [
    ("ru", "МОСКВА", date(2021, 6, 3)),
    ("uk", "КИЇВ", date(2021, 6, 3)),
    ("de", "BERLIN", date(2024, 5, 12)),
    ("fr", "PARIS", date(2021, 6, 3)),
    ("es", "Madrid", date(2024, 1, 30)),
])
def test_test_articles_datelines(lang, place, when):
    """The dateline of each test article is read in its own language."""
    paragraphs = (ROOT / "tests" / "data" / "lang" / f"{lang}.txt").read_text(encoding="utf-8").split("\n\n")
    dateline = split_dateline(paragraphs[1], lang=lang)
    assert (dateline.place, dateline.date) == (place, when)
    assert dateline.rest[0].isupper()


def test_linear_time_on_hostile_input():
    """Long runs of numbers, dots and month words are read in linear time."""
    def best_of_three(text: str) -> float:  # the least disturbed of three runs: one run of a few ms is noise
        times = []
        for _ in range(3):
            start = time.perf_counter()
            find_date(text)
            times.append(time.perf_counter() - start)
        return min(times)

    for unit in ("1. ", "3 июня ", "de ", "12.12.", "- ", "May 3 "):
        small, big = unit * 2_000, unit * 20_000
        # Ten times the text: about ten times the time when linear, a hundred times when quadratic.
        assert best_of_three(big) < 30 * best_of_three(small) + 0.05, unit
        split_dateline(big)


def test_lowercase_agency_dateline():
    """A German dateline with the agency in lower case ("(dpa)") is split like "(Reuters)"."""
    line = split_dateline("BERLIN, 12. Mai 2024 (dpa) – Die Regierung hat am Sonntag entschieden.", "de")
    assert line.place == "Berlin" or line.place == "BERLIN"
    assert line.date == date(2024, 5, 12)
    assert line.rest.startswith("Die Regierung")


def test_month_number_reads_a_month_word_in_any_language():
    """The one reader of a month's word that the text loaders share (:mod:`briefing.core.ingest.date_lines`)."""
    assert [dates.month_number(w) for w in ("June", "Jan.", "juin", "червень", "MÄRZ", "dic")] == [6, 1, 6, 6, 3, 12]
    assert dates.month_number("Spring") is None and dates.month_number("") is None
    assert dates.month_words("en") >= {"january", "sept", "may"} and "juin" not in dates.month_words("en")
