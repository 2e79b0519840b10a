"""Others' dialogs the window hosts: export, import, sign-off, verify, exchange, review, compare.

Each dialog's module is imported when its menu item is first used, so that
the window's first paint does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDockWidget, QWidget

from pactdesk.domain.contribution import describe_key
from pactdesk.services.drafts import Draft
from pactdesk.ui.i18n import tr
from pactdesk.ui.window.base import WindowBase


class OthersDialogs(WindowBase):
    """The menu items that open another part's dialog, panel or window."""

    # -- exchange with other ministries: the work is in pactdesk.ui.exchange_menu ------

    def show_assign(self) -> None:
        self.exchange.show_assign()

    def show_owed(self) -> None:
        self.exchange.show_owed()

    def show_send_package(self) -> None:
        self.exchange.show_send()

    def show_merge(self) -> None:
        self.exchange.show_merge()

    def show_conflicts(self) -> None:
        self.exchange.show_conflicts()

    def show_return(self) -> None:
        self.exchange.show_return()

    def show_review(self) -> None:
        from pactdesk.ui.dialogs.review_dialog import ReviewDialog

        if self.draft is not None:
            ReviewDialog(self.draft, self.author(), self).exec()
            self.comments.reload()  # the threads may have changed there

    # ------------------------------------------------------------------------------------

    def _flushed_draft(self) -> Draft | None:
        """The open draft, with everything typed saved first (None when none is open)."""
        if self.draft is None:
            return None
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        return self.draft

    def show_export(self) -> None:
        from pactdesk.ui.dialogs.export_dialog import ExportDialog

        if (draft := self._flushed_draft()) is not None:
            ExportDialog(draft, self, folder=self.settings.drafts_dir).exec()

    def show_import_workbook(self) -> None:
        from pactdesk.ui.dialogs.import_workbook_dialog import ImportWorkbookDialog

        self._show_import(ImportWorkbookDialog)

    def show_import_word(self) -> None:
        from pactdesk.ui.dialogs.import_word_dialog import ImportWordDialog

        self._show_import(ImportWordDialog)

    def _show_import(self, dialog_class: Callable[[Draft, str, QWidget], QDialog]) -> None:
        if (draft := self._flushed_draft()) is None:
            return
        dialog = dialog_class(draft, self.author(), self)
        if dialog.exec():
            # The import changed items under the editor: reopen to show them, then say
            # what changed (the first changed item on show).
            path = draft.path
            result, plan = getattr(dialog, "result_", None), getattr(dialog, "plan", None)
            QTimer.singleShot(0, lambda: self._after_import(path, result, plan))

    def _after_import(self, path: Path, result: object, plan: object) -> None:
        if not self.open_draft(path) or self.draft is None:
            return
        changed = tuple(getattr(result, "changed", ()))
        conflicts = len(getattr(plan, "conflicts", ()) or ())
        parts = [tr("%n field(s) changed", "", len(changed))]
        if conflicts:
            parts.append(tr("%n conflict(s) kept the draft's text", "", conflicts))
        fields = [describe_key(self.draft.framework, key) for key in changed[:5]]
        more = "…" if len(changed) > 5 else ""
        message = tr("Workbook imported: {counts}.").format(counts="; ".join(parts))
        if fields:
            listed = "; ".join(fields)
            message += " " + tr("Changed: {fields}{more}").format(fields=listed, more=more)
        self.import_banner.show_message(message)
        self.statusBar().showMessage(message, 10000)
        if changed:
            self.go_to_item(changed[0])

    def show_sign(self) -> None:
        from pactdesk.ui.dialogs.sign_dialog import SignDialog

        if (draft := self._flushed_draft()) is not None:
            dialog = SignDialog(draft, self)
            dialog.signed.connect(lambda _made: self._refresh_signoffs())
            self._open_signing_dialog(dialog)

    def _refresh_signoffs(self) -> None:
        if self.signoff_dock is not None:
            refresh = getattr(self.signoff_dock.widget(), "refresh", None)
            if callable(refresh):
                refresh()

    def show_signoffs(self) -> None:
        if self.draft is None:
            return
        if self.signoff_dock is None:
            from pactdesk.ui.views.signoff_panel import SignOffPanel

            panel = SignOffPanel(self.draft, self)
            self.signoff_dock = QDockWidget(tr("Sign-offs"), self)
            self.signoff_dock.setObjectName("signoffDock")
            self.signoff_dock.setWidget(panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.signoff_dock)
            self.tabifyDockWidget(self.checks_dock, self.signoff_dock)
            self._name_tab_bars()
        self.signoff_dock.show()
        self.signoff_dock.raise_()

    def show_verify(self) -> None:
        from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

        self._open_signing_dialog(VerifyDialog(self))

    # -- sign-off and submission: identities, the CA, roles, requests, the bundle --------
    # One block (the menu items are one block of pactdesk.ui.actions). The dialogs open
    # window-modal without blocking, so a test (and a screen reader) can work in them.

    def _open_signing_dialog(self, dialog: QDialog) -> QDialog:
        """Open one of the sign-off dialogs; the sign-off panel is read again when it closes."""
        self.signing_dialog = dialog
        dialog.finished.connect(lambda _result: self._refresh_signoffs())
        dialog.open()
        return dialog

    def show_roles(self) -> None:
        from pactdesk.ui.dialogs.roles_dialog import RolesDialog

        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(RolesDialog(draft, self))

    def show_identities(self) -> None:
        from pactdesk.ui.dialogs.identities_dialog import IdentitiesDialog

        self._open_signing_dialog(IdentitiesDialog(self))

    def show_authority(self) -> None:
        from pactdesk.ui.dialogs.authority_dialog import AuthorityDialog

        self._open_signing_dialog(AuthorityDialog(self))

    def show_export_request(self) -> None:
        from pactdesk.ui.dialogs.sign_request_dialogs import ExportRequestDialog

        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(ExportRequestDialog(draft, self.author(), self))

    def show_sign_request(self) -> None:
        from pactdesk.ui.dialogs.sign_request_dialogs import SignReceivedRequestDialog

        self._open_signing_dialog(SignReceivedRequestDialog(self))

    def show_import_answer(self) -> None:
        from pactdesk.ui.dialogs.sign_request_dialogs import ImportAnswerDialog

        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(ImportAnswerDialog(draft, self))

    def show_bundle(self) -> None:
        from pactdesk.ui.dialogs.bundle_dialog import BundleDialog

        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(BundleDialog(draft, self))

    # -- end of the sign-off and submission block ---------------------------------------

    def show_details(self) -> None:
        """File › Contribution details: the ministry and its contact point."""
        from pactdesk.ui.dialogs.details_dialog import DetailsDialog

        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(DetailsDialog(draft, self.author(), self))

    def show_compare(self) -> None:
        """The Commission's desk: a window of its own, beside this one."""
        from pactdesk.ui.compare.window import CompareWindow

        window = CompareWindow(parent=self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.show()
        self.compare_window = window
