"""A clipboard's HTML copy beside its plain text: which one is read, and what the HTML path makes of fragments."""

from __future__ import annotations

import time

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest.bylines import read_byline
from briefing.core.ingest.html import MAX_HTML_ELEMENTS
from briefing.core.ingest.paste import (MAX_PASTE_HTML_CHARS, article_from_clipboard, article_from_html_fragment,
                                        html_is_better, judge_html, unwrap_fragment, web_addresses_only)
from tests.core.ingest import clipboard as c


def _body(article) -> list[str]:
    return [" ".join(p) for p in article.paragraphs]


def test_chrome_fragment_gives_title_byline_date_caption_and_paragraphs():
    """Chrome's fragment (span soup, inline styles, a link, a figure) is read as a page: the headline is the title,
    the byline the author, the <time> the date, the figure's caption a caption, and each <p> a paragraph."""
    a = article_from_clipboard(c.chrome_plain(), c.chrome_fragment())
    assert a.format == "html"
    assert a.title == c.TITLE
    assert a.authors == [c.AUTHOR]
    assert a.date == "2024-03-04"
    assert any(cap.startswith("Water covers a quay") for cap in a.captions)
    assert _body(a) == c.PARAGRAPHS


def test_chrome_fragment_is_judged_better_than_its_plain_text():
    """Chrome's HTML holds every word of its plain text, breaks no sentence between blocks and has at least the
    text's paragraphs: the HTML is read."""
    judged = judge_html(c.chrome_plain(), c.chrome_fragment())
    assert judged.coverage == 1.0 and judged.broken_share == 0.0 and judged.html_blocks >= judged.text_paragraphs
    assert judged.better


def test_html_beats_plain_text_that_lost_the_breaks_between_paragraphs():
    """A plain text whose blocks ran together is one paragraph with the title inside; its HTML gives the four."""
    plain = c.run_together_plain()
    text_only = article_from_clipboard(plain, "")
    assert len(text_only.paragraphs) == 1 and text_only.title != c.TITLE  # what plain text alone gives
    a = article_from_clipboard(plain, c.chrome_fragment())
    assert a.format == "html" and a.title == c.TITLE and a.authors == [c.AUTHOR] and _body(a) == c.PARAGRAPHS


def test_firefox_fragment_beats_plain_text_broken_inside_paragraphs():
    """Firefox's fragment (meta charset, no fragment comments) is read when the plain text breaks lines inside
    paragraphs: four paragraphs, not one run of text."""
    plain = c.firefox_plain_wrapped()
    # what plain text alone gives: a paragraph break only where a last line is short, not the four
    assert len(article_from_clipboard(plain, "").paragraphs) < len(c.PARAGRAPHS)
    a = article_from_clipboard(plain, c.firefox_fragment())
    assert a.format == "html" and a.title == c.TITLE and a.authors == [c.AUTHOR] and a.date == "2024-03-04"
    assert _body(a) == c.PARAGRAPHS


@pytest.mark.parametrize("fragment", [c.word_fragment, c.outlook_fragment])
def test_word_and_outlook_fragments_lose_office_markup(fragment):
    """Word's and Outlook's HTML (mso- styles, <o:p>, a style sheet in a comment, no <h1>): the first short
    paragraph is the title, "By ..." the author, the paragraphs are the body and no Office markup is left."""
    a = article_from_clipboard(c.word_plain(), fragment())
    assert a.format == "html"
    assert a.title == c.TITLE
    assert a.authors == [c.AUTHOR]
    assert _body(a) == c.PARAGRAPHS
    text = " ".join(_body(a))
    assert "mso" not in text and "o:p" not in text and "Calibri" not in text


def test_editor_html_of_one_div_per_line_is_not_read():
    """A code editor's HTML (one div per hard-wrapped line) breaks sentences between blocks: the plain text is read,
    and its wrapped lines are joined into the four paragraphs."""
    judged = judge_html(c.editor_plain(), c.editor_fragment())
    assert judged.broken_share > 0.1 and not judged.better
    a = article_from_clipboard(c.editor_plain(), c.editor_fragment())
    assert a.format == "text" and a.title == c.TITLE and _body(a) == c.PARAGRAPHS


def test_html_holding_less_than_the_text_is_not_read():
    """An HTML copy with only part of the selection (the first paragraph) is not read: the plain text is."""
    html = f"<html><body><!--StartFragment--><p>{c.PARAGRAPHS[0]}</p><!--EndFragment--></body></html>"
    assert judge_html(c.word_plain(), html).coverage < 0.9
    a = article_from_clipboard(c.word_plain(), html)
    assert a.format == "text" and len(a.paragraphs) == 4


def test_html_with_fewer_paragraphs_than_the_text_is_not_read():
    """An HTML copy whose paragraphs are only <br> breaks (one block) loses the text's paragraphs: the text is read."""
    html = "<div>" + "<br><br>".join(c.PARAGRAPHS) + "</div>"
    text = "\n\n".join(c.PARAGRAPHS)
    assert not html_is_better(text, html)
    assert len(article_from_clipboard(text, html).paragraphs) == 4


def test_html_alone_or_text_alone():
    """With no plain text the HTML is read; with an empty HTML the text; with neither, LoadError."""
    assert article_from_clipboard("", c.firefox_fragment()).format == "html"
    assert article_from_clipboard(c.word_plain(), "  ").format == "text"
    with pytest.raises(LoadError):
        article_from_clipboard(" ", "")


