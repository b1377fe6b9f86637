"""Several articles in one brief (issue 16): the sources list and the window's source actions.

:class:`SourcesPanel` lists the brief's sources (letter, publisher, date,
title) above the article view; choosing one shows that article. It is shown
only for a brief of several articles. :class:`SourceActions` is mixed into
:class:`~briefing.ui.main_window.MainWindow`: File > Add Article…, Add Pasted
Text as Article, Remove Source, opening or dropping several files at once.
Loading and the joint analysis run in the background (:mod:`briefing.ui.tasks`);
adding and removing are undoable edits of the document (the core's
:mod:`briefing.core.brief.sources` does the work).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from briefing.core.brief.document import BriefingDocument, forget_removal, remove_point
from briefing.core.brief.sources import (analyse_more, apply_analysis, new_multi_document, point_for_source_sentence,
                                         remove_source, sentences_in_source, source_sentence_point,
                                         sources_overlap)
from briefing.core.export.text import readable_date
from briefing.core.ingest.paste import Clipping
from briefing.core.multi.sources import Source

from .commands import POINTS
from .tasks import ProcessTask, Task, TaskKind
from .widgets.status import removed_note


def _overlap_of(sources: list[Source], progress=None):
    """The background part of removing a source: how the remaining ``sources`` overlap (a pool thread).

    No progress message: the bar keeps the task's short label ("Removing source B"); a longer one was cut to
    "Comparing the rem" in the status bar at 200 %.
    """
    return sources_overlap(sources)


def source_label(source: Source) -> str:
    """Return a sources-list row: "A  City News · 4 March 2024 · Title"."""
    a = source.article
    name = a.title or (Path(a.path).name if a.path else "Untitled")
    parts = [p for p in (a.source, readable_date(a.date), name) if p]
    return f"{source.letter}  " + " \u00b7 ".join(parts)


def _warnings_note(analysis) -> str:
    """Return " Note: source B repeats A …" for the status bar after a joint analysis ("" when all is well)."""
    if not analysis.warnings:
        return ""
    return " Note: " + " ".join(w[0].upper() + w[1:] for w in analysis.warnings)


def actors_note(report: list) -> str:
    """Return " 2 actors you deleted stayed out; new actors: …" after a joint analysis ("" when nothing to say).

    The analyst's actor edits (order, names, merges, roles) are carried over silently: nothing of theirs went.
    """
    if not report:
        return ""
    carried, out = report[0], ""
    if carried.withheld:
        n = len(carried.withheld)
        out += f" {n} actor{'s' if n != 1 else ''} you deleted stayed out ({', '.join(carried.withheld[:3])}" \
               f"{', …' if n > 3 else ''}); Edit > Restore Removed Actors brings {'it' if n == 1 else 'them'} back."
    if carried.added:
        n = len(carried.added)
        out += f" {n} new actor{'s' if n != 1 else ''}: {', '.join(carried.added[:3])}{', …' if n > 3 else ''}."
    return out


#: The brief's fields as the status bar names them.
_FIELD_WORDS = {"title": "title", "source": "publisher", "date": "date", "url": "URL", "authors": "authors"}


def _notes(doc: BriefingDocument) -> dict[str, str]:
    return {r.letter: r.note for r in doc.briefing.sources if r.note}


class SourcesPanel(QWidget):
    """The brief's sources, one row each; the chosen row is the article shown.

    Signals: ``source_selected(letter)``, ``remove_requested(letter)``, ``add_requested()``.
    """

    source_selected = Signal(str)
    remove_requested = Signal(str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 4)
        head = QHBoxLayout()
        self.heading = QLabel("Sources")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.add_button = QPushButton("Add…")
        self.add_button.setToolTip("Add articles on the same story to this brief")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove the chosen source (Delete); its citations go (Undo brings it back)")
        head.addWidget(self.add_button)
        head.addWidget(self.remove_button)
        lay.addLayout(head)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setContextMenuPolicy(Qt.CustomContextMenu)
        # The article pane may be 160 px wide: a row ends in "…" (whole on hover) rather than scrolling sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideRight)
        lay.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_current)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.customContextMenuRequested.connect(self._context_menu)
        # Keys alone: Delete on the chosen row removes that source (as the points' and actors' lists do).
        delete = QShortcut(QKeySequence.Delete, self.list, self._remove_current, context=Qt.WidgetShortcut)
        delete.setAutoRepeat(False)
        self._filling = False
        self._removing = False

    def set_removing(self, removing: bool) -> None:
        """Refuse another removal while one is worked out (``removing``), or offer it again."""
        self._removing = removing
        self.remove_button.setEnabled(self.list.count() > 1 and not removing)

    def set_sources(self, sources: list[Source], current: str | None, notes: dict[str, str] | None = None) -> None:
        """Show ``sources`` with ``current`` chosen (no signal), each with its note ("repeats A") if any."""
        self._filling = True
        self.list.clear()
        for source in sources:
            note = (notes or {}).get(source.letter)
            item = QListWidgetItem(source_label(source) + (f" \u2014 {note}" if note else ""))
            item.setData(Qt.UserRole, source.letter)
            where = source.article.url or source.article.path or ""
            item.setToolTip(item.text() + (f"\n{where}" if where else ""))
            self.list.addItem(item)
            if source.letter == current:
                self.list.setCurrentItem(item)
        self.remove_button.setEnabled(len(sources) > 1 and not self._removing)
        self._filling = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # In a narrow article pane (160 px; 200 % on a 1920x1080 screen) "Sources", Add… and Remove did not fit
        # and Remove was cut off: the heading gives way (the buttons' tooltips and the list say enough).
        parts = (self.heading, self.add_button, self.remove_button)
        needed = sum(w.sizeHint().width() for w in parts) + 3 * max(0, self.layout().itemAt(0).layout().spacing())
        self.heading.setVisible(event.size().width() >= needed)

    def letters(self) -> list[str]:
        """Return the letters listed, in order."""
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]

    def current_letter(self) -> str | None:
        """Return the chosen source's letter (None when none is chosen)."""
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _current_changed(self, item, _previous) -> None:
        if item is not None and not self._filling:
            self.source_selected.emit(item.data(Qt.UserRole))

    def _remove_current(self) -> None:
        letter = self.current_letter()
        if letter is not None and self.remove_button.isEnabled():
            self.remove_requested.emit(letter)

    def _context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        remove = menu.addAction(f"Remove Source {item.data(Qt.UserRole)}")
        remove.setEnabled(self.list.count() > 1 and not self._removing)
        if menu.exec(self.list.mapToGlobal(pos)) is remove:
            self.remove_requested.emit(item.data(Qt.UserRole))


