"""The CA dialog revokes a certificate and saves the revocation list, as the coordinator would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from cryptography.hazmat.primitives import serialization  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from pactdesk.signing import revocation  # noqa: E402
from pactdesk.testing.officials import CA_PASSPHRASE, make_ca, make_official, signer_of  # noqa: E402
from tests.ui.signing_driver import click, fill, wait_outcome  # noqa: E402


def test_revoke_and_save_the_list_in_the_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.authority_dialog import AuthorityDialog

    ca = make_ca()
    official = make_official("Jan Kowalski")
    certificate = signer_of(official).certificate
    cert = tmp_path / "jan.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.pem())

    dialog = AuthorityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.revoke_box.isVisible(), timeout=5000)
    assert ca.crl_url.startswith("file:") and ca.crl_url in dialog.crl_intro.text()

    fill(qtbot, dialog.revoke_file.edit, str(cert))
    dialog.reason.setFocus()
    for _ in range(2):  # "Replaced by a new certificate"
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    assert dialog.reason.currentText() == "Replaced by a new certificate"
    fill(qtbot, dialog.ca_passphrase, CA_PASSPHRASE)
    click(qtbot, dialog.revoke_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert "Revoked the certificate of Jan Kowalski (jan@msw.example.pl)" in said, said
    assert dialog.ca_passphrase.text() == ""

    # Revoking it twice is refused plainly.
    fill(qtbot, dialog.ca_passphrase, CA_PASSPHRASE)
    click(qtbot, dialog.revoke_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert "revoked already" in said and "Nothing was revoked." in said, said

    target = tmp_path / "ministry.crl"
    fill(qtbot, dialog.crl_file.edit, str(target))
    fill(qtbot, dialog.ca_passphrase, CA_PASSPHRASE)
    click(qtbot, dialog.crl_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert f"Saved the revocation list in {target}" in said, said
    checked = subprocess.run(
        ["openssl", "crl", "-inform", "DER", "-in", str(target), "-CAfile", str(ca_pem), "-noout"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0 and "verify OK" in checked.stdout + checked.stderr
    entry = revocation.revocation_of(certificate, revocation.load_crl(target.read_bytes()))
    assert entry is not None and entry.reason == "superseded"
