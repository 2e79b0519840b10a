"""The status bar and the save banner: whether what was typed is saved."""

from __future__ import annotations

from pactdesk.ui import formats
from pactdesk.ui.i18n import tr
from pactdesk.ui.window.base import WindowBase


class SaveStatus(WindowBase):
    """The status bar's save state, and the banner when saving fails."""

    def _show_save_state(self) -> None:
        editor = self.editor
        if editor is None:
            self.save_label.setText("")
            return
        saver = editor.autosaver
        if saver is None:
            self.save_label.setText(tr("Read-only: nothing you see here can be changed."))
            return
        if saver.last_error:
            self.save_label.setText(tr("Not saved yet — retrying"))
            self.save_banner.show_message(
                tr(
                    "Your latest changes could not be saved: {error}. PactDesk keeps them and "
                    "tries again every few seconds; do not close the window."
                ).format(error=saver.last_error)
            )
            return
        self.save_banner.hide()
        if saver.dirty:
            self.save_label.setText(tr("Saving…"))
        elif saver.last_saved_at is not None:
            self.save_label.setText(
                tr("All changes saved ({time}). Revision {revision}.").format(
                    time=formats.time_text(saver.last_saved_at),
                    revision=saver.revision,
                )
            )
        else:
            self.save_label.setText(tr("Everything you type is saved as you type."))
