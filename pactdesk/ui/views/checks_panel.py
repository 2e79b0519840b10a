"""The side panel: the validation findings of the item on show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from pactdesk.domain.validation import Finding, Severity
from pactdesk.ui import style
from pactdesk.ui.i18n import tr


class ChecksPanel(QWidget):
    go_to_item = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list_label = QLabel(tr("&Findings for this item"), self)
        self.list_label.setFont(style.bold_font())
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(tr("Findings for this item"))
        self.list_label.setBuddy(self.list)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.go_to_item.emit(key)

    def show_findings(self, findings: list[Finding], *, checked: bool) -> None:
        self.list.clear()
        if not checked:
            self.summary.setText(tr("Checking…"))
            return
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = len(findings) - errors
        error_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in sorted(findings, key=lambda f: f.severity is not Severity.ERROR):
            prefix = tr("To fix: ") if finding.severity is Severity.ERROR else tr("To look at: ")
            item = QListWidgetItem(prefix + finding.message)
            item.setIcon(error_icon if finding.severity is Severity.ERROR else warning_icon)
            item.setData(Qt.ItemDataRole.UserRole, finding.item)
            item.setToolTip(finding.message)
            self.list.addItem(item)
        if findings:
            self.list.setCurrentRow(0)  # Enter works at once
        if not findings:
            # Say it in the list itself: an empty white pane looks unfinished.
            item = QListWidgetItem(tr("Nothing to fix on this item."))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            self.summary.setText("")
        else:
            parts = []
            if errors:
                parts.append(tr("%n problem(s) to fix before submission.", "", errors))
            if warnings:
                parts.append(tr("%n point(s) to look at.", "", warnings))
            parts.append(tr("Press Enter on a finding to go to its field."))
            self.summary.setText(" ".join(parts))
