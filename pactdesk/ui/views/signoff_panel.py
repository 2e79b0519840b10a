"""The sign-off panel: who signed what, when, for which revision, and whether it holds.

A table model over the frozen :class:`~pactdesk.services.sign_offs.SignOff`
rows, a one-line summary (every required sign-off holds, or which are
missing or outdated), and a button that opens the signing dialog.  An
outdated sign-off stays listed, marked in red with the reason, so that an
edit after a sign-off is visible at a glance.

:meth:`SignOffPanel.refresh` reads the sign-offs off the GUI thread (it
computes the canonical JSON and checks every stored signature) and updates
the widgets when the result arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.services.submission import SubmissionState, submission_state
from pactdesk.ui import formats
from pactdesk.ui.dialogs.sign_dialog import SignDialog
from pactdesk.ui.i18n import noop, tr
from pactdesk.ui.tasks import run_in_background

# The state comes first: in a narrow dock it must not be the column scrolled out of view.
COLUMNS = (
    noop("State"),
    noop("Role"),
    noop("Signed by"),
    noop("Revision"),
    noop("Signed (UTC)"),
    noop("Organisation"),
)
STATE_COLUMN = 0
OUTDATED_COLOUR = QColor("#a4000f")
HOLDS_COLOUR = QColor("#1b6e20")

_Index = QModelIndex | QPersistentModelIndex


def blockers_text(state: SubmissionState) -> str:
    """What still stands in the way of submission, plainly (or that nothing does)."""
    if state.ready:
        return tr("Nothing stands in the way of submission: the bundle can be made.")
    lines = [tr("Before this version can be submitted:")]
    count = len(state.errors)
    if count == 1:
        lines.append("• " + tr("1 validation error must be corrected (see Checks)."))
    elif count:
        lines.append(
            "• "
            + tr("{count} validation errors must be corrected (see Checks).").format(count=count)
        )
    if state.history_broken:
        lines.append("• " + tr("the draft's history does not check out."))
    for role in state.missing_roles:
        lines.append("• " + tr("a sign-off as {role} is missing.").format(role=role))
    for role in state.outdated_roles:
        lines.append(
            "• "
            + tr("the sign-off as {role} is outdated: the contribution changed after it.").format(
                role=role
            )
        )
    return "\n".join(lines)


class SignOffTableModel(QAbstractTableModel):
    """The draft's sign-offs, oldest first (rows are frozen ``SignOff`` values)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[sign_offs.SignOff] = []

    def set_rows(self, rows: list[sign_offs.SignOff]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> sign_offs.SignOff:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        so = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = (
                tr("Holds") if so.holds else tr("Outdated"),
                so.role,
                so.signer_name,
                str(so.revision),
                formats.moment_text(so.signed_at),
                so.signer_organisation,
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if so.holds:
                return tr(
                    "{name} signed revision {revision} as {role}; "
                    "the contribution has not changed since."
                ).format(name=so.signer_name, revision=so.revision, role=so.role)
            return tr("Outdated: {problem}. It must be signed again.").format(problem=so.problem)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE_COLUMN:
            return QBrush(HOLDS_COLOUR if so.holds else OUTDATED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and not so.holds:
            font = QFont()
            font.setItalic(True)
            if column == STATE_COLUMN:
                font.setBold(True)
            return font
        return None


class SignOffPanel(QWidget):
    """Who signed off which role at which revision, and whether each still holds."""

    refreshed = Signal(object)  # the SignOffSummary

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.summary: sign_offs.SignOffSummary | None = None
        self.submission: SubmissionState | None = None
        self.setAccessibleName(tr("Sign-offs"))
        layout = QVBoxLayout(self)
        title = QLabel("<b>" + tr("Sign-offs") + "</b>")
        layout.addWidget(title)
        self.state_label = QLabel(tr("Reading the sign-offs…"))
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(tr("Sign-off state"))
        self.state_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.state_label)
        self.blockers_label = QLabel("")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setAccessibleName(tr("What still stands in the way of submission"))
        self.blockers_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.blockers_label)
        self.model = SignOffTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Sign-offs of this contribution"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(90)
        layout.addWidget(self.table, stretch=1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.sign_button = QPushButton(tr("Sign &off…"))
        self.sign_button.setAccessibleName(tr("Sign off the contribution"))
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.sign_button.setEnabled(not draft.info.read_only)
        buttons.addWidget(self.sign_button)
        layout.addLayout(buttons)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the sign-offs again (off the GUI thread); the widgets follow when done."""
        draft = self.draft

        def work() -> tuple[sign_offs.SignOffSummary, SubmissionState]:
            return sign_offs.summary(draft), submission_state(draft)

        run_in_background(work, on_done=self._show_both, on_error=self._failed, parent=self)

    def _show_both(self, result: tuple[sign_offs.SignOffSummary, SubmissionState]) -> None:
        state, blockers = result
        self.submission = blockers
        self.blockers_label.setText(blockers_text(blockers))
        self.blockers_label.setStyleSheet(
            f"color: {(HOLDS_COLOUR if blockers.ready else OUTDATED_COLOUR).name()};"
        )
        self._show(state)

    def _show(self, state: sign_offs.SignOffSummary) -> None:
        self.summary = state
        self.model.set_rows(list(state.sign_offs))
        outdated = set(state.outdated_required_roles)
        if state.complete:
            text = tr("Every required sign-off holds at revision {revision}.").format(
                revision=state.revision
            )
            colour = HOLDS_COLOUR if self.submission is None or self.submission.ready else None
        else:
            missing = [
                tr("{role} (outdated)").format(role=role) if role in outdated else role
                for role in state.missing_roles
            ]
            text = tr("Revision {revision} still needs a sign-off as: {roles}.").format(
                revision=state.revision, roles=", ".join(missing)
            )
            colour = OUTDATED_COLOUR
        stale = sum(1 for s in state.sign_offs if not s.holds)
        if stale == 1:
            text += " " + tr(
                "1 earlier sign-off no longer holds: the contribution changed after it."
            )
        elif stale:
            text += " " + tr(
                "{count} earlier sign-offs no longer hold: the contribution changed after them."
            ).format(count=stale)
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        self.refreshed.emit(state)

    def _failed(self, exc: BaseException) -> None:
        self.state_label.setText(
            tr("The sign-offs could not be read: {problem}").format(problem=exc)
        )
        self.state_label.setStyleSheet(f"color: {OUTDATED_COLOUR.name()};")

    @Slot()
    def open_sign_dialog(self) -> SignDialog:
        dialog = SignDialog(self.draft, self)
        dialog.signed.connect(lambda _made: self.refresh())
        dialog.open()
        return dialog
