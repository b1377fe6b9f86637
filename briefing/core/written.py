"""The record of files briefing wrote: a SHA-256 of the bytes per path, so a later write can tell whether the
file there is still exactly as briefing left it (no Qt here).

Export and Save replace an existing file without asking only when it is
unchanged since briefing wrote it (or, for a briefing file, since it was
opened): an analyst's notes appended to ``notes.md``, a DOCX reworked in
Word, any edit at all changes the bytes, and the file is then "forceable"
(the command line wants ``--force``, the window asks).

Why a record outside the file rather than a fingerprint inside it: a hash of
the exact bytes works the same for PDF, DOCX, HTML, Markdown, text and
briefing files, with no format-specific code and nothing for an editor to
keep or drop. A mark inside the file cannot be sound for every format: Word
and LibreOffice rewrite every part of a DOCX they save (document XML,
``docProps``) and may carry custom properties over unchanged while the body
changes; a PDF editor appends an incremental update and keeps the old
metadata; a text editor keeps a footer line while notes are added below it.
The price: the record is per user and computer, so a brief copied from
elsewhere (or written before the record existed) is asked about once.

The record is one small JSON file in the user's data folder
(:func:`briefing.paths.user_data_dir`: ``$XDG_DATA_HOME/briefing``,
``%LOCALAPPDATA%\\briefing``, ``~/Library/Application Support/briefing``;
``BRIEFING_DATA_DIR`` overrides it, and every function takes ``registry=`` for
tests). It holds the newest :data:`MAX_ENTRIES` paths, is rewritten
atomically under a lock (the command line, the window and its child process
may write at once), and a missing, unreadable, oversized or damaged record
counts as empty: nothing is known, so the user is asked.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import threading
from contextlib import contextmanager
from pathlib import Path

#: File name of the record in the user's data folder.
REGISTRY_NAME = "written-files.json"
#: The record keeps this many paths, the most recently written or opened (older ones are forgotten).
MAX_ENTRIES = 1000
#: A record larger than this is not read (a full record is about 150 KB).
MAX_REGISTRY_BYTES = 1024 * 1024
_FORMAT = "briefing-written-files"
_VERSION = 1
_thread_lock = threading.Lock()
_HEX = frozenset("0123456789abcdef")


def registry_path() -> Path | None:
    """Return the record's path in the user's data folder, or ``None`` when that folder cannot be made."""
    from ..paths import user_data_dir

    try:
        return user_data_dir() / REGISTRY_NAME
    except OSError:
        return None


def _key(path: str | os.PathLike) -> str:
    """Return the record's key of ``path``: absolute, its folder with links resolved (the file itself is
    never a link when briefing writes it)."""
    folder, name = os.path.split(os.path.abspath(os.fspath(path)))
    return os.path.normcase(os.path.join(os.path.realpath(folder), name))


def _read(registry: Path) -> dict[str, list]:
    """Return the record's entries (path -> [size, sha256 hex]), oldest first; empty when missing or damaged."""
    try:
        with open(registry, "rb") as fh:
            raw = fh.read(MAX_REGISTRY_BYTES + 1)
        if len(raw) > MAX_REGISTRY_BYTES:
            return {}
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("version") != _VERSION:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    return {k: v for k, v in files.items() if _valid(v)}


def _valid(entry) -> bool:
    return (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int and entry[0] >= 0
            and isinstance(entry[1], str) and len(entry[1]) == 64
            and set(entry[1]) <= _HEX)


@contextmanager
def _locked(registry: Path):
    """Hold the record's lock (a ``.lock`` file beside it, ``flock``) for a read-modify-write."""
    with _thread_lock:
        try:
            import fcntl
        except ImportError:  # Windows: the rename is still atomic; a lost entry only means a question
            yield
            return
        try:
            fd = os.open(f"{registry}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock


def remember(path: str | os.PathLike, data: bytes, registry: str | os.PathLike | None = None) -> bool:
    """Record that the file at ``path`` now holds exactly ``data`` (briefing wrote it, or opened it).

    Returns False when the record could not be written (the file is then
    simply not known, and the next write to it asks); never raises ``OSError``.
    """
    entry = [len(data), hashlib.sha256(data).hexdigest()]

    def change(files: dict[str, list], key: str) -> dict[str, list]:
        files.pop(key, None)
        files[key] = entry  # newest last
        return dict(list(files.items())[-MAX_ENTRIES:])

    return _update(path, change, registry)


def forget(path: str | os.PathLike, registry: str | os.PathLike | None = None) -> bool:
    """Remove ``path`` from the record (a temporary file briefing wrote and removes: ``export -o -``).

    Returns False when the record could not be written; never raises ``OSError``.
    """
    def change(files: dict[str, list], key: str) -> dict[str, list] | None:
        return files if files.pop(key, None) is not None else None

    return _update(path, change, registry)


def _update(path: str | os.PathLike, change, registry: str | os.PathLike | None) -> bool:
    """Read the record, apply ``change(files, key of path)`` and write what it returns (nothing when None), all
    under the lock; False when the record could not be written."""
    from .atomic import write_atomically

    reg = Path(registry) if registry is not None else registry_path()
    if reg is None:
        return False
    key = _key(path)
    try:
        with _locked(reg):
            files = change(_read(reg), key)
            if files is not None:
                text = json.dumps({"format": _FORMAT, "version": _VERSION, "files": files}, ensure_ascii=False)
                write_atomically(reg, text.encode("utf-8", "surrogatepass"))
    except (OSError, UnicodeError):
        return False
    return True


def check_replaceable(target: str | os.PathLike, sources=(), force: bool = False, since: str = "wrote") -> Path:
    """Return ``target`` as an absolute path when briefing may write it; raise
    :class:`~briefing.core.atomic.UnsafeTarget` otherwise: the one rule of Export and Save.

    Never a link, folder, FIFO or device, nor one of ``sources`` (the article);
    unless ``force``, an existing file must be exactly as briefing last recorded
    it (:func:`is_unchanged`), else the refusal is ``forceable`` (the command
    line wants ``--force``, the window asks). ``since`` says what briefing did
    with the file in the message ("wrote"; "saved or opened" for a briefing file).
    """
    from .atomic import check_target

    return check_target(target, sources=sources, force=force, ours=is_unchanged,
                        refusal=f"has changed since briefing {since} it, or briefing did not write it")


def recorded(registry: str | os.PathLike | None = None) -> dict[str, list]:
    """Return the record's entries as read now (empty when missing or damaged), to pass to :func:`is_unchanged`
    when many paths are checked at once (a batch's output names): the record is then read once."""
    reg = Path(registry) if registry is not None else registry_path()
    return _read(reg) if reg is not None else {}


def is_unchanged(path: str | os.PathLike, registry: str | os.PathLike | None = None,
                 entries: dict[str, list] | None = None) -> bool:
    """Return True when the regular file at ``path`` holds exactly the bytes briefing last recorded for it.

    False when the record has no entry for the path, the record is missing or
    damaged, the file is not a regular file, or its size or SHA-256 differ.
    Only a file of the recorded size is read (a large foreign file is not hashed).
    ``entries``: the record already read (:func:`recorded`); by default it is read now.
    """
    if entries is None:
        entries = recorded(registry)
    entry = entries.get(_key(path))
    if entry is None:
        return False
    size, digest = entry
    try:
        fd = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size != size:
            return False
        sha = hashlib.sha256()
        with os.fdopen(fd, "rb", closefd=False) as fh:
            for block in iter(lambda: fh.read(1 << 16), b""):
                sha.update(block)
        return sha.hexdigest() == digest
    except OSError:
        return False
    finally:
        os.close(fd)
