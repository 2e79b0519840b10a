"""The Exchange menu of the window: assign items in a dialog, filter the navigator by assignee."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from pactdesk.services import exchange  # noqa: E402
from pactdesk.services.drafts import Draft  # noqa: E402
from tests.exchange_support import make_exchange  # noqa: E402
from tests.ui.conftest import type_text  # noqa: E402


def test_assign_in_the_window_then_show_only_that_persons_items(
    qtbot, make_window, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.dialogs.exchange_dialogs import AssignDialog

    ex = make_exchange(tmp_path)
    window = make_window(ex.coordinator)
    assert window.assign_items_action.isEnabled()
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AssignDialog)
        items = dialog.items
        row = next(r for r in range(items.count()) if items.item(r).text().startswith("III.a "))
        items.setFocus()
        items.setCurrentRow(row)
        qtbot.keyClick(items, Qt.Key.Key_Space)
        seen.append(items.item(row).text())
        qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        type_text(qtbot, "Jan Kowalski — MSZ")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, fill)
    window.assign_items_action.trigger()
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: exchange.items_assigned_to(window.draft, "Jan Kowalski — MSZ") == ("III.a",),
        timeout=10_000,
    )

    window.exchange.filter_to("Anna Nowak")
    navigator, model = window.editor.navigator, window.editor.model
    shown = [
        key
        for key in model.page_keys
        if not navigator.isRowHidden(
            model.index_for_key(key).row(), model.index_for_key(key).parent()
        )
    ]
    assert shown == ["commitment/II.a", "commitment/II.b"]
    window.exchange.filter_to(None)
    assert not navigator.isRowHidden(0, model.index_for_key("political/I").parent())
    window.close_draft()
    with Draft.open(ex.coordinator) as draft:
        assert [r.item for r in exchange.assignments(draft) if r.assignee.startswith("Jan")] == [
            "III.a"
        ]


def test_a_contributors_draft_shows_only_the_items_sent(make_window, tmp_path: Path) -> None:
    ex = make_exchange(tmp_path, items="II.b,P1.II")
    window = make_window(ex.contributor)
    navigator, model = window.editor.navigator, window.editor.model
    shown = [
        key
        for key in model.page_keys
        if not navigator.isRowHidden(
            model.index_for_key(key).row(), model.index_for_key(key).parent()
        )
    ]
    assert shown == ["political/II", "commitment/II.b"]
