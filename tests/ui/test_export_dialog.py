"""The export dialog, driven as an official would: pick a format and a file, export, cancel.

The window must stay responsive while a PDF of a full draft is laid out: a
timer on the GUI thread keeps ticking during the export, and the longest gap
between its ticks is measured.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402

from pactdesk.domain.contribution import answer_key  # noqa: E402
from pactdesk.testing.samples import full_items  # noqa: E402


@pytest.fixture
def full_draft(new_draft):  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="test")
    return draft


def click_option(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click a radio button on its indicator, where a person clicks it."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def make_dialog(qtbot, draft):  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_exports_a_pdf_with_progress_and_the_window_stays_responsive(
    qtbot, full_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, full_draft)
    assert dialog.format_buttons["pdf"].isChecked()
    assert dialog.path_edit.text().endswith("PL-2010-contribution.pdf")
    target = tmp_path / "Polska 2010.pdf"
    dialog.path_edit.setText(str(target))

    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    export_threads: list[int] = []
    dialog.progress_bar.valueChanged.connect(
        lambda _v: export_threads.append(threading.get_ident())
    )
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.is_running()
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    elapsed = time.perf_counter() - started
    timer.stop()

    assert target.read_bytes().startswith(b"%PDF")
    assert "Wrote" in dialog.status_label.text()
    assert dialog.progress_bar.value() == 1000
    # Progress arrived in many steps, in order, on the GUI thread.
    assert len(values) > 20 and values == sorted(values)
    assert set(export_threads) == {threading.get_ident()}
    # The GUI thread kept running its timer during the whole export.
    during = [t for t in ticks if t <= started + elapsed]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert len(during) >= 10, f"only {len(during)} timer ticks in {elapsed:.2f} s"
    # An export on the GUI thread would show as one gap as long as the export;
    # the bound is relative because a loaded 2-core machine starves any thread
    # for a few hundred ms (the worker holds the GIL in reportlab's loops).
    assert max(gaps) < min(1.0, elapsed / 3), (
        f"the window froze for {max(gaps) * 1000:.0f} ms of {elapsed * 1000:.0f} ms"
    )
    assert full_draft.known_heads()[-1].head == full_draft.head()
    # The controls come back.
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_cancel_stops_the_export_and_writes_nothing(qtbot, full_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, full_draft)
    target = tmp_path / "cancelled.pdf"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 50, timeout=30_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert "Cancelled" in dialog.status_label.text()
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf*")) == []
    assert full_draft.known_heads() == []


def test_closing_during_an_export_cancels_it(qtbot, full_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, full_draft)
    target = tmp_path / "closed.pdf"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 50, timeout=30_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "the dialog waits for the export to stop"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert not target.exists()


def test_exports_json_and_changes_the_suffix(qtbot, new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save(answer_key("I.a", "actions_undertaken"), "Zażółć gęślą jaźń.", author="t")
    dialog = make_dialog(qtbot, draft)
    dialog.path_edit.setText(str(tmp_path / "wynik.pdf"))
    click_option(qtbot, dialog.format_buttons["json"])
    assert dialog.path_edit.text() == str(tmp_path / "wynik.json")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    document = json.loads((tmp_path / "wynik.json").read_text(encoding="utf-8"))
    assert document["format"] == "pactdesk.contribution/1"
    first = next(c for c in document["commitments"] if c["id"] == "I.a")
    assert first["actions_undertaken"] == "Zażółć gęślą jaźń."


def test_xlsx_goes_through_the_workbook_service(qtbot, new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    dialog = make_dialog(qtbot, draft)
    button = dialog.format_buttons["xlsx"]
    dialog.path_edit.setText(str(tmp_path / "zeszyt.pdf"))
    click_option(qtbot, button)
    assert dialog.path_edit.text().endswith("zeszyt.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert (tmp_path / "zeszyt.xlsx").read_bytes().startswith(b"PK")


def test_a_bad_target_is_refused_in_the_dialog(qtbot, new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, new_draft())
    dialog.path_edit.setText(str(tmp_path / "no" / "such" / "folder.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running()
    assert "There is no folder" in dialog.status_label.text()
    dialog.path_edit.setText("")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Choose the file" in dialog.status_label.text()


# -- no export destroys the draft (issue 9) -----------------------------------------------


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _type_path(qtbot, dialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Select the file field's text and type the path, as a person would."""
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.path_edit, str(path))
    assert dialog.path_edit.text() == str(path)


