"""The signing dialog: read exactly what you sign, choose identity and role, sign.

The content is shown as the official reads it — every answer, prompt
answer, data point and reference rendered as text, built from the very
canonical JSON bytes the sign-off signs (:func:`pactdesk.services.sign_off_preview.preview`)
— not as a hash.  The digest is shown too, small, and is handed to
:func:`~pactdesk.services.sign_offs.sign` so that a sign-off is refused if the
contribution changed after it was shown.

Loading the preview and signing (opening the key, CMS, the draft's
transaction) run off the GUI thread, on :mod:`pactdesk.ui.tasks`'s worker
when it is there, else on a thread of this module; widgets are touched on
the GUI thread only.
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
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import identities, sign_off_preview, sign_off_roles, sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background

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
        self.sign_off: sign_offs.SignOff | None = None
        self._busy = False
        self._secure = False
        self._stored: dict[str, bool] = {}
        self.setWindowTitle(tr("Sign off the contribution"))
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
        self.digest = QLabel("")
        self.digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digest.setAccessibleName(tr("Revision and content digest"))
        layout.addWidget(self.digest)

        self.content = QTextBrowser()
        self.content.setAccessibleName(tr("The contribution you are signing"))
        self.content.setOpenExternalLinks(False)
        layout.addWidget(self.content, stretch=1)

        form = QFormLayout()
        self.identity = QComboBox()
        self.identity.setAccessibleName(tr("Signing identity"))
        identity_label = QLabel(tr("Signing &identity:"))
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, self.identity)
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        role_label = QLabel(tr("&Role:"))
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase"))
        passphrase_label = QLabel(tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        self.keyring_note = QLabel("")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleName(tr("Where the passphrase comes from"))
        form.addRow("", self.keyring_note)
        self.remember = QCheckBox(tr("Re&member the passphrase in the operating system's keyring"))
        self.remember.setAccessibleName(tr("Remember the passphrase in the keyring"))
        form.addRow("", self.remember)
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

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            tr("&Sign off"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setAccessibleName(tr("Sign off"))
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.identity.currentIndexChanged.connect(self._update)
        self.role.currentIndexChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.textEdited.connect(lambda _text: self._show_error(""))

        self._fill_identities()
        self._update()
        self._load()

    # -- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        draft = self.draft

        identity_ids = [str(self.identity.itemData(i)) for i in range(self.identity.count())]

        def work() -> tuple[Any, ...]:
            # Keyring look-ups may block (an unlock prompt): never on the GUI thread.
            state = identities.keyring_state(identity_ids)
            return (
                sign_off_preview.preview(draft),
                sign_off_roles.sign_off_roles(draft),
                sign_offs.summary(draft),
                state.secure,
                state.stored,
            )

        self._busy = True
        run_in_background(work, on_done=self._loaded, on_error=self._failed, parent=self)

    def _loaded(self, result: Any) -> None:
        preview, roles, state, self._secure, self._stored = result
        self._busy = False
        self.preview = preview
        self.heading.setText(preview.title)
        self.digest.setText(
            tr(
                "Revision {revision} · {answered} of {total} fields answered · "
                "SHA-256 of the signed content: {digest}"
            ).format(
                revision=preview.revision,
                answered=preview.answered,
                total=preview.total,
                digest=preview.content_sha256,
            )
        )
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
        self._show_error(str(exc) or type(exc).__name__)
        self._update()

    def _fill_identities(self) -> None:
        self.identity.clear()
        for identity in identities.ready_identities():
            self.identity.addItem(
                f"{identity.name} — {identity.organisation} <{identity.email}>", identity.id
            )
        if self.identity.count() == 0:
            self._show_error(
                tr(
                    "There is no signing identity with a certificate on this computer. "
                    "Create one first (pactdesk identity create), or install its certificate."
                )
            )

    # -- state -----------------------------------------------------------------------

    def _selected_identity(self) -> str | None:
        value = self.identity.currentData()
        return str(value) if value else None

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
        identity_id = self._selected_identity()
        secure = self._secure
        stored = identity_id is not None and self._stored.get(identity_id, False)
        if self.preview is None:
            self.keyring_note.setText("")
        elif not secure:
            self.keyring_note.setText(
                tr(
                    "No secure keyring is usable on this computer, so the passphrase is not "
                    "remembered: type it each time."
                )
            )
        elif stored:
            self.keyring_note.setText(
                tr(
                    "The passphrase is kept in the operating system's keyring; leave the field "
                    "empty to use it."
                )
            )
        else:
            self.keyring_note.setText(tr("Type the passphrase of this identity."))
        self.remember.setVisible(secure and not stored)
        self.remember.setChecked(self.remember.isChecked() if secure else False)
        ready = (
            not self._busy
            and self.preview is not None
            and identity_id is not None
            and self._selected_role() is not None
            and self.confirm.isChecked()
            and (stored or bool(self.passphrase.text()))
        )
        self.sign_button.setEnabled(ready)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- signing ---------------------------------------------------------------------

    def sign(self) -> None:
        identity_id = self._selected_identity()
        role = self._selected_role()
        if self.preview is None or identity_id is None or role is None or self._busy:
            return
        typed = self.passphrase.text()
        remember = self.remember.isVisible() and self.remember.isChecked()
        expected = self.preview.content_sha256
        draft = self.draft

        def work() -> sign_offs.SignOff:
            sign_offs.check_can_sign(draft, identity_id=identity_id, role=role)
            signer = identities.open_signer(identity_id, typed or None, remember=remember)
            return sign_offs.sign(draft, signer, role, expected_content_sha256=expected)

        self._busy = True
        self._show_error("")
        self.sign_button.setEnabled(False)
        self.sign_button.setText(tr("Signing…"))
        run_in_background(work, on_done=self._signed, on_error=self._sign_failed, parent=self)

    def _signed(self, made: sign_offs.SignOff) -> None:
        self._busy = False
        self.passphrase.clear()
        self.sign_off = made
        self.signed.emit(made)
        self.accept()

    def _sign_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.sign_button.setText(tr("&Sign off"))
        self.passphrase.clear()
        self.passphrase.setFocus()
        self._show_error(str(exc) or type(exc).__name__)
        self._update()
