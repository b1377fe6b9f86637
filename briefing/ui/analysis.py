"""The window's analysis actions: the page preview, re-summarizing and changing the article's language.

A mixin of :class:`~briefing.ui.main_window.MainWindow`: each action runs the
core in a background :class:`~briefing.ui.tasks.Task` and applies the result as
one undoable edit, keeping the analyst's points.
"""

from __future__ import annotations

import logging

from briefing.core.brief import pipeline
from briefing.core.errors import BriefingError

from .dialogs import error_text
from .tasks import Task, TaskKind
from .widgets.preview import render_page
from .widgets.status import algorithm_label, removed_note, resummarized_message

log = logging.getLogger(__name__)

#: Added to the re-summarize report when the analyst had moved the machine's points.
MOVED_NOTE = " The points you moved are back in article order (Undo brings your order back)."


def machine_points_moved(doc) -> bool:
    """Return True when the analyst reordered the machine's points (a new summary puts them in its order)."""
    from briefing.core.brief.document import is_analyst_point, machine_points

    current = [p.sentence_key for p in doc.briefing.key_points if not is_analyst_point(p)]
    there = set(current)
    return current != [p.sentence_key for p in machine_points(doc) if p.sentence_key in there]


def order_would_change(doc) -> bool:
    """Return True when a new summary (or a new language) would undo an order of the key points the analyst made.

    One article: a new summary or language puts every point from the article in article order (written points
    keep their rows), so any point from the article out of that order was moved by hand. Several articles: the
    summary's points come first in its order and the analyst's (edited, chosen, written) after them, so the
    machine's points moved among themselves, or one of the analyst's above one of the machine's, is undone.
    """
    from briefing.core.brief.document import is_analyst_point

    points = doc.briefing.key_points
    if not doc.is_multi:
        indices = [p.source_index for p in points if p.source_index is not None]
        return indices != sorted(indices)
    if machine_points_moved(doc):
        return True
    flags = [is_analyst_point(p) for p in points]
    return any(a and not b for a, b in zip(flags, flags[1:]))


