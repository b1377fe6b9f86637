"""Opening, saving and exporting files: the file dialogs' filters, recent files, the window's file actions.

:class:`FileActions` is mixed into :class:`~briefing.ui.main_window.MainWindow`:
it holds File > Open / Paste / Save / Save As / Export and the drop target,
and relies on the window's ``model``, ``dialogs``, ``settings``, ``recovery``,
``summary_editor``, ``fields``, ``preview`` and task runner. Work on files
runs in the background through :mod:`briefing.ui.tasks`, except saving the
small briefing file, which is written atomically on the GUI thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing import paths
from briefing.core.atomic import UnsafeTarget
from briefing.core.brief import pipeline
from briefing.core.brief.document import (FILE_FILTER as BRIEFING_FILTER, SUFFIX, BriefingDocument,
                                          OpenedFile, document_from_text, is_briefing_file, open_file, save_document)
from briefing.core.errors import BriefingError
from briefing.core.ingest.load import SUPPORTED_SUFFIXES
from briefing.core.ingest.paste import MAX_PASTE_HTML_CHARS, Clipping, web_addresses_only
from briefing.core.ingest.sniff import SUFFIX_HINTS
from briefing.core.multi.sources import next_letter

from . import export_actions
from .tasks import ProcessTask, Task, TaskKind

#: The article formats the core reads, as file dialog patterns (from the core's one list of suffixes).
ARTICLE_PATTERNS = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES) if suffix)
#: The Open dialog's filters; the first (the default) shows articles and briefing files together (the last, from
#: BRIEFING_FILTER, is "All files": a text under any name, notes.log, is read when its content is text).
OPEN_FILTER = (f"All supported files ({ARTICLE_PATTERNS} *.briefing *.json);;"
               f"Articles ({ARTICLE_PATTERNS});;" + BRIEFING_FILTER)


#: What the window says when it is given a web address (pasted or dropped): it never fetches pages.
WEB_PAGE_MESSAGE = ("briefing does not download pages: save the page (Ctrl+S in the browser) and open the file, "
                    "or copy the article's text")


def web_addresses(mime) -> list[str]:
    """Return the web (http, https) addresses a clipboard or drag holds when it holds nothing else to read (a link
    dragged from a browser, an address copied from its address bar); else an empty list."""
    if any(url.isLocalFile() for url in mime.urls()):
        return []
    text = mime.text() if mime.hasText() else ""
    urls = [url.toString() for url in mime.urls() if url.scheme() in ("http", "https")]
    if urls and (not text.strip() or web_addresses_only(text)):
        return urls
    return web_addresses_only(text)


def dropped_files(paths: list[str]) -> tuple[list[str], list[str]]:
    """Split dropped paths into the files to open and the names of those not opened (with what they are).

    A folder stands for the article files in it (not its subfolders, hidden files or files of other kinds, which
    are named). A file dropped by itself opens unless its suffix names a format briefing does not read (an
    image, a spreadsheet): the loader decides by its content. A briefing file among several articles is named
    too: it opens alone.
    """
    files: list[str] = []
    refused: list[str] = []

    def refuse(path: Path) -> None:
        if path.is_dir():
            refused.append(f"{path.name}/ (a folder)")
            return
        what = SUFFIX_HINTS.get(path.suffix.lower(), (f"a {path.suffix} file" if path.suffix else "",))[0]
        refused.append(f"{path.name} ({what})" if what else path.name)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.iterdir(), key=lambda p: p.name.lower()):
                if child.name.startswith("."):
                    continue
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES - {""}:
                    files.append(str(child))
                else:
                    refuse(child)
        elif (path.suffix.lower() in SUPPORTED_SUFFIXES or is_briefing_file(path)
              or (path.is_file() and path.suffix.lower() not in SUFFIX_HINTS)):
            # A file dropped by itself with a suffix of no known format (notes.log) goes to the loader, which
            # reads it when its content is text; only a folder's files are chosen by suffix.
            files.append(str(path))
        else:
            refuse(path)
    if len(files) > 1:
        briefings = [f for f in files if is_briefing_file(f)]
        files = [f for f in files if f not in briefings]
        refused += [f"{Path(f).name} (a briefing file: open it alone)" for f in briefings]
    return files, refused


def _next_letters(doc: BriefingDocument, n: int) -> list[str]:
    """Return the letters the next ``n`` sources added to ``doc`` get (one article alone is source A)."""
    used = [s.letter for s in doc.sources] or ["A"]
    out: list[str] = []
    for _ in range(n):
        out.append(next_letter(used + out))
    return out


def suggested_path(doc: BriefingDocument | None, saved_path: str | None, folder: str, suffix: str) -> str:
    """Return the name a Save or Export dialog proposes: beside the saved file, else named after the article."""
    if saved_path:
        return str(Path(saved_path).with_suffix(suffix))
    stem = "briefing"
    if doc is not None:
        if doc.article.path:
            stem = Path(doc.article.path).stem
        elif doc.briefing.title:
            stem = "".join(c if c.isalnum() or c in "-_ " else "" for c in doc.briefing.title)[:60].strip() or stem
    return str(Path(folder) / f"{stem}{suffix}")


class FileActions:
    """File > Open, Open Recent, Paste, Save, Save As and Export, and dropping a file on the window."""

    # ---------------------------------------------------------------- opening

    def open_dialog(self) -> None:
        """File > Open: choose an article or briefing file, or several articles to brief together."""
        paths = self.dialogs.choose_open_paths("Open article or briefing", self.settings.last_folder(), OPEN_FILTER)
        if paths:
            self.open_paths(paths)

    def open_path(self, path: str | os.PathLike) -> Task | None:
        """Open an article (analysed in the background) or a briefing file; returns the task."""
        path = str(path)
        if not self.maybe_save():
            return None
        if Path(path).resolve().parent != paths.seeds_dir().resolve():
            self.settings.remember_folder(path)  # not the bundled samples' folder: saving there makes no sense
        revision = self.model.revision

        # Everything that touches the file (even telling a briefing file from an article) runs in a
        # child process that Cancel kills: a FIFO or a file built to hang a parser cannot freeze the window.
        def opened(result: OpenedFile) -> None:
            self._opened(result.document, path, saved=result.is_briefing, revision=revision)

        return self._run(ProcessTask(TaskKind.OPEN, open_file, path, self.summary_editor.options(),
                                     label=f"Opening {Path(path).name}", error_title="Cannot open the file",
                                     on_finished=opened, file_label=Path(path).name))

    def paste_article(self) -> Task | None:
        """File > Paste as New Article: a new briefing from the clipboard (its HTML copy when that is better)."""
        return self.new_article_from_mime(QApplication.clipboard().mimeData(), "Paste as new article")

    def clipping_from_mime(self, mime, title: str, dropped: bool = False) -> Clipping | None:
        """Return the plain text and HTML copy a clipboard or drag holds, for the core to read the better of them
        (:func:`briefing.core.ingest.paste.pasted_article`): the one reading of a paste or drop, whether it makes a
        new brief or a source. Shows one message and returns None for a web address alone (nothing is downloaded)
        or nothing to read (``mime`` None too: an empty clipboard gives none). HTML over the core's size limit is
        left out (the plain text is read)."""
        if mime is None:
            mime = QMimeData()
        addresses = web_addresses(mime)
        if addresses:
            shown = addresses[0] if len(addresses) == 1 else f"{addresses[0]} and {len(addresses) - 1} more"
            self.dialogs.show_error(title, f"{WEB_PAGE_MESSAGE}.\n\n({shown})")
            return None
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else ""
        if len(html) > MAX_PASTE_HTML_CHARS:
            html = ""  # as a page over the size limit: not parsed; the plain text is read
        if not text.strip() and not html.strip():
            self.dialogs.show_error(title, "What was dropped holds no text or file." if dropped
                                    else "The clipboard holds no text to make an article from.")
            return None
        return Clipping(text, html)

    def new_article_from_mime(self, mime, title: str, dropped: bool = False) -> Task | None:
        """Make a new briefing from copied or dragged text (:meth:`clipping_from_mime`); unsaved changes are offered
        for saving first."""
        clipping = self.clipping_from_mime(mime, title, dropped)
        if clipping is None or not self.maybe_save():
            return None
        return self._new_article_from_clipping(clipping)

    def _new_article_from_clipping(self, clipping: Clipping) -> Task | None:
        revision = self.model.revision
        return self._run(ProcessTask(TaskKind.OPEN, document_from_text, clipping.text, self.summary_editor.options(),
                                     html=clipping.html, label="Reading the pasted text",
                                     error_title="Cannot read the pasted text",
                                     on_finished=lambda doc: self._opened(doc, None, saved=False, revision=revision),
                                     file_label="The pasted text"))

    def drop_selection(self, mime) -> Task | None:
        """A text or HTML selection (or a link) dropped on the window. With no brief open it makes one, as a paste
        does. With a brief open a drop names no action (a paste does: Paste as New Article, Add Pasted Text as
        Article), and both are likely: the next article to brief, or another report of the same story to add.
        So the window asks: Add as Source B (the default: it is one undoable step and drops nothing), New Brief
        (after the unsaved-changes question, as before), or Cancel."""
        clipping = self.clipping_from_mime(mime, "Drop", dropped=True)
        if clipping is None:
            return None
        doc = self.model.doc
        if doc is None:
            return self._new_article_from_clipping(clipping) if self.maybe_save() else None
        letter = _next_letters(doc, 1)[0]
        answer = self.dialogs.choose(
            "Dropped text", f"Add the dropped text to this brief as source {letter}, or make a new brief from it?",
            [("add", f"&Add as Source {letter}"), ("new", "&New Brief"), ("cancel", "Cancel")], "add")
        if answer == "add":
            return self.add_articles([], [clipping])
        if answer == "new" and self.maybe_save():
            return self._new_article_from_clipping(clipping)
        return None

    def _opened(self, doc: BriefingDocument, path: str | None, saved: bool, revision: int | None = None) -> None:
        """Show a newly opened document; ``saved`` when ``path`` is its briefing file.

        ``revision`` is the model's revision when the open started: the window stays usable while a
        file opens, so edits made meanwhile are not dropped without asking (Cancel keeps them and
        leaves the new file unopened).
        """
        name = Path(path).name if path else "pasted text"
        if revision is not None and self.model.revision != revision and self.model.is_modified:
            if not self.maybe_save(f"You changed the briefing while {name} was opening.\n\nSave the changes "
                                   "before it replaces them?"):
                self.statusBar().show_message("Kept your briefing; {name} was not opened.", name=name, timeout=8000)
                return
        self.edits.focus_row = -1
        self.model.set_document(doc, path if saved else None)
        self.recovery.remove()
        if path:
            self.settings.add_recent(path)
        notes = " ".join(w if w.endswith(".") else w + "." for w in doc.article.warnings)
        # What loading had to change (control characters removed, ...) stays in view longer.
        self.statusBar().show_message("Opened {name}." + (f" {notes}" if notes else ""), name=name,
                                      timeout=12000 if notes else 5000, details=path or "")
        self.document_shown.emit()

    def close_brief(self) -> bool:
        """File > Close (Ctrl+W): close the briefing, asking to save changes first; the window stays, empty, for
        the next article. Return False when the analyst cancels."""
        if self.model.doc is None or not self.maybe_save():
            return False
        self.model.set_document(None)
        self.recovery.remove()
        self.statusBar().showMessage("Closed the briefing.", 5000)
        return True

    def recent_files(self) -> list[str]:
        """Return the recently opened or saved files, newest first."""
        return self.settings.recent_files()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent_files() if Path(p).exists()]
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(self._open_recent)
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear the List", self.settings.clear_recent)

    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data():
            self.open_path(action.data())

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Accept dropped files and folders, text and HTML selections, and links (which get a message)."""
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Dropped files and folders go to :meth:`drop_files`; dropped text or HTML is a new article, or a source of
        the open brief (:meth:`drop_selection` asks which); a dropped web address gets a message."""
        mime = event.mimeData()
        local = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if not local:
            if mime.hasUrls() or mime.hasText() or mime.hasHtml():
                event.acceptProposedAction()
                self.drop_selection(mime)
            return
        event.acceptProposedAction()
        self.drop_files(local)

    def drop_files(self, local: list[str]) -> Task | None:
        """Files and folders dropped on the window (a folder stands for its article files: :func:`dropped_files`).

        On an empty window the articles open at once (several as one brief). On an open brief one article or
        several ask what a dropped selection asks (:meth:`drop_selection`): Add as Source(s) (the default: one
        undoable step), New Brief (after the unsaved-changes question), or Cancel. A briefing file is a document,
        never a source: it opens as File > Open opens it (asking about unsaved changes). The files not read are
        named in one message: in the question when there is one, else on their own."""
        files, refused = dropped_files(local)
        doc = self.model.doc
        # dropped_files leaves a briefing file only when it was dropped alone.
        articles = [f for f in files if not is_briefing_file(f)]
        not_read = ""
        if refused:
            shown = ", ".join(refused[:8]) + (f" and {len(refused) - 8} more" if len(refused) > 8 else "")
            not_read = f"{shown}. It reads {ARTICLE_PATTERNS} files."
        if articles and doc is not None:
            answer = self._ask_add_dropped(doc, articles, not_read)
            if answer == "add":
                return self.add_paths(articles)
            if answer == "new":
                return self.open_paths(articles)
            return None
        if not_read:
            opened = (f"Opened the {len(files)} article file{'s' if len(files) != 1 else ''}; " if articles
                      else f"Opened {Path(files[0]).name}; " if files else "")
            self.dialogs.show_error("Some files were not opened", f"{opened}briefing does not read: {not_read}")
        return self.open_paths(files) if files else None

    def _ask_add_dropped(self, doc: BriefingDocument, articles: list[str], not_read: str) -> str | None:
        """Ask whether dropped article files join the open brief as sources or make a new brief; return the key."""
        n = len(articles)
        letters = _next_letters(doc, n)
        if n == 1:
            label = f"&Add as Source {letters[0]}"
            question = (f"Add {Path(articles[0]).name} to this brief as source {letters[0]}, "
                        "or make a new brief from it?")
        else:
            shown = f"{letters[0]}\u2013{letters[-1]}" if n > 2 else f"{letters[0]} and {letters[1]}"
            label = f"&Add as Sources {shown}"
            question = f"Add the {n} dropped articles to this brief as sources {shown}, or make a new brief of them?"
        if not_read:
            question += f"\n\nbriefing does not read: {not_read}"
        return self.dialogs.choose("Dropped file" if n == 1 else "Dropped files", question,
                                   [("add", label), ("new", "&New Brief"), ("cancel", "Cancel")], "add")

    # ---------------------------------------------------------------- saving

    def _suggested_path(self, suffix: str) -> str:
        return suggested_path(self.model.doc, self.model.path, self.settings.last_folder(), suffix)

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
        path = self.dialogs.choose_save_path("Save briefing", self._suggested_path(SUFFIX), BRIEFING_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str, force: bool = False) -> bool:
        """Write the briefing file (small JSON: written atomically on the GUI thread).

        Never over the article, a link, folder, FIFO or device; over an existing file that is not exactly
        as briefing saved or opened it (edited by hand since, or another program's) only after asking.
        """
        self.fields.commit_all()
        try:
            save_document(self.model.doc, path, force=force)
        except UnsafeTarget as exc:
            if not exc.forceable:
                self.show_error("Save failed", exc)
            elif self._confirm_replace(path, "a briefing file as briefing saved or opened it "
                                             "(it was changed since, or briefing did not write it)"):
                return self.save_to(path, force=True)
            else:  # the analyst chose to keep the file: no error, nothing written
                self.statusBar().show_message("Not saved: {name} was kept as it is.", name=Path(path).name, timeout=8000,
                                              details=str(path))
            return False
        except BriefingError as exc:
            self.show_error("Save failed", exc)
            return False
        self.model.mark_saved(path)
        self._update_title()
        self.recovery.remove()
        self.settings.remember_folder(path)
        self.settings.add_recent(path)
        self.statusBar().show_message("Saved {name}.", name=Path(path).name, timeout=5000, details=str(path))
        return True

    def maybe_save(self, question: str = "The briefing has changes that are not saved.\n\nSave them first?") -> bool:
        """Ask to save unsaved changes (``question``); return False when the user cancels."""
        self.fields.commit_all()
        if not self.model.is_modified:
            return True
        answer = self.dialogs.ask("Unsaved changes", question,
                                  QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    # ---------------------------------------------------------------- export

    def export_dialog(self) -> Task | None:
        """File > Export: choose a path and format (PDF, DOCX, HTML, Markdown, text) and write it in the background."""
        if self.model.doc is None:
            return None
        last = self.settings.qsettings.value("export/format", "pdf", str)
        chosen = export_actions.choose_export(self.dialogs, self._suggested_path(".pdf"), last)
        if chosen is None:
            return None
        self.settings.qsettings.setValue("export/format", chosen[1])
        return self.export_to(*chosen)

    def copy_brief(self) -> None:
        """File > Copy Brief: the brief on the clipboard as rich text and plain text."""
        self.fields.commit_all()
        if self.model.doc is not None:
            export_actions.copy_brief(self.model.doc.briefing, self.settings.brief_language())
            self.statusBar().showMessage("Copied the brief (formatted and plain text).", 5000)

    def export_to(self, path: str, fmt: str | None = None, force: bool = False) -> Task | None:
        """Write the current briefing to ``path`` as ``fmt`` (by default from the suffix) in the background.

        Never over the article, a link, folder, FIFO or device; over an existing file that is not exactly
        as briefing wrote it (notes added since, re-saved in Word, another program's) only after asking.
        """
        self.fields.commit_all()
        if self.model.doc is None:
            return None
        sources = (self.model.doc.article.path, *(s.article.path for s in self.model.doc.sources))
        try:
            pipeline.check_export_target(path, sources, force)
        except UnsafeTarget as exc:
            if not exc.forceable:
                self.show_error("Export failed", exc)
            elif self._confirm_replace(path, "a brief exactly as briefing wrote it "
                                             "(it was changed since, or briefing did not write it)"):
                return self.export_to(path, fmt, force=True)
            else:  # the analyst chose to keep the file: no error, nothing written
                self.statusBar().show_message("Not exported: {name} was kept as it is.", name=Path(path).name,
                                              timeout=8000, details=str(path))
            return None
        self.settings.remember_folder(path)
        fmt = fmt or export_actions.path_and_format(path, None)[1]
        # The undo history's copy (never edited; nothing to copy after an edit): the worker writes a copy of its own
        # (pipeline.export_brief). The GUI thread copied the whole brief here (16-20 ms for 3,700 actors before gui2).
        return self._run(Task(TaskKind.EXPORT, export_actions.export_job, self.model.snapshot().briefing, path,
                              fmt, self.preview.page_size_key(), sources=sources, force=force,
                              label="Exporting the brief", error_title="Export failed",
                              on_finished=lambda report: self._exported(path, report),
                              brief_language=self.settings.brief_language()))

    def _confirm_replace(self, path: str, kind: str) -> bool:
        """Ask whether to replace an existing file that is not exactly as the app wrote it."""
        answer = self.dialogs.ask("Replace the file?", f"{Path(path).name} already exists and is not {kind}.\n\n"
                                  "Replace it?", QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def _exported(self, path: str, report) -> None:
        notes = f" ({'; '.join(report.steps)})" if report.steps else ""
        # A long file name gives way (shortened in its middle) to what the export had to do to fit the page.
        self.statusBar().show_message("Exported {name}" + notes.replace("{", "(").replace("}", ")") + ".",
                                      name=Path(path).name, timeout=8000, details=str(path))
        self.exported.emit(path)
