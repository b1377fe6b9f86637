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


_freeze_state = {"pending": False, "hooked": False}


def freeze_after_next_full_pass() -> None:
    """Give every frozen object back to the collector now (``gc.unfreeze()``), and move every object it tracks to
    its permanent generation (``gc.freeze()``) right after its next full pass.

    Called once a large document is loaded and shown: its 0.1 M objects (and the window's) live until the next
    document, yet each full collection walked them all again, 0.1-0.9 s on the GUI thread, every few edits. Frozen
    objects are still freed by reference counting; a reference cycle among them is not, until they are unfrozen.
    So each new document first unfreezes the last one's objects, and the freeze waits for a full pass: the
    previous document's cycles, and any garbage made while loading, are collected by it instead of being frozen
    for the rest of the session (about 1,000 objects an open of a short article, growing with every open). The
    cost is that one full pass an open (the collector runs it by itself soon after a load, on whichever thread
    allocates), not one every few edits.
    """
    gc.unfreeze()
    _freeze_state["pending"] = True
    if not _freeze_state["hooked"]:
        _freeze_state["hooked"] = True
        gc.callbacks.append(_freeze_after_full_pass)


def unfreeze() -> None:
    """Give every frozen object back to the collector and cancel a pending freeze (no document is shown)."""
    _freeze_state["pending"] = False
    gc.unfreeze()


def _freeze_after_full_pass(phase: str, info: dict) -> None:
    # Called by the collector around every pass; the lists of tracked objects are whole again at "stop".
    if phase == "stop" and info.get("generation") == 2 and _freeze_state["pending"]:
        _freeze_state["pending"] = False
        gc.freeze()
