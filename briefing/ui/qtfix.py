"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 (the build on PyPI) returns ``None`` from every void method,
and ``True`` from ``Signal.emit()``, without taking a reference: each call
lowers the reference count of ``None`` (or ``True``) by one. Python before
3.12 does not make these objects immortal, so after enough calls (building
the source view of a long article is enough) the interpreter aborts with
"Fatal Python error: none_dealloc: deallocating None". PySide6 6.11 does not
have the bug (``pyproject.toml`` excludes 6.12.0).

:func:`protect_singletons` detects the bug and, if present, raises the
reference counts of ``None``, ``True`` and ``False`` by 2**40, so they can
never reach zero in any session (they are static objects that are never freed
anyway; Python 3.12+ does the same with "immortal" objects). It runs when
``briefing.ui`` is imported, before any widget exists.
"""

from __future__ import annotations

import ctypes
import sys

#: How much the reference counts are raised (far more calls than any session makes).
HEADROOM = 1 << 40

_protected = False


def _loses_references() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(32):
        probe.setObjectName("probe")
        probe.ping.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    for obj, lost in ((None, lost_none), (True, lost_true)):
        for _ in range(max(0, lost)):  # give back what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
    return lost_none >= 24 or lost_true >= 24


def protect_singletons() -> bool:
    """Raise the reference counts of None/True/False if the installed PySide6 leaks them; return True if it did."""
    global _protected
    if _protected or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return _protected  # immortal objects (3.12+), or a debug build whose object layout differs
    if not _loses_references():
        return False
    for obj in (None, True, False):
        cell = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of a PyObject
        before = sys.getrefcount(obj)
        cell.value += HEADROOM
        if sys.getrefcount(obj) - before != HEADROOM:  # not the layout expected: undo, change nothing
            cell.value -= HEADROOM
            return False
    _protected = True
    return True
