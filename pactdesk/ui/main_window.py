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
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from pactdesk import settings as settings_module
from pactdesk.domain.contribution import describe_key
from pactdesk.services.draft_location import Holder, where_kept, who_has_it
from pactdesk.services.drafts import Draft
from pactdesk.settings import Settings
from pactdesk.ui import actions, example, formats, window_state
from pactdesk.ui.actions import (
    AUTHORITY_DIALOG,
    BUNDLE_DIALOG,
    COMPARE_WINDOW,
    DETAILS_DIALOG,
    EXPORT_DIALOG,
    IDENTITIES_DIALOG,
    IMPORT_WORD_DIALOG,
    IMPORT_WORKBOOK_DIALOG,
    ROLES_DIALOG,
    SIGN_DIALOG,
    SIGN_REQUEST_DIALOGS,
    SIGNOFF_PANEL,
    VERIFY_DIALOG,
)
from pactdesk.ui.autosave import DraftState
from pactdesk.ui.exchange_menu import ExchangeMenu
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import run_in_background, wait_for_idle
from pactdesk.ui.views.checks_panel import ChecksPanel
from pactdesk.ui.views.editor import EditorView
from pactdesk.ui.views.header import Banner, DraftHeader
from pactdesk.ui.views.history_panel import HistoryPanel, page_changes
from pactdesk.ui.views.pages import Page
from pactdesk.ui.views.tables import RowsTable
from pactdesk.ui.views.welcome import WelcomePage


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def scroll_into_view(widget: QWidget | None) -> None:
    """Scroll the page so that the widget that just took the focus is on screen.

    Tab into a field below the fold, Alt+A's new table row, a finding's
    field: the page scrolls, so the focus is never out of sight.
    """
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None and not isinstance(parent, Page):
        parent = parent.parentWidget()
    if parent is not None and widget is not None:
        # A tall answer box: its top (label and first lines) is what must show.
        parent.ensureWidgetVisible(widget, 0, 40)


def read_only_message(holder: Holder | None) -> str:
    """The read-only banner: who has the draft open, on which computer, in plain words."""
    import getpass
    import socket

    try:
        me, here = getpass.getuser(), socket.gethostname()
    except (KeyError, OSError):
        me, here = "", ""
    if holder is None:
        who = tr("This draft is open in another PactDesk, on this or another computer.")
    elif holder.user == me and holder.computer == here:
        who = tr("This draft is open in another PactDesk window on this computer.")
    else:
        who = tr("{user} has this draft open in another PactDesk, on the computer “{computer}”.")
        who = who.format(user=holder.user, computer=holder.computer)
    return (
        tr("Read-only.")
        + " "
        + who
        + " "
        + tr("You can read it here; to change it, close it there, then press “Open for editing”.")
    )


