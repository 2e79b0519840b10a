"""Pieces the sign-off dialogs share: who signs with which passphrase, a file field, the outcome.

* :class:`SignerFields` — the signing identity, its passphrase, where the
  passphrase comes from and the "Remember" box, filled off the GUI thread
  (a keyring look-up may block); :meth:`SignerFields.asker` hands what was
  typed to :func:`pactdesk.services.identities.open_signer`, the one opener
  the command line uses too.
* :class:`NewPassphraseFields` — a new passphrase typed twice, checked as
  the command line checks it, and the "Remember" box.
* :class:`FileField` — a path typed or chosen, with "Choose…".
* :class:`Outcome` — what happened, in one plain sentence (green when done,
  red when refused), with the technical detail one click away and "Show in
  folder" for a file that was written.
* :func:`run_job` — the one place these dialogs hand work to the window's
  task manager (:mod:`pactdesk.ui.tasks`).
* :func:`action_buttons` — Close and the dialog's one action, the default.
* :class:`OneFileDialog` — a dialog that takes one file and does one thing
  with it (install a certificate, take in a signed answer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import identities
from pactdesk.services.passphrases import MIN_PASSPHRASE_LENGTH
from pactdesk.ui.desktop import folder_of, show_in_folder
from pactdesk.ui.dialogs.passphrase import TypedAnswers
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import BackgroundTask, run_in_background

DONE_COLOUR = "#1b6e20"
PROBLEM_COLOUR = "#a4000f"


def run_job(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject,
    on_progress: Callable[[float, str], None] | None = None,
) -> BackgroundTask:
    """Run ``fn`` on the window's single worker; the callbacks come back on the GUI thread."""
    return run_in_background(
        fn, on_done=on_done, on_error=on_error, on_progress=on_progress, parent=parent
    )


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def remember_box() -> QCheckBox:
    """ "Remember the passphrase in the keyring", hidden until a secure keyring is known."""
    box = QCheckBox(tr("Re&member the passphrase in the operating system's keyring"))
    box.setAccessibleName(tr("Remember the passphrase in the keyring"))
    box.setVisible(False)
    return box


