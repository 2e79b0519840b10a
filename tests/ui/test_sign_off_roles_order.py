"""Bar (issue 11): sign-off roles "in order" -- reordered in the window, kept, shown everywhere.

The roles dialog is opened from the Sign-off menu; roles are added by
typing; the order is changed with *Move up* / *Move down* (clicked) and
with Ctrl+Up / Ctrl+Down (pressed in the list).  The sign-off panel then
names the missing roles in that order, the order is in the draft (read by
the service and by ``pactdesk sign-off-roles``), and the command line's
``--order`` gives the same result.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from pactdesk.services import sign_off_roles  # noqa: E402
from pactdesk.services.drafts import Draft  # noqa: E402
from tests.helpers import REPO  # noqa: E402
from tests.ui.signing_driver import choose_menu, click, close, fill, wait_dialog  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def select_row(qtbot, dialog, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.list.currentRow() == row


def wait_said(qtbot, dialog, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in dialog.outcome.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=5000)


def test_roles_are_reordered_with_the_buttons_and_keys_and_the_panel_follows(
    qtbot, make_window, draft_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.roles_dialog import RolesDialog

    window = make_window(draft_path)
    choose_menu(qtbot, window, "Sign-off roles…")
    dialog = wait_dialog(qtbot, RolesDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    for name in ("director", "head-of-unit"):
        fill(qtbot, dialog.new_name, name)
        click(qtbot, dialog.add_button)
        wait_said(qtbot, dialog, f"Added the required role {name}.")
    assert shown(dialog) == [
        "1. approver — required",
        "2. director — required",
        "3. head-of-unit — required",
    ]
    # The first role cannot move up, the last cannot move down.
    select_row(qtbot, dialog, 0)
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    select_row(qtbot, dialog, 2)
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()

    # head-of-unit signs first: Move up, clicked twice; the selection moves with it.
    click(qtbot, dialog.up_button)
    wait_said(qtbot, dialog, "head-of-unit now signs in place 2.")
    assert dialog.list.currentRow() == 1
    click(qtbot, dialog.up_button)
    wait_said(qtbot, dialog, "head-of-unit now signs in place 1.")
    assert shown(dialog) == [
        "1. head-of-unit — required",
        "2. approver — required",
        "3. director — required",
    ]
    assert dialog.list.currentRow() == 0 and not dialog.up_button.isEnabled()

    # approver last: Ctrl+Down, pressed in the list.
    select_row(qtbot, dialog, 1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down, CTRL)
    wait_said(qtbot, dialog, "approver now signs in place 3.")
    # and Ctrl+Up brings it back one place, then Ctrl+Down again.
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, CTRL)
    wait_said(qtbot, dialog, "approver now signs in place 2.")
    click(qtbot, dialog.down_button)
    wait_said(qtbot, dialog, "approver now signs in place 3.")
    assert shown(dialog) == [
        "1. head-of-unit — required",
        "2. director — required",
        "3. approver — required",
    ]
    close(qtbot, dialog)

    # The sign-off panel (read again when the dialog closed) names what is missing, in order.
    choose_menu(qtbot, window, "Show sign-offs")
    panel = window.signoff_dock.widget()
    want = "still needs a sign-off as: head-of-unit, director, approver."
    qtbot.waitUntil(lambda: want in panel.state_label.text(), timeout=10000)
    blockers = panel.blockers_label.text().splitlines()
    assert [line for line in blockers if "is missing" in line] == [
        "• a sign-off as head-of-unit is missing.",
        "• a sign-off as director is missing.",
        "• a sign-off as approver is missing.",
    ]

    # A second opening of the dialog reads the stored order.
    choose_menu(qtbot, window, "Sign-off roles…")
    again = wait_dialog(qtbot, RolesDialog)
    qtbot.waitUntil(lambda: again.list.count() == 3, timeout=5000)
    assert shown(again)[0] == "1. head-of-unit — required"
    close(qtbot, again)

    # Stored in the draft: the service and the command line read the same order.
    with Draft.open(draft_path, read_only=True) as draft:
        assert [r.name for r in sign_off_roles.sign_off_roles(draft)] == [
            "head-of-unit",
            "director",
            "approver",
        ]
    listed = subprocess.run(
        [sys.executable, "-m", "pactdesk", "sign-off-roles", str(draft_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "head-of-unit: required",
        "director: required",
        "approver: required",
    ]
