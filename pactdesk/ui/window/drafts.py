"""Opening and closing drafts: New, Open, Open recent, the example; read-only when locked.

A draft another PactDesk holds (its lock is taken) opens read-only with a
banner that says who has it; "Open for editing" tries again.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
)

from pactdesk import settings as settings_module
from pactdesk.services.draft_location import Holder, who_has_it
from pactdesk.services.drafts import Draft
from pactdesk.ui import example, window_state
from pactdesk.ui.i18n import member_state_name, tr
from pactdesk.ui.tasks import wait_for_idle
from pactdesk.ui.views.editor import EditorView
from pactdesk.ui.window.base import WindowBase


def read_only_message(holder: Holder | None) -> str:
    """The read-only banner: who has the draft open, on which computer, in plain words."""
    import getpass
    import socket

    try:
        me, here = getpass.getuser(), socket.gethostname()
    except (KeyError, OSError):
        me, here = "", ""
    if holder is None:
        who = tr("This draft is open in another PactDesk, on this or another computer.")
    elif holder.user == me and holder.computer == here:
        who = tr("This draft is open in another PactDesk window on this computer.")
    else:
        who = tr("{user} has this draft open in another PactDesk, on the computer “{computer}”.")
        who = who.format(user=holder.user, computer=holder.computer)
    return (
        tr("Read-only.")
        + " "
        + who
        + " "
        + tr("You can read it here; to change it, close it there, then press “Open for editing”.")
    )


class DraftFiles(WindowBase):
    """File › New, Open, Open recent, the example, Close; the read-only banner."""

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_drafts)
        self.central.setCurrentWidget(self.welcome)
        self.checks_dock.hide()
        self.history_dock.hide()
        self.comments_dock.hide()
        self.welcome.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_draft(self, path: Path) -> bool:
        """Open ``path`` in the editor (read-only with a banner if another PactDesk has it)."""
        from pactdesk.services.drafts import NotADraftError

        path = Path(path)
        if not self.close_draft():
            return False
        try:
            draft = Draft.open(path, allow_read_only_fallback=True)
        except (NotADraftError, OSError, ValueError) as exc:
            self._complain(tr("PactDesk cannot open {name}").format(name=path.name), str(exc))
            return False
        if not draft.info.read_only:
            self.ensure_profile()
        self.draft = draft
        self.editor = EditorView(draft, author=self.author(), parent=self.editor_host)
        self.editor_layout.addWidget(self.editor, 1)
        self.editor.page_changed.connect(self._on_page_changed)
        self.editor.state_changed.connect(self._on_state)
        self.editor.save_state_changed.connect(self._show_save_state)
        self.comments.attach(draft, self.editor, self.author())
        # Undo and Redo follow what the focused box or table can undo.
        for edit in self.editor.findChildren(QPlainTextEdit):
            edit.undoAvailable.connect(self._on_edit_state)
            edit.redoAvailable.connect(self._on_edit_state)
        for model in (self.editor.commitment.data_model, self.editor.commitment.references_model):
            model.rows_changed.connect(self._on_edit_state)
            model.modelReset.connect(self.update_edit_actions)
        framework = draft.framework
        state = framework.member_state(draft.info.member_state)
        title = tr("{state} — contribution for the {cycle} cycle").format(
            state=member_state_name(state.code, state.name), cycle=draft.info.cycle
        )
        # The deadline's words as the window's language has them (the framework's translation).
        self.header.set_draft(title, self.editor.framework)
        self.header.set_completeness(None, 0, 0)
        if draft.info.read_only_reason:
            # A read-only disk, no permission, a full disk: reopening would not help.
            self.read_only_banner.show_message(tr("Read-only.") + " " + draft.info.read_only_reason)
        elif draft.info.read_only:
            self.read_only_banner.show_message(
                read_only_message(who_has_it(path)), button=tr("&Open for editing")
            )
        else:
            self.read_only_banner.hide()
        self._show_location(path)
        if example.is_example(path):
            self.example_banner.show_message(
                tr(
                    "FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. "
                    "It is not the position of any Member State; the Member State it names is "
                    "only a placeholder. Change anything you like."
                )
            )
        else:
            self.example_banner.hide()
        self.save_banner.hide()
        self.import_banner.hide()
        suffix = tr(" [read-only]") if draft.info.read_only else ""
        self.setWindowTitle(f"{title} — {path.name}{suffix} — PactDesk")
        self.central.setCurrentWidget(self.editor_host)
        self.history_dock.show()
        self.comments_dock.show()
        self.checks_dock.show()
        self.checks_dock.raise_()
        # Qt makes the docks' tab bar when it first lays them out, with the tab added
        # last (the comments) in front: put the checks in front then.
        QTimer.singleShot(0, self, self._checks_on_top)
        self._name_tab_bars()
        self._on_page_changed(self.editor.current_page)
        self.settings = self.settings.with_recent(path)
        if not self.smoke:
            window_state.remember_title(str(path.resolve()), title)
        if not self.smoke:
            settings_module.save(replace(self.settings, first_run_done=True))
        self._update_actions()
        self._show_save_state()
        start = window_state.last_page(draft.info.draft_id) if not self.smoke else ""
        if start not in self.editor.model.page_keys:
            start = self.editor.current_page
        self.editor.show_page(start, focus=True)
        return True

    def _reopen_for_editing(self) -> None:
        """The other PactDesk may have let go of the draft: open it again, for writing if it can."""
        if self.draft is None:
            return
        path = self.draft.path
        self.open_draft(path)
        if self.draft is not None and self.draft.info.read_only:
            self.statusBar().showMessage(
                tr("The draft is still open in the other PactDesk; it stays read-only here."), 8000
            )

    def close_draft(self) -> bool:
        """Save what is pending, wait, close the file.  False if it must stay open."""
        if self.editor is None:
            return True
        self.editor.shutdown()
        if not self.editor.flush_and_wait():
            self._complain(
                tr("Your last changes are still being saved"),
                tr("PactDesk could not finish saving; the draft stays open."),
            )
            self.editor.closing = False
            return False
        QCoreApplication.processEvents()  # deliver the saves' results
        saver = self.editor.autosaver
        if saver is not None and saver.dirty:
            # The last save failed: try once more now, then let the user decide.
            saver.flush_and_wait()
            QCoreApplication.processEvents()
            if saver.dirty and not self._lose_unsaved(saver.last_error or ""):
                self.editor.closing = False
                return False
        wait_for_idle(10000)  # anything the saves' results started
        editor, draft = self.editor, self.draft
        if not self.smoke:
            window_state.remember_page(draft.info.draft_id, editor.current_page)  # type: ignore[union-attr]
        self.editor = None
        self.draft = None
        self.comments.detach()
        editor.hide()
        editor.setParent(None)
        editor.deleteLater()
        if self.signoff_dock is not None:
            self.removeDockWidget(self.signoff_dock)
            self.signoff_dock.deleteLater()
            self.signoff_dock = None
        # Closing a file that vanished must not block quitting.
        with contextlib.suppress(Exception):
            draft.close()  # type: ignore[union-attr]
        self.setWindowTitle("PactDesk")
        self._update_actions()
        self._show_save_state()
        self.show_welcome()
        return True

    def _lose_unsaved(self, error: str) -> bool:
        """Ask before closing with text that could not be saved; the default keeps it open."""
        if self.smoke:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Your latest changes are not saved"))
        box.setText(tr("PactDesk could not save your latest changes: {error}").format(error=error))
        box.setInformativeText(
            tr(
                "If you close now, what you typed since the last save is lost. Keep the window "
                "open while you free some disk space or reconnect the drive; PactDesk keeps trying."
            )
        )
        keep = box.addButton(tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(
            tr("Close and lose the changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        for button in (keep, lose):
            button.setAccessibleName(button.text())
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is lose

    def open_dialog(self) -> None:
        """Open a draft, starting in the drafts folder (Documents/PactDesk unless changed)."""
        folder = self.settings.drafts_dir
        start = str(folder) if folder.is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open a draft"), start, tr("PactDesk drafts (*.pactdesk)")
        )
        if name:
            self.open_draft(Path(name))

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = [r for r in self.settings.recent_drafts if Path(r).exists()]
        for number, entry in enumerate(entries, start=1):
            action = self.recent_menu.addAction(f"&{number % 10}  {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(lambda _c=False, p=entry: self.open_draft(Path(p)))
        if not entries:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def open_example(self) -> None:
        try:
            path = example.make_example_draft()
        except Exception as exc:  # noqa: BLE001 - say what went wrong, keep the window
            self._complain(tr("The example could not be made"), str(exc))
            return
        self.open_draft(path)

    def new_contribution(self) -> None:
        from pactdesk.ui.dialogs.new_contribution import NewContributionWizard

        if not self.smoke and not self.settings.profile.complete:
            self.ensure_profile()
        wizard = NewContributionWizard(
            author=self.author(),
            default_state=self.settings.profile.member_state,
            folder=self.settings.drafts_dir,
            parent=self,
        )
        made = wizard.exec() and wizard.created is not None
        self.activateWindow()  # back to the window, whatever the window manager does
        if made:
            assert wizard.created is not None
            self.open_draft(wizard.created)
