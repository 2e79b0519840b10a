"""The merge view, by keyboard: accept one change, reject another, resolve a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key  # noqa: E402
from pactdesk.services import exchange  # noqa: E402
from pactdesk.services.drafts import Draft  # noqa: E402
from tests.exchange_support import BASE_ACTIONS, make_exchange  # noqa: E402
from tests.ui.conftest import type_text  # noqa: E402

A_ACT = answer_key("II.a", ACTIONS)
A_DEV = answer_key("II.a", DEVELOPMENTS)
B_ACT = answer_key("II.b", ACTIONS)


@pytest.fixture
def returned(tmp_path: Path):
    ex = make_exchange(tmp_path)
    ex.edit(
        ex.contributor,
        {
            A_ACT: BASE_ACTIONS.replace("thirty days", "twenty days"),
            A_DEV: "A review is planned for 2011.",
            B_ACT: "Bilateral agreements were signed with Moldova.",
        },
        author="Anna Nowak",
    )
    ex.edit(
        ex.coordinator,
        {
            A_ACT: BASE_ACTIONS.replace("adopted", "passed"),
            B_ACT: "Bilateral agreements were signed with Georgia.",
        },
        author="Coordinator",
    )
    return ex, ex.give_back()


def test_the_merge_view_by_keyboard(qtbot, returned, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog

    from pactdesk.ui.dialogs.merge_dialog import MergeDialog

    ex, back = returned
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(back), ""))
    )
    draft = Draft.open(ex.coordinator)
    try:
        dialog = MergeDialog(draft, "Coordinator")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        alt = Qt.KeyboardModifier.AltModifier
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        qtbot.keyClick(dialog, Qt.Key.Key_C, alt)  # Choose…
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
        assert "unsigned" in dialog.summary.text()
        assert dialog.changes.count() == 2 and dialog.conflicts.count() == 1
        # the first change, word by word: "thirty" struck through, "twenty" inserted
        first = dialog.changes.item(0).text()
        assert first.startswith("Accepted") and "II.a" in first
        shown = dialog.change_view.toHtml()
        assert "line-through" in shown and "underline" in shown and "twenty" in shown
        assert QApplication.focusWidget() is dialog.changes

        # a button's mnemonic clicks it after a short animation: wait for what it does
        qtbot.keyClick(dialog.changes, Qt.Key.Key_A, alt)  # accept the merged one
        qtbot.waitUntil(lambda: dialog.changes.currentRow() == 1, timeout=3000)
        qtbot.keyClick(dialog.changes, Qt.Key.Key_R, alt)  # reject the other
        qtbot.waitUntil(lambda: dialog.changes.item(1).text().startswith("Rejected"), timeout=3000)
        assert dialog.changes.item(0).text().startswith("Accepted")

        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert dialog.tabs.currentIndex() == 1
        assert dialog.ours_text.toPlainText().endswith("Georgia.")
        assert dialog.theirs_text.toPlainText().endswith("Moldova.")
        qtbot.keyClick(dialog, Qt.Key.Key_X, alt)  # the merged text
        assert QApplication.focusWidget() is dialog.merged_text
        qtbot.keyClick(dialog.merged_text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, "Agreements with Georgia and Moldova — zażółć.")
        qtbot.keyClick(dialog, Qt.Key.Key_U, alt)  # use the merged text
        qtbot.waitUntil(lambda: dialog.conflicts.item(0).text().startswith("Merged"), timeout=3000)

        qtbot.keyClick(dialog, Qt.Key.Key_M, alt)  # Merge
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
        assert dialog.result() == dialog.DialogCode.Accepted
        items = draft.items()
        assert items[A_ACT] == BASE_ACTIONS.replace("adopted", "passed").replace("thirty", "twenty")
        assert items[A_DEV] != "A review is planned for 2011."  # rejected
        assert items[B_ACT] == "Agreements with Georgia and Moldova — zażółć."
        assert exchange.conflicts(draft) == []
        assert not draft.check_history()
        # the accepted change and the resolved conflict: ONE merge event naming both parents
        events = draft.events()
        merged = events[-1]
        assert merged.is_merge and {c.item for c in merged.changes} == {A_ACT, B_ACT}
        parents = merged.parents_json()
        assert parents is not None and parents["ours"]["hash"] == events[-2].hash
        assert parents["theirs"]["package_id"] == dialog.plan.package_id
        assert not [e for e in events if e.source and e.source.startswith("resolve:")]
    finally:
        draft.close()


def test_open_conflicts_are_resolved_in_the_same_view(qtbot, returned) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.dialogs.merge_dialog import MergeDialog

    ex, back = returned
    draft = Draft.open(ex.coordinator)
    try:
        opened = exchange.read_package(back.read_bytes(), label=back.name)
        exchange.apply_import(draft, exchange.plan_import(draft, opened), author="Coordinator")
        assert [c.field for c in exchange.conflicts(draft)] == ["II.b/actions_undertaken"]
        dialog = MergeDialog(draft, "Coordinator", open_conflicts=True)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        assert "1 open conflict" in dialog.summary.text()
        assert dialog.theirs_text.toPlainText().endswith("Moldova.")
        alt = Qt.KeyboardModifier.AltModifier
        qtbot.keyClick(dialog, Qt.Key.Key_T, alt)  # take theirs
        qtbot.waitUntil(lambda: dialog.conflicts.item(0).text().startswith("Theirs"), timeout=3000)
        qtbot.keyClick(dialog, Qt.Key.Key_R, alt)  # resolve
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
        assert draft.value(B_ACT) == "Bilateral agreements were signed with Moldova."
        assert exchange.conflicts(draft) == []
    finally:
        draft.close()
