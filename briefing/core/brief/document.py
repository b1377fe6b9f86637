"""The briefing document: what the app edits and saves (no Qt here).

A :class:`BriefingDocument` holds the cleaned article, the summary options, the
machine's summary and actors, and the :class:`~briefing.core.model.Briefing`
as the user has shaped it (edited, reordered, added or deleted key points and
actors, title, bottom line, banner, analyst comment). It is saved as one JSON
file that reopens exactly as saved.

The edit operations here are plain functions on the data so that the GUI's
undo commands, the tests and any other front end share them.
"""

from __future__ import annotations

import json
import os
import stat
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import write_atomically
from ..errors import ExportError, LoadError
from ..isolate import in_isolated_child
from ..model import Actor, Article, Briefing, KeyPoint, RemovedSentence, Summary, SummaryOptions
from ..multi.points import MultiSummary
from ..multi.sources import Source
from ..progress import ProgressCallback
from ..safetext import clean_strings
from ..written import check_replaceable, remember
from . import schema
from .snapshot import clone, clone_sharing
from .pipeline import key_points_from_summary, make_briefing, method_of, with_first_mentions

#: The ``format`` value every briefing file carries.
FORMAT_NAME = "briefing-document"
#: The current file format version; files with a newer version are refused. Version 2 (issue 16) adds
#: several sources: ``sources`` (letter and article of each; the first one's article is the top-level
#: ``article``), ``multi_summary`` and the points' citations. A brief of one article is still written as
#: version 1, so older versions of the app keep opening it; version 1 files open unchanged.
FORMAT_VERSION = 2
#: The version written for a brief of one article (nothing in it needs version 2).
SINGLE_SOURCE_VERSION = 1
#: The suggested file name suffix of briefing files.
SUFFIX = ".briefing"
#: File dialog filter for briefing files.
FILE_FILTER = "Briefing files (*.briefing *.json);;All files (*)"
#: Largest briefing file accepted (bytes).
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


