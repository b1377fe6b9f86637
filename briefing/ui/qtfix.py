"""Workarounds for bugs of the installed PySide6 (checked at run time, inactive when fixed).

PySide6 6.12 on Python 3.11: ``SignalInstance.emit()`` (and ``disconnect()``)
return ``True`` without taking a reference to it. Every emit from Python code
lowers the reference count of ``True``; after enough emits (progress reports,
edits) the interpreter aborts with "Fatal Python error: bool_dealloc:
deallocating True or False" — during a session or at exit. (Python 3.12+
makes ``True`` immortal, so it is harmless there.) All signals the app emits
from Python go through :func:`emit`, which gives the reference back when the
bug is present.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_loses_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):  # repair what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 12


EMIT_LOSES_TRUE = _emit_loses_true()


def emit(signal, *args) -> None:
    """Emit ``signal`` with ``args`` (safe from any thread), keeping ``True``'s reference count right."""
    result = signal.emit(*args)
    if EMIT_LOSES_TRUE and result is True:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
