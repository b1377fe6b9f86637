"""The window both GUI benchmarks of this folder measure: a real window (offscreen unless QT_QPA_PLATFORM says
otherwise) showing the saved brief of a synthetic long article (``benchmarks/speed.seed_text``; 100,000 words give
about 3,700 actors). Imported by ``gc_pauses.py`` and ``edit_export_costs.py``; not run on its own."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def open_long_brief(words: int, prefix: str):
    """Return (app, window, folder): the window with the brief of a ``words``-word article open, the open task
    ended; ``folder`` is a new temporary folder holding the article, its brief and the app's data folder."""
    from PySide6.QtWidgets import QApplication

    from briefing.core.brief.document import open_file, save_document
    from speed import seed_text

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["BRIEFING_DATA_DIR"] = str(folder / "data")
    text = folder / "long.txt"
    text.write_text(seed_text(words), encoding="utf-8")
    path = folder / "long.briefing"
    save_document(open_file(text).document, path)

    from briefing.ui.app import configure_settings
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import TaskKind

    app = QApplication.instance() or QApplication([])
    configure_settings()
    w = MainWindow()
    w.show()
    w.open_path(str(path))
    end = time.time() + 120
    while (w.model.doc is None or w.runner.running(TaskKind.OPEN)) and time.time() < end:
        app.processEvents()
        time.sleep(0.005)
    return app, w, folder
