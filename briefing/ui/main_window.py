"""The main window: source, summary editor, actors, fields, preview; files, undo, export.

The window is a thin layer over the core. It shows the
:class:`~briefing.core.brief.document.BriefingDocument` held by a
:class:`~briefing.ui.commands.DocumentModel`, turns every user action into an
undoable edit, and runs opening, summarizing, actor extraction, preview and
export through :mod:`briefing.ui.tasks` so the window never freezes.

Dialogs go through :meth:`MainWindow.show_error`, :meth:`MainWindow.ask`,
:meth:`MainWindow.choose_open_path` and :meth:`MainWindow.choose_save_path`,
so tests can answer them without a modal loop.
"""

from __future__ import annotations

import logging
import os
from copy import deepcopy
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QFileDialog, QGroupBox, QLabel, QMainWindow, QMessageBox,
                               QProgressBar, QSplitter, QToolButton, QVBoxLayout, QWidget)

from briefing import __version__, paths
from briefing.core.brief.document import (FILE_FILTER as BRIEFING_FILTER, SUFFIX, BriefingDocument, apply_summary,
                                    is_briefing_file, machine_points, merge_actors, point_for_sentence,
                                    point_from_sentence, point_position, save_document, set_point_text)
from briefing.core.errors import BriefingError
from briefing.core.model import Actor, KeyPoint, SummaryOptions

from .commands import DocumentModel
from .icons import icon
from .tasks import Task, TaskRunner
from .widgets.actor_table import ActorTable
from .widgets.fields import FieldsPanel
from . import export_actions
from .widgets.preview import PreviewPane, render_page
from .widgets.source_view import SourceView
from .widgets.summary_editor import SummaryEditor

log = logging.getLogger(__name__)

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;" + BRIEFING_FILTER
WORDS_PER_MINUTE = 230
MAX_RECENT = 8
PREVIEW_DELAY_MS = 350
RESUMMARIZE_DELAY_MS = 400
AUTOSAVE_DELAY_MS = 3000
RECOVERY_NAME = "recovery.json"


# ---------------------------------------------------------------- worker jobs (no Qt)


def analyse_article(source, options: SummaryOptions, progress, text: bool = False) -> BriefingDocument:
    """Load (a path, or pasted text when ``text``), summarize and extract actors; return a new document (worker)."""
    from briefing.core.brief import pipeline
    from briefing.core.brief.document import new_document

    analysis = (pipeline.analyse_text(source, options, progress) if text
                else pipeline.analyse_file(source, options, progress))
    return new_document(analysis.article, analysis.summary, analysis.actors, options)


def open_briefing_file(path: str, progress) -> BriefingDocument:
    """Open a saved briefing file (worker)."""
    from briefing.core.brief.document import load_document

    progress(0.1, "Opening the briefing…")
    return load_document(path)


def resummarize(article, options: SummaryOptions, progress):
    """Summarize an already loaded article with new options (worker)."""
    from briefing.core.brief import pipeline

    return pipeline.resummarize(article, options, progress)


# ---------------------------------------------------------------- the window


