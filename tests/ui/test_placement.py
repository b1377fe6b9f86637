"""A window opened while another of the app is open is offset from it, not exactly on top (markers)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QMessageBox

from briefing.ui.placement import CASCADE, FOLDER_NAME, NEAR, fit_rect, free_corner


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


def _inside(w) -> bool:
    area = w.screen().availableGeometry()
    return area.contains(w.frameGeometry())


def test_cascaded_windows_stay_whole_on_the_screen(make_window, data_dir, qtbot):
    """Three windows of the app open at once: each is offset from the others and wholly on the screen.

    Before, the cascade only kept 240x160 of a window on the screen: a third window on a 1280x800 screen
    reached 25 px past the right edge and hid the page preview's controls (seen on Xvfb). The offscreen
    screen (800x800) is smaller still, so here the second window already crossed the edge."""
    first = make_window()
    _close(first)  # its geometry is saved: every next window restores it
    windows = [make_window() for _ in range(3)]
    for w in windows:  # fitted again once shown, when the frame's size is known
        qtbot.waitUntil(lambda w=w: _inside(w), timeout=3000)
        assert w.width() >= w.minimumWidth() and w.height() >= w.minimumHeight()
    corners = [w.pos() for w in windows]
    assert not any(_near(p, q) for i, p in enumerate(corners) for q in corners[i + 1:]), corners


def test_a_geometry_remembered_from_a_bigger_screen_is_fitted(make_window, data_dir, qtbot):
    """Settings saved on a 1920x1080 screen (a 1600x993 window at 160,43), the app started on a smaller
    screen: the window is cut to the screen and lies wholly on it."""
    from PySide6.QtWidgets import QWidget

    big = QWidget()
    big.setGeometry(160, 43, 1600, 993)
    QSettings().setValue("window/geometry", big.saveGeometry())
    w = make_window()
    area = w.screen().availableGeometry()
    qtbot.waitUntil(lambda: _inside(w), timeout=3000)
    assert w.width() <= area.width() and w.height() <= area.height()


@pytest.mark.parametrize("rect, area, least, expected", [
    # A window remembered from 1920x1080 on a 1280x720 screen: cut to the screen.
    (QRect(160, 43, 1600, 993), QRect(0, 0, 1280, 720), QSize(900, 560), QRect(0, 0, 1280, 720)),
    # The third cascaded window on 1280x800 keeps its corner and gets narrower.
    (QRect(102, 96, 1203, 736), QRect(0, 0, 1280, 800), QSize(900, 560), QRect(102, 96, 1178, 704)),
    # Too far right to get narrow enough: moved back inside, at its minimum width.
    (QRect(500, 0, 1000, 600), QRect(0, 0, 1280, 800), QSize(900, 560), QRect(380, 0, 900, 600)),
    # Off the area's left and top (a screen to the right, with a panel): moved onto it, size kept.
    (QRect(-50, 0, 600, 400), QRect(1366, 30, 1024, 738), QSize(500, 300), QRect(1366, 30, 600, 400)),
    # Already inside: unchanged.
    (QRect(41, 31, 1284, 706), QRect(0, 0, 1366, 768), QSize(900, 560), QRect(41, 31, 1284, 706)),
])
def test_fit_rect(rect, area, least, expected):
    assert fit_rect(rect, area, least) == expected
