"""The Exchange menu of the main window: assignments, packages, returns, the merge view.

Kept apart from ``main_window.py`` so that the window only builds it and
tells it when a draft opens or closes (:meth:`ExchangeMenu.update`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from pactdesk.services import exchange
from pactdesk.ui.i18n import tr


def _page_of(item: str) -> str:
    if item.startswith("P1."):
        return f"political/{item[3:]}"
    return f"commitment/{item}"


class ExchangeMenu(QObject):
    """Builds the menu's actions on ``window`` and opens the exchange dialogs."""

    def __init__(self, window: Any, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        self._limited_editor: Any = None
        self.menu.setObjectName("exchange_menu")
        self.assign_action = self._action(tr("&Assign items…"), self.show_assign)
        self.owed_action = self._action(tr("&Who owes what"), self.show_owed)
        self.send_action = self._action(tr("&Send items to a colleague…"), self.show_send)
        self.merge_action = self._action(tr("&Merge a colleague's return…"), self.show_merge)
        self.conflicts_action = self._action(tr("Resolve open &conflicts…"), self.show_conflicts)
        self.return_action = self._action(tr("Send your answers &back…"), self.show_return)
        self.filter_menu = QMenu(tr("Show the items &of"), menu)
        self.filter_menu.aboutToShow.connect(self._fill_filter)
        for action in (
            self.assign_action,
            self.owed_action,
            None,
            self.send_action,
            self.merge_action,
            self.conflicts_action,
            None,
            self.return_action,
        ):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.filter_menu)
        self.writable_actions = (
            self.assign_action,
            self.send_action,
            self.merge_action,
            self.conflicts_action,
            self.return_action,
        )

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        # Queued, as the window's other dialogs are: a screen reader's menu press returns at once.
        action.triggered.connect(lambda _checked=False: QTimer.singleShot(0, slot))
        self.window.addAction(action)
        return action

    def update(self, *, has_draft: bool, writable: bool) -> None:
        for action in self.writable_actions:
            action.setEnabled(has_draft and writable)
        self.owed_action.setEnabled(has_draft)
        self.filter_menu.setEnabled(has_draft)
        editor = self.window.editor
        if has_draft and editor is not None and editor is not self._limited_editor:
            self._limited_editor = editor
            self._limit_to_package()

    def _limit_to_package(self) -> None:
        """A contributor's draft made from a package shows only the package's items."""
        from pactdesk.ui.dialogs.exchange_dialogs import filter_navigator

        package = exchange.assignment_of(self.window.draft)
        if package is not None:
            editor = self.window.editor
            filter_navigator(editor.navigator, editor.model, set(package.items))
            editor.show_page(_page_of(package.items[0]), focus=False)

    # -- the dialogs --------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.window.draft is None or self.window.editor is None:
            return False
        self.window.editor.flush_and_wait()
        return True

    def _reopen(self) -> None:
        path = self.window.draft.path
        QTimer.singleShot(0, lambda: self.window.open_draft(path))

    def show_assign(self) -> None:
        from pactdesk.ui.dialogs.exchange_dialogs import AssignDialog

        if self._ready():
            AssignDialog(self.window.draft, self.window.author(), self.window).exec()

    def show_owed(self) -> None:
        from pactdesk.ui.dialogs.exchange_dialogs import OwedDialog

        if self._ready():
            OwedDialog(self.window.draft, self.window).exec()

    def show_send(self) -> None:
        from pactdesk.ui.dialogs.exchange_dialogs import SendPackageDialog

        if self._ready():
            SendPackageDialog(self.window.draft, self.window.author(), self.window).exec()

    def show_merge(self) -> None:
        from pactdesk.ui.dialogs.merge_dialog import MergeDialog

        if (
            self._ready()
            and MergeDialog(self.window.draft, self.window.author(), self.window).exec()
        ):
            self._reopen()  # the merge changed items under the editor

    def show_conflicts(self) -> None:
        from pactdesk.ui.dialogs.merge_dialog import MergeDialog

        if (
            self._ready()
            and MergeDialog(
                self.window.draft, self.window.author(), self.window, open_conflicts=True
            ).exec()
        ):
            self._reopen()

    def show_return(self) -> None:
        from pactdesk.ui.dialogs.exchange_dialogs import ReturnDialog

        if self._ready():
            ReturnDialog(self.window.draft, self.window.author(), self.window).exec()

    # -- the navigator filter ---------------------------------------------------------------

    def _fill_filter(self) -> None:
        self.filter_menu.clear()
        if self.window.draft is None:
            return
        everyone = self.filter_menu.addAction(tr("Everyone"))
        everyone.triggered.connect(lambda: self.filter_to(None))
        for row in exchange.owed(self.window.draft):
            action = self.filter_menu.addAction(row.assignee)
            action.triggered.connect(lambda _c=False, name=row.assignee: self.filter_to(name))

    def filter_to(self, assignee: str | None) -> None:
        """Show only ``assignee``'s items in the navigator (everyone's for None)."""
        from pactdesk.ui.dialogs.exchange_dialogs import filter_navigator

        editor = self.window.editor
        if editor is None:
            return
        items = None
        if assignee is not None:
            items = set(exchange.items_assigned_to(self.window.draft, assignee))
        filter_navigator(editor.navigator, editor.model, items)
