"""The merge view: a colleague's return, each incoming change and conflict, decided one by one.

The dialog reads the return off the GUI thread
(:func:`pactdesk.services.exchange.read_package` and
:func:`~pactdesk.services.exchange.plan_import`) and shows

* who sent it: the signer's name and certificate, or plainly "unsigned";
* **Incoming changes**: every field the return would change, the old text
  → the new one with the words deleted (struck through, red) and inserted
  (underlined, green); each is accepted or rejected (Alt+A / Alt+R, or all
  at once);
* **Conflicts**: fields both sides changed in the same place, the draft's
  text and the return's side by side, and a merged text the official can
  edit; keep ours, take theirs or use the merged text.

Nothing is written until "Merge" is pressed; then the accepted changes are
merged as one transaction (:func:`~pactdesk.services.exchange.apply_import`,
naming both parents), and each conflict the official decided is resolved
(:func:`~pactdesk.services.exchange.resolve`); undecided ones stay open.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.merge import word_diff
from pactdesk.services import exchange
from pactdesk.services.drafts import Draft
from pactdesk.services.workbook import display_value
from pactdesk.ui.dialogs.passphrase import TypedAnswers
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background

ACCEPTED = "accepted"
REJECTED = "rejected"
DELETED_STYLE = "background-color:#f8d7da;color:#721c24;text-decoration:line-through;"
INSERTED_STYLE = "background-color:#d4edda;color:#155724;text-decoration:underline;"


def diff_html(old: str, new: str) -> str:
    """``old`` → ``new`` as HTML, word by word: deletions struck through, insertions underlined."""
    parts = []
    for tag, text in word_diff(old, new):
        shown = html.escape(text).replace("\n", "<br>")
        if tag == "delete":
            parts.append(f'<span style="{DELETED_STYLE}">{shown}</span>')
        elif tag == "insert":
            parts.append(f'<span style="{INSERTED_STYLE}">{shown}</span>')
        else:
            parts.append(shown)
    return "".join(parts) or html.escape(tr("(empty)"))


def _shown(field: exchange.FieldPlan, value: str) -> str:
    return display_value(field.key, value)


class MergeDialog(QDialog):
    """Pick a return, decide on each incoming change and conflict, then merge."""

    def __init__(
        self, draft: Draft, author: str, parent: QWidget | None = None, *, open_conflicts=False
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.author = author
        self.open_conflicts = open_conflicts
        self.plan: exchange.MergePlan | None = None
        self.decisions: dict[str, str] = {}
        self.resolutions: dict[str, tuple[str, str | None]] = {}
        self.outcome: exchange.ImportOutcome | None = None
        self.busy = False
        self.setWindowTitle(tr("Merge a colleague's return"))
        self.resize(1100, 700)

        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(tr("No return chosen"))
        self.path_edit.setAccessibleName(tr("Return file"))
        path_label = QLabel(tr("Return &file:"), self)
        path_label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(tr("&Choose…"), self)
        self.choose_button.setAccessibleName(tr("Choose a return package"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.summary = QLabel(
            tr(
                "Choose the package (.pdx) a colleague sent back. PactDesk shows every change "
                "it brings before anything is written."
            ),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("What the return would do"))
        self.tabs.addTab(self._changes_page(), tr("Incoming changes"))
        self.tabs.addTab(self._conflicts_page(), tr("Conflicts"))

        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setAccessibleName(tr("Merge the accepted changes"))
        self.merge_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.merge_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.choose_button.setFocus()
        if open_conflicts:
            self._show_open_conflicts()

    def _show_open_conflicts(self) -> None:
        """The draft's open conflicts (from returns and workbooks), to resolve here."""
        self.setWindowTitle(tr("Resolve open conflicts"))
        for widget in (self.path_edit, self.choose_button):
            widget.hide()
        self.tabs.setTabEnabled(0, False)
        self.tabs.setCurrentIndex(1)
        self.merge_button.setText(tr("&Resolve"))
        self.merge_button.setAccessibleName(tr("Resolve the conflicts as decided"))
        found = exchange.conflicts(self.draft)
        for conflict in found:
            item = QListWidgetItem("")
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            item.setText(self._conflict_label(conflict))
            self.conflicts.addItem(item)
        self.tabs.setTabText(1, tr("Conflicts ({n})").format(n=len(found)))
        self.summary.setText(
            tr("%n open conflict(s): this draft's text stays until you decide.", "", len(found))
            if found
            else tr("No open conflicts.")
        )
        self.merge_button.setEnabled(bool(found))
        if found:
            self.conflicts.setCurrentRow(0)
            self.conflicts.setFocus()

    # -- pages -------------------------------------------------------------------------

    def _changes_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(page)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        self.changes = QListWidget(top)
        self.changes.setAccessibleName(tr("Incoming changes"))
        self.changes.currentItemChanged.connect(self._show_change)
        label = QLabel(tr("Incoming c&hanges:"), top)
        label.setBuddy(self.changes)
        column.addWidget(label)
        column.addWidget(self.changes)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(tr("&Accept"), top)
        self.accept_button.setAccessibleName(tr("Accept this change"))
        self.reject_button = QPushButton(tr("&Reject"), top)
        self.reject_button.setAccessibleName(tr("Reject this change"))
        self.accept_all_button = QPushButton(tr("Accept a&ll"), top)
        self.accept_all_button.setAccessibleName(tr("Accept every change"))
        self.reject_all_button = QPushButton(tr("Reject all"), top)
        self.reject_all_button.setAccessibleName(tr("Reject every change"))
        self.accept_button.clicked.connect(lambda: self._decide(ACCEPTED))
        self.reject_button.clicked.connect(lambda: self._decide(REJECTED))
        self.accept_all_button.clicked.connect(lambda: self._decide_all(ACCEPTED))
        self.reject_all_button.clicked.connect(lambda: self._decide_all(REJECTED))
        for button in (
            self.accept_button,
            self.reject_button,
            self.accept_all_button,
            self.reject_all_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.change_view = QTextBrowser(page)
        self.change_view.setAccessibleName(
            tr("The change, old to new: deleted words struck through, inserted words underlined")
        )
        page.addWidget(top)
        page.addWidget(self.change_view)
        page.setSizes([260, 300])
        return page

    def _conflicts_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(page)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        self.conflicts = QListWidget(top)
        self.conflicts.setAccessibleName(tr("Conflicts: fields both sides changed"))
        self.conflicts.currentItemChanged.connect(self._show_conflict)
        label = QLabel(tr("C&onflicts:"), top)
        label.setBuddy(self.conflicts)
        column.addWidget(label)
        column.addWidget(self.conflicts)
        buttons = QHBoxLayout()
        self.keep_ours_button = QPushButton(tr("&Keep ours"), top)
        self.keep_ours_button.setAccessibleName(tr("Keep this draft's text"))
        self.take_theirs_button = QPushButton(tr("Take &theirs"), top)
        self.take_theirs_button.setAccessibleName(tr("Take the return's text"))
        self.use_merged_button = QPushButton(tr("&Use merged text"), top)
        self.use_merged_button.setAccessibleName(tr("Use the merged text as edited"))
        self.keep_ours_button.clicked.connect(lambda: self._resolve("ours"))
        self.take_theirs_button.clicked.connect(lambda: self._resolve("theirs"))
        self.use_merged_button.clicked.connect(lambda: self._resolve("merged"))
        for button in (self.keep_ours_button, self.take_theirs_button, self.use_merged_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        panes = QWidget(page)
        grid = QHBoxLayout(panes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.ours_text = self._pane(grid, tr("This draft (ours)"), read_only=True)
        self.theirs_text = self._pane(grid, tr("The return (theirs)"), read_only=True)
        self.merged_text = self._pane(grid, tr("Merged te&xt (you can edit it)"), read_only=False)
        page.addWidget(top)
        page.addWidget(panes)
        page.setSizes([220, 340])
        return page

    def _pane(self, grid: QHBoxLayout, name: str, *, read_only: bool) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setReadOnly(read_only)
        edit.setAccessibleName(name.replace("&", ""))
        column = QVBoxLayout()
        label = QLabel(name, self)
        label.setBuddy(edit)
        column.addWidget(label)
        column.addWidget(edit)
        grid.addLayout(column)
        return edit

    # -- reading (worker thread) ---------------------------------------------------------

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Merge a return"), "", tr("Exchange packages (*.pdx);;All files (*)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and plan the return on the worker thread; the result shows here."""
        self.path_edit.setText(str(path))
        self.plan = None
        self.changes.clear()
        self.conflicts.clear()
        self._set_busy(True, tr("Reading {name}…").format(name=path.name))
        draft = self.draft
        raw = path.read_bytes() if path.is_file() else b""
        decrypt = self._decryptor(raw)

        def work() -> exchange.MergePlan:  # on the worker thread
            # A signed return must chain to a CA trusted here (this computer's sign-off CA).
            opened = exchange.read_package(
                raw, label=path.name, decrypt=decrypt, trust=exchange.trust_anchors()
            )
            return exchange.plan_import(draft, opened)

        run_in_background(work, on_done=self._planned, on_error=self._failed, parent=self)

    def _decryptor(self, raw: bytes) -> Any:
        """For an encrypted return: the recipient's identity opens it (passphrase asked here)."""
        from pactdesk.services import identities

        try:
            mine = exchange.recipients_here(raw)
        except exchange.ExchangeError:
            return None
        if not mine:
            return None
        identity = mine[0]
        state = identities.keyring_state([identity.id])
        passphrase = None
        if not state.stored.get(identity.id):
            passphrase, ok = QInputDialog.getText(
                self,
                tr("Open the encrypted return"),
                tr("Passphrase of {name}'s identity:").format(name=identity.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None

        def decrypt(data: bytes) -> bytes:  # on the worker thread
            # The one opener and passphrase policy: nothing is kept in the keyring here.
            asker = TypedAnswers.one(passphrase or "", keep=False)
            return exchange.decryptor(identities.open_signer(identity.id, asker=asker))(data)

        return decrypt

    def _set_busy(self, busy: bool, message: str | None = None) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self.merge_button.setEnabled(not busy and (self.plan is not None or self.open_conflicts))
        if message is not None:
            self.summary.setText(message)

    def _planned(self, plan: exchange.MergePlan) -> None:
        self.plan = plan
        self.decisions = {field.field: ACCEPTED for field in plan.changes}
        self.resolutions = {}
        for field in plan.changes:
            item = QListWidgetItem(self._change_label(field))
            item.setData(Qt.ItemDataRole.UserRole, field)
            self.changes.addItem(item)
        for field in plan.conflicts:
            item = QListWidgetItem(self._conflict_label(field))
            item.setData(Qt.ItemDataRole.UserRole, field)
            self.conflicts.addItem(item)
        self.tabs.setTabText(0, tr("Incoming changes ({n})").format(n=len(plan.changes)))
        self.tabs.setTabText(1, tr("Conflicts ({n})").format(n=len(plan.conflicts)))
        if plan.already_imported_at is not None:
            text = tr("This return was already merged on {when}; merging it again changes nothing.")
            self._set_busy(False, text.format(when=plan.already_imported_at[:16].replace("T", " ")))
            self.merge_button.setEnabled(False)
            return
        sender = plan.sender.describe()
        counts = (
            tr("%n incoming change(s);", "", len(plan.changes))
            + " "
            + tr("%n conflict(s).", "", len(plan.conflicts))
        )
        self._set_busy(
            False, tr("The return is {sender}. {counts}").format(sender=sender, counts=counts)
        )
        if plan.changes:
            self.changes.setCurrentRow(0)
            self.tabs.setCurrentIndex(0)
            self.changes.setFocus()
        elif plan.conflicts:
            self.tabs.setCurrentIndex(1)
        if plan.conflicts:
            self.conflicts.setCurrentRow(0)

    def _failed(self, exc: BaseException) -> None:
        self.plan = None
        if isinstance(exc, exchange.ExchangeError):
            summary = " ".join([exc.summary, *exc.details[:3]])
        elif isinstance(exc, OSError):
            summary = tr("Cannot read the file: {why}").format(why=exc.strerror)
        else:
            summary = tr("The return could not be read: {why}").format(why=exc)
        self._set_busy(False, summary)

    # -- deciding ----------------------------------------------------------------------

    def _change_label(self, field: exchange.FieldPlan) -> str:
        state = self.decisions.get(field.field, ACCEPTED)
        how = tr("merged word by word") if field.outcome == "merged" else tr("from the return")
        mark = tr("Accepted") if state == ACCEPTED else tr("Rejected")
        return f"{mark} — {field.label} ({how})"

    def _conflict_label(self, field: Any) -> str:  # a FieldPlan or an open Conflict
        chosen = self.resolutions.get(field.field)
        names = {"ours": tr("Ours kept"), "theirs": tr("Theirs taken"), "merged": tr("Merged")}
        mark = names[chosen[0]] if chosen else tr("Undecided")
        return f"{mark} — {field.label}"

    def _show_change(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        field = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if field is None:
            self.change_view.clear()
            return
        self.change_view.setHtml(diff_html(_shown(field, field.ours), _shown(field, field.value)))

    def _decide(self, state: str) -> None:
        item = self.changes.currentItem()
        if item is None:
            return
        field = item.data(Qt.ItemDataRole.UserRole)
        self.decisions[field.field] = state
        item.setText(self._change_label(field))
        row = self.changes.currentRow()
        if row + 1 < self.changes.count():
            self.changes.setCurrentRow(row + 1)
        self.changes.setFocus()

    def _decide_all(self, state: str) -> None:
        for row in range(self.changes.count()):
            item = self.changes.item(row)
            field = item.data(Qt.ItemDataRole.UserRole)
            self.decisions[field.field] = state
            item.setText(self._change_label(field))

    def _show_conflict(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        field = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.ours_text.setPlainText(_shown(field, field.ours) if field else "")
        self.theirs_text.setPlainText(_shown(field, field.theirs) if field else "")
        chosen = self.resolutions.get(field.field) if field else None
        merged = chosen[1] if chosen and chosen[0] == "merged" else None
        self.merged_text.setPlainText(
            merged if merged is not None else (field.ours if field else "")
        )

    def _resolve(self, take: str) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        field = item.data(Qt.ItemDataRole.UserRole)
        text = self.merged_text.toPlainText() if take == "merged" else None
        self.resolutions[field.field] = (take, text)
        item.setText(self._conflict_label(field))
        self.conflicts.setFocus()

    # -- merging (worker thread) ------------------------------------------------------------

    def apply(self) -> None:
        plan = self.plan
        if self.busy or (plan is None and not self.open_conflicts):
            return
        decisions = dict(self.decisions)
        resolutions = dict(self.resolutions)
        draft, author = self.draft, self.author
        self._set_busy(True, tr("Merging…"))
        if plan is None:

            def resolve_only() -> exchange.ImportOutcome:  # on the worker thread
                changed: list[str] = []
                for name, (take, text) in resolutions.items():
                    changed += exchange.resolve(draft, name, take=take, text=text, author=author)
                return exchange.ImportOutcome(tuple(changed), (), draft.head())

            run_in_background(
                resolve_only, on_done=self._merged, on_error=self._failed, parent=self
            )
            return

        def accept(field: exchange.FieldPlan) -> str | None:
            return field.value if decisions.get(field.field, ACCEPTED) == ACCEPTED else None

        in_plan = {f.field for f in plan.conflicts}

        def work() -> exchange.ImportOutcome:  # on the worker thread
            # The return's changes and its conflicts decided here: one merge event.
            outcome = exchange.apply_import(
                draft,
                plan,
                author=author,
                accept=accept,
                resolutions={k: v for k, v in resolutions.items() if k in in_plan},
            )
            for name, (take, text) in resolutions.items():
                if name not in in_plan:  # conflicts left open by earlier returns
                    exchange.resolve(draft, name, take=take, text=text, author=author)
            return outcome

        run_in_background(work, on_done=self._merged, on_error=self._failed, parent=self)

    def _merged(self, outcome: exchange.ImportOutcome) -> None:
        self.outcome = outcome
        self._set_busy(False, tr("Merged: %n field(s) changed.", "", len(outcome.changed)))
        self.accept()
