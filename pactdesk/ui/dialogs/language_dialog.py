"""View › Language of the window: English, Français, Deutsch, or the system's.

Kept in the settings (``ui_language``, :mod:`pactdesk.settings`) and read at
start by :func:`pactdesk.ui.launch.create_application`: the window changes
language the next time PactDesk starts, and the dialog says so.  The
language a contribution is written in is chosen in the new-contribution
wizard and is not touched here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pactdesk import settings as settings_module
from pactdesk.settings import Settings
from pactdesk.ui.i18n import tr

#: The languages the window is translated into, each named in its own language.
UI_LANGUAGES = (("en", "English"), ("fr", "Français"), ("de", "Deutsch"))


class LanguageDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Language of the window"))
        intro = QLabel(
            tr(
                "The language of menus, buttons and messages. Dates and numbers follow it. "
                "The language you write a contribution in is chosen for each contribution "
                "and does not change."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setAccessibleName(tr("Language of the window"))
        system = QLocale.system().nativeLanguageName() or QLocale.system().name()
        self.language.addItem(tr("The system's language ({name})").format(name=system), "")
        for code, name in UI_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        label = QLabel(tr("&Language:"), self)
        label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(label, self.language)
        note = QLabel(tr("The window changes language the next time PactDesk starts."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def chosen(self) -> str:
        return str(self.language.currentData() or "")


def ask_language(current: Settings, *, parent: QWidget | None = None) -> Settings | None:
    """Show the dialog; save and return the new settings, or ``None`` when cancelled."""
    dialog = LanguageDialog(current.ui_language, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    # Re-read the file: only the language changes, whatever else was saved meanwhile.
    updated = replace(settings_module.load(), ui_language=dialog.chosen())
    settings_module.save(updated)
    return replace(current, ui_language=updated.ui_language)
