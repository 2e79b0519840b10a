"""Find across the whole contribution: a bar under the editor (Ctrl+F, F3, Shift+F3, Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from pactdesk.ui.i18n import tr


class FindEdit(QLineEdit):
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)


class FindBar(QFrame):
    search_changed = Signal(str)
    go = Signal(int)  # the match to show
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(tr("Fi&nd in the whole contribution:"), self)
        self.edit = FindEdit(self)
        self.edit.setAccessibleName(tr("Find in the whole contribution"))
        self.edit.setPlaceholderText(tr("Words in any answer, prompt, data point or reference"))
        self.edit.setClearButtonEnabled(True)
        for button in self.edit.findChildren(QToolButton):  # Qt's clear button has no name
            button.setAccessibleName(tr("Clear the search"))
        self.label.setBuddy(self.edit)
        self.count = QLabel(self)
        self.previous = QToolButton(self)
        self.previous.setText(tr("Previous"))
        self.previous.setAccessibleName(tr("Previous match"))
        self.previous.setToolTip(
            tr("Previous match ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.FindPrevious).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.next = QToolButton(self)
        self.next.setText(tr("Next"))
        self.next.setAccessibleName(tr("Next match"))
        self.next.setToolTip(
            tr("Next match ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.FindNext).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.close_button = QToolButton(self)
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close the find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        self.position = -1
        self.total = 0
        self.edit.textChanged.connect(self._changed)
        self.edit.next_requested.connect(self.find_next)
        self.edit.previous_requested.connect(self.find_previous)
        self.edit.close_requested.connect(self.close_bar)
        self.next.clicked.connect(self.find_next)
        self.previous.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def _changed(self, text: str) -> None:
        self.position = -1
        self.search_changed.emit(text)

    def set_count(self, total: int) -> None:
        self.total = total
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif self.total == 0:
            self.count.setText(tr("Not found"))
        elif self.position < 0:
            self.count.setText(
                tr("1 match") if self.total == 1 else tr("{n} matches").format(n=self.total)
            )
        else:
            self.count.setText(tr("{n} of {total}").format(n=self.position + 1, total=self.total))

    def find_next(self) -> None:
        if not self.total:
            return
        self.position = (self.position + 1) % self.total
        self._show_count()
        self.go.emit(self.position)

    def find_previous(self) -> None:
        if not self.total:
            return
        self.position = (self.position - 1) % self.total if self.position >= 0 else self.total - 1
        self._show_count()
        self.go.emit(self.position)
