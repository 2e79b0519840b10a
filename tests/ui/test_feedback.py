"""Feedback after an export and an import; drafts on shares and their local working copies."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

from PySide6.QtCore import QPoint, Qt, QTimer

from pactdesk.services.draft_location import (
    CopyBackError,
    copy_back,
    make_working_copy,
    where_kept,
)
from pactdesk.services.drafts import Draft


def click_option(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_export_starts_in_the_drafts_folder_and_offers_open_and_show_in_folder(
    qtbot, new_draft, pactdesk_home, monkeypatch
):
    from pactdesk.ui.dialogs import export_dialog

    draft = new_draft()
    dialog = export_dialog.ExportDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = pactdesk_home / "Documents" / "PactDesk"
    assert Path(dialog.path_edit.text()) == folder / "PL-2010-contribution.pdf"
    click_option(qtbot, dialog.format_buttons["json"])
    assert not dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    written = folder / "PL-2010-contribution.json"
    assert written.exists()
    assert dialog.open_button.isVisible() and dialog.show_button.isVisible()
    assert dialog.progress_bar.value() == 1000
    opened: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtGui.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert opened == [str(written), str(folder)]
    # Another format: the last export's 100 % and its buttons go.
    click_option(qtbot, dialog.format_buttons["pdf"])
    assert dialog.progress_bar.value() == 0
    assert not dialog.open_button.isVisible()


def test_drafts_on_shares_and_in_synchronised_folders_are_recognised():
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/migration /mnt/share cifs rw 0 0\n"
        "server:/export /srv/nfs nfs4 rw 0 0\n"
        "me@host:/x /home/z/remote fuse.sshfs rw 0 0\n"
        "tmpfs /tmp tmpfs rw 0 0\n"
    )
    local = where_kept(PurePosixPath("/home/z/Documents/PactDesk/a.pactdesk"), mounts=mounts)
    assert local is None
    for path, kind, name in (
        ("/mnt/share/PL/a.pactdesk", "network", "a network share (cifs)"),
        ("/srv/nfs/a.pactdesk", "network", "a network share (nfs4)"),
        ("/home/z/remote/a.pactdesk", "network", "a network share (fuse.sshfs)"),
        ("/home/z/OneDrive - MSWiA/a.pactdesk", "synchronised", "OneDrive"),
        ("/home/z/Dropbox/a.pactdesk", "synchronised", "Dropbox"),
        ("/home/z/Google Drive/a.pactdesk", "synchronised", "Google Drive"),
        ("/home/z/Nextcloud/a.pactdesk", "synchronised", "Nextcloud"),
        (
            "/Users/z/Library/Mobile Documents/com~apple~CloudDocs/a.pactdesk",
            "synchronised",
            "iCloud Drive",
        ),
    ):
        found = where_kept(PurePosixPath(path), mounts=mounts)
        assert found is not None and (found.kind, found.name) == (kind, name), path
    unc = where_kept(PureWindowsPath(r"\\server\share\a.pactdesk"), platform="win32")
    assert unc is not None and unc.kind == "network"


def test_a_working_copy_goes_back_only_over_an_unchanged_original(new_draft, pactdesk_home):
    original = new_draft("shared.pactdesk")
    original.save("political/I", "Od koordynatora.", author="A")
    copy_path = make_working_copy(original)
    original.close()
    assert copy_path.parent == pactdesk_home / "data" / "working-copies"
    with Draft.open(copy_path) as copy:
        copy.save("political/I", "Poprawione lokalnie.", author="B")
        copy_back(copy, original.path)
    with Draft.open(original.path, read_only=True) as back:
        assert back.value("political/I") == "Poprawione lokalnie."
    # Someone changes the original meanwhile: copying back is refused, nothing is lost.
    with Draft.open(original.path) as theirs:
        theirs.save("political/II", "Kolega na udziale.", author="C")
    with Draft.open(copy_path) as copy:
        copy.save("political/I", "Jeszcze raz.", author="B")
        try:
            copy_back(copy, original.path)
        except CopyBackError as exc:
            assert "changed on the share" in str(exc)
        else:
            raise AssertionError("copied back over a changed original")
    with Draft.open(original.path, read_only=True) as back:
        assert back.value("political/II") == "Kolega na udziale."


def test_the_window_offers_a_local_copy_of_a_draft_on_a_share(
    qtbot, make_window, new_draft, monkeypatch
):
    from pactdesk.ui.window import location

    draft = new_draft("on-share.pactdesk")
    path = draft.path
    draft.close()
    # This test's folder stands for a OneDrive folder.
    monkeypatch.setattr(location, "where_kept", lambda p: _share(p, path))
    window = make_window(path)
    banner = window.location_banner
    assert banner.isVisible() and "Locking the file there is not reliable" in banner.text.text()
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.draft is not None and window.draft.path != path, timeout=5000)
    assert "working-copies" in str(window.draft.path)
    assert "local working copy of" in window.location_banner.text.text()
    window.editor.show_page("political/I", focus=True)
    from .conftest import type_text

    type_text(qtbot, "Lokalnie")
    qtbot.mouseClick(window.location_banner.button, Qt.MouseButton.LeftButton)  # Copy back now
    qtbot.waitUntil(lambda: "Copied back" in window.location_banner.text.text(), timeout=5000)
    window.close_draft()
    with Draft.open(path, read_only=True) as back:
        assert back.value("political/I") == "Lokalnie"


def _share(p, path):
    from pactdesk.services.draft_location import Placement

    return Placement("synchronised", "OneDrive") if Path(p) == path.resolve() else None


def test_after_an_import_the_window_says_what_changed_and_shows_it(
    qtbot, make_window, new_draft, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication, QFileDialog
    from xlsx_support import edit, set_cell, sheet

    from pactdesk.domain.contribution import ACTIONS, answer_key, prompt_key
    from pactdesk.export import xlsx as layout
    from pactdesk.services import workbook
    from pactdesk.ui.dialogs.import_workbook_dialog import ImportWorkbookDialog

    draft = new_draft()
    draft.save(answer_key("I.b", ACTIONS), "Karta niebieska.", author="Coordinator")
    book = tmp_path / "od-ministerstwa.xlsx"
    workbook.export_xlsx(draft, book)
    draft.save(answer_key("I.b", ACTIONS), "Karta — wersja koordynatora.", author="Coordinator")
    path = draft.path
    draft.close()
    crisis = prompt_key("I.a", "I.a.crisis")
    edit(
        book,
        lambda wb: (
            set_cell(sheet(wb, layout.MARK_AREA + "I"), crisis, 3, "Kryzys: mniej zezwoleń."),
            set_cell(sheet(wb, layout.MARK_AREA + "I"), "commitment/I.b", 3, "Karta — resort."),
        ),
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(book), ""))
    )
    window = make_window(path)
    done: list[str] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportWorkbookDialog):
            QTimer.singleShot(50, in_the_dialog)
            return
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        done.append("imported")

    QTimer.singleShot(0, in_the_dialog)
    window.import_workbook_action.trigger()  # File › Import workbook…
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    qtbot.waitUntil(lambda: window.import_banner.isVisible(), timeout=10_000)
    message = window.import_banner.text.text()
    assert message.startswith(
        "Workbook imported: 1 field changed; 1 conflict kept the draft's text."
    )
    assert "I.a" in message and "(s)" not in message
    assert window.editor.current_page == "commitment/I.a"  # the change, on show


def test_the_drafts_folder_can_be_changed_and_open_starts_there(
    qtbot, make_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from pactdesk import settings

    chosen = tmp_path / "Wspólne" / "Pakt 2010"
    chosen.mkdir(parents=True)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(chosen))
    )
    starts: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda _parent, _title, start, _filter: starts.append(start) or ("", "")),
    )
    window = make_window()
    window.drafts_folder_action.trigger()  # File › Where drafts are kept…
    qtbot.waitUntil(lambda: settings.load().drafts_folder == str(chosen), timeout=3000)
    qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert starts == [str(chosen)]
