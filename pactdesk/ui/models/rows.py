"""Table models for a commitment's data points and references.

Each model holds the rows of the commitment on show, as the frozen
:class:`~pactdesk.domain.contribution.DataPoint` /
:class:`~pactdesk.domain.contribution.Reference` values of the core; an edit
replaces one row with a changed copy and emits ``rows_changed`` with the
item's new stored text (canonical JSON, :func:`encode_rows`), which the
window hands to the autosaver.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from pactdesk.domain import limits
from pactdesk.domain.contribution import DataPoint, Reference, encode_rows
from pactdesk.domain.framework import DataRules
from pactdesk.domain.rows import new_row_id
from pactdesk.domain.validation import data_point_problems
from pactdesk.ui import formats, style
from pactdesk.ui.i18n import QT_TR_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def parse_number(text: str) -> int | float | None:
    """``1234``, ``1 234``, ``1.5``, ``1,5`` (either decimal mark); else ``None``."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not _NUMBER.match(cleaned):
        return None
    cleaned = cleaned.replace(",", ".")
    return float(cleaned) if "." in cleaned else int(cleaned)


def show_number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _RowsModel(QAbstractTableModel):
    rows_changed = Signal(str)  # the new stored text of the item

    columns: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.read_only = False
        # Undo and redo of the table on show (rows are frozen values: a copy of the
        # list is a snapshot).  Showing another commitment starts afresh.
        self._undo: list[list[Any]] = []
        self._redo: list[list[Any]] = []

    def set_rows(self, rows, *, read_only: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.read_only = read_only
        self._undo.clear()
        self._redo.clear()
        self.endResetModel()

    def _snapshot(self) -> None:
        self._undo.append(list(self.rows))
        self._redo.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and not self.read_only

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and not self.read_only

    def undo(self) -> None:
        if self.can_undo:
            self._redo.append(list(self.rows))
            self._restore(self._undo.pop())

    def redo(self) -> None:
        if self.can_redo:
            self._undo.append(list(self.rows))
            self._restore(self._redo.pop())

    def _restore(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        self.rows_changed.emit(self.encoded())

    def encoded(self) -> str:
        return encode_rows(tuple(self.rows))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return tr(self.columns[section])
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def _replace(self, row: int, **changes) -> None:
        changed = dataclasses.replace(self.rows[row], **changes)
        if changed == self.rows[row]:
            return
        self._snapshot()
        self.rows[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.rows_changed.emit(self.encoded())

    def append_row(self) -> int:
        position = len(self.rows)
        self._snapshot()
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(self.blank())
        self.endInsertRows()
        self.rows_changed.emit(self.encoded())
        return position

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self._snapshot()
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.rows_changed.emit(self.encoded())

    def blank(self):  # pragma: no cover - overridden
        raise NotImplementedError


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
})  # fmt: skip


class DataPointModel(_RowsModel):
    columns = (
        QT_TR_NOOP("Indicator"),
        QT_TR_NOOP("Period"),
        QT_TR_NOOP("Value"),
        QT_TR_NOOP("Unit"),
        QT_TR_NOOP("Source"),
        QT_TR_NOOP("Comparability"),
    )
    FIELDS = ("indicator", "period", "value", "unit", "source", "harmonised")
    HARMONISED = 5
    #: The framework's rules for data (the period a new row starts with); set by the page.
    rules: DataRules | None = None

    @classmethod
    def cell_texts(cls, point: DataPoint) -> tuple[str, ...]:
        """What each column shows for ``point`` (what find searches)."""
        return (
            point.indicator,
            point.period,
            formats.number_text(point.value) if point.value is not None else "",
            point.unit,
            point.source,
            tr("Harmonised") if point.harmonised else tr("Not comparable"),
        )

    def blank(self) -> DataPoint:
        period = self.rules.new_period if self.rules else ""
        return DataPoint(
            indicator="",
            period=period,
            value=None,
            unit="",
            source="",
            harmonised=False,
            id=new_row_id(),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == self.HARMONISED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or index.row() >= len(self.rows):
            return None
        point: DataPoint = self.rows[index.row()]
        column = index.column()
        if column == self.HARMONISED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if point.harmonised else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return tr("Harmonised") if point.harmonised else tr("Not comparable")
            if role == Qt.ItemDataRole.ForegroundRole and not point.harmonised:
                return QBrush(QColor(style.ATTENTION))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(
                    "Tick only for data collected to harmonised standards (e.g. Eurostat). "
                    "National data is marked “not comparable”, as the Commission's document warns."
                )
            return None
        name = self.FIELDS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(point, name)
            if name != "value":
                return value
            # Shown in the user's locale; edited as typed (parse_number reads either mark).
            if role == Qt.ItemDataRole.DisplayRole and value is not None:
                return formats.number_text(value)
            return show_number(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = data_point_problems(point, self.rules)
            shown = show_number(point.value) if name == "value" else getattr(point, name)
            return "\n".join([shown, *problems]) if problems else shown or None
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and name == "value" and point.value is None:
            return QBrush(QColor(style.PROBLEM))
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = index.column()
        if column == self.HARMONISED:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
            self._replace(index.row(), harmonised=bool(checked))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        name = self.FIELDS[column]
        text = limits.without_control_characters(str(value or ""))
        if name == "value":
            self._replace(index.row(), value=parse_number(text))
        else:
            self._replace(index.row(), **{name: text.strip()})
        return True


class ReferenceModel(_RowsModel):
    columns = (QT_TR_NOOP("Source"), QT_TR_NOOP("Citation"))
    FIELDS = ("source", "citation")

    @classmethod
    def cell_texts(cls, reference: Reference) -> tuple[str, ...]:
        return tuple(getattr(reference, name) for name in cls.FIELDS)

    def blank(self) -> Reference:
        return Reference(source="", citation="", id=new_row_id())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return getattr(self.rows[index.row()], self.FIELDS[index.column()])
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or role != Qt.ItemDataRole.EditRole:
            return False
        text = limits.without_control_characters(str(value or ""))
        self._replace(index.row(), **{self.FIELDS[index.column()]: text.strip()})
        return True
