"""A sign-off by a colleague on another computer: send the request, sign it there, take it back.

What ``pactdesk sign-request export | sign | import`` do, in the window:

* :class:`ExportRequestDialog` (the coordinator) — a file with the exact
  content of this version and a PDF to read, for the colleague;
* :class:`SignReceivedRequestDialog` (the colleague, with no draft) — read
  what is asked, in readable form first, choose the role, sign, save the
  signed answer to send back;
* :class:`ImportAnswerDialog` (the coordinator) — record the signed answer,
  checked against the current content.

Each is one call of the services (:mod:`pactdesk.services.sign_off_requests`,
:mod:`pactdesk.services.sign_requests`) on the window's worker; the key is
opened by the one opener, :func:`pactdesk.services.identities.open_signer`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pactdesk.fileio import write_atomic
from pactdesk.services import sign_off_requests, sign_offs, sign_requests
from pactdesk.services.drafts import Draft
from pactdesk.services.submission import submission_state
from pactdesk.ui.dialogs.sign_dialog import content_html, still_needed
from pactdesk.ui.dialogs.signing_widgets import (
    FileField,
    OneFileDialog,
    Outcome,
    SignerFields,
    action_buttons,
    error_text,
    run_job,
)
from pactdesk.ui.i18n import tr

REQUEST_FILES = f"Sign-off requests (*{sign_requests.REQUEST_SUFFIX});;All files (*)"
ANSWER_FILES = f"Signed sign-offs (*{sign_requests.RESPONSE_SUFFIX});;All files (*)"


class ExportRequestDialog(QDialog):
    """Save a sign-off request for this version, to send to a colleague who signs elsewhere."""

    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.author = author
        self.setWindowTitle(tr("Send a sign-off request"))
        self.setObjectName("exportRequestDialog")
        self.resize(640, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "The request holds exactly this version of the contribution and a PDF to read. "
                "Send it to the colleague who signs off on their own computer; they send back "
                "a signed answer, which you take in with Take in a signed answer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.file = FileField(
            tr("&Save as:"),
            accessible=tr("Where to save the sign-off request"),
            filters=tr(REQUEST_FILES),
            save=True,
        )
        info = draft.info
        self.file.set_path(
            Path.home() / f"{info.member_state}-{info.cycle}-sign-off{sign_requests.REQUEST_SUFFIX}"
        )
        layout.addWidget(self.file)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        box, self.export_button = action_buttons(self, tr("&Save the request"))
        self.export_button.clicked.connect(self.export)
        layout.addWidget(box)

    def export(self) -> None:
        target = self.file.path()
        if target is None:
            self.outcome.refused(tr("Choose where to save the request first."))
            return
        draft, author = self.draft, self.author

        def work() -> int:
            raw = sign_off_requests.export_request(draft, made_by=author)
            write_atomic(target, raw)
            return draft.head().revision

        self.export_button.setEnabled(False)
        self.outcome.busy(tr("Making the request (with its PDF)…"))
        run_job(
            work,
            on_done=lambda revision: self._done(revision, target),
            on_error=self._refused,
            parent=self,
        )

    def _done(self, revision: int, target: Path) -> None:
        self.export_button.setEnabled(True)
        self.outcome.done(
            tr(
                "Saved the sign-off request for revision {revision} in {path}. Send it to the "
                "colleague who signs off."
            ).format(revision=revision, path=target),
            written=target,
        )

    def _refused(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was saved."))


class SignReceivedRequestDialog(QDialog):
    """Sign a request a colleague sent: read it first, then sign in a role, save the answer."""

    signed = Signal(object)  # the answer's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request: sign_requests.SignRequest | None = None
        self.answer: Path | None = None
        self._busy = False
        self.setWindowTitle(tr("Sign a colleague's request"))
        self.setObjectName("signRequestDialog")
        self.resize(860, 720)
        layout = QVBoxLayout(self)
        self.file = FileField(
            tr("The &request:"),
            accessible=tr("The sign-off request you received"),
            filters=tr(REQUEST_FILES),
        )
        layout.addWidget(self.file)
        self.heading = QLabel(tr("Choose the sign-off request you received."))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("What the request asks you to sign"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.content = QTextBrowser()
        self.content.setAccessibleName(tr("The contribution you are asked to sign"))
        layout.addWidget(self.content, 1)
        self.digest_button = QPushButton(tr("Technical &details"))
        self.digest_button.setCheckable(True)
        self.digest_button.setAccessibleName(tr("Show the technical details of what is signed"))
        self.digest = QLabel("")
        self.digest.setWordWrap(True)
        self.digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digest.hide()
        self.digest_button.toggled.connect(self.digest.setVisible)
        details_row = QHBoxLayout()
        details_row.addWidget(self.digest_button)
        self.pdf_button = QPushButton(tr("Save its &PDF to read…"))
        self.pdf_button.setAccessibleName(tr("Save the request's PDF to read"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        details_row.addWidget(self.pdf_button)
        details_row.addStretch(1)
        layout.addLayout(details_row)
        layout.addWidget(self.digest)
        form = QFormLayout()
        self.signer_fields = SignerFields(self)
        form.addRow(self.signer_fields)
        self.role = QComboBox()
        self.role.setAccessibleName(tr("Role"))
        role_label = QLabel(tr("&Role:"))
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)
        layout.addLayout(form)
        self.answer_file = FileField(
            tr("Save the signed &answer as:"),
            accessible=tr("Where to save the signed answer"),
            filters=tr(ANSWER_FILES),
            save=True,
        )
        layout.addWidget(self.answer_file)
        self.confirm = QCheckBox(
            tr("I have &read the contribution above and sign it off in the chosen role.")
        )
        self.confirm.setAccessibleName(tr("I have read the contribution and sign it off"))
        layout.addWidget(self.confirm)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        box, self.sign_button = action_buttons(self, tr("&Sign off"))
        self.sign_button.clicked.connect(self.sign)
        layout.addWidget(box)
        self.file.changed.connect(self._read)
        for signal in (
            self.signer_fields.changed,
            self.confirm.toggled,
            self.answer_file.changed,
            self.role.currentIndexChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _read(self) -> None:
        path = self.file.path()
        self.request = None
        self._update()
        if path is None or not path.is_file():
            return

        def work() -> tuple[sign_requests.SignRequest, Any]:
            request = sign_requests.read_request(path.read_bytes())
            try:
                readable: Any = sign_requests.readable(request)
            except sign_requests.RequestFileError as exc:
                readable = exc
            return request, readable

        run_job(
            work,
            on_done=lambda result: self._show(result, path),
            on_error=lambda exc: self.outcome.refused(error_text(exc)),
            parent=self,
        )

    def _show(self, result: Any, path: Path) -> None:
        request, readable = result
        self.request = request
        t = request.target
        self.heading.setText(
            tr(
                "{sender} asks you to sign off {state}'s contribution to the {cycle} cycle, "
                "revision {revision}."
            ).format(
                sender=request.made_by or tr("Someone"),
                state=t.member_state,
                cycle=t.cycle,
                revision=t.revision,
            )
        )
        if isinstance(readable, BaseException):
            self.content.setPlainText(error_text(readable))
        else:
            self.content.setHtml(content_html(readable))
        self.digest.setText(
            tr("What is signed is this exact content; SHA-256 {digest}.").format(
                digest=t.content_sha256
            )
        )
        self.role.clear()
        for slot in request.roles:
            if slot.signed_by is None:
                kind = tr("required") if slot.required else tr("optional")
                self.role.addItem(f"{slot.name} ({kind})", slot.name)
        if not self.answer_file.edit.text():
            self.answer_file.set_path(path.with_suffix(sign_requests.RESPONSE_SUFFIX))
        self.outcome.clear()
        self._update()

    def save_pdf(self) -> None:
        """Save the PDF the request carries (the same content, laid out to read)."""
        request = self.request
        if request is None:
            return
        start = self.file.path()
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the PDF to read"),
            str(start.with_suffix(".pdf")) if start is not None else "",
            tr("PDF files (*.pdf);;All files (*)"),
        )
        if not name:
            return
        target = Path(name)

        def work() -> Path:
            write_atomic(target, request.pdf)
            return target

        run_job(
            work,
            on_done=lambda path: self.outcome.done(
                tr("Saved the PDF to read in {path}.").format(path=path), written=path
            ),
            on_error=lambda exc: self.outcome.refused(error_text(exc)),
            parent=self,
        )

    def _update(self) -> None:
        self.pdf_button.setEnabled(self.request is not None)
        self.sign_button.setEnabled(
            not self._busy
            and self.answer is None
            and self.request is not None
            and self.role.currentData() is not None
            and self.signer_fields.complete()
            and self.confirm.isChecked()
            and self.answer_file.path() is not None
        )

    def sign(self) -> None:
        request, target = self.request, self.answer_file.path()
        identity_id = self.signer_fields.identity_id()
        role = self.role.currentData()
        if request is None or target is None or identity_id is None or role is None:
            return
        asker = self.signer_fields.asker()

        def work() -> str:
            raw, name = sign_requests.sign_request(
                request, identity_id=identity_id, role=str(role), asker=asker
            )
            write_atomic(target, raw)
            return name

        self._busy = True
        self._update()
        self.outcome.busy(tr("Signing…"))
        run_job(
            work,
            on_done=lambda name: self._signed(name, str(role), request.target.revision, target),
            on_error=self._refused,
            parent=self,
        )

    def _signed(self, name: str, role: str, revision: int, target: Path) -> None:
        self._busy = False
        self.answer = target
        self.signer_fields.after_use(ok=True)
        self.outcome.done(
            tr(
                "Signed. {name} signed off revision {revision} as {role}. Send {path} back to "
                "the coordinator."
            ).format(name=name, revision=revision, role=role, path=target),
            written=target,
        )
        self._update()
        self.signed.emit(target)

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.signer_fields.after_use(ok=False)
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was signed."))
        self._update()


class ImportAnswerDialog(OneFileDialog):
    """Record a colleague's signed answer in this draft, checked against its current content."""

    imported = Signal(object)  # the SignOff

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title=tr("Take in a signed answer"),
            name="importAnswerDialog",
            size=(640, 300),
            intro=tr(
                "Choose the signed answer your colleague sent back. PactDesk checks that it "
                "signs exactly the current version before recording it."
            ),
            field=FileField(
                tr("Signed &answer:"), accessible=tr("The signed answer"), filters=tr(ANSWER_FILES)
            ),
            action=tr("&Take it in"),
            missing=tr("Choose the signed answer first."),
            busy=tr("Checking the signed answer…"),
            nothing=tr("Nothing was recorded."),
        )
        self.draft = draft
        self.import_button = self.action_button
        self.import_button.setEnabled(not draft.info.read_only)

    def work(self, path: Path) -> tuple[sign_offs.SignOff, Any]:
        made = sign_off_requests.import_response(self.draft, path.read_bytes())
        return made, submission_state(self.draft)

    def show_result(self, result: Any) -> None:
        made, state = result
        self.outcome.done(
            tr("Recorded {name}'s sign-off as {role} at revision {revision}. {next}").format(
                name=made.signer_name,
                role=made.role,
                revision=made.revision,
                next=still_needed(state),
            )
        )
        self.imported.emit(made)
