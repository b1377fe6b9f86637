"""The YAML front matter a web clipper puts over a saved Markdown page (Obsidian Web Clipper, MarkDownload, Jekyll
and Hugo exports): its title, author, date and address are the article's, and the block is no body text.

::

    ---
    title: "Airport expansion delayed by a year"
    source: "https://www.example.com/news/airport"
    author:
      - "[[Lena Vogt]]"
    published: 2025-06-11
    ---

Only the simple form clippers write is read (``key: value`` lines and ``- item`` lists under a key), by string
operations over at most :data:`MAX_HEAD_LINES` lines; no YAML library, nothing evaluated. A block with any other
line (a Markdown rule over ordinary text) is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Most lines a front-matter block may have, and the most characters it may span.
MAX_HEAD_LINES, MAX_HEAD_CHARS = 80, 10_000
_TITLE_KEYS = frozenset({"title", "headline"})
_DATE_KEYS = frozenset({"published", "date", "pubdate", "published_at", "publish_date", "date_published"})
_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "creator"})
_URL_KEYS = frozenset({"source", "url", "link", "canonical", "canonical_url", "original_url", "source_url"})


@dataclass
class YamlHead:
    """What a front-matter block gave, and the text after it."""

    rest: str
    title: str = ""
    date: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)


def read_yaml_head(text: str) -> YamlHead | None:
    """The front matter opening ``text`` ("---" lines around ``key: value`` lines), or None when it opens with none
    or the block holds a line of another kind or none of the keys an article's metadata is read from."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 3, MAX_HEAD_CHARS)
    if end < 0:
        end = text.find("\n...\n", 3, MAX_HEAD_CHARS)
    if end < 0:
        return None
    lines = text[4:end].split("\n")
    if len(lines) > MAX_HEAD_LINES:
        return None
    values: dict[str, list[str]] = {}
    key = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        stripped = line.strip()
        if stripped.startswith("- ") and key is not None and line[:1] in " -":
            values[key].append(_scalar(stripped[2:]))
            continue
        name, colon, value = line.partition(":")
        if not colon or line[:1] == " " or not name.replace("_", "").replace("-", "").isalnum() or len(name) > 40:
            return None  # not a "key: value" line: no front matter
        key = name.lower()
        values[key] = [_scalar(value)] if value.strip() else []
    head = YamlHead(rest=text[end + 5:])
    for k, vals in values.items():
        vals = [v for v in vals if v]
        if not vals:
            continue
        if k in _TITLE_KEYS and not head.title:
            head.title = vals[0]
        elif k in _DATE_KEYS and not head.date:
            head.date = vals[0]
        elif k in _URL_KEYS and not head.url and vals[0].startswith(("http://", "https://")):
            head.url = vals[0]
        elif k in _AUTHOR_KEYS and not head.authors:
            head.authors = [name for v in vals for name in _names(v)]
    if not (head.title or head.date or head.url or head.authors):
        return None
    return head


def _scalar(value: str) -> str:
    """A YAML scalar as clippers write it: quotes taken off, a wiki link's brackets too ("[[Lena Vogt]]")."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if value.startswith("[[") and value.endswith("]]"):
        value = value[2:-2].split("|")[-1]
    return value.strip()


def _names(value: str) -> list[str]:
    """The authors in one value: "Lena Vogt", "Lena Vogt, Sam Patel", "[Lena Vogt, Sam Patel]" (a flow list)."""
    value = value.strip("[] ")
    return [_scalar(part) for part in value.split(",") if _scalar(part)]
