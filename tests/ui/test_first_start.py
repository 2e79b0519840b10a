"""A first start as a new official makes it: welcome screen › New contribution… › Next › Finish.

Every step is a mouse click or a key press on what is on screen; nothing
calls the wizard's methods.  The wizard is modal (``exec()``), so what is
pressed inside it is pressed from a timer while its event loop runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from pactdesk.services.drafts import Draft

from .conftest import focus, press

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


def drafts_folder(home: Path) -> Path:
    return home / "Documents" / "PactDesk"


def drafts_in(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*.pactdesk") if p.is_file())


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def in_the_wizard(qtbot, steps: Callable[[QWizard], None], seen: list[str]) -> None:
    """Run ``steps`` on the wizard once it is on screen (the test waits in its exec())."""

    def run() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, QWizard):
            QTimer.singleShot(50, run)
            return
        try:
            wizard.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=3000)
            steps(wizard)
        except Exception as exc:  # noqa: BLE001 - reported by the test, after the wizard closed
            seen.append(f"failed: {exc!r}")
            wizard.reject()
            return
        seen.append("done")

    QTimer.singleShot(0, run)


def test_the_wizard_makes_one_draft_and_opens_it(qtbot, make_window, pactdesk_home):
    window = make_window()
    assert window.central.currentWidget() is window.welcome
    seen: list[str] = []
    pages: list[str] = []

    def steps(wizard: QWizard) -> None:
        qtbot.waitExposed(wizard)
        pages.append(wizard.currentPage().title())
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=3000)
        pages.append(wizard.currentPage().title())
        details = wizard.currentPage()
        # Where the draft goes: the documents folder, not a hidden data folder.
        location = Path(details.location.text())
        assert location.parent == drafts_folder(pactdesk_home), location
        assert location.name == "PL-2010-contribution.pactdesk"
        # Finish with the keyboard: Enter presses the wizard's default button.
        assert wizard.button(FINISH).isVisible()
        wizard.button(FINISH).setFocus()
        assert wizard.isAncestorOf(focus())
        press(qtbot, Qt.Key.Key_Return)

    in_the_wizard(qtbot, steps, seen)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["done"]
    assert pages == ["Which template?", "Whose contribution, in which language?"]
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5000)
    made = drafts_in(pactdesk_home)
    assert made == [drafts_folder(pactdesk_home) / "PL-2010-contribution.pactdesk"]
    assert window.draft.path == made[0]
    assert window.central.currentWidget() is window.editor_host
    assert "Poland" in window.windowTitle()
    assert open_dialogs() == []
    qtbot.waitUntil(  # the cursor is in the editor, in the first field
        lambda: window.editor.isAncestorOf(QApplication.focusWidget()), timeout=3000
    )
    window.close_draft()
    with Draft.open(made[0], read_only=True) as draft:
        assert draft.info.member_state == "PL" and draft.info.language == "pl"


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_makes_nothing(qtbot, make_window, pactdesk_home, how):
    window = make_window()
    seen: list[str] = []

    def steps(wizard: QWizard) -> None:
        qtbot.waitExposed(wizard)
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=3000)
        if how == "button":
            qtbot.mouseClick(wizard.button(CANCEL), Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(wizard, Qt.Key.Key_Escape)

    in_the_wizard(qtbot, steps, seen)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["done"]
    assert drafts_in(pactdesk_home) == []
    assert window.editor is None
    assert window.central.currentWidget() is window.welcome
    assert open_dialogs() == []


def test_a_name_already_taken_is_refused_and_nothing_is_overwritten(
    qtbot, make_window, pactdesk_home
):
    taken = drafts_folder(pactdesk_home) / "taken.pactdesk"
    taken.parent.mkdir(parents=True)
    taken.write_bytes(b"someone's file")
    window = make_window()
    seen: list[str] = []
    problems: list[str] = []

    def steps(wizard: QWizard) -> None:
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.currentId() == 1, timeout=3000)
        details = wizard.currentPage()
        details.location.setFocus()
        details.location.selectAll()
        qtbot.keyClicks(details.location, str(taken))
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
        problems.append(details.problem.text())
        assert wizard.isVisible()  # still open, saying why
        details.location.selectAll()
        qtbot.keyClicks(details.location, str(taken.with_name("mine.pactdesk")))
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)

    in_the_wizard(qtbot, steps, seen)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["done"]
    assert problems == ["There is already a file taken.pactdesk there; choose another name."]
    assert taken.read_bytes() == b"someone's file"
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5000)
    assert drafts_in(pactdesk_home) == [taken.with_name("mine.pactdesk"), taken]


def test_a_recent_draft_opens_with_one_click(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    window.close_draft()
    recent = window.welcome.recent
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor is not None, timeout=3000)
    assert window.draft.path == draft_path
