"""The coordinator's sign-off CA: make it, give recipients its certificate, issue colleagues',
revoke one and save the revocation list.

What ``pactdesk ca create | export | issue | revoke | crl`` do, in the window.  The CA is
the ministry's small certificate authority, kept on the coordinator's
computer: colleagues' signing certificates are issued from it, and the
Commission's desk officer trusts its certificate when verifying a bundle.
Every action is one call of :mod:`pactdesk.services.identities`, run on the
window's worker; the dialog says what happened when it is done.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.fileio import write_atomic
from pactdesk.services import identities
from pactdesk.services.passphrases import kept_sentence
from pactdesk.signing.revocation import CRL_DAYS
from pactdesk.ui.dialogs.identities_dialog import CERTIFICATE_FILES, REQUEST_FILES, file_stem
from pactdesk.ui.dialogs.passphrase import TypedAnswers
from pactdesk.ui.dialogs.signing_widgets import (
    FileField,
    NewPassphraseFields,
    Outcome,
    error_text,
    run_job,
)
from pactdesk.ui.i18n import tr


class AuthorityDialog(QDialog):
    """Make the sign-off CA here, or use the one this computer holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign-off authority (CA)"))
        self.setObjectName("authorityDialog")
        self.resize(680, 700)
        self.ca: identities.CertificateAuthority | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Looking for a sign-off CA on this computer…"))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("The sign-off CA of this computer"))
        layout.addWidget(self.heading)

        # -- make one (the coordinator, once)
        self.create_box = QGroupBox(tr("Make the ministry's sign-off CA"))
        create = QFormLayout(self.create_box)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name of the CA"))
        self.name.setPlaceholderText(tr("e.g. Ministry of the Interior sign-off CA"))
        name_label = QLabel(tr("&Name:"))
        name_label.setBuddy(self.name)
        create.addRow(name_label, self.name)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(tr("Organisation of the CA"))
        org_label = QLabel(tr("&Organisation:"))
        org_label.setBuddy(self.organisation)
        create.addRow(org_label, self.organisation)
        self.new_passphrase = NewPassphraseFields(self, secure=False)
        create.addRow(self.new_passphrase)
        self.create_button = QPushButton(tr("&Make the CA"))
        self.create_button.setAccessibleName(tr("Make the CA"))
        self.create_button.clicked.connect(self.make_ca)
        create.addRow(self.create_button)
        layout.addWidget(self.create_box)

        # -- its certificate, for recipients
        self.export_box = QGroupBox(tr("Give recipients the CA's certificate"))
        export = QVBoxLayout(self.export_box)
        export_intro = QLabel(
            tr(
                "The Commission's desk officer needs this file to check who signed your "
                "bundle. Send it separately from the bundle."
            )
        )
        export_intro.setWordWrap(True)
        export.addWidget(export_intro)
        self.export_file = FileField(
            tr("&Save as:"),
            accessible=tr("Where to save the CA certificate"),
            filters=tr(CERTIFICATE_FILES),
            save=True,
        )
        export.addWidget(self.export_file)
        self.export_button = QPushButton(tr("&Export the certificate"))
        self.export_button.setAccessibleName(tr("Export the CA certificate"))
        self.export_button.clicked.connect(self.export)
        export.addWidget(self.export_button)
        layout.addWidget(self.export_box)

        # -- the CA's passphrase, for issuing and revoking
        self.passphrase_box = QWidget()
        passphrase = QFormLayout(self.passphrase_box)
        passphrase.setContentsMargins(0, 0, 0, 0)
        self.ca_passphrase = QLineEdit()
        self.ca_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_passphrase.setAccessibleName(tr("Passphrase of the sign-off CA"))
        ca_label = QLabel(tr("CA &passphrase:"))
        ca_label.setBuddy(self.ca_passphrase)
        passphrase.addRow(ca_label, self.ca_passphrase)
        self.ca_note = QLabel(
            tr("For issuing and revoking. Leave it empty if the keyring keeps it.")
        )
        self.ca_note.setWordWrap(True)
        passphrase.addRow("", self.ca_note)
        layout.addWidget(self.passphrase_box)

        # -- a colleague's certificate
        self.issue_box = QGroupBox(tr("Issue a colleague's certificate"))
        issue = QFormLayout(self.issue_box)
        self.request_file = FileField(
            tr("Their &request:"),
            accessible=tr("The colleague's certificate request"),
            filters=tr(REQUEST_FILES),
        )
        issue.addRow(self.request_file)
        self.request_note = QLabel("")
        self.request_note.setWordWrap(True)
        self.request_note.setAccessibleName(tr("Who the request is from"))
        issue.addRow(self.request_note)
        self.certificate_file = FileField(
            tr("Save the &certificate as:"),
            accessible=tr("Where to save the issued certificate"),
            filters=tr(CERTIFICATE_FILES),
            save=True,
        )
        issue.addRow(self.certificate_file)
        self.issue_button = QPushButton(tr("&Issue the certificate"))
        self.issue_button.setAccessibleName(tr("Issue the certificate"))
        self.issue_button.clicked.connect(self.issue)
        issue.addRow(self.issue_button)
        layout.addWidget(self.issue_box)

        # -- revocation: a certificate that must no longer count, and the list saying so
        self.revoke_box = QGroupBox(tr("Revoke a certificate"))
        revoke = QFormLayout(self.revoke_box)
        self.revoke_file = FileField(
            tr("Certificate to re&voke:"),
            accessible=tr("The certificate to revoke"),
            filters=tr(CERTIFICATE_FILES),
        )
        revoke.addRow(self.revoke_file)
        self.reason = QComboBox()
        self.reason.setAccessibleName(tr("Why it is revoked"))
        for code, text in (
            ("keyCompromise", tr("The key may be known to someone else")),
            ("affiliationChanged", tr("The person changed post or organisation")),
            ("superseded", tr("Replaced by a new certificate")),
            ("cessationOfOperation", tr("The person no longer signs for the ministry")),
            ("unspecified", tr("No reason given")),
        ):
            self.reason.addItem(text, code)
        reason_label = QLabel(tr("Re&ason:"))
        reason_label.setBuddy(self.reason)
        revoke.addRow(reason_label, self.reason)
        self.revoke_button = QPushButton(tr("Revoke the cer&tificate"))
        self.revoke_button.setAccessibleName(tr("Revoke the certificate"))
        self.revoke_button.clicked.connect(self.revoke)
        revoke.addRow(self.revoke_button)
        crl_intro = QLabel("")
        crl_intro.setWordWrap(True)
        self.crl_intro = crl_intro
        revoke.addRow(crl_intro)
        self.crl_file = FileField(
            tr("Save the &list as:"),
            accessible=tr("Where to save the revocation list"),
            filters=tr("Revocation lists (*.crl);;All files (*)"),
            save=True,
        )
        revoke.addRow(self.crl_file)
        self.crl_button = QPushButton(tr("Save the revocation list"))
        self.crl_button.setAccessibleName(tr("Save the revocation list"))
        self.crl_button.clicked.connect(self.save_crl)
        revoke.addRow(self.crl_button)
        layout.addWidget(self.revoke_box)

        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.request_file.changed.connect(self._read_request)
        for box_ in (
            self.create_box,
            self.export_box,
            self.passphrase_box,
            self.issue_box,
            self.revoke_box,
        ):
            box_.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        def work() -> tuple[identities.CertificateAuthority | None, bool]:
            return identities.load_ca(), identities.keyring_state([]).secure

        run_job(work, on_done=self._show, on_error=self._failed, parent=self)

    def _show(self, result: Any) -> None:
        self.ca, secure = result
        self.new_passphrase.remember.setVisible(secure)
        here = self.ca is not None
        self.create_box.setVisible(not here)
        self.export_box.setVisible(here)
        self.issue_box.setVisible(here)
        self.passphrase_box.setVisible(here)
        self.revoke_box.setVisible(here)
        if self.ca is None:
            self.heading.setText(
                tr(
                    "This computer holds no sign-off CA. The coordinator makes one, once, on "
                    "their own computer; colleagues send their certificate requests to it."
                )
            )
            return
        until = self.ca.certificate.not_valid_after_utc
        self.heading.setText(
            tr("This computer holds the sign-off CA '{name}' (valid until {date}).").format(
                name=self.ca.name, date=f"{until:%d.%m.%Y}"
            )
        )
        if not self.export_file.edit.text():
            self.export_file.set_path(Path.home() / f"{file_stem(self.ca.name)}.pem")
        if not self.crl_file.edit.text():
            self.crl_file.set_path(Path.home() / f"{file_stem(self.ca.name)}.crl")
        self.crl_intro.setText(
            tr(
                "Publish the revocation list where the certificates say it is ({url}), and "
                "give it to whoever makes the bundle: the bundle carries it."
            ).format(url=self.ca.crl_url)
        )

    def _failed(self, exc: BaseException) -> None:
        self.outcome.refused(error_text(exc))

    # -- make

    def make_ca(self) -> None:
        problem = self.new_passphrase.problem()
        if not self.name.text().strip():
            problem = tr("Give the CA a name.")
        if problem:
            self.outcome.refused(problem)
            return
        asker = TypedAnswers(
            new_passphrase=self.new_passphrase.first.text(), keep=self.new_passphrase.keep()
        )
        name, organisation = self.name.text(), self.organisation.text()

        def work() -> tuple[identities.CertificateAuthority, bool]:
            return identities.create_ca(name=name, organisation=organisation, asker=asker)

        self.create_button.setEnabled(False)
        self.outcome.busy(tr("Making the CA…"))
        run_job(work, on_done=self._created, on_error=self._create_refused, parent=self)

    def _created(self, result: Any) -> None:
        ca, kept = result
        self.new_passphrase.clear()
        self.create_button.setEnabled(True)
        self.outcome.done(
            tr(
                "Made the sign-off CA '{name}' on this computer; its key is kept encrypted. "
                "{kept} Now export its certificate for recipients."
            ).format(name=ca.name, kept=tr(kept_sentence(kept)))
        )
        self.refresh()  # the CA is here now: show its certificate and issuing

    def _create_refused(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was made."))

    # -- export

    def export(self) -> None:
        target = self.export_file.path()
        if self.ca is None or target is None:
            self.outcome.refused(tr("Choose where to save the certificate first."))
            return
        ca = self.ca

        def work() -> Path:
            write_atomic(target, ca.pem())
            return target

        self.outcome.busy(tr("Saving the certificate…"))
        run_job(
            work,
            on_done=lambda path: self.outcome.done(
                tr(
                    "Saved the certificate of '{name}' in {path}. Send it to the recipients "
                    "separately from the bundle."
                ).format(name=ca.name, path=path),
                written=path,
            ),
            on_error=lambda exc: self.outcome.refused(error_text(exc)),
            parent=self,
        )

    # -- issue

    def _read_request(self) -> None:
        path = self.request_file.path()
        if path is None or not path.is_file():
            self.request_note.setText("")
            return

        def work() -> Any:
            return identities.read_certificate_request(path.read_bytes())

        def shown(person: Any) -> None:
            self.request_note.setText(
                tr("The request is from {name} ({organisation}, {email}).").format(
                    name=person.name, organisation=person.organisation, email=person.email
                )
            )
            if not self.certificate_file.edit.text():
                self.certificate_file.set_path(path.with_name(f"{file_stem(person.name)}.pem"))

        run_job(
            work,
            on_done=shown,
            on_error=lambda exc: self.request_note.setText(error_text(exc)),
            parent=self,
        )

    def issue(self) -> None:
        request, target = self.request_file.path(), self.certificate_file.path()
        if request is None or target is None:
            self.outcome.refused(tr("Choose the request and where to save the certificate."))
            return
        if target.exists():
            self.outcome.refused(
                tr("{path} already exists; choose another name.").format(path=target)
            )
            return
        asker = TypedAnswers.one(self.ca_passphrase.text(), keep=False)

        def work() -> identities.IssuedCertificate:
            issued = identities.issue_certificate(request.read_bytes(), asker=asker)
            write_atomic(target, issued.file)
            return issued

        self.issue_button.setEnabled(False)
        self.outcome.busy(tr("Issuing the certificate…"))
        run_job(
            work,
            on_done=lambda issued: self._issued(issued, target),
            on_error=self._issue_refused,
            parent=self,
        )

    def _issued(self, issued: identities.IssuedCertificate, target: Path) -> None:
        self.ca_passphrase.clear()
        self.issue_button.setEnabled(True)
        self.outcome.done(
            tr(
                "Issued a signing certificate for {name} ({organisation}), valid until {date}, "
                "in {path}. Send it back to them: they install it under Signing identities → "
                "Install a certificate."
            ).format(
                name=issued.person.name,
                organisation=issued.person.organisation,
                date=f"{issued.not_after:%d.%m.%Y}",
                path=target,
            ),
            written=target,
        )

    def _issue_refused(self, exc: BaseException) -> None:
        self.ca_passphrase.clear()
        self.issue_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was issued."))

    # -- revoke, and the revocation list

    def revoke(self) -> None:
        source = self.revoke_file.path()
        if source is None:
            self.outcome.refused(tr("Choose the certificate to revoke first."))
            return
        asker = TypedAnswers.one(self.ca_passphrase.text(), keep=False)
        reason = str(self.reason.currentData())

        def work() -> identities.RevokedCertificate:
            return identities.revoke_certificate(source.read_bytes(), reason=reason, asker=asker)

        self.revoke_button.setEnabled(False)
        self.outcome.busy(tr("Revoking the certificate…"))
        run_job(work, on_done=self._revoked, on_error=self._revoke_refused, parent=self)

    def _revoked(self, done: identities.RevokedCertificate) -> None:
        self.ca_passphrase.clear()
        self.revoke_button.setEnabled(True)
        self.outcome.done(
            tr(
                "Revoked the certificate of {name} ({email}) as of {date}. Its signatures made "
                "from now on do not count. Save the revocation list and publish it."
            ).format(
                name=done.person.name,
                email=done.person.email,
                date=f"{done.revoked_at:%d.%m.%Y %H:%M} UTC",
            )
        )

    def _revoke_refused(self, exc: BaseException) -> None:
        self.ca_passphrase.clear()
        self.revoke_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was revoked."))

    def save_crl(self) -> None:
        target = self.crl_file.path()
        if self.ca is None or target is None:
            self.outcome.refused(tr("Choose where to save the revocation list first."))
            return
        asker = TypedAnswers.one(self.ca_passphrase.text(), keep=False)

        def work() -> Path:
            write_atomic(target, identities.issue_crl(asker=asker).der)
            return target

        self.crl_button.setEnabled(False)
        self.outcome.busy(tr("Saving the revocation list…"))
        run_job(work, on_done=self._crl_saved, on_error=self._crl_refused, parent=self)

    def _crl_saved(self, path: Path) -> None:
        self.ca_passphrase.clear()
        self.crl_button.setEnabled(True)
        self.outcome.done(
            tr("Saved the revocation list in {path}; it is current for {days} days.").format(
                path=path, days=CRL_DAYS
            ),
            written=path,
        )

    def _crl_refused(self, exc: BaseException) -> None:
        self.ca_passphrase.clear()
        self.crl_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was saved."))
