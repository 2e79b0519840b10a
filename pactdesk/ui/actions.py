"""The window's menus and actions, declared once: what each item says, does and is bound to.

Every menu item of the main window is one :class:`ActionSpec` in
:data:`ACTIONS`, in menu order.  :func:`build_menus` turns them into
``QAction`` objects on the window (each under the attribute ``spec.name``),
and the same list gives

* the keyboard help (F1, :func:`shortcut_rows`), generated from the actions
  themselves so that it cannot fall behind a new shortcut;
* which items need an open draft, a writable one or a commitment page
  (:func:`update_enabled`);
* which items open a modal dialog and so run after their trigger has returned
  (a screen reader's ``doAction`` waits for the trigger; see
  :func:`build_menus`).

Adding a menu item is one :class:`ActionSpec` here and its slot on the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from pactdesk.ui.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from pactdesk.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey

#: What an item needs before it can be used.
Needs = Literal["", "draft", "writable", "commitment", "working_copy"]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One menu item.

    ``keys`` are key sequences ("Ctrl+J") or Qt standard keys (which bring every
    binding of the platform: Find next is F3 and Ctrl+G).  ``slot`` names the
    window's method.  ``dialog`` marks items that open a modal dialog.
    ``kind`` is ``"recent"`` for the Open recent submenu and ``"dock:ATTR"`` for
    the show/hide item of the window's dock ``ATTR``.
    """

    name: str
    menu: str
    text: str
    slot: str = ""
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    help: str = ""
    needs: Needs = ""
    dialog: bool = False
    separator: bool = False  # a separator before this item
    kind: str = ""


#: The menu bar, in order: (id, title with its mnemonic).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TR_NOOP("&File")),
    ("edit", QT_TR_NOOP("&Edit")),
    ("go", QT_TR_NOOP("&Go")),
    ("signoff", QT_TR_NOOP("&Sign-off")),
    ("exchange", QT_TR_NOOP("E&xchange")),
    ("view", QT_TR_NOOP("&View")),
    ("help", QT_TR_NOOP("&Help")),
)

