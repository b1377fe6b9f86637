"""English documents as analysts get them (qa42 tour): wire sign-offs, time-stamped date lines, newsletter and
email headers, press releases, memos, footnotes, block quotes and pull quotes. Each text is made up."""

from __future__ import annotations

import time

from briefing.core.ingest import article_from_text
from briefing.core.ingest.cleaning import clean_text
from briefing.core.ingest.date_lines import date_time_line
from briefing.core.ingest.front import read_front_matter
from briefing.core.language.dates import parse_date

BODY = ("The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years. "
        "Its chair said the money would pay for a new breakwater.")
MORE = ("Fishing crews said the rise would push some boats out of business. The board will review the fees after a "
        "year, its chair told the meeting.")


def test_wire_sign_off_names_the_reporter_and_leaves_the_body():
    """'(Reporting by X; Editing by Y)' gives the author X and is no body paragraph; 'X contributed to this report.' goes."""
    text = f"Harbour fees to rise\n\n{BODY}\n\n{MORE}\n\nStaff writer Ann Lowe contributed to this report.\n\n" \
           "(Reporting by Dana Whitlock and Omar Said; Editing by Paul Grant)"
    cleaned = clean_text(text)
    assert cleaned.authors == ["Dana Whitlock", "Omar Said"]
    assert all("Reporting" not in p and "contributed" not in p for p in cleaned.paragraphs)
    assert len(cleaned.paragraphs) == 2


def test_date_lines_with_a_clock_time_are_read_and_leave_the_body():
    """'Updated 3:45 p.m. ET Dec. 3, 2024' and 'December 4, 2024 - 6:30AM' are the date; a live blog's '10:42 GMT' goes."""
    assert date_time_line("Updated 3:45 p.m. ET Dec. 3, 2024") == "2024-12-03"
    assert date_time_line("December 4, 2024 - 6:30AM") == "2024-12-04"
    assert date_time_line("Published 09:12 GMT, 3 December 2024") == "2024-12-03"
    assert date_time_line("10:42 GMT") == ""
    assert date_time_line("The vote is at 10:42 GMT on Friday") is None
    cleaned = clean_text(f"Harbour fees to rise\n\nUpdated 3:45 p.m. ET Dec. 3, 2024\n\n10:42 GMT\n\n{BODY}")
    assert cleaned.date == "2024-12-03"
    assert cleaned.paragraphs == [BODY]


def test_email_newsletter_headers_and_furniture():
    """A pasted email: 'Subject:' is the title, 'Sent:' the date; header lines, 'View this email...' and the unsubscribe footer go."""
    text = ("From: The Harbour Bulletin <news@harbourbulletin.example>\nSent: Tuesday, December 3, 2024 6:02 AM\n"
            "To: desk@example.org\nSubject: Harbour Bulletin: Mooring fees to rise\n\nView this email in your browser\n\n"
            f"{BODY}\n\n{MORE}\n\nForward this email to a friend | Update your preferences | Unsubscribe")
    cleaned = clean_text(text)
    assert cleaned.title == "Harbour Bulletin: Mooring fees to rise"
    assert cleaned.date == "2024-12-03"
    assert cleaned.authors == []  # a newsletter's sender address is no byline
    assert cleaned.paragraphs == [BODY, MORE]


def test_memo_header_gives_title_author_and_date():
    """A memo's 'TO:/FROM:/DATE:/SUBJECT:' block is read: subject as the headline, the sender as the author."""
    text = ("MEMORANDUM\n\nTO: Harbour staff\n\nFROM: Ines Carver, Harbour Master\n\nDATE: December 3, 2024\n\n"
            f"SUBJECT: New mooring fees\n\n{BODY}")
    cleaned = clean_text(text)
    assert cleaned.headline == "New mooring fees"
    assert cleaned.authors == ["Ines Carver"]
    assert cleaned.date == "2024-12-03"
    assert cleaned.paragraphs == [BODY]


def test_press_release_letterhead_contact_block_and_end_mark():
    """Above 'FOR IMMEDIATE RELEASE' is letterhead; the line after it is the headline; 'About X', the media contact
    and what follows '###' are no body; the dateline after the subheading gives date, place and wire."""
    text = ("KESTREL FERRIES LTD\n\n14 Quay Street · Portree · kestrelferries.example\n\nFOR IMMEDIATE RELEASE\n\n"
            "Kestrel Ferries Orders Two Electric Vessels\n\nNew ships will cut the crossing's emissions by 90 percent\n\n"
            "PORTREE, Scotland, Dec. 3, 2024 /PRNewswire/ -- Kestrel Ferries today ordered two battery-electric ferries "
            "for its island routes. The ships will enter service in 2027.\n\n"
            "\u201cThis is the biggest order in our history,\u201d said chief executive Moira Lennox.\n\n"
            "About Kestrel Ferries\n\nKestrel Ferries runs six routes to the western isles and carries 900,000 "
            "passengers a year.\n\nMedia Contact:\n\nCallum Reid\n\n+44 1478 555 010\n\n###\n\nNote to editors: photos "
            "are available on request.")
    article = article_from_text(text, language="en")
    assert article.title == "Kestrel Ferries Orders Two Electric Vessels"
    assert article.date == "2024-12-03"
    assert article.place == "PORTREE, Scotland"
    assert article.source == "PRNewswire"
    body = " ".join(s.text for s in article.sentences)
    assert body.startswith("New ships will cut")
    for gone in ("KESTREL", "Quay Street", "IMMEDIATE", "About Kestrel", "900,000", "Callum", "###", "editors", "PRNewswire"):
        assert gone not in body, gone


