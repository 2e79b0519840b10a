"""The strip above the editor: which contribution, the next deadline, completeness; and banners."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.framework import Deadline, Framework
from pactdesk.domain.validation import Completeness
from pactdesk.ui import formats, style
from pactdesk.ui.i18n import tr


def today() -> dt.date:
    """Today; ``PACTDESK_TODAY`` (an ISO date) fixes it for tests and screenshots."""
    fixed = os.environ.get("PACTDESK_TODAY")
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            pass
    return dt.date.today()


def deadline_text(framework: Framework, on: dt.date) -> tuple[str, bool]:
    """The banner's sentence, and whether it is urgent (a week or less left)."""
    upcoming: Deadline | None = framework.next_deadline(on, "member_states")
    if upcoming is None:
        past = [d for d in framework.timetable if d.actor == "member_states"]
        if not past:
            return tr("This template sets no deadline for Member States."), False
        last = max(past, key=lambda d: d.date)
        return (
            tr(
                "Every Member State deadline of the {cycle} cycle has passed; the last was "
                "{date} ({wording}): {what}"
            ).format(
                cycle=framework.cycle,
                date=_long_date(last.date),
                wording=_plain(last.wording),
                what=last.description,
            ),
            False,
        )
    days = (upcoming.date - on).days
    if days == 0:
        left = tr("due today")
    elif days == 1:
        left = tr("1 day left")
    else:
        left = tr("{n} days left").format(n=days)
    return (
        tr("Next deadline: {date} ({wording}) — {what} {left}.").format(
            date=_long_date(upcoming.date),
            wording=_plain(upcoming.wording),
            what=upcoming.description.rstrip("."),
            left=f"— {left}" if left else "",
        ),
        days <= 7,
    )


def _plain(wording: str) -> str:
    """The timetable's wording without the editor's brackets: "mid-November [YYYY]" -> "… YYYY"."""
    return wording.replace("[", "").replace("]", "")


def _long_date(day: dt.date) -> str:
    return formats.date_text(day)


class DraftHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftHeader")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Window)
        self.title = QLabel(self)
        self.title.setFont(style.scaled_font(1.35, bold=True))
        self.deadline = QLabel(self)
        self.deadline.setWordWrap(True)
        self.deadline.setTextFormat(Qt.TextFormat.PlainText)
        self.completeness = QProgressBar(self)
        self.completeness.setRange(0, 100)
        self.completeness.setMinimumWidth(260)
        self.completeness.setTextVisible(True)
        self.completeness.setAccessibleName(tr("Completeness of the contribution"))
        self.completeness_label = QLabel(self)
        self.completeness_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        style.muted(self.completeness_label)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.title)
        left.addWidget(self.deadline)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.completeness)
        right.addWidget(self.completeness_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(left, 1)
        layout.addSpacing(24)
        layout.addLayout(right)

    def set_draft(self, title: str, framework: Framework) -> None:
        self.title.setText(title)
        text, urgent = deadline_text(framework, today())
        self.deadline.setText(text)
        self.deadline.setAccessibleName(text)
        palette = self.deadline.palette()
        role = self.deadline.foregroundRole()
        base = self.palette().color(role)
        palette.setColor(role, QColor(style.ATTENTION) if urgent else base)
        self.deadline.setPalette(palette)
        self.deadline.setFont(style.bold_font() if urgent else style.scaled_font(1.0))

    def set_completeness(
        self, completeness: Completeness | None, errors: int, warnings: int
    ) -> None:
        if completeness is None:
            self.completeness.setValue(0)
            self.completeness.setFormat(tr("Checking…"))
            self.completeness_label.setText("")
            return
        self.completeness.setValue(completeness.percent)
        self.completeness.setFormat(
            tr("{percent} complete").format(percent=formats.percent_text(completeness.percent))
        )
        detail = tr(
            "{answered} of {total} fields answered · {errors} to fix · {warnings} to look at"
        ).format(
            answered=completeness.answered,
            total=completeness.total,
            errors=errors,
            warnings=warnings,
        )
        self.completeness_label.setText(detail)
        self.completeness.setAccessibleDescription(detail)


class Banner(QFrame):
    """A message across the window (read-only draft, fictional example, a save that failed)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"banner_{kind}")
        colour = {"problem": style.PROBLEM, "info": "palette(highlight)"}.get(kind, style.ATTENTION)
        self.setStyleSheet(
            f"#banner_{kind} {{ border: 1px solid {colour}; border-left: 6px solid {colour}; "
            "background: palette(base); }"
        )
        icon = {
            "problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }.get(kind, QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon = QLabel(self)
        size = self.fontMetrics().height() + 6
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, text: str, *, button: str | None = None) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        if button:
            self.button.setText(button)
            self.button.setAccessibleName(button.replace("&", ""))
            self.button.show()
        else:
            self.button.hide()
        self.show()
