"""The garbage collector's pauses and the copies per edit on the GUI thread after a huge brief is loaded (gui64).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_tour64/gc_pauses.py [--words 100000] [--edits 30]

Opens the brief of a synthetic ``--words``-word article (benchmarks/speed.seed_text: about 3,700 actors) in a real
window, then makes ``--edits`` edits (an actor's role, a point's text, a field; each followed by undo and redo),
letting the window's events run after each. Prints every collection's pause by generation (``gc.callbacks``),
the time of the model's snapshot copies and of the preview's copy of the brief.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from long_window import open_long_brief  # puts the repository on sys.path, offscreen unless told otherwise


class Pauses:
    """Every collection's duration, by generation, while recording."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._start = 0.0
        self.on = False
        gc.callbacks.append(self._callback)

    def _callback(self, phase, info) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif self.on:
            self.pauses.append((info["generation"], time.perf_counter() - self._start))

    def summary(self) -> str:
        out = []
        for gen in (0, 1, 2):
            times = [t for g, t in self.pauses if g == gen]
            if times:
                out.append(f"gen{gen}: {len(times)} passes, longest {max(times) * 1000:.1f} ms, "
                           f"total {sum(times) * 1000:.0f} ms")
        return "; ".join(out) or "no collection"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--edits", type=int, default=30)
    args = parser.parse_args()

    from briefing.core.brief.snapshot import clone

    app, w, _folder = open_long_brief(args.words, "gui64-")
    doc = w.model.doc
    print(f"actors {len(doc.briefing.actors)}, points {len(doc.briefing.key_points)}, "
          f"objects tracked {len(gc.get_objects())}, frozen {gc.get_freeze_count()}")

    def settle(seconds=0.05):
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop:
            app.processEvents()

    settle(1.0)
    pauses = Pauses()
    pauses.on = True
    t0 = time.perf_counter()
    for i in range(args.edits):
        kind = i % 3
        if kind == 0:
            w.edit_actor(i % 50, "role", f"role {i}")
        elif kind == 1:
            w.edits.edit_point(0, f"Point edited {i}.")
        else:
            w.edits.edit_field("analyst_comment", f"Comment {i}")
        settle()
        w.undo_action.trigger()
        settle()
        w.redo_action.trigger()
        settle()
    wall = time.perf_counter() - t0
    pauses.on = False
    print(f"{args.edits} edits + undo + redo in {wall:.1f} s: {pauses.summary()}")
    from collections import Counter
    tracked = gc.get_objects()
    print(f"tracked after the edits {len(tracked)}, frozen {gc.get_freeze_count()}; most common: "
          f"{Counter(type(o).__name__ for o in tracked).most_common(6)}")

    def timed(fn, n=5):
        """The median CPU time of ``fn`` on this thread (less bent by the other processes than wall time)."""
        times = []
        for _ in range(n):
            t = time.thread_time()
            fn()
            times.append(time.thread_time() - t)
        return sorted(times)[n // 2] * 1000

    def preview_copy():  # what the GUI thread copies for a render: the brief (main) or nothing (gui64)
        from briefing.ui.widgets import preview
        if "clone(briefing)" in Path(preview.__file__).read_text():
            w.model.snapshot()
        else:
            clone(w.model.doc.briefing)

    print(f"snapshot copy {timed(lambda: w.model.doc.copy()):.1f} ms; "
          f"preview's copy on the GUI thread {timed(preview_copy):.1f} ms; "
          f"edit {timed(lambda: w.edit_actor(3, 'role', str(time.time()))):.1f} ms; "
          f"undo {timed(w.undo_action.trigger):.1f} ms")
    w.model.set_document(None)
    w.close()


if __name__ == "__main__":
    main()
