"""Text into an article: decoding in any common encoding (charset-normalizer), the binary check,
and the shared last step of every reader (cleaned paragraphs split into sentences).
"""

from __future__ import annotations

import codecs
import re
from contextvars import ContextVar
from typing import Callable

from ..errors import LoadError
from ..language.languages import choose_language
from ..language.tokenizer import get_tokenizer
from ..model import Article
from .cleaning import clean_text, source_from_url
from .front import is_date_line, read_front_matter
from .mail_paste import read_pasted_mail
from .sniff import MAX_CONTROL_SHARE  # more control characters than this share: a binary file

#: Longest body accepted, in words (about 2,000 pages).
MAX_WORDS = 1_000_000


LOAD_PROGRESS: ContextVar[Callable[[float, str], None] | None] = ContextVar("briefing_load_progress", default=None)
#: The language the article being loaded is processed in: ``"auto"`` (detected), a code or an English name.
LOAD_LANGUAGE: ContextVar[str] = ContextVar("briefing_load_language", default="auto")
#: Characters the language detector reads (py3langid's own limit in language.detect).
DETECT_CHARS = 20_000


def decode_text(data: bytes, name: str = "text", warnings: list[str] | None = None) -> str:
    """Decode bytes in a common encoding: UTF-8 (with or without BOM), UTF-16,
    cp1251, cp1252 or latin-1.

    A few control characters or NUL bytes in otherwise normal text are removed,
    with a note appended to ``warnings`` when given. Raises :class:`LoadError`
    for binary data (many control characters) or bytes no encoding explains.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return check_text(data[3:].decode("utf-8"), name, warnings)
        except UnicodeDecodeError as exc:
            # A UTF-8 mark on text in another encoding (an editor added it, a converter kept it): detected.
            if warnings is not None:
                warnings.append(f"{name}: starts with a UTF-8 byte-order mark but is not UTF-8 (byte {exc.start + 3}); "
                                f"its encoding was detected.")
            data = data[3:]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return check_text(_strict(data, "utf-16", name), name, warnings)
    if len(data) >= 4 and b"\x00" in data[:4096]:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) * 0.3 and even == 0:
            return check_text(_strict(data, "utf-16-le", name), name, warnings)
        if even > len(sample) * 0.3 and odd == 0:
            return check_text(_strict(data, "utf-16-be", name), name, warnings)
    try:
        return check_text(data.decode("utf-8"), name, warnings)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Only the single-byte encodings the app promises: a wider choice makes
    # charset-normalizer pick look-alikes (cp1250 for French cp1252 text).
    best = from_bytes(data, cp_isolation=["cp1252", "cp1251", "koi8_r"]).best()
    if best is not None:
        return check_text(str(best), name, warnings)
    # latin-1 maps every byte; accept it only for text-like results.
    return check_text(data.decode("latin-1"), name, warnings)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(f"{name}: invalid {encoding.upper()} text at byte {exc.start}; save the file again as UTF-8.") from exc


#: C0 controls other than tab, line feed, vertical tab, form feed and carriage
#: return; DEL; and the C1 controls (never text, often left by broken converters).
#: One regex class: about 20 times faster than ``str.translate`` with a dict of
#: them (that took 0.1 s of a 100,000-word text's opening).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> tuple[str, int]:
    """Return ``text`` without control characters (NUL included), and how many were removed."""
    return _CONTROL_RE.subn("", text)


def check_text(text: str, name: str, warnings: list[str] | None = None) -> str:
    """Return decoded ``text`` without control characters (each reader's last check; :mod:`.mime` decodes its
    parts itself); raise :class:`LoadError` when more than :data:`MAX_CONTROL_SHARE` of it are: a binary file."""
    # The whole text, not a head sample (issue 18): binary data after the first 20,000 characters counts too
    # (one regex scan: a few ms for a 100,000-word text).
    stripped, removed = strip_controls(text)
    if text and removed / len(text) > MAX_CONTROL_SHARE:
        raise LoadError(f"{name}: looks like a binary file, not text; open the article as text, HTML, PDF or Word.")
    text = stripped
    if removed and warnings is not None:
        warnings.append(f"{name}: {removed:,} control character{'s' if removed != 1 else ''} "
                        f"(such as NUL) removed from the text.")
    return text


#: Tags a fragment of a web page saved as text opens with ("<div class=...><h1>...").
_FRAGMENT_OPENERS = ("<div", "<article", "<section", "<main", "<header", "<p>", "<p ", "<h1", "<h2", "<h3",
                     "<table", "<ul", "<head", "<meta", "<title", "<span", "<link", "<script", "<style")
#: End tags one of which such a fragment closes within its first 2,000 characters.
_FRAGMENT_CLOSERS = ("</p>", "</div>", "</h1>", "</h2>", "</h3>", "</li>", "</td>", "</span>", "</title>",
                     "</article>", "</section>", "</script>", "</style>")


def looks_like_html(text: str, fragment: bool = True) -> bool:
    """True when a text file holds a web page: a doctype, ``<html>``, a ``<body>``, an XHTML page after its XML
    declaration, or (with ``fragment``) a page's part that opens with a block tag and closes one. Markdown may
    open with inline HTML: pass ``fragment=False`` for it."""
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return True
    if head.startswith("<?xml"):
        return "<html" in head
    return fragment and head.startswith(_FRAGMENT_OPENERS) and any(tag in head for tag in _FRAGMENT_CLOSERS)


def same_words(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` hold the same words, case and punctuation aside (a title repeated in the body)."""
    if len(a) > 3 * len(b) + 100 or len(b) > 3 * len(a) + 100:
        return False  # a whole one-line body against a title: no need to read it letter by letter
    def words(s: str) -> list[str]:
        return "".join(c.lower() if c.isalnum() else " " for c in s).split()
    return words(a) == words(b)