class AnalysisActions:
    """Preview, Re-summarize and Language for the main window (needs its model, edits, settings and widgets)."""

    def update_preview(self) -> Task | None:
        """Render the page picture in the background (debounced after edits)."""
        if self.model.doc is None or self._closing or not self.preview.throttle.request():
            return None
        # The undo history's copy (never edited; cheap to take after an edit), copied again in the worker: the GUI
        # thread copied the whole brief for each render (10-50 ms for 3,700 actors before gui64).
        task = Task(TaskKind.PREVIEW, render_page, self.model.snapshot().briefing, self.preview.wanted_width(),
                    self.preview.page_size_key(), label="Preview", quiet=True, on_finished=self._preview_ready,
                    on_failed=self._preview_failed, brief_language=self.settings.brief_language())
        task.done.connect(self._preview_done)
        return self._run(task)

    def _preview_done(self, task: Task) -> None:
        if self.preview.throttle.done():  # edits came in while rendering: one more render, not one per edit
            self._preview_timer.start()

    def _page_size_changed(self, key: str) -> None:
        self.settings.set_page_size(key)
        self._preview_timer.start()

    def _preview_ready(self, page) -> None:
        self.preview.show_page(page)
        self.preview_updated.emit()

    def _preview_failed(self, error: BaseException) -> None:
        message, details = error_text(error, "drawing the preview")
        if details and not isinstance(error, BriefingError):
            log.error("preview failed:\n%s", details)
        self.preview.show_message(message)

    def resummarize(self) -> Task | None:
        """Summarize again with the settings shown (result becomes one undoable step)."""
        if self.model.doc is None:
            return None
        if order_would_change(self.model.doc) and not self._confirm_order_reset():
            return None
        if self.model.doc.is_multi:
            return self.resummarize_sources(on_done=self._summary_task_done)
        options, article = self.summary_editor.options(), self.model.doc.article
        return self._run(Task(TaskKind.SUMMARIZE, pipeline.resummarize, article, options, label="Summarizing",
                              error_title="Cannot summarize",
                              on_finished=lambda summary: self._resummarized(article, options, summary)),
                         on_done=self._summary_task_done)

    def _summary_task_done(self, task: Task) -> None:
        # Cancelled or failed, the brief keeps its summary: the controls show its settings again (they kept the
        # cancelled length, 9, over a brief of 5 points). A newer summary on its way, or a change of the controls
        # waiting for its pause, keeps what they show.
        doc = self.model.doc
        newer = [t for t in self.runner.running(TaskKind.SUMMARIZE) if t is not task]
        if doc is None or self._closing or self._summary_timer.isActive() or newer:
            return
        self.summary_editor.set_options(doc.options)

    def _confirm_order_reset(self, language: str | None = None) -> bool:
        """Ask before a new summary (or, with ``language``, a new language) undoes the order of the key points
        the analyst made; return True to go on.

        Changing the algorithm or the length re-summarized at once and undid the analyst's order with only a note
        in the status bar; a change of language, and a brief of several articles, did so without a word. Keep My
        Order shows the brief's own summary settings (and language) again.
        """
        doc = self.model.doc
        if doc.is_multi:
            what = ("puts the summary's points back in its order and your edited, added and chosen points after "
                    "them")
        else:
            what = "puts the key points you moved back in article order (your edited, added and chosen points stay)"
        if language:
            title, go = "Change language?", ("change", f"&Analyse in {language}")
            text = f"Analysing the article in {language} {what}.\n\nChange the language anyway? Undo brings " \
                   "your order back."
        else:
            title, go = "Re-summarize?", ("resummarize", "&Re-summarize")
            text = f"A new summary {what}.\n\nRe-summarize anyway? Undo brings your order back."
        answer = self.dialogs.choose(title, text, [go, ("cancel", "&Keep My Order")], go[0])
        if answer == go[0]:
            return True
        self._summary_timer.stop()
        self.summary_editor.set_options(doc.options)
        self.language_box.set_language(doc.article.language)
        self.statusBar().showMessage("Kept your order of the key points; the brief's settings are shown again.",
                                     8000)
        return False

    def change_language(self, code: str) -> Task | None:
        """Analyse the article again in language ``code`` (one undoable step; the analyst's points are kept)."""
        doc = self.model.doc
        if doc is None or code == doc.article.language:
            return None
        if doc.is_multi:  # the re-analysis in another language handles one article (issue 16 left it so)
            self.statusBar().showMessage("A brief of several articles keeps the language it was made in.", 6000)
            self.language_box.set_language(doc.article.language)
            return None
        from briefing.core.language.languages import language_label

        options, article = self.summary_editor.options(), doc.article
        name = language_label(code).split(" (")[0]
        if order_would_change(doc) and not self._confirm_order_reset(name):
            return None
        task = Task(TaskKind.LANGUAGE, pipeline.analyse_in_language, article, code, options,
                    label=f"Analysing in {name}", error_title="Cannot change the language",
                    on_finished=lambda analysis: self._language_changed(article, name, analysis))
        task.done.connect(self._language_task_done)
        return self._run(task)

    def _language_changed(self, article, name: str, analysis) -> None:
        if self.model.doc is None or self.model.doc.article is not article:
            return  # another article was opened meanwhile
        kept = self.edits.apply_language(analysis, name)
        kept_text = f"; kept {kept.total} of your point{'s' if kept.total != 1 else ''}" if kept and kept.total else ""
        self.statusBar().showMessage(f"Analysed in {name}{kept_text}.", 10000)

    def _language_task_done(self, _task: Task) -> None:
        # Failed, cancelled or superseded: the combo shows the document's language again.
        self.language_box.set_language(self.model.doc.article.language if self.model.doc else None)

    def _brief_language_changed(self, setting: str) -> None:
        self.settings.set_brief_language(setting)
        if self.model.doc is not None:
            self._preview_timer.start()

    def _resummarized(self, article, options, summary) -> None:
        if self.model.doc is None or self.model.doc.article is not article:
            return  # another article was opened meanwhile
        moved = order_would_change(self.model.doc)
        kept = self.edits.apply_summary(summary, options)
        self.settings.set_summary_options(options)
        notes = (MOVED_NOTE if moved else "") + removed_note(kept.withheld if kept else 0)
        message = resummarized_message(algorithm_label(summary.algorithm), kept)
        self.statusBar().showMessage(message + notes, 15000 if notes else 10000)

    def restore_removed_points(self) -> None:
        """Edit > Restore Removed Points: the summary's points the analyst removed come back (one undo step)."""
        if self.model.doc is None or not self.model.doc.briefing.removed:
            self.statusBar().showMessage("No removed points to restore.", 5000)
            return
        back = self.edits.restore_removed()
        self.statusBar().showMessage(f"Restored {back} removed point{'s' if back != 1 else ''}; a new summary may "
                                     "choose the others again." if back else
                                     "The current summary has none of the removed points; a new summary may choose "
                                     "them again.", 8000)

    def restore_deleted_actors(self) -> None:
        """Edit > Restore Removed Actors: the machine's actors the analyst deleted come back with their mentions
        (one undo step): at the end in the analyst's order, at their salience place in the machine's."""
        names = self.edits.restore_deleted_actors()
        if not names:
            self.statusBar().showMessage("No removed actors to restore.", 5000)
            return
        where = "at the end" if self.model.doc.briefing.actor_order == "analyst" else "in their salience places"
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        rows = [i for i, a in enumerate(self.model.doc.briefing.actors) if a.name in set(names)]
        self.actor_table.select_rows(rows)  # before the message: selecting one actor names its mentions
        self.statusBar().showMessage(f"Restored {len(names)} removed actor{'s' if len(names) != 1 else ''} "
                                     f"({shown}) {where}.", 8000)

