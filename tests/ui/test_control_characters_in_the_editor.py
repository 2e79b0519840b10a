"""The answer box never takes a control character in: pasted, typed, or left from before.

The workbook and Word formats cannot carry C0 control characters and every
door refuses them (docs/limits.md), so the editor drops them: a paste
(clipboard, Ctrl+V) keeps its text, tabs and line breaks, without the
controls. A draft an older PactDesk saved may hold one: the Checks name the
answer, and any change to it in the window saves it without.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from pactdesk.services.drafts import Draft
from tests.helpers import as_an_older_pactdesk_saved
from tests.ui.conftest import focus, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def saved_value(path, key: str) -> str:
    with Draft.open(path, read_only=True) as draft:
        return draft.value(key)


def test_a_pasted_control_character_is_dropped_and_never_saved(qtbot, make_window, draft_path):
    make_window(draft_path)
    type_text(qtbot, "Ocena: ")
    QApplication.clipboard().setText("dzwonek\x07 i nowa\x0cstrona\r\nz Windows\tz tabulatorem")
    press(qtbot, Qt.Key.Key_V, CTRL)
    edit = focus()
    assert isinstance(edit, QPlainTextEdit)
    shown = "Ocena: dzwonek i nowastrona\nz Windows\tz tabulatorem"
    assert edit.toPlainText() == shown
    qtbot.waitUntil(lambda: saved_value(draft_path, "political/I") == shown, timeout=3000)


def test_keys_that_type_a_control_character_type_the_rest(qtbot, make_window, draft_path):
    make_window(draft_path)
    type_text(qtbot, "a\x07b\x1b")  # one key event each, as a remote keyboard sends them
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # an input method's burst
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "c\x08d")
        QApplication.sendEvent(focus(), event)
    assert focus().toPlainText() == "abcd"
    qtbot.waitUntil(lambda: saved_value(draft_path, "political/I") == "abcd", timeout=3000)


def test_a_control_character_from_an_older_pactdesk_is_named_and_goes_on_the_next_edit(
    qtbot, make_window, new_draft
):
    draft = new_draft()
    with as_an_older_pactdesk_saved():
        draft.save("political/I", "Ocena\x07 z dzwonkiem", author="Jan")
    path = draft.path
    draft.close()
    window = make_window(path)
    qtbot.waitUntil(lambda: window.editor.state is not None, timeout=3000)
    texts = [window.checks.list.item(i).text() for i in range(window.checks.list.count())]
    named = [t for t in texts if "control character (U+0007, bell) at character 6" in t]
    assert named, texts
    assert named[0].startswith("To fix: Part I, I Legal immigration – integration: it holds")
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, ".")
    qtbot.waitUntil(lambda: saved_value(path, "political/I") == "Ocena z dzwonkiem.", timeout=3000)
    qtbot.waitUntil(
        lambda: (
            not any(
                "control character" in window.checks.list.item(i).text()
                for i in range(window.checks.list.count())
            )
        ),
        timeout=3000,
    )
