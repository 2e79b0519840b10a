"""Comments, review and compare, by keyboard: add, answer, resolve; a state; a redline."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from pactdesk.domain.contribution import ACTIONS, answer_key  # noqa: E402
from pactdesk.services import review  # noqa: E402
from pactdesk.testing.drafts import create_draft  # noqa: E402
from tests.ui.conftest import type_text  # noqa: E402

ACT = answer_key("I.a", ACTIONS)


def test_comments_review_and_redline_by_keyboard(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.dialogs.review_dialog import ReviewDialog

    draft = create_draft(
        tmp_path / "pl.pactdesk", items={ACT: "The law was adopted in May."}, author="Anna"
    )
    draft.save(ACT, "The law was passed in May.", author="Anna")
    try:
        dialog = ReviewDialog(draft, "Ewa Head")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
        alt = Qt.KeyboardModifier.AltModifier

        # a comment on the first item (P1.I), then an answer, then resolved
        qtbot.keyClick(dialog, Qt.Key.Key_E, alt)  # Comment:
        assert QApplication.focusWidget() is dialog.comment_text
        type_text(qtbot, "Check the figure — Straż Graniczna")
        qtbot.keyClick(dialog, Qt.Key.Key_A, alt)  # Add comment
        qtbot.waitUntil(lambda: dialog.comment_list.count() == 1, timeout=3000)
        assert "Ewa Head: Check the figure — Straż Graniczna (open)" in (
            dialog.comment_list.item(0).text()
        )
        qtbot.keyClick(dialog, Qt.Key.Key_E, alt)
        type_text(qtbot, "Checked")
        qtbot.keyClick(dialog, Qt.Key.Key_N, alt)  # Answer the chosen comment
        qtbot.waitUntil(lambda: dialog.comment_list.count() == 2, timeout=3000)
        assert dialog.comment_list.item(1).text().startswith("    ↳ Ewa Head: Checked")
        dialog.comment_list.setFocus()
        qtbot.keyClick(dialog.comment_list, Qt.Key.Key_Home)
        qtbot.keyClick(dialog, Qt.Key.Key_S, alt)  # Resolve
        qtbot.waitUntil(lambda: "(resolved)" in dialog.comment_list.item(0).text(), timeout=3000)
        assert "(resolved)" in dialog.comment_list.item(1).text()
        assert dialog.message.text() == "Comment resolved."
        assert [c.open for c in review.comments(draft)] == [False, False]

        # the review view: I.a becomes ready for review and waits for the reviewer
        qtbot.keyClick(dialog, Qt.Key.Key_R, alt)  # the Review tab
        assert dialog.tabs.currentIndex() == 1
        qtbot.keyClick(dialog, Qt.Key.Key_I, alt)  # Items and their review
        assert QApplication.focusWidget() is dialog.state_tree
        qtbot.keyClick(dialog.state_tree, Qt.Key.Key_Home)
        while dialog.state_tree.currentItem().text(0) != "I.a":
            qtbot.keyClick(dialog.state_tree, Qt.Key.Key_Down)
        qtbot.keyClick(dialog, Qt.Key.Key_N, alt)  # New state
        assert QApplication.focusWidget() is dialog.state_box
        qtbot.keyClick(dialog.state_box, Qt.Key.Key_Down)  # ready for review
        qtbot.keyClick(dialog, Qt.Key.Key_T, alt)  # Set state
        qtbot.waitUntil(lambda: dialog.message.text() == "Review state changed.", timeout=3000)
        row = dialog.state_tree.currentItem()
        assert [row.text(i) for i in range(4)] == [
            "I.a",
            "ready for review",
            "Ewa Head",
            "the reviewer",
        ]

        # compare the last two revisions: "adopted" struck through, "passed" underlined
        qtbot.keyClick(dialog, Qt.Key.Key_P, alt)  # the Compare tab
        assert dialog.tabs.currentIndex() == 2
        qtbot.keyClick(dialog, Qt.Key.Key_W, alt)  # Show changes
        qtbot.waitUntil(lambda: "I.a/actions_undertaken" in dialog.redline.toPlainText())
        shown = dialog.redline.toHtml()
        assert "line-through" in shown and "underline" in shown
        struck = shown.split("line-through")[1].split("</span>")[0]
        underlined = shown.split("underline")[1].split("</span>")[0]
        assert "adopted" in struck and "passed" in underlined
        assert "May" not in struck and "May" not in underlined
    finally:
        draft.close()
