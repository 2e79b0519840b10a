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


def test_a_contributors_draft_shows_the_other_items_locked(
    qtbot, make_window, tmp_path: Path
) -> None:
    """Every item is in the contents; those not sent are marked read-only and cannot be typed in."""
    from PySide6.QtCore import Qt

    ex = make_exchange(tmp_path, items="II.b,P1.II")
    window = make_window(ex.contributor)
    editor = window.editor
    navigator, model = editor.navigator, editor.model
    hidden = [
        key
        for key in model.page_keys
        if navigator.isRowHidden(model.index_for_key(key).row(), model.index_for_key(key).parent())
    ]
    assert hidden == []
    # it opens on the package's first item, which is writable
    assert editor.current_page == "political/II"
    assert not editor.political.locked_note.isVisible()

    def mark(key: str) -> str:
        return model.index_for_key(key).siblingAtColumn(1).data()

    assert mark("commitment/I.a") == "read-only" and mark("political/I") == "read-only"
    assert mark("commitment/II.b") != "read-only" and mark("political/II") != "read-only"
    spoken = model.index_for_key("commitment/I.a").data(Qt.ItemDataRole.AccessibleTextRole)
    assert "read-only, not sent to you" in spoken

    # A click on a locked commitment shows it with the note; typing changes nothing.
    index = model.index_for_key("commitment/I.a")
    navigator.scrollTo(index)
    qtbot.mouseClick(
        navigator.viewport(), Qt.MouseButton.LeftButton, pos=navigator.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: editor.current_page == "commitment/I.a")
    page = editor.commitment
    assert page.locked_note.isVisible() and "not sent to you" in page.locked_note.text()
    assert page.actions_field.edit.isReadOnly()
    assert not page.data.add_button.isEnabled()
    page.actions_field.edit.setFocus()
    type_text(qtbot, "Not mine")
    assert page.actions_field.edit.toPlainText() == ""

    # The item sent to her: no note, and what she types is saved.
    index = model.index_for_key("commitment/II.b")
    navigator.scrollTo(index)
    qtbot.mouseClick(
        navigator.viewport(), Qt.MouseButton.LeftButton, pos=navigator.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: editor.current_page == "commitment/II.b")
    assert not page.locked_note.isVisible() and not page.actions_field.edit.isReadOnly()
    page.actions_field.edit.setFocus()
    type_text(qtbot, " Mine.")
    editor.flush_and_wait()
    with Draft.open(ex.contributor, read_only=True) as draft:
        assert "Mine." in draft.value("commitment/II.b/actions_undertaken")
        assert draft.value("commitment/I.a/actions_undertaken") == ""


def test_the_history_panel_names_a_merge_by_its_return() -> None:
    from pactdesk.ui.views.history_panel import source_label

    source = (
        "exchange-import:back.pdx; merge of this draft at revision 4 (abc) and Anna "
        "Nowak's return at their revision 2 (def)"
    )
    assert source_label(source) == "merged from the return back.pdx"


def test_a_contributors_checks_and_counts_are_about_the_items_sent(
    qtbot, make_window, tmp_path: Path
) -> None:
    """The items not sent are the coordinator's to fix: no "to fix" for them, no count."""
    from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key, prompt_key

    ex = make_exchange(tmp_path, items="II.b,P1.II")
    window = make_window(ex.contributor)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.state is not None, timeout=10_000)
    commitment = window.draft.framework.commitment("II.b")
    mine = [
        "political/II",
        answer_key("II.b", ACTIONS),
        answer_key("II.b", DEVELOPMENTS),
        *(prompt_key("II.b", p.id) for p in commitment.prompts),
    ]
    # Answered in the package: the area's assessment and II.b's actions.
    label = window.header.completeness_label.text()
    assert label.startswith(f"2 of {len(mine)} fields answered"), label
    errors = [f for f in editor.state.findings if f.severity.value == "error"]
    assert errors and {f.item.split("/")[1] for f in errors} <= {"II", "II.b"}
    assert f"· {len(errors)} to fix" in label
    # A locked item's page lists nothing to fix; the coordinator's draft still does.
    editor.show_page("commitment/I.a")
    qtbot.waitUntil(lambda: editor.current_page == "commitment/I.a")
    assert window.checks.list.item(0).text() == "Nothing to fix on this item."
    window.close_draft()
    coordinator = make_window(ex.coordinator)
    qtbot.waitUntil(lambda: coordinator.editor.state is not None, timeout=10_000)
    assert "I.a" in {f.item.split("/")[1] for f in coordinator.editor.state.findings}
