"""The identity dialogs' other doors: a .p12 from the ministry's PKI, refusals said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: E402

from pactdesk.services import identities  # noqa: E402
from pactdesk.signing import certificates, secrets  # noqa: E402
from tests.signing_support import MemoryKeyring, memory_keyring  # noqa: E402, F401
from tests.ui.signing_driver import click, fill, tick, wait_outcome  # noqa: E402

PASSWORD = "hasło pliku p12 ż"


def _p12(tmp_path: Path) -> Path:
    ca_key = certificates.new_key()
    ca_cert = certificates.build_ca_certificate(ca_key, name="Ministry PKI")
    key = certificates.new_key()
    request = certificates.build_request(
        key, name="Ана Иванова", organisation="МВР", email="ana@mvr.example.bg"
    )
    cert = certificates.issue_certificate(ca_key, ca_cert, request)
    path = tmp_path / "ana.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ana", key, cert, [ca_cert], serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    return path


def test_import_a_p12_in_the_window(
    qtbot,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.identities_dialog import ImportIdentityDialog

    path = _p12(tmp_path)
    dialog = ImportIdentityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.remember.isVisible(), timeout=5000)
    fill(qtbot, dialog.file.edit, str(path))
    fill(qtbot, dialog.password, "not the password")
    click(qtbot, dialog.import_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert "the password does not open it" in said and "Nothing was imported." in said, said
    assert identities.list_identities() == []
    fill(qtbot, dialog.password, PASSWORD)
    tick(qtbot, dialog.remember)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: "Imported Ана Иванова" in dialog.outcome.message.text(), timeout=5000)
    assert "kept in the operating system's keyring" in dialog.outcome.message.text()
    [identity] = identities.list_identities()
    assert identity.ready and identity.source == "pkcs12"
    assert secrets.stored_passphrase(secrets.identity_account(identity.id)) == PASSWORD
    assert dialog.password.text() == ""  # never left in the field


def test_a_certificate_for_no_identity_here_is_refused_plainly(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.identities_dialog import InstallCertificateDialog

    ca_key = certificates.new_key()
    ca_cert = certificates.build_ca_certificate(ca_key, name="Elsewhere CA")
    stranger = certificates.build_request(
        certificates.new_key(), name="Nobody", organisation="Elsewhere", email="no@body.example"
    )
    cert = certificates.issue_certificate(ca_key, ca_cert, stranger)
    path = tmp_path / "stranger.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    dialog = InstallCertificateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill(qtbot, dialog.file.edit, str(path))
    click(qtbot, dialog.install_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert "does not belong to any identity on this computer" in said, said
    assert "Nothing was installed." in said


def test_remember_keeps_only_the_new_identitys_passphrase(
    qtbot,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.identities_dialog import NewIdentityDialog
    from tests.signing_support import CA_PASSPHRASE, make_ca

    ca = make_ca()
    dialog = NewIdentityDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ca_passphrase.isVisible(), timeout=5000)
    fill(qtbot, dialog.name, "Zofia Żółkiewska")
    fill(qtbot, dialog.organisation, "MSW")
    fill(qtbot, dialog.email, "zofia@msw.example.pl")
    fill(qtbot, dialog.new_passphrase.first, "nowe hasło Zofii")
    fill(qtbot, dialog.new_passphrase.again, "nowe hasło Zofii")
    fill(qtbot, dialog.ca_passphrase, CA_PASSPHRASE)
    tick(qtbot, dialog.new_passphrase.remember)
    click(qtbot, dialog.create_button)
    said = wait_outcome(qtbot, dialog.outcome)
    assert "ready to sign" in said and "kept in the operating system's keyring" in said, said
    made = dialog.result_value
    assert made is not None
    assert secrets.stored_passphrase(secrets.identity_account(made.identity.id)) == (
        "nowe hasło Zofii"
    )
    # The CA's passphrase, typed in the same dialog, was not asked to be kept: it is not.
    assert secrets.stored_passphrase(secrets.ca_account(ca.id)) is None
