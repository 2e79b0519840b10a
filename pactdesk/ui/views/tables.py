"""The data-point and reference tables of a commitment page, with their buttons."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.ui import style
from pactdesk.ui.models.rows import _RowsModel


class RowsTable(QTableView):
    """Tab moves from cell to cell while editing; Ctrl+Tab leaves the table (Qt's rule).

    Edit › Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) undo the table's own changes while it
    has the focus.
    """

    def __init__(self, model: _RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = model
        self.setModel(model)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setCornerButtonEnabled(False)  # "select all" means nothing here
        self.setWordWrap(True)
        # Two lines a row, not ResizeToContents: measuring every cell on every switch of
        # item costs more than the rest of the page; the full text is in the tooltip.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)

    def undo(self) -> None:
        self.rows_model.undo()

    def redo(self) -> None:
        self.rows_model.redo()


class TableSection(QWidget):
    """A heading, an explanation, the table and Add / Remove buttons."""

    def __init__(
        self,
        model: _RowsModel,
        *,
        title: str,
        explanation: str,
        add_label: str,
        add_key: str = "",
        remove_label: str,
        table_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(title, self)
        self.heading.setFont(style.scaled_font(1.15, bold=True))
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        style.muted(self.explanation)
        self.table = RowsTable(model, self)
        self.table.setAccessibleName(table_name)
        self.heading.setBuddy(self.table)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 9)
        self.add_button = QPushButton(add_label, self)
        self.add_button.setAccessibleName(add_label.replace("&", ""))
        if add_key:
            # The key is the Edit menu's (pactdesk.ui.actions), so that F1 lists it.
            self.add_button.setToolTip(f"{add_label.replace('&', '')} ({add_key})")
        self.remove_button = QPushButton(remove_label, self)
        self.remove_button.setAccessibleName(remove_label.replace("&", ""))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(bool(self.model.rows) and not self.model.read_only)

    def add_row(self) -> None:
        if self.model.read_only:
            return
        row = self.model.append_row()
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def remove_current(self) -> None:
        index: QModelIndex = self.table.currentIndex()
        row = index.row() if index.isValid() else len(self.model.rows) - 1
        self.model.remove_row(row)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
