"""Run a function that parses untrusted input in a child process that can always be stopped.

A regular expression that backtracks or a parser loop over a hostile file
holds the interpreter lock, so a worker *thread* cannot be cancelled and can
freeze a window (issue 18). :func:`run_isolated` runs the call in a child
process instead, with a time budget (the child is killed when it runs out), a
memory budget (``RLIMIT_AS`` in the child, where the platform has it) and a
``cancel`` flag checked every few hundredths of a second. The child is started
from a clean interpreter ("forkserver" where available, else "spawn"), never
forked from the caller, so a Qt process is never duplicated.

Results and errors cross back as pickled values: the result itself, a
:class:`~briefing.core.errors.BriefingError` re-raised as it was, a budget
overrun or a crash of the child as ``error_type`` with one clear line, and
any other exception as :class:`IsolatedFailure` (a bug: its ``__traceback_text__``
holds the child's traceback).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
import traceback
from typing import Any, Callable

from .errors import BriefingError, Cancelled, LoadError
from .progress import ProgressCallback

#: Modules the child processes import once in the fork server (so each call starts in a fraction of a second).
PRELOAD = ["briefing.core.ingest.load", "briefing.core.brief.document", "briefing.core.language.tokenizer"]
#: How often the parent checks the cancel flag and the clock (seconds).
POLL_SECONDS = 0.05

_context_lock = threading.Lock()
_context = None


#: True in a child process of :func:`run_isolated` (one thread, no Qt): work there may fork helpers of its own.
_IN_CHILD = False


def in_isolated_child() -> bool:
    """True inside the child process of :func:`run_isolated`, where a long article's analysis may use a second
    process (:func:`briefing.core.parallel.call_in_child`) as the command line does; never in the window itself."""
    return _IN_CHILD


class IsolatedFailure(Exception):
    """The function raised an exception that is not a :class:`BriefingError` (a bug, not bad input).

    The message is ``"TypeName: message"``; ``__traceback_text__`` holds the child's traceback.
    """

    def __init__(self, type_name: str, message: str, traceback_text: str = "") -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name = type_name
        self.__traceback_text__ = traceback_text


def _mp_context():
    """Return the multiprocessing context: forkserver (with the core preloaded) where it exists, else spawn."""
    global _context
    with _context_lock:
        if _context is None:
            if "forkserver" in multiprocessing.get_all_start_methods():
                ctx = multiprocessing.get_context("forkserver")
                # Without '__main__' in the list the server does not import the caller's main script
                # (for the window, that would load Qt into the server).
                ctx.set_forkserver_preload(PRELOAD)
            else:  # pragma: no cover - macOS/Windows
                ctx = multiprocessing.get_context("spawn")
            _context = ctx
        return _context


def run_isolated(fn: Callable[..., Any], *args: Any, timeout: float = 60.0, memory_mb: int | None = 2048,
                 progress: ProgressCallback | None = None, cancel: Any = None, label: str = "the file",
                 error_type: type[BriefingError] = LoadError, **kwargs: Any) -> Any:
    """Call ``fn(*args, **kwargs)`` in a child process and return its result.

    ``fn`` must be a module-level function and its arguments and result
    picklable. With ``progress`` given, ``fn`` is called with a ``progress``
    keyword argument whose reports reach ``progress`` here (which may raise
    :class:`Cancelled` to stop the child). ``cancel`` is anything with
    ``is_set()`` (a ``threading.Event``); once set, the child is killed and
    :class:`Cancelled` raised within about :data:`POLL_SECONDS`.

    ``timeout`` (seconds) and ``memory_mb`` (address space the call may add
    to the child, ``None`` for no limit) bound the work; running out raises
    ``error_type`` ("``label``: the work took longer than 60 s …"), as does a child
    that dies (a crash in a native library). A :class:`BriefingError` raised
    by ``fn`` is re-raised as it is; anything else as :class:`IsolatedFailure`.
    """
    ctx = _mp_context()
    receiver, sender = ctx.Pipe(duplex=False)
    # The fork server keeps the environment of its first use; the child gets briefing's settings as of this call
    # (the data folder, where an opened briefing file's fingerprint is recorded, may have moved since: tests).
    settings = {k: v for k, v in os.environ.items() if k.startswith("BRIEFING_")}
    process = ctx.Process(target=_child_main,
                          args=(sender, fn, args, kwargs, memory_mb, progress is not None, settings),
                          name="briefing-isolated", daemon=True)
    try:
        process.start()
    except OSError as exc:
        receiver.close()
        sender.close()
        raise error_type(f"{label}: could not start a worker process ({exc.strerror or exc}).") from exc
    sender.close()
    deadline = time.monotonic() + timeout
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled.")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise error_type(f"{label}: the work took longer than {timeout:g} s and was stopped "
                                 f"(a file can be built to make a reader hang).")
            if not receiver.poll(min(POLL_SECONDS, remaining)):
                continue
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                process.join(1.0)
                raise error_type(f"{label}: the reader stopped unexpectedly ({_exit_reason(process.exitcode)}).") from None
            kind = message[0]
            if kind == "progress":
                if progress is not None:
                    progress(message[1], message[2])
            elif kind == "ok":
                return message[1]
            elif kind == "memory":
                raise error_type(f"{label}: the work needs more than the {memory_mb} MB of memory allowed "
                                 f"(a file can be built to exhaust memory).")
            elif kind == "briefing-error":
                raise message[1]
            else:  # "failure"
                raise IsolatedFailure(message[1], message[2], message[3])
    finally:
        _stop(process)
        receiver.close()


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        import signal

        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _stop(process) -> None:
    """End the child: at once if it is still running (terminate, then kill), and reap it."""
    if process.is_alive():
        process.terminate()
        process.join(0.5)
        if process.is_alive():
            process.kill()
    process.join(2.0)
    try:
        process.close()
    except ValueError:  # still running after SIGKILL and 2 s: leave it to the OS
        pass


def _limit_memory(memory_mb: int | None) -> None:
    """Let this process's address space grow by at most ``memory_mb`` MB (Linux/BSD; elsewhere nothing)."""
    if memory_mb is None:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    current = 0
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    limit = current + memory_mb * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _child_main(conn, fn, args, kwargs, memory_mb, with_progress, settings=None) -> None:
    """The child's side: take the caller's ``BRIEFING_*`` environment (``settings``), set the memory limit,
    call ``fn``, send one outcome (progress reports before it)."""
    global _IN_CHILD
    _IN_CHILD = True
    if settings is not None:
        for name in [k for k in os.environ if k.startswith("BRIEFING_") and k not in settings]:
            del os.environ[name]
        os.environ.update(settings)
    _limit_memory(memory_mb)

    def report(fraction: float, message: str = "") -> None:
        conn.send(("progress", float(fraction), str(message)))

    try:
        if with_progress:
            kwargs = dict(kwargs, progress=report)
        result = fn(*args, **kwargs)
        conn.send(("ok", result))
    except MemoryError:
        _send_quietly(conn, ("memory",))
    except BriefingError as exc:
        try:
            conn.send(("briefing-error", exc))
        except Exception:  # an exception that does not pickle: its message is what matters
            _send_quietly(conn, ("briefing-error", BriefingError(str(exc))))
    except BaseException as exc:  # noqa: BLE001 - everything crosses as a value
        _send_quietly(conn, ("failure", type(exc).__name__, str(exc)[:2000], traceback.format_exc()))
    finally:
        conn.close()


def _send_quietly(conn, message) -> None:
    try:
        conn.send(message)
    except Exception:  # the parent is gone or the pipe broke: nothing else to do
        pass
