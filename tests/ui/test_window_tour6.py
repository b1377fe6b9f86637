"""An analyst's working day in the window (gui60): a long article's actor table, re-summarizing after the points
were reordered by hand, File > Close, and the names a screen reader reads."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QWidget

from briefing.core.model import Actor
from briefing.ui.tasks import TaskKind


def test_many_actors_are_shown_again_without_freezing(qtbot):
    """Showing 600 actors again (every edit, undo or re-summarize does) takes well under a second, not the seconds
    the self-sizing columns took re-measuring every row at each cell; the columns still fit their contents."""
    from briefing.ui.widgets.actor_table import ActorTable

    table = ActorTable()
    qtbot.addWidget(table)
    table.resize(520, 400)
    table.show()
    actors = [Actor(name=f"Person {i}", type="ORG" if i % 3 else "PER", role="spokesman" if i % 2 else "",
                    mentions=i) for i in range(600)]
    table.set_actors(actors)
    QApplication.processEvents()
    actors[0].role = "changed"
    started = time.perf_counter()
    table.set_actors(actors)  # the second time every cell is replaced (2-5 s before the fix on this machine)
    took = time.perf_counter() - started
    QApplication.processEvents()
    assert took < 0.6, f"showing 600 actors again took {took:.2f} s"
    assert table.table.item(0, 2).text() == "changed"
    header = table.table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(4)] == [QHeaderView.Stretch, QHeaderView.ResizeToContents,
                                                               QHeaderView.Stretch, QHeaderView.ResizeToContents]
    widest = max(table.table.fontMetrics().horizontalAdvance(table.table.item(r, 1).text()) for r in range(3))
    assert header.sectionSize(1) > widest  # "organisation" is whole
