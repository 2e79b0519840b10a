"""The main window: menus, the welcome screen, the editor of the open draft, panels.

The window is a thin shell: it opens and closes drafts (through
:mod:`pactdesk.services.drafts`), shows the welcome screen when none is
open, and hosts what others contribute -- the export, workbook import,
sign-off and verify dialogs, and the sign-off panel in the dock area.  Those
are imported only when their menu item is used; an item whose module is not
part of this build is shown disabled with a tooltip that says so.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from pactdesk import settings as settings_module
from pactdesk.services.drafts import Draft
from pactdesk.settings import Settings
from pactdesk.ui import example, window_state
from pactdesk.ui.autosave import DraftState
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background, wait_for_idle
from pactdesk.ui.views.checks_panel import ChecksPanel
from pactdesk.ui.views.editor import EditorView
from pactdesk.ui.views.header import Banner, DraftHeader
from pactdesk.ui.views.history_panel import HistoryPanel, page_changes
from pactdesk.ui.views.tables import RowsTable
from pactdesk.ui.views.welcome import WelcomePage

#: Dialogs and panels other parts of PactDesk provide (see briefs: interfaces).
EXPORT_DIALOG = "pactdesk.ui.dialogs.export_dialog"
IMPORT_WORKBOOK_DIALOG = "pactdesk.ui.dialogs.import_workbook_dialog"
SIGN_DIALOG = "pactdesk.ui.dialogs.sign_dialog"
VERIFY_DIALOG = "pactdesk.ui.dialogs.verify_dialog"
COMPARE_WINDOW = "pactdesk.ui.compare.window"
SIGNOFF_PANEL = "pactdesk.ui.views.signoff_panel"


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class MainWindow(QMainWindow):
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
        self.editor_host = QWidget(self)
        self.editor_layout = QVBoxLayout(self.editor_host)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_layout.setSpacing(0)
        for widget in (self.header, self.read_only_banner, self.example_banner, self.save_banner):
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
        self._name_tab_bars()
        self.history_dock.visibilityChanged.connect(self._on_history_visibility)
        self.signoff_dock: QDockWidget | None = None

        self.save_label = QLabel(self)
        self.statusBar().addWidget(self.save_label, 1)
        self._build_menus()
        self._update_actions()
        self.resize(QSize(1360, 860))
        if not smoke:
            window_state.restore_layout(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    # -- menus ----------------------------------------------------------------

    def _action(
        self, text: str, slot, *, shortcut=None, name: str | None = None, tip: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list | QKeySequence.StandardKey):
                # A standard key brings every binding of the platform (Redo: Ctrl+Y and
                # Ctrl+Shift+Z; Find next: F3 and Ctrl+G).
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _hook(self, text: str, module: str, slot) -> QAction:
        """An action that opens another helper's dialog, disabled when it is not in this build."""
        action = self._action(text, slot)
        action.setData(module)
        if not module_available(module):
            action.setEnabled(False)
            action.setToolTip(
                tr("Not available in this build of PactDesk ({module} is missing).").format(
                    module=module
                )
            )
            action.setStatusTip(action.toolTip())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(tr("&File"))
        self.new_action = self._action(
            tr("&New contribution…"), self.new_contribution, shortcut=std.New
        )
        self.open_action = self._action(tr("&Open…"), self.open_dialog, shortcut=std.Open)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.example_action = self._action(tr("Open the fictional &example"), self.open_example)
        self.export_action = self._hook(tr("&Export…"), EXPORT_DIALOG, self.show_export)
        self.import_workbook_action = self._hook(
            tr("&Import workbook…"), IMPORT_WORKBOOK_DIALOG, self.show_import_workbook
        )
        self.profile_action = self._action(tr("Your &profile…"), self.edit_profile)
        self.close_action = self._action(tr("&Close draft"), self.close_draft, shortcut=std.Close)
        # Windows' and the generic platforms' "Quit" has no key; Ctrl+Q is what users expect.
        quit_keys = QKeySequence.keyBindings(std.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action = self._action(tr("&Quit"), self.close, shortcut=quit_keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        for action in (
            self.example_action,
            None,
            self.export_action,
            self.import_workbook_action,
            None,
            self.profile_action,
            None,
            self.close_action,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        # -- The Commission's desk (issue 17): File › Compare contributions… ------------
        self.compare_action = self._hook(
            tr("Compare contri&butions…"), COMPARE_WINDOW, self.show_compare
        )
        file_menu.insertAction(self.profile_action, self.compare_action)
        file_menu.insertSeparator(self.profile_action)
        # -- end of the Commission's desk ----------------------------------------------

        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.aboutToShow.connect(self._update_edit_actions)
        self.undo_action = self._action(
            tr("&Undo"), lambda: self._on_text("undo"), shortcut=std.Undo
        )
        self.redo_action = self._action(
            tr("&Redo"), lambda: self._on_text("redo"), shortcut=std.Redo
        )
        self.cut_action = self._action(tr("Cu&t"), lambda: self._on_text("cut"), shortcut=std.Cut)
        self.copy_action = self._action(
            tr("&Copy"), lambda: self._on_text("copy"), shortcut=std.Copy
        )
        self.paste_action = self._action(
            tr("&Paste"), lambda: self._on_text("paste"), shortcut=std.Paste
        )
        self.find_action = self._action(
            tr("&Find in the contribution…"), self.open_find, shortcut=std.Find
        )
        self.find_next_action = self._action(
            tr("Find &next"), self.find_next, shortcut=std.FindNext
        )
        self.find_previous_action = self._action(
            tr("Find pre&vious"), self.find_previous, shortcut=std.FindPrevious
        )
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.cut_action,
            self.copy_action,
            self.paste_action,
            None,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
        ):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)

        go_menu = bar.addMenu(tr("&Go"))
        self.next_action = self._action(
            tr("&Next item"),
            lambda: self._step(1),
            shortcut=[QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Down")],
        )
        self.previous_action = self._action(
            tr("&Previous item"),
            lambda: self._step(-1),
            shortcut=[QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Up")],
        )
        self.next_prompt_action = self._action(
            tr("Next &unanswered question of the Commission"),
            lambda: self._next_unanswered(True),
            shortcut=QKeySequence("Ctrl+J"),
        )
        self.next_empty_action = self._action(
            tr("Next &empty field"),
            lambda: self._next_unanswered(False),
            shortcut=QKeySequence("Ctrl+Shift+J"),
        )
        self.navigator_action = self._action(
            tr("Go to the c&ontents"), self._focus_navigator, shortcut=QKeySequence("F6")
        )
        self.editor_action = self._action(
            tr("Go to the &editor"), self._focus_editor, shortcut=QKeySequence("Shift+F6")
        )
        self.checks_action = self._action(
            tr("Go to the &checks"), self._focus_checks, shortcut=QKeySequence("Ctrl+Shift+C")
        )
        self.history_action = self._action(
            tr("Go to the &history"), self._focus_history, shortcut=QKeySequence("Ctrl+Shift+H")
        )
        for action in (
            self.next_action,
            self.previous_action,
            None,
            self.next_prompt_action,
            self.next_empty_action,
            None,
            self.navigator_action,
            self.editor_action,
            self.checks_action,
            self.history_action,
        ):
            go_menu.addSeparator() if action is None else go_menu.addAction(action)

        sign_menu = bar.addMenu(tr("&Sign-off"))
        self.sign_action = self._hook(tr("&Sign this version…"), SIGN_DIALOG, self.show_sign)
        self.signoffs_action = self._hook(tr("Show &sign-offs"), SIGNOFF_PANEL, self.show_signoffs)
        self.verify_action = self._hook(tr("&Verify a bundle…"), VERIFY_DIALOG, self.show_verify)
        for action in (self.sign_action, self.signoffs_action, None, self.verify_action):
            sign_menu.addSeparator() if action is None else sign_menu.addAction(action)

        view_menu = bar.addMenu(tr("&View"))
        self.checks_toggle = self.checks_dock.toggleViewAction()
        self.checks_toggle.setText(tr("&Checks panel"))
        view_menu.addAction(self.checks_toggle)
        self.history_toggle = self.history_dock.toggleViewAction()
        self.history_toggle.setText(tr("&History panel"))
        view_menu.addAction(self.history_toggle)
        self.welcome_action = self._action(tr("&Welcome screen"), self.show_welcome)
        view_menu.addAction(self.welcome_action)
        # -- The window's language (issue 18); queued like the other dialogs' actions --
        self.language_action = self._action(
            tr("&Language of the window…"), lambda: QTimer.singleShot(0, self.choose_language)
        )
        view_menu.addSeparator()
        view_menu.addAction(self.language_action)

        help_menu = bar.addMenu(tr("&Help"))
        self.keys_action = self._action(
            tr("&Keyboard shortcuts"), self.show_keys, shortcut=std.HelpContents
        )
        self.about_action = self._action(tr("&About PactDesk"), self.show_about)
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self.about_action)
        self._defer_dialogs()

    def _defer_dialogs(self) -> None:
        """Open modal dialogs from the menus after the menu item's trigger has returned.

        A screen reader presses a menu item through its accessible action
        (AT-SPI ``DoAction``), and Qt answers that call only once ``trigger()``
        returns: a dialog run with ``exec()`` inside the slot would leave the
        screen reader waiting (Orca freezes for its 25 s D-Bus timeout).  Queued,
        the dialog opens a moment later and the call returns at once.
        """
        for action, slot in (
            (self.new_action, self.new_contribution),
            (self.open_action, self.open_dialog),
            (self.export_action, self.show_export),
            (self.import_workbook_action, self.show_import_workbook),
            (self.profile_action, self.edit_profile),
            (self.sign_action, self.show_sign),
            (self.verify_action, self.show_verify),
            (self.keys_action, self.show_keys),
            (self.about_action, self.show_about),
        ):
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, s=slot: QTimer.singleShot(0, s))

    def _update_actions(self) -> None:
        has_draft = self.editor is not None
        writable = has_draft and not self.draft.info.read_only  # type: ignore[union-attr]
        for action in (
            self.close_action,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.next_action,
            self.previous_action,
            self.next_prompt_action,
            self.next_empty_action,
            self.navigator_action,
            self.editor_action,
            self.checks_action,
            self.history_action,
        ):
            action.setEnabled(has_draft)
        for action, needs_write in (
            (self.export_action, False),
            (self.import_workbook_action, True),
            (self.sign_action, True),
            (self.signoffs_action, False),
        ):
            available = module_available(str(action.data()))
            action.setEnabled(available and has_draft and (writable or not needs_write))
        self._update_edit_actions()

    def _on_edit_state(self, _value: object) -> None:
        self._update_edit_actions()

    def _on_focus_changed(self, _old, _new) -> None:
        self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        focus = QApplication.focusWidget()
        edit = focus if isinstance(focus, QPlainTextEdit) else None
        writable = edit is not None and not edit.isReadOnly()
        if isinstance(focus, RowsTable):
            self.undo_action.setEnabled(focus.rows_model.can_undo)
            self.redo_action.setEnabled(focus.rows_model.can_redo)
        else:
            self.undo_action.setEnabled(writable and edit.document().isUndoAvailable())  # type: ignore[union-attr]
            self.redo_action.setEnabled(writable and edit.document().isRedoAvailable())  # type: ignore[union-attr]
        self.cut_action.setEnabled(writable)
        self.paste_action.setEnabled(writable)
        self.copy_action.setEnabled(edit is not None)

    def _on_text(self, operation: str) -> None:
        focus = QApplication.focusWidget()
        if (
            isinstance(focus, QPlainTextEdit)
            or isinstance(focus, RowsTable)
            and operation in ("undo", "redo")
            or operation in ("copy", "cut", "paste")
            and hasattr(focus, operation)
        ):
            getattr(focus, operation)()
        self._update_edit_actions()

    # -- opening and closing ----------------------------------------------------

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_drafts)
        self.central.setCurrentWidget(self.welcome)
        self.checks_dock.hide()
        self.history_dock.hide()
        self.welcome.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def author(self) -> str:
        return settings_module.default_author(self.settings.profile.name or None)

    def ensure_profile(self) -> None:
        """Ask for the profile once (never in --smoke runs)."""
        if self.smoke or self.settings.profile.complete:
            return
        from pactdesk.ui.dialogs.profile_dialog import ask_profile

        updated = ask_profile(self.settings, member_states=self._member_states(), parent=self)
        if updated is not None:
            self.settings = updated

    def _member_states(self) -> list[tuple[str, str]]:
        from pactdesk import frameworks

        try:
            framework = (
                self.draft.framework
                if self.draft
                else frameworks.shipped_framework(frameworks.DEFAULT_FRAMEWORK_ID)
            )
        except frameworks.FrameworkError:
            return []
        return [(s.code, s.name) for s in sorted(framework.member_states, key=lambda s: s.name)]

    def edit_profile(self) -> None:
        from pactdesk.ui.dialogs.profile_dialog import ask_profile

        updated = ask_profile(self.settings, member_states=self._member_states(), parent=self)
        if updated is not None:
            self.settings = updated
            if self.editor is not None and self.editor.autosaver is not None:
                self.editor.autosaver.author = self.author()

    def choose_language(self) -> None:
        """View › Language of the window: saved now, used from the next start."""
        from pactdesk.ui.dialogs.language_dialog import ask_language

        updated = ask_language(self.settings, parent=self)
        if updated is not None:
            self.settings = updated

    def open_draft(self, path: Path) -> bool:
        """Open ``path`` in the editor (read-only with a banner if another PactDesk has it)."""
        from pactdesk.services.drafts import NotADraftError

        path = Path(path)
        if not self.close_draft():
            return False
        try:
            draft = Draft.open(path, allow_read_only_fallback=True)
        except (NotADraftError, OSError, ValueError) as exc:
            self._complain(tr("PactDesk cannot open {name}").format(name=path.name), str(exc))
            return False
        if not draft.info.read_only:
            self.ensure_profile()
        self.draft = draft
        self.editor = EditorView(draft, author=self.author(), parent=self.editor_host)
        self.editor_layout.addWidget(self.editor, 1)
        self.editor.page_changed.connect(self._on_page_changed)
        self.editor.state_changed.connect(self._on_state)
        self.editor.save_state_changed.connect(self._show_save_state)
        # Undo and Redo follow what the focused box or table can undo.
        for edit in self.editor.findChildren(QPlainTextEdit):
            edit.undoAvailable.connect(self._on_edit_state)
            edit.redoAvailable.connect(self._on_edit_state)
        for model in (self.editor.commitment.data_model, self.editor.commitment.references_model):
            model.rows_changed.connect(self._on_edit_state)
            model.modelReset.connect(self._update_edit_actions)
        framework = draft.framework
        state = framework.member_state(draft.info.member_state)
        title = tr("{state} — contribution for the {cycle} cycle").format(
            state=state.name, cycle=draft.info.cycle
        )
        self.header.set_draft(title, framework)
        self.header.set_completeness(None, 0, 0)
        if draft.info.read_only:
            self.read_only_banner.show_message(
                tr(
                    "Read-only: this draft is open in another PactDesk ({holder}). You can read it "
                    "here; to change it, close it there, then press “Open for editing”."
                ).format(holder=draft.info.locked_by_other or tr("another process")),
                button=tr("&Open for editing"),
            )
        else:
            self.read_only_banner.hide()
        if example.is_example(path):
            self.example_banner.show_message(
                tr(
                    "FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. "
                    "It is not the position of any Member State; the Member State it names is "
                    "only a placeholder. Change anything you like."
                )
            )
        else:
            self.example_banner.hide()
        self.save_banner.hide()
        suffix = tr(" [read-only]") if draft.info.read_only else ""
        self.setWindowTitle(f"{title} — {path.name}{suffix} — PactDesk")
        self.central.setCurrentWidget(self.editor_host)
        self.history_dock.show()
        self.checks_dock.show()
        self.checks_dock.raise_()
        self._name_tab_bars()
        self._on_page_changed(self.editor.current_page)
        self.settings = self.settings.with_recent(path)
        if not self.smoke:
            window_state.remember_title(str(path.resolve()), title)
        if not self.smoke:
            settings_module.save(replace(self.settings, first_run_done=True))
        self._update_actions()
        self._show_save_state()
        start = window_state.last_page(draft.info.draft_id) if not self.smoke else ""
        if start not in self.editor.model.page_keys:
            start = self.editor.current_page
        self.editor.show_page(start, focus=True)
        return True

    def _reopen_for_editing(self) -> None:
        """The other PactDesk may have let go of the draft: open it again, for writing if it can."""
        if self.draft is None:
            return
        path = self.draft.path
        self.open_draft(path)
        if self.draft is not None and self.draft.info.read_only:
            self.statusBar().showMessage(
                tr("The draft is still open in the other PactDesk; it stays read-only here."), 8000
            )

    def close_draft(self) -> bool:
        """Save what is pending, wait, close the file.  False if it must stay open."""
        if self.editor is None:
            return True
        self.editor.shutdown()
        if not self.editor.flush_and_wait():
            self._complain(
                tr("Your last changes are still being saved"),
                tr("PactDesk could not finish saving; the draft stays open."),
            )
            self.editor.closing = False
            return False
        QCoreApplication.processEvents()  # deliver the saves' results
        saver = self.editor.autosaver
        if saver is not None and saver.dirty:
            # The last save failed: try once more now, then let the user decide.
            saver.flush_and_wait()
            QCoreApplication.processEvents()
            if saver.dirty and not self._lose_unsaved(saver.last_error or ""):
                self.editor.closing = False
                return False
        wait_for_idle(10000)  # anything the saves' results started
        editor, draft = self.editor, self.draft
        if not self.smoke:
            window_state.remember_page(draft.info.draft_id, editor.current_page)  # type: ignore[union-attr]
        self.editor = None
        self.draft = None
        editor.hide()
        editor.setParent(None)
        editor.deleteLater()
        if self.signoff_dock is not None:
            self.removeDockWidget(self.signoff_dock)
            self.signoff_dock.deleteLater()
            self.signoff_dock = None
        # Closing a file that vanished must not block quitting.
        with contextlib.suppress(Exception):
            draft.close()  # type: ignore[union-attr]
        self.setWindowTitle("PactDesk")
        self._update_actions()
        self._show_save_state()
        self.show_welcome()
        return True

    def _lose_unsaved(self, error: str) -> bool:
        """Ask before closing with text that could not be saved; the default keeps it open."""
        if self.smoke:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Your latest changes are not saved"))
        box.setText(tr("PactDesk could not save your latest changes: {error}").format(error=error))
        box.setInformativeText(
            tr(
                "If you close now, what you typed since the last save is lost. Keep the window "
                "open while you free some disk space or reconnect the drive; PactDesk keeps trying."
            )
        )
        keep = box.addButton(tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(
            tr("Close and lose the changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        for button in (keep, lose):
            button.setAccessibleName(button.text())
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is lose

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.smoke:
            window_state.save_layout(self)
        if self.close_draft():
            event.accept()
        else:
            event.ignore()

    def open_dialog(self) -> None:
        start = (
            str(Path(self.settings.recent_drafts[0]).parent) if self.settings.recent_drafts else ""
        )
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open a draft"), start, tr("PactDesk drafts (*.pactdesk)")
        )
        if name:
            self.open_draft(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = [r for r in self.settings.recent_drafts if Path(r).exists()]
        for number, entry in enumerate(entries, start=1):
            action = self.recent_menu.addAction(f"&{number % 10}  {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(lambda _c=False, p=entry: self.open_draft(Path(p)))
        if not entries:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def open_example(self) -> None:
        try:
            path = example.make_example_draft()
        except Exception as exc:  # noqa: BLE001 - say what went wrong, keep the window
            self._complain(tr("The example could not be made"), str(exc))
            return
        self.open_draft(path)

    def new_contribution(self) -> None:
        from pactdesk.ui.dialogs.new_contribution import NewContributionWizard

        if not self.smoke and not self.settings.profile.complete:
            self.ensure_profile()
        wizard = NewContributionWizard(
            author=self.author(), default_state=self.settings.profile.member_state, parent=self
        )
        if wizard.exec() and wizard.created is not None:
            self.open_draft(wizard.created)

    def _complain(self, summary: str, details: str) -> None:
        if self.smoke:
            raise RuntimeError(f"{summary}: {details}")
        QMessageBox.warning(self, summary, details)

    # -- the editor's signals ----------------------------------------------------

    def _on_page_changed(self, page_key: str) -> None:
        self._show_findings()
        self._load_history()

    def childEvent(self, event) -> None:
        # Qt makes the docks' tab bar on its own, when it lays the docks out.
        if event.polished() and isinstance(event.child(), QTabBar):
            self._name_tab_bars()
        super().childEvent(event)

    def _name_tab_bars(self) -> None:
        """The tabs Qt makes for docks side by side get a name a screen reader can say."""
        for bar in self.findChildren(QTabBar):
            if not bar.accessibleName():
                bar.setAccessibleName(tr("Side panels"))

    def _on_history_visibility(self, visible: bool) -> None:
        if visible:
            self._load_history()

    def _on_history_item(self, item) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.go_to_item(key)

    def _load_history(self) -> None:
        """Read the page's history on the worker, only while the History tab is on show."""
        editor = self.editor
        dock = self.history_dock
        if (
            editor is None
            or editor.closing
            or not dock.isVisible()
            or dock.visibleRegion().isEmpty()
        ):
            return
        page = editor.current_page
        keys = [*editor.fields_of_page.get(page, ())]
        if page.startswith("commitment/"):
            cid = page.split("/", 1)[1]
            keys += [f"commitment/{cid}/data", f"commitment/{cid}/references"]
        draft, framework = editor.draft, editor.framework

        def shown(events) -> None:
            if self.editor is editor and editor.current_page == page:
                self.history.show_changes(framework, events)

        run_in_background(lambda: page_changes(draft, keys), on_done=shown, parent=editor)

    def _on_state(self, state: DraftState) -> None:
        errors = sum(1 for f in state.findings if f.severity.value == "error")
        self.header.set_completeness(state.completeness, errors, len(state.findings) - errors)
        self._show_findings()
        self._load_history()
        self._refresh_signoffs()

    def _show_findings(self) -> None:
        if self.editor is None:
            return
        page = self.editor.current_page
        self.checks.show_findings(
            self.editor.findings_for_page(page), checked=self.editor.state is not None
        )
        kind, _, ident = page.partition("/")
        self.checks_dock.setWindowTitle(
            tr("Checks: political assessment {id}").format(id=ident)
            if kind == "political"
            else tr("Checks: commitment {id}").format(id=ident)
        )

    def _show_save_state(self) -> None:
        editor = self.editor
        if editor is None:
            self.save_label.setText("")
            return
        saver = editor.autosaver
        if saver is None:
            self.save_label.setText(tr("Read-only: nothing you see here can be changed."))
            return
        if saver.last_error:
            self.save_label.setText(tr("Not saved yet — retrying"))
            self.save_banner.show_message(
                tr(
                    "Your latest changes could not be saved: {error}. PactDesk keeps them and "
                    "tries again every few seconds; do not close the window."
                ).format(error=saver.last_error)
            )
            return
        self.save_banner.hide()
        if saver.dirty:
            self.save_label.setText(tr("Saving…"))
        elif saver.last_saved_at is not None:
            self.save_label.setText(
                tr("All changes saved ({time}). Revision {revision}.").format(
                    time=saver.last_saved_at.strftime("%H:%M:%S"),
                    revision=saver.revision,
                )
            )
        else:
            self.save_label.setText(tr("Everything you type is saved as you type."))

    def go_to_item(self, item_key: str) -> None:
        if self.editor is not None:
            from pactdesk.ui.models.navigator import page_key_for_item

            self.editor.show_page(page_key_for_item(item_key), field=item_key)

    # -- go / find ------------------------------------------------------------------

    def _step(self, delta: int) -> None:
        if self.editor is not None:
            self.editor.step(delta)

    def _next_unanswered(self, prompts_only: bool) -> None:
        if self.editor is None:
            return
        if not self.editor.next_unanswered(prompts_only=prompts_only):
            self.statusBar().showMessage(
                tr("Every question of the Commission has an answer.")
                if prompts_only
                else tr("Every field has an answer."),
                5000,
            )

    def _focus_navigator(self) -> None:
        if self.editor is not None:
            self.editor.focus_navigator()

    def _focus_editor(self) -> None:
        if self.editor is not None:
            self.editor.focus_editor()

    def _focus_checks(self) -> None:
        if self.editor is not None:
            self.checks_dock.show()
            self.checks_dock.raise_()
            self.checks.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_history(self) -> None:
        if self.editor is not None:
            self.history_dock.show()
            self.history_dock.raise_()
            self.history.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_find(self) -> None:
        if self.editor is not None:
            self.editor.open_find()

    def find_next(self) -> None:
        if self.editor is not None:
            if not self.editor.find_bar.isVisible():
                self.editor.open_find()
            else:
                self.editor.find_bar.find_next()

    def find_previous(self) -> None:
        if self.editor is not None:
            if not self.editor.find_bar.isVisible():
                self.editor.open_find()
            else:
                self.editor.find_bar.find_previous()

    # -- others' dialogs (imported when used) -----------------------------------------

    def _dialog_class(self, module: str, name: str):
        return getattr(importlib.import_module(module), name)

    def show_export(self) -> None:
        if self.draft is None:
            return
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        dialog = self._dialog_class(EXPORT_DIALOG, "ExportDialog")(self.draft, self)
        dialog.exec()

    def show_import_workbook(self) -> None:
        if self.draft is None:
            return
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        dialog = self._dialog_class(IMPORT_WORKBOOK_DIALOG, "ImportWorkbookDialog")(
            self.draft, self.author(), self
        )
        if dialog.exec():
            # The import changed items under the editor: reopen to show them.
            path = self.draft.path
            QTimer.singleShot(0, lambda: self.open_draft(path))

    def show_sign(self) -> None:
        if self.draft is None:
            return
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        dialog = self._dialog_class(SIGN_DIALOG, "SignDialog")(self.draft, self)
        dialog.exec()
        self._refresh_signoffs()

    def _refresh_signoffs(self) -> None:
        if self.signoff_dock is not None:
            refresh = getattr(self.signoff_dock.widget(), "refresh", None)
            if callable(refresh):
                refresh()

    def show_signoffs(self) -> None:
        if self.draft is None:
            return
        if self.signoff_dock is None:
            panel = self._dialog_class(SIGNOFF_PANEL, "SignOffPanel")(self.draft, self)
            self.signoff_dock = QDockWidget(tr("Sign-offs"), self)
            self.signoff_dock.setObjectName("signoffDock")
            self.signoff_dock.setWidget(panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.signoff_dock)
            self.tabifyDockWidget(self.checks_dock, self.signoff_dock)
            self._name_tab_bars()
        self.signoff_dock.show()
        self.signoff_dock.raise_()

    def show_verify(self) -> None:
        dialog = self._dialog_class(VERIFY_DIALOG, "VerifyDialog")(self)
        dialog.exec()

    def show_compare(self) -> None:
        """The Commission's desk: a window of its own, beside this one (issue 17)."""
        window = self._dialog_class(COMPARE_WINDOW, "CompareWindow")(parent=self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.show()
        self.compare_window = window

    # -- help -------------------------------------------------------------------------

    def show_keys(self) -> None:
        def key(action: QAction) -> str:
            return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        rows = [
            (tr("Next / previous item"), f"{key(self.next_action)} / {key(self.previous_action)}"),
            (tr("Next unanswered question of the Commission"), key(self.next_prompt_action)),
            (tr("Next empty field"), key(self.next_empty_action)),
            (tr("Next / previous field on the page"), tr("Tab / Shift+Tab")),
            (
                tr("Contents / editor / checks / history"),
                " / ".join(
                    key(a)
                    for a in (
                        self.navigator_action,
                        self.editor_action,
                        self.checks_action,
                        self.history_action,
                    )
                ),
            ),
            (tr("Find in the whole contribution"), key(self.find_action)),
            (tr("Undo / redo"), f"{key(self.undo_action)} / {key(self.redo_action)}"),
            (tr("Leave a table"), tr("Ctrl+Tab")),
        ]
        text = "\n".join(f"{what}:  {keys}" for what, keys in rows)
        QMessageBox.information(self, tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About PactDesk"),
            tr(
                "PactDesk — write, check, sign off and submit a Member State's contribution on the "
                "European Pact on Immigration and Asylum (COM(2009) 266)."
            ),
        )