class MainWindow(QMainWindow):
    """The briefing editor window.

    Signals: ``document_shown()`` once a newly opened document is displayed;
    ``task_failed(str)`` with the message shown; ``exported(str)`` with the PDF
    path; ``preview_updated()`` after a new page picture.
    """

    document_shown = Signal()
    task_failed = Signal(str)
    exported = Signal(str)
    preview_updated = Signal()

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.model = DocumentModel(self)
        self.runner = TaskRunner(self)
        self._status_task: Task | None = None
        self._pending_point_row: int | None = None
        self._selected_actor: int = -1
        self._closing = False
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._default_size()
        self.setMinimumSize(QSize(900, 560))

        from briefing.core.summarize.algorithms import ALGORITHMS, algorithm_names

        algorithms = [(name, ALGORITHMS[name].label) for name in algorithm_names()]
        self.source = SourceView()
        self.source.setAcceptDrops(False)
        self.summary_editor = SummaryEditor(algorithms)
        self.actor_table = ActorTable()
        self.fields = FieldsPanel()
        self.preview = PreviewPane()
        self._build_layout()
        self._build_actions()
        self._build_status_bar()

        self._preview_timer = self._single_shot(PREVIEW_DELAY_MS, self.update_preview)
        self._summary_timer = self._single_shot(RESUMMARIZE_DELAY_MS, self.resummarize)
        self._autosave_timer = self._single_shot(AUTOSAVE_DELAY_MS, self.write_recovery)

        self.model.changed.connect(self._document_changed)
        self.model.document_replaced.connect(self._document_replaced)
        self.model.modified_changed.connect(self._modified_changed)
        self.runner.running_changed.connect(self._update_busy)
        self.source.sentence_clicked.connect(self.toggle_sentence)
        self.summary_editor.point_edited.connect(self.edit_point)
        self.summary_editor.points_reordered.connect(self.reorder_points)
        self.summary_editor.point_moved.connect(self.move_point)
        self.summary_editor.point_deleted.connect(self.delete_point)
        self.summary_editor.point_added.connect(self.add_point)
        self.summary_editor.reset_requested.connect(self.reset_points)
        self.summary_editor.options_changed.connect(lambda _o: self._summary_timer.start())
        self.summary_editor.point_selected.connect(self._point_selected)
        self.actor_table.actor_edited.connect(self.edit_actor)
        self.actor_table.actors_deleted.connect(self.delete_actors)
        self.actor_table.actor_added.connect(self.add_actor)
        self.actor_table.merge_requested.connect(self.merge_actor_rows)
        self.actor_table.actor_selected.connect(self._actor_selected)
        self.fields.field_edited.connect(self.edit_field)
        self.preview.page_size_changed.connect(self._page_size_changed)

        self._restore_settings()
        self._document_replaced()

    # ---------------------------------------------------------------- building

    def _default_size(self) -> None:
        """Take most of the screen on a first start (later starts restore the saved geometry)."""
        screen = QApplication.primaryScreen()
        if screen is None:
            self.resize(1400, 860)
            return
        area = screen.availableGeometry()
        width, height = min(1600, int(area.width() * 0.94)), min(1000, int(area.height() * 0.92))
        self.resize(max(width, 900), max(height, 560))
        self.move(area.x() + (area.width() - self.width()) // 2, area.y() + (area.height() - self.height()) // 2)

    def _single_shot(self, msecs: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _build_layout(self) -> None:
        source_box = QGroupBox("Article")
        lay = QVBoxLayout(source_box)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.source)
        self.source_hint = QLabel("Highlighted: the summary. Click a sentence to add it or take it out.")
        self.source_hint.setWordWrap(True)
        self.source_hint.setStyleSheet("color: palette(mid);")
        lay.addWidget(self.source_hint)

        brief_box = QGroupBox("Brief")
        blay = QVBoxLayout(brief_box)
        blay.setContentsMargins(6, 6, 6, 6)
        self.middle = QSplitter(Qt.Vertical)
        self.middle.setChildrenCollapsible(False)
        top = QWidget()
        tlay = QVBoxLayout(top)
        tlay.setContentsMargins(0, 0, 0, 0)
        tlay.addWidget(self.fields)
        tlay.addWidget(self.summary_editor, 1)
        self.middle.addWidget(top)
        self.middle.addWidget(self.actor_table)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 2)
        self.middle.setSizes([600, 300])
        blay.addWidget(self.middle)

        preview_box = QGroupBox("Page preview")
        play = QVBoxLayout(preview_box)
        play.setContentsMargins(6, 6, 6, 6)
        play.addWidget(self.preview)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for box, stretch in ((source_box, 34), (brief_box, 38), (preview_box, 28)):
            self.splitter.addWidget(box)
            box.setMinimumWidth(260)
        self.splitter.setSizes([510, 570, 420])
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        undo = self.model.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.Undo)
        undo.setIcon(icon("undo"))
        redo = self.model.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
        redo.setIcon(icon("redo"))
        self.undo_action, self.redo_action = undo, redo
        # The toolbar keeps short labels; the tooltip names the step ("Undo Edit point").
        undo.setIconText("Undo")
        redo.setIconText("Redo")
        self.open_action = self._action("&Open…", self.open_dialog, QKeySequence.Open, "open",
                                        "Open an article (txt, md, html, pdf, docx) or a briefing file")
        self.paste_action = self._action("&Paste as New Article", self.paste_article, QKeySequence.Paste, "paste",
                                         "Make a new briefing from the text on the clipboard")
        self.save_action = self._action("&Save", self.save, QKeySequence.Save, "save", "Save the briefing file")
        self.save_as_action = self._action("Save &As…", self.save_as, QKeySequence.SaveAs, None,
                                           "Save the briefing file under a new name")
        self.export_action = self._action(export_actions.EXPORT_TEXT, self.export_dialog, "Ctrl+E", "export",
                                          export_actions.EXPORT_TIP)
        self.copy_brief_action = self._action(export_actions.COPY_TEXT, self.copy_brief, "Ctrl+Shift+C", None,
                                              export_actions.COPY_TIP)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.Quit, "quit")
        if self.quit_action.shortcut().isEmpty():  # some platform themes define no Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.resummarize_action = self._action("Re-&summarize", self.resummarize, "Ctrl+R", "refresh",
                                               "Summarize again with the current settings")
        self.reset_action = self._action("Reset &Points to Machine Summary", self.reset_points, None, "reset")
        self.cancel_action = self._action("&Cancel Task", self.cancel_tasks, "Esc", "cancel")
        self.cancel_action.setShortcutContext(Qt.WindowShortcut)
        self.about_action = self._action("&About briefing", self.about)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.copy_brief_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.resummarize_action)
        edit_menu.addAction(self.reset_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.cancel_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        for action in (self.open_action, self.paste_action, self.save_action, self.export_action, None, undo, redo,
                       None, self.resummarize_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.paste_action.setIconText("Paste")
        self.export_action.setIconText("Export")
        self.resummarize_action.setIconText("Re-summarize")

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel()
        self.algorithm_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(self.cancel_action)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.cancel_button.setAutoRaise(True)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.algorithm_label)
        self.progress_bar.hide()
        self.cancel_button.hide()

    # ---------------------------------------------------------------- dialogs (tests replace these)

    def show_error(self, title: str, message: str) -> None:
        """Show an error dialog (modal)."""
        QMessageBox.critical(self, title, message)

    def ask(self, title: str, text: str, buttons, default):
        """Ask a question in a message box; return the ``QMessageBox.StandardButton`` chosen."""
        return QMessageBox.question(self, title, text, buttons, default)

    def choose_open_path(self) -> str | None:
        """Ask for a file to open; return its path or None."""
        path, _ = QFileDialog.getOpenFileName(self, "Open article or briefing", self._last_folder(), ARTICLE_FILTER)
        return path or None

    def choose_save_path(self, caption: str, suggested: str, file_filter: str) -> str | None:
        """Ask for a file to write; return its path or None."""
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, file_filter)
        return path or None

    # ---------------------------------------------------------------- start-up and recovery

    def recovery_path(self) -> Path:
        """Return the autosave file restored after a crash."""
        return paths.user_data_dir() / RECOVERY_NAME

    def start(self, path: str | None) -> None:
        """Open ``path`` (or nothing) at start-up, offering to restore an autosaved recovery file first."""
        if self.recovery_path().is_file() and self.offer_recovery():
            return
        if path:
            self.open_path(path)

    def offer_recovery(self) -> bool:
        """Ask whether to restore the recovery file; return True when it was restored."""
        from briefing.core.brief.document import BriefingDocument, load_document_data

        rec = self.recovery_path()
        try:
            data = load_document_data(rec)
            doc = BriefingDocument.from_dict(data)
        except Exception as exc:  # a damaged recovery file must not stop the app
            log.warning("recovery file unusable: %s", exc)
            self._remove_recovery()
            return False
        title = doc.briefing.title or doc.article.title or "an untitled article"
        answer = self.ask("Restore unsaved work?",
                          f"briefing was closed without saving your work on “{title}”.\n\nRestore it?",
                          QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            self._remove_recovery()
            return False
        origin = data.get("recovery_of")
        self.model.set_document(doc, origin if origin and Path(origin).is_file() else None, modified=True)
        self.statusBar().showMessage("Restored unsaved work from the recovery file.", 8000)
        self.document_shown.emit()
        return True

    def write_recovery(self) -> None:
        """Autosave the document to the recovery file (a few seconds after each change)."""
        if self.model.doc is None or not self.model.is_modified:
            return
        try:
            save_document(self.model.doc, self.recovery_path(), extra={"recovery_of": self.model.path})
        except BriefingError as exc:
            log.warning("autosave failed: %s", exc)

    def _remove_recovery(self) -> None:
        self._autosave_timer.stop()
        try:
            self.recovery_path().unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove recovery file: %s", exc)

    # ---------------------------------------------------------------- opening

    def open_dialog(self) -> None:
        """File > Open: choose an article or briefing file."""
        path = self.choose_open_path()
        if path:
            self.open_path(path)

    def open_path(self, path: str | os.PathLike) -> Task | None:
        """Open an article (analysed in the background) or a briefing file; returns the task."""
        path = str(path)
        if not self.maybe_save():
            return None
        if Path(path).resolve().parent != paths.seeds_dir().resolve():
            self._remember_folder(path)  # not the bundled samples' folder: saving there makes no sense
        if is_briefing_file(path):
            task = Task("open", open_briefing_file, path, label=f"Opening {Path(path).name}")
            task.source_path = path
            task.is_briefing = True
        else:
            task = Task("open", analyse_article, path, self.summary_editor.options(),
                        label=f"Opening {Path(path).name}")
            task.source_path = path
            task.is_briefing = False
        return self._run(task, self._opened)

    def paste_article(self) -> Task | None:
        """Make a new briefing from the clipboard's text."""
        text = QApplication.clipboard().text()
        if not text.strip():
            self.show_error("Paste as new article", "The clipboard holds no text to make an article from.")
            return None
        if not self.maybe_save():
            return None
        task = Task("open", analyse_article, text, self.summary_editor.options(), text=True,
                    label="Reading the pasted text")
        task.source_path = None
        task.is_briefing = False
        return self._run(task, self._opened)

    def _opened(self, task: Task, doc: BriefingDocument) -> None:
        self._pending_point_row = -1
        self.model.set_document(doc, task.source_path if task.is_briefing else None)
        self._remove_recovery()
        if task.source_path:
            self._add_recent(task.source_path)
        name = Path(task.source_path).name if task.source_path else "pasted text"
        self.statusBar().showMessage(f"Opened {name}.", 5000)
        self.document_shown.emit()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Accept dropped local files."""
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Open the first dropped file."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.open_path(url.toLocalFile())
                return

    # ---------------------------------------------------------------- saving

    def save(self) -> bool:
        """File > Save; returns True when the document was saved."""
        if self.model.doc is None:
            return False
        if not self.model.path:
            return self.save_as()
        return self.save_to(self.model.path)

    def save_as(self) -> bool:
        """File > Save As; returns True when the document was saved."""
        if self.model.doc is None:
            return False
        path = self.choose_save_path("Save briefing", self._suggested_path(SUFFIX), BRIEFING_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the briefing file (small JSON: written atomically on the GUI thread)."""
        self.fields.commit_all()
        try:
            save_document(self.model.doc, path)
        except BriefingError as exc:
            self.show_error("Save failed", str(exc))
            return False
        self.model.mark_saved(path)
        self._update_title()
        self._remove_recovery()
        self._remember_folder(path)
        self._add_recent(path)
        self.statusBar().showMessage(f"Saved {Path(path).name}.", 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; return False when the user cancels."""
        self.fields.commit_all()
        if not self.model.is_modified:
            return True
        answer = self.ask("Unsaved changes",
                          "The briefing has changes that are not saved.\n\nSave them first?",
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    # ---------------------------------------------------------------- export and preview

    def export_dialog(self) -> Task | None:
        """File > Export: choose a path and format (PDF, DOCX, HTML, Markdown, text) and write it in the background."""
        if self.model.doc is None:
            return None
        chosen = export_actions.choose_export(self, self._suggested_path(".pdf"),
                                              self.settings.value("export/format", "pdf", str))
        if chosen is None:
            return None
        self.settings.setValue("export/format", chosen[1])
        return self.export_to(*chosen)

    def copy_brief(self) -> None:
        """File > Copy Brief: the brief on the clipboard as rich text and plain text."""
        self.fields.commit_all()
        if self.model.doc is not None:
            export_actions.copy_brief(self.model.doc.briefing)
            self.statusBar().showMessage("Copied the brief (formatted and plain text).", 5000)

    def export_to(self, path: str, fmt: str | None = None) -> Task | None:
        """Write the current briefing to ``path`` as ``fmt`` (by default from the suffix) in the background."""
        self.fields.commit_all()
        if self.model.doc is None:
            return None
        self._remember_folder(path)
        fmt = fmt or export_actions.path_and_format(path, None)[1]
        task = Task("export", export_actions.export_job, deepcopy(self.model.doc.briefing), path, fmt,
                    self.preview.page_size_key(), label="Exporting the brief")
        task.target = path
        return self._run(task, self._exported)

    def _exported(self, task: Task, report) -> None:
        notes = f" ({'; '.join(report.steps)})" if report.steps else ""
        self.statusBar().showMessage(f"Exported {Path(task.target).name}{notes}.", 8000)
        self.exported.emit(task.target)

    def update_preview(self) -> Task | None:
        """Render the page picture in the background (debounced after edits)."""
        if self.model.doc is None or self._closing or not self.preview.throttle.request():
            return None
        task = Task("preview", render_page, deepcopy(self.model.doc.briefing), self.preview.wanted_width(),
                    self.preview.page_size_key(), label="Preview")
        task.quiet = True
        task.done.connect(self._preview_done)
        return self._run(task, self._preview_ready)

    def _page_size_changed(self, key: str) -> None:
        self.settings.setValue("pdf/page_size", key)
        self._preview_timer.start()

    def _preview_done(self, task: Task) -> None:
        if self.preview.throttle.done():  # edits came in while rendering: one more render, not one per edit
            self._preview_timer.start()

    def _preview_ready(self, task: Task, page) -> None:
        self.preview.show_page(page)
        self.preview_updated.emit()

    # ---------------------------------------------------------------- summarizing

    def resummarize(self) -> Task | None:
        """Summarize again with the settings shown (result becomes one undoable step)."""
        if self.model.doc is None:
            return None
        options = self.summary_editor.options()
        task = Task("summarize", resummarize, self.model.doc.article, options, label="Summarizing")
        task.options = options
        task.article = self.model.doc.article
        return self._run(task, self._resummarized)

    def _resummarized(self, task: Task, summary) -> None:
        if self.model.doc is None or self.model.doc.article is not task.article:
            return  # another article was opened meanwhile
        options = task.options
        self._pending_point_row = 0
        self.model.edit("Re-summarize", lambda d: apply_summary(d, summary, options), "all")
        self._save_options(options)

    # ---------------------------------------------------------------- tasks

    def _run(self, task: Task, on_finished) -> Task:
        task.on_finished = on_finished
        task.finished.connect(self._task_finished)
        task.failed.connect(self._task_failed)
        task.progress.connect(self._task_progress)
        self.runner.start(task)
        return task

    def _task_finished(self, task: Task, result) -> None:
        if self._closing or not self.runner.is_current(task):
            return  # superseded by a newer task of the same kind
        task.on_finished(task, result)

    def _task_failed(self, task: Task, error) -> None:
        if self._closing or not self.runner.is_current(task):
            return
        if task.kind == "preview":
            if isinstance(error, BriefingError):
                self.preview.show_message(str(error))
            else:
                self.preview.show_message(f"The preview failed: {type(error).__name__}: {error}")
                log.error("preview failed:\n%s", getattr(error, "__traceback_text__", error))
            return
        if isinstance(error, BriefingError):
            message = str(error)
        else:
            message = f"Something went wrong ({type(error).__name__}: {error}). Details are in the log file."
            log.error("%s failed:\n%s", task.kind, getattr(error, "__traceback_text__", error))
            write_log(getattr(error, "__traceback_text__", repr(error)))
        titles = {"open": "Cannot open the file", "export": "Export failed", "summarize": "Cannot summarize"}
        self.task_failed.emit(message)
        self.show_error(titles.get(task.kind, "Error"), message)

    def _task_progress(self, task: Task, fraction: float, message: str) -> None:
        if task.quiet or not self.runner.is_current(task):
            return
        self.progress_bar.setValue(int(fraction * 100))
        self.progress_bar.setFormat(message or task.label)

    def cancel_tasks(self) -> None:
        """Cancel the running open, summarize or export task."""
        for task in self.runner.running():
            if not task.quiet:
                task.cancel()
        self.statusBar().showMessage("Cancelled.", 3000)

    def _update_busy(self) -> None:
        busy = [t for t in self.runner.running() if not t.quiet]
        self.progress_bar.setVisible(bool(busy))
        self.cancel_button.setVisible(bool(busy))
        self.cancel_action.setEnabled(bool(busy))
        if busy:
            self.progress_bar.setFormat(busy[-1].label)
        else:
            self.progress_bar.setValue(0)
        kinds = {t.kind for t in busy}
        self.open_action.setEnabled("open" not in kinds)
        self.paste_action.setEnabled("open" not in kinds)
        has_doc = self.model.doc is not None
        self.export_action.setEnabled(has_doc and "export" not in kinds)
        self.copy_brief_action.setEnabled(has_doc)
        self.resummarize_action.setEnabled(has_doc)

    # ---------------------------------------------------------------- edits

    def toggle_sentence(self, index: int) -> None:
        """Add article sentence ``index`` to the key points, or take it out if it is one."""
        doc = self.model.doc
        if doc is None:
            return
        pos = point_for_sentence(doc.briefing.key_points, index)
        if pos is not None:
            self.model.edit("Remove sentence from summary", lambda d: d.briefing.key_points.pop(pos), "points")
            return
        score = doc.summary.scores[index] if doc.summary and index < len(doc.summary.scores) else 0.0

        def add(d: BriefingDocument) -> None:
            at = point_position(d.briefing.key_points, index)
            d.briefing.key_points.insert(at, point_from_sentence(d.article, index, score))
            self._pending_point_row = at

        self.model.edit("Add sentence to summary", add, "points")

    def edit_point(self, row: int, text: str) -> None:
        """Change key point ``row``'s text."""
        doc = self.model.doc
        if doc is None or not 0 <= row < len(doc.briefing.key_points) or doc.briefing.key_points[row].text == text:
            return
        self._pending_point_row = row
        self.model.edit("Edit point", lambda d: set_point_text(d.briefing.key_points[row], text, d.article), "points")

    def reorder_points(self, order: list[int]) -> None:
        """Put the key points in ``order`` (old rows in their new order), after a drag and drop."""
        doc = self.model.doc
        if doc is None or sorted(order) != list(range(len(doc.briefing.key_points))):
            self._refresh_points()
            return

        def change(d: BriefingDocument) -> None:
            d.briefing.key_points = [d.briefing.key_points[i] for i in order]

        self.model.edit("Reorder points", change, "points")

    def move_point(self, row: int, delta: int) -> None:
        """Move key point ``row`` up (-1) or down (+1)."""
        doc = self.model.doc
        target = row + delta
        if doc is None or not (0 <= row < len(doc.briefing.key_points) and 0 <= target < len(doc.briefing.key_points)):
            return

        def change(d: BriefingDocument) -> None:
            points = d.briefing.key_points
            points.insert(target, points.pop(row))

        self._pending_point_row = target
        self.model.edit("Move point up" if delta < 0 else "Move point down", change, "points")

    def delete_point(self, row: int) -> None:
        """Delete key point ``row``."""
        doc = self.model.doc
        if doc is None or not 0 <= row < len(doc.briefing.key_points):
            return
        self._pending_point_row = max(0, min(row, len(doc.briefing.key_points) - 2))
        self.model.edit("Delete point", lambda d: d.briefing.key_points.pop(row), "points")

    def add_point(self, text: str = "New point") -> None:
        """Add a point of the user's own at the end and start editing it."""
        if self.model.doc is None:
            return
        row = len(self.model.doc.briefing.key_points)
        self._pending_point_row = row
        self.model.edit("Add point", lambda d: d.briefing.key_points.append(KeyPoint(text=text, edited=True)), "points")
        item = self.summary_editor.list.item(row)
        if item is not None and self.isVisible():
            self.summary_editor.list.editItem(item)

    def reset_points(self) -> None:
        """Put back the machine's summary as the key points."""
        if self.model.doc is None:
            return
        self._pending_point_row = 0

        def change(d: BriefingDocument) -> None:
            d.briefing.key_points = machine_points(d)

        self.model.edit("Reset points", change, "points")

    def edit_actor(self, row: int, field: str, value) -> None:
        """Change one field of actor ``row`` (an empty name is refused)."""
        doc = self.model.doc
        if doc is None or not 0 <= row < len(doc.briefing.actors):
            return
        if field == "name" and not value:
            self._refresh_actors()
            return
        if getattr(doc.briefing.actors[row], field) == value:
            return
        label = {"name": "name", "type": "type", "role": "role", "mentions": "mentions"}[field]
        self.model.edit(f"Edit actor {label}", lambda d: setattr(d.briefing.actors[row], field, value), "actors")

    def delete_actors(self, rows: list[int]) -> None:
        """Delete the actors at ``rows``."""
        doc = self.model.doc
        rows = sorted({r for r in rows if doc is not None and 0 <= r < len(doc.briefing.actors)}, reverse=True)
        if not rows:
            return

        def change(d: BriefingDocument) -> None:
            for r in rows:
                d.briefing.actors.pop(r)

        self.actor_table.table.clearSelection()
        self.model.edit("Delete actor" if len(rows) == 1 else f"Delete {len(rows)} actors", change, "actors")

    def add_actor(self) -> None:
        """Add a new actor at the end and start editing its name."""
        if self.model.doc is None:
            return
        row = len(self.model.doc.briefing.actors)
        self.model.edit("Add actor", lambda d: d.briefing.actors.append(Actor(name="New actor", type="PER")), "actors")
        item = self.actor_table.table.item(row, 0)
        if item is not None:
            self.actor_table.table.setCurrentItem(item)
            if self.isVisible():
                self.actor_table.table.editItem(item)

    def merge_actor_rows(self, a: int, b: int) -> None:
        """Merge actor ``b`` into actor ``a`` (aliases, mentions and sentences combined)."""
        doc = self.model.doc
        n = len(doc.briefing.actors) if doc else 0
        if doc is None or a == b or not (0 <= a < n and 0 <= b < n):
            return

        def change(d: BriefingDocument) -> None:
            actors = d.briefing.actors
            actors[a] = merge_actors(actors[a], actors[b])
            actors.pop(b)

        self.actor_table.table.clearSelection()
        self.model.edit("Merge actors", change, "actors")

    def edit_field(self, name: str, value: str) -> None:
        """Change the brief's title, bottom line, banner or analyst comment (typing merges into one step)."""
        if self.model.doc is None or getattr(self.model.doc.briefing, name) == value:
            return
        label = {"title": "title", "bottom_line": "bottom line", "banner": "banner",
                 "analyst_comment": "comment"}[name]
        self.model.edit(f"Edit {label}", lambda d: setattr(d.briefing, name, value), "fields", merge_key=f"field:{name}")

    # ---------------------------------------------------------------- refreshing views

    def _document_replaced(self) -> None:
        doc = self.model.doc
        self.source.set_article(doc.article if doc else None)
        if doc is not None:
            self.summary_editor.set_options(doc.options)
        self._selected_actor = -1
        self._document_changed("all")
        if doc is None:
            self.preview.clear()
        self._update_title()

    def _document_changed(self, part: str) -> None:
        doc = self.model.doc
        if part in ("points", "all", "summary"):
            self._refresh_points()
        if part in ("actors", "all"):
            self._refresh_actors()
        if part in ("fields", "all"):
            self.fields.set_briefing(doc.briefing if doc else None)
        if part == "all" and doc is not None:
            self.summary_editor.set_options(doc.options)
        self._update_status()
        self._update_busy()
        if doc is not None:
            self._preview_timer.start()
            if self.model.is_modified:
                self._autosave_timer.start()

    def _refresh_points(self) -> None:
        doc = self.model.doc
        points = doc.briefing.key_points if doc else []
        self.summary_editor.set_points(points, self._pending_point_row)
        self._pending_point_row = None
        self.source.set_summary({p.source_index for p in points if p.source_index is not None})

    def _refresh_actors(self) -> None:
        doc = self.model.doc
        self.actor_table.set_actors(doc.briefing.actors if doc else [])
        rows = self.actor_table.selected_rows()
        self._actor_selected(rows[0] if len(rows) == 1 else -1)

    def _point_selected(self, source_index: int) -> None:
        self.source.show_sentence(source_index if source_index >= 0 else None)

    def _actor_selected(self, row: int) -> None:
        doc = self.model.doc
        self._selected_actor = row
        actor = doc.briefing.actors[row] if doc and 0 <= row < len(doc.briefing.actors) else None
        count = self.source.show_mentions(actor)
        if actor is not None:
            self.statusBar().showMessage(f"{actor.name}: {count} mention{'s' if count != 1 else ''} highlighted.", 4000)

    def _update_status(self) -> None:
        doc = self.model.doc
        if doc is None:
            self.counts_label.setText("No article")
            self.algorithm_label.setText("")
            return
        article = doc.article
        words = article.word_count
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        brief_words = sum(len(p.text.split()) for p in doc.briefing.key_points)
        self.counts_label.setText(
            f"{article.sentence_count} sentences · {words:,} words · {minutes} min read"
            f"  |  brief: {len(doc.briefing.key_points)} points, {brief_words} words, {len(doc.briefing.actors)} actors")
        from briefing.core.summarize.algorithms import ALGORITHMS

        algo = doc.summary.algorithm if doc.summary else (doc.options.algorithm or "")
        self.algorithm_label.setText(ALGORITHMS[algo].label if algo in ALGORITHMS else algo)

    def _modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        if modified:
            self._autosave_timer.start()  # the first edit after a save is only known as modified here
        else:
            self._autosave_timer.stop()

    def _update_title(self) -> None:
        doc = self.model.doc
        if doc is None:
            name = "briefing"
        elif self.model.path:
            name = Path(self.model.path).name
        else:
            name = doc.article.title or (Path(doc.article.path).name if doc.article.path else "Untitled")
        self.setWindowTitle(f"{name}[*] — briefing")
        self.setWindowModified(self.model.is_modified)
        self.save_action.setEnabled(doc is not None)
        self.save_as_action.setEnabled(doc is not None)

    # ---------------------------------------------------------------- settings

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        for key, splitter in (("window/splitter", self.splitter), ("window/middle", self.middle)):
            state = s.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        self.preview.set_page_size(s.value("pdf/page_size", "a4", str))
        algorithm = s.value("summary/algorithm", "", str)
        mode = s.value("summary/mode", "sentences", str)
        try:
            value = float(s.value("summary/length", 3))
        except (TypeError, ValueError):
            value = 3.0
        options = SummaryOptions(algorithm=algorithm or None)
        if mode == "percent":
            options.percent = value
        elif mode == "words":
            options.words = int(value)
        else:
            options.sentences = int(value)
        self.summary_editor.set_options(options)

    def _save_options(self, options: SummaryOptions) -> None:
        s = self.settings
        s.setValue("summary/algorithm", options.algorithm or "")
        if options.percent is not None:
            s.setValue("summary/mode", "percent")
            s.setValue("summary/length", options.percent)
        elif options.words is not None:
            s.setValue("summary/mode", "words")
            s.setValue("summary/length", options.words)
        else:
            s.setValue("summary/mode", "sentences")
            s.setValue("summary/length", options.sentences or 3)

    def _save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/middle", self.middle.saveState())
        self._save_options(self.summary_editor.options())
        s.sync()

    def _last_folder(self) -> str:
        folder = self.settings.value("files/last_folder", "", str)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember_folder(self, path: str) -> None:
        self.settings.setValue("files/last_folder", str(Path(path).resolve().parent))

    def recent_files(self) -> list[str]:
        """Return the recently opened or saved files, newest first."""
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self.settings.setValue("files/recent", [path, *recent][:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent_files() if Path(p).exists()]
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(self._open_recent)
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear the List", lambda: self.settings.setValue("files/recent", []))

    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data():
            self.open_path(action.data())

    def _suggested_path(self, suffix: str) -> str:
        doc = self.model.doc
        if self.model.path:
            return str(Path(self.model.path).with_suffix(suffix))
        stem = "briefing"
        if doc is not None:
            if doc.article.path:
                stem = Path(doc.article.path).stem
            elif doc.briefing.title:
                stem = "".join(c if c.isalnum() or c in "-_ " else "" for c in doc.briefing.title)[:60].strip() or stem
        return str(Path(self._last_folder()) / f"{stem}{suffix}")

    # ---------------------------------------------------------------- misc

    def about(self) -> None:
        """Help > About."""
        QMessageBox.about(self, "About briefing",
                          f"<b>briefing {__version__}</b><p>Turns a news article into a one-page briefing: "
                          "extractive summary, key actors and a PDF.</p>")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Ask about unsaved changes; then stop tasks, remember settings and remove the recovery file."""
        if not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        for timer in (self._preview_timer, self._summary_timer, self._autosave_timer):
            timer.stop()
        self.runner.cancel_all()
        self._save_settings()
        self._remove_recovery()
        self.runner.wait(5000)
        event.accept()


def write_log(text: str) -> Path | None:
    """Append ``text`` to ``briefing.log`` in the user data folder; return its path (None on failure)."""
    import datetime

    try:
        path = paths.user_data_dir() / "briefing.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        return path
    except OSError:
        return None
