"""The GUI thread's CPU time for an export, each kind of edit, undo, redo and the model's snapshot on a huge brief (gui2).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_tour64/edit_export_costs.py [--words 100000] [--runs 7]

Opens the brief of a synthetic ``--words``-word article (benchmarks/speed.seed_text: about 3,700 actors) in a real
window and prints the median CPU time on the GUI thread (``time.thread_time``: the worker threads' time is not
counted) of: starting an export (what the window does before the worker writes the file), an edit of an actor's
role, of a point's text, of a field, a deletion of an actor, their undo and redo, and ``model.snapshot()`` after an
edit (what the preview and the autosave take).
"""

from __future__ import annotations

import argparse
import time

from long_window import open_long_brief  # puts the repository on sys.path, offscreen unless told otherwise


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from briefing.ui.tasks import TaskKind

    app, w, folder = open_long_brief(args.words, "gui2-")
    print(f"actors {len(w.model.doc.briefing.actors)}, points {len(w.model.doc.briefing.key_points)}")

    def settle(seconds=0.3):
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop or w.runner.running(TaskKind.EXPORT) or w.runner.running(TaskKind.PREVIEW):
            app.processEvents()
            time.sleep(0.002)

    settle(1.0)

    def timed(fn) -> str:
        times = []
        for _ in range(args.runs):
            settle()
            t = time.thread_time()
            fn()
            times.append(time.thread_time() - t)
        times.sort()
        return f"{times[len(times) // 2] * 1000:.1f} ms (min {times[0] * 1000:.1f})"

    counter = iter(range(10**6))
    out = folder / "out"
    out.mkdir()
    print("export start (GUI thread):", timed(lambda: w.export_to(str(out / f"b{next(counter)}.pdf"), "pdf")))
    settle(1.0)
    print("exports written:", len(list(out.glob("*.pdf"))))
    print("edit actor role:", timed(lambda: w.edits.edit_actor(5, "role", f"role {next(counter)}")))
    print("edit point text:", timed(lambda: w.edits.edit_point(0, f"Point edited {next(counter)}.")))
    print("edit field:", timed(lambda: w.edits.edit_field("analyst_comment", f"Comment {next(counter)}")))
    print("delete actor:", timed(lambda: w.edits.delete_actors([7])))
    print("undo:", timed(w.undo_action.trigger))
    print("redo:", timed(w.redo_action.trigger))

    def edit_then_snapshot():
        w.edits.edit_actor(5, "role", f"role {next(counter)}")
        t = time.thread_time()
        w.model.snapshot()
        return time.thread_time() - t

    snaps = sorted(edit_then_snapshot() for _ in range(args.runs))
    print(f"snapshot after an edit (preview, autosave): {snaps[len(snaps) // 2] * 1000:.2f} ms")
    w.model.set_document(None)
    w.close()


if __name__ == "__main__":
    main()
