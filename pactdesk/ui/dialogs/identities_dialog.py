"""Signing identities on this computer: make one, import one, install its certificate.

What ``pactdesk identity create | import | install | list`` do, in the
window and in words an official uses.  Every action is one call of
:mod:`pactdesk.services.identities` (the command layer the command line
uses too), run on the window's worker; each dialog says what happened when
it is done.

* :class:`IdentitiesDialog` — the list, and the buttons for the rest.
* :class:`NewIdentityDialog` — name, organisation, e-mail, a new passphrase.
  When this computer holds the sign-off CA the certificate is issued at
  once; otherwise the certificate request is saved, to send to the
  coordinator.
* :class:`InstallCertificateDialog` — the certificate that came back.
* :class:`ImportIdentityDialog` — a ``.p12``/``.pfx`` file from the ministry's PKI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.fileio import write_atomic
from pactdesk.services import identities
from pactdesk.services.passphrases import kept_sentence
from pactdesk.ui.dialogs.passphrase import TypedAnswers
from pactdesk.ui.dialogs.signing_widgets import (
    FileField,
    NewPassphraseFields,
    OneFileDialog,
    Outcome,
    action_buttons,
    error_text,
    remember_box,
    run_job,
)
from pactdesk.ui.i18n import tr

CERTIFICATE_FILES = "Certificates (*.pem *.crt *.cer *.der);;All files (*)"
REQUEST_FILES = "Certificate requests (*.csr *.pem);;All files (*)"


def file_stem(name: str) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return stem or "identity"


def _state(identity: identities.Identity) -> str:
    if identity.ready and identity.not_after is not None:
        return tr("ready to sign — issued by {issuer}, valid until {date}").format(
            issuer=identity.issuer_name, date=f"{identity.not_after:%d.%m.%Y}"
        )
    return tr("waiting for its certificate from the coordinator")


class NewIdentityDialog(QDialog):
    """Make a signing key for an official; issued at once by a CA here, else a request to send."""

    created = Signal(object)  # identities.CreatedIdentity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New signing identity"))
        self.setObjectName("newIdentityDialog")
        self.resize(620, 520)
        self.result_value: identities.CreatedIdentity | None = None
        self._busy = True
        self._ca: identities.CertificateAuthority | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A signing identity is your key for signing off the contribution. It stays on "
                "this computer, locked by a passphrase only you know."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        for edit, text, name in (
            (self.name, tr("Your &name:"), tr("Your name")),
            (self.organisation, tr("&Organisation:"), tr("Organisation")),
            (self.email, tr("&E-mail:"), tr("E-mail")),
        ):
            edit.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)
        self.new_passphrase = NewPassphraseFields(self, secure=False)
        layout.addWidget(self.new_passphrase)
        self.ca_note = QLabel(tr("Looking for a sign-off CA on this computer…"))
        self.ca_note.setWordWrap(True)
        self.ca_note.setAccessibleName(tr("Who issues the certificate"))
        layout.addWidget(self.ca_note)
        ca_form = QFormLayout()
        self.ca_passphrase = QLineEdit()
        self.ca_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_passphrase.setAccessibleName(tr("Passphrase of the sign-off CA"))
        self.ca_label = QLabel(tr("&CA passphrase:"))
        self.ca_label.setBuddy(self.ca_passphrase)
        ca_form.addRow(self.ca_label, self.ca_passphrase)
        layout.addLayout(ca_form)
        self.request_file = FileField(
            tr("Save the &request as:"),
            accessible=tr("Where to save the certificate request"),
            filters=tr(REQUEST_FILES),
            save=True,
        )
        layout.addWidget(self.request_file)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        box, self.create_button = action_buttons(self, tr("&Make the identity"))
        self.create_button.clicked.connect(self.make_identity)
        layout.addWidget(box)
        for edit in (self.name, self.organisation, self.email, self.ca_passphrase):
            edit.textChanged.connect(self._update)
        self.name.textChanged.connect(self._suggest_request_name)
        self.new_passphrase.changed.connect(self._update)
        self.request_file.changed.connect(self._update)
        self._set_ca_visible(False)
        run_job(self._look, on_done=self._looked, on_error=self._failed, parent=self)

    @staticmethod
    def _look() -> tuple[identities.CertificateAuthority | None, bool]:
        return identities.load_ca(), identities.keyring_state([]).secure

    def _looked(self, result: Any) -> None:
        self._ca, secure = result
        self._busy = False
        self.new_passphrase.remember.setVisible(secure)
        if self._ca is not None:
            self.ca_note.setText(
                tr(
                    "This computer holds the sign-off CA '{ca}': the certificate is issued at "
                    "once. Type the CA's passphrase."
                ).format(ca=self._ca.name)
            )
        else:
            self.ca_note.setText(
                tr(
                    "This computer holds no sign-off CA, so PactDesk saves a certificate "
                    "request: send it to your coordinator, then install the certificate that "
                    "comes back (Install a certificate…)."
                )
            )
        self._set_ca_visible(self._ca is not None)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.outcome.refused(error_text(exc))
        self._update()

    def _set_ca_visible(self, here: bool) -> None:
        self.ca_label.setVisible(here)
        self.ca_passphrase.setVisible(here)
        self.request_file.setVisible(not here)

    def _suggest_request_name(self, name: str) -> None:
        if self._ca is None and not self.request_file.edit.isModified():
            self.request_file.edit.setText(str(Path.home() / f"{file_stem(name)}.csr"))

    def _update(self) -> None:
        filled = all(e.text().strip() for e in (self.name, self.organisation, self.email))
        place = self._ca is not None or self.request_file.path() is not None
        ca_ok = self._ca is None or bool(self.ca_passphrase.text())
        self.create_button.setEnabled(
            not self._busy and filled and not self.new_passphrase.problem() and place and ca_ok
        )

    def make_identity(self) -> None:
        if not self.create_button.isEnabled():
            return
        target = self.request_file.path() if self._ca is None else None
        if target is not None and target.exists():
            self.outcome.refused(
                tr("{path} already exists; choose another name for the request.").format(
                    path=target
                )
            )
            return
        asker = TypedAnswers(
            {"Passphrase of the CA": self.ca_passphrase.text()},
            new_passphrase=self.new_passphrase.first.text(),
            keep=self.new_passphrase.keep(),
            keep_only="the passphrase of ",  # the identity's, never the CA's
        )
        name, organisation, email = (
            self.name.text(),
            self.organisation.text(),
            self.email.text(),
        )

        def work() -> identities.CreatedIdentity:
            made = identities.create_identity(
                name=name, organisation=organisation, email=email, asker=asker
            )
            if target is not None:
                write_atomic(target, made.request)
            return made

        self._busy = True
        self._update()
        self.outcome.busy(tr("Making the key…"))
        run_job(
            work,
            on_done=lambda made: self._created(made, target),
            on_error=self._refused,
            parent=self,
        )

    def _created(self, made: identities.CreatedIdentity, target: Path | None) -> None:
        self._busy = False
        self.result_value = made
        self.new_passphrase.clear()
        self.ca_passphrase.clear()
        kept = tr(kept_sentence(made.kept))
        if made.issued_by:
            text = tr(
                "Made a signing identity for {name}; its certificate was issued by the CA "
                "'{ca}': ready to sign. {kept}"
            ).format(name=made.identity.name, ca=made.issued_by, kept=kept)
        else:
            text = tr(
                "Made a signing identity for {name}. The certificate request is saved in "
                "{path}: send it to your coordinator, then install the certificate that comes "
                "back with Install a certificate…. {kept}"
            ).format(name=made.identity.name, path=target, kept=kept)
        self.outcome.done(text, written=target)
        self.create_button.setEnabled(False)
        self.created.emit(made)

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was made."))
        self._update()


class InstallCertificateDialog(OneFileDialog):
    """Install the certificate the coordinator issued for this computer's request."""

    installed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title=tr("Install a certificate"),
            name="installCertificateDialog",
            size=(600, 260),
            intro=tr(
                "Choose the certificate file your coordinator sent back for your request. "
                "PactDesk finds the identity it belongs to."
            ),
            field=FileField(
                tr("&Certificate:"),
                accessible=tr("Certificate file"),
                filters=tr(CERTIFICATE_FILES),
            ),
            action=tr("&Install"),
            missing=tr("Choose the certificate file first."),
            busy=tr("Installing the certificate…"),
            nothing=tr("Nothing was installed."),
        )
        self.install_button = self.action_button

    def work(self, path: Path) -> identities.Identity:
        return identities.install_certificate(path.read_bytes())

    def show_result(self, identity: identities.Identity) -> None:
        self.outcome.done(
            tr("Installed the certificate of {name} (issued by {issuer}): ready to sign.").format(
                name=identity.name, issuer=identity.issuer_name
            )
        )
        self.installed.emit(identity)


