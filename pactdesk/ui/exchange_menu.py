"""The Exchange menu's work: assignments, packages, returns, the merge view, the filter.

The menu items are declared in :mod:`pactdesk.ui.actions` like every other;
the window's slots call this object, which opens the exchange dialogs, adds
the "Show the items of" submenu, and, when a contributor's draft made from a
package opens, shows the package's first item (the others are read-only).  The
exchange service (SQLAlchemy's models, cryptography) is imported when an item
is used, not before the window's first paint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMenu

from pactdesk.ui.i18n import tr


def _page_of(item: str) -> str:
    if item.startswith("P1."):
        return f"political/{item[3:]}"
    return f"commitment/{item}"


class ExchangeMenu(QObject):
    """Opens the exchange dialogs for ``window`` and keeps its contents filter."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._limited_editor: Any = None
        menu = window.findChild(QMenu, "exchangeMenu")
        self.filter_menu = QMenu(tr("Show the items &of"), menu)
        self.filter_menu.setObjectName("exchangeFilterMenu")
        self.filter_menu.aboutToShow.connect(self._fill_filter)
        if menu is not None:
            menu.addSeparator()
            menu.addMenu(self.filter_menu)

    def update(self, *, has_draft: bool) -> None:
        self.filter_menu.setEnabled(has_draft)
        editor = self.window.editor
        if has_draft and editor is not None and editor is not self._limited_editor:
            self._limited_editor = editor
            self._limit_to_package()

    def _limit_to_package(self) -> None:
        """A contributor's draft made from a package opens on the package's first item.

        The other items stay in the contents, marked read-only (the editor
        shows them so, and the draft refuses changes to them).
        """
        if self.window.draft.info.from_package is False:
            return  # the opening read found no package: nothing to load (the exchange service)
        from pactdesk.services import exchange

        package = exchange.assignment_of(self.window.draft)
        if package is not None:
            self.window.editor.show_page(_page_of(package.items[0]), focus=False)

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

    # -- the contents filter ------------------------------------------------------------------

    def _fill_filter(self) -> None:
        from pactdesk.services import exchange

        self.filter_menu.clear()
        if self.window.draft is None:
            return
        everyone = self.filter_menu.addAction(tr("Everyone"))
        everyone.triggered.connect(lambda: self.filter_to(None))
        for row in exchange.owed(self.window.draft):
            action = self.filter_menu.addAction(row.assignee)
            action.triggered.connect(lambda _c=False, name=row.assignee: self.filter_to(name))

    def filter_to(self, assignee: str | None) -> None:
        """Show only ``assignee``'s items in the contents (everyone's for None)."""
        from pactdesk.services import exchange
        from pactdesk.ui.dialogs.exchange_dialogs import filter_navigator

        editor = self.window.editor
        if editor is None:
            return
        items = None
        if assignee is not None:
            items = set(exchange.items_assigned_to(self.window.draft, assignee))
        filter_navigator(editor.navigator, editor.model, items)
