"""The comments panel and the navigator's comment mark, by keyboard (issue 14).

Words are selected in an answer, Edit › Comment on the selection (Ctrl+Alt+M)
anchors the comment typed in the panel to them; the words are highlighted,
Enter on the comment selects them again; an edit before them moves the
highlight with them, rewriting them detaches the comment; answer and resolve;
the navigator's mark (an icon and words for a screen reader) follows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from pactdesk.domain.contribution import ACTIONS, answer_key  # noqa: E402
from pactdesk.services import review  # noqa: E402
from pactdesk.services.drafts import Draft  # noqa: E402
from pactdesk.testing.drafts import create_draft  # noqa: E402
from tests.ui.conftest import PROFILE_NAME, focus, press, type_text  # noqa: E402

ACT = answer_key("I.a", ACTIONS)
TEXT = "The law was adopted in May by the Sejm."


def _mark(window, page_key: str) -> tuple[bool, str]:
    """What the navigator shows for a row: a comment icon in the second column, and its words."""
    from PySide6.QtCore import Qt

    model = window.editor.model
    index = model.index_for_key(page_key)
    icon = model.data(index.siblingAtColumn(1), Qt.ItemDataRole.DecorationRole)
    words = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    return icon is not None and not icon.isNull(), str(words)


def _highlighted(edit) -> list[str]:
    return [s.cursor.selectedText() for s in edit.extraSelections()]


def test_comment_on_selected_words_answer_resolve_by_keyboard(
    qtbot, tmp_path: Path, make_window
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    path = tmp_path / "pl.pactdesk"
    draft = create_draft(path, items={ACT: TEXT}, author="Anna")
    review.add_comment(draft, "II.b", "Name the agreements", author="Ewa Head")
    draft.close()
    window = make_window(path)
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier

    # The mark, as soon as the draft is on screen (the comments are read once it
    # is shown): II.b (and its area) has one open thread; I.a has none.
    qtbot.waitUntil(lambda: _mark(window, "commitment/II.b")[0] is True, timeout=3000)
    assert _mark(window, "commitment/II.b")[1].endswith("; 1 open comment")
    assert _mark(window, "area/II")[1].endswith("; 1 open comment")
    assert _mark(window, "commitment/I.a")[0] is False
    assert "open comment" not in _mark(window, "commitment/I.a")[1]

    # Select "adopted" in the answer, by keyboard.
    window.go_to_item(ACT)
    edit = window.editor.page_widget().field_for(ACT)
    assert focus() is edit
    press(qtbot, Qt.Key.Key_Home, ctrl)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right, ctrl)
    for _ in range(len("adopted")):
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert edit.textCursor().selectedText() == "adopted"

    # Comment on the selection: the panel's box takes the cursor and says what it is on.
    panel = window.comments
    press(qtbot, Qt.Key.Key_M, ctrl | alt)
    assert focus() is panel.text
    assert window.comments_dock.isVisible()
    assert "“adopted”" in panel.anchor_label.text()
    type_text(qtbot, "Check the date — Straż Graniczna")
    assert panel.list.item(0).text() == "No comments on this item yet."
    press(qtbot, Qt.Key.Key_Return, ctrl)  # Ctrl+Enter adds it
    qtbot.waitUntil(lambda: panel.list.item(0).data(Qt.ItemDataRole.UserRole) is not None)
    assert panel.list.count() == 1
    shown = panel.list.item(0).text()
    assert f"{PROFILE_NAME}, " in shown and "(open): Check the date — Straż Graniczna" in shown
    assert "On “adopted” in" in shown
    assert panel.status.text() == "Comment added."
    assert _highlighted(edit) == ["adopted"]
    assert _mark(window, "commitment/I.a")[0] is True
    assert _mark(window, "commitment/I.a")[1].endswith("; 1 open comment")

    # Answer it: the list (Alt+T), the box (Alt+Y), Answer (Alt+W).
    press(qtbot, Qt.Key.Key_T, alt)
    assert focus() is panel.list
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Y, alt)
    assert focus() is panel.text
    type_text(qtbot, "Checked: it was May")
    press(qtbot, Qt.Key.Key_W, alt)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=3000)
    assert panel.list.item(1).text().startswith("    ↳ " + PROFILE_NAME)
    assert "Checked: it was May" in panel.list.item(1).text()

    # Enter on the comment goes to its words, selected in the answer.
    edit.moveCursor(QTextCursor.MoveOperation.End)
    press(qtbot, Qt.Key.Key_T, alt)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    assert focus() is edit
    assert edit.textCursor().selectedText() == "adopted"

    # Typing before the words: the highlight and the anchor follow them.
    press(qtbot, Qt.Key.Key_Home, ctrl)
    type_text(qtbot, "In 2009 ")
    qtbot.wait(400)  # the highlights are placed again once typing pauses
    assert _highlighted(edit) == ["adopted"]
    assert "On “adopted” in" in panel.list.item(0).text()

    # The words rewritten: the comment is detached, said so, and no longer highlighted.
    edit.selectAll()
    type_text(qtbot, "Rewritten completely.")
    qtbot.waitUntil(lambda: "Detached" in panel.list.item(0).text(), timeout=3000)
    assert _highlighted(edit) == []

    # Resolve the thread (Alt+D): the mark goes away from I.a.
    press(qtbot, Qt.Key.Key_T, alt)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_D, alt)
    qtbot.waitUntil(lambda: panel.status.text() == "Comment resolved.", timeout=3000)
    assert "(resolved)" in panel.list.item(0).text()
    assert _mark(window, "commitment/I.a")[0] is False
    assert "open comment" not in _mark(window, "commitment/I.a")[1]
    window.close_draft()
    with Draft.open(path) as draft:
        mine = [c for c in review.comments(draft) if c.item == "I.a"]
        assert [(c.text, c.open, c.quote) for c in mine] == [
            ("Check the date — Straż Graniczna", False, "adopted"),
            ("Checked: it was May", False, None),
        ]
        assert mine[0].span == (12, 19) and mine[0].field == "I.a/actions_undertaken"


def test_comment_on_selection_without_words_says_so(qtbot, draft_path: Path, make_window) -> None:
    from PySide6.QtCore import Qt

    window = make_window(draft_path)
    window.go_to_item(ACT)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    press(qtbot, Qt.Key.Key_M, modifiers)
    assert window.statusBar().currentMessage() == "Select some words in an answer first."
    assert window.comments.anchor is None


def test_the_contributor_sees_the_threads_and_answers_them(
    qtbot, tmp_path: Path, make_window
) -> None:
    """A package's threads in the contributor's window; her answer goes back with the return."""
    from PySide6.QtCore import Qt

    from tests.exchange_support import make_exchange_with_comments
    from tests.helpers import run_cli

    ex, ids = make_exchange_with_comments(tmp_path)
    window = make_window(ex.contributor)
    key = "commitment/II.a/actions_undertaken"
    window.go_to_item(key)
    edit = window.editor.page_widget().field_for(key)
    panel = window.comments
    qtbot.waitUntil(lambda: "Check the date with the labour office" in panel.list.item(0).text())
    assert "On “ministry” in" in panel.list.item(0).text()
    assert _highlighted(edit) == ["ministry"]
    assert _mark(window, "commitment/II.a")[0] is True
    press(
        qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert focus() is panel.list  # Go to the comments
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "Right: the ministry of labour")
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=3000)
    window.close_draft()
    back = ex.give_back()
    assert run_cli("exchange", "import", ex.coordinator, back).returncode == 0
    with Draft.open(ex.coordinator) as draft:
        answers = [c for c in review.comments(draft) if c.reply_to == ids["anchored"]]
        assert [(c.author, c.text) for c in answers] == [
            (PROFILE_NAME, "Right: the ministry of labour")
        ]


def test_words_chosen_then_moved_by_typing_are_found_again(
    qtbot, tmp_path: Path, make_window
) -> None:
    from PySide6.QtCore import Qt

    path = tmp_path / "pl.pactdesk"
    create_draft(path, items={ACT: TEXT}, author="Anna").close()
    window = make_window(path)
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    window.go_to_item(ACT)
    edit = window.editor.page_widget().field_for(ACT)
    press(qtbot, Qt.Key.Key_End, ctrl)
    for _ in range(len("Sejm.")):
        press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_M, ctrl | alt)  # the next comment is on "Sejm."
    assert focus() is window.comments.text
    edit.setFocus()  # back to the answer (as a click would): words typed before the choice
    press(qtbot, Qt.Key.Key_Home, ctrl)
    type_text(qtbot, "In 2009: ")
    press(qtbot, Qt.Key.Key_M, ctrl | Qt.KeyboardModifier.ShiftModifier)  # Go to the comments
    press(qtbot, Qt.Key.Key_Y, alt)
    type_text(qtbot, "Name the chamber")
    press(qtbot, Qt.Key.Key_Return, ctrl)
    qtbot.waitUntil(lambda: window.comments.status.text() == "Comment added.", timeout=3000)
    assert _highlighted(edit) == ["Sejm."]
    window.close_draft()
    with Draft.open(path) as draft:
        (made,) = review.comments(draft)
        assert made.quote == "Sejm." and made.span == (len("In 2009: ") + 34, len(TEXT) + 9)