class MainWindow(QMainWindow):
    # Made by pactdesk.ui.actions.build_menus (one attribute per ActionSpec.name).
    recent_menu: QMenu
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    cut_action: QAction
    copy_action: QAction
    paste_action: QAction

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
            available=module_available,
        )
        self.exchange.update(has_draft=has_draft)
        self.update_edit_actions()

    def _on_edit_state(self, _value: object) -> None:
        self.update_edit_actions()

    def _on_focus_changed(self, _old, new) -> None:
        self.update_edit_actions()
        scroll_into_view(new)

    def update_edit_actions(self) -> None:
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
        self.update_edit_actions()

    def edit_undo(self) -> None:
        self._on_text("undo")

    def edit_redo(self) -> None:
        self._on_text("redo")

    def edit_cut(self) -> None:
        self._on_text("cut")

    def edit_copy(self) -> None:
        self._on_text("copy")

    def edit_paste(self) -> None:
        self._on_text("paste")

    def add_data_point(self) -> None:
        if self.editor is not None and self.editor.current_page.startswith("commitment/"):
            self.editor.commitment.data.add_row()

    def add_reference(self) -> None:
        if self.editor is not None and self.editor.current_page.startswith("commitment/"):
            self.editor.commitment.references.add_row()

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
            framework = self.draft.framework if self.draft else frameworks.shipped_framework()
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
            model.modelReset.connect(self.update_edit_actions)
        framework = draft.framework
        state = framework.member_state(draft.info.member_state)
        title = tr("{state} — contribution for the {cycle} cycle").format(
            state=state.name, cycle=draft.info.cycle
        )
        self.header.set_draft(title, framework)
        self.header.set_completeness(None, 0, 0)
        if draft.info.read_only:
            self.read_only_banner.show_message(
                read_only_message(who_has_it(path)), button=tr("&Open for editing")
            )
        else:
            self.read_only_banner.hide()
        self._show_location(path)
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
        self.import_banner.hide()
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

    # -- where the draft is kept: network shares, synchronised folders, working copies --

    def _show_location(self, path: Path) -> None:
        original = self.settings.original_of(path)
        placement = None if original is not None else where_kept(path.resolve())
        if original is not None:
            self.location_banner.show_message(
                tr(
                    "This is a local working copy of {original}. When you are done, copy it "
                    "back (File › Copy the working copy back)."
                ).format(original=original),
                button=tr("Copy &back now"),
            )
        elif placement is not None:
            where = (
                tr("in {name}, a synchronised folder").format(name=placement.name)
                if placement.kind == "synchronised"
                else tr("on {name}").format(name=placement.name)
            )
            self.location_banner.show_message(
                tr(
                    "This draft is kept {where}. Locking the file there is not reliable, so two "
                    "people could overwrite each other's work. Work on a local copy on this "
                    "computer and copy it back when you are done."
                ).format(where=where),
                button=tr("Work on a &local copy"),
            )
        else:
            self.location_banner.hide()

    def _on_location_button(self) -> None:
        if self.draft is None:
            return
        if self.settings.original_of(self.draft.path) is not None:
            self.copy_back()
        else:
            self.work_on_local_copy()

    def work_on_local_copy(self) -> None:
        """Copy the draft from the share to this computer and go on there."""
        from pactdesk.services.draft_location import make_working_copy

        if self.draft is None or self.editor is None:
            return
        self.editor.flush_and_wait()
        original = self.draft.path.resolve()
        try:
            copy = make_working_copy(self.draft)
        except OSError as exc:
            self._complain(tr("The local copy could not be made"), str(exc))
            return
        self.settings = self.settings.with_working_copy(copy, original)
        if not self.smoke:
            settings_module.save(self.settings)
        if self.open_draft(copy):
            self.statusBar().showMessage(
                tr("You are working on a local copy; the draft on the share is unchanged."), 8000
            )

    def copy_back(self) -> None:
        """Put the working copy back where it came from (refused if that was changed)."""
        from pactdesk.services.draft_location import CopyBackError, copy_back

        if self.draft is None or self.editor is None:
            return
        original = self.settings.original_of(self.draft.path)
        if original is None:
            return
        self.editor.flush_and_wait()
        try:
            copy_back(self.draft, original)
        except (CopyBackError, OSError) as exc:
            self._complain(tr("The working copy was not copied back"), str(exc))
            return
        message = tr("Copied back to {original} at {time}.").format(
            original=original, time=formats.time_text(formats.now())
        )
        self.location_banner.show_message(
            message + " " + tr("You can go on here and copy back again later."),
            button=tr("Copy &back now"),
        )
        self.statusBar().showMessage(message, 8000)

    def choose_drafts_folder(self) -> None:
        """File › Where drafts are kept…: the folder for new drafts, Open and Export."""
        current = self.settings.drafts_dir
        name = QFileDialog.getExistingDirectory(
            self, tr("Where to keep drafts"), str(current if current.is_dir() else Path.home())
        )
        if name:
            self.settings = replace(self.settings, drafts_folder=name)
            settings_module.save(self.settings)
            self.statusBar().showMessage(
                tr("New drafts are kept in {folder}.").format(folder=name), 8000
            )

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

    def open_dialog(self) -> None:
        """Open a draft, starting in the drafts folder (Documents/PactDesk unless changed)."""
        folder = self.settings.drafts_dir
        start = str(folder) if folder.is_dir() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open a draft"), start, tr("PactDesk drafts (*.pactdesk)")
        )
        if name:
            self.open_draft(Path(name))

    def fill_recent(self) -> None:
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
            author=self.author(),
            default_state=self.settings.profile.member_state,
            folder=self.settings.drafts_dir,
            parent=self,
        )
        made = wizard.exec() and wizard.created is not None
        self.activateWindow()  # back to the window, whatever the window manager does
        if made:
            assert wizard.created is not None
            self.open_draft(wizard.created)

    def _complain(self, summary: str, details: str) -> None:
        if self.smoke:
            raise RuntimeError(f"{summary}: {details}")
        QMessageBox.warning(self, summary, details)

    # -- the editor's signals ----------------------------------------------------

    def _on_page_changed(self, page_key: str) -> None:
        self._update_actions()
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
                    time=formats.time_text(saver.last_saved_at),
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

    def next_item(self) -> None:
        if self.editor is not None:
            self.editor.step(1)

    def previous_item(self) -> None:
        if self.editor is not None:
            self.editor.step(-1)

    def next_unanswered_prompt(self) -> None:
        self._next_unanswered(True)

    def next_empty_field(self) -> None:
        self._next_unanswered(False)

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

    def focus_navigator(self) -> None:
        if self.editor is not None:
            self.editor.focus_navigator()

    def focus_editor(self) -> None:
        if self.editor is not None:
            self.editor.focus_editor()

    def focus_checks(self) -> None:
        if self.editor is not None:
            self.checks_dock.show()
            self.checks_dock.raise_()
            self.checks.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_history(self) -> None:
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

    # -- exchange with other ministries: the work is in pactdesk.ui.exchange_menu ------

    def show_assign(self) -> None:
        self.exchange.show_assign()

    def show_owed(self) -> None:
        self.exchange.show_owed()

    def show_send_package(self) -> None:
        self.exchange.show_send()

    def show_merge(self) -> None:
        self.exchange.show_merge()

    def show_conflicts(self) -> None:
        self.exchange.show_conflicts()

    def show_return(self) -> None:
        self.exchange.show_return()

    def show_review(self) -> None:
        from pactdesk.ui.dialogs.review_dialog import ReviewDialog

        if self.draft is not None:
            ReviewDialog(self.draft, self.author(), self).exec()

    # ------------------------------------------------------------------------------------

    def _dialog_class(self, module: str, name: str):
        return getattr(importlib.import_module(module), name)

    def show_export(self) -> None:
        if self.draft is None:
            return
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        dialog = self._dialog_class(EXPORT_DIALOG, "ExportDialog")(
            self.draft, self, folder=self.settings.drafts_dir
        )
        dialog.exec()

    def show_import_workbook(self) -> None:
        self._show_import(IMPORT_WORKBOOK_DIALOG, "ImportWorkbookDialog")

    def show_import_word(self) -> None:
        self._show_import(IMPORT_WORD_DIALOG, "ImportWordDialog")

    def _show_import(self, module: str, name: str) -> None:
        if self.draft is None:
            return
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        dialog = self._dialog_class(module, name)(self.draft, self.author(), self)
        if dialog.exec():
            # The import changed items under the editor: reopen to show them, then say
            # what changed (the first changed item on show).
            path = self.draft.path
            result, plan = getattr(dialog, "result_", None), getattr(dialog, "plan", None)
            QTimer.singleShot(0, lambda: self._after_import(path, result, plan))

    def _after_import(self, path: Path, result: object, plan: object) -> None:
        if not self.open_draft(path) or self.draft is None:
            return
        changed = tuple(getattr(result, "changed", ()))
        conflicts = len(getattr(plan, "conflicts", ()) or ())
        parts = [tr("%n field(s) changed", "", len(changed))]
        if conflicts:
            parts.append(tr("%n conflict(s) kept the draft's text", "", conflicts))
        fields = [describe_key(self.draft.framework, key) for key in changed[:5]]
        more = "…" if len(changed) > 5 else ""
        message = tr("Workbook imported: {counts}.").format(counts="; ".join(parts))
        if fields:
            listed = "; ".join(fields)
            message += " " + tr("Changed: {fields}{more}").format(fields=listed, more=more)
        self.import_banner.show_message(message)
        self.statusBar().showMessage(message, 10000)
        if changed:
            self.go_to_item(changed[0])

    def show_sign(self) -> None:
        if self.draft is None:
            return
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        dialog = self._dialog_class(SIGN_DIALOG, "SignDialog")(self.draft, self)
        dialog.signed.connect(lambda _made: self._refresh_signoffs())
        self._open_signing_dialog(dialog)

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
        self._open_signing_dialog(dialog)

    # -- sign-off and submission: identities, the CA, roles, requests, the bundle --------
    # One block (the menu items are one block of pactdesk.ui.actions). The dialogs open
    # window-modal without blocking, so a test (and a screen reader) can work in them.

    def _open_signing_dialog(self, dialog: QDialog) -> QDialog:
        """Open one of the sign-off dialogs; the sign-off panel is read again when it closes."""
        self.signing_dialog = dialog
        dialog.finished.connect(lambda _result: self._refresh_signoffs())
        dialog.open()
        return dialog

    def _flushed_draft(self) -> Draft | None:
        if self.draft is None:
            return None
        self.editor.flush_and_wait()  # type: ignore[union-attr]
        return self.draft

    def show_roles(self) -> None:
        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(self._dialog_class(ROLES_DIALOG, "RolesDialog")(draft, self))

    def show_identities(self) -> None:
        self._open_signing_dialog(self._dialog_class(IDENTITIES_DIALOG, "IdentitiesDialog")(self))

    def show_authority(self) -> None:
        self._open_signing_dialog(self._dialog_class(AUTHORITY_DIALOG, "AuthorityDialog")(self))

    def show_export_request(self) -> None:
        if (draft := self._flushed_draft()) is not None:
            dialog = self._dialog_class(SIGN_REQUEST_DIALOGS, "ExportRequestDialog")
            self._open_signing_dialog(dialog(draft, self.author(), self))

    def show_sign_request(self) -> None:
        dialog = self._dialog_class(SIGN_REQUEST_DIALOGS, "SignReceivedRequestDialog")
        self._open_signing_dialog(dialog(self))

    def show_import_answer(self) -> None:
        if (draft := self._flushed_draft()) is not None:
            dialog = self._dialog_class(SIGN_REQUEST_DIALOGS, "ImportAnswerDialog")
            self._open_signing_dialog(dialog(draft, self))

    def show_bundle(self) -> None:
        if (draft := self._flushed_draft()) is not None:
            self._open_signing_dialog(
                self._dialog_class(BUNDLE_DIALOG, "BundleDialog")(draft, self)
            )

    # -- end of the sign-off and submission block ---------------------------------------

    def show_details(self) -> None:
        """File › Contribution details: the ministry and contact point (issue 16)."""
        if (draft := self._flushed_draft()) is not None:
            dialog = self._dialog_class(DETAILS_DIALOG, "DetailsDialog")
            self._open_signing_dialog(dialog(draft, self.author(), self))

    def show_compare(self) -> None:
        """The Commission's desk: a window of its own, beside this one (issue 17)."""
        window = self._dialog_class(COMPARE_WINDOW, "CompareWindow")(parent=self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.show()
        self.compare_window = window

    # -- help -------------------------------------------------------------------------

    def show_keys(self) -> None:
        """Every shortcut of every menu item, read from the actions (and the keys of controls)."""
        rows = actions.shortcut_rows(self)
        text = "\n".join(f"{what}:  {keys}" for what, keys in rows)
        QMessageBox.information(self, tr("Keyboard shortcuts"), text)

    def copy_diagnostics(self) -> None:
        """Help › Copy diagnostic information: what support asks for, on the clipboard.

        Versions, platform, folders and the last log lines (the log holds no
        content: see pactdesk.logs); nothing of the draft's text.
        """
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from pactdesk import logs

        text = logs.diagnostics({"Qt": qVersion(), "PySide6": pyside_version})
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(
            tr("Diagnostic information copied: paste it into your message to IT support."), 8000
        )

    def show_about(self) -> None:
        from pactdesk import frameworks

        try:
            framework = self.draft.framework if self.draft else frameworks.shipped_framework()
            source = f" ({framework.source})"
        except frameworks.FrameworkError:
            source = ""
        QMessageBox.about(
            self,
            tr("About PactDesk"),
            tr(
                "PactDesk — write, check, sign off and submit a Member State's contribution on the "
                "European Pact on Immigration and Asylum{source}."
            ).format(source=source),
        )
