"""DOCX, HTML, Markdown and plain text briefs: content, literal markup, Cyrillic, links; text fragments."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from briefing.core.errors import ExportError
from briefing.core.export.formats import FORMATS, export_brief, format_for_path, render_text_format
from briefing.core.export.links import encode_term, fragment_terms, short_url, text_fragment_url
from briefing.core.export.pdf import PdfOptions
from briefing.core.model import Actor, Briefing, KeyPoint

WHEN = datetime(2026, 11, 29, 14, 31, tzinfo=timezone.utc)
OPTS = PdfOptions(generated_at=WHEN)
TRICKY = "AT&T <b>bold</b> & x<y — Лукашенко *star* [a](b) #1 &amp;"
URL = "https://news.example.org/2024/03/04/council-plan?id=7&ref=rss"


def tricky_briefing() -> Briefing:
    """Return a briefing whose every field holds markup characters and Cyrillic."""
    return Briefing(
        title="Title " + TRICKY, bottom_line="Bottom " + TRICKY, analyst_comment="Comment " + TRICKY,
        banner="TLP:AMBER", source="Source " + TRICKY, date="2024-03-04", authors=["Сергей Иванов"], url=URL,
        key_points=[KeyPoint(text="Point one " + TRICKY, paragraph=0, source_index=0, score=0.5),
                    KeyPoint(text="The mayor, Jane Smith-Jones, said the plan costs 2.5 billion euros, & more.",
                             paragraph=3, source_index=7, score=0.4),
                    KeyPoint(text="An edited point.", paragraph=4, source_index=9, edited=True),
                    KeyPoint(text="A point the analyst wrote.")],
        actors=[Actor(name="Александр Лукашенко", type="PER", role="President <of> Belarus", paragraph=1),
                Actor(name="AT&T", type="ORG", paragraph=2), Actor(name="Minsk", type="LOC")],
        method={"algorithm": "briefrank", "chosen": 3, "total": 12})


def fragment_of(href: str) -> tuple[str, str]:
    """Return the decoded (start, end) terms of a text-fragment link."""
    directive = href.split(":~:text=", 1)[1]
    terms = directive.split(",")
    return unquote(terms[0]), unquote(terms[1]) if len(terms) > 1 else ""


# --------------------------------------------------------------------------- text fragments


def test_fragment_terms_occur_in_order_in_the_sentence(seed_article):
    """For every seed sentence the start words come before the end words, both verbatim in its paragraph."""
    for sentence in seed_article.sentences:
        href = text_fragment_url("https://a.example/x", sentence.text)
        start, end = fragment_of(href)
        paragraph = " ".join(seed_article.paragraphs[sentence.paragraph])
        at = paragraph.find(start)
        assert at >= 0, (start, paragraph)
        if end:
            assert paragraph.find(end, at + len(start)) > at, (end, paragraph)


def test_fragment_percent_encodes_dash_ampersand_comma_and_spaces():
    """'-', '&' and ',' inside a term are percent-encoded (they are the directive's syntax), spaces too."""
    assert encode_term("Smith-Jones, A&B co") == "Smith%2DJones%2C%20A%26B%20co"
    href = text_fragment_url(URL, "The mayor, Jane Smith-Jones, said the plan costs 2.5 billion euros, & more.")
    assert href.startswith(URL + "#:~:text=")
    directive = href.split("#:~:text=", 1)[1]
    assert directive == "The%20mayor%2C%20Jane%20Smith%2DJones,billion%20euros%2C%20%26%20more"
    assert re.fullmatch(r"[A-Za-z0-9%._~]+,[A-Za-z0-9%._~]+", directive)


def test_fragment_edges_short_sentences_and_existing_fragments():
    """Quotes at the edges are left out, a short sentence is one term, an old directive is replaced."""
    assert fragment_terms("“We will act,” he said.") == ("We will act,” he said", "")
    assert fragment_terms("One two three four five six seven eight nine.") == ("One two three four",
                                                                               "six seven eight nine")
    assert text_fragment_url("https://a.example/p#top:~:text=old", "New words.") == \
        "https://a.example/p#top:~:text=New%20words"
    assert text_fragment_url("https://a.example/p", "“ ”") == "https://a.example/p"
    assert encode_term("Лукашенко") == "%D0%9B%D1%83%D0%BA%D0%B0%D1%88%D0%B5%D0%BD%D0%BA%D0%BE"


def test_short_url_keeps_the_host_and_cuts_the_path():
    """A display URL drops the scheme and www and ends with … when cut."""
    long = "https://www.themoscowtimes.com/2021/06/03/russia-belarus-spy-agencies-join-forces-against-destructive-west"
    assert short_url(long, 40) == "themoscowtimes.com/2021/06/03/russia-be…"
    assert short_url("https://a.org/x/") == "a.org/x"
    assert short_url(long, 5).startswith("themoscowtimes.com")


# --------------------------------------------------------------------------- HTML


class _Page(HTMLParser):
    """Collects the text, the tags, the links and external resource references of an HTML page."""

    def __init__(self):
        super().__init__()
        self.text, self.tags, self.links, self.resources, self.lang = [], [], [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "a":
            self.links.append(attrs["href"])
        for key in ("src", "srcset"):
            if key in attrs:
                self.resources.append(attrs[key])
        if tag == "link":
            self.resources.append(attrs.get("href"))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_html_is_semantic_self_contained_and_literal():
    """The HTML page has lang, h1/h2, a list and a table, no external resources; every field prints as typed."""
    b = tricky_briefing()
    html = render_text_format(b, "html", OPTS)
    page = parse_html(html)
    text = " ".join("".join(page.text).split())
    assert page.lang == "en" and page.resources == [] and "url(" not in html and "@import" not in html
    for tag in ("header", "h1", "h2", "section", "ul", "li", "table", "caption", "th", "footer"):
        assert tag in page.tags, tag
    for field in ("Title ", "Bottom ", "Comment ", "Point one ", "Source "):
        assert field + TRICKY in text, field
    assert "<b>bold</b>" not in html  # escaped, not markup
    assert "Александр Лукашенко" in text and "President <of> Belarus" in text and "AT&T" in text
    assert "Сергей Иванов" in text and "TLP:AMBER" in text
    assert "[¶1]" in text and "[¶4]" in text and "✎ edited" in text and "✎ added" in text
    assert URL in page.links
    assert text_fragment_url(URL, b.key_points[0].text) in page.links
    assert text_fragment_url(URL, b.key_points[1].text) in page.links
    assert "Method: Extractive, BriefRank 3/12 sentences" in text and "Generated 2026-11-29 14:31 UTC" in text


# --------------------------------------------------------------------------- Markdown


def test_markdown_renders_to_the_same_literal_text_and_links():
    """Rendered by a CommonMark parser, the Markdown shows every field literally and links each anchor."""
    from markdown_it import MarkdownIt

    b = tricky_briefing()
    md = render_text_format(b, "md", OPTS)
    html = MarkdownIt("commonmark").enable("table").render(md)
    page = parse_html(html)
    text = " ".join("".join(page.text).split())
    for field in ("Title ", "Bottom ", "Comment ", "Point one ", "Source "):
        assert field + TRICKY in text, field
    assert "<b>bold</b>" not in html
    assert "Александр Лукашенко" in text and "President <of> Belarus" in text
    assert [t for t in page.tags if t in ("h1", "h2", "table")] == ["h1", "h2", "h2", "h2", "h2", "table"]
    assert URL in page.links and text_fragment_url(URL, b.key_points[1].text) in page.links
    assert html.count("<tr>") == 4  # a header row and one row per actor
    assert "| Minsk | place | — |  |" in md


# --------------------------------------------------------------------------- plain text


def test_plain_text_has_every_field_and_numbered_links():
    """The plain text holds every field as typed and lists the sentence links under the brief."""
    b = tricky_briefing()
    txt = render_text_format(b, "txt", OPTS)
    for field in ("Title ", "Bottom ", "Comment ", "Point one ", "Source "):
        assert field + TRICKY in txt, field
    assert "* Point one " + TRICKY + " [¶1][1]" in txt
    assert "* An edited point. [¶5][3]\u00a0✎\u00a0edited" in txt and "* A point the analyst wrote.\u00a0✎\u00a0added" in txt
    assert "* Александр Лукашенко (person) — President <of> Belarus [¶2]" in txt and "* Minsk (place)" in txt
    assert f"[1] {text_fragment_url(URL, b.key_points[0].text)}" in txt
    assert f"[3] {URL}\n" in txt
    assert txt.count("TLP:AMBER") == 2


# --------------------------------------------------------------------------- DOCX


def docx_text(data: bytes) -> tuple[str, list[str], list[str], dict]:
    """Return the DOCX's text (paragraphs and cells), its heading texts, its hyperlink targets and properties."""
    from briefing.core.docx_io import open_docx

    doc = open_docx(data)
    paragraphs = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            paragraphs += [cell.text for cell in row.cells]
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    links = [rel.target_ref for rel in doc.part.rels.values() if rel.reltype.endswith("/hyperlink")]
    props = doc.core_properties
    return "\n".join(paragraphs), headings, links, {"title": props.title, "language": props.language}


def test_docx_has_every_field_headings_and_links():
    """The DOCX holds every field as typed, Word headings per section, hyperlinks and its title and language."""
    from briefing.core.export.docx import render_docx_bytes

    b = tricky_briefing()
    data, report = render_docx_bytes(b, OPTS)
    text, headings, links, props = docx_text(data)
    for field in ("Title ", "Bottom ", "Comment ", "Point one ", "Source "):
        assert field + TRICKY in text, field
    assert "Александр Лукашенко PERSON — President <of> Belarus [¶2]" in text and "AT&T ORG [¶3]" in text
    assert headings[0] == "Title " + TRICKY
    assert [h.split("   ")[0] for h in headings[1:]] == ["ASSESSMENT", "KEY POINTS", "KEY ACTORS"]
    assert URL in links and text_fragment_url(URL, b.key_points[1].text) in links
    assert props == {"title": "Title " + TRICKY, "language": "en"}
    assert report.points_shown == 4


def test_docx_shows_what_the_pdf_fitting_kept():
    """A brief too long for one page: the DOCX leaves out the same points as the PDF and says so."""
    from briefing.core.export.docx import render_docx_bytes

    long = " ".join(["The council said the plan would be reviewed again next year by an independent panel."] * 4)
    b = Briefing(title="Long", bottom_line="Short.", key_points=[
        KeyPoint(text=f"Point {i}. {long}", paragraph=i, source_index=i, score=i / 40) for i in range(40)])
    data, report = render_docx_bytes(b, OPTS)
    text, _, _, _ = docx_text(data)
    assert report.dropped_points > 0
    assert f"{report.points_shown} of 40 shown" in text
    shown = [i for i in range(40) if f"Point {i}. " in text]
    assert shown == report.kept_points


# --------------------------------------------------------------------------- files and names


@pytest.mark.parametrize("name", list(FORMATS))
def test_export_brief_writes_each_format(tmp_path, name):
    """export_brief writes every format to its file, choosing the format by the suffix."""
    path = tmp_path / f"brief{FORMATS[name].suffix}"
    report = export_brief(tricky_briefing(), path, options=OPTS)
    data = path.read_bytes()
    assert report.points_shown == 4
    assert {"pdf": data[:5] == b"%PDF-", "docx": data[:2] == b"PK"}.get(name, "Лукашенко".encode() in data)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_format_from_suffix_and_unknown_suffix(tmp_path):
    """The suffix names the format (.htm and .markdown too); an unknown suffix is a one-line ExportError."""
    assert [format_for_path(f"a{s}") for s in (".PDF", ".docx", ".htm", ".md", ".markdown", ".txt", ".odt")] == \
        ["pdf", "docx", "html", "md", "md", "txt", None]
    with pytest.raises(ExportError, match="Cannot tell the export format from the file suffix .odt"):
        export_brief(tricky_briefing(), tmp_path / "a.odt")
    assert list(tmp_path.iterdir()) == []


def test_docx_takes_long_fields_and_unencodable_characters():
    """A 600-character bottom line (core properties hold 255) and a lone surrogate still give a DOCX."""
    from briefing.core.export.docx import render_docx_bytes

    b = tricky_briefing()
    b.bottom_line = "Long. " * 100
    b.title = "Broken \ud800 title"
    data, _ = render_docx_bytes(b, OPTS)
    text, _, _, props = docx_text(data)
    assert "Long. Long." in text and "Broken title" in text
    assert props["title"] == "Broken title"


def test_bottom_line_and_assessment_keep_their_lines_and_lose_tabs_in_every_format():
    """An edited bottom line and assessment keep their line breaks in every format, and a tab, a run of spaces or
    trailing spaces inside a line print as one space: before, the DOCX drew the tab and the spaces, the Markdown
    kept them raw, and the plain text ran the bottom line's lines together while the other formats broke them."""
    from markdown_it import MarkdownIt

    from briefing.core.export.docx import render_docx_bytes

    b = tricky_briefing()
    b.bottom_line = "1. The council voted.\n- It was close.\tNine   to four.   \n\n# Not a heading"
    b.analyst_comment = "Watch\t\tthe   court.\n> Not a quote  "
    lines = ["1. The council voted.", "- It was close. Nine to four.", "# Not a heading", "Watch the court.",
             "> Not a quote"]
    txt = render_text_format(b, "txt", OPTS)
    docx = docx_text(render_docx_bytes(b, OPTS)[0])[0]
    md_html = MarkdownIt("commonmark").render(render_text_format(b, "md", OPTS))

    def shown_lines(page: str) -> list[str]:  # the text of a page, a line per paragraph, heading and line break
        text = "".join(parse_html(re.sub(r"(<br ?/?>|</h2>|</p>)", "\\1\n", page)).text)
        return [" ".join(line.split()) for line in text.splitlines()]

    md, html = shown_lines(md_html), shown_lines(render_text_format(b, "html", OPTS))
    for line in lines:
        assert line in txt.splitlines(), line
        assert line in docx.splitlines(), line
        assert line in md, line
        assert line in html, line
    assert "\t" not in txt and "\t" not in render_text_format(b, "md", OPTS)  # (the DOCX tabs to its bullets)


def test_markdown_puts_the_sources_differ_note_on_its_own_line():
    """A point's "Sources differ" note renders under the point, after a line break, as in the other formats:
    before, the note was a lazy continuation line and ran on after the point's anchor."""
    from markdown_it import MarkdownIt

    from briefing.core.model import Citation, SourceRef

    point = KeyPoint(text="The harbour chair said the works cost 12 million euros.", source="C",
                     paragraph=1, source_index=1, citations=[Citation("C", 1, 1)],
                     variants=[Citation("D", 2, 3, "The works cost 16 million euros, the chair said.")])
    b = Briefing(title="Harbour works", key_points=[point, KeyPoint(text="Another point.")],
                 sources=[SourceRef("C", "Radio North"), SourceRef("D", "Ledger")])
    html = MarkdownIt("commonmark").render(render_text_format(b, "md", OPTS))
    assert re.search(r"\[C¶2\]<br />\s*<em>Sources differ: C¶2 gives 12 million euros; D¶3 gives 16 million", html)


@pytest.mark.parametrize("title", ["Harbour ranked #", "Vote on item ##", "Ferries # 2 #  "])
def test_markdown_title_keeps_a_closing_hash(title):
    """A title ending in " #" prints whole: CommonMark takes a closing run of # in a heading for the optional
    closing sequence and dropped it ("Harbour ranked #" became "Harbour ranked"); in a point it stays too."""
    from markdown_it import MarkdownIt

    b = Briefing(title=title, key_points=[KeyPoint(text=title)])
    html = MarkdownIt("commonmark").render(render_text_format(b, "md", OPTS))
    assert re.search(r"<h1>(.*?)</h1>", html).group(1) == " ".join(title.split())
    assert f"<li>{' '.join(title.split())}\u00a0<em>" in html
