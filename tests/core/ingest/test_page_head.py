"""The page head read from its parts (strings, no parsing): the <title>'s publication name, the JSON-LD article and
the byline after the <h1>, as :func:`briefing.core.ingest.html.read_page_head` hands them over."""

from __future__ import annotations

from briefing.core.ingest.page_head import MAX_BYLINE_BLOCKS, head_from_parts

LD = ('{"@graph":[{"@type":"WebSite","url":"https://www.example.org/"},{"@type":"NewsArticle",'
      '"headline":"Harbour fees to rise","url":"https://harbour.example/news/fees","datePublished":"2024-12-03",'
      '"author":[{"@type":"Person","name":"Nadia Brooks"},{"@type":"Organization","name":"Harbour Wire"}],'
      '"publisher":{"@type":"Organization","name":"Harbour Review"}}]}')


def test_every_part_is_read():
    """The JSON-LD article gives URL, person authors, publisher and date; the byline after the h1 gives its authors
    without the job title; the <title>'s other part than the headline is the publication's name."""
    blocks = ["Home", "Harbour  fees to rise", "By Harriet Clegg, Political correspondent", "The board voted."]
    head = head_from_parts("Harbour fees to rise | The Northern Courier", ["", "not json {", LD],
                           "Harbour fees\nto rise", blocks)
    assert head.url == "https://harbour.example/news/fees"
    assert head.authors == ["Nadia Brooks"]
    assert head.publisher == "Harbour Review"
    assert head.date == "2024-12-03"
    assert head.byline_authors == []  # the block's white space differs from the h1's collapsed text
    blocks[1] = "Harbour fees to rise"
    head = head_from_parts("Harbour fees to rise | The Northern Courier", [LD], "Harbour fees\nto rise", blocks)
    assert head.byline_authors == ["Harriet Clegg"]
    assert head.title_name == "The Northern Courier"


def test_missing_parts_leave_the_head_empty():
    """No JSON-LD article, no h1 and a <title> without the headline give an empty head; a byline further than
    MAX_BYLINE_BLOCKS blocks after the h1 is not read."""
    head = head_from_parts("The Northern Courier", ['{"@type":"WebSite"}'], None, ["By Harriet Clegg"])
    assert (head.url, head.authors, head.publisher, head.date, head.byline_authors, head.title_name) == (
        None, [], "", None, [], "")
    far = ["Harbour fees to rise"] + ["A line of the page."] * MAX_BYLINE_BLOCKS + ["By Harriet Clegg"]
    assert head_from_parts("", [], "Harbour fees to rise", far).byline_authors == []
    assert head_from_parts("", [], "Harbour fees to rise", far[:1] + far[-1:]).byline_authors == ["Harriet Clegg"]