class ImportIdentityDialog(QDialog):
    """Take an identity from the ministry's own PKI: a .p12 / .pfx file and its password."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import a signing identity"))
        self.setObjectName("importIdentityDialog")
        self.resize(600, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Choose the .p12 (or .pfx) file your ministry gave you. Its password becomes the "
                "passphrase of the identity."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.file = FileField(
            tr("&File:"),
            accessible=tr("PKCS#12 file"),
            filters=tr("Identity files (*.p12 *.pfx);;All files (*)"),
        )
        layout.addWidget(self.file)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password of the file"))
        label = QLabel(tr("&Password of the file:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        layout.addLayout(form)
        self.remember = remember_box()
        form.addRow("", self.remember)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        box, self.import_button = action_buttons(self, tr("&Import"))
        self.import_button.clicked.connect(self.start)
        layout.addWidget(box)
        run_job(
            lambda: identities.keyring_state([]).secure,
            on_done=self.remember.setVisible,
            on_error=lambda _e: None,
            parent=self,
        )

    def start(self) -> None:
        path = self.file.path()
        if path is None:
            self.outcome.refused(tr("Choose the file first."))
            return
        keep = self.remember.isVisible() and self.remember.isChecked()
        asker = TypedAnswers.one(self.password.text(), keep=keep)

        def work() -> tuple[identities.Identity, bool]:
            return identities.import_pkcs12(path.read_bytes(), file_name=path.name, asker=asker)

        self.import_button.setEnabled(False)
        self.outcome.busy(tr("Importing…"))
        run_job(work, on_done=self._imported, on_error=self._refused, parent=self)

    def _imported(self, result: Any) -> None:
        identity, kept = result
        self.password.clear()
        self.import_button.setEnabled(True)
        self.outcome.done(
            tr("Imported {name} ({organisation}): ready to sign. {kept}").format(
                name=identity.name, organisation=identity.organisation, kept=tr(kept_sentence(kept))
            )
        )
        self.imported.emit(identity)

    def _refused(self, exc: BaseException) -> None:
        self.password.clear()
        self.import_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was imported."))


class IdentitiesDialog(QDialog):
    """The signing identities on this computer, and what can be done with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Signing identities"))
        self.setObjectName("identitiesDialog")
        self.resize(820, 420)
        self.rows: list[identities.Identity] = []
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Reading the identities on this computer…"))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("Signing identities on this computer"))
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Name"), tr("Organisation"), tr("E-mail"), tr("State")]
        )
        self.table.setAccessibleName(tr("Signing identities"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("&New identity…"))
        self.import_button = QPushButton(tr("&Import from a .p12 file…"))
        self.install_button = QPushButton(tr("Install a &certificate…"))
        self.request_button = QPushButton(tr("Save the certificate &request…"))
        for button in (
            self.new_button,
            self.import_button,
            self.install_button,
            self.request_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.new_button.clicked.connect(lambda: self._open(NewIdentityDialog(self)))
        self.import_button.clicked.connect(lambda: self._open(ImportIdentityDialog(self)))
        self.install_button.clicked.connect(lambda: self._open(InstallCertificateDialog(self)))
        self.request_button.clicked.connect(self.save_request)
        self.table.itemSelectionChanged.connect(self._update)
        self.child: QDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        run_job(identities.list_identities, on_done=self._show, on_error=self._failed, parent=self)

    def _show(self, rows: list[identities.Identity]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        for index, identity in enumerate(rows):
            for column, text in enumerate(
                (identity.name, identity.organisation, identity.email, _state(identity))
            ):
                self.table.setItem(index, column, QTableWidgetItem(text))
        ready = sum(1 for i in rows if i.ready)
        if not rows:
            self.heading.setText(
                tr(
                    "There is no signing identity on this computer yet. Make one (New "
                    "identity…) or import the one your ministry gave you."
                )
            )
        else:
            self.heading.setText(
                tr(
                    "%n signing identity(ies) on this computer; ready to sign: {ready}.",
                    "",
                    len(rows),
                ).format(ready=ready)
            )
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(error_text(exc))

    def _selected(self) -> identities.Identity | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        chosen = self._selected()
        self.request_button.setEnabled(chosen is not None and not chosen.ready)

    def _open(self, dialog: QDialog) -> QDialog:
        self.child = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def save_request(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen.ready:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the certificate request"),
            str(Path.home() / f"{file_stem(chosen.name)}.csr"),
            tr(REQUEST_FILES),
        )
        if not name:
            return
        try:
            write_atomic(Path(name), identities.request_pem(chosen.id))
        except (OSError, identities.KeyStoreError) as exc:
            self.outcome.refused(error_text(exc))
            return
        self.outcome.done(
            tr("Saved {name}'s certificate request in {path}: send it to your coordinator.").format(
                name=chosen.name, path=name
            ),
            written=Path(name),
        )
