"""The side panel's comments tab: the threads of the item on show, anchored to its words.

Over :mod:`pactdesk.services.review` (the same calls as the command line and
the *Comments and review* window).  The panel lists the threads of the item
on show (a comment and its answers); *Add comment*, *Answer* and *Resolve*
work from the keyboard.  *Comment on the selection* (Edit menu, declared in
:mod:`pactdesk.ui.actions`) anchors the next comment to the words selected in
an answer: the field, the span and the words are stored with the comment.
The words of every open anchored comment are highlighted in the editor; the
place is found again after edits (:func:`pactdesk.services.review.locate`),
and a comment whose words are gone is shown as detached.  Enter or a click
on a comment goes to its words.

The panel also keeps the navigator's comment marks
(:meth:`pactdesk.ui.models.navigator.NavigatorModel.set_open_comments`) up to
date after each change.

Threading: GUI thread.  Each call is one short transaction on the draft,
like the review window's (a comment is a row in a small table).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import fields as names
from pactdesk.domain import limits
from pactdesk.domain.contribution import describe_key
from pactdesk.services.drafts import Draft
from pactdesk.ui import formats, style
from pactdesk.ui.i18n import tr
from pactdesk.ui.models.navigator import row_key_for_item
from pactdesk.ui.views.editor import STATE_DELAY_MS, EditorView

if TYPE_CHECKING:
    from pactdesk.services import review


def _review() -> ModuleType:
    """The review service, imported when first used: it loads the store's models
    (SQLAlchemy), which the window's first paint does not wait for."""
    from pactdesk.services import review

    return review


CommentRole = Qt.ItemDataRole.UserRole
#: How long typing must pause before the highlights are placed again.
RELOCATE_MS = 250


@dataclass(frozen=True, slots=True)
class Anchor:
    """Words chosen in an answer for the next comment: the field's key, the span, the words."""

    key: str
    start: int
    end: int
    quote: str


def item_of_page(page_key: str) -> str:
    """The ITEM a page shows: ``political/I`` -> ``P1.I``, ``commitment/II.b`` -> ``II.b``."""
    kind, _, ident = page_key.partition("/")
    return f"{names.PART_ONE_PREFIX}{ident}" if kind == "political" else ident