@dataclass
class BriefingDocument:
    """An article with its machine summary and the user's briefing.

    ``summary`` and ``machine_actors`` are what the algorithms chose (kept so a
    user can reset to them); ``briefing`` is what the brief shows.

    A brief of several articles (issue 16) lists them in ``sources`` (each
    with its letter; ``article`` is then the first one's) and keeps the
    machine's joint points in ``multi``; both are empty for one article.
    """

    article: Article
    options: SummaryOptions = field(default_factory=SummaryOptions)
    summary: Summary | None = None
    machine_actors: list[Actor] = field(default_factory=list)
    briefing: Briefing = field(default_factory=Briefing)
    version: int = FORMAT_VERSION
    sources: list[Source] = field(default_factory=list)
    multi: MultiSummary | None = None

    @property
    def is_multi(self) -> bool:
        """Return True for a brief drawn from several articles (its points cite sources by letter)."""
        return bool(self.sources)

    def source(self, letter: str | None) -> Source | None:
        """Return the source with ``letter`` (None when there is none)."""
        return next((s for s in self.sources if s.letter == letter), None)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict written by :func:`save_document` (version 2 only with several sources)."""
        data = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION if self.sources else SINGLE_SOURCE_VERSION,
            "article": self.article.to_dict(),
            "options": self.options.to_dict(),
            "summary": self.summary.to_dict() if self.summary is not None else None,
            "machine_actors": [a.to_dict() for a in self.machine_actors],
            "briefing": self.briefing.to_dict(),
        }
        if self.sources:
            # The first source's article is the top-level "article" (not written twice).
            data["sources"] = [{"letter": s.letter} if s.article is self.article else s.to_dict()
                               for s in self.sources]
            data["multi_summary"] = self.multi.to_dict() if self.multi is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "BriefingDocument":
        """Rebuild a document from :meth:`to_dict` output, checking every field (see :mod:`.schema`).

        Raises :class:`~briefing.core.brief.schema.SchemaError` (a ``ValueError``) naming the first
        field of the wrong type or out of range; every string comes back cleaned of unencodable characters.
        """
        return cls(**schema.document_parts(data))

    def copy(self, machine_actors: list[Actor] | None = None) -> "BriefingDocument":
        """Return a deep copy (the articles are shared: nothing edits them; :func:`~.snapshot.clone`, not
        ``deepcopy``: every edit and undo copies the document, 0.15 s with ``deepcopy`` for 3,700 actors).

        ``machine_actors``, when given, is used as the copy's list as it is (not copied): two snapshots that are
        never edited (the undo history's) share an unchanged list that way.
        """
        machine = machine_actors if machine_actors is not None else clone(self.machine_actors)
        return BriefingDocument(self.article, clone(self.options), clone(self.summary),
                                machine, clone(self.briefing), self.version,
                                [Source(s.letter, s.article) for s in self.sources], clone(self.multi))

    def copy_sharing(self, base: "BriefingDocument") -> "BriefingDocument":
        """Return a deep copy (the articles shared, as :meth:`copy`) made of ``base``'s parts wherever they equal
        this document's (:func:`~.snapshot.clone_sharing`): the undo history's copy-on-write. Neither ``base`` nor
        the copy may be edited while the other is kept."""
        return BriefingDocument(self.article, clone_sharing(self.options, base.options),
                                clone_sharing(self.summary, base.summary),
                                clone_sharing(self.machine_actors, base.machine_actors),
                                clone_sharing(self.briefing, base.briefing), self.version,
                                [Source(s.letter, s.article) for s in self.sources],
                                clone_sharing(self.multi, base.multi))


def new_document(article: Article, summary: Summary, actors: list[Actor],
                 options: SummaryOptions | None = None) -> BriefingDocument:
    """Return a fresh document: the machine's briefing of ``article``."""
    return BriefingDocument(
        article=article,
        options=deepcopy(options if options is not None else summary.options),
        summary=summary,
        machine_actors=with_first_mentions(article, deepcopy(actors)),
        briefing=make_briefing(article, summary, deepcopy(actors)),
    )


@dataclass
class OpenedFile:
    """What :func:`open_file` made of a path: the document, and whether the file was a briefing file
    (else an article that was analysed into a new document)."""

    document: BriefingDocument
    is_briefing: bool


def open_file(path: str | os.PathLike, options: SummaryOptions | None = None,
              progress: ProgressCallback | None = None, implementation: str = "auto") -> OpenedFile:
    """Open a briefing file, or load and analyse an article into a new document.

    This is the whole of "File > Open" without Qt, so the window can run it in
    a child process (:func:`briefing.core.isolate.run_isolated`): it reads the
    file, parses untrusted input and summarizes. Raises
    :class:`~briefing.core.errors.LoadError` or
    :class:`~briefing.core.errors.SummaryError` with one line.
    """
    from .pipeline import analyse_file

    if is_briefing_file(path):
        if progress:
            progress(0.1, "Opening the briefing…")
        return OpenedFile(load_document(path), True)
    # In the window's child process (one thread) a long article is summarized in a second process while its
    # actors are found, as on the command line; called anywhere else, it runs in this process.
    analysis = analyse_file(path, options, progress, implementation, parallel=in_isolated_child())
    return OpenedFile(new_document(analysis.article, analysis.summary, analysis.actors, options), False)


def document_from_text(text: str, options: SummaryOptions | None = None, progress: ProgressCallback | None = None,
                       name: str = "Pasted text", html: str = "") -> BriefingDocument:
    """Clean pasted text as an article and analyse it into a new document (unencodable characters
    are cleaned first). ``html``: the clipboard's HTML copy of the same selection, read instead when it makes a
    better article (:func:`briefing.core.ingest.paste.pasted_article`). Raises
    :class:`~briefing.core.errors.LoadError` for text with no article in it."""
    from .pipeline import analyse_text

    analysis = analyse_text(text, options, progress, name, parallel=in_isolated_child(), html=html)
    return new_document(analysis.article, analysis.summary, analysis.actors, options)


def save_document(doc: BriefingDocument, path: str | os.PathLike, extra: dict[str, Any] | None = None,
                  sources: tuple = (), force: bool = False) -> None:
    """Write ``doc`` as JSON to ``path`` atomically (temporary file, fsync, rename).

    ``extra`` keys are added to the top-level object (the app records there,
    e.g., which file a recovery copy belongs to). Raises :class:`ExportError`
    when the file cannot be written; an existing file is then left untouched.
    The target is checked first (:func:`~briefing.core.written.check_replaceable`):
    :class:`~briefing.core.atomic.UnsafeTarget` for a link, folder, FIFO or
    device, for one of ``sources`` (the article file is always one), and,
    unless ``force``, for an existing file that is not exactly as briefing last
    saved or opened it (:func:`briefing.core.written.is_unchanged`: a briefing
    file edited by hand since, another program's file, or a missing record).
    The written bytes' fingerprint is recorded.
    Strings are cleaned of unencodable characters on the way out.
    """
    sources = (*sources, doc.article.path, *(s.article.path for s in doc.sources))
    target = Path(path)
    check_replaceable(target, sources, force, since="saved or opened")
    raw = encode_document(doc, extra, target.name)
    try:
        write_atomically(target, raw)
    except OSError as exc:
        raise ExportError(f"{target.name}: cannot save the briefing there ({exc.strerror or exc}).") from exc
    remember(target, raw)


def encode_document(doc: BriefingDocument, extra: dict[str, Any] | None = None, name: str = "") -> bytes:
    """Return the bytes :func:`save_document` writes for ``doc`` (UTF-8 JSON; ``extra`` keys added at the top).

    Reads ``doc`` only, so another thread may encode a copy nobody edits (the window's autosave does).
    Raises :class:`ExportError` (naming ``name``) when the document cannot be written as JSON.
    """
    data = clean_strings(doc.to_dict())
    if extra:
        data.update(clean_strings(dict(extra)))
    try:
        text = json.dumps(data, ensure_ascii=False, indent=1)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ExportError(f"{name + ': ' if name else ''}the briefing could not be written as JSON ({exc}).") from exc
    return text.encode("utf-8")


def load_document_data(path: str | os.PathLike) -> dict[str, Any]:
    """Return the top-level JSON object of a briefing file, checked for format and version.

    Raises :class:`LoadError` for a missing, unreadable or too large file, bad
    JSON, a file that is not a briefing file, or a newer format version.
    """
    return _read_document_data(path)[0]


def _read_document_data(path: str | os.PathLike) -> tuple[dict[str, Any], bytes]:
    """:func:`load_document_data`, and the bytes read."""
    target = Path(path)
    try:
        st = target.stat()
        if stat.S_ISDIR(st.st_mode):
            raise LoadError(f"{target.name}: is a folder, not a briefing file.")
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            raise LoadError(f"{target.name}: is not a regular file.")
        if st.st_size > MAX_DOCUMENT_BYTES:
            raise LoadError(f"{target.name}: the file is too large to be a briefing file "
                            f"(at most {MAX_DOCUMENT_BYTES // 2**20} MiB).")
        with target.open("rb") as fh:
            raw = fh.read(MAX_DOCUMENT_BYTES + 1)
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise LoadError(f"{target.name}: the file is too large to be a briefing file "
                            f"(at most {MAX_DOCUMENT_BYTES // 2**20} MiB).")
    except FileNotFoundError as exc:
        raise LoadError(f"{target.name or target}: no such file; check the path (the file may have been moved, "
                        f"renamed or deleted).") from exc
    except OSError as exc:
        raise LoadError(f"{target.name}: cannot be read ({exc.strerror or exc}).") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LoadError(f"{target.name}: is not a briefing file (not valid JSON).") from exc
    except RecursionError as exc:  # e.g. 100,000 nested brackets: the parser's depth limit
        raise LoadError(f"{target.name}: is not a briefing file (nested too deeply).") from exc
    except ValueError as exc:  # e.g. a 5,000-digit integer (Python's int digit limit)
        raise LoadError(f"{target.name}: is not a briefing file (a number is too long).") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise LoadError(f"{target.name}: is not a briefing file (no \"format\": \"{FORMAT_NAME}\").")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise LoadError(f"{target.name}: the briefing file has no valid format version.")
    if version > FORMAT_VERSION:
        raise LoadError(f"{target.name}: was saved by a newer version of briefing (format {version}; "
                        f"this version reads up to {FORMAT_VERSION}).")
    return data, raw


def load_document(path: str | os.PathLike) -> BriefingDocument:
    """Open a briefing file written by :func:`save_document`.

    Raises :class:`LoadError` with a one-sentence message for bad JSON, a wrong
    version, a file that is not a briefing file, or missing/damaged parts.
    The fingerprint of the bytes opened is recorded (:mod:`briefing.core.written`):
    what was opened is what Save writes back, so Save may replace the file
    without asking while it stays as opened (not after a hand edit since).
    """
    data, raw = _read_document_data(path)
    try:
        doc = BriefingDocument.from_dict(data)
    except schema.SchemaError as exc:
        raise LoadError(f"{Path(path).name}: the briefing file is damaged ({exc}).") from exc
    if not doc.article.paragraphs:
        raise LoadError(f"{Path(path).name}: the briefing file holds no article text.")
    remember(path, raw)
    return doc


def is_briefing_file(path: str | os.PathLike) -> bool:
    """Return True when ``path`` looks like a briefing file (by suffix or first bytes)."""
    p = Path(path)
    if p.suffix.lower() == SUFFIX:
        return True
    if p.suffix.lower() != ".json":
        return False
    try:
        if not stat.S_ISREG(p.stat().st_mode):  # never open a FIFO or device: it would block
            return False
        with p.open("rb") as fh:
            head = fh.read(200)
    except OSError:
        return False
    return FORMAT_NAME.encode() in head


# ---------------------------------------------------------------- edits


def point_from_sentence(article: Article, index: int, score: float = 0.0) -> KeyPoint:
    """Return a key point holding body sentence ``index`` verbatim (raises ``IndexError``)."""
    sentence = article.sentences[index]
    return KeyPoint(text=sentence.text, paragraph=sentence.paragraph, source_index=index, score=score)


def point_position(points: list[KeyPoint], index: int) -> int:
    """Return where a point from sentence ``index`` goes: before the first later source sentence."""
    for pos, point in enumerate(points):
        if point.source_index is not None and point.source_index > index:
            return pos
    return len(points)


def point_for_sentence(points: list[KeyPoint], index: int) -> int | None:
    """Return the position of the key point taken from sentence ``index``, or None."""
    for pos, point in enumerate(points):
        if point.source_index == index:
            return pos
    return None


def set_point_text(point: KeyPoint, text: str, article: Article) -> None:
    """Change a point's text; it is marked edited when it differs from its source sentence."""
    point.text = text
    if point.source_index is None:
        point.edited = True
        return
    try:
        source = article.sentences[point.source_index].text
    except IndexError:
        source = None
    point.edited = text.strip() != (source or "").strip()


def machine_points(doc: BriefingDocument) -> list[KeyPoint]:
    """Return the machine's key points (the summary in article order; several sources: best first)."""
    if doc.sources:
        if doc.multi is None:
            return []
        line = " ".join(doc.briefing.bottom_line.split())
        return [p for p in deepcopy(doc.multi.points) if " ".join(p.text.split()) != line]
    if doc.summary is None:
        return []
    return key_points_from_summary(doc.summary, doc.article, doc.briefing.bottom_line)


def merge_actors(a: Actor, b: Actor) -> Actor:
    """Return one actor standing for both ``a`` and ``b``.

    ``a`` gives the name, type and (if it has one) the role; ``b``'s name joins
    the aliases; aliases and sentence indices are unioned; mentions add up;
    salience is the larger one.
    """
    aliases: list[str] = []
    for name in [*a.aliases, b.name, *b.aliases]:
        if name and name != a.name and name not in aliases:
            aliases.append(name)
    return Actor(
        name=a.name,
        type=a.type,
        aliases=aliases,
        role=a.role or b.role,
        mentions=a.mentions + b.mentions,
        sentences=sorted(set(a.sentences) | set(b.sentences)),
        salience=max(a.salience, b.salience),
        paragraph=min((p for p in (a.paragraph, b.paragraph) if p is not None), default=None),
        # Several sources: the sentences naming either, source by source (they were lost in a merge).
        sources={letter: sorted(set(a.sources.get(letter, [])) | set(b.sources.get(letter, [])))
                 for letter in sorted(set(a.sources) | set(b.sources))},
    )


def removed_keys(briefing: Briefing) -> set[tuple[str | None, int]]:
    """Return the ``(source letter or None, sentence index)`` of every sentence the analyst removed."""
    return {r.key for r in briefing.removed}


def _sentence_text(doc: BriefingDocument, letter: str | None, index: int) -> str:
    source = doc.source(letter) if letter is not None else None
    article = source.article if source is not None else doc.article
    return article.sentences[index].text if 0 <= index < article.sentence_count else ""


def remove_point(doc: BriefingDocument, row: int) -> KeyPoint:
    """Take key point ``row`` out of the brief and return it (``IndexError`` for no such row).

    A point from an article sentence is remembered in ``briefing.removed``: a
    new summary (another algorithm or length) does not bring that sentence back
    (:func:`apply_summary`); :func:`restore_removed` or adding the sentence again does.
    """
    point = doc.briefing.key_points.pop(row)
    key = point.sentence_key
    if key is not None and key not in removed_keys(doc.briefing):
        doc.briefing.removed.append(RemovedSentence(key[1], key[0], _sentence_text(doc, *key)))
    return point


def forget_removal(doc: BriefingDocument, index: int, source: str | None = None) -> None:
    """Forget that the analyst removed sentence ``index`` (of source ``source``): they added it again."""
    doc.briefing.removed = [r for r in doc.briefing.removed if r.key != (source, index)]


def restore_removed(doc: BriefingDocument) -> int:
    """Bring back the machine's points the analyst removed and forget every removal; return how many came back.

    Only sentences the current machine summary holds come back (in article
    order for one article, at the end for several sources); the others may be
    chosen by a later summary again.
    """
    removed = removed_keys(doc.briefing)
    points = doc.briefing.key_points
    present = {p.sentence_key for p in points}
    back = [p for p in machine_points(doc) if p.sentence_key in removed and p.sentence_key not in present]
    for p in back:
        if doc.sources:
            points.append(p)
        else:
            points.insert(point_position(points, p.source_index), p)
    doc.briefing.removed = []
    return len(back)


def without_removed(points: list[KeyPoint], briefing: Briefing) -> tuple[list[KeyPoint], int]:
    """Return the machine's ``points`` less the sentences the analyst removed, and how many were left out
    (the analyst's own points always stay)."""
    removed = removed_keys(briefing)
    out = [p for p in points if is_analyst_point(p) or p.sentence_key not in removed]
    return out, len(points) - len(out)


@dataclass
class KeptPoints:
    """How many of the analyst's key points a new summary kept, by kind; ``withheld`` counts the new
    summary's points left out because the analyst had removed their sentences."""

    edited: int = 0
    added: int = 0
    pinned: int = 0
    withheld: int = 0

    @property
    def total(self) -> int:
        """Return how many points were kept."""
        return self.edited + self.added + self.pinned


def is_analyst_point(point: KeyPoint) -> bool:
    """Return True for a point the analyst shaped: edited, written, or a sentence they chose (pinned)."""
    return point.edited or point.pinned or point.source_index is None


def merge_points(summary: Summary, article: Article, bottom_line: str, kept: list[tuple[int, KeyPoint]]) -> list[KeyPoint]:
    """Return the summary's points with the analyst's ``kept`` ``(row, point)`` pairs merged in.

    A kept point of an article sentence replaces the machine's point of that
    sentence and takes its place in article order; a written point keeps its row.
    """
    covered = {p.source_index for _row, p in kept if p.source_index is not None}
    points = [p for p in key_points_from_summary(summary, article, bottom_line) if p.source_index not in covered]
    points += [p for _row, p in kept if p.source_index is not None]
    points.sort(key=lambda p: p.source_index)
    for row, p in kept:
        if p.source_index is None:
            points.insert(min(row, len(points)), p)
    return points


def apply_summary(doc: BriefingDocument, summary: Summary, options: SummaryOptions) -> KeptPoints:
    """Make a new summary the machine's points, keeping the analyst's; return what was kept.

    Edited, written and pinned points stay; the machine's points are replaced
    by the new summary's (a sentence the analyst kept is not added twice, one
    the analyst removed is left out: ``withheld`` counts those).
    Points from the article are in article order; written points keep their
    rows. The bottom line follows the new summary only if the user had not
    changed it; actors and the other fields stay as the user left them.
    """
    old_best = doc.summary.best() if doc.summary is not None else None
    if old_best is None or doc.briefing.bottom_line == old_best.text:
        best = summary.best()
        doc.briefing.bottom_line = best.text if best else ""
    kept = [(row, p) for row, p in enumerate(doc.briefing.key_points) if is_analyst_point(p)]
    points, withheld = without_removed(merge_points(summary, doc.article, doc.briefing.bottom_line, kept),
                                       doc.briefing)
    doc.summary = summary
    doc.options = deepcopy(options)
    doc.briefing.key_points = points
    doc.briefing.method = {**method_of(summary), "language": doc.article.language}  # the English line names it
    return KeptPoints(edited=sum(1 for _r, p in kept if p.edited and p.source_index is not None),
                      added=sum(1 for _r, p in kept if p.source_index is None),
                      pinned=sum(1 for _r, p in kept if p.pinned and not p.edited and p.source_index is not None),
                      withheld=withheld)
