"""The signing dialog: readable content, identity, role, passphrase; signs off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox  # noqa: E402

from pactdesk.domain.contribution import text_keys  # noqa: E402
from pactdesk.services import sign_off_roles, sign_offs  # noqa: E402
from pactdesk.signing import secrets  # noqa: E402
from tests.signing_support import MemoryKeyring, make_ca, make_official  # noqa: E402

ACTIONS = "commitment/I.a/actions_undertaken"


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """One key event per character (QTest aborts on non-ASCII, see NOTES.md)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def _open(qtbot, draft):  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.sign_dialog import SignDialog

    dialog = SignDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def click_sign(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Press Sign off; a version with errors asks first, and a person presses Sign anyway."""
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    if "anyway" in dialog.sign_button.text():
        assert "still has" in dialog.error.text() and dialog.warning.isVisible()
        assert dialog.sign_off is None
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def _filled_draft(new_draft):  # type: ignore[no-untyped-def]
    draft = new_draft()
    keys_ = text_keys(draft.framework)
    values = {
        key: f"Odpowiedź {i}: zażółć gęślą jaźń — Ελληνικά — България {i}."
        for i, key in enumerate(list(keys_)[:-1])
    }
    draft.save_many(values, author="t")
    return draft, values


def test_shows_every_answer_and_signs_off_the_gui_thread(
    qtbot, new_draft, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(MemoryKeyring())
    make_ca()
    official = make_official("Zofia Żółkiewska", passphrase="hasło-żółw-Ω-2010")
    draft, values = _filled_draft(new_draft)
    dialog = _open(qtbot, draft)

    shown = dialog.content.toPlainText()
    for value in values.values():
        assert value in shown  # the answers themselves, not a hash
    assert shown.count("(not answered)") == 1  # the one field left empty
    assert "Poland's contribution to the 2010 cycle" in dialog.heading.text()
    assert dialog.preview is not None
    assert dialog.preview.content_sha256 in dialog.digest.text()
    assert dialog.identity.currentData() == official.id
    assert dialog.role.currentData(Qt.ItemDataRole.UserRole) == "approver"
    assert not dialog.sign_button.isEnabled()  # not yet confirmed, no passphrase

    threads: list[threading.Thread] = []
    real_sign = sign_offs.sign

    def recording_sign(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_sign(*args, **kwargs)

    monkeypatch.setattr(sign_offs, "sign", recording_sign)

    # A wrong passphrase: a plain message, nothing signed, the dialog stays.
    type_text(dialog.passphrase, "zły")
    dialog.confirm.setChecked(True)
    assert dialog.sign_button.isEnabled()
    click_sign(qtbot, dialog)
    qtbot.waitUntil(lambda: "does not open" in dialog.error.text(), timeout=10000)
    assert sign_offs.list_sign_offs(draft) == []

    type_text(dialog.passphrase, "hasło-żółw-Ω-2010")
    dialog.remember.setChecked(True)
    dialog.grab().save(str(tmp_path / "sign-dialog.png"))
    with qtbot.waitSignal(dialog.signed, timeout=10000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    # The dialog says what happened, and what still stands in the way of submission.
    assert (
        dialog.outcome.ok()
        and "Signed. Zofia Żółkiewska signed off" in dialog.outcome.message.text()
    )
    assert "1 validation error to correct" in dialog.outcome.message.text()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert threads and all(t is not threading.main_thread() for t in threads)
    [made] = sign_offs.list_sign_offs(draft)
    assert made.holds and made.role == "approver" and made.signer_name == "Zofia Żółkiewska"
    assert secrets.stored_passphrase(secrets.identity_account(official.id)) == "hasło-żółw-Ω-2010"


def test_keyring_passphrase_and_a_role_already_signed(qtbot, new_draft) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(MemoryKeyring())
    make_ca()
    zofia = make_official("Zofia Żółkiewska")
    jan = make_official("Jan Kowalski")
    secrets.remember_passphrase(secrets.identity_account(jan.id), jan.passphrase)
    draft, _values = _filled_draft(new_draft)
    sign_off_roles.set_role(draft, "reviewer", required=False)
    from pactdesk.signing import identities

    sign_offs.sign(draft, identities.load_signer(zofia.id, zofia.passphrase), "approver")
    dialog = _open(qtbot, draft)
    # The approver role is signed already: offered, but not selectable.
    assert "signed by Zofia Żółkiewska" in dialog.role.itemText(0)
    assert dialog.role.currentData(Qt.ItemDataRole.UserRole) == "reviewer"
    dialog.identity.setCurrentIndex(dialog.identity.findData(jan.id))
    assert "kept in the operating system's keyring" in dialog.keyring_note.text()
    dialog.confirm.setChecked(True)
    assert dialog.sign_button.isEnabled()  # no passphrase typed: the keyring's is used
    with qtbot.waitSignal(dialog.signed, timeout=10000):
        click_sign(qtbot, dialog)
    assert [s.role for s in sign_offs.current_chain(draft)] == ["approver", "reviewer"]
    # Every role signed: the dialog says so and offers nothing to sign.
    again = _open(qtbot, draft)
    assert "already signed" in again.error.text() and again.error.isVisible()
    again.confirm.setChecked(True)
    assert not again.sign_button.isEnabled()


def test_no_keyring_is_said_and_a_change_after_showing_is_refused(qtbot, new_draft) -> None:  # type: ignore[no-untyped-def]
    make_ca()  # the conftest's keyring refuses everything: no secure keyring
    official = make_official("Jan Kowalski")
    draft, _values = _filled_draft(new_draft)
    dialog = _open(qtbot, draft)
    assert "No secure keyring is usable" in dialog.keyring_note.text()
    assert not dialog.remember.isVisible()
    # Someone edits after the content was shown: signing what was not shown is refused.
    draft.save(ACTIONS, "Zmiana po wyświetleniu.", author="t")
    type_text(dialog.passphrase, official.passphrase)
    dialog.confirm.setChecked(True)
    click_sign(qtbot, dialog)
    qtbot.waitUntil(lambda: "changed since it was shown" in dialog.error.text(), timeout=10000)
    assert sign_offs.list_sign_offs(draft) == []
