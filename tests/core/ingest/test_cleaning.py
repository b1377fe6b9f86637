"""The cleaning rules for scraped text and Markdown."""

from briefing.core.ingest.cleaning import clean_text, source_from_url
from briefing.core.ingest.date_lines import parse_date
from briefing.core.ingest.markdown import strip_inline_markdown, unescape_markdown


def test_links_become_their_text():
    """Markdown links keep their text and lose the target."""
    c = clean_text("Title\n\nThe agency [announced](#) it on [Thursday](https://x.org/a_(b)).")
    assert c.paragraphs == ["The agency announced it on Thursday."]


def test_image_and_bare_link_lines_go():
    """Image lines and lines that are only links or URLs leave the body."""
    c = clean_text("Title\n\n![A photo](img.jpg)\n\n[Home](/) | [News](/news)\n\nhttps://example.org/page\n\nReal text here.")
    assert c.paragraphs == ["Real text here."]


def test_caption_with_credit_link_moves_to_captions():
    """A short caption ending in a credit link leaves the body and is kept as a caption."""
    c = clean_text("Title\n\nSVR head Sergei Naryshkin. [Kremlin.ru](https://kremlin.ru)\n\nThe body starts here.")
    assert c.paragraphs == ["The body starts here."]
    assert c.captions == ["SVR head Sergei Naryshkin."]


def test_caption_with_agency_credit():
    """A caption ending in an agency credit ("/ Reuters") is a caption too."""
    c = clean_text("Title\n\nProtesters in Minsk on Sunday. (Photo: John Smith / Reuters)\n\nThe body.")
    assert c.captions == ["Protesters in Minsk on Sunday."]
    assert c.paragraphs == ["The body."]


def test_related_article_lines_go():
    """'Related article:' and 'Read more:' lines are boilerplate."""
    c = clean_text("Title\n\nRelated article: [Moscow Releases Loan](#)\n\nRead more: other story\n\nBody text.")
    assert c.paragraphs == ["Body text."]


def test_backslash_escapes_are_undone():
    """Markdown escapes such as \\$ and \\\\$ become the plain character."""
    assert unescape_markdown(r"a \$1-billion loan and \\$500M and 3\*4") == "a $1-billion loan and $500M and 3*4"


def test_paragraph_broken_mid_sentence_is_joined():
    """A paragraph that ends without punctuation joins the next one starting in lower case."""
    c = clean_text("Title\n\nAimed at destabilizing the political\n\nand socioeconomic situation.\n\nNext paragraph.")
    assert c.paragraphs == ["Aimed at destabilizing the political and socioeconomic situation.", "Next paragraph."]


def test_complete_paragraphs_stay_apart():
    """A paragraph ending a sentence is not joined even if the next starts in lower case."""
    c = clean_text("Title\n\nIt ended here.\n\niPhone sales rose.")
    assert c.paragraphs == ["It ended here.", "iPhone sales rose."]


def test_original_url_becomes_url_and_source():
    """'Original url:' with the URL on the next block sets the URL; its domain names the source."""
    c = clean_text("Title\n\nBody.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2021/06/03/a74100>")
    assert c.url == "https://www.themoscowtimes.com/2021/06/03/a74100"
    assert c.paragraphs == ["Body."]
    assert source_from_url(c.url) == "The Moscow Times"
    assert source_from_url("https://news.example.co.uk/x") == "news.example.co.uk"


def test_date_line_is_metadata():
    """A line holding only a date becomes the ISO date."""
    c = clean_text("Title\n\nJune 03, 2021\n\nBody.")
    assert c.date == "2021-06-03"
    assert c.paragraphs == ["Body."]
    assert parse_date("3 June 2021") == "2021-06-03"
    assert parse_date("2021-06-03 14:05") == "2021-06-03T14:05:00"
    assert parse_date("not a date") is None


def test_markup_characters_survive_as_text():
    """Text full of <, & and tags is kept literally (it is not HTML)."""
    c = clean_text("Title\n\nAT&T said x < y and <b>bold</b> & &amp; stay.")
    assert c.paragraphs == ["AT&T said x < y and <b>bold</b> & &amp; stay."]


def test_every_unicode_space_run_becomes_one_space_in_a_paragraph():
    """Runs of any white space character (as regular expressions' \\s knows them) inside a paragraph become one space."""
    import sys

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and chr(c) not in "\n\r"]
    for c in spaces:
        out = clean_text(f"Title line\n\nThe first{c}{c}part and{c}the rest.{c}", title_from_first_line=True)
        assert out.paragraphs == ["The first part and the rest."], repr(c)


def test_inline_markup_goes_only_where_its_characters_are():
    """Plain text passes unchanged; each kind of markup is still removed when present."""
    assert strip_inline_markdown("No markup at all, 3 < 4 and a_b.") == "No markup at all, 3 < 4 and a_b."
    assert strip_inline_markdown("A [link](http://x.y) and **bold** and <https://a.b> and \\$5 and `code`") \
        == "A link and bold and https://a.b and $5 and code"
