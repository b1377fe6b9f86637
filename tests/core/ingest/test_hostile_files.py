"""Hostile DOCX, PDF and text files: each a clean LoadError or a correct article, quickly (issue 12)."""

from __future__ import annotations

import time

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest import load_article
from briefing.core.ingest.docx import MAX_RATIO

from tests.core.builders import ARTICLE_PARAGRAPHS
from tests.core.ingest.hostile_files import docx_bomb, docx_with_nul, docx_wrong_styles_type, pdf_with_surrogate_title

FIRST = ARTICLE_PARAGRAPHS[0].split(". ")[0] + "."


def test_docx_bomb_refused_before_inflating(tmp_path):
    """A 40 KB DOCX whose document.xml inflates to 8.5 MB (946,000 words) is refused from the ZIP directory, at once."""
    path = docx_bomb(tmp_path)
    assert path.stat().st_size < 64 * 1024
    start = time.perf_counter()
    with pytest.raises(LoadError, match=r"word/document\.xml inflates .* times to 9 MB \(a ZIP bomb\?\)"):
        load_article(path)
    assert time.perf_counter() - start < 1.0


def test_docx_that_compresses_normally_is_opened(tmp_path):
    """A DOCX with a thousand varied paragraphs (compressing far less than the bomb ratio) opens."""
    import random
    import zipfile

    import docx

    rng = random.Random(4)
    vocabulary = [f"w{n}" for n in range(3000)]
    d = docx.Document()
    for i in range(1000):
        d.add_paragraph(f"Paragraph {i} says " + " ".join(rng.choice(vocabulary) for _ in range(40)) + ".")
    d.save(str(tmp_path / "big.docx"))
    info = zipfile.ZipFile(tmp_path / "big.docx").getinfo("word/document.xml")
    assert info.file_size < MAX_RATIO * info.compress_size
    assert len(load_article(tmp_path / "big.docx").paragraphs) == 1000


def test_docx_with_wrong_styles_type_is_read(tmp_path):
    """A DOCX whose [Content_Types].xml gives styles a wrong type (was AttributeError) opens, title and all."""
    article = load_article(docx_wrong_styles_type(tmp_path))
    assert article.title == "Council approves transport plan"
    assert article.paragraphs[0][0] == FIRST


def test_docx_with_nul_in_xml_is_one_clean_error(tmp_path):
    """A DOCX whose XML holds a NUL (was a two-line lxml error) raises one LoadError line."""
    with pytest.raises(LoadError, match="damaged: its XML is not well-formed") as info:
        load_article(docx_with_nul(tmp_path))
    assert "\n" not in str(info.value)


def test_pdf_title_with_lone_surrogate(tmp_path):
    """A PDF whose /Title holds a lone UTF-16 surrogate (was UnicodeDecodeError) opens; the broken title is dropped."""
    article = load_article(pdf_with_surrogate_title(tmp_path))
    assert "\ud800" not in article.title
    assert article.paragraphs[0][0] == FIRST


def test_unclosed_ipv6_url_is_ignored(tmp_path):
    """"URL: https://[" (was ValueError "Invalid IPv6 URL") gives no URL and no source, and the body opens."""
    path = tmp_path / "u.txt"
    path.write_text("Title\n\nURL: https://[\n\n" + ARTICLE_PARAGRAPHS[0], encoding="utf-8")
    article = load_article(path)
    assert article.url is None and article.source is None
    assert article.paragraphs[0][0] == FIRST


def test_control_characters_stripped_with_a_warning(tmp_path):
    """NUL bytes and control characters in an otherwise text file (were refused as binary) are removed,
    and the article says so in its warnings."""
    path = tmp_path / "c.txt"
    dirty = ARTICLE_PARAGRAPHS[0].replace("council", "coun\x00cil", 1).replace("plan", "plan\x07\x1b", 1)
    path.write_bytes(("Headline\n\n" + dirty + "\n\n" + ARTICLE_PARAGRAPHS[1]).encode("utf-8"))
    article = load_article(path)
    assert article.paragraphs[0][0] == FIRST
    assert article.warnings == ["c.txt: 3 control characters (such as NUL) removed from the text."]


def test_binary_file_still_refused(tmp_path):
    """A file that is mostly control bytes is still refused as binary."""
    path = tmp_path / "b.txt"
    path.write_bytes(bytes(range(32)) * 200)
    with pytest.raises(LoadError, match="binary"):
        load_article(path)


def test_strip_controls_removes_exactly_the_control_characters():
    """C0 controls except tab/newlines, DEL and C1 controls go; every other character up to U+3000 stays."""
    from briefing.core.ingest.text import strip_controls

    every = "".join(map(chr, range(0x3000)))
    controls = {*range(0, 9), *range(14, 32), 127, *range(0x80, 0xA0)}
    stripped, removed = strip_controls(every)
    assert stripped == "".join(chr(c) for c in range(0x3000) if c not in controls)
    assert removed == len(controls)


def test_page_of_too_many_elements_refused_at_once(tmp_path):
    """A 3 MB page of 150,000 menu elements (the extractors took about a minute) is refused by its count within seconds.

    The bound is a hang check (about 2 s on a loaded 2-core machine: the page is flattened and counted again)."""
    f = tmp_path / "menus.html"
    f.write_bytes(b"<html><body><article><p>" + ARTICLE_PARAGRAPHS[0].encode() + b"</p></article>"
                  + b"<div><span>menu</span><a href='/x'>link</a></div>\n" * 50_000 + b"</body></html>")
    start = time.perf_counter()
    with pytest.raises(LoadError, match=r"150,00\d HTML elements \(at most 40,000"):
        load_article(f)
    assert time.perf_counter() - start < 10.0


def test_page_far_over_the_element_limit_refused_before_flattening(tmp_path):
    """A 10 MB page of 500,000 elements is refused by a first count, before the costly flattening (6 s, 480 MB)."""
    f = tmp_path / "menus.html"
    f.write_bytes(b"<html><body>" + b"<div><span>menu</span><a href='/x'>link</a></div>\n" * 170_000 + b"</body></html>")
    start = time.perf_counter()
    with pytest.raises(LoadError, match=r"510,00\d HTML elements"):
        load_article(f)
    assert time.perf_counter() - start < 3.0
