"""Fixtures for the window's tests: a profile, windows over drafts, typing by key events.

Typing goes to whatever widget has the keyboard focus, as a real keyboard
does: ASCII through ``QTest`` key clicks, anything else one ``QKeyEvent``
per character (``QTest`` aborts on non-ASCII text, see shared NOTES.md).
Shortcuts are pressed the same way; Qt delivers a non-spontaneous key press
to the shortcut map first, so menu shortcuts fire as they do for a user.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PROFILE_NAME = "Zofia Wiśniewska"


@pytest.fixture
def profile(pactdesk_home: Path):
    from pactdesk import settings

    saved = settings.Settings(
        profile=settings.Profile(
            name=PROFILE_NAME, ministry="Ministerstwo Spraw Wewnętrznych", member_state="PL"
        ),
        first_run_done=True,
    )
    settings.save(saved)
    return saved


@pytest.fixture
def draft_path(new_draft) -> Path:
    """A new, empty Polish draft, closed so that a window can open it."""
    draft = new_draft()
    path = draft.path
    draft.close()
    return path


@pytest.fixture
def make_window(qtbot, profile) -> Iterator:
    from pactdesk.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(path: Path | None = None, *, smoke: bool = False) -> MainWindow:
        window = MainWindow(smoke=smoke)
        windows.append(window)
        if path is not None:
            assert window.open_draft(path)
        else:
            window.show_welcome()
        window.show()  # at the size it takes on its own: fitted to the screen
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.processEvents()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    """Type ``text`` into the focused widget, a key event per character."""
    for ch in text:
        target = focus()
        if ch.isascii() and ch.isprintable():
            qtbot.keyClick(target, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(target, event)
