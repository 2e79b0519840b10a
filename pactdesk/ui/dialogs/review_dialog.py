"""Comments, review states and comparing versions in one window.

Three tabs, each over :mod:`pactdesk.services.review`: **Comments** (the
threads of an item: add, answer, resolve), **Review** (every item's state and
whom it waits for; set the chosen item's state) and **Compare** (two
revisions as a redline: deleted words struck through, inserted underlined,
both highlighted — the merge view's :func:`diff_html`).  Each call is a
single short transaction on the draft, run on the GUI thread like the merge
view's.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain import fields as names
from pactdesk.services import review
from pactdesk.services.drafts import Draft
from pactdesk.ui.dialogs.merge_dialog import diff_html
from pactdesk.ui.i18n import QT_TR_NOOP, tr

STATE_LABELS: dict[str, str] = {
    review.DRAFTING: QT_TR_NOOP("drafting"),
    review.READY: QT_TR_NOOP("ready for review"),
    review.CHANGES_REQUESTED: QT_TR_NOOP("changes requested"),
    review.APPROVED: QT_TR_NOOP("approved"),
}


class ReviewDialog(QDialog):
    def __init__(self, draft: Draft, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.author = author
        self.setWindowTitle(tr("Comments and review"))
        self.resize(900, 600)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._comments_tab(), tr("&Comments"))
        self.tabs.addTab(self._review_tab(), tr("&Review"))
        self.tabs.addTab(self._compare_tab(), tr("Com&pare"))
        self.message = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._refresh_comments()
        self._refresh_states()

    # -- comments ---------------------------------------------------------------

    def _comments_tab(self) -> QWidget:
        page = QWidget()
        self.item_box = QComboBox()
        self.item_box.setEditable(False)
        self.item_box.addItems(list(names.all_leaf_items(self.draft.framework)))
        self.item_box.currentIndexChanged.connect(lambda _i: self._refresh_comments())
        self.comment_list = QListWidget()
        self.comment_text = QLineEdit()
        self.add_button = QPushButton(tr("&Add comment"))
        self.answer_button = QPushButton(tr("A&nswer"))
        self.resolve_button = QPushButton(tr("Re&solve"))
        self.add_button.clicked.connect(self._add)
        self.answer_button.clicked.connect(self._answer)
        self.resolve_button.clicked.connect(self._resolve)
        form = QFormLayout()
        item_label = QLabel(tr("&Item:"))
        item_label.setBuddy(self.item_box)
        text_label = QLabel(tr("Comm&ent:"))
        text_label.setBuddy(self.comment_text)
        form.addRow(item_label, self.item_box)
        form.addRow(text_label, self.comment_text)
        row = QHBoxLayout()
        for button in (self.add_button, self.answer_button, self.resolve_button):
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.comment_list)
        layout.addLayout(row)
        self.comment_list.setAccessibleName(tr("Comments"))
        return page

    def _refresh_comments(self, select: int | None = None) -> None:
        self.comment_list.clear()
        item = self.item_box.currentText()
        for c in review.comments(self.draft, item=item):
            state = tr("open") if c.open else tr("resolved")
            indent = "    ↳ " if c.reply_to else ""
            entry = QListWidgetItem(f"{indent}{c.author}: {c.text} ({state})")
            entry.setData(256, c.id)
            self.comment_list.addItem(entry)
            if c.id == select:
                self.comment_list.setCurrentItem(entry)

    def _selected_comment(self) -> int | None:
        entry = self.comment_list.currentItem()
        return int(entry.data(256)) if entry is not None else None

    def _run(self, call: object) -> object | None:
        try:
            return call()  # type: ignore[operator]
        except review.ReviewError as exc:
            self.message.setText(str(exc))
            return None

    def _add(self, *, reply_to: int | None = None) -> None:
        text = self.comment_text.text()
        item = self.item_box.currentText()
        made = self._run(
            lambda: review.add_comment(
                self.draft, item, text, author=self.author, reply_to=reply_to
            )
        )
        if isinstance(made, review.Comment):
            self.comment_text.clear()
            self.message.setText(tr("Comment added."))
            self._refresh_comments(select=made.id)

    def _answer(self) -> None:
        chosen = self._selected_comment()
        if chosen is None:
            self.message.setText(tr("Choose the comment to answer first."))
            return
        self._add(reply_to=chosen)

    def _resolve(self) -> None:
        chosen = self._selected_comment()
        if chosen is None:
            self.message.setText(tr("Choose the comment to resolve first."))
            return
        done = self._run(lambda: review.resolve_comment(self.draft, chosen, author=self.author))
        if done is not None:
            self.message.setText(tr("Comment resolved."))
            self._refresh_comments(select=chosen)

    # -- review states -------------------------------------------------------------

    def _review_tab(self) -> QWidget:
        page = QWidget()
        self.state_tree = QTreeWidget()
        self.state_tree.setHeaderLabels([tr("Item"), tr("State"), tr("By"), tr("Waits for")])
        self.state_tree.setRootIsDecorated(False)
        self.state_tree.setAccessibleName(tr("Review states"))
        self.state_box = QComboBox()
        for key, label in STATE_LABELS.items():
            self.state_box.addItem(tr(label), key)
        self.set_state_button = QPushButton(tr("Se&t state"))
        self.set_state_button.clicked.connect(self._set_state)
        row = QHBoxLayout()
        state_label = QLabel(tr("&New state:"))
        state_label.setBuddy(self.state_box)
        row.addWidget(state_label)
        row.addWidget(self.state_box)
        row.addWidget(self.set_state_button)
        tree_label = QLabel(tr("&Items and their review:"))
        tree_label.setBuddy(self.state_tree)
        layout = QVBoxLayout(page)
        layout.addWidget(tree_label)
        layout.addWidget(self.state_tree)
        layout.addLayout(row)
        return page

    def _refresh_states(self, select: str | None = None) -> None:
        self.state_tree.clear()
        for s in review.review_states(self.draft):
            waits = {"reviewer": tr("the reviewer"), "writer": tr("the writer")}.get(
                s.waits_for, s.waits_for
            )
            row = QTreeWidgetItem([s.item, tr(STATE_LABELS[s.state]), s.by or "", waits])
            self.state_tree.addTopLevelItem(row)
            if s.item == select:
                self.state_tree.setCurrentItem(row)
        for column in range(3):
            self.state_tree.resizeColumnToContents(column)

    def _set_state(self) -> None:
        row = self.state_tree.currentItem()
        if row is None:
            self.message.setText(tr("Choose an item first."))
            return
        item, state = row.text(0), str(self.state_box.currentData())
        done = self._run(
            lambda: review.set_review_state(self.draft, item, state, author=self.author)
        )
        if done is not None:
            self.message.setText(tr("Review state changed."))
            self._refresh_states(select=item)

    # -- compare -----------------------------------------------------------------------

    def _compare_tab(self) -> QWidget:
        page = QWidget()
        head = self.draft.head().revision
        self.from_spin = QSpinBox()
        self.to_spin = QSpinBox()
        for spin, value in ((self.from_spin, max(head - 1, 0)), (self.to_spin, head)):
            spin.setRange(0, head)
            spin.setValue(value)
        self.compare_button = QPushButton(tr("Sho&w changes"))
        self.compare_button.clicked.connect(self._compare)
        self.redline = QTextBrowser()
        self.redline.setAccessibleName(tr("Changes"))
        form = QFormLayout()
        from_label = QLabel(tr("&From revision:"))
        from_label.setBuddy(self.from_spin)
        to_label = QLabel(tr("&To revision:"))
        to_label.setBuddy(self.to_spin)
        form.addRow(from_label, self.from_spin)
        form.addRow(to_label, self.to_spin)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.redline)
        return page

    def _compare(self) -> None:
        result = self._run(
            lambda: review.compare(self.draft, self.from_spin.value(), self.to_spin.value())
        )
        if not isinstance(result, review.Comparison):
            return
        parts = [
            f"<h3>{html.escape(c.field)} — {html.escape(c.title)}</h3>"
            f"<p>{diff_html(c.before, c.after)}</p>"
            for c in result.changes
        ]
        self.redline.setHtml("".join(parts) or html.escape(tr("No changes.")))
