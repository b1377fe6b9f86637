"""The window's Help menu: About, Keyboard Shortcuts (read from the actions themselves) and Recent Messages.

A mixin of :class:`~briefing.ui.main_window.MainWindow`: it reads the window's
actions and status bar and shows its text through the injected dialogs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence

from briefing import __version__


class HelpActions:
    """Help > About, Keyboard Shortcuts and Recent Messages (a mixin of the main window)."""

    def about(self) -> None:
        """Help > About."""
        self.dialogs.about("About briefing", f"<b>briefing {__version__}</b><p>Turns a news article into a one-page "
                                             "briefing: extractive summary, key actors and a PDF.</p>")

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts (F1): every action's keys, read from the actions themselves."""
        rows = []
        for action in (self.open_action, self.add_source_action, self.paste_action, self.save_action,
                       self.save_as_action, self.export_action, self.copy_brief_action, self.undo_action,
                       self.redo_action, self.find_bar.find_action, self.find_bar.next_action,
                       self.find_bar.previous_action, self.resummarize_action, self.cancel_action, self.shortcuts_action,
                       self.close_action, self.quit_action):
            # Leave out the platform's extra bindings (Alt+Backspace, the keyboard's own Undo key).
            keys = ", ".join(k for k in (k.toString(QKeySequence.NativeText) for k in action.shortcuts())
                             if k and not k.startswith("Alt+") and "+" in k or k in ("Esc", "F1", "F3"))
            if keys:
                name = action.text().replace("&", "").rstrip("…").split("\t")[0]
                rows.append(f"<tr><td>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>")
        rows += [f"<tr><td>{escape(a)}</td><td><b>{escape(k)}</b></td></tr>" for a, k in (
            ("Edit the selected key point or actor", "F2 (Enter finishes, Esc cancels)"),
            ("Delete the selected key point or actors (or the chosen source)", "Delete"),
            ("Move the selected key point or actor", "Alt+Up, Alt+Down"),
            ("Next or previous control", "Tab, Shift+Tab"))]
        self.dialogs.about("Keyboard shortcuts", "<table cellspacing='4'>" + "".join(rows) + "</table>"
                                                 "<p>Ctrl+V pastes a new article when no text field has the focus.</p>")

    def show_messages(self) -> None:
        """Help > Recent Messages: the status bar's last messages, whole, newest first (a note gone from the bar,
        like an actor that stayed out, can be read again)."""
        rows = [f"<tr><td style='color: gray'>{escape(t)}</td><td>{escape(m).replace(chr(10), '<br>')}</td></tr>"
                for t, m in reversed(self.statusBar().history())]
        self.dialogs.about("Recent messages", "<table cellspacing='4'>" + "".join(rows) + "</table>" if rows
                           else "<p>No messages yet.</p>")