def test_front_matter_finds_the_dateline_after_a_standfirst():
    """A dateline opening the paragraph after a short subheading is read, and the subheading stays."""
    front = read_front_matter(["Two new ships for the isles", "PORTREE (Reuters) - Kestrel Ferries ordered two ships."])
    assert front.place == "PORTREE" and front.source == "Reuters"
    assert front.paragraphs == ["Two new ships for the isles", "Kestrel Ferries ordered two ships."]


def test_footnote_marks_and_footnote_text():
    """'states.¹ In a sample' is no sentence start '¹ In...'; a footnote line '¹ Totals are...' and '[^2]: ...' go."""
    text = ("Bridge grants\n\nThe department awarded $4.6 billion to 38 states.\u00b9 In a sample of 120 projects, "
            "we found 17 problems.[^2]\n\n\u00b9 Totals are from the financial system as of March 2024.\n\n"
            "[^2]: See Appendix C.")
    article = article_from_text(text, language="en")
    assert [s.text for s in article.sentences] == [
        "The department awarded $4.6 billion to 38 states.", "In a sample of 120 projects, we found 17 problems."]


def test_superscript_digits_do_not_crash_the_date_reader():
    """A superscript digit is no number to the date reader (int('²') raised ValueError and the load failed)."""
    assert str(parse_date("\u00b2 3 May 2024")) == "2024-05-03"
    assert parse_date("\u00b2\u00b3 May 2024") is None
    article = article_from_text("\u00b2 Figures are estimates\n\nThe council met on Monday and agreed the budget.",
                                language="en")
    assert article.sentences[-1].text == "The council met on Monday and agreed the budget."


def test_markdown_block_quotes_and_embedded_posts():
    """'> ' marks leave a quoted paragraph; an embedded post signed '— Name (@handle) date' goes; '8 min read' goes."""
    text = ("# Why fees will rise\n\nIna Holm · Dec 3, 2024 · 8 min read\n\n" + BODY +
            "\n\n> \u201cWe had no choice,\u201d a board member told me.\n\n"
            "> Big day for harbour nerds. Fees up a fifth.\n> \u2014 Harbour Watch (@harbourwatch) December 2, 2024\n\n" + MORE)
    cleaned = clean_text(text)
    assert cleaned.date == "2024-12-03"
    assert cleaned.paragraphs == [BODY, "\u201cWe had no choice,\u201d a board member told me.", MORE]


def test_pull_quote_repeating_a_sentence_goes():
    """A pull quote that repeats words of a paragraph (before or after it) is dropped; distinct short paragraphs stay."""
    quote = "\u201cEvery year we wait, the next storm costs more.\u201d"
    text = f"Harbour fees to rise\n\n{BODY}\n\n{quote}\n\nThe chair added: {quote[:-1]} She said no more.\u201d\n\nShort one."
    cleaned = clean_text(text)
    assert quote not in cleaned.paragraphs
    assert "Short one." in cleaned.paragraphs


def test_new_patterns_stay_linear_on_a_long_line():
    """The sign-off, contributor, header, clock and footnote patterns read a 300 KB line in linear time (a hang
    guard, not a speed measure: well under a second when linear, minutes when a pattern backtracks)."""
    line = "Reporting by " + "Ann Lowe and " * 23000 + "x"
    for text in (line, "a" * 300_000, "1:00 " * 60_000, "\u00b9." * 150_000, "From: " + "x " * 150_000):
        start = time.perf_counter()
        clean_text(text)
        assert time.perf_counter() - start < 10, text[:20]


def test_a_quoted_refrain_is_no_pull_quote():
    """A quotation that stands as a paragraph more than once (dialogue) stays, though a longer paragraph quotes it."""
    line = "\u201cI would prefer not to.\u201d"
    text = (f"The clerk\n\n{BODY}\n\nI asked again, and he gave the same reply, {line}\n\n{line}\n\n"
            f"I left the room.\n\n{line}\n\nShort one.")
    assert clean_text(text).paragraphs.count(line) == 2


def test_soft_hyphens_are_no_text():
    """Soft hyphens (U+00AD) are dropped: 'park\u00ading' reads, summarises and exports as 'parking'."""
    cleaned = clean_text("Garage plan\n\nThe council will study a new park\u00ading gar\u00adage on Elm Street.")
    assert cleaned.paragraphs == ["The council will study a new parking garage on Elm Street."]