_A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    # -- File
    _A("new_action", "file", QT_TR_NOOP("&New contribution…"), "new_contribution",
       (StandardKey.New,), dialog=True),
    _A("open_action", "file", QT_TR_NOOP("&Open…"), "open_dialog", (StandardKey.Open,),
       QT_TR_NOOP("Open a draft"), dialog=True),
    _A("recent_menu_action", "file", QT_TR_NOOP("Open &recent"), kind="recent"),
    _A("example_action", "file", QT_TR_NOOP("Open the fictional e&xample"), "open_example"),
    _A("export_action", "file", QT_TR_NOOP("&Export…"), "show_export", needs="draft",
       dialog=True, separator=True),
    _A("import_workbook_action", "file", QT_TR_NOOP("&Import workbook…"), "show_import_workbook",
       needs="writable", dialog=True),
    _A("import_word_action", "file", QT_TR_NOOP("Import Wor&d document…"), "show_import_word",
       needs="writable", dialog=True),
    _A("details_action", "file", QT_TR_NOOP("Contribution de&tails…"), "show_details",
       needs="draft", dialog=True),
    _A("copy_back_action", "file", QT_TR_NOOP("Copy the &working copy back"), "copy_back",
       needs="working_copy"),
    # The Commission's desk: a window of its own, beside this one.
    _A("compare_action", "file", QT_TR_NOOP("Compare contri&butions…"), "show_compare",
       separator=True),
    _A("profile_action", "file", QT_TR_NOOP("Your &profile…"), "edit_profile", dialog=True,
       separator=True),
    _A("drafts_folder_action", "file", QT_TR_NOOP("Where drafts are &kept…"),
       "choose_drafts_folder", dialog=True),
    _A("close_action", "file", QT_TR_NOOP("&Close draft"), "close_draft", (StandardKey.Close,),
       needs="draft", separator=True),
    # Windows' and the generic platforms' "Quit" has no key; Ctrl+Q is what users expect.
    _A("quit_action", "file", QT_TR_NOOP("&Quit"), "close", (StandardKey.Quit, "Ctrl+Q")),
    # -- Edit
    _A("undo_action", "edit", QT_TR_NOOP("&Undo"), "edit_undo", (StandardKey.Undo,)),
    _A("redo_action", "edit", QT_TR_NOOP("&Redo"), "edit_redo", (StandardKey.Redo,)),
    _A("cut_action", "edit", QT_TR_NOOP("Cu&t"), "edit_cut", (StandardKey.Cut,), separator=True),
    _A("copy_action", "edit", QT_TR_NOOP("&Copy"), "edit_copy", (StandardKey.Copy,)),
    _A("paste_action", "edit", QT_TR_NOOP("&Paste"), "edit_paste", (StandardKey.Paste,)),
    _A("find_action", "edit", QT_TR_NOOP("&Find in the contribution…"), "open_find",
       (StandardKey.Find,), QT_TR_NOOP("Find in the whole contribution"), needs="draft",
       separator=True),
    _A("find_next_action", "edit", QT_TR_NOOP("Find &next"), "find_next",
       (StandardKey.FindNext,), QT_TR_NOOP("Next match"), needs="draft"),
    _A("find_previous_action", "edit", QT_TR_NOOP("Find pre&vious"), "find_previous",
       (StandardKey.FindPrevious,), QT_TR_NOOP("Previous match"), needs="draft"),
    _A("add_data_action", "edit", QT_TR_NOOP("Add a &data point"), "add_data_point", ("Alt+A",),
       needs="commitment", separator=True),
    _A("add_reference_action", "edit", QT_TR_NOOP("Add a r&eference"), "add_reference",
       ("Alt+R",), needs="commitment"),
    # Comments: the panel is pactdesk.ui.views.comments_panel.
    _A("comment_selection_action", "edit", QT_TR_NOOP("C&omment on the selection"),
       "comment_on_selection", ("Ctrl+Alt+M",), QT_TR_NOOP("Comment on the words selected"),
       needs="writable", separator=True),
    # -- Go
    _A("next_action", "go", QT_TR_NOOP("&Next item"), "next_item", ("Ctrl+PgDown", "Alt+Down"),
       needs="draft"),
    _A("previous_action", "go", QT_TR_NOOP("&Previous item"), "previous_item",
       ("Ctrl+PgUp", "Alt+Up"), needs="draft"),
    _A("next_prompt_action", "go", QT_TR_NOOP("Next &unanswered question of the Commission"),
       "next_unanswered_prompt", ("Ctrl+J",), needs="draft", separator=True),
    _A("next_empty_action", "go", QT_TR_NOOP("Next &empty field"), "next_empty_field",
       ("Ctrl+Shift+J",), needs="draft"),
    _A("navigator_action", "go", QT_TR_NOOP("Go to the c&ontents"), "focus_navigator", ("F6",),
       needs="draft", separator=True),
    _A("editor_action", "go", QT_TR_NOOP("Go to the e&ditor"), "focus_editor", ("Shift+F6",),
       needs="draft"),
    _A("checks_action", "go", QT_TR_NOOP("Go to the &checks"), "focus_checks",
       ("Ctrl+Shift+C",), needs="draft"),
    _A("history_action", "go", QT_TR_NOOP("Go to the &history"), "focus_history",
       ("Ctrl+Shift+H",), needs="draft"),
    _A("comments_action", "go", QT_TR_NOOP("Go to the co&mments"), "focus_comments",
       ("Ctrl+Shift+M",), needs="draft"),
    # -- Sign-off
    _A("sign_action", "signoff", QT_TR_NOOP("&Sign this version…"), "show_sign",
       needs="writable", dialog=True),
    _A("signoffs_action", "signoff", QT_TR_NOOP("Show sign-&offs"), "show_signoffs",
       needs="draft"),
    # -- Sign-off and submission without a terminal: one block --------------------------
    _A("roles_action", "signoff", QT_TR_NOOP("Sign-off &roles…"), "show_roles",
       needs="draft", dialog=True),
    _A("identities_action", "signoff", QT_TR_NOOP("Signing &identities…"), "show_identities",
       dialog=True, separator=True),
    _A("authority_action", "signoff", QT_TR_NOOP("Sign-off &authority (CA)…"), "show_authority",
       dialog=True),
    _A("export_request_action", "signoff", QT_TR_NOOP("Send a sign-off re&quest…"),
       "show_export_request", needs="draft", dialog=True, separator=True),
    _A("sign_request_action", "signoff", QT_TR_NOOP("Sign a &colleague's request…"),
       "show_sign_request", dialog=True),
    _A("import_answer_action", "signoff", QT_TR_NOOP("&Take in a signed answer…"),
       "show_import_answer", needs="writable", dialog=True),
    _A("bundle_action", "signoff", QT_TR_NOOP("Make the submission &bundle…"), "show_bundle",
       needs="draft", dialog=True, separator=True),
    # -- end of sign-off and submission ------------------------------------------------
    _A("verify_action", "signoff", QT_TR_NOOP("&Verify a bundle…"), "show_verify", dialog=True),
    # -- Exchange with other ministries (the slots' work: pactdesk.ui.exchange_menu) -------
    _A("assign_items_action", "exchange", QT_TR_NOOP("&Assign items…"), "show_assign",
       needs="writable", dialog=True),
    _A("owed_action", "exchange", QT_TR_NOOP("&Who owes what"), "show_owed", needs="draft",
       dialog=True),
    _A("send_package_action", "exchange", QT_TR_NOOP("&Send items to a colleague…"),
       "show_send_package", needs="writable", dialog=True, separator=True),
    _A("merge_return_action", "exchange", QT_TR_NOOP("&Merge a colleague's return…"),
       "show_merge", needs="writable", dialog=True),
    _A("resolve_conflicts_action", "exchange", QT_TR_NOOP("Resolve open &conflicts…"),
       "show_conflicts", needs="writable", dialog=True),
    _A("send_return_action", "exchange", QT_TR_NOOP("Send your answers &back…"), "show_return",
       needs="writable", dialog=True, separator=True),
    _A("review_action", "exchange", QT_TR_NOOP("Comments and re&view…"), "show_review",
       needs="writable", dialog=True),
    # -- View
    _A("checks_toggle", "view", QT_TR_NOOP("&Checks panel"), kind="dock:checks_dock"),
    _A("history_toggle", "view", QT_TR_NOOP("&History panel"), kind="dock:history_dock"),
    _A("comments_toggle", "view", QT_TR_NOOP("Co&mments panel"), kind="dock:comments_dock"),
    _A("welcome_action", "view", QT_TR_NOOP("&Welcome screen"), "show_welcome"),
    _A("language_action", "view", QT_TR_NOOP("&Language of the window…"), "choose_language",
       dialog=True, separator=True),
    # -- Help
    _A("keys_action", "help", QT_TR_NOOP("&Keyboard shortcuts"), "show_keys",
       (StandardKey.HelpContents,), dialog=True),
    _A("diagnostics_action", "help", QT_TR_NOOP("Copy &diagnostic information"),
       "copy_diagnostics", help=QT_TR_NOOP("Version, platform, libraries, folders and the "
       "last lines of the log, for your IT support")),
    _A("about_action", "help", QT_TR_NOOP("&About PactDesk"), "show_about", dialog=True),
)  # fmt: skip
del _A

