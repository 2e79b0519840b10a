"""The Edit menu: undo, redo, cut, copy, paste, add a row; the focused field kept in view."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QWidget,
)

from pactdesk.ui.views.pages import Page
from pactdesk.ui.views.tables import RowsTable
from pactdesk.ui.window.base import WindowBase


def scroll_into_view(widget: QWidget | None) -> None:
    """Scroll the page so that the widget that just took the focus is on screen.

    Tab into a field below the fold, Alt+A's new table row, a finding's
    field: the page scrolls, so the focus is never out of sight.
    """
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None and not isinstance(parent, Page):
        parent = parent.parentWidget()
    if parent is not None and widget is not None:
        # A tall answer box: its top (label and first lines) is what must show.
        parent.ensureWidgetVisible(widget, 0, 40)


class EditMenu(WindowBase):
    """The Edit menu's commands and their enabled state."""

    def _on_edit_state(self, _value: object) -> None:
        self.update_edit_actions()

    def _on_focus_changed(self, _old, new) -> None:
        self.update_edit_actions()
        scroll_into_view(new)

    def update_edit_actions(self) -> None:
        focus = QApplication.focusWidget()
        edit = focus if isinstance(focus, QPlainTextEdit) else None
        writable = edit is not None and not edit.isReadOnly()
        if isinstance(focus, RowsTable):
            self.undo_action.setEnabled(focus.rows_model.can_undo)
            self.redo_action.setEnabled(focus.rows_model.can_redo)
        else:
            self.undo_action.setEnabled(writable and edit.document().isUndoAvailable())  # type: ignore[union-attr]
            self.redo_action.setEnabled(writable and edit.document().isRedoAvailable())  # type: ignore[union-attr]
        self.cut_action.setEnabled(writable)
        self.paste_action.setEnabled(writable)
        self.copy_action.setEnabled(edit is not None)

    def _on_text(self, operation: str) -> None:
        focus = QApplication.focusWidget()
        if (
            isinstance(focus, QPlainTextEdit)
            or isinstance(focus, RowsTable)
            and operation in ("undo", "redo")
            or operation in ("copy", "cut", "paste")
            and hasattr(focus, operation)
        ):
            getattr(focus, operation)()
        self.update_edit_actions()

    def edit_undo(self) -> None:
        self._on_text("undo")

    def edit_redo(self) -> None:
        self._on_text("redo")

    def edit_cut(self) -> None:
        self._on_text("cut")

    def edit_copy(self) -> None:
        self._on_text("copy")

    def edit_paste(self) -> None:
        self._on_text("paste")

    def add_data_point(self) -> None:
        if self.editor is not None and self.editor.current_page.startswith("commitment/"):
            self.editor.commitment.data.add_row()

    def add_reference(self) -> None:
        if self.editor is not None and self.editor.current_page.startswith("commitment/"):
            self.editor.commitment.references.add_row()
