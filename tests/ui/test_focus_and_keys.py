"""Focus always visible: Tab scrolls, find highlights text and table cells; menus and F1 right."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from pactdesk.domain.contribution import DataPoint, Reference, data_key, encode_rows, references_key

from .conftest import focus, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
UI = Path(__file__).resolve().parents[2] / "pactdesk" / "ui"


def on_screen(widget: QWidget) -> bool:
    """Whether the top of ``widget`` (its first 40 px) is inside its page's visible area."""
    page = widget.parentWidget()
    while page is not None and not hasattr(page, "ensureWidgetVisible"):
        page = page.parentWidget()
    assert page is not None
    viewport = page.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    top = QRect(top_left.x(), top_left.y(), max(1, widget.width()), min(40, widget.height()))
    screen = widget.window().screen().availableGeometry()
    on_the_screen = QRect(widget.mapToGlobal(QPoint(0, 0)), top.size())
    return viewport.rect().contains(top) and screen.contains(on_the_screen)


def fitted(qtbot, window) -> None:
    """The window as it opens: fitted to its screen (the offscreen screen is 800x600)."""
    screen = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(window.frameGeometry()), timeout=3000)


def test_tab_scrolls_the_focused_field_into_view(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    fitted(qtbot, window)
    window.editor.show_page("commitment/I.b")  # four prompt cards: a long page
    qtbot.wait(50)
    seen = []
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focus()
        if isinstance(widget, QPlainTextEdit):
            seen.append(widget)
            assert on_screen(widget), f"the focused field {widget.accessibleName()!r} is off-screen"
    assert window.editor.commitment.developments_field.edit in seen
    page = window.editor.commitment
    assert page.verticalScrollBar().value() > 0  # it did scroll


def test_a_new_data_row_is_on_screen(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    fitted(qtbot, window)
    window.editor.show_page("commitment/II.b")
    assert window.editor.commitment.verticalScrollBar().value() == 0
    press(qtbot, Qt.Key.Key_A, ALT)  # Edit › Add a data point
    qtbot.waitUntil(lambda: bool(window.editor.commitment.data_model.rows), timeout=2000)
    assert on_screen(focus()), "the new row's first cell is off-screen"


def full_of_words(new_draft) -> Path:
    draft = new_draft()
    draft.save_many(
        {
            "political/I": "Programy dobrowolnych powrotów do Łodzi.",
            "commitment/II.a/actions_undertaken": "Η Ελλάδα ενίσχυσε τα σύνορα.",
            "commitment/II.b/actions_undertaken": "Übernahme an der Grenze, Straße 5.",
            "commitment/III.a/actions_undertaken": "Право на убежище; Đorđe iz Hrvatske.",
            data_key("II.b"): encode_rows(
                (DataPoint("Powroty", "2009-H1", 120, "osoby", "Straż Graniczna", False),)
            ),
            references_key("II.b"): encode_rows((Reference("EMN", "Sprawozdanie roczne, Ελλάδα"),)),
        },
        author="Test",
    )
    path = draft.path
    draft.close()
    return path


def find(qtbot, window, needle: str) -> str:
    press(qtbot, Qt.Key.Key_F, CTRL)
    edit = window.editor.find_bar.edit
    edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    type_text(qtbot, needle)
    return window.editor.find_bar.count.text()


def test_find_with_and_without_diacritics_in_five_languages(qtbot, make_window, new_draft):
    window = make_window(full_of_words(new_draft))
    for needle, count in (
        ("powrot", "2 matches"),  # PL: "powrotów" in a field and "Powroty" in the table
        ("lodz", "1 match"),  # PL: "Łodzi"
        ("ελλαδα", "2 matches"),  # EL: a field and a reference
        ("ΕΛΛΆΔΑ", "2 matches"),
        ("ubernahme", "1 match"),  # DE
        ("strasse", "1 match"),  # DE "Straße" (ß -> ss)
        ("straz", "1 match"),  # PL "Straż" in a table cell
        ("убежище", "1 match"),  # BG
        ("УБЕЖИЩЕ", "1 match"),
        ("dorde", "1 match"),  # HR "Đorđe"
        ("Đorđe", "1 match"),
    ):
        assert find(qtbot, window, needle) == count, needle


def test_find_highlights_the_original_characters_and_table_cells(qtbot, make_window, new_draft):
    window = make_window(full_of_words(new_draft))
    find(qtbot, window, "lodz")
    press(qtbot, Qt.Key.Key_Return)
    edit = window.editor.political.field.edit
    assert edit.textCursor().selectedText() == "Łodz"
    find(qtbot, window, "straz")
    press(qtbot, Qt.Key.Key_F3)
    assert window.editor.current_page == "commitment/II.b"
    table = window.editor.commitment.data.table
    index = table.currentIndex()
    assert (index.row(), index.column()) == (0, 4)
    assert table.selectionModel().isSelected(index)  # the cell is highlighted
    assert index.data() == "Straż Graniczna"
    assert on_screen(table)
    find(qtbot, window, "ελλαδα")
    press(qtbot, Qt.Key.Key_F3)
    press(qtbot, Qt.Key.Key_F3)
    refs = window.editor.commitment.references.table
    assert (refs.currentIndex().row(), refs.currentIndex().column()) == (0, 1)
    assert refs.selectionModel().isSelected(refs.currentIndex())


def test_every_menu_has_unique_mnemonics(qtbot, make_window, draft_path):
    from pactdesk.ui.actions import menu_texts, mnemonic

    window = make_window(draft_path)
    checked = 0
    for menu, texts in menu_texts(window):
        letters = [mnemonic(t) for t in texts]
        assert all(letters), f"{menu}: an item without an underlined letter: {texts}"
        doubles = {x for x in letters if letters.count(x) > 1}
        assert not doubles, f"{menu}: {sorted(doubles)} underlined twice in {texts}"
        checked += 1
    assert checked >= 7  # the bar, six menus, Open recent


def shown_keys(qtbot, window) -> str:
    texts: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(texts), timeout=3000)
    return texts[0]


def test_f1_lists_every_shortcut_of_every_action(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    text = shown_keys(qtbot, window)
    lines = text.splitlines()
    count = 0
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&", "")
            assert any(keys in line for line in lines), f"F1 leaves out {keys} ({name})"
            count += 1
    assert count >= 25
    for keys in ("Alt+A", "Alt+R", "F3", "Shift+F3", "Ctrl+J", "F6"):
        assert re.search(rf"(^|[ /]){re.escape(keys)}($| )", text, re.M), keys


def test_one_date_format_in_the_window(qtbot, make_window, new_draft, monkeypatch):
    """Every date and time the window shows comes from pactdesk.ui.formats."""
    from pactdesk.ui import formats

    offenders = []
    for path in UI.rglob("*.py"):
        if path.name == "formats.py":
            continue
        source = path.read_text(encoding="utf-8")
        for pattern in (
            r"strftime\(",
            r"QLocale\(\)\.toString",
            r"FormatType\.",
            r"isoformat\(\)\[",
        ):
            if re.search(pattern, source):
                offenders.append(f"{path.name}: {pattern}")
    assert not offenders, f"dates formatted outside ui/formats.py: {offenders}"

    monkeypatch.setenv("PACTDESK_TODAY", "2009-11-02")
    draft = new_draft()
    draft.save("political/I", "Tekst.", author="Test")
    saved_at = draft.events()[-1].at
    path = draft.path
    draft.close()
    window = make_window(path)
    window.history_dock.show()
    window.history_dock.raise_()
    qtbot.waitUntil(lambda: window.history.list.count() > 0, timeout=3000)
    qtbot.waitUntil(
        lambda: formats.moment_text(saved_at) in window.history.list.item(0).text(), timeout=3000
    )
    deadline = window.draft.framework.next_deadline(dt.date(2009, 11, 2), "member_states")
    assert deadline is not None
    assert formats.date_text(deadline.date) in window.header.deadline.text()


def test_the_checks_follow_a_committed_cell_at_once(qtbot, make_window, new_draft):
    draft = new_draft()
    draft.save(
        data_key("II.b"),
        encode_rows((DataPoint("", "2009-H1", 120, "osoby", "Straż Graniczna", False),)),
        author="Test",
    )
    path = draft.path
    draft.close()
    window = make_window(path)
    window.editor.show_page("commitment/II.b")

    def findings() -> str:
        return " ".join(
            window.checks.list.item(i).text() for i in range(window.checks.list.count())
        )

    qtbot.waitUntil(lambda: "indicator is empty" in findings(), timeout=3000)
    table = window.editor.commitment.data.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.waitUntil(lambda: focus() is table, timeout=2000)
    press(qtbot, Qt.Key.Key_F2)  # edit the indicator cell
    qtbot.waitUntil(lambda: isinstance(focus(), QLineEdit), timeout=2000)
    type_text(qtbot, "Powroty")
    press(qtbot, Qt.Key.Key_Tab)  # commits the cell, on to the next one
    assert window.editor.commitment.data_model.rows[0].indicator == "Powroty"
    # Well before the pause after typing (0.8 s) would have re-checked it.
    qtbot.waitUntil(lambda: "indicator is empty" not in findings(), timeout=600)


def test_a_reconstructed_request_is_marked_with_where_its_text_came_from(
    qtbot, make_window, draft_path, framework
):
    window = make_window(draft_path)
    commitment = framework.commitment("II.f")
    prompt = next(p for p in commitment.prompts if p.reconstructed)
    window.editor.show_page("commitment/II.f")
    cards = window.editor.commitment.cards[: len(commitment.prompts)]
    card = next(c for c in cards if c.field.key.endswith(prompt.id))
    assert card.reconstructed.isVisible()
    note = card.reconstructed.text()
    assert note.startswith("Partly reconstructed") and prompt.reconstructed in note
    assert "reconstructed" in card.field.edit.accessibleDescription()
    # The Commission's own requests carry no such note.
    window.editor.show_page("commitment/I.b")
    assert not any(c.reconstructed.isVisible() for c in window.editor.commitment.cards)


def test_commitment_titles_take_two_lines_in_the_contents(qtbot, make_window, draft_path):
    window = make_window(draft_path)
    navigator = window.editor.navigator
    model = navigator.model()
    index = model.index_for_key("commitment/I.a")
    area = model.index_for_key("political/I")
    line = navigator.fontMetrics().lineSpacing()
    assert navigator.visualRect(index).height() >= 2 * line
    assert navigator.visualRect(area).height() < 2 * line
    # The first rows are on show, not scrolled away.
    qtbot.waitUntil(lambda: navigator.verticalScrollBar().value() == 0, timeout=2000)


def test_dates_and_numbers_follow_the_users_locale(qtbot):
    from PySide6.QtCore import QLocale

    from pactdesk.ui import formats
    from pactdesk.ui.models.rows import DataPointModel

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        assert formats.date_text(dt.date(2009, 11, 15)) == "15 listopada 2009"
        assert formats.number_text(12345.5) == "12\N{NO-BREAK SPACE}345,5"
        assert formats.number_text(1234567.25) == "1\N{NO-BREAK SPACE}234\N{NO-BREAK SPACE}567,25"
        assert formats.number_text(120) == "120"
        moment = dt.datetime(2009, 11, 2, 8, 5, tzinfo=dt.UTC)
        local = moment.astimezone()
        assert formats.datetime_text(moment).startswith(formats.date_text(local.date()))
        model = DataPointModel()
        model.set_rows([DataPoint("Powroty", "2009-H1", 12345.5, "osoby", "SG", False)])
        assert model.index(0, 2).data() == "12\N{NO-BREAK SPACE}345,5"
        assert model.index(0, 2).data(Qt.ItemDataRole.EditRole) == "12345.5"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
        assert formats.date_text(dt.date(2009, 11, 15)) == "15 November 2009"
    finally:
        QLocale.setDefault(before)
