"""Python's automatic garbage collection paused around work that makes many short- or long-lived objects.

Shared by the actor finder (its mentions live to the end) and the window's autosave thread (a brief's dict, encoded
and dropped): there, the collector's full passes over every object in the process ran on whichever thread allocated,
holding the GIL, and stalled the GUI thread 0.1 s each.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_state = {"depth": 0, "was_enabled": False}  # how many gc_paused blocks are open; was collection on before them


@contextmanager
def gc_paused():
    """Python's automatic garbage collection paused inside the block, then put back as it was (also on an error).

    The mentions and clusters of a long text are many young objects that live to the end, so the collector's
    young passes free nothing here (117 of them on a 100,000-word text). Reference counting frees objects as
    usual; only reference cycles wait for the next collection after the block. Blocks may overlap (threads):
    the last one out turns collection back on, and only when it was on before the first one.
    """
    with _gc_lock:
        if _gc_state["depth"] == 0:
            _gc_state["was_enabled"] = gc.isenabled()
            gc.disable()
        _gc_state["depth"] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_state["depth"] -= 1
            if _gc_state["depth"] == 0 and _gc_state["was_enabled"]:
                gc.enable()


def freeze_survivors() -> int:
    """Move every object the collector tracks now to its permanent generation (``gc.freeze()``, no pass over
    them); return how many objects it holds.

    Called once a large document is loaded and shown: its 0.1 M objects (and the window's) live until the next
    document, yet each full collection walked them all again, 0.1-0.9 s on the GUI thread, every few edits. The
    frozen objects are still freed by reference counting when they go (the brief's data has no reference cycles);
    only a cycle among them stays to the end of the process (a collection first, to free such cycles, cost the
    open of a 3,700-actor brief a 1-2 s stall on a loaded machine). Objects made later are collected as usual.
    """
    gc.freeze()
    return gc.get_freeze_count()
