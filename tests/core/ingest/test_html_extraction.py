"""Article extraction from hand-written hostile news pages (tests/data/html) and deep HTML."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest import load_article
from briefing.core.ingest.html import article_from_html, extract_html

DATA = Path(__file__).resolve().parents[2] / "data" / "html"
PAGES = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
# Chrome the chosen extraction still keeps (it sits inside the article container);
# see docs/extraction.md. strict: the test fails once it is dropped, so this list shrinks.
KNOWN_LEAKS: set[str] = set()


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_article_text_kept(page):
    """The first and last article paragraphs are in the body, and the title is read."""
    article = load_article(DATA / page["file"])
    text = _flat(article.text)
    for phrase in page["keep"]:
        assert phrase in text
    assert article.title == page["title"]
    assert article.word_count <= page["words"] * 1.5


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_chrome_dropped(page, request):
    """Cookie notices, navigation, comments, related links, newsletters and footers are not in the body."""
    if page["file"] in KNOWN_LEAKS:
        request.applymarker(pytest.mark.xfail(strict=True, reason="chrome inside the article container is kept"))
    text = _flat(article_from_html((DATA / page["file"]).read_text(encoding="utf-8"), page["file"]).text).lower()
    leaked = [phrase for phrase in page["drop"] if phrase.lower() in text]
    assert leaked == []


def test_reader_comments_dropped():
    """Reader comments below an article are never part of the body."""
    page = (DATA / "long-comments-thread.html").read_text(encoding="utf-8")
    text = extract_html(page).text
    assert "Waste of money" not in text and "tram line" in text


def _nested(depth: int) -> str:
    body = "<p>" + "The council met on Tuesday to agree the budget for the next year. " * 20 + "</p>"
    return f"<html><head><title>Deep</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"


@pytest.mark.parametrize("depth", [300, 5_000, 100_000])
def test_deeply_nested_page_is_read_in_seconds(depth):
    """A page with thousands of nested divs gives its article text within seconds (issue 12)."""
    start = time.perf_counter()
    article = article_from_html(_nested(depth), "deep.html")
    assert time.perf_counter() - start < 10
    assert "The council met on Tuesday" in article.text
    assert article.word_count == 13 * 20


def test_markup_without_text_is_a_load_error():
    """Deeply nested markup with no text at all is a clear LoadError, not a traceback."""
    with pytest.raises(LoadError, match="no article text"):
        article_from_html("<html><body>" + "<div>" * 5_000 + "</div>" * 5_000 + "</body></html>", "empty.html")


def test_live_blog_entry_with_few_stop_words_kept():
    """Every entry of a Russian live blog stays in the body, not only the stop-word-rich ones."""
    text = _flat(article_from_html((DATA / "ru-online-translyaciya.html").read_text(encoding="utf-8")).text)
    assert "Власти края ввели режим чрезвычайной ситуации" in text


def test_filter_keeps_lists_code_and_hatnotes():
    """Only clear chrome goes: a ranked list, code, a hatnote link and a short paragraph stay."""
    para = ("<p>The report compared living standards in ten countries over the past decade and found that the "
            "gap between the richest and the poorest of them has narrowed for the first time since 2008.</p>")
    page = ("<html><head><title>Rankings</title></head><body><article>" + para
            + "<p>The overall rankings of the countries were as follows:</p><ol><li>1. Finland</li><li>2. Norway</li>"
            "<li>3. Australia</li></ol>" + para.replace("report", "study")
            + '<p>Main article: <a href="/wiki/Living">Living standards</a></p>'
            "<pre>SELECT avg(n) FROM scores;</pre>"
            + para.replace("report", "survey") + "<p>He declined to comment.</p>"
            + para.replace("report", "review") + "</article></body></html>")
    text = _flat(extract_html(page).text)
    for phrase in ("1. Finland", "3. Australia", "as follows:", "Main article: Living standards",
                   "SELECT avg(n) FROM scores;", "He declined to comment."):
        assert phrase in text


def test_filter_drops_a_gallery_and_a_share_bar_in_the_article():
    """A gallery box (list of captions, no running text) and a short bar of share links inside the article go."""
    para = ("<p>The council agreed on Monday to rebuild the old bridge over the river, which has been closed to "
            "traffic since the floods of last spring damaged two of its piers.</p>")
    page = ("<html><head><title>Bridge</title></head><body><article>" + para
            + '<div class="gallery"><ul><li>1/2 The bridge seen from the north bank.</li>'
            "<li>2/2 Workers inspect a pier.</li></ul></div>" + para.replace("council", "mayor")
            + '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Copy link</a></div>'
            "</article></body></html>")
    text = _flat(extract_html(page).text)
    assert "The mayor agreed" in text and "The council agreed" in text
    for phrase in ("seen from the north bank", "Workers inspect a pier", "Share on Facebook", "Copy link"):
        assert phrase not in text