def build_article(cleaned_paragraphs: list[str], name: str, **meta) -> Article:
    """Split cleaned paragraphs into sentences and return the article with ``meta`` (Article fields), in its language.

    The opening lines go through :func:`~.front.read_front_matter` first: a date
    line, a source line or a dateline is taken out of the body and fills
    ``date``, ``place`` and ``source`` where ``meta`` leaves them empty (the
    reader's metadata wins). A title that is only a date line becomes front
    matter too. The language is :data:`LOAD_LANGUAGE`'s (``"auto"``: detected
    from the title and text, English when unsure; see
    :func:`~briefing.core.language.languages.choose_language`); sentences are
    split with that language's rules. Raises :class:`LoadError` when no text
    remains or it is too long.
    """
    title = meta.get("title") or ""
    if title and is_date_line(title):
        cleaned_paragraphs = [title, *cleaned_paragraphs]
        meta["title"] = ""
    elif title and not any(c.isalpha() for c in title):
        meta["title"] = ""  # "1", "1.", "2024": a title holds letters (a row number, a year, in any reader)
    cleaned_paragraphs = [strip_controls(p)[0] for p in cleaned_paragraphs]
    front = read_front_matter(cleaned_paragraphs)
    cleaned_paragraphs = front.paragraphs
    meta["date"] = meta.get("date") or front.date
    meta["source"] = meta.get("source") or front.source
    meta["place"] = meta.get("place") or front.place
    choice = choose_language(_language_sample(meta.get("title") or "", cleaned_paragraphs), LOAD_LANGUAGE.get())
    tokenizer = get_tokenizer(choice.code)
    progress = LOAD_PROGRESS.get()
    pending, rest = None, []
    if LOAD_PARALLEL.get() and sum(map(len, cleaned_paragraphs)) >= PARALLEL_MIN_CHARS:
        from ..parallel import call_in_child

        cut = _half_way(cleaned_paragraphs)
        pending = call_in_child(_split_paragraphs, tokenizer, cleaned_paragraphs[cut:])
        if pending is not None:
            cleaned_paragraphs, rest = cleaned_paragraphs[:cut], cleaned_paragraphs[cut:]
    paragraphs = []
    for i, p in enumerate(cleaned_paragraphs):
        if progress and i % 100 == 0:
            progress(i / len(cleaned_paragraphs), "Splitting sentences")
        paragraphs.append(list(tokenizer.to_sentences(p)))
    if pending is not None:
        from ..parallel import ChildFailed

        try:
            paragraphs.extend(pending())
        except ChildFailed:
            paragraphs.extend(_split_paragraphs(tokenizer, rest))  # the child failed: split them here
    paragraphs = [p for p in paragraphs if p]
    meta["language"] = choice.code
    article = Article(paragraphs=paragraphs, **meta)
    if not paragraphs:
        raise LoadError(f"{name}: no article text found in the file; check it is the article itself, not a list of links or an empty page.")
    if article.word_count > MAX_WORDS:
        raise LoadError(f"{name}: the text is too long ({article.word_count:,} words; at most {MAX_WORDS:,}); open the article alone, not a whole book or collection.")
    return article


