"""The signing dialog: read exactly what you sign, choose identity and role, sign.

The content is shown as the official reads it — every answer, prompt
answer, data point and reference rendered as text, built from the very
canonical JSON bytes the sign-off signs (:func:`pactdesk.services.sign_off_preview.preview`)
— not as a hash.  The digest is a technical detail, one click away, and is
handed to :func:`~pactdesk.services.sign_offs.sign` so that a sign-off is
refused if the contribution changed after it was shown.

A version that still has validation errors can be signed (a reviewer may
approve the text before the data are complete), but the dialog says how
many and which from the start, and asks once more before signing it
("Sign anyway").  When it is done the dialog says what happened and what
still stands in the way of submission.

The key is opened by :func:`pactdesk.services.identities.open_signer`, the
one opener the command line uses too, with what was typed
(:class:`~pactdesk.ui.dialogs.signing_widgets.SignerFields`).  Loading the
preview and signing run on the window's worker; widgets are touched on the
GUI thread only.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import identities, sign_off_preview, sign_off_roles, sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.services.submission import SubmissionState, submission_state
from pactdesk.ui.dialogs.signing_widgets import Outcome, SignerFields, error_text, run_job
from pactdesk.ui.i18n import tr

#: How many errors the warning names before "… and N more".
ERRORS_NAMED = 5


def errors_warning(state: SubmissionState) -> str:
    """ "This version still has N errors: …" — how many, and which (the first few by name)."""
    count = len(state.errors)
    if not count:
        return ""
    named = [f"• {finding.item}: {finding.message}" for finding in state.errors[:ERRORS_NAMED]]
    if count > ERRORS_NAMED:
        named.append(tr("… and {count} more (see Checks).").format(count=count - ERRORS_NAMED))
    first = (
        tr("This version still has 1 error; it cannot be submitted until it is corrected:")
        if count == 1
        else tr(
            "This version still has {count} errors; it cannot be submitted until they are "
            "corrected:"
        ).format(count=count)
    )
    return "\n".join([first, *named])


def still_needed(state: SubmissionState) -> str:
    """What still stands in the way of submission after a sign-off, in one sentence."""
    if state.ready:
        return tr("Every required sign-off holds: the contribution can be submitted.")
    parts = []
    if len(state.errors) == 1:
        parts.append(tr("1 validation error to correct"))
    elif state.errors:
        parts.append(tr("{count} validation errors to correct").format(count=len(state.errors)))
    parts += [tr("a sign-off as {role}").format(role=r) for r in state.missing_roles]
    parts += [tr("a new sign-off as {role}").format(role=r) for r in state.outdated_roles]
    return tr("Before submission: {things}.").format(things=", ".join(parts))


# -- the readable content ---------------------------------------------------------------


def content_html(preview: sign_off_preview.SignOffPreview) -> str:
    """The contribution as HTML for a QTextBrowser: headings, labels, the texts themselves."""
    parts = [f"<h1>{html.escape(preview.title)}</h1>"]
    for block in preview.blocks:
        tag = "h2" if block.level == 1 else "h3"
        parts.append(f"<{tag}>{html.escape(block.heading)}</{tag}>")
        for label, text in block.paragraphs:
            body = html.escape(text).replace("\n", "<br/>")
            style = ' style="color:#8a1c1c"' if text == "(not answered)" else ""
            parts.append(f"<p><b>{html.escape(label)}</b><br/><span{style}>{body}</span></p>")
    return "\n".join(parts)


class SignDialog(QDialog):
    """Sign off the draft's contribution at its current revision."""

    signed = Signal(object)  # the SignOff

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.preview: sign_off_preview.SignOffPreview | None = None
        self.state: SubmissionState | None = None
        self.sign_off: sign_offs.SignOff | None = None
        self._busy = False
        self._warned = False
        self.setWindowTitle(tr("Sign off the contribution"))
        self.setObjectName("signDialog")
        self.setAccessibleName(tr("Sign off the contribution"))
        self.resize(860, 720)

        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Loading the content to sign…"))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("What you are signing"))
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        layout.addWidget(self.heading)
        self.about = QLabel("")
        self.about.setWordWrap(True)
        self.about.setAccessibleName(tr("Revision and how much is answered"))
        layout.addWidget(self.about)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Errors in this version"))
        self.warning.setStyleSheet(
            "QLabel { background: #fff4d6; color: #6b4d00; border: 1px solid #d9b44a; "
            "padding: 6px; }"
        )
        self.warning.hide()
        layout.addWidget(self.warning)

        self.content = QTextBrowser()
        self.content.setAccessibleName(tr("The contribution you are signing"))
        self.content.setOpenExternalLinks(False)
        layout.addWidget(self.content, stretch=1)

        self.digest_button = QPushButton(tr("Technical &details"))
        self.digest_button.setCheckable(True)
        self.digest_button.setAccessibleName(tr("Show the technical details of what is signed"))
        self.digest = QLabel("")
        self.digest.setWordWrap(True)
        self.digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digest.setAccessibleName(tr("Content digest"))
        self.digest.hide()
        self.digest_button.toggled.connect(self.digest.setVisible)
        layout.addWidget(self.digest_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.digest)

        form = QFormLayout()
        self.signer_fields = SignerFields(self)
        self.identity = self.signer_fields.identity
        self.passphrase = self.signer_fields.passphrase
        self.keyring_note = self.signer_fields.keyring_note
        self.remember = self.signer_fields.remember
        form.addRow(self.signer_fields)
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        role_label = QLabel(tr("&Role:"))
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)
        layout.addLayout(form)

        self.confirm = QCheckBox(
            tr("I have &read the contribution above and sign it off in the chosen role.")
        )
        self.confirm.setAccessibleName(tr("I have read the contribution and sign it off"))
        layout.addWidget(self.confirm)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f;")
        self.error.setAccessibleName(tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            tr("&Sign off"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setAccessibleName(tr("Sign off"))
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self._close)
        layout.addWidget(self.buttons)

        self.signer_fields.changed.connect(self._update)
        self.signer_fields.loaded.connect(self._identities_loaded)
        self.role.currentIndexChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self.passphrase.textEdited.connect(lambda _text: self._show_error(""))

        self._update()
        self._load()

    # -- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        draft = self.draft

        def work() -> tuple[Any, ...]:
            return (
                sign_off_preview.preview(draft),
                sign_off_roles.sign_off_roles(draft),
                sign_offs.summary(draft),
                submission_state(draft),
            )

        self._busy = True
        run_job(work, on_done=self._loaded, on_error=self._failed, parent=self)

    def _identities_loaded(self) -> None:
        if not self.signer_fields.has_identities():
            self._show_error(
                tr(
                    "There is no signing identity with a certificate on this computer. "
                    "Make one first: Sign-off → Signing identities → New identity."
                )
            )

    def _loaded(self, result: Any) -> None:
        preview, roles, state, self.state = result
        self._busy = False
        self.preview = preview
        self.heading.setText(preview.title)
        self.about.setText(
            tr("Revision {revision} · {answered} of {total} fields answered.").format(
                revision=preview.revision, answered=preview.answered, total=preview.total
            )
        )
        self.digest.setText(
            tr(
                "What is signed is the contribution's exact content (its canonical JSON) at "
                "revision {revision}; SHA-256 {digest}."
            ).format(revision=preview.revision, digest=preview.content_sha256)
        )
        warning = errors_warning(self.state)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.content.setHtml(content_html(preview))
        model = QStandardItemModel(self.role)
        signed = {s.role.name: s.holding for s in state.roles}
        first_open = -1
        for index, role in enumerate(roles):
            holder = signed.get(role.name)
            kind = tr("required") if role.required else tr("optional")
            text = f"{role.name} ({kind})"
            item = QStandardItem(text)
            item.setData(role.name, Qt.ItemDataRole.UserRole)
            if holder is not None:
                item.setText(
                    tr("{role} — signed by {name}").format(role=role.name, name=holder.signer_name)
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first_open < 0:
                first_open = index
            model.appendRow(item)
        self.role.setModel(model)
        self.role.setCurrentIndex(max(first_open, 0))
        if first_open < 0:
            self._show_error(
                tr("Every role of this contribution is already signed at this revision.")
            )
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._show_error(error_text(exc))
        self._update()

    # -- state -----------------------------------------------------------------------

    def _selected_identity(self) -> str | None:
        return self.signer_fields.identity_id()

    def _selected_role(self) -> str | None:
        value = self.role.currentData(Qt.ItemDataRole.UserRole)
        if not value:
            return None
        model = self.role.model()
        index = model.index(self.role.currentIndex(), 0)
        if not (model.flags(index) & Qt.ItemFlag.ItemIsEnabled):
            return None
        return str(value)

    def _update(self) -> None:
        ready = (
            not self._busy
            and self.sign_off is None
            and self.preview is not None
            and self._selected_role() is not None
            and self.confirm.isChecked()
            and self.signer_fields.complete()
        )
        self.sign_button.setEnabled(ready)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _close(self) -> None:
        if self.sign_off is not None:
            self.accept()
        else:
            self.reject()

    # -- signing ---------------------------------------------------------------------

    def sign(self) -> None:
        identity_id = self._selected_identity()
        role = self._selected_role()
        if self.preview is None or identity_id is None or role is None or self._busy:
            return
        if self.state is not None and self.state.errors and not self._warned:
            # Ask first: a version with errors cannot be submitted as it is.
            self._warned = True
            count = len(self.state.errors)
            ask = (
                tr("This version still has 1 error (shown above).")
                if count == 1
                else tr("This version still has {count} errors (listed above).").format(count=count)
            )
            self._show_error(
                ask
                + " "
                + tr("Press Sign anyway to sign it as it is, or Cancel to correct them first.")
            )
            self.sign_button.setText(tr("Sign &anyway"))
            self.sign_button.setAccessibleName(tr("Sign anyway"))
            return
        asker = self.signer_fields.asker()
        expected = self.preview.content_sha256
        draft = self.draft

        def work() -> tuple[sign_offs.SignOff, SubmissionState]:
            sign_offs.check_can_sign(draft, identity_id=identity_id, role=role)
            signer = identities.open_signer(identity_id, asker=asker)
            made = sign_offs.sign(draft, signer, role, expected_content_sha256=expected)
            return made, submission_state(draft)

        self._busy = True
        self._show_error("")
        self.sign_button.setEnabled(False)
        self.sign_button.setText(tr("Signing…"))
        run_job(work, on_done=self._signed, on_error=self._sign_failed, parent=self)

    def _signed(self, result: Any) -> None:
        made, state = result
        self._busy = False
        self.signer_fields.after_use(ok=True)
        self.sign_off = made
        self.state = state
        self.sign_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Close"))
        self.outcome.done(
            tr("Signed. {name} signed off revision {revision} as {role}. {next}").format(
                name=made.signer_name,
                revision=made.revision,
                role=made.role,
                next=still_needed(state),
            )
        )
        self.signed.emit(made)

    def _sign_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.sign_button.setText(tr("Sign &anyway") if self._warned else tr("&Sign off"))
        self.signer_fields.after_use(ok=False)
        self._show_error(error_text(exc) + " " + tr("Nothing was signed."))
        self._update()
