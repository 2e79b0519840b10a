"""Driving the sign-off dialogs as an official does: the menu by keyboard, fields by typing.

The Sign-off menu is opened with its mnemonic (Alt+S) and an item chosen
with the arrow keys and Enter; fields get the focus by a click and are typed
into one key event per character; buttons are clicked.  Nothing here calls
a dialog's slot or ``accept()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMenu, QWidget

from tests.ui.conftest import type_text

ALT = Qt.KeyboardModifier.AltModifier


def choose_menu(qtbot: Any, window: Any, text: str) -> None:
    """Alt+S opens the Sign-off menu; Down to the item called ``text``; Enter."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    items = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
    names = [a.text().replace("&", "") for a in items]
    assert text in names, names
    wanted = items[names.index(text)]
    # Opened from the keyboard, the menu may start on its first item: go down until there.
    for _ in range(len(items) + 1):
        if menu.activeAction() is wanted:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is wanted
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def wait_dialog(qtbot: Any, kind: type, timeout: int = 5000) -> Any:
    """The dialog of ``kind`` the last action opened (window-modal)."""
    found: list[Any] = []

    def opened() -> bool:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            found.append(widget)
            return True
        return False

    qtbot.waitUntil(opened, timeout=timeout)
    qtbot.waitExposed(found[-1])
    return found[-1]


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, box: QWidget) -> None:
    """Click a check box on its indicator, where a person clicks it."""
    assert box.isVisible() and box.isEnabled(), box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def fill(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Click into a field, select what is there (Ctrl+A), type ``text`` over it."""
    assert edit.isVisible() and edit.isEnabled(), edit
    top = edit.window()
    if QApplication.activeWindow() is not top:  # a dialog just opened over another window
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=3000)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=3000)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == text


def answer_file_dialog(qtbot: Any, path: Path) -> None:
    """When the next file dialog opens, type ``path`` into its name field and press Enter.

    The keys go to the dialog's own name field (not to whatever has the focus:
    with several windows open, the platform may not have activated the dialog
    yet).  A dialog still open after a few seconds is closed, so that a test
    fails instead of waiting for ever.
    """
    tries = [0]

    def answer() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        name = dialog.findChild(QLineEdit, "fileNameEdit") if dialog is not None else None
        if dialog is None or name is None:
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(25, answer)
            return
        # Over whatever name the dialog suggests (selected only when it has the focus),
        # the path pasted as a person pastes it: typed a character at a time, the
        # dialog's completer walks into each folder of the path as its "/" arrives
        # and may end up selecting the folders themselves.
        QApplication.clipboard().setText(str(path))
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: any(Path(f) == Path(path) for f in dialog.selectedFiles()), timeout=3000
        )
        qtbot.keyClick(name, Qt.Key.Key_Return)
        # Tied to the dialog: the timer goes with it when it closes and is deleted.
        QTimer.singleShot(3000, dialog, dialog.reject)

    QTimer.singleShot(25, answer)


def wait_outcome(qtbot: Any, outcome: Any, timeout: int = 30000) -> str:
    """Wait until a dialog says what happened; its sentence."""
    qtbot.waitUntil(
        lambda: outcome.message.isVisible() and outcome.message.styleSheet().startswith("color"),
        timeout=timeout,
    )
    return str(outcome.message.text())


def close(qtbot: Any, dialog: QWidget) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
