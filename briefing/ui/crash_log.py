"""The log file of unexpected errors: ``briefing.log`` in the user data folder."""

from __future__ import annotations

import datetime
from pathlib import Path

from briefing import paths


def write_log(text: str) -> Path | None:
    """Append ``text`` to ``briefing.log`` in the user data folder; return its path (None on failure)."""
    try:
        path = paths.user_data_dir() / "briefing.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        return path
    except OSError:
        return None
