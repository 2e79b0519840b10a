"""The first screen: what PactDesk is for, and where to start (new, open, example, recent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.ui import style, window_state
from pactdesk.ui.i18n import tr
from pactdesk.ui.views.pages import Page


class WelcomePage(Page):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = style.heading(tr("Welcome to PactDesk"), 2.0, parent=self.column)
        lead = QLabel(
            tr(
                "PactDesk helps your ministry write your Member State's annual contribution on the "
                "European Pact on Immigration and Asylum, following the Commission's template "
                "for the Member States' contributions — and get it checked, signed off and "
                "submitted."
            ),
            self.column,
        )
        lead.setWordWrap(True)
        lead.setFont(style.scaled_font(1.15))
        steps = QFrame(self.column)
        steps.setFrameShape(QFrame.Shape.StyledPanel)
        steps.setAutoFillBackground(True)
        steps.setBackgroundRole(steps.palette().ColorRole.AlternateBase)
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(16, 12, 16, 14)
        steps_layout.setSpacing(8)
        how = QLabel(tr("How it works"), steps)
        how.setFont(style.scaled_font(1.1, bold=True))
        steps_layout.addWidget(how)
        for number, text in enumerate(
            (
                tr(
                    "Part I: write a short political assessment for each of the Pact's five "
                    "policy areas."
                ),
                tr(
                    "Part II: for each commitment of the Pact, describe the main actions "
                    "undertaken and "
                    "the most significant developments planned, and answer the Commission's extra "
                    "questions — they are shown as orange cards so that none is missed."
                ),
                tr(
                    "Everything you type is saved as you type. There is no Save button, and "
                    "nothing is "
                    "lost if the computer stops."
                ),
                tr("The checks on the right tell you what is still missing before the deadline."),
            ),
            start=1,
        ):
            line = QLabel(f"{number}.  {text}", steps)
            line.setWordWrap(True)
            steps_layout.addWidget(line)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.new_button = QPushButton(tr("&New contribution…"), self.column)
        self.open_button = QPushButton(tr("&Open a draft…"), self.column)
        self.example_button = QPushButton(tr("Look at a &fictional example"), self.column)
        for button in (self.new_button, self.open_button, self.example_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(button.sizeHint().height() + 10)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.example_button.clicked.connect(self.example_requested)
        example_note = QLabel(
            tr(
                "The example is an invented contribution, clearly marked as fictional, that "
                "you can "
                "change freely to look around."
            ),
            self.column,
        )
        example_note.setWordWrap(True)
        style.muted(example_note)

        self.recent_label = QLabel(tr("&Recent drafts"), self.column)
        self.recent_label.setFont(style.scaled_font(1.1, bold=True))
        self.recent = QListWidget(self.column)
        self.recent.setAccessibleName(tr("Recent drafts"))
        self.recent.setAccessibleDescription(tr("One click opens a draft"))
        self.recent.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recent.setSpacing(2)
        self.recent.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.recent_label.setBuddy(self.recent)
        # One click opens a recent draft (so do Enter and a double click): the
        # clicked and activated signals of one gesture open it once.
        self._opening = False
        self.recent.itemClicked.connect(self._open_recent)
        self.recent.itemActivated.connect(self._open_recent)
        self.no_recent = QLabel(tr("No draft opened yet on this computer."), self.column)
        style.muted(self.no_recent)

        for widget in (title, lead, steps):
            self.body.addWidget(widget)
        self.body.addLayout(buttons)
        for widget in (example_note, self.recent_label, self.recent, self.no_recent):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def _open_recent(self, item: QListWidgetItem) -> None:
        if self._opening:
            return
        self._opening = True
        path = str(item.data(Qt.ItemDataRole.UserRole))

        def emit() -> None:
            self._opening = False
            self.recent_requested.emit(path)

        QTimer.singleShot(0, emit)

    def set_recent(self, recent: tuple[str, ...]) -> None:
        self.recent.clear()
        for entry in recent:
            path = Path(entry)
            if not path.exists():
                continue
            title = window_state.title_of(str(path))
            first = title or path.name
            item = QListWidgetItem(f"{first}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        has = self.recent.count() > 0
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)
        self.no_recent.setVisible(not has)
        if has:
            self.recent.setCurrentRow(0)