class SignerFields(QWidget):
    """Signing identity, passphrase, keyring note and "Remember": who signs, and how."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None) -> None:
        super().__init__(parent)
        self.secure = False
        self.stored: dict[str, bool] = {}
        self.ready_loaded = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.identity = QComboBox()
        self.identity.setAccessibleName(tr("Signing identity"))
        identity_label = QLabel(label or tr("Signing &identity:"))
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, self.identity)
        self.passphrase = _password_edit(tr("Passphrase"))
        passphrase_label = QLabel(tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        self.keyring_note = QLabel("")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleName(tr("Where the passphrase comes from"))
        form.addRow("", self.keyring_note)
        self.remember = remember_box()
        form.addRow("", self.remember)
        self.identity.currentIndexChanged.connect(self._update)
        self.passphrase.textChanged.connect(lambda _t: self.changed.emit())
        self.remember.toggled.connect(lambda _c: self.changed.emit())
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the identities that can sign, and the keyring's state (off the GUI thread)."""

        def work() -> tuple[list[identities.Identity], identities.KeyringState]:
            ready = identities.ready_identities()
            return ready, identities.keyring_state([i.id for i in ready])

        run_job(work, on_done=lambda r: self._filled(r, select), on_error=self._failed, parent=self)

    def _filled(self, result: Any, select: str | None) -> None:
        ready, state = result
        self.secure, self.stored = state.secure, dict(state.stored)
        current = select or self.identity_id()
        self.identity.blockSignals(True)
        self.identity.clear()
        for identity in ready:
            self.identity.addItem(
                f"{identity.name} — {identity.organisation} <{identity.email}>", identity.id
            )
        if current and self.identity.findData(current) >= 0:
            self.identity.setCurrentIndex(self.identity.findData(current))
        self.identity.blockSignals(False)
        self.ready_loaded = True
        self._update()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.keyring_note.setText(str(exc))
        self.ready_loaded = True
        self.loaded.emit()

    def identity_id(self) -> str | None:
        value = self.identity.currentData()
        return str(value) if value else None

    def has_identities(self) -> bool:
        return self.identity.count() > 0

    def uses_keyring(self) -> bool:
        identity_id = self.identity_id()
        return identity_id is not None and self.stored.get(identity_id, False)

    def complete(self) -> bool:
        return self.identity_id() is not None and (
            self.uses_keyring() or bool(self.passphrase.text())
        )

    def _update(self) -> None:
        if not self.ready_loaded:
            self.keyring_note.setText("")
        elif not self.has_identities():
            self.keyring_note.setText(
                tr(
                    "There is no signing identity with a certificate on this computer yet: "
                    "make one under Sign-off → Signing identities."
                )
            )
        elif not self.secure:
            self.keyring_note.setText(
                tr(
                    "No secure keyring is usable on this computer, so the passphrase is not "
                    "remembered: type it each time."
                )
            )
        elif self.uses_keyring():
            self.keyring_note.setText(
                tr(
                    "The passphrase is kept in the operating system's keyring; leave the field "
                    "empty to use it."
                )
            )
        else:
            self.keyring_note.setText(tr("Type the passphrase of this identity."))
        self.remember.setVisible(self.secure and not self.uses_keyring())
        if not self.secure:
            self.remember.setChecked(False)
        self.changed.emit()

    def asker(self) -> TypedAnswers:
        """What was typed, for the services' one passphrase policy (call on the GUI thread)."""
        keep = self.remember.isVisible() and self.remember.isChecked()
        return TypedAnswers.one(self.passphrase.text(), keep=keep)

    def after_use(self, *, ok: bool) -> None:
        """Forget what was typed; after a wrong passphrase, put the cursor back in the field."""
        self.passphrase.clear()
        if not ok:
            self.passphrase.setFocus()


