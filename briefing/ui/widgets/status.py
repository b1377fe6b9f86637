"""The status bar's permanent parts: task progress with Cancel, the document's counts and the algorithm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from .elided import ElidedLabel

WORDS_PER_MINUTE = 230


def algorithm_label(name: str | None) -> str:
    """Return an algorithm's label ("LexRank"), or the name itself when unknown."""
    from briefing.core.summarize.algorithms import ALGORITHMS

    return ALGORITHMS[name].label if name in ALGORITHMS else (name or "")


def resummarized_message(label: str, kept) -> str:
    """Return the status bar's report of a re-summary, e.g. "Re-summarized with LexRank; kept 2 edited points."."""
    if kept is None or kept.total == 0:
        return f"Re-summarized with {label}."
    kinds = [(n, word) for n, word in ((kept.edited, "edited"), (kept.added, "added"), (kept.pinned, "pinned")) if n]
    plural = "s" if kept.total != 1 else ""
    if len(kinds) == 1:
        return f"Re-summarized with {label}; kept {kept.total} {kinds[0][1]} point{plural}."
    return (f"Re-summarized with {label}; kept {kept.total} of your point{plural} ("
            + ", ".join(f"{n} {word}" for n, word in kinds) + ").")


def removed_note(withheld: int) -> str:
    """Return the re-summarize report's note on the new summary's points the analyst had removed ("" for none)."""
    if not withheld:
        return ""
    points = "point you removed stays" if withheld == 1 else "points you removed stay"
    return f" {withheld} {points} out (Edit > Restore Removed Points brings {'it' if withheld == 1 else 'them'} back)."


def _count(n: int, noun: str) -> str:
    """Return "1 point", "2 points"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


class StatusParts:
    """Adds a progress bar, a Cancel button and two labels to ``bar`` (right-hand side, permanent)."""

    def __init__(self, bar: QStatusBar, cancel_action: QAction) -> None:
        # The counts give way first when the bar is narrow (the message and the language combos keep their room),
        # whole on hover.
        self.counts_label = ElidedLabel(grey=False)
        #: The articles last counted and their words and sentences (articles are never edited: an edit, undo or
        #: redo counted the 100k words of a long article again, 18 ms each on the GUI thread, before gui2).
        self._article_counts: tuple[list, int, int] = ([], 0, 0)
        self.algorithm_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(cancel_action)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.cancel_button.setAutoRaise(True)
        for widget in (self.progress_bar, self.cancel_button, self.counts_label, self.algorithm_label):
            bar.addPermanentWidget(widget)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def show_busy(self, labels: list[str]) -> None:
        """Show the progress bar and Cancel while tasks run (``labels`` of the visible tasks, newest last)."""
        self.progress_bar.setVisible(bool(labels))
        self.cancel_button.setVisible(bool(labels))
        if labels:
            self.progress_bar.setFormat(labels[-1])
        else:
            self.progress_bar.setValue(0)

    def show_progress(self, fraction: float, message: str) -> None:
        """Show a task's progress."""
        self.progress_bar.setValue(int(fraction * 100))
        self.progress_bar.setFormat(message)

    def show_document(self, doc) -> None:
        """Show the article's and the brief's counts and the summary's algorithm (``doc`` None: no article)."""
        if doc is None:
            self.counts_label.set_full_text("No article")
            self.algorithm_label.setText("")
            return
        briefing = doc.briefing
        # A brief of several articles counts all its sources' words (the first source alone told half the story).
        articles = [s.article for s in doc.sources] if doc.sources else [doc.article]
        counted, words, sentences = self._article_counts
        if len(counted) != len(articles) or any(a is not b for a, b in zip(counted, articles)):
            words, sentences = sum(a.word_count for a in articles), sum(a.sentence_count for a in articles)
            self._article_counts = (articles, words, sentences)
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        brief_words = sum(len(p.text.split()) for p in briefing.key_points)
        points, actors = _count(len(briefing.key_points), "point"), _count(len(briefing.actors), "actor")
        what = "Article" if len(articles) == 1 else f"{len(articles)} articles"
        # Short in the bar (it shares it with the algorithm, the language and the status messages: at 900 px
        # the reading time cost the message 45 px); whole, reading time included, on hover.
        self.counts_label.set_full_text(
            f"{words:,} words | {points} · {actors}",
            f"{what}: {sentences} sentences, {words:,} words, about {minutes} min to read.\n"
            f"Brief: {_count(len(briefing.key_points), 'key point')} ({brief_words} words), {actors}.")
        self.algorithm_label.setText(algorithm_label(doc.summary.algorithm if doc.summary else doc.options.algorithm))
