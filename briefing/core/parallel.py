"""One function call in a forked child process, for the command line's long documents.

Two of a long article's steps split in two independent halves: its paragraphs'
sentences (each paragraph is split on its own), and its summary and key
actors (independent until the very end: the actors' ranking counts the
summary's sentences). On a machine with a second core, the command line does
one half in a forked child and the other itself: the wall time becomes that
of the longer half, not the sum (``ingest.text.build_article`` and
``brief.pipeline.analyse``, both only when asked to).

Only on Linux (macOS has ``os.fork``, but its system libraries, Accelerate
under NumPy among them, are not safe to use in a forked child) and only from
a process without threads of its own (the command line; never the window,
whose Qt and worker threads make forking unsafe). The child inherits the loaded article, so
nothing but the result crosses the pipe (pickled).
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from typing import Any, Callable


class ChildFailed(Exception):
    """The child process raised, died or sent nothing readable; the caller should do the work itself."""


def can_fork() -> bool:
    """True when :func:`call_in_child` can run here: Linux, and this process runs one thread."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


def call_in_child(fn: Callable[..., Any], *args: Any) -> Callable[[], Any] | None:
    """Start ``fn(*args)`` in a forked child; return a function that waits for it and returns its result.

    The returned function raises :class:`ChildFailed` when ``fn`` raised in the
    child (the exception is not carried over: the caller runs ``fn`` again
    itself, so errors surface exactly as without a child), when the child died
    or its result could not be pickled. Returns ``None`` when no child could be
    started (see :func:`can_fork`). The child never returns from here: it
    leaves with ``os._exit`` and runs no exit handlers and no buffered output
    flushes of the parent's.
    """
    if not can_fork():
        return None
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child
        status = 1
        try:
            os.close(read_fd)
            data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(data)
            status = 0
        except BaseException:  # noqa: BLE001 - any failure: the parent redoes the work
            pass
        finally:
            os._exit(status)
    os.close(write_fd)

    def result() -> Any:
        with os.fdopen(read_fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            raise ChildFailed(f"child {pid} ended with status {status}")
        try:
            return pickle.loads(data)
        except Exception as exc:  # noqa: BLE001 - a result that does not unpickle is a failed child
            raise ChildFailed(str(exc)) from exc

    return result
