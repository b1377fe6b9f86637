"""A long window session under gc.freeze (review of gui64): open many articles in turn in one real window and
count what the collector's permanent generation holds after each open, then how much of it was garbage.

    QT_QPA_PLATFORM=offscreen python benchmarks/review_gc/freeze_session.py [--opens 12]

Expected (written before the fix): the frozen count stays about the same from one open to the next (what one
window and one document hold), and the garbage found once everything is unfrozen stays small and does not grow
with --opens. Before the fix, every open froze the window's uncollected garbage (reference cycles left by the
previous document, its views and tasks), for good: the frozen count and the garbage grow with each open.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--opens", type=int, default=12)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="review-gc-"))
    os.environ["BRIEFING_DATA_DIR"] = str(folder / "data")
    files = [ROOT / "seeds" / "moscow-times-2021-06-03-russia-belarus-spy-agencies.txt"]
    files += sorted((ROOT / "benchmarks" / "actor_tour64" / "art").glob("t0*.txt"))[:3]

    from PySide6.QtWidgets import QApplication

    from briefing.ui.app import configure_settings
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import TaskKind

    app = QApplication.instance() or QApplication([])
    configure_settings()
    w = MainWindow()
    w.show()
    for i in range(args.opens):
        w.open_path(str(files[i % len(files)]))
        end = time.time() + 120
        while (w.model.doc is None or w.runner.running(TaskKind.OPEN)) and time.time() < end:
            app.processEvents()
            time.sleep(0.005)
        for _ in range(3):  # an edit, its undo, its preview
            w.edits.edit_field("analyst_comment", f"Comment {i}")
            app.processEvents()
        w.undo_action.trigger()
        stop = time.time() + 0.3
        while time.time() < stop:
            app.processEvents()
        gc.collect()  # a full pass, as the collector runs one by itself soon after a load
        print(f"open {i + 1:2d}: frozen {gc.get_freeze_count():7d}, tracked {len(gc.get_objects()):6d}")
    gc.unfreeze()
    print(f"garbage held by the permanent generation after {args.opens} opens: {gc.collect()} objects")
    w.close()


if __name__ == "__main__":
    main()
