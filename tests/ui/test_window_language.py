"""The window speaks the system's language, or the one chosen in View › Language of the window.

A real start (``create_application`` in a fresh process under ``LANG``) shows
French and German menus and formats numbers and dates the same way; the
new-contribution wizard, Qt's own buttons included, reads in each language;
the language chosen in the dialog is saved and used at the next start.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QWizard

from tests.ui.test_translations import tool
from tests.ui.test_translations_complete import translation_file

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

#: Runs in a fresh process: what a person sees when PactDesk starts in that session.
START = """
from PySide6.QtCore import QDate, QLocale
from pactdesk.ui.launch import create_application
app = create_application()
from pactdesk.ui.main_window import MainWindow
window = MainWindow(smoke=True)
print("menus:", " | ".join(a.text() for a in window.menuBar().actions()))
print("number:", QLocale().toString(1234567.5, "f", 1))
print("date:", QLocale().toString(QDate(2010, 3, 31), QLocale.FormatType.LongFormat))
"""


def compiled(language: str) -> Path:
    """``pactdesk_<language>.qm`` where the window loads it (setup.sh makes it; so may we)."""
    ts, qm = translation_file(language), TRANSLATIONS / f"pactdesk_{language}.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def start(home: Path, locale: str) -> dict[str, str]:
    for language in ("fr", "de"):
        compiled(language)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("LC_") and key not in ("LANG", "LANGUAGE")
    }
    env.update(
        LANG=f"{locale}.UTF-8",
        LC_ALL=f"{locale}.UTF-8",
        LANGUAGE=locale.split("_")[0],
        QT_QPA_PLATFORM="offscreen",
        PACTDESK_HOME=str(home),
    )
    done = subprocess.run(
        [sys.executable, "-c", START],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return dict(
        line.split(": ", 1) for line in done.stdout.splitlines() if re.match(r"\w+: ", line)
    )


@pytest.mark.parametrize(
    ("locale", "menus", "number", "date"),
    [
        (
            "fr_FR",
            "&Fichier | &Édition | &Navigation | A&pprobation | Affic&hage | &Aide",
            "1\u202f234\u202f567,5",
            "mercredi 31 mars 2010",
        ),
        (
            "de_DE",
            "&Datei | &Bearbeiten | &Gehe zu | &Freigabe | &Ansicht | &Hilfe",
            "1.234.567,5",
            "Mittwoch, 31. März 2010",
        ),
        (
            "en_GB",
            "&File | &Edit | &Go | &Sign-off | &View | &Help",
            "1,234,567.5",
            "Wednesday, 31 March 2010",
        ),
    ],
)
def test_the_window_starts_in_the_language_of_the_system(
    tmp_path: Path, locale: str, menus: str, number: str, date: str
) -> None:
    seen = start(tmp_path / "home", locale)
    # Menus other helpers add later may sit between these: compare them in order.
    shown = seen["menus"].split(" | ")
    wanted = menus.split(" | ")
    assert [title for title in shown if title in wanted] == wanted, seen["menus"]
    assert seen["number"] == number
    assert seen["date"] == date


@pytest.mark.parametrize(
    ("chosen", "system", "menus", "number", "date"),
    [
        ("de", "fr_FR", "&Datei | &Bearbeiten", "1.234.567,5", "Mittwoch, 31. März 2010"),
        ("en", "de_DE", "&File | &Edit", "1,234,567.5", "Wednesday, 31 March 2010"),
    ],
)
def test_the_chosen_language_wins_over_the_system_at_the_next_start(
    pactdesk_home, chosen: str, system: str, menus: str, number: str, date: str
) -> None:
    from pactdesk import settings

    settings.save(settings.Settings(ui_language=chosen))
    seen = start(pactdesk_home, system)
    assert seen["menus"].startswith(menus), seen["menus"]
    assert seen["number"] == number
    assert seen["date"] == date


@pytest.fixture
def speaking(qtbot):
    """Install PactDesk's and Qt's own translations for one language, as the start does."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        ours, qt = QTranslator(), QTranslator()
        assert ours.load(str(compiled(language)))
        assert qt.load(
            QLocale(language),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        )
        for translator in (qt, ours):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


