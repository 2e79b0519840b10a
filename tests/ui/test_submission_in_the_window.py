"""Bar: sign-off and submission in the window, by key and click events only.

A complete contribution (every answer filled) is opened in the window; one
answer is changed in Polish there; then, through the Sign-off menu alone:
the coordinator's CA is made and its certificate exported, a signing
identity is made (its certificate issued at once by the CA here), the
sign-off roles are set, the version is signed, the bundle is made and
verified in the window — and by ``pactdesk verify --trust CA.pem`` (exit 0).
The second test leaves one error in place: the signing dialog warns before
signing, naming it, and the bundle is refused with the error named.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402

from pactdesk.services import sign_offs  # noqa: E402
from pactdesk.services.drafts import Draft  # noqa: E402
from pactdesk.testing.samples import full_items  # noqa: E402
from tests.helpers import REPO  # noqa: E402
from tests.ui.conftest import press, type_text  # noqa: E402
from tests.ui.signing_driver import (  # noqa: E402
    answer_file_dialog,
    choose_menu,
    click,
    close,
    fill,
    tick,
    wait_dialog,
    wait_outcome,
)

CA_PASSPHRASE = "hasło urzędu CA 2010"
PASSPHRASE = "hasło Zofii ż 2010"
CHANGE = " Zmiana w oknie: zażółć gęślą jaźń."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def complete_draft(new_draft) -> Path:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save_many(full_items(draft.framework, words=30), author="Anna")
    path = draft.path
    draft.close()
    return path


def make_ca_in_window(qtbot, window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.authority_dialog import AuthorityDialog

    choose_menu(qtbot, window, "Sign-off authority (CA)…")
    dialog = wait_dialog(qtbot, AuthorityDialog)
    qtbot.waitUntil(lambda: dialog.create_box.isVisible(), timeout=5000)
    fill(qtbot, dialog.name, "Ministerstwo Spraw Wewnętrznych — CA")
    fill(qtbot, dialog.new_passphrase.first, CA_PASSPHRASE)
    fill(qtbot, dialog.new_passphrase.again, CA_PASSPHRASE)
    click(qtbot, dialog.create_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert "Made the sign-off CA 'Ministerstwo Spraw Wewnętrznych — CA'" in said, said
    qtbot.waitUntil(lambda: dialog.export_box.isVisible(), timeout=5000)
    ca_pem = tmp_path / "CA.pem"
    fill(qtbot, dialog.export_file.edit, str(ca_pem))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: "Saved the certificate" in dialog.outcome.message.text(), timeout=5000)
    assert dialog.outcome.folder_button.isVisible()  # "Show in folder"
    assert ca_pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    close(qtbot, dialog)
    return ca_pem


def make_identity_in_window(qtbot, window, name: str = "Zofia Żółkiewska") -> str:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.identities_dialog import IdentitiesDialog, NewIdentityDialog

    choose_menu(qtbot, window, "Signing identities…")
    dialog = wait_dialog(qtbot, IdentitiesDialog)
    click(qtbot, dialog.new_button)
    new = wait_dialog(qtbot, NewIdentityDialog)
    qtbot.waitUntil(lambda: "holds the sign-off CA" in new.ca_note.text(), timeout=5000)
    fill(qtbot, new.name, name)
    fill(qtbot, new.organisation, "Ministerstwo Spraw Wewnętrznych")
    fill(qtbot, new.email, "zofia@msw.example.pl")
    fill(qtbot, new.new_passphrase.first, PASSPHRASE)
    fill(qtbot, new.new_passphrase.again, PASSPHRASE)
    fill(qtbot, new.ca_passphrase, CA_PASSPHRASE)
    click(qtbot, new.create_button)
    said = wait_outcome(qtbot, new.outcome)
    assert f"Made a signing identity for {name}" in said and "ready to sign" in said, said
    assert new.result_value is not None
    close(qtbot, new)
    qtbot.waitUntil(
        lambda: "1 signing identity on this computer; ready to sign: 1." in dialog.heading.text(),
        timeout=5000,
    )
    close(qtbot, dialog)
    return new.result_value.identity.id


def set_roles_in_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.roles_dialog import RolesDialog

    choose_menu(qtbot, window, "Sign-off roles…")
    dialog = wait_dialog(qtbot, RolesDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    fill(qtbot, dialog.new_name, "director")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    assert "Added the required role director." in dialog.outcome.message.text()
    # approver: select it (a click on its row), make it optional, then remove it.
    rect = dialog.list.visualItemRect(dialog.list.item(0))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, dialog.optional_button)
    qtbot.waitUntil(
        lambda: "approver is now optional" in dialog.outcome.message.text(), timeout=5000
    )
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert dialog.list.item(0).text() == "1. director — required"
    close(qtbot, dialog)


def sign_in_window(qtbot, window, *, expect_errors: int = 0):  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.sign_dialog import SignDialog

    choose_menu(qtbot, window, "Sign this version…")
    dialog = wait_dialog(qtbot, SignDialog)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.signer_fields.has_identities(), timeout=10000
    )
    # Readable first: the changed answer itself; the digest only behind "Technical details".
    assert CHANGE.strip() in dialog.content.toPlainText()
    assert not dialog.digest.isVisible() and "SHA-256" not in dialog.about.text()
    click(qtbot, dialog.digest_button)
    assert dialog.digest.isVisible() and dialog.preview.content_sha256 in dialog.digest.text()
    assert dialog.warning.isVisible() is bool(expect_errors)
    fill(qtbot, dialog.passphrase, PASSPHRASE)
    tick(qtbot, dialog.confirm)
    click(qtbot, dialog.sign_button)
    if expect_errors:
        # Asked first, saying how many and which; nothing is signed yet.
        assert f"still has {expect_errors} error" in dialog.error.text()
        assert "political/I" in dialog.warning.text()
        assert "the political assessment is empty" in dialog.warning.text()
        assert dialog.sign_off is None and "anyway" in dialog.sign_button.text()
        click(qtbot, dialog.sign_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert said.startswith("Signed. Zofia Żółkiewska signed off revision"), said
    close(qtbot, dialog)
    return dialog, said


def make_bundle_in_window(qtbot, window, target: Path):  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.bundle_dialog import BundleDialog

    choose_menu(qtbot, window, "Make the submission bundle…")
    dialog = wait_dialog(qtbot, BundleDialog)
    qtbot.waitUntil(lambda: dialog.signer_fields.has_identities(), timeout=5000)
    fill(qtbot, dialog.file.edit, str(target))
    fill(qtbot, dialog.signer_fields.passphrase, PASSPHRASE)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    click(qtbot, dialog.make_button)
    said = wait_outcome(qtbot, dialog.outcome, timeout=60000)
    return dialog, said, values


def desktop_opens(monkeypatch, *, works: bool = True) -> list[QUrl]:  # type: ignore[no-untyped-def]
    """The desktop's side of "Show in folder", at the boundary: what it was asked to open."""
    asked: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url)
        return works

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def test_sign_off_and_submit_in_the_window(
    qtbot, make_window, complete_draft: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(complete_draft)
    # One answer changed in Polish, in the window (the cursor starts in Part I, area I).
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, CHANGE)

    ca_pem = make_ca_in_window(qtbot, window, tmp_path)
    make_identity_in_window(qtbot, window)
    set_roles_in_window(qtbot, window)
    _dialog, said = sign_in_window(qtbot, window)
    assert "as director" in said and "can be submitted" in said, said

    choose_menu(qtbot, window, "Show sign-offs")
    panel = window.signoff_dock.widget()
    qtbot.waitUntil(
        lambda: "Nothing stands in the way" in panel.blockers_label.text(), timeout=10000
    )

    target = tmp_path / "PL-2010.asice"
    dialog, said, progress = make_bundle_in_window(qtbot, window, target)
    assert said.startswith(f"Made the submission bundle in {target}"), said
    assert "1 sign-off and your signature" in said, said
    assert progress and progress == sorted(progress) and len(progress) > 3
    assert target.is_file()
    # "Show in folder" asks the desktop to open the bundle's folder -- once, that folder.
    asked = desktop_opens(monkeypatch)
    click(qtbot, dialog.outcome.folder_button)
    assert asked == [QUrl.fromLocalFile(str(tmp_path))]
    assert asked[0].isLocalFile() and Path(asked[0].toLocalFile()) == target.parent
    # A desktop with no file manager: the dialog says where the file is, and keeps what it did.
    desktop_opens(monkeypatch, works=False)
    click(qtbot, dialog.outcome.folder_button)
    said_now = dialog.outcome.message.text()
    assert said_now.startswith(f"Made the submission bundle in {target}"), said_now
    assert f"No file manager opened; the file is in {tmp_path}." in said_now
    close(qtbot, dialog)

    # Verified in the window, against the CA certificate exported above.
    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    choose_menu(qtbot, window, "Verify a bundle…")
    verify = wait_dialog(qtbot, VerifyDialog)
    fill(qtbot, verify.bundle_edit, str(target))
    answer_file_dialog(qtbot, ca_pem)
    click(qtbot, verify.add_trust_button)
    qtbot.waitUntil(lambda: verify.trust_list.count() == 1, timeout=10000)
    click(qtbot, verify.verify_button)
    qtbot.waitUntil(lambda: verify.report is not None, timeout=30000)
    assert verify.verdict.text().startswith("✔ Valid bundle"), verify.verdict.text()
    assert "every signer is trusted" in verify.verdict.text()
    roles = [verify.signers.item(r, 1).text() for r in range(verify.signers.rowCount())]
    assert roles == ["director", "submitter"]
    assert "every signature comes from a certificate of a CA you trust" in verify.explanation.text()
    assert not verify.details.isVisible()
    close(qtbot, verify)

    # And by the command line, as the Commission's desk officer would.
    result = subprocess.run(
        [sys.executable, "-m", "pactdesk", "verify", str(target), "--trust", str(ca_pem)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Valid bundle" in result.stdout
    with Draft.open(complete_draft, read_only=True) as draft:
        # The change typed in the window is in what was signed and submitted.
        assert CHANGE.strip() in sign_offs.current_content(draft)[0].decode("utf-8")
        [made] = sign_offs.current_chain(draft)
        assert made.role == "director" and made.holds


def test_one_error_left_is_named_before_signing_and_refuses_the_bundle(
    qtbot, make_window, complete_draft: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(complete_draft)
    # The assessment of area I emptied in the window: one error remains.
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    type_text(qtbot, CHANGE)  # and a change in Polish in area II
    make_ca_in_window(qtbot, window, tmp_path)
    make_identity_in_window(qtbot, window)
    _dialog, said = sign_in_window(qtbot, window, expect_errors=1)
    assert "1 validation error to correct" in said, said

    choose_menu(qtbot, window, "Show sign-offs")
    panel = window.signoff_dock.widget()
    qtbot.waitUntil(
        lambda: "1 validation error must be corrected" in panel.blockers_label.text(), timeout=10000
    )

    target = tmp_path / "refused.asice"
    dialog, said, _progress = make_bundle_in_window(qtbot, window, target)
    assert said.startswith("The bundle was refused: 1 validation error remains"), said
    assert "the political assessment is empty" in said
    assert "Nothing was written." in said
    assert not target.exists()
    close(qtbot, dialog)