class CommentBox(QPlainTextEdit):
    """The comment being written: Ctrl+Enter adds it, Tab moves on."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(4 * self.fontMetrics().lineSpacing() + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        # A comment travels in Word documents and exchange packages: no control characters.
        if source.hasText():
            self.insertPlainText(limits.without_control_characters(source.text()))


class CommentsPanel(QWidget):
    """The threads of the item on show; add, answer, resolve; anchors highlighted."""

    message = Signal(str)  # what happened, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.editor: EditorView | None = None
        self.author = ""
        self.item = ""
        self.anchor: Anchor | None = None
        self.shortcut = ""  # the keys of Comment on the selection (set by the window)
        self._comments: list[review.Comment] = []
        self.list_label = QLabel(tr("Comments on this i&tem"), self)
        self.list_label.setFont(style.bold_font())
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAccessibleName(tr("Comments on this item"))
        self.list_label.setBuddy(self.list)
        self.list.itemActivated.connect(self._go_to)
        self.list.itemClicked.connect(self._go_to)
        self.anchor_label = QLabel(self)
        self.anchor_label.setWordWrap(True)
        self.anchor_label.setTextFormat(Qt.TextFormat.PlainText)
        style.muted(self.anchor_label)
        self.text_label = QLabel(tr("&Your comment (Ctrl+Enter adds it):"), self)
        self.text = CommentBox(self)
        self.text.setAccessibleName(tr("Your comment"))
        self.text_label.setBuddy(self.text)
        self.text.submitted.connect(self.add)
        self.add_button = QPushButton(tr("Add co&mment"), self)
        self.answer_button = QPushButton(tr("Ans&wer"), self)
        self.resolve_button = QPushButton(tr("Resolve threa&d"), self)
        self.add_button.clicked.connect(self.add)
        self.answer_button.clicked.connect(self.answer)
        self.resolve_button.clicked.connect(self.resolve)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.answer_button, self.resolve_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.anchor_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._relocate = QTimer(self)
        self._relocate.setSingleShot(True)
        self._relocate.setInterval(RELOCATE_MS)
        self._relocate.timeout.connect(self._refresh_view)
        self._show_anchor()
        self._enable()

    # -- the draft and the page ------------------------------------------------------

    def attach(self, draft: Draft, editor: EditorView, author: str) -> None:
        """A draft was opened: show its comments; follow the editor's typing."""
        self.draft, self.editor, self.author = draft, editor, author
        editor.documents.changed.connect(self._on_text_changed)
        # Read once the editor is on screen (with the draft's store made ready then).
        QTimer.singleShot(STATE_DELAY_MS, self, self.reload)

    def set_shortcut(self, keys: str) -> None:
        self.shortcut = keys
        self._show_anchor()

    def detach(self) -> None:
        self.draft = self.editor = None
        self.item = ""
        self.anchor = None
        self._comments = []
        self.list.clear()
        self._show_anchor()
        self._enable()

    def show_page(self, page_key: str) -> None:
        item = item_of_page(page_key)
        if item != self.item:
            self.item = item
            if self.anchor is not None and names.item_of_key(self.anchor.key) != item:
                self.anchor = None
                self._show_anchor()
        self._refresh_view()

    def reload(self, *, select: int | None = None) -> None:
        """Read the draft's comments again (after a change here or in the review window)."""
        if self.draft is None:
            return
        self._comments = _review().comments(self.draft)
        if self.editor is not None:
            counts: dict[str, int] = {}
            for item, n in _review().open_threads(self.draft).items():
                counts[row_key_for_item(item)] = n
            self.editor.model.set_open_comments(counts)
        self._refresh_view(select=select)

    # -- what the panel shows -----------------------------------------------------------

    def _key_of(self, comment: review.Comment) -> str | None:
        if comment.field is None or self.draft is None:
            return None
        try:
            return names.key_of_field(self.draft.framework, comment.field)
        except names.UnknownNameError:
            return None

    def place_of(self, comment: review.Comment) -> tuple[str, tuple[int, int] | None] | None:
        """The field key and where the comment's words are now (None: detached)."""
        key = self._key_of(comment)
        if key is None or self.editor is None:
            return None
        return key, _review().locate(comment, self.editor.documents.text(key))

    def _describe(self, comment: review.Comment) -> str:
        state = tr("open") if comment.open else tr("resolved")
        when = formats.moment_text(comment.at)
        line = tr("{author}, {when} ({state}): {text}").format(
            author=comment.author, when=when, state=state, text=comment.text
        )
        place = self.place_of(comment)
        if place is not None and comment.reply_to is None:
            key, span = place
            field = describe_key(self.draft.framework, key) if self.draft else key
            if comment.quote and span is None:
                line += "\n" + tr("Detached: the words “{quote}” are no longer in {field}.").format(
                    quote=comment.quote, field=field
                )
            elif comment.quote:
                line += "\n" + tr("On “{quote}” in {field}").format(
                    quote=comment.quote, field=field
                )
            else:
                line += "\n" + tr("On {field}").format(field=field)
        return line

    def _refresh_view(self, *, select: int | None = None) -> None:
        chosen = select if select is not None else self.selected()
        self.list.clear()
        current = None
        for comment in self._comments:
            if comment.item != self.item:
                continue
            indent = "    ↳ " if comment.reply_to is not None else ""  # an answer, in its thread
            entry = QListWidgetItem(indent + self._describe(comment).replace("\n", "\n" + indent))
            entry.setData(CommentRole, comment.id)
            entry.setToolTip(entry.text())
            if not comment.open:
                entry.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.list.addItem(entry)
            if comment.id == chosen:
                current = entry
        if self.list.count() == 0:
            empty = QListWidgetItem(tr("No comments on this item yet."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(empty)
        elif current is not None:
            self.list.setCurrentItem(current)
        self._highlight()
        self._enable()

    def _enable(self) -> None:
        writable = self.draft is not None and not self.draft.info.read_only
        for widget in (self.text, self.add_button, self.answer_button, self.resolve_button):
            widget.setEnabled(writable)

    def _show_anchor(self) -> None:
        if self.anchor is None:
            self.anchor_label.setText(
                tr("To comment on some words, select them in the answer and press {keys}.").format(
                    keys=self.shortcut
                )
            )
            return
        field = (
            describe_key(self.draft.framework, self.anchor.key) if self.draft else self.anchor.key
        )
        self.anchor_label.setText(
            tr("The next comment is on “{quote}” in {field}.").format(
                quote=self.anchor.quote, field=field
            )
        )

    # -- highlights in the editor --------------------------------------------------------

    def _on_text_changed(self, key: str) -> None:
        if any(self._key_of(c) == key for c in self._comments if c.span is not None):
            self._relocate.start()

    def _highlight(self) -> None:
        """Mark the words of the open anchored comments of the page on show."""
        editor = self.editor
        if editor is None:
            return
        page = editor.page_widget()
        spans: dict[str, list[tuple[int, int]]] = {}
        for comment in self._comments:
            if comment.item != self.item or not comment.open or comment.reply_to is not None:
                continue
            place = self.place_of(comment)
            if place is not None and place[1] is not None:
                spans.setdefault(place[0], []).append(place[1])
        char = QTextCharFormat()
        char.setBackground(QColor(style.COMMENT_HIGHLIGHT))
        char.setForeground(QColor("black"))
        char.setFontUnderline(True)
        char.setUnderlineColor(QColor(style.ATTENTION))
        for key in editor.fields_of_page.get(editor.current_page, ()):
            widget = page.field_for(key)
            if not isinstance(widget, QPlainTextEdit):
                continue
            selections = []
            for start, end in spans.get(key, []):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(widget.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = char
                selections.append(selection)
            widget.setExtraSelections(selections)

    # -- actions ---------------------------------------------------------------------------

    def selected(self) -> int | None:
        entry = self.list.currentItem()
        value = entry.data(CommentRole) if entry is not None else None
        return int(value) if value is not None else None

    def comment_on(self, anchor: Anchor) -> None:
        """Anchor the next comment to these words, and put the cursor where it is written."""
        self.anchor = anchor
        self._show_anchor()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    def _run(self, call):
        try:
            return call()
        except _review().ReviewError as exc:
            self._say(str(exc))
            return None

    def _flush(self) -> None:
        # A span is checked against the saved text: save what was typed first.
        if self.editor is not None:
            self.editor.flush_and_wait()

    def add(self, *, reply_to: int | None = None) -> None:
        draft = self.draft
        if draft is None or not self.item:
            return
        text = self.text.toPlainText()
        anchor = self.anchor if reply_to is None else None
        if anchor is not None and self.editor is not None:
            # The answer may have been edited since the words were chosen: find them again.
            place = _review().find_quote(
                self.editor.documents.text(anchor.key), anchor.quote, anchor.start
            )
            if place is None:
                self._say(tr("Select some words in an answer first."))
                return
            anchor = Anchor(anchor.key, place[0], place[1], anchor.quote)
        self._flush()
        made = self._run(
            lambda: _review().add_comment(
                draft,
                self.item,
                text,
                author=self.author,
                field=names.field_of_key(anchor.key) if anchor else None,
                span=(anchor.start, anchor.end) if anchor else None,
                reply_to=reply_to,
            )
        )
        if made is None:
            return
        self.text.clear()
        if anchor is not None:
            self.anchor = None
            self._show_anchor()
        self._say(tr("Answer added.") if reply_to else tr("Comment added."))
        self.reload(select=made.id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self._say(tr("Choose the comment to answer first."))
            return
        self.add(reply_to=chosen)

    def resolve(self) -> None:
        chosen = self.selected()
        draft = self.draft
        if chosen is None or draft is None:
            self._say(tr("Choose the comment to resolve first."))
            return
        done = self._run(lambda: _review().resolve_comment(draft, chosen, author=self.author))
        if done is not None:
            self._say(tr("Comment resolved."))
            self.reload(select=chosen)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to(self, entry: QListWidgetItem) -> None:
        """Show the words the comment is on, selected in the editor."""
        value = entry.data(CommentRole)
        comment = next((c for c in self._comments if c.id == value), None)
        editor = self.editor
        if comment is None or editor is None:
            return
        root = next((c for c in self._comments if c.id == comment.reply_to), comment)
        place = self.place_of(root)
        if place is None:
            return
        key, span = place
        editor.show_page(editor.current_page, field=key)
        widget = editor.page_widget().field_for(key)
        if not isinstance(widget, QPlainTextEdit):
            return
        if span is None:
            if root.quote:
                self._say(tr("The words this comment was on are no longer in the answer."))
            return
        cursor = widget.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.centerCursor()


__all__ = ["Anchor", "CommentsPanel", "item_of_page"]
