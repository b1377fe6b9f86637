"""A window opened while another of the app is open is offset from it, not exactly on top (markers)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QMessageBox

from briefing.ui.placement import CASCADE, FOLDER_NAME, NEAR, free_corner


def _near(p: QPoint, q: QPoint) -> bool:
    """Return True for two corners a few pixels apart at most (the offscreen platform nudges shown windows)."""
    return abs(p.x() - q.x()) <= NEAR and abs(p.y() - q.y()) <= NEAR


def _close(w) -> None:
    w.dialogs.answers = [QMessageBox.Discard]
    w.close()


def test_second_window_is_offset_from_the_first(make_window, data_dir):
    """Two windows restoring the same saved geometry: the second opens one cascade step down and right."""
    first = make_window()
    _close(first)  # its geometry is saved: the next window restores it
    one, two = make_window(), make_window()
    assert _near(one.pos(), first.pos())
    assert _near(two.pos(), one.pos() + QPoint(CASCADE, CASCADE)), (one.pos(), two.pos())
    assert len(list((data_dir / FOLDER_NAME).glob("*.pos"))) == 2


def test_last_window_closed_gives_the_geometry_and_its_marker_goes(make_window, data_dir):
    """The geometry of the last window closed is the next window's; closing removes the window's marker."""
    first = make_window()
    _close(first)
    one, two = make_window(), make_window()
    _close(one)
    geometry = two.saveGeometry()
    _close(two)
    assert list((data_dir / FOLDER_NAME).glob("*.pos")) == []
    assert QSettings().value("window/geometry") == geometry


def test_a_marker_left_by_a_crash_takes_no_place(make_window, data_dir):
    """A marker whose window's process died (its lock stale) is removed and does not push the window aside."""
    first = make_window()
    _close(first)
    folder = data_dir / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    dead = folder / "99999-1-crashed.pos"
    dead.write_text(f"{first.pos().x()} {first.pos().y()}\n", encoding="ascii")
    # A process takes the marker's lock and dies without releasing it, as a crash does.
    subprocess.run([sys.executable, "-c", "import os, sys; from PySide6.QtCore import QLockFile; "
                    "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); os._exit(0)", str(dead) + ".lock"],
                   check=True, timeout=60)
    assert (folder / (dead.name + ".lock")).exists()
    w = make_window()
    assert _near(w.pos(), first.pos())
    assert not dead.exists()


def test_cascade_starts_again_at_the_top_when_it_would_leave_the_screen():
    """At the screen's bottom-right the cascade starts again near the top-left corner of the screen."""
    area = QRect(0, 0, 960, 540)
    assert free_corner(QPoint(10, 10), [QPoint(10, 10)], area) == QPoint(10 + CASCADE, 10 + CASCADE)
    assert free_corner(QPoint(10, 10), [QPoint(12, 9)], area) != QPoint(10, 10)  # a nudged corner is still taken
    low = QPoint(600, 360)
    assert free_corner(low, [low], area) == QPoint(CASCADE, 0)
    assert free_corner(QPoint(5, 5), [], area) == QPoint(5, 5)


def _whole_rows(view, rects) -> int:
    area = view.viewport().rect()
    return sum(1 for r in rects if area.contains(r))


def test_short_window_shows_three_points_and_three_actors(seed_window, qtbot):
    """At 900x560 the key points list shows three points whole (each cut to three lines, the chosen one whole)
    and the actors table three rows; the fields scroll. At 1366x768 nothing is cut or capped."""
    w = seed_window
    w.resize(900, 560)
    points, table = w.summary_editor.list, w.actor_table.table
    assert points.count() >= 3 and table.model().rowCount() >= 3

    def shown() -> tuple[int, int]:
        return (_whole_rows(points, [points.visualItemRect(points.item(r)) for r in range(points.count())]),
                _whole_rows(table, [table.visualRect(table.model().index(r, 0))
                                    for r in range(table.model().rowCount())]))

    qtbot.waitUntil(lambda: shown()[0] >= 3 and shown()[1] >= 3, timeout=5000)
    assert w.fields_scroll.maximumHeight() < w.fields.sizeHint().height()  # the fields scroll, nothing is gone
    points.setCurrentRow(0)
    qtbot.waitUntil(lambda: not points.visualItemRect(points.item(0)).isEmpty())
    tall = points.visualItemRect(points.item(0)).height()
    points.setCurrentRow(1)
    qtbot.waitUntil(lambda: points.visualItemRect(points.item(0)).height() < tall, timeout=5000)
    w.resize(1366, 768)
    qtbot.waitUntil(lambda: points.max_lines is None, timeout=5000)
    assert w.fields_scroll.maximumHeight() >= w.fields.sizeHint().height()
