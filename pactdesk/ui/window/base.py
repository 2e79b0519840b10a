"""What every part of the main window may use: the widgets the shell builds, one way to complain.

:class:`pactdesk.ui.main_window.MainWindow` is put together from the parts in
this package, one concern each (opening drafts, where a draft is kept, the
Edit menu, Go and Find, the side panels, the status bar, others' dialogs,
Help).  Each part is a class over :class:`WindowBase`, which names the
attributes the shell makes in ``MainWindow.__init__`` so that every part can
use them (and a type checker can see them).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services.drafts import Draft
from pactdesk.settings import Settings
from pactdesk.ui.exchange_menu import ExchangeMenu
from pactdesk.ui.views.checks_panel import ChecksPanel
from pactdesk.ui.views.comments_panel import CommentsPanel
from pactdesk.ui.views.editor import EditorView
from pactdesk.ui.views.header import Banner, DraftHeader
from pactdesk.ui.views.history_panel import HistoryPanel
from pactdesk.ui.views.welcome import WelcomePage

if TYPE_CHECKING:
    from pactdesk.ui.autosave import DraftState


class WindowBase(QMainWindow):
    """The attributes the window's shell makes; the parts use them."""

    settings: Settings
    smoke: bool
    draft: Draft | None
    editor: EditorView | None
    welcome: WelcomePage
    header: DraftHeader
    read_only_banner: Banner
    example_banner: Banner
    save_banner: Banner
    location_banner: Banner
    import_banner: Banner
    editor_host: QWidget
    editor_layout: QVBoxLayout
    central: QStackedWidget
    checks: ChecksPanel
    checks_dock: QDockWidget
    history: HistoryPanel
    history_dock: QDockWidget
    comments: CommentsPanel
    comments_dock: QDockWidget
    signoff_dock: QDockWidget | None
    signing_dialog: QDialog | None  # the sign-off dialog last opened
    save_label: QLabel
    exchange: ExchangeMenu
    # Made by pactdesk.ui.actions.build_menus (one attribute per ActionSpec.name).
    recent_menu: QMenu
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    cut_action: QAction
    copy_action: QAction
    paste_action: QAction

    if TYPE_CHECKING:
        # What one part calls on another; each is defined in the part named.

        def open_draft(self, path: Path) -> bool: ...  # drafts
        def author(self) -> str: ...  # profile
        def ensure_profile(self) -> None: ...  # profile
        def _show_location(self, path: Path) -> None: ...  # location
        def _on_edit_state(self, _value: object) -> None: ...  # editing
        def update_edit_actions(self) -> None: ...  # editing
        def go_to_item(self, item_key: str) -> None: ...  # go_and_find
        def _name_tab_bars(self) -> None: ...  # panels
        def _checks_on_top(self) -> None: ...  # comments
        def _show_save_state(self) -> None: ...  # status
        def _update_actions(self) -> None: ...  # main_window
        def _on_page_changed(self, page_key: str) -> None: ...  # main_window
        def _on_state(self, state: DraftState) -> None: ...  # main_window

    def _complain(self, summary: str, details: str) -> None:
        if self.smoke:
            raise RuntimeError(f"{summary}: {details}")
        QMessageBox.warning(self, summary, details)
