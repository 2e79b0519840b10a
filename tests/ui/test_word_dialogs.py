"""Word in the window: the export dialog writes a .docx; "Import Word document…" imports one.

Driven as an official would: radio button and Export pressed; the import
dialog's Choose… pressed (the file picker answered), tracked changes answered
with the dialog's own button, Import pressed; then what the draft holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key  # noqa: E402
from pactdesk.services import word  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_support import W, answer_box, document_xml, save_document_xml, xpath  # noqa: E402
from lxml import etree  # noqa: E402

IA = answer_key("I.a", ACTIONS)
IB = answer_key("I.b", DEVELOPMENTS)


def _click_option(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_the_export_dialog_writes_a_word_document(qtbot, new_draft, tmp_path: Path) -> None:
    from pactdesk.ui.dialogs.export_dialog import ExportDialog

    draft = new_draft()
    draft.save(IA, "Zażółć gęślą jaźń — ustawa.\nΔεύτερη γραμμή, жщ.", author="t")
    dialog = ExportDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(tmp_path / "wynik.pdf"))
    _click_option(qtbot, dialog.format_buttons["docx"])
    assert dialog.path_edit.text() == str(tmp_path / "wynik.docx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert "Wrote" in dialog.status_label.text()
    root = document_xml(tmp_path / "wynik.docx")
    texts = xpath(answer_box(root, IA), "./w:p")
    assert ["".join(p.itertext()) for p in texts] == [
        "Zażółć gęślą jaźń — ustawa.",
        "Δεύτερη γραμμή, жщ.",
    ]


@pytest.fixture
def returned(new_draft, tmp_path: Path):
    """A draft, and its Word document back from a colleague with a tracked insertion in I.a."""
    draft = new_draft()
    draft.save_many({IA: "Ustawa z 2009 r.", IB: "Plan."}, author="Coordinator")
    document = tmp_path / "od-ministerstwa-pracy.docx"
    word.export_docx(draft, document)
    root = document_xml(document)
    paragraph = xpath(answer_box(root, IA), "./w:p")[0]
    ins = etree.SubElement(paragraph, f"{W}ins", {f"{W}author": "Ewa Wiśniewska", f"{W}id": "7"})
    etree.SubElement(etree.SubElement(ins, f"{W}r"), f"{W}t").text = " Dopisek."
    xpath(answer_box(root, IB), ".//w:t")[0].text = "Plan ministerstwa, ζ."
    save_document_xml(document, root)
    return draft, document


def _open(qtbot, draft, document: Path, monkeypatch):
    from pactdesk.ui.dialogs.import_word_dialog import ImportWordDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(document), ""))
    )
    dialog = ImportWordDialog(draft, "Coordinator")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def test_tracked_changes_are_asked_about_then_imported(qtbot, returned, monkeypatch, tmp_path):
    draft, document = returned
    head = draft.head()
    dialog = _open(qtbot, draft, document, monkeypatch)
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert "tracked change" in dialog.summary.text()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("insertion by Ewa Wiśniewska" in p and "Dopisek" in p for p in problems)
    assert dialog.accept_changes_button.isVisible() and dialog.reject_changes_button.isVisible()
    assert draft.head() == head

    qtbot.mouseClick(dialog.accept_changes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert not dialog.accept_changes_button.isVisible()
    fields = [
        dialog.changes.topLevelItem(i).text(0) for i in range(dialog.changes.topLevelItemCount())
    ]
    assert len(fields) == 2 and fields[0].startswith("I.a") and fields[1].startswith("I.b")
    notes_tab = dialog.tabs.indexOf(dialog.notes)
    assert notes_tab >= 0 and "How it was read" in dialog.tabs.tabText(notes_tab)
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any("accepted" in n for n in notes)
    dialog.grab().save(str(tmp_path / "import-word-dialog.png"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert draft.value(IA) == "Ustawa z 2009 r. Dopisek."
    assert draft.value(IB) == "Plan ministerstwa, ζ."
    assert draft.events(IA)[-1].source == "import-docx:od-ministerstwa-pracy.docx"


def test_the_window_has_import_word_document(qtbot, make_window, draft_path) -> None:
    window = make_window(draft_path)
    assert window.import_word_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert "Import Wor&d document…" in [a.text() for a in file_menu.actions()]
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, close_it)
            return
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(50, close_it)
    window.import_word_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["ImportWordDialog"]
