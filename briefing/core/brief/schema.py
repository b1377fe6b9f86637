"""The briefing file's schema: explicit checks that turn parsed JSON into well-typed model objects.

A briefing file is untrusted input (issue 18: of 3,025 malicious files, 555
loaded and then crashed rendering, summarizing or saving). :func:`document_parts`
checks every field's type and range, cleans every string (:func:`~briefing.core.safetext.clean_unicode`)
and builds the dataclasses, or raises :class:`SchemaError` naming the first bad
field (``briefing.key_points[2].paragraph: expected a whole number or null, got text``).

Why explicit checks rather than a validation library: the saved model is seven
small dataclasses; a library (pydantic, jsonschema, msgspec) would add a
dependency and a second description of the same fields, and its messages
would need rewording into one line anyway. These checks take
17 ms for a 10,000-sentence article with 1,000 key points (0.6 MB of JSON,
whose parsing takes 2 ms), measured on the project's 2-core machine.

Unknown keys are ignored (files from a newer minor change still open); missing
optional keys take the dataclass default.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

from ..model import (Actor, Article, Briefing, Citation, KeyPoint, RemovedSentence, SourceRef, Summary, SummaryOptions, SummarySentence,
                     language_code_of)
from ..multi.points import MultiSummary
from ..multi.sources import Source
from ..safetext import clean_unicode

#: Longest text field, in characters: what the app can itself write (a key point is a whole sentence
#: of an article of up to 20 MiB), so every saved file reopens; the file size limit bounds the total.
MAX_FIELD_CHARS = 20 * 1024 * 1024
#: Most items in any list (paragraphs, sentences, key points, actors, scores).
MAX_ITEMS = 10**6
#: Largest whole number accepted in any field (indices, counts).
MAX_INT = 10**9


class SchemaError(ValueError):
    """A briefing file's field has the wrong type or an impossible value; the message names the field."""


@dataclass
class Bounds:
    """How many sentences and paragraphs each article has: the top-level one, and each source's by letter."""

    sentences: int
    paragraphs: int
    letters: dict[str, tuple[int, int]] = field(default_factory=dict)

    def of(self, letter: str | None, where: str) -> tuple[int, int]:
        """Return (sentences, paragraphs) of the article a sentence index of source ``letter`` points into."""
        if letter is None or not self.letters:
            return self.sentences, self.paragraphs
        if letter not in self.letters:
            raise SchemaError(f"{where}: no source with the letter {letter!r}")
        return self.letters[letter]

    @property
    def most(self) -> tuple[int, int]:
        """Return the largest counts over every article (for indices whose source is not recorded)."""
        counts = [(self.sentences, self.paragraphs), *self.letters.values()]
        return max(c[0] for c in counts), max(c[1] for c in counts)


def _index(value: Any, where: str, count: int) -> int:
    return integer(value, where, 0, max(count - 1, 0))


def _optional_index(value: Any, where: str, count: int) -> int | None:
    return optional_integer(value, where, 0, max(count - 1, 0))


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _fail(where: str, expected: str, value: Any) -> SchemaError:
    return SchemaError(f"{where}: expected {expected}, got {_kind(value)}")


def text(value: Any, where: str, limit: int = MAX_FIELD_CHARS) -> str:
    """Return a cleaned string (raises :class:`SchemaError` for anything else or a too long one)."""
    if not isinstance(value, str):
        raise _fail(where, "text", value)
    if len(value) > limit:
        raise SchemaError(f"{where}: text too long ({len(value):,} characters; at most {limit:,})")
    return clean_unicode(value)


def optional_text(value: Any, where: str) -> str | None:
    """Return a cleaned string or None."""
    return None if value is None else text(value, where)


def integer(value: Any, where: str, minimum: int = 0, maximum: int = MAX_INT) -> int:
    """Return a whole number in ``[minimum, maximum]`` (true/false and 3.0 are refused)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "a whole number", value)
    if not minimum <= value <= maximum:
        raise SchemaError(f"{where}: {value} is out of range ({minimum} to {maximum})")
    return value


def optional_integer(value: Any, where: str, minimum: int = 0, maximum: int = MAX_INT) -> int | None:
    """Return a whole number in range or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "a whole number or null", value)
    return integer(value, where, minimum, maximum)


