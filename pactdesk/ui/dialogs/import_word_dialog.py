"""Import a Word document: the workbook import's preview, for .docx.

The same dialog as the workbook's
(:class:`~pactdesk.ui.dialogs.import_workbook_dialog.ImportWorkbookDialog`):
what would change, field by field, the conflicts, the problems; reading and
importing run off the GUI thread.  A Word document adds two things:

* a tab saying how it was read: by its answer boxes, by PactDesk's layout
  (re-saved by another word processor), or — for the Commission's template
  filled in by hand — each commitment found by its text, with a confidence,
  and the rows that could not be placed (left out, never guessed); its
  tracked changes and Word comments;
* tracked changes: a document that still has them is not read silently.
  The dialog says who changed what and asks, with two buttons, whether to
  read it with the changes accepted or rejected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from pactdesk.services import word, workbook
from pactdesk.services.drafts import Draft
from pactdesk.ui.dialogs.import_workbook_dialog import ImportWorkbookDialog
from pactdesk.ui.i18n import tr


class ImportWordDialog(ImportWorkbookDialog):
    """Pick a Word document, review what it changes, import on confirmation."""

    def texts(self) -> dict[str, str]:
        return {
            "title": tr("Import a Word document"),
            "none": tr("No document chosen"),
            "file": tr("Word document"),
            "label": tr("&Document:"),
            "choose": tr("Choose a Word document"),
            "intro": tr(
                "Choose the Word document a colleague filled in — one PactDesk exported, or "
                "the Commission's template filled in by hand. PactDesk reads it and shows what "
                "it would change before anything is written."
            ),
            "brings": tr("Changes the document brings"),
            "from": tr("From the document"),
            "refused": tr("In the document (not imported)"),
            "problems": tr("Problems in the document"),
            "would": tr("What the document would do"),
            "filter": tr("Word documents (*.docx);;All files (*)"),
            "nobody": tr("The document does not say who saved it; the changes will be yours."),
            "other": tr("Not exported from this draft: it fills only fields that are empty here."),
            "unreadable": tr("The document could not be read: {why}"),
        }

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        # None, "accept" or "reject": how tracked changes are read.
        self.changes_mode: str | None = None
        self.path: Path | None = None
        super().__init__(draft, author, parent)
        self.accept_changes_button = QPushButton(tr("Read with the changes &accepted"), self)
        self.reject_changes_button = QPushButton(tr("Read with the changes &rejected"), self)
        for button, mode in (
            (self.accept_changes_button, "accept"),
            (self.reject_changes_button, "reject"),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _checked=False, m=mode: self._read_again(m))
            button.hide()
            self.extra_row.addWidget(button)
        self.extra_row.addStretch(1)

    def load(self, path: Path) -> None:
        if path != self.path:
            self.changes_mode = None
        self.path = path
        for button in (self.accept_changes_button, self.reject_changes_button):
            button.hide()
        super().load(path)

    def _read_again(self, mode: str) -> None:
        if self.path is None or self.busy:
            return
        self.changes_mode = mode
        self.load(self.path)

    def read_plan(self, draft: Draft, path: Path) -> Any:  # on the worker thread
        return word.plan_import(draft, path.read_bytes(), name=path.name, changes=self.changes_mode)

    def unpack(self, result: Any) -> tuple[workbook.WorkbookImportPlan, list[str]]:
        return result.plan, result.notes(self.draft.framework)

    def apply_plan(self, draft: Draft, result: Any, author: str) -> workbook.ImportResult:
        return word.apply_import(draft, result, author=author)

    def refusals(self) -> tuple[type[Exception], ...]:
        return (word.WordError, workbook.WorkbookError)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, word.TrackedChangesError):
            self.summary.setText(
                tr(
                    "This document still has %n tracked change(s), listed under Problems. "
                    "Read it with them accepted or rejected?",
                    "",
                    len(exc.changes),
                )
            )
            for button in (self.accept_changes_button, self.reject_changes_button):
                button.show()
            self.accept_changes_button.setFocus()