def test_unwrap_fragment_cuts_to_the_copied_part():
    """The Start/EndFragment comments and Windows' CF_HTML header are cut off; other HTML is left as it is."""
    cf_html = ("Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n"
               "<html><body><!--StartFragment--><p>Copied</p><!--EndFragment--></body></html>")
    assert unwrap_fragment(cf_html) == "<p>Copied</p>"
    assert unwrap_fragment("<p>As is</p>") == "<p>As is</p>"
    assert unwrap_fragment("<!--EndFragment--><p>x</p><!--StartFragment-->") == \
        "<!--EndFragment--><p>x</p><!--StartFragment-->"


def test_scripts_and_styles_in_clipboard_html_are_not_text():
    """A <script> and a <style> on the clipboard are skipped, never read as article text."""
    html = ("<script>var stolen = document.cookie; alert('Heavy rain flooded');</script><style>p{color:red}</style>"
            + c.firefox_fragment())
    a = article_from_clipboard(c.firefox_plain_wrapped(), html)
    text = " ".join(_body(a)) + a.title
    assert "cookie" not in text and "color" not in text and _body(a) == c.PARAGRAPHS


def test_huge_clipboard_html_falls_back_to_the_text_in_bounded_time():
    """Clipboard HTML with more elements than an opened page may have is not read (as a page is refused); the
    plain text is, within seconds."""
    html = "<div>" + "<span>x</span>" * (6 * MAX_HTML_ELEMENTS) + "</div>" + c.firefox_fragment()
    start = time.monotonic()
    a = article_from_clipboard(c.word_plain(), html)
    assert a.format == "text" and len(a.paragraphs) == 4
    assert time.monotonic() - start < 20
    with pytest.raises(LoadError, match="elements"):
        article_from_html_fragment(html)


def test_clipboard_html_over_the_size_limit_is_not_parsed():
    """HTML over MAX_PASTE_HTML_CHARS is refused by the fragment reader and ignored beside a plain text."""
    html = "<p>" + "a" * (MAX_PASTE_HTML_CHARS + 1) + "</p>"
    with pytest.raises(LoadError, match="too large"):
        article_from_html_fragment(html)
    assert article_from_clipboard(c.word_plain(), html).format == "text"


def test_deeply_nested_clipboard_html_is_read():
    """A fragment nested 3,000 elements deep around the article is flattened as a page is, and read."""
    html = "<div>" * 3000 + c.firefox_fragment() + "</div>" * 3000
    a = article_from_html_fragment(html)
    assert _body(a) == c.PARAGRAPHS


def test_web_addresses_only():
    """A clipboard of only http(s) addresses is told apart from text that mentions one."""
    assert web_addresses_only("  https://example.com/news/floods-rotterdam \n") == [
        "https://example.com/news/floods-rotterdam"]
    assert web_addresses_only("http://a.example/x https://b.example/y") == ["http://a.example/x", "https://b.example/y"]
    assert web_addresses_only("Read https://example.com/news today") == []
    assert web_addresses_only("ftp://example.com/file") == []
    assert web_addresses_only("") == []


def test_byline_names_with_particles():
    """A byline name with lower-case particles ("Anna de Vries", "Ursula von der Leyen") is read whole."""
    assert read_byline("By Anna de Vries") == (["Anna de Vries"], None)
    assert read_byline("Von Ursula von der Leyen und Olaf Scholz") == (["Ursula von der Leyen", "Olaf Scholz"], None)
    assert read_byline("By Anna de Vries | 4 March 2024") == (["Anna de Vries"], "2024-03-04")
    assert read_byline("by the way the port de la") is None


def test_document_from_text_reads_the_html_copy():
    """The window's paste job (document_from_text with the HTML copy) makes a brief of the HTML's article."""
    from briefing.core.brief.document import document_from_text

    doc = document_from_text(c.chrome_plain(), html=c.chrome_fragment())
    assert doc.article.title == c.TITLE and doc.article.authors == [c.AUTHOR]
    assert doc.briefing.key_points


def test_pasted_article_cleans_both_copies_and_picks_the_better():
    """pasted_article (one reading for a new brief and an added source): a lone surrogate from the clipboard in the
    HTML or the text becomes U+FFFD and control characters go, the better copy is read (HTML for a run-together
    text, the text for an editor's one-div-per-line HTML), and with no HTML copy the text is read."""
    from briefing.core.ingest.paste import pasted_article

    html = c.chrome_fragment().replace("Heavy rain", "Heavy\ud800 rain\x07")
    a = pasted_article(c.run_together_plain().replace("Heavy rain", "Heavy\udfff rain"), html)
    assert a.format == "html" and a.title == c.TITLE
    body = " ".join(_body(a))
    assert "Heavy\ufffd rain flooded" in body and "\x07" not in body
    body.encode("utf-8")  # nothing unencodable is left
    assert pasted_article(c.editor_plain(), c.editor_fragment()).format == "text"
    plain = pasted_article(c.word_plain())
    assert plain.format == "text" and plain.title == c.TITLE and plain.authors == [c.AUTHOR]
    with pytest.raises(LoadError):
        pasted_article("  \n ", "")