def number(value: Any, where: str) -> float:
    """Return a finite number as float."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(where, "a number", value)
    try:
        result = float(value)
    except OverflowError:
        raise SchemaError(f"{where}: number too large") from None
    if not math.isfinite(result):
        raise SchemaError(f"{where}: expected a finite number")
    return result


def boolean(value: Any, where: str) -> bool:
    """Return true/false."""
    if not isinstance(value, bool):
        raise _fail(where, "true or false", value)
    return value


def obj(value: Any, where: str) -> dict[str, Any]:
    """Return a JSON object."""
    if not isinstance(value, dict):
        raise _fail(where, "an object", value)
    return value


def items(value: Any, where: str, check: Callable[[Any, str], Any], limit: int = MAX_ITEMS) -> list:
    """Return a list with every item checked by ``check(item, "where[i]")``."""
    if not isinstance(value, list):
        raise _fail(where, "a list", value)
    if len(value) > limit:
        raise SchemaError(f"{where}: too many items ({len(value):,}; at most {limit:,})")
    return [check(item, f"{where}[{i}]") for i, item in enumerate(value)]


def _texts(value: Any, where: str) -> list[str]:
    return items(value, where, text)


def article(value: Any, where: str = "article") -> Article:
    """Return the article (its body: a list of paragraphs, each a list of sentences)."""
    d = obj(value, where)
    paragraphs = items(d.get("paragraphs", []), f"{where}.paragraphs",
                       lambda p, w: items(p, w, text))
    return Article(
        title=text(d.get("title", ""), f"{where}.title"),
        paragraphs=paragraphs,
        date=optional_text(d.get("date"), f"{where}.date"),
        source=optional_text(d.get("source"), f"{where}.source"),
        url=optional_text(d.get("url"), f"{where}.url"),
        authors=_texts(d.get("authors", []), f"{where}.authors"),
        captions=_texts(d.get("captions", []), f"{where}.captions"),
        path=optional_text(d.get("path"), f"{where}.path"),
        format=text(d.get("format", "text"), f"{where}.format", limit=40),
        language=language_code_of(text(d.get("language", "en"), f"{where}.language", limit=40)),
        place=optional_text(d.get("place"), f"{where}.place"),
        warnings=_texts(d.get("warnings", []), f"{where}.warnings"),
    )


def options(value: Any, where: str = "options") -> SummaryOptions:
    """Return summary options (null or missing: the defaults)."""
    if value is None:
        return SummaryOptions()
    d = obj(value, where)
    percent = d.get("percent")
    return SummaryOptions(
        algorithm=optional_text(d.get("algorithm"), f"{where}.algorithm"),
        sentences=optional_integer(d.get("sentences"), f"{where}.sentences"),
        percent=None if percent is None else number(percent, f"{where}.percent"),
        words=optional_integer(d.get("words"), f"{where}.words"),
    )


def summary(value: Any, bounds: Bounds, where: str = "summary") -> Summary | None:
    """Return the machine summary of the (first) article, or None; indices must point into that article."""
    if value is None:
        return None
    d = obj(value, where)
    n_sentences, n_paragraphs = bounds.sentences, bounds.paragraphs

    def sentence(s: Any, w: str) -> SummarySentence:
        s = obj(s, w)
        return SummarySentence(index=_index(s.get("index"), f"{w}.index", n_sentences),
                               paragraph=_index(s.get("paragraph"), f"{w}.paragraph", n_paragraphs),
                               text=text(s.get("text"), f"{w}.text"),
                               score=number(s.get("score", 0.0), f"{w}.score"))

    return Summary(
        algorithm=text(d.get("algorithm"), f"{where}.algorithm", limit=100),
        sentences=items(d.get("sentences", []), f"{where}.sentences", sentence),
        total_sentences=integer(d.get("total_sentences", 0), f"{where}.total_sentences"),
        scores=items(d.get("scores", []), f"{where}.scores", number),
        options=options(d.get("options"), f"{where}.options"),
    )


def _letter(value: Any, where: str) -> str:
    letter = text(value, where, limit=10)
    if not letter.strip():
        raise SchemaError(f"{where}: a source letter cannot be empty")
    return letter


def citation(value: Any, where: str, bounds: Bounds) -> Citation:
    """Return where a point is stated: a source letter and a paragraph and sentence of that source's article."""
    d = obj(value, where)
    letter = _letter(d.get("source"), f"{where}.source")
    n_sentences, n_paragraphs = bounds.of(letter, f"{where}.source")
    return Citation(source=letter, paragraph=_index(d.get("paragraph"), f"{where}.paragraph", n_paragraphs),
                    index=_index(d.get("index"), f"{where}.index", n_sentences),
                    text=text(d.get("text", ""), f"{where}.text"))


