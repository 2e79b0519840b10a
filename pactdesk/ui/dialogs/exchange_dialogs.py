"""The window's doors to the exchange: assign items, send a package, who owes what, a return.

Each dialog collects what the official chooses and runs the service call
(:mod:`pactdesk.services.exchange`) on the worker thread; the merge view is
:mod:`pactdesk.ui.dialogs.merge_dialog`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import fields as names
from pactdesk.services import exchange
from pactdesk.services.drafts import Draft
from pactdesk.ui.dialogs.passphrase import TypedAnswers
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background


class _WorkDialog(QDialog):
    """A dialog whose OK runs one service call on the worker, then closes on success."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_: Any = None
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self._run)
        self.cancel_button.clicked.connect(self.reject)

    def _run(self) -> None:
        # Each dialog's prepare() reads its widgets on the GUI thread and returns the
        # work to run on the worker, or None (with a message) to stay open.
        job = self.prepare()  # type: ignore[attr-defined]
        if job is None:
            return
        self.ok_button.setEnabled(False)
        run_in_background(job, on_done=self._done, on_error=self._failed, parent=self)

    def _done(self, result: Any) -> None:
        self.result_ = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        summary = exc.summary if isinstance(exc, exchange.ExchangeError) else str(exc)
        self.message.setText(summary)


def _label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _path_row(parent: QWidget, edit: QLineEdit, choose: Any) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    button = QPushButton(tr("Choose…"), parent)
    button.setAccessibleName(tr("Choose a file"))
    button.clicked.connect(choose)
    row.addWidget(button)
    return row


def _item_title(draft: Draft, item: str) -> str:
    if item.startswith(names.PART_ONE_PREFIX):
        return tr("political assessment, area {area}").format(area=item[3:])
    text = " ".join(draft.framework.commitment(item).text.split())
    return text if len(text) <= 60 else text[:60] + "…"


