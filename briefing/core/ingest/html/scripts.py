"""The article of a page whose scripts draw it, read from its JSON (JSON-LD ``articleBody``, Next.js
``__NEXT_DATA__``): bounded in size and in the values walked."""

from __future__ import annotations

from ..page_head import json_names
from .blocks import html_string_blocks
from .boilerplate import SENTENCE_END

#: The article's paragraphs read from a page's JSON (:func:`script_article`) hold at least this many words.
MIN_SCRIPT_ARTICLE_WORDS = 40
#: JSON scripts longer than this are not read (a Next.js page's data is some hundred KB).
MAX_SCRIPT_JSON_CHARS = 5_000_000
#: Most JSON values looked at in one script (the walk is iterative and stops there).
MAX_SCRIPT_JSON_NODES = 200_000
#: Keys of a body block's text in a JSON list of blocks ({"type": "paragraph", "text": "..."}).
_BLOCK_TEXT_KEYS = ("text", "content", "html", "value", "body", "paragraph")


def _json_block_text(item) -> str:
    """The text of one item of a JSON list of body blocks: a string, or the text field of an object."""
    if isinstance(item, dict):
        item = next((item[k] for k in _BLOCK_TEXT_KEYS if isinstance(item.get(k), str)), "")
    if not isinstance(item, str):
        return ""
    if "<" in item and ">" in item:
        return "\n\n".join(html_string_blocks(item))
    return " ".join(item.split())


def _json_paragraphs(data) -> tuple[list[str], dict | None]:
    """The article body in a JSON document: the list whose items hold the most words in paragraphs that end a
    sentence, or one string of HTML with paragraphs (a CMS's body field, an ``articleBody``); with the object that
    holds it (the article's, with its authors), or None."""
    best: list[str] = []
    best_words, best_owner = 0, None
    todo, seen = [(data, None)], 0
    while todo and seen < MAX_SCRIPT_JSON_NODES:
        node, owner = todo.pop()
        seen += 1
        candidates: list[list[str]] = []
        if isinstance(node, dict):
            owner = node
            todo.extend((value, node) for value in node.values())
            body = node.get("articleBody")  # JSON-LD: one string, paragraphs at line breaks or none
            if isinstance(body, str):
                candidates.append([" ".join(p.split()) for p in _json_block_text(body).split("\n") if p.strip()])
        elif isinstance(node, list):
            todo.extend((item, owner) for item in node)
            texts = [t for t in map(_json_block_text, node[:2000]) if t]
            candidates.append([p for t in texts for p in t.split("\n\n")])
        elif isinstance(node, str) and len(node) > 200 and ("<p" in node or "\n" in node):
            text = _json_block_text(node) if "<p" in node else node
            candidates.append([" ".join(p.split()) for p in text.split("\n") if p.strip()])
        for paragraphs in candidates:
            prose = [p for p in paragraphs if p.rstrip("\"'”’»)]").endswith(tuple(SENTENCE_END))]
            words = sum(len(p.split()) for p in prose)
            if (len(prose) >= 2 or len(paragraphs) == 1) and words > best_words:
                best, best_words, best_owner = paragraphs, words, owner
    return (best, best_owner) if best_words >= MIN_SCRIPT_ARTICLE_WORDS else ([], None)


def script_article(html: str) -> tuple[str, list[str]]:
    """The article body of a page whose scripts draw it, from its JSON: the ``articleBody`` of its JSON-LD article,
    else the list of paragraphs in its ``application/json`` data (Next.js ``__NEXT_DATA__``); with the authors the
    object holding it names (``authors``, ``author``, ``byline``). ("", []) when there is none."""
    import json

    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", []
    best, authors = "", []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        text = script.text or ""
        if kind not in ("application/json", "application/ld+json") or not text.strip() or len(text) > MAX_SCRIPT_JSON_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        paragraphs, owner = _json_paragraphs(data)
        if len(" ".join(paragraphs).split()) > len(best.split()):
            best = "\n\n".join(paragraphs)
            value = next((owner[k] for k in ("authors", "author", "byline") if owner and owner.get(k)), None)
            authors = json_names(value, persons_only=True) if value is not None else []
    return best, authors
