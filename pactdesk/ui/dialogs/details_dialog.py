"""The contribution's details: the ministry and its contact point for the Commission.

What ``pactdesk details DRAFT --ministry … --contact-name … --contact-email …
--contact-phone …`` does, in the window.  The details are read and saved
(:mod:`pactdesk.services.details`, one transaction) on the window's worker;
saving them makes a new revision, so the dialog says that earlier sign-offs
are now outdated.  They are printed on the PDF's cover.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.contribution import DETAIL_MAX_LENGTH, ContributionDetails
from pactdesk.services import details as details_service
from pactdesk.services.drafts import Draft
from pactdesk.ui.dialogs.signing_widgets import Outcome, error_text, run_job
from pactdesk.ui.i18n import tr


class DetailsDialog(QDialog):
    """Enter the ministry and the contact point that the submitted contribution names."""

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.author = author
        self.current = ContributionDetails()
        self.setWindowTitle(tr("Contribution details"))
        self.setObjectName("detailsDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "The ministry that sends this contribution and the person the Commission "
                "can contact about it. They are printed on the cover of the PDF and signed "
                "with the contribution: saving them makes a new version, so sign-offs made "
                "before must be made again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.ministry = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_phone = QLineEdit()
        form = QFormLayout()
        for label_text, field, name in (
            (tr("&Ministry:"), self.ministry, tr("Ministry")),
            (tr("Contact &name:"), self.contact_name, tr("Name of the contact point")),
            (tr("&E-mail:"), self.contact_email, tr("E-mail of the contact point")),
            (tr("&Telephone:"), self.contact_phone, tr("Telephone of the contact point")),
        ):
            field.setMaxLength(DETAIL_MAX_LENGTH)
            field.setAccessibleName(name)
            field.setEnabled(False)  # until the details are read
            label = QLabel(label_text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.contact_email.setPlaceholderText(tr("name@ministry.example"))
        self.contact_phone.setPlaceholderText(tr("+32 2 123 45 67"))
        layout.addLayout(form)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setAccessibleName(tr("Save the details"))
        self.save_button.setEnabled(False)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(box)
        self.resize(560, self.sizeHint().height())
        self._writable = not draft.info.read_only
        draft_ = draft
        run_job(
            lambda: details_service.details_of(draft_),
            on_done=self._show,
            on_error=lambda exc: self.outcome.refused(error_text(exc)),
            parent=self,
        )

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.ministry, self.contact_name, self.contact_email, self.contact_phone)

    def _show(self, details: ContributionDetails) -> None:
        self.current = details
        self.ministry.setText(details.ministry)
        self.contact_name.setText(details.contact_name)
        self.contact_email.setText(details.contact_email)
        self.contact_phone.setText(details.contact_phone)
        for field in self._fields():
            field.setEnabled(self._writable)
        self.save_button.setEnabled(self._writable)
        if not self._writable:
            self.outcome.refused(tr("This draft is open read-only; the details cannot be changed."))
        self.ministry.setFocus()

    def entered(self) -> ContributionDetails:
        """The details as typed, each stripped."""
        return details_service.with_changes(
            self.current,
            ministry=self.ministry.text(),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
        )

    def save(self) -> None:
        wanted = self.entered()
        if wanted == self.current:
            self.outcome.done(tr("Nothing to save: the details are unchanged."))
            return
        problems = wanted.problems()
        if problems:
            self.outcome.refused(tr("The details were not saved."), problems)
            self.outcome.details_button.setChecked(True)
            return
        draft, author = self.draft, self.author
        self.save_button.setEnabled(False)
        self.outcome.busy(tr("Saving the details…"))
        run_job(
            lambda: details_service.save_details(draft, wanted, author=author),
            on_done=lambda result: self._saved(wanted, result.head.revision),
            on_error=self._refused,
            parent=self,
        )

    def _saved(self, details: ContributionDetails, revision: int) -> None:
        self.current = details
        self.save_button.setEnabled(self._writable)
        self.outcome.done(
            tr(
                "Saved the details (revision {revision}). Any sign-off made before now is outdated."
            ).format(revision=revision)
        )

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self._writable)
        self.outcome.refused(
            error_text(exc) + " " + tr("Nothing was changed."), getattr(exc, "details", ())
        )