def actor(value: Any, where: str, bounds: Bounds) -> Actor:
    """Return one actor; its sentence indices point into the article (the first one mentioning it, with sources)."""
    d = obj(value, where)
    n_sentences, n_paragraphs = bounds.most

    def by_source(v: Any, w: str) -> dict[str, list[int]]:
        out = {}
        for letter, indices in obj(v, w).items():
            n = bounds.of(letter, f"{w}.{letter}")[0]
            out[_letter(letter, w)] = items(indices, f"{w}.{letter}", lambda i, ww: _index(i, ww, n))
        return out

    return Actor(
        name=text(d.get("name"), f"{where}.name"),
        type=text(d.get("type", "PER"), f"{where}.type", limit=20),
        aliases=_texts(d.get("aliases", []), f"{where}.aliases"),
        role=text(d.get("role", ""), f"{where}.role"),
        mentions=integer(d.get("mentions", 0), f"{where}.mentions"),
        sentences=items(d.get("sentences", []), f"{where}.sentences", lambda i, w: _index(i, w, n_sentences)),
        salience=number(d.get("salience", 0.0), f"{where}.salience"),
        paragraph=_optional_index(d.get("paragraph"), f"{where}.paragraph", n_paragraphs),
        sources=by_source(d.get("sources") or {}, f"{where}.sources"),
    )


def removed_sentence(value: Any, where: str, bounds: Bounds) -> RemovedSentence:
    """Return one sentence the analyst removed from the key points (its index within its article)."""
    d = obj(value, where)
    letter = None if d.get("source") is None else _letter(d.get("source"), f"{where}.source")
    n_sentences, _n_paragraphs = bounds.of(letter, f"{where}.source")
    return RemovedSentence(index=_index(d.get("index"), f"{where}.index", n_sentences), source=letter,
                           text=text(d.get("text", ""), f"{where}.text"))


def key_point(value: Any, where: str, bounds: Bounds) -> KeyPoint:
    """Return one key point; its sentence index points into the article of its source (the first without one)."""
    d = obj(value, where)
    letter = None if d.get("source") is None else _letter(d.get("source"), f"{where}.source")
    n_sentences, n_paragraphs = bounds.of(letter, f"{where}.source")
    cite = lambda c, w: citation(c, w, bounds)  # noqa: E731 - a one-line adapter
    return KeyPoint(
        text=text(d.get("text"), f"{where}.text"),
        paragraph=_optional_index(d.get("paragraph"), f"{where}.paragraph", n_paragraphs),
        source_index=_optional_index(d.get("source_index"), f"{where}.source_index", n_sentences),
        edited=boolean(d.get("edited", False), f"{where}.edited"),
        score=number(d.get("score", 0.0), f"{where}.score"),
        pinned=boolean(d.get("pinned", False), f"{where}.pinned"),
        source=letter,
        citations=items(d.get("citations", []), f"{where}.citations", cite),
        variants=items(d.get("variants", []), f"{where}.variants", cite),
    )


def method(value: Any, where: str = "briefing.method") -> dict[str, Any]:
    """Return the method record: ``algorithm`` and ``language`` text, ``chosen``, ``total`` and ``sources``
    counts; other keys are kept when their value is text, a number, true/false or null (else refused)."""
    d = obj(value, where)
    out: dict[str, Any] = {}
    for key, item in d.items():
        w = f"{where}.{key}"
        if key in ("algorithm", "language"):
            if item is not None:
                out[key] = text(item, w, limit=100)
        elif key in ("chosen", "total", "sources"):
            if item is not None:
                out[key] = integer(item, w)
        elif item is None or isinstance(item, bool):
            out[key] = item
        elif isinstance(item, str):
            out[key] = text(item, w)
        elif isinstance(item, (int, float)):
            out[key] = number(item, w) if isinstance(item, float) else integer(item, w, -MAX_INT)
        else:
            raise _fail(w, "text, a number, true/false or null", item)
    return out


def source_ref(value: Any, where: str) -> SourceRef:
    """Return one source line of a brief of several articles."""
    d = obj(value, where)
    return SourceRef(letter=_letter(d.get("letter"), f"{where}.letter"),
                     publisher=text(d.get("publisher", ""), f"{where}.publisher"),
                     date=optional_text(d.get("date"), f"{where}.date"),
                     title=text(d.get("title", ""), f"{where}.title"),
                     url=optional_text(d.get("url"), f"{where}.url"),
                     note=text(d.get("note", ""), f"{where}.note"),
                     language=language_code_of(text(d["language"], f"{where}.language", limit=40))
                     if d.get("language") else "")  # older files have none: read as the brief


