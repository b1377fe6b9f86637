"""Atomic file writes shared by the PDF export and the briefing files, and the checks of a target path.

Only regular files are ever written or replaced: a symbolic link, FIFO,
device or folder at the target is refused (issue 18: ``-o /dev/null`` as root
replaced the device node), and an output never replaces the input it was made
from (issue 12: ``briefing-cli export report.pdf`` overwrote the article).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from .errors import ExportError


class UnsafeTarget(ExportError):
    """The output path is refused. ``forceable`` is True only when the user may choose to replace the
    file anyway (an existing regular file not known to be exactly as briefing wrote it); never for the
    input itself, a link, a folder, a FIFO or a device."""

    def __init__(self, message: str, forceable: bool = False) -> None:
        super().__init__(message)
        self.forceable = forceable

    def __reduce__(self):
        return (type(self), (str(self), self.forceable))


def _not_regular(mode: int) -> str | None:
    """Return what a non-regular file is ("a symbolic link", ...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_target(target: str | os.PathLike, sources: Iterable[str | os.PathLike | None] = (), force: bool = False,
                 ours: Callable[[Path], bool] | None = None,
                 refusal: str = "is not known as a file briefing wrote") -> Path:
    """Return ``target`` as an absolute path when it may be written; raise :class:`UnsafeTarget` otherwise.

    Refused: a symbolic link, folder, FIFO, device or socket at ``target``
    (nothing is followed or replaced); an existing file that is one of
    ``sources`` (the input, compared by device and inode, so another name for
    it counts too); and, unless ``force``, an existing file for which
    ``ours(path)`` is False (e.g. :func:`briefing.core.written.is_unchanged`;
    the message reads "<target>: already exists and <refusal>; it was not
    replaced.", and ``forceable`` is True). A target that does not exist yet is fine.
    """
    path = Path(os.path.abspath(os.fspath(target)))
    shown = os.fspath(target)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise UnsafeTarget(f"{shown}: cannot check the target ({exc.strerror or exc}).") from exc
    kind = _not_regular(st.st_mode)
    if kind is not None:
        raise UnsafeTarget(f"{shown}: is {kind}, not a regular file; briefing writes only regular files "
                           f"and does not replace or follow it. Choose another name.")
    for source in sources:
        if source is None:
            continue
        try:
            src = os.stat(source)
        except OSError:
            continue
        if (src.st_dev, src.st_ino) == (st.st_dev, st.st_ino):
            raise UnsafeTarget(f"{shown}: is the input file; it is never overwritten. Choose another name.")
    if not force and ours is not None and not ours(path):
        raise UnsafeTarget(f"{shown}: already exists and {refusal}; it was not replaced.", forceable=True)
    return path


def write_atomically(target: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``target`` so that the file is either the old one or the whole new one.

    The bytes go to a temporary file in the target's folder, are flushed to
    disk and renamed over ``target``; the new file keeps the old one's
    permissions (or gets the usual ``0666`` minus umask). On any failure the
    temporary file is removed, an existing file is untouched, and the
    ``OSError`` is raised for the caller to word. Something other than a
    regular file at ``target`` (a link, folder, FIFO, device) is never replaced:
    ``OSError(EEXIST)`` (checked before writing and again just before the rename).
    """
    target = os.path.abspath(os.fspath(target))
    folder, name = os.path.split(target)
    _refuse_special(target)
    tmp_name = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}.", suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, _file_mode(target))
        _refuse_special(target)
        os.replace(tmp_name, target)
        tmp_name = None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _refuse_special(target: str) -> None:
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    kind = _not_regular(mode)
    if kind is not None:
        raise OSError(errno.EEXIST, f"{kind} is there and is never replaced", target)


def _file_mode(target: str) -> int:
    """Return the permissions for the new file: the old file's, else the usual ones (0666 minus umask)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        pass
    umask = 0o022
    try:  # read the umask without os.umask(), which would change it for every thread for a moment
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    umask = int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o666 & ~umask
