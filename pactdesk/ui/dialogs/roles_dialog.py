"""The contribution's sign-off roles: add, make required or optional, remove, reorder.

What ``pactdesk sign-off-roles DRAFT --require/--optional/--remove/--order``
does, in the window: who must sign off the contribution before it can be
submitted (head of unit, director…), in the order they sign.  Each change
is one call of :func:`pactdesk.services.sign_off_roles.configure_roles` or
:func:`~pactdesk.services.sign_off_roles.move_role` (all or nothing) on the
window's worker, and the dialog says what changed.  *Move up* (Ctrl+Up) and
*Move down* (Ctrl+Down) move the selected role one place.

The same dialog chooses the contribution's signature form (what ``pactdesk
signature-form DRAFT cades|xades`` does): CAdES or XAdES, for every
sign-off and the bundle, before the first sign-off
(:func:`pactdesk.services.signature_form.set_signature_form`, which refuses
a change while sign-offs hold).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import sign_off_roles, signature_form
from pactdesk.services.drafts import Draft
from pactdesk.services.signature_form import FORM_NAMES
from pactdesk.ui.dialogs.signing_widgets import Outcome, error_text, run_job
from pactdesk.ui.i18n import tr


def role_text(role: sign_off_roles.SignOffRole) -> str:
    kind = tr("required") if role.required else tr("optional")
    return f"{role.name} — {kind}"


def numbered_role_text(number: int, role: sign_off_roles.SignOffRole) -> str:
    """A role as the list shows it: its place in the signing order first."""
    return f"{number}. {role_text(role)}"


class RolesDialog(QDialog):
    """Set who must sign off this contribution, in the order they sign."""

    changed = Signal(object)  # the roles now

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.roles: list[sign_off_roles.SignOffRole] = []
        self.setWindowTitle(tr("Sign-off roles"))
        self.setObjectName("rolesDialog")
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Who signs off this contribution before it is submitted, in the order they "
                "sign. A required role must hold a sign-off of the current version; an "
                "optional one may."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Sign-off roles, in order"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.require_button = QPushButton(tr("Make &required"))
        self.optional_button = QPushButton(tr("Make &optional"))
        self.remove_button = QPushButton(tr("Re&move"))
        # The signing order: one place sooner or later (Ctrl+Up / Ctrl+Down in the list too).
        self.up_button = QPushButton(tr("Move &up"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        self.up_button.setToolTip(tr("Sign sooner (Ctrl+Up)"))
        self.down_button.setToolTip(tr("Sign later (Ctrl+Down)"))
        buttons = (
            self.require_button,
            self.optional_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        for button in buttons:
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        self.up_button.setAccessibleDescription(tr("Moves the role one place sooner (Ctrl+Up)."))
        self.down_button.setAccessibleDescription(tr("Moves the role one place later (Ctrl+Down)."))
        row.addStretch(1)
        layout.addLayout(row)
        add_row = QHBoxLayout()
        add_label = QLabel(tr("&New role:"))
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(tr("Name of the new role"))
        self.new_name.setPlaceholderText(tr("e.g. head-of-unit, director"))
        add_label.setBuddy(self.new_name)
        self.new_required = QCheckBox(tr("Re&quired"))
        self.new_required.setChecked(True)
        self.new_required.setAccessibleName(tr("The new role is required"))
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.setAccessibleName(tr("Add the role"))
        add_row.addWidget(add_label)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_required)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        hint = QLabel(tr("Role names: small letters, digits and hyphens, such as director."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form_row = QHBoxLayout()
        form_label = QLabel(tr("Signature &form:"))
        self.form_box = QComboBox()
        self.form_box.addItem(tr("CAdES (the default: .p7s signatures)"), "cades")
        self.form_box.addItem(tr("XAdES (signatures*.xml, which DigiDoc4 checks offline)"), "xades")
        self.form_box.setAccessibleName(tr("Signature form of the sign-offs and the bundle"))
        self.form_box.setEnabled(False)  # until the draft's form is read
        form_label.setBuddy(self.form_box)
        form_row.addWidget(form_label)
        form_row.addWidget(self.form_box, 1)
        layout.addLayout(form_row)
        form_hint = QLabel(
            tr(
                "Chosen before the first sign-off: every sign-off and the submission bundle "
                "are signed in this form."
            )
        )
        form_hint.setWordWrap(True)
        layout.addWidget(form_hint)
        self.form = ""
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.require_button.clicked.connect(lambda: self._change_selected("require"))
        self.optional_button.clicked.connect(lambda: self._change_selected("optional"))
        self.remove_button.clicked.connect(lambda: self._change_selected("remove"))
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(+1))
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.form_box.activated.connect(self._choose_form)
        read_only = draft.info.read_only
        for widget in (self.add_button, self.new_name):
            widget.setEnabled(not read_only)
        self._busy = False
        draft_ = draft
        run_job(
            lambda: sign_off_roles.sign_off_roles(draft_),
            on_done=self._show,
            on_error=self._refused,
            parent=self,
        )
        run_job(
            lambda: signature_form.signature_form(draft_),
            on_done=self._show_form,
            on_error=self._refused,
            parent=self,
        )

    def _show_form(self, form: str) -> None:
        self.form = form
        self.form_box.setCurrentIndex(self.form_box.findData(form))
        self.form_box.setEnabled(not self.draft.info.read_only and not self._busy)

    def _choose_form(self, index: int) -> None:
        form = str(self.form_box.itemData(index))
        if form == self.form or self._busy:
            return
        draft = self.draft
        self._busy = True
        self._update()
        self.form_box.setEnabled(False)
        self.outcome.busy(tr("Changing the signature form…"))
        run_job(
            lambda: signature_form.set_signature_form(draft, form),
            on_done=self._form_changed,
            on_error=self._form_refused,
            parent=self,
        )

    def _form_changed(self, form: str) -> None:
        self._busy = False
        self._show_form(form)
        self._update()
        self.outcome.done(
            tr("The sign-offs and the bundle will be signed in the {form} form.").format(
                form=FORM_NAMES[form]
            )
        )

    def _form_refused(self, exc: BaseException) -> None:
        self._show_form(self.form)  # back to the form the draft has
        self._refused(exc)
        self.form_box.setEnabled(not self.draft.info.read_only)

    def _show(self, roles: list[sign_off_roles.SignOffRole]) -> None:
        selected = self._selected()
        self.roles = list(roles)
        self.list.clear()
        for number, role in enumerate(roles, start=1):
            item = QListWidgetItem(numbered_role_text(number, role))
            item.setData(256, role.name)
            self.list.addItem(item)
            if selected is not None and role.name == selected.name:
                self.list.setCurrentItem(item)
        self._update()

    def _selected(self) -> sign_off_roles.SignOffRole | None:
        row = self.list.currentRow()
        return self.roles[row] if 0 <= row < len(self.roles) else None

    def _update(self) -> None:
        role = self._selected()
        writable = not self.draft.info.read_only and not self._busy
        self.require_button.setEnabled(writable and role is not None and not role.required)
        self.optional_button.setEnabled(writable and role is not None and role.required)
        self.remove_button.setEnabled(writable and role is not None)
        row = self.list.currentRow()
        self.up_button.setEnabled(writable and role is not None and row > 0)
        self.down_button.setEnabled(writable and role is not None and row < len(self.roles) - 1)

    def _run(self, done: str, **change: list[str]) -> None:
        draft = self.draft
        self._start(done, lambda: sign_off_roles.configure_roles(draft, **change))

    def _start(self, done: str, work: Callable[[], list[sign_off_roles.SignOffRole]]) -> None:
        self._busy = True
        self._update()
        self.outcome.busy(tr("Changing the roles…"))
        run_job(
            work,
            on_done=lambda roles: self._changed(roles, done),
            on_error=self._refused,
            parent=self,
        )

    def _changed(self, roles: list[sign_off_roles.SignOffRole], done: str) -> None:
        self._busy = False
        self._show(roles)
        self.outcome.done(done)
        self.changed.emit(roles)

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was changed."))

    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.outcome.refused(tr("Type the name of the new role first."))
            return
        if any(role.name == name for role in self.roles):
            self.outcome.refused(tr("There is already a role {name}.").format(name=name))
            return
        required = self.new_required.isChecked()
        self.new_name.clear()
        if required:
            done = tr("Added the required role {name}.").format(name=name)
            self._run(done, require=[name])
        else:
            done = tr("Added the optional role {name}.").format(name=name)
            self._run(done, optional=[name])

    def _change_selected(self, how: str) -> None:
        role = self._selected()
        if role is None:
            return
        if how == "require":
            self._run(tr("{name} is now required.").format(name=role.name), require=[role.name])
        elif how == "optional":
            self._run(tr("{name} is now optional.").format(name=role.name), optional=[role.name])
        else:
            self._run(tr("Removed the role {name}.").format(name=role.name), remove=[role.name])

    def _move_selected(self, by: int) -> None:
        role = self._selected()
        if role is None:
            return
        draft, name = self.draft, role.name
        place = self.list.currentRow() + 1 + by
        done = tr("{name} now signs in place {place}.").format(name=name, place=place)
        self._start(done, lambda: sign_off_roles.move_role(draft, name, by=by))
