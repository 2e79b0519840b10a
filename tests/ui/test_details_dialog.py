"""File › Contribution details: the ministry and contact point, typed in the window."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from pactdesk.services import details as details_service  # noqa: E402
from pactdesk.services.drafts import Draft  # noqa: E402
from tests.ui.signing_driver import click, close, fill, wait_dialog, wait_outcome  # noqa: E402

MINISTRY = "Ministerstwo Spraw Wewnętrznych i Administracji"


def choose_file_item(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Click File in the menu bar, then Contribution details…, as a person does."""
    bar = window.menuBar()
    file_menu = bar.actions()[0].menu()
    action = window.details_action
    assert action in file_menu.actions() and action.isEnabled()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(bar.actions()[0]).center()
    )
    qtbot.waitUntil(file_menu.isVisible)
    assert action.text().replace("&", "") == "Contribution details…"
    qtbot.mouseClick(
        file_menu, Qt.MouseButton.LeftButton, pos=file_menu.actionGeometry(action).center()
    )


def test_details_are_typed_saved_and_refused_when_wrong(  # type: ignore[no-untyped-def]
    qtbot, make_window, draft_path: Path
) -> None:
    from pactdesk.ui.dialogs.details_dialog import DetailsDialog

    window = make_window(draft_path)
    choose_file_item(qtbot, window)
    dialog = wait_dialog(qtbot, DetailsDialog)
    qtbot.waitUntil(lambda: dialog.ministry.isEnabled(), timeout=5000)
    assert dialog.ministry.text() == ""
    fill(qtbot, dialog.ministry, MINISTRY)
    fill(qtbot, dialog.contact_name, "Zofia Żółkiewska")
    fill(qtbot, dialog.contact_email, "zofia@mswia")
    fill(qtbot, dialog.contact_phone, "+48 22 601 44 27")
    click(qtbot, dialog.save_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert said == "The details were not saved."
    assert "is not an e-mail address" in dialog.outcome.details.toPlainText()
    assert dialog.outcome.details.isVisible()
    fill(qtbot, dialog.contact_email, "zofia@mswia.example")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: "Saved the details" in dialog.outcome.message.text(), timeout=10000)
    assert "outdated" in dialog.outcome.message.text()
    close(qtbot, dialog)
    stored = details_service.details_of(window.draft)
    assert stored.ministry == MINISTRY and stored.contact_name == "Zofia Żółkiewska"
    assert stored.contact_email == "zofia@mswia.example"
    # Opened again, the dialog shows what is stored.
    choose_file_item(qtbot, window)
    again = wait_dialog(qtbot, DetailsDialog)
    qtbot.waitUntil(lambda: again.contact_phone.text() == "+48 22 601 44 27", timeout=5000)
    assert again.ministry.text() == MINISTRY
    close(qtbot, again)
    window.close()
    with Draft.open(draft_path) as draft:
        assert details_service.details_of(draft).contact_phone == "+48 22 601 44 27"