#: Keys that belong to no menu item (Qt's own behaviour of a control), for the help.
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TR_NOOP("Next / previous field on the page"), QT_TR_NOOP("Tab / Shift+Tab")),
    (
        QT_TR_NOOP("In the find box: next / previous match, close"),
        QT_TR_NOOP("Enter / Shift+Enter, Esc"),
    ),
    (QT_TR_NOOP("In a table: next cell, tick “harmonised”"), QT_TR_NOOP("Tab, Space")),
    (QT_TR_NOOP("Leave a table"), QT_TR_NOOP("Ctrl+Tab")),
    (QT_TR_NOOP("Open a menu"), QT_TR_NOOP("Alt and the underlined letter")),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """Every binding of ``spec`` on this platform, without duplicates, in order."""
    out: list[QKeySequence] = []
    for key in spec.keys:
        found = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for sequence in found:
            if not sequence.isEmpty() and sequence not in out:
                out.append(sequence)
    return out


def plain(text: str) -> str:
    """A menu text as a person reads it: no mnemonic marker, no ellipsis."""
    return text.replace("&", "").rstrip("…").strip()


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Make the menu bar and every action of :data:`ACTIONS` on ``window``.

    Each action is also added to the window itself, so that its shortcut works
    while the menu bar is hidden.  Items that open a modal dialog run their slot
    from the event loop a moment after the trigger (``QTimer.singleShot``): a
    screen reader presses a menu item through AT-SPI ``DoAction`` and Qt answers
    that call only once ``trigger()`` returns, so a dialog run with ``exec()``
    inside it would leave the screen reader waiting.
    """
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    for menu_id, title in MENUS:
        menu = bar.addMenu(tr(title))
        menu.setObjectName(f"{menu_id}Menu")
        menus[menu_id] = menu
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator:
            menu.addSeparator()
        if spec.kind == "recent":
            submenu = menu.addMenu(tr(spec.text))
            window.recent_menu = submenu
            submenu.aboutToShow.connect(window.fill_recent)
            action = submenu.menuAction()
        elif spec.kind.startswith("dock:"):
            # Not the dock's own toggleViewAction(): that one takes the dock's title,
            # which changes with the item on show ("Checks: commitment I.a").
            dock = getattr(window, spec.kind.split(":", 1)[1])
            action = QAction(tr(spec.text), window)
            action.setCheckable(True)
            action.setChecked(dock.isVisible())
            action.toggled.connect(lambda on, d=dock: d.setVisible(on))
            # Brought to the front when the user picks the item, not each time the
            # window shows its docks (the last dock shown would hide the checks).
            action.triggered.connect(lambda on, d=dock: on and d.raise_())
            dock.visibilityChanged.connect(
                lambda _v, a=action, d=dock: a.setChecked(not d.isHidden())
            )
            menu.addAction(action)
        else:
            action = QAction(tr(spec.text), window)
            sequences = key_sequences(spec)
            if sequences:
                action.setShortcuts(sequences)
            slot: Callable[[], object] = getattr(window, spec.slot)
            if spec.dialog:
                action.triggered.connect(lambda _c=False, s=slot: QTimer.singleShot(0, s))
            else:
                action.triggered.connect(lambda _c=False, s=slot: s())
            menu.addAction(action)
            window.addAction(action)
        action.setObjectName(spec.name)
        setattr(window, spec.name, action)
        actions[spec.name] = action
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    menus["edit"].aboutToShow.connect(window.update_edit_actions)
    return actions


def update_enabled(
    window: MainWindow,
    *,
    has_draft: bool,
    writable: bool,
    on_commitment: bool,
    working_copy: bool,
) -> None:
    """Enable each item whose needs are met."""
    met = {
        "": True,
        "draft": has_draft,
        "writable": has_draft and writable,
        "commitment": has_draft and writable and on_commitment,
        "working_copy": has_draft and working_copy,
    }
    for spec in ACTIONS:
        if spec.kind:
            continue
        action: QAction = getattr(window, spec.name)
        if spec.needs:
            action.setEnabled(met[spec.needs])


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, read from the actions, then other keys."""
    rows: list[tuple[str, str]] = []
    for spec in ACTIONS:
        action = getattr(window, spec.name, None)
        if not isinstance(action, QAction):
            continue
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        if keys:
            rows.append((plain(tr(spec.help) if spec.help else action.text()), " / ".join(keys)))
    rows.extend((tr(what), tr(keys)) for what, keys in OTHER_KEYS)
    return rows


def mnemonic(text: str) -> str:
    """The underlined letter of a menu text ("Cu&t" -> "t"), lower case; "" if none."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2


def menu_texts(window: QWidget) -> Iterable[tuple[str, list[str]]]:
    """Each menu of the menu bar (and the bar itself) with the texts of its items."""
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    bar = window.menuBar()
    yield tr("the menu bar"), [a.text() for a in bar.actions()]
    stack = [a.menu() for a in bar.actions() if a.menu() is not None]
    while stack:
        menu = stack.pop()
        assert isinstance(menu, QMenu)
        items = [a for a in menu.actions() if not a.isSeparator()]
        yield menu.title(), [a.text() for a in items]
        stack.extend(a.menu() for a in items if a.menu() is not None)
