"""The import dialog: reads off the GUI thread, shows old -> new and conflicts, applies on OK."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from xlsx_support import edit, set_cell, sheet  # noqa: E402

from pactdesk.domain.contribution import ACTIONS, answer_key, prompt_key  # noqa: E402
from pactdesk.export import xlsx as layout  # noqa: E402
from pactdesk.services import workbook  # noqa: E402

IA = answer_key("I.a", ACTIONS)
IB = answer_key("I.b", ACTIONS)
CRISIS = prompt_key("I.a", "I.a.crisis")


@pytest.fixture
def filled(new_draft, tmp_path: Path):
    """A draft, and its workbook filled by a colleague: one change, one conflict."""
    draft = new_draft()
    draft.save_many({IA: "Ustawa z 2009 r.", IB: "Karta niebieska."}, author="Coordinator")
    book = tmp_path / "od-ministerstwa-pracy.xlsx"
    workbook.export_xlsx(draft, book)
    draft.save(IB, "Karta niebieska — wersja koordynatora.", author="Coordinator")
    edit(
        book,
        lambda wb: (
            set_cell(sheet(wb, layout.MARK_AREA + "I"), CRISIS, 3, "Kryzys: mniej zezwoleń, ζ, ж."),
            set_cell(
                sheet(wb, layout.MARK_AREA + "I"), "commitment/I.b", 3, "Karta — ministerstwo."
            ),
            set_cell(sheet(wb, layout.MARK_DETAILS), layout.FILLED_IN_BY, 3, "Jan Kowalski"),
        ),
    )
    return draft, book


def _open(qtbot, draft):
    from pactdesk.ui.dialogs.import_workbook_dialog import ImportWorkbookDialog

    dialog = ImportWorkbookDialog(draft, "Coordinator")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_changes_and_conflicts_then_imports_on_confirmation(
    qtbot, filled, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    draft, book = filled
    threads: list[threading.Thread] = []
    real_plan = workbook.plan_import

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(workbook, "plan_import", spy)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(book), ""))
    )
    dialog = _open(qtbot, draft)
    head = draft.head()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()

    assert dialog.changes.topLevelItemCount() == 1
    item = dialog.changes.topLevelItem(0)
    assert item.text(0) == "I.a — prompt I.a.crisis"
    assert item.text(1) == "(empty)"
    assert item.text(2) == "Kryzys: mniej zezwoleń, ζ, ж."
    assert dialog.new_text.toPlainText() == "Kryzys: mniej zezwoleń, ζ, ж."
    assert dialog.conflicts.topLevelItemCount() == 1
    conflict = dialog.conflicts.topLevelItem(0)
    assert conflict.text(0).startswith("I.b")
    assert "changed both" in conflict.text(1)
    assert "Jan Kowalski" in dialog.summary.text()
    assert draft.head() == head, "reading the workbook wrote something"

    dialog.grab().save(str(tmp_path / "import-dialog.png"))
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert draft.value(CRISIS) == "Kryzys: mniej zezwoleń, ζ, ж."
    assert draft.value(IB) == "Karta niebieska — wersja koordynatora."
    event = draft.events(CRISIS)[-1]
    assert (event.author, event.source) == (
        "Jan Kowalski",
        "import-xlsx:od-ministerstwa-pracy.xlsx",
    )


def test_a_bad_workbook_shows_its_problems_and_cannot_be_imported(qtbot, filled) -> None:
    draft, book = filled
    edit(
        book,
        lambda wb: set_cell(
            sheet(wb, layout.MARK_AREA + "III"), "commitment/III.b", 2, "(b) zmieniony tekst"
        ),
    )
    dialog = _open(qtbot, draft)
    head = draft.head()
    dialog.load(book)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.plan is None
    assert "cannot be imported" in dialog.summary.text()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(
        "the commitment text was changed" in p and "Sheet 'III Border" in p for p in problems
    ), problems
    assert dialog.tabs.currentIndex() == 2
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert draft.head() == head


def test_an_emptied_answer_is_shown_as_a_deletion(
    qtbot, new_draft, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    draft = new_draft()
    draft.save_many({IA: "Ustawa z 2009 r.", IB: "Karta niebieska."}, author="Coordinator")
    book = tmp_path / "puste.xlsx"
    workbook.export_xlsx(draft, book)
    edit(book, lambda wb: set_cell(sheet(wb, layout.MARK_AREA + "I"), "commitment/I.a", 3, None))
    # A formula elsewhere is read as its text, not as an empty cell.
    edit(
        book,
        lambda wb: set_cell(
            sheet(wb, layout.MARK_AREA + "I"), "commitment/I.b", 3, '=HYPERLINK("http://x","y")'
        ),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(book), ""))
    )
    dialog = _open(qtbot, draft)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    rows = {
        dialog.changes.topLevelItem(i).text(0): dialog.changes.topLevelItem(i)
        for i in range(dialog.changes.topLevelItemCount())
    }
    deleted = next(item for label, item in rows.items() if label.startswith("I.a"))
    assert deleted.text(1) == "Ustawa z 2009 r."
    assert deleted.text(2) == "Deleted in the workbook"
    assert "deletes" in deleted.toolTip(2)
    formula = next(item for label, item in rows.items() if label.startswith("I.b"))
    assert formula.text(2) == '=HYPERLINK("http://x","y")'
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert draft.value(IA) == "" and draft.value(IB) == '=HYPERLINK("http://x","y")'
