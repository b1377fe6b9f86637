"""input62: the header lines analysts paste over a text or Markdown article.

Each test writes a made-up .txt or .md file and loads it; each fails on main before input62.
"""

from __future__ import annotations

import time

import pytest

from briefing.core.ingest.head_lines import is_blob, is_head_line
from briefing.core.ingest.load import load_article
from briefing.core.ingest.markdown import looks_like_markdown
from briefing.core.ingest.text import article_from_text

TITLE = "Harbour channel to be dredged"
BODY = ("The harbour board voted on Monday to dredge the old channel, closed to large boats since 2019.\n\n"
        "Work will start in the autumn and cost about two million pounds, the board's chair said.\n")


def _load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _sentences(article) -> list[str]:
    return [s for p in article.paragraphs for s in p]


@pytest.mark.parametrize("line", ["June 2024", "Published: June 2024", "juin 2024", "Juni 2024", "июнь 2024",
                                  "Veröffentlicht am Juni 2024", "junio de 2024"])
def test_month_only_date_is_read(tmp_path, line):
    """A month and a year over the body ("June 2024", in the users' languages) is the date, day unknown."""
    a = _load(tmp_path, "a.txt", f"{TITLE}\n\n{line}\n\n{BODY}")
    assert a.date == "2024-06" and a.title == TITLE
    assert _sentences(a)[0].startswith("The harbour board voted")


def test_month_line_in_the_body_stays_text(tmp_path):
    """A month and a year after the body has begun (a timeline's heading) is text, not the article's date (a guard:
    the month date is read only over the body)."""
    a = _load(tmp_path, "b.txt", f"{TITLE}\n\n3 May 2025\n\n{BODY}\nJune 2024\n\nThe first survey was done.\n")
    assert a.date == "2025-05-03"
    assert "June 2024" in a.text


