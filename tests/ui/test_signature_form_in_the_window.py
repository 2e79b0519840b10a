"""The signature form chosen in the window: in the sign-off roles dialog, by keys only.

Alt+F (the label's mnemonic) puts the focus on the form, Down chooses
XAdES, and the dialog says so; the draft is then XAdES.  After a sign-off
holds, choosing CAdES again is refused in plain words and the choice shows
XAdES again — what ``pactdesk signature-form`` does on the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pactdesk.services import sign_offs  # noqa: E402
from pactdesk.services.signature_form import signature_form  # noqa: E402
from pactdesk.testing.officials import make_ca, make_official, signer_of  # noqa: E402
from tests.ui.signing_driver import choose_menu, close, wait_dialog  # noqa: E402

ALT = Qt.KeyboardModifier.AltModifier


def _open_roles(qtbot, window):  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.roles_dialog import RolesDialog

    choose_menu(qtbot, window, "Sign-off roles…")
    dialog = wait_dialog(qtbot, RolesDialog)
    qtbot.waitUntil(lambda: dialog.form_box.isEnabled(), timeout=5000)
    return dialog


def test_choose_xades_then_a_change_is_refused_while_a_sign_off_holds(  # type: ignore[no-untyped-def]
    qtbot, make_window, draft_path: Path
) -> None:
    window = make_window(draft_path)
    dialog = _open_roles(qtbot, window)
    assert dialog.form_box.currentText().startswith("CAdES")
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    assert QApplication.focusWidget() is dialog.form_box
    qtbot.keyClick(dialog.form_box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "XAdES form" in dialog.outcome.message.text(), timeout=5000)
    assert dialog.form_box.currentText().startswith("XAdES")
    close(qtbot, dialog)
    draft = window.draft  # the window's own: the draft is open (and locked) there
    assert signature_form(draft) == "xades"
    make_ca()
    sign_offs.sign(draft, signer_of(make_official("Anna Żółkiewska")), "approver")

    dialog = _open_roles(qtbot, window)
    assert dialog.form_box.currentText().startswith("XAdES")
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    qtbot.keyClick(dialog.form_box, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: "cannot change" in dialog.outcome.message.text(), timeout=5000)
    said = dialog.outcome.message.text()
    assert "1 sign-off holds" in said and "Nothing was changed." in said, said
    qtbot.waitUntil(lambda: dialog.form_box.currentText().startswith("XAdES"), timeout=3000)
    close(qtbot, dialog)
    assert signature_form(window.draft) == "xades"
