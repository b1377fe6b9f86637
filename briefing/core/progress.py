"""Progress reporting for long work: ``callback(fraction, message)``.

A callback is called as work advances (fraction from 0 to 1, a short message)
and may raise :class:`briefing.core.errors.Cancelled` to stop the work.
"""

from __future__ import annotations

from typing import Callable

ProgressCallback = Callable[[float, str], None]


def no_progress(fraction: float, message: str) -> None:
    """A progress callback that ignores every report."""