class NewPassphraseFields(QWidget):
    """A new passphrase, typed twice, and "Remember" (shown when a secure keyring is usable)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, secure: bool) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = _password_edit(tr("New passphrase"))
        first_label = QLabel(tr("New &passphrase:"))
        first_label.setBuddy(self.first)
        form.addRow(first_label, self.first)
        self.again = _password_edit(tr("The new passphrase again"))
        again_label = QLabel(tr("Type it &again:"))
        again_label.setBuddy(self.again)
        form.addRow(again_label, self.again)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(tr("About the new passphrase"))
        form.addRow("", self.hint)
        self.remember = remember_box()
        self.remember.setVisible(secure)
        form.addRow("", self.remember)
        self.first.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def problem(self) -> str:
        first, again = self.first.text(), self.again.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            return tr("A passphrase must have at least {count} characters.").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        if first != again:
            return tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        typed = bool(self.first.text() or self.again.text())
        self.hint.setText(self.problem() if typed else tr("Nobody can open the key without it."))
        self.changed.emit()

    def keep(self) -> bool:
        return self.remember.isVisible() and self.remember.isChecked()

    def clear(self) -> None:
        self.first.clear()
        self.again.clear()


class FileField(QWidget):
    """A file path, typed or chosen with "Choose…" (to open, or to save)."""

    changed = Signal()

    def __init__(
        self,
        label: str,
        *,
        accessible: str,
        filters: str,
        save: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filters = filters
        self._save = save
        self._caption = accessible
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible)
        self.label.setBuddy(self.edit)
        self.choose = QPushButton(tr("C&hoose…"))
        self.choose.setAccessibleName(tr("Choose: {what}").format(what=accessible))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def _choose(self) -> None:
        start = self.edit.text()
        if self._save:
            name, _ = QFileDialog.getSaveFileName(self, self._caption, start, self._filters)
        else:
            name, _ = QFileDialog.getOpenFileName(self, self._caption, start, self._filters)
        if name:
            self.edit.setText(name)


class Outcome(QWidget):
    """What happened, in one sentence; details one click away; "Show in folder" for a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("What happened"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.details_button = QPushButton(tr("Technical &details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(tr("Show the technical details"))
        self.folder_button = QPushButton(tr("Show in &folder"))
        self.folder_button.setAccessibleName(tr("Show the file in its folder"))
        self.folder_button.clicked.connect(self._show_folder)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Technical details"))
        self.details.setMaximumHeight(140)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.clear()

    def clear(self) -> None:
        self.message.setText("")
        self.message.setVisible(False)
        self.details.setPlainText("")
        self.details.setVisible(False)
        self.details_button.setChecked(False)
        self.details_button.setVisible(False)
        self.folder_button.setVisible(False)
        self.written = None

    def busy(self, text: str) -> None:
        self.clear()
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.setVisible(True)

    def done(self, text: str, *, written: Path | None = None, details: Sequence[str] = ()) -> None:
        self._show(text, DONE_COLOUR, details)
        self.written = written
        self.folder_button.setVisible(written is not None)

    def refused(self, text: str, details: Sequence[str] = ()) -> None:
        self._show(text, PROBLEM_COLOUR, details)

    def ok(self) -> bool:
        return self.message.isVisible() and DONE_COLOUR in self.message.styleSheet()

    def _show(self, text: str, colour: str, details: Sequence[str]) -> None:
        self.clear()
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(True)
        if details:
            self.details.setPlainText("\n".join(details))
            self.details_button.setVisible(True)

    def _show_folder(self) -> None:
        written = self.written
        if written is not None and not show_in_folder(written):
            # Keep what was done on screen (and the button): add what failed, once.
            note = tr("No file manager opened; the file is in {folder}.").format(
                folder=folder_of(written)
            )
            if note not in self.message.text():
                self.message.setText(self.message.text() + "\n" + note)


def error_text(exc: BaseException) -> str:
    """The sentence a service's refusal carries (its ``str``), never a traceback."""
    summary = getattr(exc, "summary", None)
    return str(summary or exc) or type(exc).__name__


def action_buttons(dialog: QDialog, action: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Close, and the dialog's action (``action``, with its mnemonic) as the default button."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    button = box.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
    button.setAccessibleName(action.replace("&", ""))
    button.setDefault(True)
    box.rejected.connect(dialog.reject)
    return box, button


class OneFileDialog(QDialog):
    """A dialog that takes one file and does one thing with it, on the task manager.

    Laid out as: ``intro``, the file field, the outcome, Close and the action
    button.  A subclass gives :meth:`work` (run off the GUI thread, with the
    chosen path) and :meth:`show_result` (its result, on the GUI thread); a
    refusal shows the service's sentence and ``nothing`` ("Nothing was
    installed.").
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        name: str,
        size: tuple[int, int],
        intro: str,
        field: FileField,
        action: str,
        missing: str,
        busy: str,
        nothing: str,
    ) -> None:
        super().__init__(parent)
        self._missing, self._busy_text, self._nothing = missing, busy, nothing
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.resize(*size)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.file = field
        layout.addWidget(self.file)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        box, self.action_button = action_buttons(self, action)
        self.action_button.clicked.connect(self.start)
        layout.addWidget(box)

    def start(self) -> None:
        path = self.file.path()
        if path is None:
            self.outcome.refused(self._missing)
            return
        self.action_button.setEnabled(False)
        self.outcome.busy(self._busy_text)
        run_job(lambda: self.work(path), on_done=self._done, on_error=self._refused, parent=self)

    def work(self, path: Path) -> Any:
        """The action on ``path``; runs on the task manager's worker, never the GUI thread."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        """Say what :meth:`work` did (GUI thread)."""
        raise NotImplementedError

    def _done(self, result: Any) -> None:
        self.action_button.setEnabled(True)
        self.show_result(result)

    def _refused(self, exc: BaseException) -> None:
        self.action_button.setEnabled(True)
        self.outcome.refused(error_text(exc) + " " + self._nothing)
