"""Help › Copy diagnostic information: versions, folders and the log, on the clipboard.

(That the log holds no content is tests/test_logs.py's and conftest's check.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu


def test_copy_diagnostic_information_from_the_help_menu(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    window.show()
    qtbot.waitExposed(window)
    QApplication.clipboard().clear()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    help_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(help_menu)
    item = next(a for a in help_menu.actions() if a.text() == "Copy &diagnostic information")
    help_menu.setActiveAction(item)
    qtbot.keyClick(help_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.clipboard().text().startswith("PactDesk "), timeout=5000)
    text = QApplication.clipboard().text()
    assert "Qt: 6." in text and "SQLAlchemy " in text and "Log file: " in text
    assert "Diagnostic information copied" in window.statusBar().currentMessage()
