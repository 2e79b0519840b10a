"""The Comments panel: a side-panel tab beside Checks and History, and Comment on the selection.

The panel itself is :class:`pactdesk.ui.views.comments_panel.CommentsPanel`;
this part makes its dock, follows the draft opened and the page on show, and
holds the two menu items' slots (Go › Go to the comments, Edit › Comment on
the selection, declared in :mod:`pactdesk.ui.actions`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QPlainTextEdit

from pactdesk.ui import actions
from pactdesk.ui.i18n import tr
from pactdesk.ui.views.comments_panel import Anchor, CommentsPanel
from pactdesk.ui.window.base import WindowBase

COMMENT_ACTION = "comment_selection_action"


class CommentsPart(WindowBase):
    """The Comments dock and what it shows."""

    def _make_comments_dock(self) -> None:
        """Called by the shell once the Checks and History docks are made (before the menus)."""
        self.comments = CommentsPanel(self)
        self.comments.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        spec = next(s for s in actions.ACTIONS if s.name == COMMENT_ACTION)
        self.comments.set_shortcut(
            " / ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in actions.key_sequences(spec)
            )
        )
        self.comments_dock = QDockWidget(tr("Comments"), self)
        self.comments_dock.setObjectName("commentsDock")
        self.comments_dock.setWidget(self.comments)
        self.comments_dock.setFeatures(self.checks_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.comments_dock)
        self.tabifyDockWidget(self.history_dock, self.comments_dock)
        self.comments_dock.hide()

    def _checks_on_top(self) -> None:
        """The Checks tab in front (raise_() switches a tab only when the z-order changes)."""
        self.comments_dock.raise_()
        self.checks_dock.raise_()

    def focus_comments(self) -> None:
        if self.editor is not None:
            self.comments_dock.show()
            self.comments_dock.raise_()
            self.comments.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def comment_on_selection(self) -> None:
        """Edit › Comment on the selection: the next comment is on the words selected."""
        focus = QApplication.focusWidget()
        key = self.editor.current_field_key() if self.editor is not None else ""
        selected = isinstance(focus, QPlainTextEdit) and focus.textCursor().hasSelection()
        if not key or not selected or not isinstance(focus, QPlainTextEdit):
            self.statusBar().showMessage(tr("Select some words in an answer first."), 8000)
            return
        cursor = focus.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        quote = focus.toPlainText()[start:end]
        self.focus_comments()
        self.comments.comment_on(Anchor(key, start, end, quote))
