"""The side panels: Checks and History, tabbed on the right, following the page on show."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QTabBar,
)

from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background
from pactdesk.ui.views.history_panel import page_changes
from pactdesk.ui.window.base import WindowBase


class SidePanels(WindowBase):
    """The Checks and History docks and what they show."""

    def childEvent(self, event) -> None:
        # Qt makes the docks' tab bar on its own, when it lays the docks out.
        if event.polished() and isinstance(event.child(), QTabBar):
            self._name_tab_bars()
        super().childEvent(event)

    def _name_tab_bars(self) -> None:
        """The tabs Qt makes for docks side by side get a name a screen reader can say."""
        for bar in self.findChildren(QTabBar):
            if not bar.accessibleName():
                bar.setAccessibleName(tr("Side panels"))

    def _on_history_visibility(self, visible: bool) -> None:
        if visible:
            # Once the docks are laid out: while the window is first shown, a History tab
            # behind Checks says it is visible for a moment (and the read would compete
            # with the first paint).
            QTimer.singleShot(0, self, self._load_history)

    def _on_history_item(self, item) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.go_to_item(key)

    def _load_history(self) -> None:
        """Read the page's history on the worker, only while the History tab is on show."""
        editor = self.editor
        dock = self.history_dock
        if (
            editor is None
            or editor.closing
            or not dock.isVisible()
            or dock.visibleRegion().isEmpty()
        ):
            return
        page = editor.current_page
        keys = [*editor.fields_of_page.get(page, ())]
        if page.startswith("commitment/"):
            cid = page.split("/", 1)[1]
            keys += [f"commitment/{cid}/data", f"commitment/{cid}/references"]
        draft, framework = editor.draft, editor.framework

        def shown(events) -> None:
            if self.editor is editor and editor.current_page == page:
                self.history.show_changes(framework, events)

        run_in_background(lambda: page_changes(draft, keys), on_done=shown, parent=editor)

    def _show_findings(self) -> None:
        if self.editor is None:
            return
        page = self.editor.current_page
        self.checks.show_findings(
            self.editor.findings_for_page(page), checked=self.editor.state is not None
        )
        kind, _, ident = page.partition("/")
        self.checks_dock.setWindowTitle(
            tr("Checks: political assessment {id}").format(id=ident)
            if kind == "political"
            else tr("Checks: commitment {id}").format(id=ident)
        )
