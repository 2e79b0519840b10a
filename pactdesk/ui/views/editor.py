"""The editor of one open draft: navigator, pages, find bar, autosave.

:class:`EditorView` holds everything that lives as long as a draft is open:
the item texts (one ``QTextDocument`` per prose item), the autosaver, the
navigator's model and the two pages.  The main window gives it a draft and
wires its signals to the status bar, the checks panel and the menus.

Threading: the draft's items are read once, on the GUI thread, when the
draft opens; after that the GUI thread never waits on the draft -- saves and
status checks go to the worker thread through the autosaver.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pactdesk import frameworks
from pactdesk.domain.contribution import (
    ACTIONS,
    DataPoint,
    Reference,
    answer_key,
    data_key,
    decode_data,
    decode_references,
    is_list_key,
    political_key,
    references_key,
)
from pactdesk.domain.folding import find_folded
from pactdesk.domain.validation import Finding
from pactdesk.services.drafts import Draft
from pactdesk.ui.autosave import Autosaver, DraftState, compute_state, constant
from pactdesk.ui.i18n import tr, ui_language
from pactdesk.ui.models.navigator import NavigatorModel, PageKeyRole, page_fields, page_key_for_item
from pactdesk.ui.models.rows import DataPointModel, ReferenceModel
from pactdesk.ui.tasks import run_in_background
from pactdesk.ui.views.fields import DocumentStore
from pactdesk.ui.views.find_bar import FindBar
from pactdesk.ui.views.pages import CommitmentPage, PoliticalPage

STATE_DELAY_MS = 150
#: How long typing must pause before the whole contribution is checked again.
STATE_AFTER_SAVE_MS = 800


@dataclass(frozen=True, slots=True)
class Match:
    """A match of find: in a field's text, or in a table cell (``row``, ``column``)."""

    key: str
    start: int
    length: int
    row: int = -1
    column: int = -1


class TwoLineTitles(QStyledItemDelegate):
    """Commitment rows on two lines: the Pact's words wrap, and only the second line is cut.

    One line cut the titles after a few words at any width ("I.a  invite Member
    Sta…"); two lines of a fixed height keep the tree's layout cheap (no
    measuring on resize) and show what the commitment is about.
    """

    def _is_commitment(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.column() == 0 and str(index.data(PageKeyRole) or "").startswith("commitment/")

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if self._is_commitment(index):
            size.setHeight(max(size.height(), 2 * option.fontMetrics.lineSpacing() + 6))
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not self._is_commitment(index):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(2, 2, -2, -2)
        metrics = opt.fontMetrics
        first, rest = _first_line(text, metrics, rect.width())
        second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        line = metrics.lineSpacing()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRect(rect.x(), rect.y(), rect.width(), line), flags, first)
        painter.drawText(QRect(rect.x(), rect.y() + line, rect.width(), line), flags, second)
        painter.restore()


