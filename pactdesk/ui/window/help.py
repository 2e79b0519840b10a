"""The Help menu: the keyboard shortcuts, diagnostic information for IT support, About."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
)

from pactdesk.ui import actions
from pactdesk.ui.i18n import tr
from pactdesk.ui.window.base import WindowBase


class HelpMenu(WindowBase):
    """Help › Keyboard shortcuts, Copy diagnostic information, About."""

    def show_keys(self) -> None:
        """Every shortcut of every menu item, read from the actions (and the keys of controls)."""
        rows = actions.shortcut_rows(self)
        text = "\n".join(f"{what}:  {keys}" for what, keys in rows)
        QMessageBox.information(self, tr("Keyboard shortcuts"), text)

    def copy_diagnostics(self) -> None:
        """Help › Copy diagnostic information: what support asks for, on the clipboard.

        Versions, platform, folders and the last log lines (the log holds no
        content: see pactdesk.logs); nothing of the draft's text.
        """
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from pactdesk import logs

        text = logs.diagnostics({"Qt": qVersion(), "PySide6": pyside_version})
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            tr("Diagnostic information copied: paste it into your message to IT support."), 8000
        )

    def show_about(self) -> None:
        from pactdesk import frameworks

        try:
            framework = self.draft.framework if self.draft else frameworks.shipped_framework()
            source = f" ({framework.source})"
        except frameworks.FrameworkError:
            source = ""
        QMessageBox.about(
            self,
            tr("About PactDesk"),
            tr(
                "PactDesk — write, check, sign off and submit a Member State's contribution on the "
                "European Pact on Immigration and Asylum{source}."
            ).format(source=source),
        )
