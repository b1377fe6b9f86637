"""Run core functions off the GUI thread (``QThreadPool``) and report back by signal.

A :class:`Task` wraps one call. The function gets a ``progress(fraction,
message)`` callback as its keyword argument ``progress``; the callback raises
:class:`~briefing.core.errors.Cancelled` once :meth:`Task.cancel` was called,
so long computations stop at their next progress report. Results and errors
cross the thread boundary as values: ``finished(result)`` or ``failed(error)``
is emitted, and the receiving slots run on the GUI thread.

:class:`TaskRunner` keeps a reference to every running task (so neither the
QObject nor its runnable is collected early) and numbers tasks per kind, so a
superseded result (an older re-summarize, an older preview) is ignored.

Each task says what happens with its outcome itself: ``on_finished(result)``
and, optionally, ``on_failed(error)`` are the typed handlers the window calls
(on the GUI thread) for the latest task of a :class:`TaskKind`; nothing is
dispatched on strings.
"""

from __future__ import annotations

import enum
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefing.core.errors import Cancelled


class TaskKind(enum.Enum):
    """What a task does; a newer task of the same kind supersedes an older one."""

    OPEN = "open"
    SUMMARIZE = "summarize"
    EXPORT = "export"
    PREVIEW = "preview"
    LANGUAGE = "language"
    SOURCES = "sources"  # working out the sources' notes before a source is removed


def _ignore(_value: Any) -> None:
    """The default handler: nothing to do with the outcome."""


class Task(QObject):
    """One background call of ``fn(*args, progress=cb, **kwargs)``.

    Signals (each carries the task first): ``progress(task, float, str)``,
    ``finished(task, result)``, ``failed(task, error)`` with the exception (its
    ``__traceback_text__`` attribute holds the formatted traceback),
    ``cancelled(task)``; ``done(task)`` always last. They are emitted from a
    pool thread: connect them to methods of QObjects living on the GUI thread
    (queued), never to lambdas, which would run in the pool thread.
    """

    progress = Signal(object, float, str)
    finished = Signal(object, object)
    failed = Signal(object, object)
    cancelled = Signal(object)
    done = Signal(object)

    def __init__(self, kind: TaskKind, fn: Callable[..., Any], *args: Any, label: str = "",
                 on_finished: Callable[[Any], None] = _ignore, on_failed: Callable[[BaseException], None] | None = None,
                 error_title: str = "Error", quiet: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.kind = kind
        self.label = label or kind.value
        self.generation = 0
        #: Called with the result when this is still the latest task of its kind (GUI thread).
        self.on_finished = on_finished
        #: Called with the error instead of the window's error dialog (None: the dialog, titled ``error_title``).
        self.on_failed = on_failed
        self.error_title = error_title
        #: A quiet task (the preview) shows no progress in the status bar.
        self.quiet = quiet
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """Return True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def report(self, fraction: float, message: str = "") -> None:
        """The progress callback handed to the core: emits progress, raises when cancelled."""
        if self._cancel.is_set():
            raise Cancelled("Cancelled.")
        self._emit(self.progress, self, float(fraction), message)

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The Task's C++ side is gone (the app is shutting down): nobody is listening.
            self._cancel.set()

    def _call(self) -> Any:
        """Call the function here (a pool thread); :class:`ProcessTask` calls it in a child process."""
        return self._fn(*self._args, progress=self.report, **self._kwargs)

    def run(self) -> None:
        """Run the function (in a pool thread) and emit the outcome."""
        try:
            if self._cancel.is_set():
                raise Cancelled("Cancelled.")
            result = self._call()
            if self._cancel.is_set():
                raise Cancelled("Cancelled.")
        except Cancelled:
            self._emit(self.cancelled, self)
        except BaseException as exc:  # everything crosses as a value; the UI decides
            # A failure in a child process (ProcessTask) brings the child's traceback along.
            exc.__traceback_text__ = getattr(exc, "__traceback_text__", None) or traceback.format_exc()
            self._emit(self.failed, self, exc)
        else:
            self._emit(self.finished, self, result)
        self._emit(self.done, self)


#: The budgets of a :class:`ProcessTask` unless given: opening a 20 MiB article and summarizing it takes
#: well under this on the project's machine; a file that needs more is taken for a hostile one.
UNTRUSTED_TIMEOUT_S = 120
UNTRUSTED_MEMORY_MB = 2048


class ProcessTask(Task):
    """A :class:`Task` whose function runs in a child process (:func:`briefing.core.isolate.run_isolated`).

    For anything that parses untrusted input (opening a file, pasted text): a
    hostile file can hold the interpreter lock in a thread for minutes, while a
    child process is killed on :meth:`cancel` within about 50 ms and when it
    exceeds ``timeout`` seconds or ``memory_mb`` MB. Same signals and API as
    :class:`Task`; ``fn`` must be a picklable module-level core function (no Qt),
    called with ``progress=`` like a Task's. The pool thread only waits on a pipe.
    """

    def __init__(self, kind: TaskKind, fn: Callable[..., Any], *args: Any, timeout: float = UNTRUSTED_TIMEOUT_S,
                 memory_mb: int | None = UNTRUSTED_MEMORY_MB, file_label: str = "the file", **kwargs: Any) -> None:
        super().__init__(kind, fn, *args, **kwargs)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.file_label = file_label

    def _call(self) -> Any:
        from briefing.core.isolate import run_isolated

        return run_isolated(self._fn, *self._args, timeout=self.timeout, memory_mb=self.memory_mb,
                            progress=self.report, cancel=self._cancel, label=self.file_label, **self._kwargs)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.run()


class TaskRunner(QObject):
    """Starts tasks on a thread pool, keeps them alive and tracks the latest of each kind.

    ``running_changed()`` is emitted when a task starts or ends.
    """

    running_changed = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()
        self._generation: dict[TaskKind, int] = {}

    def start(self, task: Task) -> Task:
        """Start ``task``; earlier tasks of the same kind become superseded (and are cancelled)."""
        gen = self._generation.get(task.kind, 0) + 1
        self._generation[task.kind] = gen
        task.generation = gen
        for other in list(self._running):
            if other.kind == task.kind:
                other.cancel()
        self._running.add(task)
        task.done.connect(self._finish)
        self.pool.start(_Runnable(task))
        self.running_changed.emit()
        return task

    def is_current(self, task: Task) -> bool:
        """Return True when ``task`` is the latest started task of its kind."""
        return self._generation.get(task.kind) == task.generation

    def running(self, kind: TaskKind | None = None) -> list[Task]:
        """Return the running tasks (of one kind, or all)."""
        return [t for t in self._running if kind is None or t.kind == kind]

    def cancel_all(self) -> None:
        """Ask every running task to stop."""
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 10000) -> bool:
        """Wait for the pool to finish (used on quit); return True when it did."""
        return self.pool.waitForDone(msecs)

    def _finish(self, task: Task) -> None:
        self._running.discard(task)
        self.running_changed.emit()
