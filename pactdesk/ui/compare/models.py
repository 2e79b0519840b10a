"""Item models of the Compare contributions window, over the frozen rows of a compilation.

* :class:`GridModel` — commitments × Member States; each cell a
  :class:`~pactdesk.services.compile.CellSummary` (answered, length, data,
  requests answered, changed in the update), computed once when a
  compilation is shown: the model never reaches into the core while the
  view paints.
* :class:`GridFilter` — the grid's filters: policy area, "unanswered" (a row
  where some Member State left an answer or a request open), "changed in the
  update".
* :class:`DataModel` — one indicator and period across Member States.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pactdesk.domain.contribution import DataPoint
from pactdesk.services.compile import CellSummary, Compilation
from pactdesk.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Roles beyond Qt's: what tests and the filter read.
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the CellSummary
AREA_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's policy area id
COMMITMENT_ROLE = Qt.ItemDataRole.UserRole + 3

CHANGED = QColor("#f8cbad")
UNANSWERED = QColor("#fde2e1")
PARTLY = QColor("#fff2cc")


@dataclass(frozen=True, slots=True)
class GridRow:
    commitment_id: str
    area_id: str
    title: str  # the opening of the Pact's text
    cells: tuple[CellSummary, ...]  # one per Member State, in column order

    @property
    def unanswered(self) -> bool:
        return any(not c.answered or c.prompts_answered < c.prompts_total for c in self.cells)

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.cells)


def grid_rows(compilation: Compilation) -> tuple[GridRow, ...]:
    rows = []
    for commitment in compilation.framework.commitments():
        words = commitment.text.split()
        title = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
        rows.append(
            GridRow(
                commitment.id,
                commitment.area_id,
                title,
                tuple(entry.cell(commitment) for entry in compilation.included),
            )
        )
    return tuple(rows)


class GridModel(QAbstractTableModel):
    """Rows: commitments; columns: the Member States of the compilation."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[GridRow, ...] = ()
        self._states: tuple[tuple[str, str], ...] = ()  # (code, language)

    def set_compilation(self, compilation: Compilation | None) -> None:
        self.beginResetModel()
        if compilation is None:
            self._rows, self._states = (), ()
        else:
            self._rows = grid_rows(compilation)
            self._states = tuple((e.member_state, e.language) for e in compilation.included)
        self.endResetModel()

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def member_state(self, column: int) -> str:
        return self._states[column][0]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._states)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row.cells):
            return None
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(row, index.column(), cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.changed:
                return QBrush(CHANGED)
            if not cell.answered:
                return QBrush(UNANSWERED)
            if cell.prompts_answered < cell.prompts_total:
                return QBrush(PARTLY)
            return None
        if role == CELL_ROLE:
            return cell
        if role == AREA_ROLE:
            return row.area_id
        if role == COMMITMENT_ROLE:
            return row.commitment_id
        return None

    def _describe(self, row: GridRow, column: int, cell: CellSummary) -> str:
        code, language = self._states[column]
        parts = [
            f"{row.commitment_id}, {code} ({language}):",
            tr("answered") if cell.answered else tr("NOT answered"),
            tr("{n} words").format(n=cell.words),
        ]
        if cell.prompts_total:
            parts.append(
                tr("{a} of {t} requests of the Commission answered").format(
                    a=cell.prompts_answered, t=cell.prompts_total
                )
            )
        parts.append(tr("{n} data points").format(n=cell.data_points))
        if cell.changed:
            parts.append(tr("changed in the update"))
        return "; ".join(parts)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._states):
                code, language = self._states[section]
                return (
                    f"{code}\n{language}"
                    if role == Qt.ItemDataRole.DisplayRole
                    else (tr("{code}, written in {language}").format(code=code, language=language))
                )
            return None
        if 0 <= section < len(self._rows):
            row = self._rows[section]
            return row.commitment_id if role == Qt.ItemDataRole.DisplayRole else row.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GridFilter(QSortFilterProxyModel):
    """The grid's filters; each setter re-filters at once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._area: str | None = None
        self._unanswered = False
        self._changed = False

    def set_area(self, area: str | None) -> None:
        self._refilter(lambda: setattr(self, "_area", area or None))

    def set_unanswered(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "_unanswered", on))

    def set_changed(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "_changed", on))

    def _refilter(self, change: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, GridModel) or source_row >= model.rowCount():
            return False
        row = model.row_at(source_row)
        if self._area and row.area_id != self._area:
            return False
        if self._unanswered and not row.unanswered:
            return False
        return not (self._changed and not row.changed)


class DataModel(QAbstractTableModel):
    """One indicator in one period, a row per Member State that gave it."""

    COLUMNS = ("Member State", "Value", "Unit", "Comparable", "Source")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, DataPoint], ...] = ()

    def set_rows(self, rows: tuple[tuple[str, DataPoint], ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> tuple[tuple[str, DataPoint], ...]:
        return self._rows

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        code, point = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                code,
                "" if point.value is None else f"{point.value:g}",
                point.unit,
                tr("harmonised") if point.harmonised else tr("not comparable"),
                point.source,
            )
            return values[index.column()] if index.column() < len(values) else None
        if role == Qt.ItemDataRole.BackgroundRole and not point.harmonised:
            return QBrush(PARTLY)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None


def data_index(
    compilation: Compilation,
) -> dict[tuple[str, str], tuple[tuple[str, DataPoint], ...]]:
    """("I.a · indicator", period) -> ((Member State, data point), …), in the cycle's order.

    An indicator is read within its commitment: two commitments may report
    figures under the same name for different purposes.
    """
    found: dict[tuple[str, str], list[tuple[str, DataPoint]]] = {}
    for entry in compilation.included:
        for answer in entry.contribution.commitments:
            for point in answer.data:
                key = (f"{answer.commitment_id} · {point.indicator}", point.period)
                found.setdefault(key, []).append((entry.member_state, point))
    return {key: tuple(rows) for key, rows in found.items()}