WIZARD = {
    "fr": {
        "title": "Nouvelle contribution",
        "first": "Quel modèle ?",
        "second": "La contribution de qui, dans quelle langue ?",
        "buttons": ("< &Précédent", "&Suivant >", "&Terminer", "Annuler"),
        "labels": ("État &membre :", "&Cycle :", "&Langue :"),
    },
    "de": {
        "title": "Neuer Beitrag",
        "first": "Welche Vorlage?",
        "second": "Wessen Beitrag, in welcher Sprache?",
        "buttons": ("< &Zurück", "&Weiter >", "Ab&schließen", "Abbrechen"),
        "labels": ("&Mitgliedstaat:", "&Berichtszyklus:", "Spr&ache:"),
    },
}

BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_new_contribution_wizard_speaks_the_language(
    language: str, qtbot, speaking, pactdesk_home
) -> None:
    from pactdesk.ui.dialogs.new_contribution import NewContributionWizard

    speaking(language)
    want = WIZARD[language]
    wizard = NewContributionWizard(author="Zofia Wiśniewska")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == want["title"]
    assert plain(wizard.currentPage().title()) == want["first"]
    assert tuple(wizard.button(b).text() for b in BUTTONS) == want["buttons"]
    _assert_unique_mnemonics(wizard)

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.details)
    page = wizard.currentPage()
    assert plain(page.title()) == want["second"]
    labels = [plain(label.text()) for label in page.findChildren(QLabel) if label.isVisible()]
    for label in want["labels"]:
        assert label in labels, labels
    _assert_unique_mnemonics(wizard)


def plain(text: str) -> str:
    """French puts a no-break space before ":" and "?"; compare with a plain one."""
    return text.replace("\u00a0", " ")


def _assert_unique_mnemonics(wizard: QWizard) -> None:
    """Letters a person reaches with Alt on the page in view, Qt's buttons included."""
    page = wizard.currentPage()
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    texts += [b.text() for b in page.findChildren(type(wizard.button(BUTTONS[0])))]
    texts += [wizard.button(b).text() for b in BUTTONS if wizard.button(b).isVisible()]
    letters = [
        m.group(1).lower()
        for text in texts
        if (m := re.search(r"&([^&\s])", text.replace("&&", "")))
    ]
    assert len(letters) == len(set(letters)), texts


def test_the_language_is_chosen_in_the_window_and_takes_effect_at_the_next_start(
    qtbot, make_window, speaking
) -> None:
    from pactdesk import settings
    from pactdesk.ui.dialogs.language_dialog import LanguageDialog

    speaking("fr")
    window = make_window()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "Affic&hage")
    entry = next(a for a in view.actions() if a.text() == "&Langue de la fenêtre…")
    seen: dict[str, object] = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LanguageDialog):
            QTimer.singleShot(20, choose)
            return
        seen["title"] = dialog.windowTitle()
        seen["texts"] = [label.text() for label in dialog.findChildren(QLabel)]
        combo = dialog.findChild(QComboBox)
        seen["choices"] = [combo.itemText(i) for i in range(combo.count())]
        combo.setFocus()
        for _ in range(combo.count()):  # the keyboard, as a person would: down to Deutsch
            if combo.currentText() == "Deutsch":
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    view.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(view.isVisible)
    view.setActiveAction(entry)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settings.load().ui_language == "de", timeout=5000)

    assert seen["title"] == "Langue de la fenêtre"
    seen["texts"] = [plain(str(text)) for text in seen["texts"]]  # type: ignore[union-attr]
    assert seen["choices"][1:] == ["English", "Français", "Deutsch"]
    assert str(seen["choices"][0]).startswith("La langue du système")
    assert "La fenêtre changera de langue au prochain démarrage de PactDesk." in seen["texts"]
    assert window.settings.ui_language == "de"
    # Said so, and nothing changes now: the window stays French until the next start.
    assert window.menuBar().actions()[0].text() == "&Fichier"
