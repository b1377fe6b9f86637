"""What a page says about itself outside the article body: the publication's name in its ``<title>`` ("... | The
Guardian"), the article object of its JSON-LD (schema.org ``NewsArticle``, ``BlogPosting``, ...: URL, authors,
publisher, date) and a byline among the blocks after its ``<h1>``.

Works on the parts :func:`.html.read_page_head` takes out of the parsed page (strings), so that lxml stays behind
:mod:`.html`.
"""

from __future__ import annotations

import html as html_lib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from .bylines import read_byline
from .cleaning import valid_url


@dataclass
class PageHead:
    """What a page says about itself outside the article: its ``<title>``'s publication name ("... | The
    Guardian") and the article object of its JSON-LD (schema.org ``NewsArticle``, ``BlogPosting``, ...)."""

    title_name: str = ""
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    date: str | None = None
    #: The authors of a byline among the few blocks after the headline.
    byline_authors: list[str] = field(default_factory=list)


#: How many blocks after the headline may hold the byline.
MAX_BYLINE_BLOCKS = 6
#: JSON-LD scripts longer than this are not parsed (an article's object is a few KB).
MAX_JSON_LD_CHARS = 1_000_000
#: Separators between a headline and the publication's name in a page's ``<title>``.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ")


def _json_ld_objects(data) -> list[dict]:
    """The objects of a JSON-LD document: a list, an ``@graph`` and nested lists looked through (iterative)."""
    out, todo = [], [data]
    while todo and len(out) < 200:
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item[:200])
        elif isinstance(item, dict):
            if isinstance(item.get("@graph"), list):
                todo.extend(item["@graph"][:200])
            out.append(item)
    return out


def _is_article_type(obj: dict) -> bool:
    types = obj.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and (t.endswith("Article") or t in ("BlogPosting", "LiveBlogPosting", "Report",
                                                                           "SocialMediaPosting")) for t in types)


def _ld_names(value, persons_only: bool = False) -> list[str]:
    """The ``name`` of a JSON-LD person or organisation, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:20]:
        if isinstance(item, str):
            name = item
        elif isinstance(item, dict):
            if persons_only and item.get("@type") not in (None, "Person"):
                continue  # "author": {"@type": "Organization", "name": "Reuters"} is no person
            name = item.get("name") if isinstance(item.get("name"), str) else ""
        else:
            continue
        name = " ".join(html_lib.unescape(name).split())
        if name and len(name) <= 100 and not name.startswith("http"):
            names.append(name)
    return names


def json_names(value, persons_only: bool = False) -> list[str]:
    """The names of a JSON person, organisation, list of them or plain string (as in JSON-LD; a page's own JSON
    data, Next.js's, writes authors the same way)."""
    return _ld_names(value, persons_only)


def _ld_url(obj: dict) -> str | None:
    for key in ("url", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and valid_url(value.strip()):
            return value.strip()
    return None


def _title_name(title: str, headline: str) -> str:
    """The publication's name in a page's ``<title>``: "Headline - BBC News" -> "BBC News" when the other part is
    the article's ``headline`` (its words, or the headline starts with it); else ""."""
    def key(text: str) -> str:
        return " ".join("".join(c.lower() if c.isalnum() else " " for c in text).split())

    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, tail = title.rsplit(sep, 1)
        first, rest = title.split(sep, 1)
        for name, other in ((tail.strip(), head), (first.strip(), rest)):
            words = name.split()
            if (1 <= len(words) <= 6 and len(name) <= 60 and name[:1].isupper() and not any(c in name for c in ".!?:;")
                    and key(other) and headline and (key(other) == key(headline) or key(headline).startswith(key(other)))):
                return name
    return ""


def _byline_after(blocks: list[str], heading: str) -> list[str]:
    """The authors of a byline ("By Jane Doe, Political correspondent") among the :data:`MAX_BYLINE_BLOCKS`
    text ``blocks`` after the headline ``heading``; [] when there is none."""
    try:
        at = blocks.index(heading)
    except ValueError:
        return []
    for text in blocks[at + 1: at + 1 + MAX_BYLINE_BLOCKS]:
        byline = read_byline(text) if len(text) <= 200 else None
        if byline is not None and byline[0]:
            return byline[0]
    return []


def _json_ld_article(scripts: Iterable[str]) -> dict | None:
    """The first article object (:func:`_is_article_type`) in the page's JSON-LD ``scripts``; a script that is
    empty, over :data:`MAX_JSON_LD_CHARS` or no JSON is passed over."""
    for text in scripts:
        if not text.strip() or len(text) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        objects = _json_ld_objects(data)
        article = next((obj for obj in objects if _is_article_type(obj)), None)
        if article is not None:
            return _resolve_references(article, objects)
    return None


def _resolve_references(article: dict, objects: list[dict]) -> dict:
    """``article`` with its author and publisher given as references to other objects of the graph
    (``{"@id": ".../#/schema/person/1a"}``, as WordPress's Yoast SEO writes them) replaced by those objects."""
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}

    def resolve(value):
        if isinstance(value, list):
            return [resolve(item) for item in value[:20]]
        if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
            return by_id.get(value["@id"], value)
        return value

    resolved = dict(article)
    for key in ("author", "publisher"):
        if key in resolved:
            resolved[key] = resolve(resolved[key])
    return resolved


def head_from_parts(title: str, json_ld: Iterable[str], h1: str | None, blocks: list[str],
                    headline: str = "") -> PageHead:
    """Read a page's head from its parts: ``title`` (the ``<title>``'s text, white space collapsed), ``json_ld``
    (the texts of its ``application/ld+json`` scripts), ``h1`` (the first ``<h1>``'s text, or None) and
    ``blocks`` (the page's text blocks in order; only looked at when there is an ``h1``). ``headline``: the
    article's title as read elsewhere, to tell the publication's part of the ``<title>`` from the headline's.
    A part that cannot be read is left empty; never raises."""
    head = PageHead()
    article = _json_ld_article(json_ld)
    if article is not None:
        head.url = _ld_url(article)
        head.authors = _ld_names(article.get("author"), persons_only=True)
        head.publisher = next(iter(_ld_names(article.get("publisher"))), "")
        date = article.get("datePublished")
        head.date = date if isinstance(date, str) else None
    if h1 is not None:
        head.byline_authors = _byline_after(blocks, " ".join(h1.split()))
    for candidate in (headline, article.get("headline") if article else None, h1):
        if isinstance(candidate, str) and title:
            head.title_name = _title_name(title, candidate)
            if head.title_name:
                break
    return head
