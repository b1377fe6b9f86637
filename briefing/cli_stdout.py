"""Standard output for briefing-cli: a failed write is one error line and status 1, never a traceback or
Python's status 120 at exit (``briefing-cli summarize X > /dev/full``, ``export -o - > /dev/full``)."""

from __future__ import annotations

import sys


class StdoutError(OSError):
    """Standard output cannot take what is written to it (a full disk behind a redirection, a closed descriptor)."""


class GuardedStdout:
    """Standard output for one command: a failed write or flush raises :class:`StdoutError`, so that
    ``briefing.cli.main`` tells it from the command's own errors (a closed pipe stays a ``BrokenPipeError``)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def __getattr__(self, name: str):
        return getattr(self._stream, name)

    def _guard(self, call, *args):
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StdoutError(exc.errno, exc.strerror or str(exc)) from exc
        except ValueError as exc:  # written after it was closed
            raise StdoutError(None, str(exc)) from exc

    def write(self, text: str) -> int:
        return self._guard(self._stream.write, text)

    def writelines(self, lines) -> None:
        self._guard(self._stream.writelines, lines)

    def flush(self) -> None:
        self._guard(self._stream.flush)


def drop_stdout() -> None:
    """Point standard output's descriptor at os.devnull after a failed write, so that the bytes left in its
    buffer go nowhere at exit instead of failing Python's last flush (status 120 and an "Exception ignored"
    message). Only a buffered standard output keeps such bytes: the usual case, hidden on a machine that sets
    PYTHONUNBUFFERED=1."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.__stdout__.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def guarded_stdout(stream):
    """Return ``stream`` wrapped in :class:`GuardedStdout` (None stays None: standard output was closed)."""
    return None if stream is None else GuardedStdout(stream)
