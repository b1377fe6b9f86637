"""The window on a long brief (gui62): opening it and editing its 3,700 actors never stalls the GUI thread."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing.ui.tasks import TaskKind

ACTORS = 3700


def _long_brief(seed_path, tmp_path):
    """Save the seed article's brief with 3,700 actors (as a 100k-word article has) and return its path."""
    from briefing.core.brief.document import open_file, save_document
    from briefing.core.model import Actor

    doc = open_file(seed_path).document
    count = doc.article.sentence_count
    actors = [Actor(f"Person {i} Example", ("PER", "ORG", "LOC")[i % 3], aliases=[f"P{i}"], role="envoy" if i % 2
                    else "", mentions=1 + i % 9, sentences=[(i + k) % count for k in range(1 + i % 6)],
                    salience=1 / (i + 1), paragraph=0) for i in range(ACTORS)]
    doc.machine_actors = actors
    doc.briefing.actors = [Actor(**vars(a)) for a in actors]
    path = tmp_path / "long.briefing"
    save_document(doc, path)
    return path


class _Probe:
    """A 10 ms timer on the GUI thread: the longest gap between its ticks is the longest stall, in wall time and
    in the GUI thread's own CPU time (the work that held the window, which other processes' load does not
    stretch: on the shared 2-core machine at load 7 a 0.4 s step once took 1.55 s of wall time)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self._reset()
        self.timer.start()

    def _reset(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.longest = self.longest_cpu = 0.0

    def _tick(self) -> None:
        now, now_cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last)
        self.longest_cpu = max(self.longest_cpu, now_cpu - self.last_cpu)
        self.last, self.last_cpu = now, now_cpu

    def measure(self, action, settle: float = 1.2) -> tuple[float, float]:
        """Run ``action`` and let the events it queued run; return the longest stall (wall, GUI-thread CPU)."""
        QApplication.processEvents()
        self._reset()
        action()
        end = time.perf_counter() + settle
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.002)
        self._tick()
        return self.longest, self.longest_cpu


def test_a_brief_of_thousands_of_actors_opens_and_edits_without_freezing(make_window, qtbot, seed_path, tmp_path):
    """Opening a brief of 3,700 actors, editing, moving and deleting actors and undoing: the GUI thread never
    stalls 1.5 s (0.6-1.3 s each, 2-5 s in all, before gui62; about 0.1-0.25 s each after, on a loaded 2-core
    machine). The table shows every actor and follows each step."""
    path = _long_brief(seed_path, tmp_path)
    w = make_window()
    probe = _Probe()
    stalls = {}

    def opened():
        w.open_path(path)
        qtbot.waitUntil(lambda: w.model.doc is not None and not w.runner.running(TaskKind.OPEN), timeout=60000)

    stalls["open"] = probe.measure(opened)
    assert w.actor_table.row_count() == ACTORS
    stalls["edit"] = probe.measure(lambda: w.edit_actor(5, "role", "minister"))
    assert w.actor_table.table.model().index(5, 2).data() == "minister"
    stalls["move"] = probe.measure(lambda: w.move_actor(5, 1))
    assert w.actor_table.table.model().index(6, 2).data() == "minister" and w.actor_table.selected_rows() == [6]
    stalls["delete"] = probe.measure(lambda: w.edits.delete_actors([0, 1]))
    assert w.actor_table.row_count() == ACTORS - 2 and w.restore_actors_action.isEnabled()
    stalls["undo"] = probe.measure(w.undo_action.trigger)
    assert w.actor_table.row_count() == ACTORS
    stalls["redo"] = probe.measure(w.redo_action.trigger)
    assert w.actor_table.row_count() == ACTORS - 2
    cpu = {k: round(v[1], 3) for k, v in stalls.items()}
    wall = {k: round(v[0], 3) for k, v in stalls.items()}
    print("GUI-thread CPU", cpu, "wall", wall)
    assert max(cpu.values()) < 1.5 and sum(cpu.values()) < 3.0, cpu
    assert max(wall.values()) < 5.0, wall  # a freeze that is not work (a lock, a wait) still fails