@pytest.mark.parametrize("blob", ["A" * 300, "x" * 61,
                                  "d41d8cd98f00b204e9800998ecf8427e",
                                  "aGFyYm91ciBjaGFubmVsIHRvIGJlIGRyZWRnZWQ=",
                                  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" * 4])
def test_a_blob_is_neither_title_nor_sentence(tmp_path, blob):
    """A first line that is one long 'word', a hash or base64 is no title and no key point; the next line is the
    title."""
    a = _load(tmp_path, "c.txt", f"{blob}\n\n{TITLE}\n\n{BODY}")
    assert a.title == TITLE
    assert blob not in a.text and len(_sentences(a)) == 2


def test_a_blob_alone_above_the_body_leaves_no_title(tmp_path):
    """A blob with the body right after it: no title (not "the word"), and the body intact."""
    a = _load(tmp_path, "d.md", "# " + "Z" * 300 + "\n\n" + BODY)
    assert a.title == "" and "ZZZ" not in a.text and len(_sentences(a)) == 2


def test_text_in_scripts_without_spaces_is_no_blob():
    """A Chinese or Thai line runs on without spaces: text, not a blob; a long word written with spaces is one."""
    assert not is_blob("港口管理局周一投票决定疏浚旧航道该航道自二零一九年以来一直对大型船只关闭" * 3)
    assert not is_blob("คณะกรรมการท่าเรือลงมติเมื่อวันจันทร์ให้ขุดลอกร่องน้ำเก่าที่ปิดไม่ให้เรือใหญ่ผ่านมาตั้งแต่ปี")
    assert not is_blob("Donaudampfschifffahrt") and not is_blob("Harbour-channel-2024")
    assert not is_blob("McDonaldsHarbourChannel2024") and is_blob("aGFyYm91ciBjaGFubmVs2")
    assert is_blob("Z" * 61) and not is_blob("Z" * 60)


def test_header_lines_end_the_title(tmp_path):
    """Date, "Original url:" and byline lines right under the title, no blank line between: each ends the title."""
    text = f"{TITLE}\n3 June 2024\nOriginal url: https://www.harbour-news.example/dredge\nBy Aled Price\n\n{BODY}"
    a = _load(tmp_path, "e.txt", text)
    assert (a.title, a.date, a.url, a.authors) == (TITLE, "2024-06-03", "https://www.harbour-news.example/dredge",
                                                   ["Aled Price"])
    assert _sentences(a)[0].startswith("The harbour board voted")


def test_header_lines_between_a_wrapped_title_and_the_body(tmp_path):
    """A title wrapped over two lines stays one title; a byline and date with the body right under them are read,
    and the body's first line is not glued to them."""
    text = ("Harbour channel to be dredged after\nfive years of complaints\nBy Aled Price\nPublished: June 2024\n"
            "The harbour board voted on Monday to dredge the old channel, closed to large\n"
            "boats since 2019.\n\nWork will start in the autumn, the board's chair said.\n")
    a = _load(tmp_path, "f.txt", text)
    assert a.title == "Harbour channel to be dredged after five years of complaints"
    assert (a.date, a.authors) == ("2024-06", ["Aled Price"])
    assert _sentences(a)[0] == ("The harbour board voted on Monday to dredge the old channel, closed to large boats "
                                "since 2019.")


def test_a_date_or_byline_above_the_title(tmp_path):
    """A date or byline line over the title (a news site's copy button) leaves the title to the next line."""
    a = _load(tmp_path, "g.txt", f"3 June 2024\n\n{TITLE}\n\n{BODY}")
    b = _load(tmp_path, "h.txt", f"By Aled Price\n\n{TITLE}\n\n{BODY}")
    assert (a.title, a.date) == (TITLE, "2024-06-03") and (b.title, b.authors) == (TITLE, ["Aled Price"])
    assert TITLE not in a.text and TITLE not in b.text


def test_asterisks_stay_in_a_plain_text(tmp_path):
    """"*Star*" in a plain .txt is the writer's own; in a .md file, or a .txt shaped as Markdown, it is emphasis."""
    line = "The *Star* rating, the board said, was given to the harbour on Monday."
    plain = _load(tmp_path, "i.txt", f"{TITLE}\n\n{line}\n\n{BODY}")
    assert "The *Star* rating" in plain.text
    md = _load(tmp_path, "j.md", f"{TITLE}\n\n{line}\n\n{BODY}")
    assert "The Star rating" in md.text
    linked = line.replace("the board", "the [board](https://example.com/board)")
    shaped = _load(tmp_path, "k.txt", f"{TITLE}\n\n{linked}\n\n{BODY}")
    assert "The Star rating, the board said" in shaped.text


def test_seed_shape_is_markdown():
    """The seed (a scraped page saved as .txt: Markdown links, escaped dollars) is read as Markdown."""
    from pathlib import Path

    seed = next((Path(__file__).parents[3] / "seeds").glob("*.txt"))
    assert looks_like_markdown(seed.read_text(encoding="utf-8"))
    assert not looks_like_markdown("A *Star* rating\n\n***\n\n# # #\n\nEnds <https://example.com>\n")


def test_pasted_text_keeps_its_asterisks():
    """Pasted plain text is read as text, not Markdown: the writer's asterisks stay."""
    a = article_from_text(f"{TITLE}\n\nResidents pay *two pounds* less, the board said.\n\n{BODY}")
    assert "Residents pay *two pounds* less" in a.text


def test_new_patterns_are_linear_on_hostile_lines():
    """The shape test, header-line test and blob test stay fast on 1 MB hostile lines."""
    hostile = ["**a" * 350_000, "*" * 1_000_000, "#" * 1_000_000, "# " * 500_000, "\n#" * 500_000,
               "By " + "Aled " * 200_000, "June " * 200_000, "A" * 1_000_000, "港" * 1_000_000]
    for line in hostile:
        start = time.perf_counter()
        looks_like_markdown(line), is_head_line(line), is_blob(line)
        assert time.perf_counter() - start < 0.5, line[:10]


def test_copy_button_text_is_one_paragraph_per_line(tmp_path):
    """A news site's copy (label, title, standfirst, byline, "Share", "Advertisement" each on a line, no blank
    lines, no long line) is one block per line: the title alone, the adverts gone, the byline after the
    standfirst read."""
    text = ("World\nStorm closes the harbour\nBoats were told to stay in port\nBy Mari Evans\nShare\n"
            "Winds hit the coast on Tuesday, and the harbour master closed the port at noon.\nAdvertisement\n"
            "Ferries to the islands were cancelled for the rest of the day.\nAdvertisement\n"
            "The coastguard asked people to keep away from the sea front.\n")
    a = _load(tmp_path, "l.txt", text)
    assert (a.title, a.authors) == ("Storm closes the harbour", ["Mari Evans"])
    assert "Advertisement" not in a.text and "Share" not in a.text
    assert a.paragraphs[-1] == ["The coastguard asked people to keep away from the sea front."]


def test_a_wrapped_text_is_still_joined(tmp_path):
    """Lines wrapped at 70 characters are joined into their paragraph; a word hyphenated at the line end is whole."""
    text = (f"{TITLE}\n\nThe harbour board voted on Monday to dredge the old channel, which\n"
            "has been closed to large boats since 2019. The work will cost 2 mil-\nlion pounds, its chair said.\n")
    a = _load(tmp_path, "m.txt", text)
    assert a.text == ("The harbour board voted on Monday to dredge the old channel, which has been closed to large "
                      "boats since 2019. The work will cost 2 million pounds, its chair said.")


def test_advert_notes_go(tmp_path):
    """"Advertisement - Scroll to continue" and "Story continues below advertisement" are no body text."""
    text = (f"{TITLE}\n\n{BODY}\nAdvertisement - Scroll to continue\n\nStory continues below advertisement\n\n"
            "The board will meet again in July.\n")
    a = _load(tmp_path, "n.txt", text)
    assert "dvertisement" not in a.text and a.paragraphs[-1] == ["The board will meet again in July."]


def test_web_clipper_front_matter(tmp_path):
    """A web clipper's YAML front matter gives title, author, date and address, and is no body text."""
    text = ("---\ntitle: \"Harbour channel to be dredged\"\nsource: \"https://www.harbour.example/dredge\"\n"
            "author:\n  - \"[[Aled Price]]\"\npublished: 2025-06-11\ntags:\n  - \"clippings\"\n---\n" + BODY)
    a = _load(tmp_path, "o.md", text)
    assert (a.title, a.authors, a.date, a.url, a.source) == (
        TITLE, ["Aled Price"], "2025-06-11", "https://www.harbour.example/dredge", "harbour.example")
    assert "clippings" not in a.text and len(_sentences(a)) == 2
    rule = _load(tmp_path, "p.md", f"---\n\n{BODY}\n---\n\nThe board will meet again in July.\n")
    assert rule.text.startswith("The harbour board voted")  # a rule over ordinary text is no front matter


def test_name_over_job_title_is_a_byline(tmp_path):
    """"Sam Patel" over "Education correspondent" under the title (no "By") is the author; "Listen to this
    article" is no body text."""
    text = f"{TITLE}\n12 June 2025\nListen to this article · 3 min\nAled Price\nShipping correspondent\n\n{BODY}"
    a = _load(tmp_path, "q.txt", text)
    assert (a.title, a.date, a.authors) == (TITLE, "2025-06-12", ["Aled Price"])
    assert "correspondent" not in a.text and "Listen" not in a.text and len(_sentences(a)) == 2
