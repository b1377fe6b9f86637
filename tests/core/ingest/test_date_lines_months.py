"""The date lines read the same month words as :mod:`briefing.core.language.dates` (one table, not a second list)."""

from briefing.core.ingest.date_lines import DATE_LINE, month_date


def test_the_english_date_line_reads_every_english_month_word():
    """"Sept. 3, 2024" and "3 Sept 2024" are date lines; every abbreviation the shared table holds is read."""
    for word in ("Sept.", "September", "Aug", "May"):
        assert DATE_LINE.match(f"Published: {word} 3, 2024"), word
        assert DATE_LINE.match(f"3 {word} 2024"), word
    assert not DATE_LINE.match("Published: Spring 3, 2024")


def test_a_month_and_a_year_in_any_language_is_a_month_date():
    assert [month_date(t) for t in ("June 2024", "Juni 2024", "junio de 2024", "червень 2024.")] == ["2024-06"] * 4
    assert month_date("Spring 2025") is None and month_date("June 1850") is None