def _first_line(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """The words of ``text`` that fit on one line of ``width``, and the rest."""
    words = text.split(" ")
    line = ""
    for count, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(candidate) > width:
            return line, " ".join(words[count:]).strip()
        line = candidate
    return line, ""


class Navigator(QTreeView):
    """The contents of the contribution; Enter opens the item in the editor."""

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)  # commitments take two lines (TwoLineTitles)
        self.setItemDelegate(TwoLineTitles(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(tr("Contents of the contribution"))
        self.setObjectName("navigator")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.expandAll()


class EditorView(QWidget):
    """One open draft, edited."""

    page_changed = Signal(str)  # the page key
    state_changed = Signal(object)  # DraftState
    save_state_changed = Signal()

    def __init__(self, draft: Draft, *, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        # The framework's texts as this window's reader reads them: translated where the
        # framework file carries a translation into the window's language.
        self.framework = frameworks.shown_in(draft.framework, ui_language())
        self.read_only = draft.info.read_only
        self.values: dict[str, str] = draft.items()
        self.documents = DocumentStore(self.values, self)
        self.autosaver: Autosaver | None = None
        if not self.read_only:
            self.autosaver = Autosaver(draft, author=author, parent=self)
            self.autosaver.saved.connect(self._after_save)
            self.autosaver.failed.connect(lambda _m: self.save_state_changed.emit())
            self.autosaver.busy_changed.connect(lambda _b: self.save_state_changed.emit())
        self.state: DraftState | None = None
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(STATE_AFTER_SAVE_MS)
        self._state_timer.timeout.connect(self.refresh_state)
        self.fields_of_page = page_fields(self.framework)
        self._answered: dict[str, bool] = {}

        self.model = NavigatorModel(self.framework, self)
        # A contributor's draft: the items not sent to them are shown, marked and read-only.
        self.locked_pages = frozenset(p for p in self.model.page_keys if self._page_is_locked(p))
        self.model.set_locked_pages(self.locked_pages)
        self.navigator = Navigator(self.model, self)
        self.political = PoliticalPage(self.framework, self)
        self.commitment = CommitmentPage(self.framework, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.political)
        self.pages.addWidget(self.commitment)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.search_changed.connect(self._search)
        self.find_bar.go.connect(self._go_to_match)
        self.find_bar.closed.connect(self._find_closed)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.pages, 1)
        right_layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])
        self.splitter.setChildrenCollapsible(False)
        self._splitter_moved = False
        self.splitter.splitterMoved.connect(lambda *_a: setattr(self, "_splitter_moved", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for page in self.fields_of_page:
            self._refresh_progress(page)
        self.documents.changed.connect(self._on_text_changed)
        for field in (
            self.political.field,
            self.commitment.actions_field,
            self.commitment.developments_field,
            *(card.field for card in self.commitment.cards),
        ):
            field.edit.left.connect(self.flush)
        self.commitment.data_model.rows_changed.connect(
            lambda text: self._on_rows_changed(data_key(self._commitment_id()), text)
        )
        self.commitment.references_model.rows_changed.connect(
            lambda text: self._on_rows_changed(references_key(self._commitment_id()), text)
        )
        self.navigator.selectionModel().currentChanged.connect(self._on_navigator_current)
        self.navigator.activated.connect(self._on_navigator_activated)

        self.matches: list[Match] = []
        self.current_page = ""
        self._syncing = False
        self.show_page(self.model.page_keys[0], focus=False)
        # Check the whole contribution once the window is on screen, not before its
        # first paint: the worker would compete with it for the interpreter.
        QTimer.singleShot(STATE_DELAY_MS, self, self.refresh_state)
        self._prepared = False
        self.closing = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._prepared and self.autosaver is not None:
            # Once on screen, have the draft's store ready (SQLAlchemy, ~0.2 s on the worker)
            # before the first save needs it.
            self._prepared = True
            QTimer.singleShot(STATE_DELAY_MS, self, self._prepare_store)

    def _prepare_store(self) -> None:
        if not self.closing:
            run_in_background(self.draft.prepare, parent=self)
        # Row heights are known once the tree is laid out: scroll to the item again.
        # (Scrolled while the tree was still tiny, it would hide the rows above the item.)
        centre = QAbstractItemView.ScrollHint.PositionAtCenter
        QTimer.singleShot(
            0, self, lambda: self.navigator.scrollTo(self.navigator.currentIndex(), centre)
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._splitter_moved:
            self.fit_columns()

    def fit_columns(self) -> None:
        """The contents as wide as a quarter of the window (280-520 px); the page takes the rest.

        On a wide screen the navigator's titles get room; the page's column stops
        at a reading width (:data:`pactdesk.ui.views.pages.MAX_WIDTH`) and centres.
        """
        width = self.splitter.width()
        navigator = max(280, min(520, width * 28 // 100))
        self.splitter.setSizes([navigator, max(1, width - navigator)])

    # -- pages --------------------------------------------------------------

    def _page_is_locked(self, page_key: str) -> bool:
        kind, _, ident = page_key.partition("/")
        key = political_key(ident) if kind == "political" else answer_key(ident, ACTIONS)
        return self.draft.info.is_locked(key)

    def _commitment_id(self) -> str:
        commitment = self.commitment.commitment
        return commitment.id if commitment is not None else ""

    def page_widget(self):
        return self.pages.currentWidget()

    def show_page(self, page_key: str, *, focus: bool = True, field: str | None = None) -> None:
        """Show an item; with ``focus`` put the cursor in ``field`` (or the page's first field)."""
        if page_key != self.current_page:
            self.flush()
            kind, _, ident = page_key.partition("/")
            locked = page_key in self.locked_pages
            read_only = self.read_only or locked
            if kind == "political":
                area = self.framework.area(ident)
                self.political.show_area(area, self.documents, read_only=read_only)
                self.political.set_locked(locked)
                self.political.set_summary(
                    complete=sum(
                        1
                        for c in area.commitments
                        if (p := self.model.progress(f"commitment/{c.id}"))[0] == p[1]
                    ),
                    commitments=len(area.commitments),
                    open_questions=self.model.open_questions(f"area/{area.id}"),
                )
                self.pages.setCurrentWidget(self.political)
            else:
                commitment = self.framework.commitment(ident)
                self.commitment.show_commitment(
                    commitment,
                    self.documents,
                    data_text=self.values.get(data_key(ident), ""),
                    references_text=self.values.get(references_key(ident), ""),
                    read_only=read_only,
                )
                self.commitment.set_locked(locked)
                self.pages.setCurrentWidget(self.commitment)
            self.current_page = page_key
            self._select_in_navigator(page_key)
            self.page_changed.emit(page_key)
        if focus:
            page = self.page_widget()
            widget = page.field_for(field) if field else None
            widget = widget or page.first_field()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            page.ensureWidgetVisible(widget, 0, 40)

    def _select_in_navigator(self, page_key: str) -> None:
        index = self.model.index_for_key(page_key)
        self._syncing = True
        try:
            self.navigator.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.navigator.scrollTo(index)
        finally:
            self._syncing = False

    def _on_navigator_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        key = current.data(PageKeyRole)
        if key:
            self.show_page(key, focus=False)

    def _on_navigator_activated(self, index: QModelIndex) -> None:
        key = index.data(PageKeyRole)
        if key:
            self.show_page(key, focus=True)
        else:
            self.navigator.setExpanded(index, not self.navigator.isExpanded(index))

    def step(self, delta: int) -> None:
        keys = self.model.page_keys
        position = keys.index(self.current_page) if self.current_page in keys else -1
        target = position + delta
        if 0 <= target < len(keys):
            self.show_page(keys[target], focus=True)

    def next_unanswered(self, *, prompts_only: bool) -> bool:
        """Go to the next empty prompt (or any empty field), after the one being edited."""
        ordered = [k for page in self.model.page_keys for k in self.fields_of_page.get(page, ())]
        if prompts_only:
            ordered = [k for k in ordered if "/prompt/" in k]
        if not ordered:
            return False
        start = 0
        current = self.current_field_key()
        if current in ordered:
            start = ordered.index(current) + 1
        elif self.current_page:
            page_index = self.model.page_keys.index(self.current_page)
            for i, key in enumerate(ordered):
                if self.model.page_keys.index(page_key_for_item(key)) >= page_index:
                    start = i
                    break
        for key in ordered[start:] + ordered[:start]:
            if not self.documents.text(key).strip():
                self.show_page(page_key_for_item(key), field=key)
                return True
        return False

    def current_field_key(self) -> str:
        focus = self.focusWidget()
        if isinstance(focus, QPlainTextEdit):
            parent = focus.parentWidget()
            key = getattr(parent, "key", "")
            return key
        return ""

    def focus_navigator(self) -> None:
        self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_editor(self) -> None:
        self.show_page(self.current_page, focus=True)

    # -- typing and saving ----------------------------------------------------

    def _on_text_changed(self, key: str) -> None:
        if self.autosaver is not None:
            self.autosaver.mark(key, self.documents.getter(key))
        answered = bool(self.documents.text(key).strip())
        if self._answered.get(key) != answered:
            self._answered[key] = answered
            self._refresh_progress(page_key_for_item(key))

    def _on_rows_changed(self, key: str, text: str) -> None:
        """A table cell was committed: save it and check the contribution again at once.

        Unlike typing, a committed cell is a finished change; the checks must not
        go on calling it empty while the pause timer runs.  The check runs on the
        same worker after the save, so it reads the saved row.
        """
        self.values[key] = text
        if self.autosaver is not None:
            self.autosaver.mark(key, constant(text))
            self.autosaver.flush()
            self._state_timer.stop()
            self.refresh_state()

    def _refresh_progress(self, page: str) -> None:
        fields = self.fields_of_page.get(page, ())
        answered = open_questions = 0
        for key in fields:
            filled = bool(self.documents.text(key).strip())
            self._answered[key] = filled
            answered += filled
            open_questions += not filled and "/prompt/" in key
        self.model.set_progress(page, answered, len(fields), open_questions)

    def flush(self) -> None:
        if self.autosaver is not None:
            self.autosaver.flush()

    def flush_and_wait(self) -> bool:
        if self.autosaver is None:
            return True
        return self.autosaver.flush_and_wait()

    def shutdown(self) -> None:
        """The draft is about to close: no more checks or history reads are started."""
        self.closing = True
        self._state_timer.stop()

    def refresh_state(self) -> None:
        """Work out findings and completeness on the worker (after opening, after a pause)."""
        if self.closing:
            return
        draft = self.draft
        run_in_background(lambda: compute_state(draft), on_done=self._on_state, parent=self)

    def _after_save(self, _saved: object) -> None:
        self.save_state_changed.emit()
        # Re-check the contribution once the typing pauses, not after every save.
        self._state_timer.start()

    def _on_state(self, state: DraftState) -> None:
        self.state = state
        self.state_changed.emit(state)
        self.save_state_changed.emit()

    def findings_for_page(self, page_key: str) -> list[Finding]:
        if self.state is None:
            return []
        return [f for f in self.state.findings if page_key_for_item(f.item) == page_key]

    # -- find ------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.edit.selectAll()

    def _find_closed(self) -> None:
        """Back to the field of the last match (or the page's first field)."""
        match = None
        if 0 <= self.find_bar.position < len(self.matches):
            match = self.matches[self.find_bar.position]
        if match is not None:
            widget = self.page_widget().field_for(match.key)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.focus_editor()

    def _searchable(self) -> list[tuple[str, str, int, int]]:
        """(key, text, row, column) of every field, and of every table cell, in page order."""
        out: list[tuple[str, str, int, int]] = []
        for page in self.model.page_keys:
            for key in self.fields_of_page.get(page, ()):
                out.append((key, self.documents.text(key), -1, -1))
            if page.startswith("commitment/"):
                cid = page.split("/", 1)[1]
                data = [DataPointModel.cell_texts(p) for p in self._data_rows(data_key(cid))]
                refs = [
                    ReferenceModel.cell_texts(r) for r in self._reference_rows(references_key(cid))
                ]
                for key, cells in ((data_key(cid), data), (references_key(cid), refs)):
                    for row, texts in enumerate(cells):
                        for column, text in enumerate(texts):
                            out.append((key, text, row, column))
        return out

    def _data_rows(self, key: str) -> tuple[DataPoint, ...]:
        text = self.values.get(key, "")
        return decode_data(text) if text else ()

    def _reference_rows(self, key: str) -> tuple[Reference, ...]:
        text = self.values.get(key, "")
        return decode_references(text) if text else ()

    def _search(self, needle: str) -> None:
        """Every match of ``needle``, regardless of case and diacritics (``domain.folding``)."""
        self.matches = []
        if needle.strip():
            for key, text, row, column in self._searchable():
                for start, length in find_folded(needle, text):
                    self.matches.append(Match(key, start, length, row, column))
        self.find_bar.set_count(len(self.matches))

    def _go_to_match(self, position: int) -> None:
        if not 0 <= position < len(self.matches):
            return
        match = self.matches[position]
        self.show_page(page_key_for_item(match.key), field=match.key)
        page = self.page_widget()
        widget = page.field_for(match.key)
        if isinstance(widget, QPlainTextEdit) and not is_list_key(match.key):
            cursor = widget.textCursor()
            cursor.setPosition(match.start)
            cursor.setPosition(match.start + match.length, QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.centerCursor()
        elif isinstance(widget, QTableView) and match.row >= 0:
            # The cell that holds the match is selected (highlighted) and scrolled to.
            index = widget.model().index(match.row, match.column)
            widget.setCurrentIndex(index)
            widget.scrollTo(index)
            page.ensureWidgetVisible(widget, 0, 40)
        # Keep typing in the find box: Enter goes on to the next match.
        self.find_bar.edit.setFocus(Qt.FocusReason.OtherFocusReason)
