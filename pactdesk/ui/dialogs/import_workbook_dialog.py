"""Import a filled Excel workbook: see what will change, field by field, then apply.

The dialog reads the workbook off the GUI thread
(:func:`pactdesk.services.workbook.plan_import`), then shows

* the changes: every field, what the draft holds now → what the workbook
  brings (the full texts of the selected field side by side);
* the conflicts: fields changed both in the workbook and in the draft since
  the export (or, for a workbook of another draft, fields not empty here);
  the draft's text is kept;
* the problems, cell by cell, when the workbook cannot be imported at all.

Nothing is written until the official presses "Import"; then
:func:`~pactdesk.services.workbook.apply_import` runs, off the GUI thread
too, as one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import workbook
from pactdesk.services.drafts import Draft
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background

PREVIEW = 90


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    if not flat:
        return tr("(empty)")
    return flat if len(flat) <= PREVIEW else flat[:PREVIEW] + "…"


# -- the dialog -----------------------------------------------------------------------


class ImportWorkbookDialog(QDialog):
    """Pick a workbook, review what it changes and its conflicts, import on confirmation.

    The Word import (:class:`~pactdesk.ui.dialogs.import_word_dialog.ImportWordDialog`)
    is this dialog with its own texts (:meth:`texts`), its own reading
    (:meth:`read_plan`) and notes on how the file was read: one preview.
    """

    def texts(self) -> dict[str, str]:
        """Every string that names the kind of file (a subclass names its own)."""
        return {
            "title": tr("Import a workbook"),
            "none": tr("No workbook chosen"),
            "file": tr("Workbook file"),
            "label": tr("&Workbook:"),
            "choose": tr("Choose a workbook"),
            "intro": tr(
                "Choose the Excel workbook a colleague filled in. PactDesk reads it and shows "
                "what it would change before anything is written."
            ),
            "brings": tr("Changes the workbook brings"),
            "from": tr("From the workbook"),
            "refused": tr("In the workbook (not imported)"),
            "problems": tr("Problems in the workbook"),
            "would": tr("What the workbook would do"),
            "filter": tr("Excel workbooks (*.xlsx);;All files (*)"),
            "nobody": tr("The workbook does not say who filled it in; the changes will be yours."),
            "other": tr("Exported from another draft: it fills only fields that are empty here."),
            "unreadable": tr("The workbook could not be read: {why}"),
        }

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.author = author
        self.plan: workbook.WorkbookImportPlan | None = None
        # What read_plan() returned, handed back to apply_plan().
        self.read_result: Any = None
        self.result_: workbook.ImportResult | None = None
        self.busy = False
        t = self.texts()
        self.setWindowTitle(t["title"])
        self.resize(980, 640)

        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(t["none"])
        self.path_edit.setAccessibleName(t["file"])
        path_label = QLabel(t["label"], self)
        path_label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(tr("&Choose…"), self)
        self.choose_button.setAccessibleName(t["choose"])
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.summary = QLabel(t["intro"], self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.changes = QTreeWidget(self)
        self.changes.setHeaderLabels([tr("Field"), tr("Now in the draft"), t["from"]])
        self.changes.setAccessibleName(t["brings"])
        self.old_text, self.new_text = self._text_pair(tr("Now in the draft"), t["from"])
        change_page = self._page(self.changes, self.old_text, self.new_text)
        self.changes.currentItemChanged.connect(self._show_change)

        self.conflicts = QTreeWidget(self)
        self.conflicts.setHeaderLabels([tr("Field"), tr("Why it was not imported")])
        self.conflicts.setAccessibleName(tr("Conflicts: the draft's text is kept"))
        self.kept_text, self.refused_text = self._text_pair(tr("In the draft (kept)"), t["refused"])
        conflict_page = self._page(self.conflicts, self.kept_text, self.refused_text)
        self.conflicts.currentItemChanged.connect(self._show_conflict)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(t["problems"])
        # How the file was read (the Word import's mapping, tracked changes, comments).
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(tr("How the file was read"))
        self.notes.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(change_page, tr("Changes"))
        self.tabs.addTab(conflict_page, tr("Conflicts"))
        self.tabs.addTab(self.problems, tr("Problems"))
        self.tabs.setAccessibleName(t["would"])

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(tr("Import the changes"))
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(tr("Cancel"))
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        self.extra_row = QHBoxLayout()  # a subclass's own controls, under the summary
        layout.addLayout(self.extra_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.choose_button.setFocus()

    def _text_pair(self, left: str, right: str) -> tuple[QPlainTextEdit, QPlainTextEdit]:
        edits = []
        for name in (left, right):
            edit = QPlainTextEdit(self)
            edit.setReadOnly(True)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(name)
            edits.append(edit)
        return edits[0], edits[1]

    def _page(self, tree: QTreeWidget, left: QPlainTextEdit, right: QPlainTextEdit) -> QWidget:
        """A list of fields above, the selected field's two full texts side by side below."""
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.setColumnWidth(0, 330)
        if tree.columnCount() > 2:
            tree.setColumnWidth(1, 280)
        panes = QWidget(self)
        grid = QHBoxLayout(panes)
        grid.setContentsMargins(0, 0, 0, 0)
        for edit in (left, right):
            column = QVBoxLayout()
            label = QLabel(edit.accessibleName(), panes)
            label.setBuddy(edit)
            column.addWidget(label)
            column.addWidget(edit)
            grid.addLayout(column)
        page = QSplitter(Qt.Orientation.Vertical, self)
        page.addWidget(tree)
        page.addWidget(panes)
        page.setSizes([280, 220])
        return page

    # -- choosing and reading (worker thread) ---------------------------------------

    def choose(self) -> None:
        t = self.texts()
        path, _ = QFileDialog.getOpenFileName(self, t["title"], "", t["filter"])
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` and plan the import on the worker thread; the result shows here."""
        self.path_edit.setText(str(path))
        self.plan = None
        self._clear()
        self._set_busy(True, tr("Reading {name}…").format(name=path.name))
        draft = self.draft

        def work() -> Any:  # on the worker thread
            return self.read_plan(draft, path)

        run_in_background(work, on_done=self._planned, on_error=self._failed, parent=self)

    def read_plan(self, draft: Draft, path: Path) -> Any:
        """Read the file and plan the import (worker thread); :meth:`unpack` splits the result."""
        return workbook.plan_import(draft, path.read_bytes(), name=path.name)

    def unpack(self, result: Any) -> tuple[workbook.WorkbookImportPlan, list[str]]:
        """The three-way plan in what :meth:`read_plan` returned, and notes to show beside it."""
        return result, []

    def refusals(self) -> tuple[type[Exception], ...]:
        """The errors that mean "this file cannot be imported" (a summary and details)."""
        return (workbook.WorkbookError,)

    def apply_plan(self, draft: Draft, result: Any, author: str) -> workbook.ImportResult:
        """Apply what :meth:`read_plan` returned (worker thread): one transaction."""
        return workbook.apply_import(draft, result, author=author)

    def _clear(self) -> None:
        self.changes.clear()
        self.conflicts.clear()
        self.problems.clear()
        self.notes.clear()
        index = self.tabs.indexOf(self.notes)
        if index >= 0:
            self.tabs.removeTab(index)
        for edit in (self.old_text, self.new_text, self.kept_text, self.refused_text):
            edit.clear()

    def _set_busy(self, busy: bool, message: str | None = None) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self.import_button.setEnabled(
            not busy and self.plan is not None and bool(self.plan.changes)
        )
        if message is not None:
            self.summary.setText(message)

    def _planned(self, result: Any) -> None:
        plan, notes = self.unpack(result)
        self.read_result = result
        self.plan = plan
        if notes:
            self.notes.addItems(notes)
            self.tabs.addTab(self.notes, tr("How it was read (%n)", "", len(notes)))
        for change in plan.changes:
            item = QTreeWidgetItem(
                [
                    change.label,
                    _preview(workbook.display_value(change.key, change.old)),
                    _preview(workbook.display_value(change.key, change.new)),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, change)
            self.changes.addTopLevelItem(item)
        for conflict in plan.conflicts:
            item = QTreeWidgetItem([conflict.label, conflict.reason])
            item.setToolTip(1, conflict.reason)
            item.setData(0, Qt.ItemDataRole.UserRole, conflict)
            self.conflicts.addTopLevelItem(item)
        self.tabs.setTabText(1, tr("Conflicts ({n})").format(n=len(plan.conflicts)))
        self.tabs.setTabText(0, tr("Changes ({n})").format(n=len(plan.changes)))
        self.tabs.setTabText(2, tr("Problems"))
        t = self.texts()
        who = (
            tr("Filled in by {name}.").format(name=plan.filled_in_by)
            if plan.filled_in_by
            else t["nobody"]
        )
        origin = (
            tr("Exported from this draft at revision {rev}.").format(rev=plan.exported_revision)
            if plan.same_draft
            else t["other"]
        )
        counts = " ".join(
            (
                tr("%n field(s) will change.", "", len(plan.changes)),
                tr("%n conflict(s) keep the draft's text.", "", len(plan.conflicts)),
                tr("%n field(s) are the same.", "", plan.unchanged),
            )
        )
        self._set_busy(False, f"{who} {origin} {counts}")
        self.import_button.setText(
            tr("&Import %n change(s)", "", len(plan.changes)) if plan.changes else tr("&Import")
        )
        if plan.conflicts:
            self.conflicts.setCurrentItem(self.conflicts.topLevelItem(0))
        if plan.changes:
            self.changes.setCurrentItem(self.changes.topLevelItem(0))
            self.tabs.setCurrentIndex(0)
        elif plan.conflicts:
            self.tabs.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        self.plan = None
        if isinstance(exc, self.refusals()):
            summary, details = exc.summary, exc.details  # type: ignore[attr-defined]
        elif isinstance(exc, OSError):
            summary, details = tr("Cannot read the file: {why}").format(why=exc.strerror), []
        else:
            summary = self.texts()["unreadable"].format(why=exc)
            details = []
        self.problems.addItems(details)
        self.tabs.setTabText(2, tr("Problems ({n})").format(n=len(details)))
        self.tabs.setCurrentIndex(2)
        self._set_busy(False, summary)

    def _show_change(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        change = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.old_text.setPlainText(workbook.display_value(change.key, change.old) if change else "")
        self.new_text.setPlainText(workbook.display_value(change.key, change.new) if change else "")

    def _show_conflict(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        conflict = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.kept_text.setPlainText(
            workbook.display_value(conflict.key, conflict.draft_value) if conflict else ""
        )
        self.refused_text.setPlainText(
            workbook.display_value(conflict.key, conflict.workbook_value) if conflict else ""
        )

    # -- applying (worker thread) -------------------------------------------------------

    def apply(self) -> None:
        plan = self.plan
        if plan is None or not plan.changes or self.busy:
            return
        self._set_busy(True, tr("Importing %n field(s)…", "", len(plan.changes)))
        draft, author, result = self.draft, self.author, self.read_result

        def work() -> workbook.ImportResult:  # on the worker thread: one transaction
            return self.apply_plan(draft, result, author)

        run_in_background(work, on_done=self._applied, on_error=self._failed, parent=self)

    def _applied(self, result: workbook.ImportResult) -> None:
        self.result_ = result
        self._set_busy(False, tr("Imported: %n field(s) changed.", "", len(result.changed)))
        self.accept()