class AssignDialog(_WorkDialog):
    """Tick items, name the person and the ministry: ``pactdesk assign``."""

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Assign items"), parent)
        self.draft, self.author = draft, author
        self.items = QListWidget(self)
        self.items.setAccessibleName(tr("Items to assign"))
        assigned = {row.item: row for row in exchange.assignments(draft)}
        for name in names.all_leaf_items(draft.framework):
            who = assigned.get(name)
            text = f"{name}  {_item_title(draft, name)}"
            if who:
                text += f"  — {who.assignee}"
            item = QListWidgetItem(text, self.items)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.person = QLineEdit(self)
        self.person.setAccessibleName(tr("Assigned to"))
        self.ministry = QLineEdit(self)
        self.ministry.setAccessibleName(tr("Ministry"))
        form = QFormLayout()
        form.addRow(tr("&Items (Space ticks one):"), self.items)
        form.addRow(tr("Assigned &to:"), self.person)
        form.addRow(tr("&Ministry:"), self.ministry)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.items.setFocus()

    def chosen(self) -> list[str]:
        return [
            self.items.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def prepare(self) -> Any:
        items, person, ministry = self.chosen(), self.person.text(), self.ministry.text()
        if not items or not person.strip():
            self.message.setText(tr("Tick at least one item and say whom it is assigned to."))
            return None
        draft, author = self.draft, self.author
        return lambda: exchange.assign(draft, items, to=person, ministry=ministry, author=author)


class SendPackageDialog(_WorkDialog):
    """One assignee's items as a package, optionally encrypted: ``exchange export``."""

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Send items to a colleague"), parent)
        self.draft, self.author = draft, author
        self.assignee = QComboBox(self)
        self.assignee.setAccessibleName(tr("Assignee"))
        for row in exchange.owed(draft):
            self.assignee.addItem(f"{row.assignee} — {', '.join(row.items)}", row.assignee)
        self.target = QLineEdit(self)
        self.target.setAccessibleName(tr("Package file"))
        self.certificates = QLineEdit(self)
        self.certificates.setAccessibleName(tr("Encrypt to these certificates"))
        self.certificates.setPlaceholderText(tr("optional: recipients' certificate files"))
        form = QFormLayout()
        form.addRow(tr("&Assignee:"), self.assignee)
        form.addRow(
            _label(self, tr("&Package file:"), self.target),
            _path_row(self, self.target, self._choose_target),
        )
        form.addRow(
            _label(self, tr("&Encrypt to:"), self.certificates),
            _path_row(self, self.certificates, self._choose_certificates),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Package file"), "", tr("Exchange packages (*.pdx)")
        )
        if path:
            self.target.setText(path)

    def _choose_certificates(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Recipients' certificates"), "", tr("Certificates (*.pem *.crt *.cer)")
        )
        if paths:
            self.certificates.setText(";".join(paths))

    def prepare(self) -> Any:
        from pactdesk.signing import keys

        person = self.assignee.currentData()
        target = self.target.text().strip()
        if not person or not target:
            self.message.setText(tr("Choose the assignee and the package file."))
            return None
        try:
            recipients = [
                keys.load_certificates(Path(p).read_bytes())[0]
                for p in self.certificates.text().split(";")
                if p.strip()
            ]
        except (OSError, keys.KeyStoreError, IndexError):
            self.message.setText(tr("A certificate file cannot be read."))
            return None
        draft, author = self.draft, self.author
        return lambda: exchange.export_package(
            draft, Path(target), assignee=person, recipients=recipients, author=author
        )


class OwedDialog(QDialog):
    """Who still owes what: assignee, items, fields answered, last return received."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Who owes what"))
        self.resize(820, 360)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(tr("Assignments"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [tr("Assignee"), tr("Ministry"), tr("Items"), tr("Answered"), tr("Last received")]
        )
        for row in exchange.owed(draft):
            last = row.last_received[:16].replace("T", " ") if row.last_received else tr("never")
            self.table.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        row.assignee,
                        row.ministry,
                        ", ".join(row.items),
                        tr("{a} of {t}").format(a=row.answered, t=row.total),
                        last,
                    ]
                )
            )
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class ReturnDialog(_WorkDialog):
    """The contributor's return, signed by their identity if they choose one."""

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        from pactdesk.services import identities

        super().__init__(tr("Send your answers back"), parent)
        self.draft, self.author = draft, author
        self.target = QLineEdit(self)
        self.target.setAccessibleName(tr("Return file"))
        self.identity = QComboBox(self)
        self.identity.setAccessibleName(tr("Sign with"))
        self.identity.addItem(tr("Do not sign"), "")
        mine = identities.ready_identities()
        for identity in mine:
            self.identity.addItem(identity.label(), identity.id)
        if len(mine) == 1:
            self.identity.setCurrentIndex(1)  # signed by your identity where you have one
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase of the identity"))
        form = QFormLayout()
        form.addRow(
            _label(self, tr("&Return file:"), self.target),
            _path_row(self, self.target, self._choose),
        )
        form.addRow(tr("&Sign with:"), self.identity)
        form.addRow(tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Return file"), "", tr("Exchange packages (*.pdx)")
        )
        if path:
            self.target.setText(path)

    def prepare(self) -> Any:
        from pactdesk.services import identities

        target = self.target.text().strip()
        if not target:
            self.message.setText(tr("Choose where to save the return."))
            return None
        identity_id = self.identity.currentData()
        # The one opener and passphrase policy: nothing is kept in the keyring here.
        asker = TypedAnswers.one(self.passphrase.text(), keep=False)
        draft, author = self.draft, self.author

        def work() -> exchange.ExportedReturn:  # on the worker thread
            signer = identities.open_signer(identity_id, asker=asker) if identity_id else None
            return exchange.export_return(draft, Path(target), signer=signer, author=author)

        return work

    def _failed(self, exc: BaseException) -> None:
        from pactdesk.services.identities import WrongPassphraseError

        if isinstance(exc, WrongPassphraseError):
            self.ok_button.setEnabled(True)
            self.message.setText(str(exc))
            return
        super()._failed(exc)


def filter_navigator(navigator: Any, model: Any, items: set[str] | None) -> None:
    """Show only the pages of ``items`` in the navigator (all of them for None)."""
    for page_key in model.page_keys:
        index = model.index_for_key(page_key)
        if page_key.startswith("political/"):
            item = names.item_of_key(page_key)
        else:
            item = page_key.split("/", 1)[1]
        navigator.setRowHidden(index.row(), index.parent(), items is not None and item not in items)
