"""The main window: layout, actions and wiring of the source, brief, actors and preview panes.

The window is a thin layer over the core. It shows the :class:`~briefing.core.brief.document.BriefingDocument`
held by a :class:`~briefing.ui.commands.DocumentModel`; every user action becomes an undoable edit of
:class:`~briefing.ui.commands.DocumentEdits`; opening, summarizing, preview and export run through
:mod:`briefing.ui.tasks` so the window never freezes. The brief column's layout (fields, key points, actors) is
:mod:`briefing.ui.widgets.brief_column`; files are in :mod:`briefing.ui.files`, preview, re-summarize and language in
:mod:`briefing.ui.analysis`, the Help menu's dialogs in :mod:`briefing.ui.help`, remembered state
in :mod:`briefing.ui.settings`, autosave in :mod:`briefing.ui.recovery`, and
every dialog goes through the injected :class:`~briefing.ui.dialogs.Dialogs`
(tests pass a fake).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QMainWindow, QMenu, QSplitter, QVBoxLayout

from briefing.core.errors import BriefingError

from .analysis import AnalysisActions
from .commands import DocumentEdits, DocumentModel
from .crash_log import write_log
from .dialogs import Dialogs, error_text
from .files import FileActions
from .focus import frame_focus, set_reading_order
from .help import HelpActions
from .icons import icon
from .placement import WindowMarker
from .recovery import Recovery
from .settings import WindowSettings
from .sources import SourceActions, SourcesPanel
from .tasks import Task, TaskKind, TaskRunner
from .widgets.actor_table import ActorTable
from .widgets.brief_column import BriefColumn
from .widgets.fields import FieldsPanel
from .widgets.find_bar import FindBar
from .widgets.language import LanguageBox
from . import export_actions
from .widgets.preview import PreviewPane
from .widgets.source_view import SourceView
from .widgets.status import StatusParts
from .widgets.status_bar import FittingStatusBar
from .widgets.summary_editor import SummaryEditor

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 350
RESUMMARIZE_DELAY_MS = 400
PRELOAD_DELAY_MS = 500  # after the window shows: the language notes are read in the background


class MainWindow(AnalysisActions, SourceActions, FileActions, HelpActions, QMainWindow):
    """The briefing editor window.

    Signals: ``document_shown()`` once a newly opened document is displayed;
    ``task_failed(str)`` with the message shown; ``exported(str)`` with the PDF
    path; ``preview_updated()`` after a new page picture.
    """

    document_shown = Signal()
    task_failed = Signal(str)
    exported = Signal(str)
    preview_updated = Signal()

    def __init__(self, settings: QSettings | None = None, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.settings = WindowSettings(settings)
        self.dialogs = dialogs if dialogs is not None else Dialogs(self)
        self.model = DocumentModel(self)
        self.edits = DocumentEdits(self.model)
        self.runner = TaskRunner(self)
        self.recovery = Recovery(self)
        self._closing = False
        self._actor_message = ""
        self._new_actor: tuple[int, int] | None = None  # (row, undo index) of an actor just added by +
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.settings.place_first_time(self, QSize(900, 560))

        from briefing.core.summarize.algorithms import ALGORITHMS, algorithm_names

        algorithms = [(name, ALGORITHMS[name].label) for name in algorithm_names()]
        self.source = SourceView()
        self.source.setAcceptDrops(False)
        self.sources_panel = SourcesPanel()
        self.summary_editor = SummaryEditor(algorithms)
        self.actor_table = ActorTable()
        self.fields = FieldsPanel()
        self.preview = PreviewPane()
        self._build_layout()
        self._build_actions()
        self.setStatusBar(FittingStatusBar(self))  # messages fit the bar: a long file name loses its middle
        self.status = StatusParts(self.statusBar(), self.cancel_action)
        self.language_box = LanguageBox()
        self.statusBar().addPermanentWidget(self.language_box)
        self._shown_article = None

        self._preview_timer = self._single_shot(PREVIEW_DELAY_MS, self.update_preview)
        # Restore Removed Actors' check for 1,000 actors or more (60 ms for 3,700), after the edit's own turn:
        self._actors_check_timer = self._single_shot(0, lambda: (self.model.has_deleted_actors(), self._update_busy()))
        self._summary_timer = self._single_shot(RESUMMARIZE_DELAY_MS, self.resummarize)
        self.recovery.timer.timeout.connect(self.write_recovery)

        # Text typed in a field is committed after a pause; any other edit, undo or redo that lands first
        # would refresh the fields from the document and wipe it, so it is committed before.
        self.model.about_to_edit.connect(self.fields.commit_all)
        self.model.changed.connect(self._document_changed)
        self.model.document_replaced.connect(self._document_replaced)
        self.model.modified_changed.connect(self._modified_changed)
        self.runner.running_changed.connect(self._update_busy)
        self.source.sentence_toggle_requested.connect(self.toggle_sentence)
        self.summary_editor.point_edited.connect(self.edits.edit_point)
        self.summary_editor.points_reordered.connect(self.reorder_points)
        self.summary_editor.point_moved.connect(self.edits.move_point)
        self.summary_editor.point_deleted.connect(self.edits.delete_point)
        self.summary_editor.point_added.connect(self.edits.add_point)
        self.summary_editor.reset_requested.connect(self.edits.reset_points)
        self.summary_editor.options_changed.connect(lambda _o: self._summary_timer.start())
        self.summary_editor.point_selected.connect(self._point_selected)
        self.actor_table.actor_edited.connect(self.edit_actor)
        self.actor_table.actors_deleted.connect(self.edits.delete_actors)
        self.actor_table.actor_added.connect(self.add_actor)
        self.actor_table.merge_requested.connect(self.edits.merge_actors)
        self.actor_table.actor_moved.connect(self.move_actor)
        self.actor_table.editor_closed.connect(self._actor_editor_closed)
        self.actor_table.actor_selected.connect(self._actor_selected)
        self.fields.field_edited.connect(self.edits.edit_field)
        self.preview.page_size_changed.connect(self._page_size_changed)
        self.sources_panel.source_selected.connect(self.show_source)
        self.sources_panel.remove_requested.connect(self.remove_source)
        self.sources_panel.add_requested.connect(self.add_article_dialog)
        self.language_box.language_chosen.connect(self.change_language)
        self.language_box.brief_language_changed.connect(self._brief_language_changed)

        self.settings.restore_window(self, self._splitters())
        # Every window restores the last one's geometry: one opened while another is there is offset from it.
        self.marker = WindowMarker()
        self.marker.place(self)
        self.preview.set_page_size(self.settings.page_size())
        self.language_box.set_brief_language(self.settings.brief_language())
        self.summary_editor.set_options(self.settings.summary_options())
        self.fields.set_details_choice(self.settings.source_details_open())
        self.fields.details_toggled.connect(self.settings.set_source_details_open)
        frame_focus(self.summary_editor.list, self.actor_table.table)
        set_reading_order([self.sources_panel, self.source, self.find_bar, self.fields, self.summary_editor,
                           self.actor_table, self.preview])
        self._document_replaced()

    # ---------------------------------------------------------------- building

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
        lay.addWidget(self.sources_panel)
        lay.addWidget(self.source, 1)
        self.find_bar = FindBar(self.source)
        lay.addWidget(self.find_bar)
        self.source_hint = QLabel("Highlighted: the key points' sentences. Double-click or Ctrl+click a sentence "
                                  "(or right-click it) to add it to the key points or take it out.")
        self.source_hint.setWordWrap(True)
        self.source_hint.setStyleSheet("color: palette(mid);")
        lay.addWidget(self.source_hint)

        brief_box = QGroupBox("Brief")
        blay = QVBoxLayout(brief_box)
        blay.setContentsMargins(6, 6, 6, 6)
        self.middle = BriefColumn(self.fields, self.summary_editor, self.actor_table)
        self.fields_scroll = self.middle.fields_scroll
        blay.addWidget(self.middle)

        preview_box = QGroupBox("Page preview")
        play = QVBoxLayout(preview_box)
        play.setContentsMargins(6, 6, 6, 6)
        play.addWidget(self.preview)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        # The brief and preview panes get no fixed minimum: the splitter then keeps them at their layouts'
        # minimum (the algorithm row, the preview's header). A fixed 260 px let it squeeze them below that,
        # cutting the algorithm's name to "TextRa" and clipping the fit bar. The article's text wraps.
        for box in (source_box, brief_box, preview_box):
            self.splitter.addWidget(box)
        # The article's text wraps, the brief's controls cannot: at the designed 900 px with the app's font the
        # three panes' minimums (article 220 then) came to 944 px and the splitter squeezed the brief, cutting
        # "BriefRank" and "sentences" (also at 200 % on 1920x1080, a 960 px wide screen).
        source_box.setMinimumWidth(160)
        self.splitter.setSizes([470, 630, 400])  # the brief widest: its points wrap on fewer lines
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
        for action, step in ((undo, self.model.undo_stack.undo), (redo, self.model.undo_stack.redo)):
            action.triggered.disconnect()  # commit the field being typed in first, then step
            action.triggered.connect(lambda _checked=False, step=step: (self.fields.commit_all(), step()))
        self.undo_action, self.redo_action = undo, redo
        # The toolbar keeps short labels; the tooltip names the step ("Undo Edit point").
        undo.setIconText("Undo")
        redo.setIconText("Redo")
        self.open_action = self._action("&Open…", self.open_dialog, QKeySequence.Open, "open",
                                        "Open an article (txt, md, html, pdf, docx, docm, ...) or a briefing file")
        self.paste_action = self._action("&Paste as New Article", self.paste_article, QKeySequence.Paste, "paste",
                                         "Make a new briefing from the text on the clipboard")
        self.save_action = self._action("&Save", self.save, QKeySequence.Save, "save", "Save the briefing file")
        self.save_as_action = self._action("Save &As…", self.save_as, QKeySequence.SaveAs, None,
                                           "Save the briefing file under a new name")
        self.export_action = self._action(export_actions.EXPORT_TEXT, self.export_dialog, "Ctrl+E", "export",
                                          export_actions.EXPORT_TIP)
        self.copy_brief_action = self._action(export_actions.COPY_TEXT, self.copy_brief, "Ctrl+Shift+C", None,
                                              export_actions.COPY_TIP)
        self.add_source_action = self._action("&Add Article…", self.add_article_dialog, "Ctrl+Shift+O", None,
                                              "Add articles on the same story to this brief (sources A, B, C…)")
        self.add_pasted_source_action = self._action("Add Pasted &Text as Article", self.add_pasted_article, None,
                                                     None, "Add the text on the clipboard to this brief as a source")
        self.remove_source_action = self._action("Re&move Source", lambda: self.remove_source(), None, None,
                                                 "Remove the source shown; its citations go (Undo brings it back)")
        self.close_action = self._action("&Close", self.close_brief, "Ctrl+W", None,
                                         "Close the briefing (asking to save changes); the window stays")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.Quit, "quit")
        if self.quit_action.shortcut().isEmpty():  # some platform themes define no Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.resummarize_action = self._action("Re-&summarize", self.resummarize, "Ctrl+R", "refresh",
                                               "Summarize again with the current settings")
        self.reset_action = self._action("Reset &Points to Machine Summary", self.edits.reset_points, None, "reset",
                                         "Put back the machine's summary as the key points (removals forgotten)")
        self.restore_removed_action = self._action("Restore Re&moved Points", self.restore_removed_points, None, None,
                                                   "Bring back the summary's points you deleted (a new summary "
                                                   "leaves them out until then)")
        self.restore_actors_action = self._action("Restore Removed &Actors", self.restore_deleted_actors, None, None,
                                                  "Bring back the actors you deleted, with their mentions (new "
                                                  "analyses leave them out until then)")
        self.cancel_action = self._action("&Cancel Task", self.cancel_tasks, "Esc", "cancel")
        self.cancel_action.setShortcutContext(Qt.WindowShortcut)
        self.messages_action = self._action("Recent &Messages", self.show_messages, None, None,
                                            "Read again the status bar's last messages, whole")
        self.about_action = self._action("&About briefing", self.about)
        self.shortcuts_action = self._action("&Keyboard Shortcuts", self.show_shortcuts, QKeySequence.HelpContents,
                                             None, "List the keyboard shortcuts")
        if self.shortcuts_action.shortcut().isEmpty():  # some platform themes define no Help key
            self.shortcuts_action.setShortcut(QKeySequence("F1"))

        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for title, items in (("&File", (self.open_action, self.recent_menu, self.paste_action, None, self.add_source_action,
                                         self.add_pasted_source_action, self.remove_source_action, None,
                                         self.save_action,
                                         self.save_as_action, self.export_action, self.copy_brief_action, None,
                                         self.close_action, self.quit_action)),
                             ("&Edit", (undo, redo, None, self.find_bar.find_action, self.find_bar.next_action,
                                        self.find_bar.previous_action, None, self.resummarize_action, self.reset_action,
                                         self.restore_removed_action, self.restore_actors_action, None,
                                         self.cancel_action)),
                             ("&Help", (self.shortcuts_action, self.messages_action, None, self.about_action))):
            menu = self.menuBar().addMenu(title)
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, QMenu):
                    menu.addMenu(item)
                else:
                    menu.addAction(item)

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

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "middle": self.middle}

    # ---------------------------------------------------------------- dialogs

    def show_error(self, title: str, error: BaseException) -> None:
        """Show ``error`` in an error dialog: one clean sentence, the rest under details."""
        self.dialogs.show_error(title, *error_text(error))

    # ---------------------------------------------------------------- start-up and recovery

    def start(self, path: str | None) -> None:
        """Open ``path`` (or nothing) at start-up, offering to restore an autosaved recovery file first."""
        if self.offer_recovery():
            return
        if path:
            self.open_path(path)

    def offer_recovery(self) -> bool:
        """Offer the work a crashed session left in a recovery file; return True when it was restored."""
        found = self.recovery.offer(self.dialogs)
        if found is None:
            if self.recovery.kept_for_later:
                self.statusBar().showMessage("The unsaved work is kept; it is offered again at the next start.", 8000)
            return False
        doc, origin = found
        self.model.set_document(doc, origin, modified=True)  # Recovery.offer made it this window's autosave
        self.statusBar().showMessage("Restored unsaved work from the recovery file.", 8000)
        self.document_shown.emit()
        return True

    def write_recovery(self) -> None:
        """Autosave the document a few seconds after each change, in the background, from the model's snapshot."""
        if self.model.doc is not None and self.model.is_modified:
            self.recovery.write_in_background(self.model.snapshot(), self.model.path)

    # ---------------------------------------------------------------- preview and summarizing

    # ---------------------------------------------------------------- tasks

    def _run(self, task: Task, on_done=None) -> Task:
        if on_done is not None:
            task.done.connect(on_done)  # before the start: a quick task may end before a later connect
        task.finished.connect(self._task_finished)
        task.failed.connect(self._task_failed)
        task.progress.connect(self._task_progress)
        self.runner.start(task)
        return task

    def _task_finished(self, task: Task, result) -> None:
        if self._closing or not self.runner.is_current(task) or task.is_cancelled:
            # Superseded by a newer task of the same kind, or cancelled after its pool thread ended: the
            # result was on its way when the analyst said Cancel, and "Cancelled." must stay true.
            return
        task.on_finished(result)

    def _task_failed(self, task: Task, error) -> None:
        if self._closing or not self.runner.is_current(task):
            return
        if task.on_failed is not None:
            task.on_failed(error)
            return
        if not isinstance(error, BriefingError):
            text = getattr(error, "__traceback_text__", repr(error))
            log.error("%s failed:\n%s", task.label, text)
            write_log(text)
        message, details = error_text(error, task.label[:1].lower() + task.label[1:])
        self.task_failed.emit(message)
        self.dialogs.show_error(task.error_title, message, details)

    def _task_progress(self, task: Task, fraction: float, message: str) -> None:
        if task.quiet or not self.runner.is_current(task):
            return
        self.status.show_progress(fraction, message or task.label)

    def cancel_tasks(self) -> None:
        """Cancel the running open, summarize or export task."""
        for task in self.runner.running():
            if not task.quiet:
                task.cancel()
        self.statusBar().showMessage("Cancelled.", 3000)

    def _update_busy(self) -> None:
        busy = [t for t in self.runner.running() if not t.quiet]
        self.status.show_busy([t.label for t in busy])
        self.cancel_action.setEnabled(bool(busy))
        kinds = {t.kind for t in busy}
        opening = TaskKind.OPEN in kinds
        has_doc = self.model.doc is not None
        for action in (self.open_action, self.paste_action):
            action.setEnabled(not opening)
        for action in (self.save_action, self.save_as_action, self.close_action):  # an opening file replaces it
            action.setEnabled(has_doc and not opening)
        self.export_action.setEnabled(has_doc and not opening and TaskKind.EXPORT not in kinds)
        self.copy_brief_action.setEnabled(has_doc and not opening)
        self.resummarize_action.setEnabled(has_doc and not opening)
        self.restore_removed_action.setEnabled(has_doc and bool(self.model.doc.briefing.removed))
        if not has_doc or opening:
            self.restore_actors_action.setEnabled(False)
        elif self.model.deleted_actors_known() or len(self.model.doc.briefing.actors) < 1000:
            self.restore_actors_action.setEnabled(self.model.has_deleted_actors())
        else:
            self._actors_check_timer.start()
        self.language_box.setEnabled(not opening)
        removing = TaskKind.SOURCES in kinds  # one source removal at a time
        self.sources_panel.set_removing(removing)
        self.remove_source_action.setEnabled(has_doc and self.model.doc.is_multi and len(self.model.doc.sources) > 1
                                             and not removing)

    # ---------------------------------------------------------------- edits that touch the views

    def reorder_points(self, order: list[int]) -> None:
        """Put the key points in ``order`` after a drag and drop (a stale order just redraws the list)."""
        if not self.edits.reorder_points(order):
            self._refresh_points()

    def toggle_sentence(self, index: int) -> None:
        """Add article sentence ``index`` to the key points or take it out, and say so in the status bar."""
        multi = self.model.doc is not None and self.model.doc.is_multi
        added = self.toggle_source_sentence(index) if multi else self.edits.toggle_sentence(index)
        if added is None:
            return
        paragraph = self.shown_article().sentences[index].paragraph + 1
        self.statusBar().showMessage(f"{'Added to' if added else 'Removed from'} key points [¶{paragraph}].", 6000)
        self.source.show_sentence(index)

    def edit_actor(self, row: int, field: str, value) -> None:
        """Change one field of actor ``row``; a refused value (an empty name) puts the old one back.

        A name another actor already has asks first: Merge (one actor, one undo step), Keep Both, or Cancel.
        """
        other = self._actor_named(value, row) if field == "name" else None
        if other is not None:
            actors = self.model.doc.briefing.actors
            old, taken = actors[row].name, actors[other].name
            answer = self.dialogs.choose(
                "Merge actors?", f"“{taken}” is already in the actors list. Merge “{old}” into it (its mentions "
                f"and aliases join; “{old}” becomes an alias), or keep two actors of one name?",
                [("merge", "&Merge"), ("keep", "&Keep Both"), ("cancel", "Cancel")], "merge")
            if answer == "merge":
                self.edits.rename_merging(row, other, value)
                self.actor_table.select_rows([min(row, other)])
                return
            if answer != "keep":
                self._refresh_actors()  # the table shows the old name again
                return
        if not self.edits.edit_actor(row, field, value):
            self._refresh_actors()

    def _actor_named(self, name, row: int) -> int | None:
        """Return the row of another actor than ``row`` called ``name`` (case and spacing aside), or None."""
        doc = self.model.doc
        key = " ".join(str(name or "").split()).casefold()
        if doc is None or not key or not 0 <= row < len(doc.briefing.actors):
            return None
        if " ".join(doc.briefing.actors[row].name.split()).casefold() == key:
            return None  # a change of case or spacing of its own name
        return next((i for i, a in enumerate(doc.briefing.actors)
                     if i != row and " ".join(a.name.split()).casefold() == key), None)

    def move_actor(self, row: int, delta: int) -> None:
        """Move actor ``row`` up or down one place; the selection follows it."""
        if self.edits.move_actor(row, delta):
            self.actor_table.select_rows([row + delta])

    def add_actor(self) -> None:
        """Add a new actor at the end and start editing its name."""
        row = self.edits.add_actor()
        if row is not None:
            self._new_actor = (row, self.model.undo_stack.index())
            self.actor_table.start_editing(row)

    def _actor_editor_closed(self, row: int, cancelled: bool) -> None:
        # Escape on a just-added actor's name takes the actor back (as Escape does for a new point):
        # a mistaken + no longer leaves a "New actor" in the brief.
        new, self._new_actor = self._new_actor, None
        if cancelled and new == (row, self.model.undo_stack.index()):
            self.model.undo_stack.undo()

    # ---------------------------------------------------------------- refreshing views

    def _document_replaced(self) -> None:
        doc = self.model.doc
        self.source.set_article(doc.article if doc else None)
        self.shown_letter = None
        self._shown_article = doc.article if doc else None
        if doc is not None:
            self.summary_editor.set_options(doc.options)
        self._document_changed("all")
        self.actor_table.scroll_to_top()
        self.summary_editor.set_editable(doc is not None)
        if doc is None:
            self.preview.clear()
        self._update_title()

    def _document_changed(self, part: str) -> None:
        doc = self.model.doc
        # A language change, or its undo (several sources: refresh_sources keeps the chosen source shown).
        if doc is not None and not doc.is_multi and doc.article is not self._shown_article:
            self.source.set_article(doc.article)
            self._shown_article = doc.article
        self.language_box.set_language(doc.article.language if doc else None)
        if part in ("points", "all", "summary"):
            self._refresh_points()
        if part in ("actors", "all"):
            self._refresh_actors()
        if part in ("fields", "all"):
            self.fields.set_briefing(doc.briefing if doc else None)
        if part == "all" and doc is not None:
            self.summary_editor.set_options(doc.options)
        self.status.show_document(self.model.doc)
        self.refresh_sources()
        self._update_title()  # an unsaved brief is named by its lead article, which a removed source may change
        if doc is not None:
            self._preview_timer.start()
            if self.model.is_modified:
                self.recovery.timer.start()

    def _refresh_points(self) -> None:
        doc = self.model.doc
        points = doc.briefing.key_points if doc else []
        self.summary_editor.set_points(points, self.edits.take_focus_row())
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
        actor = doc.briefing.actors[row] if doc and 0 <= row < len(doc.briefing.actors) else None
        count = self.source.show_mentions(actor)
        if actor is not None:
            self._actor_message = f"{actor.name}: {count} mention{'s' if count != 1 else ''} highlighted."
            self.statusBar().showMessage(self._actor_message, 4000)
        elif self.statusBar().full_message() == self._actor_message:
            self.statusBar().clearMessage()  # the actor is deselected or gone: stop naming it

    def _modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        if modified:
            self.recovery.timer.start()  # the first edit after a save is only known as modified here
        else:
            self.recovery.timer.stop()

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
        self._update_busy()

    # ---------------------------------------------------------------- closing

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(PRELOAD_DELAY_MS, self.language_box.preload)

    def moveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().moveEvent(event)
        if getattr(self, "marker", None) is not None:  # Qt may report the first move before __init__ ends
            self.marker.moved()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Ask about unsaved changes; then stop tasks, remember settings and remove the recovery file."""
        if not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        for timer in (self._preview_timer, self._summary_timer):
            timer.stop()
        self.runner.cancel_all()
        self.settings.save_window(self, self._splitters())  # the last window closed is the next one's geometry
        self.marker.close()
        self.settings.set_summary_options(self.summary_editor.options())
        self.settings.sync()
        self.recovery.close()
        self.runner.wait(5000)
        event.accept()

