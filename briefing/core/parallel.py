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

import fcntl
import mmap
import os
import pickle
import struct
import sys
import tempfile
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
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child
        status = 1
        try:
            _die_with_parent(parent)
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


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this child when its parent ends (``PR_SET_PDEATHSIG``): a parent stopped midway (a
    window's cancelled or timed-out open, itself a child process) leaves no helper working on alone."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no prctl: the child still ends when its work is done
        return
    if os.getppid() != parent:  # the parent ended before the call above took effect
        os._exit(1)


class Claims:
    """Chunks of work ``0 .. n-1`` shared by two processes: one takes them from the front, the other from the back.

    Made before the fork; the state is a shared anonymous memory page, guarded by
    a POSIX record lock (``lockf``: owned per process, so the parent and the
    child exclude each other). Each chunk is taken exactly once; a chunk taken
    by a child that then fails is the caller's to redo.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self._state = mmap.mmap(-1, 8)  # MAP_SHARED | MAP_ANONYMOUS: the next front and the end of the back
        struct.pack_into("ii", self._state, 0, 0, n)
        self._lock = tempfile.TemporaryFile()  # noqa: SIM115 - open until close(): the lock lives with it

    def _take(self, front: bool) -> int | None:
        fcntl.lockf(self._lock, fcntl.LOCK_EX)
        try:
            lo, hi = struct.unpack_from("ii", self._state, 0)
            if lo >= hi:
                return None
            if front:
                struct.pack_into("i", self._state, 0, lo + 1)
                return lo
            struct.pack_into("i", self._state, 4, hi - 1)
            return hi - 1
        finally:
            fcntl.lockf(self._lock, fcntl.LOCK_UN)

    def take_front(self) -> int | None:
        """Return the first chunk nobody has taken, or ``None`` when all are taken."""
        return self._take(True)

    def take_back(self) -> int | None:
        """Return the last chunk nobody has taken, or ``None`` when all are taken."""
        return self._take(False)

    def close(self) -> None:
        """Release the shared page and the lock file."""
        self._state.close()
        self._lock.close()