def briefing(value: Any, bounds: Bounds, where: str = "briefing") -> Briefing:
    """Return the briefing as the user shaped it."""
    d = obj(value if value is not None else {}, where)
    return Briefing(
        title=text(d.get("title", ""), f"{where}.title"),
        bottom_line=text(d.get("bottom_line", ""), f"{where}.bottom_line"),
        key_points=items(d.get("key_points", []), f"{where}.key_points", lambda k, w: key_point(k, w, bounds)),
        actors=items(d.get("actors", []), f"{where}.actors", lambda a, w: actor(a, w, bounds)),
        banner=text(d.get("banner", ""), f"{where}.banner"),
        analyst_comment=text(d.get("analyst_comment", ""), f"{where}.analyst_comment"),
        source=optional_text(d.get("source"), f"{where}.source"),
        date=optional_text(d.get("date"), f"{where}.date"),
        url=optional_text(d.get("url"), f"{where}.url"),
        authors=_texts(d.get("authors", []), f"{where}.authors"),
        method=method(d.get("method") or {}, f"{where}.method"),
        language=language_code_of(text(d.get("language", "en"), f"{where}.language", limit=40)),
        sources=items(d.get("sources", []), f"{where}.sources", source_ref),
        bottom_line_citations=items(d.get("bottom_line_citations", []), f"{where}.bottom_line_citations",
                                    lambda c, w: citation(c, w, bounds)),
        # Only two orders exist; anything else (a later version's) reads as the machine's ranking.
        removed=items(d.get("removed", []), f"{where}.removed", lambda r, w: removed_sentence(r, w, bounds)),
        actor_order="analyst" if text(d.get("actor_order", "salience"), f"{where}.actor_order",
                                      limit=40) == "analyst" else "salience",
    )


def sources(value: Any, first: Article, where: str = "sources") -> list[Source]:
    """Return the sources of a brief of several articles: letters unique; an entry without an article is ``first``."""
    out: list[Source] = []
    for i, entry in enumerate(items(value, where, obj)):
        w = f"{where}[{i}]"
        letter = _letter(entry.get("letter"), f"{w}.letter")
        if any(s.letter == letter for s in out):
            raise SchemaError(f"{w}.letter: the letter {letter!r} is used twice")
        out.append(Source(letter, article(entry["article"], f"{w}.article") if entry.get("article") else first))
    return out


def multi_summary(value: Any, bounds: Bounds, where: str = "multi_summary") -> MultiSummary | None:
    """Return the machine's joint points of several articles (or None)."""
    if value is None:
        return None
    d = obj(value, where)
    return MultiSummary(
        algorithm=text(d.get("algorithm"), f"{where}.algorithm", limit=100),
        points=items(d.get("points", []), f"{where}.points", lambda k, w: key_point(k, w, bounds)),
        total_sentences=integer(d.get("total_sentences", 0), f"{where}.total_sentences"),
        sources=integer(d.get("sources", 0), f"{where}.sources"),
        options=options(d.get("options"), f"{where}.options"),
        copies={_letter(k, f"{where}.copies"): _letter(v, f"{where}.copies.{k}")
                for k, v in obj(d.get("copies", {}), f"{where}.copies").items()},
        isolated=items(d.get("isolated", []), f"{where}.isolated", _letter),
    )


def document_parts(data: Any) -> dict[str, Any]:
    """Check a briefing file's top-level object; return the keyword arguments of ``BriefingDocument``.

    Raises :class:`SchemaError` naming the first field that is missing, of the wrong type or out of range.
    """
    d = obj(data, "the file")
    if "article" not in d:
        raise SchemaError("article: missing")
    art = article(d["article"])
    several = sources(d.get("sources") or [], art)
    if several:
        art = several[0].article
    bounds = Bounds(art.sentence_count, len(art.paragraphs),
                    {s.letter: (s.article.sentence_count, len(s.article.paragraphs)) for s in several})
    return {
        "article": art,
        "options": options(d.get("options")),
        "summary": summary(d.get("summary"), bounds),
        "machine_actors": items(d.get("machine_actors") or [], "machine_actors", lambda a, w: actor(a, w, bounds)),
        "briefing": briefing(d.get("briefing"), bounds),
        "version": integer(d.get("version", 1), "version", 1),
        "sources": several,
        "multi": multi_summary(d.get("multi_summary"), bounds) if several else None,
    }