class SourceActions:
    """Adding articles to the open brief, removing one, and showing one source's article."""

    shown_letter: str | None = None

    # ---------------------------------------------------------------- adding

    def add_article_dialog(self) -> Task | None:
        """File > Add Article…: choose one or more articles to add to the open brief."""
        from .files import OPEN_FILTER

        paths = self.dialogs.choose_open_paths("Add articles to the brief", self.settings.last_folder(), OPEN_FILTER)
        return self.add_paths(paths) if paths else None

    def add_pasted_article(self) -> Task | None:
        """File > Add Pasted Text as Article: the clipboard read as Paste as New Article reads it (its HTML copy
        when that is the better article, one message for a web address) and added as the brief's next source."""
        clipping = self.clipping_from_mime(QApplication.clipboard().mimeData(), "Add pasted text")
        return self.add_articles([], [clipping]) if clipping is not None else None

    def add_paths(self, paths: list[str]) -> Task | None:
        """Add article files to the open brief (or open them together as a new brief)."""
        return self.add_articles([str(p) for p in paths], [])

    def add_articles(self, paths: list[str], texts: list[str | Clipping]) -> Task | None:
        """Load and analyse the new articles with the brief's sources, in the background; one undoable step."""
        doc = self.model.doc
        options = self.summary_editor.options()
        if doc is None:
            existing = []
        else:
            existing = list(doc.sources) if doc.sources else [Source("A", doc.article)]
        letters = [s.letter for s in existing]
        n = len(paths) + len(texts)
        label = f"Adding {n} article{'s' if n != 1 else ''}"

        def done(analysis) -> None:
            current = self.model.doc
            if current is not doc or (current is not None and
                                      [s.letter for s in (current.sources or [Source("A", current.article)])]
                                      != letters):
                self.statusBar().showMessage("The brief changed while the articles were read; add them again.", 8000)
                return
            if current is None:
                self._opened(new_multi_document(analysis, options), None, saved=False)
                # The sources' names would not fit at 900 px: the list shows them, and so does the tooltip.
                self.statusBar().show_message(
                    f"Opened {len(analysis.sources)} articles as one brief." + _warnings_note(analysis),
                    timeout=30000 if analysis.warnings else 8000,
                    details="\n".join(source_label(s) for s in analysis.sources))
                return
            added = ", ".join(s.letter for s in analysis.sources[len(existing):])
            report: list = []
            self.model.edit(f"Add source{'s' if n != 1 else ''} {added}",
                            lambda d: apply_analysis(d, analysis, options, report), "all")
            self.shown_letter = analysis.sources[-1].letter
            self.refresh_sources()
            self.statusBar().showMessage(f"Added source{'s' if n != 1 else ''} {added}." + actors_note(report)
                                         + _warnings_note(analysis), 30000 if analysis.warnings else 6000)

        # Reading the new files parses untrusted input: in a child process that Cancel kills (issue 18).
        return self._run(ProcessTask(TaskKind.SUMMARIZE, analyse_more, existing, paths, texts, options, label=label,
                                     error_title="Cannot add the article", on_finished=done,
                                     file_label=Path(paths[0]).name if len(paths) == 1 else "The new articles"))

    def open_paths(self, paths: list[str]) -> Task | None:
        """Open several article files together as a new brief (after asking to save the current one)."""
        if len(paths) == 1:
            return self.open_path(paths[0])
        if not self.maybe_save():
            return None
        self.model.set_document(None)
        self.settings.remember_folder(paths[0])
        return self.add_paths(paths)

    # ---------------------------------------------------------------- removing and showing

    def remove_source(self, letter: str | None = None) -> Task | None:
        """Remove source ``letter`` (by default the one shown): its citations go; one undoable step.

        Which of the remaining sources repeat another or share nothing (the sources' notes) is worked out first,
        in the background: seconds for long sources, which froze the window. The brief stays editable
        meanwhile, and the removal is applied to the brief as it then is (the analyst's edits in between stay);
        Cancel (Esc) leaves the source in. Return the task (None when nothing is to be removed).
        """
        doc = self.model.doc
        letter = letter or self.shown_letter
        if doc is None or doc.source(letter) is None:
            return None
        if len(doc.sources) < 2:
            self.dialogs.show_error("Remove source", "A brief needs at least one source.")
            return None
        if self.runner.running(TaskKind.SOURCES):
            self.statusBar().showMessage("A source is being removed; remove the next one when it is done.", 6000)
            return None
        letters = [s.letter for s in doc.sources]
        remaining = [s for s in doc.sources if s.letter != letter]

        def done(overlap) -> None:
            current = self.model.doc
            if current is None or [s.letter for s in current.sources] != letters or any(
                    a.article is not b.article for a, b in zip(current.sources, doc.sources)):
                self.statusBar().showMessage(f"Source {letter} was not removed: the sources changed meanwhile; "
                                             "remove it again.", 8000)
                return
            self._apply_removal(letter, overlap)

        return self._run(Task(TaskKind.SOURCES, _overlap_of, remaining, label=f"Removing source {letter}",
                              error_title="Cannot remove the source", on_finished=done))

    def _apply_removal(self, letter: str, overlap) -> None:
        """Remove source ``letter`` as one undoable edit, with its sources' ``overlap`` worked out already."""
        doc = self.model.doc
        name = source_label(doc.source(letter))[len(letter):].strip()
        points, actors = len(doc.briefing.key_points), len(doc.briefing.actors)
        typed: list[str] = []
        self.model.edit(f"Remove source {letter}", lambda d: typed.extend(remove_source(d, letter, overlap)), "all")
        b = self.model.doc.briefing
        lost = [f"{n} {what}{'s' if n != 1 else ''}" for n, what in
                ((points - len(b.key_points), "point"), (actors - len(b.actors), "actor")) if n > 0]
        kept = ""
        if typed:  # the title and details follow the sources left, but not where the analyst typed them
            words = [_FIELD_WORDS.get(n, n) for n in typed]
            kept = f" Kept the {' and '.join(words) if len(words) < 3 else ', '.join(words)} you typed."
        # What went with it first, the source's title last (whole on hover and in Help > Recent Messages): at
        # 900 px the title took the whole bar and hid the points and actors that went.
        self.statusBar().showMessage(f"Removed source {letter}"
                                     + (f"; {' and '.join(lost)} only it stated went" if lost else "")
                                     + f".{kept} Undo brings it back. ({name})", 10000)

    def show_source(self, letter: str) -> None:
        """Show source ``letter``'s article in the article view, its sentences in the brief highlighted."""
        doc = self.model.doc
        if doc is None or doc.source(letter) is None:
            return
        self.shown_letter = letter
        self._shown_article = doc.source(letter).article
        self.source.set_article(self._shown_article)
        self.source.set_summary(sentences_in_source(doc.briefing.key_points, letter))
        self.sources_panel.set_sources(doc.sources, letter, _notes(doc))

    def shown_article(self):
        """Return the article the article view shows (the document's first one for one article)."""
        doc = self.model.doc
        if doc is None:
            return None
        source = doc.source(self.shown_letter) if doc.sources else None
        return source.article if source is not None else doc.article

    def refresh_sources(self) -> None:
        """Show the sources list (several articles only) and keep the article view on a source that exists."""
        doc = self.model.doc
        multi = doc is not None and doc.is_multi
        self.sources_panel.setVisible(multi)
        self.add_source_action.setEnabled(doc is not None)
        self.add_pasted_source_action.setEnabled(doc is not None)
        removing = bool(self.runner.running(TaskKind.SOURCES))
        self.remove_source_action.setEnabled(multi and len(doc.sources) > 1 and not removing)
        if not multi:
            self.shown_letter = None
            return
        if doc.source(self.shown_letter) is None:
            self.shown_letter = doc.sources[0].letter
        article = doc.source(self.shown_letter).article
        if self._shown_article is not article:
            self.source.set_article(article)
            self._shown_article = article
        self.source.set_summary(sentences_in_source(doc.briefing.key_points, self.shown_letter))
        self.sources_panel.set_sources(doc.sources, self.shown_letter, _notes(doc))

    def toggle_source_sentence(self, index: int) -> bool | None:
        """Add sentence ``index`` of the shown source to the key points, or take its point out."""
        doc, letter = self.model.doc, self.shown_letter
        if doc is None or doc.source(letter) is None or not 0 <= index < doc.source(letter).article.sentence_count:
            return None
        row = point_for_source_sentence(doc.briefing.key_points, letter, index)
        if row is not None:
            self.model.edit("Remove sentence from summary", lambda d: remove_point(d, row), "points", paths=POINTS)
            return False

        def add(d: BriefingDocument) -> None:
            d.briefing.key_points.append(source_sentence_point(d, letter, index))
            forget_removal(d, index, letter)
            self.edits.focus_row = len(d.briefing.key_points) - 1

        self.model.edit("Add sentence to summary", add, "points", paths=POINTS)
        return True

    def resummarize_sources(self, on_done=None) -> Task | None:
        """Summarize the brief's sources again with the settings shown (one undoable step); ``on_done(task)`` is
        called when the task ends, however it ends."""
        doc = self.model.doc
        options = self.summary_editor.options()
        sources = list(doc.sources)

        def done(analysis) -> None:
            if self.model.doc is not doc or [s.letter for s in doc.sources] != [s.letter for s in sources]:
                return
            withheld: list[int] = []
            report: list = []
            self.model.edit("Re-summarize", lambda d: withheld.append(apply_analysis(d, analysis, options, report)),
                            "all")
            self.settings.set_summary_options(options)
            self.statusBar().showMessage(f"Summarized {len(sources)} sources again."
                                         + removed_note(withheld[0] if withheld else 0) + actors_note(report), 15000)

        return self._run(Task(TaskKind.SUMMARIZE, analyse_more, sources, [], [], options, label="Summarizing",
                              error_title="Cannot summarize", on_finished=done), on_done=on_done)
