"""The profile: the official's name, ministry and Member State, asked once.

The name is the author of every change the window makes (recorded in the
draft's history).  Kept in the settings file (:mod:`pactdesk.settings`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pactdesk import settings as settings_module
from pactdesk.settings import Profile, Settings
from pactdesk.ui.i18n import tr


class ProfileDialog(QDialog):
    def __init__(
        self,
        profile: Profile,
        *,
        member_states: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your profile"))
        intro = QLabel(
            tr(
                "PactDesk records who wrote each change of a contribution. Please tell it who you "
                "are; you are asked only once, and can change it later under File › Your profile."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(profile.name, self)
        self.ministry = QLineEdit(profile.ministry, self)
        self.member_state = QComboBox(self)
        self.member_state.addItem(tr("(not set)"), "")
        for code, name in member_states:
            self.member_state.addItem(f"{name} ({code})", code)
        index = self.member_state.findData(profile.member_state)
        self.member_state.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        for label_text, field, name in (
            (tr("Your &name:"), self.name, tr("Your name")),
            (tr("&Ministry:"), self.ministry, tr("Ministry")),
            (tr("Member &State:"), self.member_state, tr("Member State")),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(profile.name.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def profile(self) -> Profile:
        return Profile(
            name=self.name.text().strip(),
            ministry=self.ministry.text().strip(),
            member_state=str(self.member_state.currentData() or ""),
        )


def ask_profile(
    current: Settings, *, member_states: list[tuple[str, str]], parent: QWidget | None = None
) -> Settings | None:
    """Show the dialog; save and return the new settings, or ``None`` when cancelled."""
    dialog = ProfileDialog(current.profile, member_states=member_states, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    updated = replace(current, profile=dialog.profile())
    settings_module.save(updated)
    return updated
