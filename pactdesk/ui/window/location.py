"""Where the draft is kept: shares, synchronised folders, local working copies, drafts folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
)

from pactdesk import settings as settings_module
from pactdesk.services.draft_location import where_kept
from pactdesk.ui import formats
from pactdesk.ui.i18n import tr
from pactdesk.ui.window.base import WindowBase


class DraftLocation(WindowBase):
    """The location banner, the local working copy and copying it back."""

    def _show_location(self, path: Path) -> None:
        original = self.settings.original_of(path)
        placement = None if original is not None else where_kept(path.resolve())
        if original is not None:
            self.location_banner.show_message(
                tr(
                    "This is a local working copy of {original}. When you are done, copy it "
                    "back (File › Copy the working copy back)."
                ).format(original=original),
                button=tr("Copy &back now"),
            )
        elif placement is not None:
            where = (
                tr("in {name}, a synchronised folder").format(name=placement.name)
                if placement.kind == "synchronised"
                else tr("on {name}").format(name=placement.name)
            )
            self.location_banner.show_message(
                tr(
                    "This draft is kept {where}. Locking the file there is not reliable, so two "
                    "people could overwrite each other's work. Work on a local copy on this "
                    "computer and copy it back when you are done."
                ).format(where=where),
                button=tr("Work on a &local copy"),
            )
        else:
            self.location_banner.hide()

    def _on_location_button(self) -> None:
        if self.draft is None:
            return
        if self.settings.original_of(self.draft.path) is not None:
            self.copy_back()
        else:
            self.work_on_local_copy()

    def work_on_local_copy(self) -> None:
        """Copy the draft from the share to this computer and go on there."""
        from pactdesk.services.draft_location import make_working_copy

        if self.draft is None or self.editor is None:
            return
        self.editor.flush_and_wait()
        original = self.draft.path.resolve()
        try:
            copy = make_working_copy(self.draft)
        except OSError as exc:
            self._complain(tr("The local copy could not be made"), str(exc))
            return
        self.settings = self.settings.with_working_copy(copy, original)
        if not self.smoke:
            settings_module.save(self.settings)
        if self.open_draft(copy):
            self.statusBar().showMessage(
                tr("You are working on a local copy; the draft on the share is unchanged."), 8000
            )

    def copy_back(self) -> None:
        """Put the working copy back where it came from (refused if that was changed)."""
        from pactdesk.services.draft_location import CopyBackError, copy_back

        if self.draft is None or self.editor is None:
            return
        original = self.settings.original_of(self.draft.path)
        if original is None:
            return
        self.editor.flush_and_wait()
        try:
            copy_back(self.draft, original)
        except (CopyBackError, OSError) as exc:
            self._complain(tr("The working copy was not copied back"), str(exc))
            return
        message = tr("Copied back to {original} at {time}.").format(
            original=original, time=formats.time_text(formats.now())
        )
        self.location_banner.show_message(
            message + " " + tr("You can go on here and copy back again later."),
            button=tr("Copy &back now"),
        )
        self.statusBar().showMessage(message, 8000)

    def choose_drafts_folder(self) -> None:
        """File › Where drafts are kept…: the folder for new drafts, Open and Export."""
        current = self.settings.drafts_dir
        name = QFileDialog.getExistingDirectory(
            self, tr("Where to keep drafts"), str(current if current.is_dir() else Path.home())
        )
        if name:
            self.settings = replace(self.settings, drafts_folder=name)
            settings_module.save(self.settings)
            self.statusBar().showMessage(
                tr("New drafts are kept in {folder}.").format(folder=name), 8000
            )
