"""The Go menu and Find: item to item, to the next unanswered field, to a panel; find."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pactdesk.ui.i18n import tr
from pactdesk.ui.window.base import WindowBase


class GoAndFind(WindowBase):
    """Moving through the contribution and finding text in it."""

    def go_to_item(self, item_key: str) -> None:
        if self.editor is not None:
            from pactdesk.ui.models.navigator import page_key_for_item

            self.editor.show_page(page_key_for_item(item_key), field=item_key)

    def next_item(self) -> None:
        if self.editor is not None:
            self.editor.step(1)

    def previous_item(self) -> None:
        if self.editor is not None:
            self.editor.step(-1)

    def next_unanswered_prompt(self) -> None:
        self._next_unanswered(True)

    def next_empty_field(self) -> None:
        self._next_unanswered(False)

    def _next_unanswered(self, prompts_only: bool) -> None:
        if self.editor is None:
            return
        if not self.editor.next_unanswered(prompts_only=prompts_only):
            self.statusBar().showMessage(
                tr("Every question of the Commission has an answer.")
                if prompts_only
                else tr("Every field has an answer."),
                5000,
            )

    def focus_navigator(self) -> None:
        if self.editor is not None:
            self.editor.focus_navigator()

    def focus_editor(self) -> None:
        if self.editor is not None:
            self.editor.focus_editor()

    def focus_checks(self) -> None:
        if self.editor is not None:
            self.checks_dock.show()
            self.checks_dock.raise_()
            self.checks.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_history(self) -> None:
        if self.editor is not None:
            self.history_dock.show()
            self.history_dock.raise_()
            self.history.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_find(self) -> None:
        if self.editor is not None:
            self.editor.open_find()

    def find_next(self) -> None:
        if self.editor is not None:
            if not self.editor.find_bar.isVisible():
                self.editor.open_find()
            else:
                self.editor.find_bar.find_next()

    def find_previous(self) -> None:
        if self.editor is not None:
            if not self.editor.find_bar.isVisible():
                self.editor.open_find()
            else:
                self.editor.find_bar.find_previous()