def _refused(qtbot, dialog, draft, says: str) -> None:  # type: ignore[no-untyped-def]
    before = _sha256(draft.path)
    head = draft.head()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    text = dialog.status_label.text()
    assert says in text and "Nothing was written" in text, text
    assert "color: #b00020" in dialog.status_label.styleSheet(), "shown as an error"
    assert dialog.status_label.isVisible()
    assert _sha256(draft.path) == before, "the draft's bytes changed"
    assert draft.head() == head and draft.known_heads() == []
    assert [p.name for p in draft.path.parent.iterdir() if p.name.endswith(".part")] == []
    # The dialog stays usable: the person can choose another name.
    assert dialog.export_button.isEnabled() and dialog.path_edit.isEnabled()


@pytest.mark.parametrize("format_id", ["pdf", "xlsx", "json"])
def test_choosing_the_draft_itself_is_refused_and_the_draft_is_intact(
    qtbot, new_draft, format_id: str
) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save(answer_key("I.a", "actions_undertaken"), "Zażółć gęślą jaźń.", author="t")
    dialog = make_dialog(qtbot, draft)
    click_option(qtbot, dialog.format_buttons[format_id])
    _type_path(qtbot, dialog, draft.path)
    # Already while typing, the field says so.
    assert "the draft" in dialog.status_label.text()
    _refused(qtbot, dialog, draft, "the draft")
    assert draft.value(answer_key("I.a", "actions_undertaken")) == "Zażółć gęślą jaźń."


def test_choosing_the_draft_in_the_save_dialog_is_refused(qtbot, new_draft, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    draft = new_draft()
    dialog = make_dialog(qtbot, draft)
    # The person picks the draft's own file in the system's save dialog.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(draft.path), ""))
    )
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(draft.path)
    _refused(qtbot, dialog, draft, "the draft")


def test_a_link_to_the_draft_is_refused_in_the_dialog(qtbot, new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    draft = new_draft()
    hard = tmp_path / "kopia.pdf"
    os.link(draft.path, hard)
    soft = tmp_path / "skrot.pdf"
    soft.symlink_to(draft.path)
    dialog = make_dialog(qtbot, draft)
    for target in (hard, soft):
        _type_path(qtbot, dialog, target)
        _refused(qtbot, dialog, draft, "another name for it")


def test_a_folder_and_a_missing_folder_are_refused_in_the_dialog(
    qtbot, new_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    dialog = make_dialog(qtbot, draft)
    _type_path(qtbot, dialog, tmp_path)
    _refused(qtbot, dialog, draft, "is a folder")
    _type_path(qtbot, dialog, tmp_path / "nie" / "ma.pdf")
    _refused(qtbot, dialog, draft, "There is no folder")
    assert not (tmp_path / "nie").exists()


def test_a_full_disk_is_a_plain_message_in_the_dialog(qtbot, full_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_outputs import MOUNT, tmpfs

    if not MOUNT:
        pytest.skip("a real full disk needs a tmpfs mount (root)")
    with tmpfs(tmp_path / "small", "size=64k") as disk:
        dialog = make_dialog(qtbot, full_draft)
        target = disk / "Polska.pdf"
        _type_path(qtbot, dialog, target)
        _refused(qtbot, dialog, full_draft, "not enough room")
        assert list(disk.iterdir()) == []
        dialog.close()


def test_a_read_only_place_is_a_plain_message_in_the_dialog(
    qtbot, new_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_outputs import MOUNT, tmpfs

    if not MOUNT:
        pytest.skip("a read-only place needs a read-only mount (root)")
    draft = new_draft()
    with tmpfs(tmp_path / "ro", "ro,size=64k") as disk:
        dialog = make_dialog(qtbot, draft)
        click_option(qtbot, dialog.format_buttons["json"])
        _type_path(qtbot, dialog, disk / "wynik.json")
        _refused(qtbot, dialog, draft, "read-only")
        dialog.close()


def test_show_in_folder_opens_the_folder_of_the_file_written(
    qtbot, new_draft, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Typed as a relative path, the file's folder is still the absolute folder it went to."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    asked: list[QUrl] = []
    answer = {"works": True}

    def open_url(url: QUrl) -> bool:
        asked.append(url)
        return answer["works"]

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    out = tmp_path / "wyniki"
    out.mkdir()
    monkeypatch.chdir(tmp_path)
    draft = new_draft()
    dialog = make_dialog(qtbot, draft)
    click_option(qtbot, dialog.format_buttons["json"])
    _type_path(qtbot, dialog, Path("wyniki") / "PL.json")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert (out / "PL.json").is_file()
    assert dialog.show_button.isVisible()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert asked == [QUrl.fromLocalFile(str(out))]
    assert not dialog.status_label.text().startswith("No ")
    # No file manager: said plainly, with the folder.
    answer["works"] = False
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and asked[1] == QUrl.fromLocalFile(str(out))
    assert dialog.status_label.text() == f"No file manager opened; the file is in {out}."
