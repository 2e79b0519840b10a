"""A deliberately faulty window: proves that the AT-SPI walk finds what it looks for.

It has an answer box with no label and no accessible name, a button named
after its object name, an icon-only button with no name, a tree row with no
text, and good controls (a named field, a table with a blank value).  Run
by ``tests/a11y/test_atspi.py`` through the walker's ``--check-only`` mode.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("BadWindow")
    window = QMainWindow()
    window.setWindowTitle("A window with faults")
    body = QWidget(window)
    layout = QVBoxLayout(body)
    unnamed = QPlainTextEdit(body)
    unnamed.setObjectName("answerEdit_I_a")
    named_after_object = QPushButton(body)
    named_after_object.setObjectName("saveButton")
    named_after_object.setAccessibleName("saveButton")
    icon_only = QToolButton(body)
    good = QLineEdit(body)
    good.setAccessibleName("Your name")
    tree = QTreeWidget(body)  # a contents tree with a row that has no text
    tree.setAccessibleName("Contents")
    tree.setHeaderLabels(["Item", "Progress"])
    tree.addTopLevelItem(QTreeWidgetItem(["Commitment I.a", "2/2"]))
    tree.addTopLevelItem(QTreeWidgetItem(["", "0/2"]))
    table = QTableWidget(1, 2, body)  # a blank value in a table is not a fault
    table.setAccessibleName("Data points")
    table.setItem(0, 0, QTableWidgetItem("Work permits"))
    table.setItem(0, 1, QTableWidgetItem(""))
    for widget in (unnamed, named_after_object, icon_only, good, tree, table):
        layout.addWidget(widget)
    window.setCentralWidget(body)
    window.resize(400, 300)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
