"""Every control a keyboard can reach has a name a screen reader can say.

Qt's own accessibility interface (what AT-SPI or UI Automation read) is
asked for each visible, focusable widget on every page and dialog: the name
must not be empty, must not be the widget's object name, and for an answer
box it is what its visible label says.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QTabBar, QWidget

from pactdesk.domain.contribution import DataPoint, Reference, data_key, encode_rows, references_key


def unnamed_controls(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not (focusable or isinstance(widget, QAbstractButton)):
            continue
        if widget.focusProxy() is not None:
            continue
        if isinstance(widget, QTabBar):
            # Qt names a tab bar by its tabs (here the side panels' titles).
            problems += [
                f"tab {i} has no title" for i in range(widget.count()) if not widget.tabText(i)
            ]
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        label = f"{type(widget).__name__}({widget.objectName()!r})"
        if not name.strip():
            problems.append(f"{label} has no accessible name")
        elif widget.objectName() and name == widget.objectName():
            problems.append(f"{label} is named after its object name")
    return problems


@pytest.fixture
def rich_draft(new_draft):
    draft = new_draft()
    draft.save_many(
        {
            data_key("II.b"): encode_rows(
                (DataPoint("Readmissions", "2009-H1", 12, "persons", "Border Guard", False),)
            ),
            references_key("II.b"): encode_rows((Reference("EMN annual policy report", "§ 4"),)),
        },
        author="Test",
    )
    path = draft.path
    draft.close()
    return path


def test_every_page_names_its_controls(qtbot, make_window, rich_draft, framework):
    window = make_window()
    assert unnamed_controls(window) == []
    assert window.open_draft(rich_draft)
    pages = ["political/I", "commitment/I.b", "commitment/II.b", "commitment/III.a"]
    for page in pages:
        window.editor.show_page(page)
        qtbot.wait(10)
        assert unnamed_controls(window) == [], page
    window.editor.open_find()
    assert unnamed_controls(window) == []


def test_answer_boxes_are_named_by_their_visible_label(qtbot, make_window, draft_path, framework):
    window = make_window(draft_path)
    window.editor.show_page("commitment/I.a")
    from pactdesk.ui.views.fields import AnswerEdit

    for edit in window.findChildren(AnswerEdit):  # the comments panel's box has its own name
        if not edit.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(edit)
        assert interface.text(QAccessible.Text.Name) == edit.parentWidget().title.text()
    names = {
        QAccessible.queryAccessibleInterface(e).text(QAccessible.Text.Name)
        for e in window.findChildren(QPlainTextEdit)
        if e.isVisible()
    }
    commitment = framework.commitment("I.a")
    assert {p.text for p in commitment.prompts} <= names
    assert framework.column_actions in names and framework.column_developments in names


def test_dialogs_name_their_controls(qtbot, make_window):
    from pactdesk.settings import Profile
    from pactdesk.ui.dialogs.new_contribution import NewContributionWizard
    from pactdesk.ui.dialogs.profile_dialog import ProfileDialog

    dialog = ProfileDialog(Profile(), member_states=[("PL", "Poland")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    wizard = NewContributionWizard(author="Test")
    qtbot.addWidget(wizard)
    wizard.show()
    assert unnamed_controls(wizard) == []
    wizard.next()
    assert unnamed_controls(wizard) == []


def test_every_menu_item_has_text(make_window, draft_path):
    window = make_window(draft_path)
    for menu_action in window.menuBar().actions():
        assert menu_action.text().replace("&", "").strip()
        for action in menu_action.menu().actions():
            assert action.isSeparator() or action.text().replace("&", "").strip()
