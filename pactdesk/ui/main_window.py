"""The main window's shell: its layout (welcome screen, editor, banners, docks), start, close.

The window is a thin shell: it builds its widgets and puts together the parts
in :mod:`pactdesk.ui.window`, one concern each --

* :mod:`~pactdesk.ui.window.drafts`: opening and closing drafts, read-only
  when another PactDesk has the draft;
* :mod:`~pactdesk.ui.window.location`: network shares, synchronised
  folders, local working copies;
* :mod:`~pactdesk.ui.window.profile`: the profile asked at the first start,
  the window's language;
* :mod:`~pactdesk.ui.window.editing`: the Edit menu;
* :mod:`~pactdesk.ui.window.go_and_find`: the Go menu and Find;
* :mod:`~pactdesk.ui.window.panels`: the Checks and History panels;
* :mod:`~pactdesk.ui.window.comments`: the Comments panel;
* :mod:`~pactdesk.ui.window.status`: the status bar's save state;
* :mod:`~pactdesk.ui.window.dialogs`: others' dialogs (export, import,
  sign-off, verify, exchange, compare), imported when first used;
* :mod:`~pactdesk.ui.window.help`: the Help menu.

The menu items are declared in :mod:`pactdesk.ui.actions`; the window's size
and layout between sessions in :mod:`pactdesk.ui.window_state`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pactdesk import settings as settings_module
from pactdesk.services.drafts import Draft
from pactdesk.settings import Settings
from pactdesk.ui import actions, window_state
from pactdesk.ui.autosave import DraftState
from pactdesk.ui.exchange_menu import ExchangeMenu
from pactdesk.ui.i18n import tr
from pactdesk.ui.views.checks_panel import ChecksPanel
from pactdesk.ui.views.editor import EditorView
from pactdesk.ui.views.header import Banner, DraftHeader
from pactdesk.ui.views.history_panel import HistoryPanel
from pactdesk.ui.views.welcome import WelcomePage
from pactdesk.ui.window.base import WindowBase
from pactdesk.ui.window.comments import CommentsPart
from pactdesk.ui.window.dialogs import OthersDialogs
from pactdesk.ui.window.drafts import DraftFiles, read_only_message
from pactdesk.ui.window.editing import EditMenu, scroll_into_view
from pactdesk.ui.window.go_and_find import GoAndFind
from pactdesk.ui.window.help import HelpMenu
from pactdesk.ui.window.location import DraftLocation
from pactdesk.ui.window.panels import SidePanels
from pactdesk.ui.window.profile import ProfileAndLanguage
from pactdesk.ui.window.status import SaveStatus

# Named here for the modules and tests that import them from the window.
__all__ = ["MainWindow", "read_only_message", "scroll_into_view"]


class MainWindow(
    DraftFiles,
    DraftLocation,
    ProfileAndLanguage,
    EditMenu,
    GoAndFind,
    SidePanels,
    CommentsPart,
    SaveStatus,
    OthersDialogs,
    HelpMenu,
    WindowBase,
):
    """PactDesk's main window: one per process, over at most one open draft."""

    def __init__(self, *, settings: Settings | None = None, smoke: bool = False) -> None:
        super().__init__()
        self.settings = settings if settings is not None else settings_module.load()
        self.smoke = smoke
        self.draft: Draft | None = None
        self.editor: EditorView | None = None
        self.setWindowTitle("PactDesk")
        self.setObjectName("mainWindow")

        self.welcome = WelcomePage(self)
        self.welcome.new_requested.connect(self.new_contribution)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.example_requested.connect(self.open_example)
        self.welcome.recent_requested.connect(lambda path: self.open_draft(Path(path)))

        self.header = DraftHeader(self)
        self.read_only_banner = Banner("attention", self)
        self.read_only_banner.button.clicked.connect(self._reopen_for_editing)
        self.example_banner = Banner("info", self)
        self.save_banner = Banner("problem", self)
        self.location_banner = Banner("attention", self)
        self.import_banner = Banner("info", self)
        self.location_banner.button.clicked.connect(self._on_location_button)
        self.editor_host = QWidget(self)
        self.editor_layout = QVBoxLayout(self.editor_host)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_layout.setSpacing(0)
        for widget in (
            self.header,
            self.read_only_banner,
            self.location_banner,
            self.import_banner,
            self.example_banner,
            self.save_banner,
        ):
            self.editor_layout.addWidget(widget)

        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.editor_host)
        self.setCentralWidget(self.central)

        self.checks = ChecksPanel(self)
        self.checks.go_to_item.connect(self.go_to_item)
        self.checks_dock = QDockWidget(tr("Checks"), self)
        self.checks_dock.setObjectName("checksDock")
        self.checks_dock.setWidget(self.checks)
        self.checks_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.checks_dock)
        self.checks_dock.hide()
        self.checks_dock.setMinimumWidth(240)
        self.resizeDocks([self.checks_dock], [300], Qt.Orientation.Horizontal)
        self.history = HistoryPanel(self)
        self.history.list.itemActivated.connect(self._on_history_item)
        self.history_dock = QDockWidget(tr("History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.history_dock.setFeatures(self.checks_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.checks_dock, self.history_dock)
        self.history_dock.hide()
        self._make_comments_dock()
        self._name_tab_bars()
        self.history_dock.visibilityChanged.connect(self._on_history_visibility)
        self.signoff_dock: QDockWidget | None = None
        self.signing_dialog: QDialog | None = None  # the sign-off dialog last opened

        self.save_label = QLabel(self)
        self.statusBar().addWidget(self.save_label, 1)
        actions.build_menus(self)
        self.exchange = ExchangeMenu(self)
        self._update_actions()
        self.resize(QSize(*window_state.initial_size(self)))
        self._restored = False if smoke else window_state.restore_layout(self)
        self._fitted = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    # -- menus (declared in pactdesk.ui.actions) ---------------------------------

    def _update_actions(self) -> None:
        has_draft = self.editor is not None
        actions.update_enabled(
            self,
            has_draft=has_draft,
            writable=has_draft and not self.draft.info.read_only,  # type: ignore[union-attr]
            on_commitment=has_draft and self.editor.current_page.startswith("commitment/"),  # type: ignore[union-attr]
            working_copy=has_draft and self.settings.original_of(self.draft.path) is not None,  # type: ignore[union-attr]
        )
        self.exchange.update(has_draft=has_draft)
        self.update_edit_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # The window manager's frame is known once the window is on screen.
            QTimer.singleShot(
                0, lambda: window_state.fit_to_screen(self, centre=not self._restored)
            )
            # Some window managers add their frame a moment later: check once more.
            QTimer.singleShot(300, self, lambda: window_state.fit_to_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.smoke:
            window_state.save_layout(self)
        if self.close_draft():
            event.accept()
        else:
            event.ignore()

    # -- the editor's signals ----------------------------------------------------

    def _on_page_changed(self, page_key: str) -> None:
        self._update_actions()
        self.comments.show_page(page_key)
        self._show_findings()
        self._load_history()

    def _on_state(self, state: DraftState) -> None:
        errors = sum(1 for f in state.findings if f.severity.value == "error")
        self.header.set_completeness(state.completeness, errors, len(state.findings) - errors)
        self._show_findings()
        self._load_history()
        self._refresh_signoffs()
