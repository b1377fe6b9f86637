"""Start the desktop app: ``briefing [FILE]`` or ``python -m briefing [FILE]``.

Only Qt and the light parts of the core are imported before the window shows;
sumy, NLTK, reportlab and the actor word lists load in a worker thread when
the first article is analysed. With no FILE the bundled seed article opens.

Environment: ``BRIEFING_DATA_DIR`` moves the recovery file, log and settings
(tests use it); ``BRIEFING_STARTUP_TRACE=1`` prints the time from process
start to the window shown and to the article analysed and shown
(``benchmarks/startup.py``); ``BRIEFING_QUIT_AFTER_LOAD=1`` then quits.
"""

from __future__ import annotations

import os
import sys
import time
import traceback

APP_NAME = "briefing"
ORG_NAME = "briefing"


def seconds_since_start() -> float:
    """Return seconds since this process started (``BRIEFING_T0`` from a parent wins)."""
    t0 = os.environ.get("BRIEFING_T0")
    if t0:
        return time.time() - float(t0)
    try:  # Linux: field 22 of /proc/self/stat is the start time in clock ticks after boot
        with open("/proc/self/stat") as fh:
            start_ticks = float(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.process_time()


def configure_settings() -> None:
    """Set organisation/app names; with ``BRIEFING_DATA_DIR`` keep settings in an INI file there."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = os.environ.get("BRIEFING_DATA_DIR")
    if folder:
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, folder)


def install_excepthook(window=None) -> None:
    """Show unexpected exceptions in a dialog and append the traceback to the log, instead of crashing."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .crash_log import write_log

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log_path = write_log(text)
        sys.__stderr__.write(text)
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        where = f"\n\nDetails were written to {log_path}." if log_path else ""
        QMessageBox.critical(window, "Unexpected error",
                             f"Something went wrong: {exc_type.__name__}: {exc}.{where}\n\n"
                             "Your work is autosaved; you can keep working or save and restart.")

    sys.excepthook = hook


def apply_look(app) -> None:
    """Give ``app`` the bundled font (DejaVu Sans, at least 9.5 pt), the window icon and the style sheet."""
    from PySide6.QtGui import QFont

    from .icons import icon, load_fonts, style_sheet

    families = load_fonts()
    if "DejaVu Sans" in families:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(max(9.5, app.font().pointSizeF()))
        app.setFont(font)
    app.setWindowIcon(icon("app"))
    qss = style_sheet()
    if qss:
        app.setStyleSheet(qss)


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args):
        print("usage: briefing [FILE]\n\nOpen FILE (article or .briefing file) in the briefing window; "
              "with no FILE, the bundled sample article.")
        return 0
    trace = os.environ.get("BRIEFING_STARTUP_TRACE") == "1"
    quit_after = os.environ.get("BRIEFING_QUIT_AFTER_LOAD") == "1"

    from .display_check import display_problem, no_display_message

    problem = display_problem()
    if problem:  # Qt would abort with a misleading message (issue 10)
        print(no_display_message(problem), file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing import paths

    from .qtfix import protect_singletons

    protect_singletons()  # before any widget exists: the installed PySide6 may lose references to None/True
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args if a.startswith("-")]])
    configure_settings()
    apply_look(app)

    from .main_window import MainWindow

    window = MainWindow()
    install_excepthook(window)
    files = [a for a in args if not a.startswith("-")]
    target = files[0] if files else str(paths.default_seed())

    if trace or quit_after:
        def loaded():
            if trace:
                print(f"analysed_and_shown {seconds_since_start():.3f}", flush=True)
            if quit_after:
                window.model.set_document(window.model.doc)  # nothing unsaved: quit without a prompt
                QTimer.singleShot(0, window.close)

        def failed(message):
            print(f"failed {message}", flush=True)
            if quit_after:
                QTimer.singleShot(0, window.close)

        window.document_shown.connect(loaded)
        window.task_failed.connect(failed)

    # Start analysing at once, so the worker's imports overlap showing the window;
    # a recovery question must wait for the window.
    early = not window.recovery.has_orphan()
    if early:
        window.start(target)
    window.show()
    app.processEvents()
    if trace:
        print(f"window_shown {seconds_since_start():.3f}", flush=True)
    if not early:
        QTimer.singleShot(0, lambda: window.start(target))
    status = app.exec()
    if trace:
        import resource

        print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
