"""Atomic file writes shared by the PDF export and the briefing files."""

from __future__ import annotations

import os
import tempfile


def write_atomically(target: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``target`` so that the file is either the old one or the whole new one.

    The bytes go to a temporary file in the target's folder, are flushed to
    disk and renamed over ``target``; the new file keeps the old one's
    permissions (or gets the usual ``0666`` minus umask). On any failure the
    temporary file is removed, an existing file is untouched, and the
    ``OSError`` is raised for the caller to word.
    """
    target = os.path.abspath(os.fspath(target))
    folder, name = os.path.split(target)
    tmp_name = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}.", suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, _file_mode(target))
        os.replace(tmp_name, target)
        tmp_name = None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


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