#: True while the command line opens an article (``brief.pipeline.analyse_file(parallel=True)``): a long
#: text's paragraphs are then split into sentences half here, half in a forked child (see ``core/parallel.py``).
LOAD_PARALLEL: ContextVar[bool] = ContextVar("LOAD_PARALLEL", default=False)
#: Texts shorter than this (about 10,000 words) are split in one process (a fork costs 10-30 ms).
PARALLEL_MIN_CHARS = 60_000


def _split_paragraphs(tokenizer, paragraphs: list[str]) -> list[list[str]]:
    """Return each paragraph's sentences (as :func:`build_article` splits them)."""
    return [list(tokenizer.to_sentences(p)) for p in paragraphs]


def _half_way(paragraphs: list[str]) -> int:
    """Return the index that cuts ``paragraphs`` into two runs of about the same length in characters."""
    half, size = sum(map(len, paragraphs)) / 2, 0
    for i, p in enumerate(paragraphs):
        size += len(p)
        if size >= half:
            return i + 1
    return len(paragraphs)


def _language_sample(title: str, paragraphs: list[str]) -> str:
    """Return the title and the first paragraphs, up to the detector's limit (it reads no further)."""
    parts, size = [title], len(title)
    for p in paragraphs:
        if size >= DETECT_CHARS:
            break
        parts.append(p)
        size += len(p) + 1
    return "\n".join(parts)[:DETECT_CHARS]


def article_from_text(text: str, name: str = "text", fmt: str = "text", language: str | None = None) -> Article:
    """Build an article from plain text or scraped Markdown (also used for pasted text).

    ``language``: ``"auto"`` (detect), a code or an English name; ``None``
    keeps the language of the load in progress (``"auto"`` outside one).
    Raises :class:`LoadError` when no body text remains after cleaning, and
    :class:`~briefing.core.language.languages.UnknownLanguageError` for an unsupported language.
    """
    if language is not None:
        token = LOAD_LANGUAGE.set(language)
        try:
            return article_from_text(text, name, fmt)
        finally:
            LOAD_LANGUAGE.reset(token)
    warnings: list[str] = []
    text = check_text(text, name, warnings) if text else text
    if not text.strip():
        raise LoadError(f"{name}: the text is empty; check that the article was saved into it.")
    if len(text.split()) > MAX_WORDS * 1.2:
        raise LoadError(f"{name}: the text is too long (more than {MAX_WORDS:,} words); open the article alone, not a whole book or collection.")
    # A forwarded mail, or a reply over a quoted story: the story is the article (its subject and date fallbacks).
    mail = read_pasted_mail(text)
    if mail is not None:
        text = mail.body
    # A .md file is Markdown; a text or a paste is when it is shaped so ("*Star*" in a plain text stays as typed).
    cleaned = clean_text(text, markdown=True if fmt == "markdown" else None)
    title = cleaned.title
    if mail is not None and mail.subject and (not title or title.endswith((",", ":"))):
        title = mail.subject  # "Subject: FW: <headline>" over a story that names none ("Hi all," is no headline)
    # A one-line article without a final period is read as a title with no body: it is the body too.
    paragraphs = cleaned.paragraphs or ([cleaned.title] if cleaned.title else [])
    article = build_article(
        paragraphs, name, title=title, date=cleaned.date, url=cleaned.url,
        source=source_from_url(cleaned.url) or cleaned.source,
        authors=cleaned.authors or (mail.authors if mail is not None else []), captions=cleaned.captions, format=fmt,
        warnings=warnings,
    )
    if mail is not None and not article.date and mail.iso_date:
        article.date = mail.iso_date  # the day it was mailed, when the story gives none
    return article



def with_language(article: Article, language: str) -> Article:
    """Return a copy of ``article`` processed in ``language``: its paragraphs split into sentences again.

    ``language`` is ``"auto"`` (detect again), an ISO code or an English name.
    Metadata (title, date, source, captions...) is kept; the date is taken
    from a dateline only when the article had none. Raises
    :class:`~briefing.core.language.languages.UnknownLanguageError` for an unsupported language.
    """
    from dataclasses import replace

    paragraphs = [" ".join(p) for p in article.paragraphs]
    token = LOAD_LANGUAGE.set(language)
    try:
        rebuilt = build_article(paragraphs, article.title or "article", title=article.title, date=article.date)
    finally:
        LOAD_LANGUAGE.reset(token)
    return replace(article, paragraphs=rebuilt.paragraphs, language=rebuilt.language, date=rebuilt.date)
