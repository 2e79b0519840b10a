"""The answer box an official types in, with its label and word count.

One :class:`AnswerField` is reused for every item of the same place on a
page: switching item swaps the ``QTextDocument`` under the box (one document
per item, kept by :class:`DocumentStore`), so every field keeps its own undo
history and its cursor for the whole session, and switching costs no
re-reading.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import limits
from pactdesk.domain.contribution import word_count
from pactdesk.ui import style
from pactdesk.ui.i18n import tr


class DocumentStore(QObject):
    """One ``QTextDocument`` per item key, created on first use from the saved text."""

    changed = Signal(str)  # the item key whose text changed (typing, undo, paste …)

    def __init__(self, values: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values = values
        self._documents: dict[str, QTextDocument] = {}

    def document(self, key: str) -> QTextDocument:
        document = self._documents.get(key)
        if document is None:
            document = QTextDocument(self)
            document.setDocumentLayout(QPlainTextDocumentLayout(document))
            document.setPlainText(self._values.get(key, ""))
            document.setModified(False)
            document.contentsChanged.connect(lambda k=key: self.changed.emit(k))
            self._documents[key] = document
        return document

    def text(self, key: str) -> str:
        document = self._documents.get(key)
        return document.toPlainText() if document is not None else self._values.get(key, "")

    def getter(self, key: str) -> Callable[[], str]:
        document = self.document(key)
        return document.toPlainText


class AnswerEdit(QPlainTextEdit):
    """A plain-text answer box: Tab moves on (it never types a tab), leaving it saves.

    Nothing pasted, dropped or typed puts a control character in (the workbook
    and Word formats cannot carry one, and the draft refuses it): line breaks
    of any kind become line breaks, tabs stay, every other C0 control goes.
    """

    left = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 8) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lines = lines
        self.setFixedHeight(self._height_for(lines))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        return lines * self.fontMetrics().lineSpacing() + frame + 12

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        # Paste, drag and drop: the plain text only, without its control characters.
        if source.hasText():
            self.insertPlainText(limits.without_control_characters(source.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if plain and len(text) > 1 and limits.without_control_characters(text) != text:
            # A key that types several characters at once (an input method, a remote
            # keyboard): what it types, without the controls.  One control alone Qt
            # never types, and shortcuts (Ctrl+V) are not typing.
            self.insertPlainText(limits.without_control_characters(text))
            event.accept()
            return
        super().keyPressEvent(event)
        if text and (text.isspace() or text in ".,;:!?"):
            self._undo_boundary()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt's name)
        committed = event.commitString()
        if committed and limits.without_control_characters(committed) != committed:
            event.setCommitString(
                limits.without_control_characters(committed),
                event.replacementStart(),
                event.replacementLength(),
            )
        super().inputMethodEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._undo_boundary()
        self.left.emit()

    def _undo_boundary(self) -> None:
        # QTextDocument merges consecutive typing into one undo step only while the
        # document is "modified": clearing the flag makes undo go back word by word.
        self.document().setModified(False)


class AnswerField(QWidget):
    """A label (the edit's buddy), an optional hint, the answer box and its word count."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 8) -> None:
        super().__init__(parent)
        self.key = ""
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setFont(style.bold_font())
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        style.muted(self.hint)
        self.hint.hide()
        self.edit = AnswerEdit(self, lines=lines)
        self.title.setBuddy(self.edit)
        self.count = QLabel(self)
        style.muted(self.count)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addStretch(1)
        footer.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addLayout(footer)
        self._document: QTextDocument | None = None

    def bind(
        self,
        key: str,
        document: QTextDocument,
        *,
        title: str,
        accessible_name: str | None = None,
        hint: str = "",
        read_only: bool = False,
    ) -> None:
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._document.contentsChanged.disconnect(self._update_count)
        self.key = key
        self._document = document
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.edit.setDocument(document)
        self.edit.setReadOnly(read_only)
        self.edit.setAccessibleName(accessible_name or title)
        self.edit.setAccessibleDescription(hint)
        document.contentsChanged.connect(self._update_count)
        self._update_count()

    def _update_count(self) -> None:
        if self._document is None:
            return
        words = word_count(self._document.toPlainText())
        self.count.setText(tr("1 word") if words == 1 else tr("{n} words").format(n=words))
