"""Writing an exported brief: the same checks and one-line errors for every format."""

from __future__ import annotations

import os

from ..atomic import write_atomically
from ..errors import ExportError
from ..written import remember


def check_target(path: str | os.PathLike, what: str) -> str:
    """Return the absolute path to write, or raise :class:`ExportError` when it cannot be written.

    ``what`` names the format in messages ("PDF", "DOCX"). Refused: a path
    without a file name, a folder at the path, a missing folder.
    """
    target = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(target)
    name = os.path.basename(target)
    if not name:
        raise ExportError(f"Cannot write the {what} to {target}: no file name given; add one, e.g. brief.pdf.")
    if os.path.isdir(target):
        raise ExportError(f"Cannot write the {what} to {target}: it is a folder.")
    if not os.path.isdir(folder):
        state = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise ExportError(f"Cannot write the {what} to {target}: the folder {folder} {state}; "
                          f"create it or choose another folder.")
    return target


def write_export(path: str | os.PathLike, data: bytes, what: str) -> str:
    """Write ``data`` to ``path`` atomically; return the absolute path written.

    Raises :class:`ExportError` with one line for what :func:`check_target`
    refuses and for a write that fails (permission, disk full); nothing is
    left behind and an existing file is untouched. The bytes' fingerprint is
    recorded (:mod:`briefing.core.written`), so the next export may replace
    the file without asking only while it is unchanged.
    """
    target = check_target(path, what)
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise ExportError(f"Cannot write the {what} to {target}: {exc.strerror or exc}.") from exc
    remember(target, data)
    return target
