"""Bar: a signer on another computer, with two windows and two PactDesk home folders.

The coordinator's window (home A, which holds the sign-off CA) and the
colleague's window (home B, no CA, no draft) are driven by key and click
events only, switching ``PACTDESK_HOME`` as one would walk between two
desks: the colleague makes an identity (a certificate request is saved),
the coordinator issues the certificate, the colleague installs it; the
coordinator sends a sign-off request, the colleague reads and signs it, the
coordinator takes the signed answer in — and the sign-off panel shows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from pactdesk.testing.samples import full_items  # noqa: E402
from tests.signing_support import CA_PASSPHRASE, make_ca  # noqa: E402
from tests.ui.conftest import PROFILE_NAME  # noqa: E402
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

JAN = "Jan Kowalski-Wiśniewski"
JAN_PASSPHRASE = "hasło Jana na laptopie"


def test_request_signed_on_another_computer_shows_in_the_panel(
    qtbot, make_window, new_draft, tmp_path: Path, pactdesk_home: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk import settings
    from pactdesk.ui.dialogs.authority_dialog import AuthorityDialog
    from pactdesk.ui.dialogs.identities_dialog import (
        IdentitiesDialog,
        InstallCertificateDialog,
        NewIdentityDialog,
    )
    from pactdesk.ui.dialogs.sign_request_dialogs import (
        ExportRequestDialog,
        ImportAnswerDialog,
        SignReceivedRequestDialog,
    )

    home_a, home_b = pactdesk_home, tmp_path / "laptop-home"
    home_b.mkdir()

    def at(home: Path) -> None:
        monkeypatch.setenv("PACTDESK_HOME", str(home))

    draft = new_draft()
    draft.save_many(full_items(draft.framework, words=20), author="Anna")
    path = draft.path
    draft.close()
    make_ca()  # the coordinator's computer holds the ministry's CA
    coordinator = make_window(path)

    at(home_b)
    settings.save(
        settings.Settings(
            profile=settings.Profile(name=JAN, ministry="Ministerstwo Pracy", member_state="PL"),
            first_run_done=True,
        )
    )
    colleague = make_window()  # no draft on the laptop: the welcome screen

    # The colleague makes an identity; no CA here, so a certificate request is saved.
    choose_menu(qtbot, colleague, "Signing identities…")
    identities_dialog = wait_dialog(qtbot, IdentitiesDialog)
    click(qtbot, identities_dialog.new_button)
    new = wait_dialog(qtbot, NewIdentityDialog)
    qtbot.waitUntil(lambda: "holds no sign-off CA" in new.ca_note.text(), timeout=5000)
    assert not new.ca_passphrase.isVisible() and new.request_file.isVisible()
    fill(qtbot, new.name, JAN)
    fill(qtbot, new.organisation, "Ministerstwo Pracy")
    fill(qtbot, new.email, "jan@mp.example.pl")
    fill(qtbot, new.new_passphrase.first, JAN_PASSPHRASE)
    fill(qtbot, new.new_passphrase.again, JAN_PASSPHRASE)
    request_csr = tmp_path / "jan.csr"
    fill(qtbot, new.request_file.edit, str(request_csr))
    click(qtbot, new.create_button)
    said = wait_outcome(qtbot, new.outcome)
    assert "send it to your coordinator" in said and request_csr.is_file(), said
    close(qtbot, new)
    table = identities_dialog.table
    qtbot.waitUntil(
        lambda: table.rowCount() == 1 and "waiting for its certificate" in table.item(0, 3).text(),
        timeout=5000,
    )
    close(qtbot, identities_dialog)

    # The coordinator issues the certificate.
    at(home_a)
    choose_menu(qtbot, coordinator, "Sign-off authority (CA)…")
    authority = wait_dialog(qtbot, AuthorityDialog)
    qtbot.waitUntil(lambda: authority.issue_box.isVisible(), timeout=5000)
    fill(qtbot, authority.request_file.edit, str(request_csr))
    qtbot.waitUntil(lambda: JAN in authority.request_note.text(), timeout=5000)
    certificate = tmp_path / "jan-certificate.pem"
    fill(qtbot, authority.certificate_file.edit, str(certificate))
    fill(qtbot, authority.ca_passphrase, CA_PASSPHRASE)
    click(qtbot, authority.issue_button)
    said = wait_outcome(qtbot, authority.outcome)
    assert f"Issued a signing certificate for {JAN}" in said and certificate.is_file(), said
    close(qtbot, authority)

    # The colleague installs it.
    at(home_b)
    choose_menu(qtbot, colleague, "Signing identities…")
    identities_dialog = wait_dialog(qtbot, IdentitiesDialog)
    click(qtbot, identities_dialog.install_button)
    install = wait_dialog(qtbot, InstallCertificateDialog)
    fill(qtbot, install.file.edit, str(certificate))
    click(qtbot, install.install_button)
    said = wait_outcome(qtbot, install.outcome)
    assert said.startswith(f"Installed the certificate of {JAN}") and "ready to sign" in said
    close(qtbot, install)
    close(qtbot, identities_dialog)

    # The coordinator sends a sign-off request.
    at(home_a)
    choose_menu(qtbot, coordinator, "Send a sign-off request…")
    export = wait_dialog(qtbot, ExportRequestDialog)
    request_file = tmp_path / "PL-2010.pdsignreq"
    fill(qtbot, export.file.edit, str(request_file))
    click(qtbot, export.export_button)
    said = wait_outcome(qtbot, export.outcome, timeout=60000)
    assert said.startswith("Saved the sign-off request for revision") and request_file.is_file()
    close(qtbot, export)

    # The colleague reads it (readable first) and signs it.
    at(home_b)
    choose_menu(qtbot, colleague, "Sign a colleague's request…")
    sign = wait_dialog(qtbot, SignReceivedRequestDialog)
    qtbot.waitUntil(lambda: sign.signer_fields.has_identities(), timeout=5000)
    fill(qtbot, sign.file.edit, str(request_file))
    qtbot.waitUntil(lambda: sign.request is not None, timeout=10000)
    assert sign.heading.text().startswith(
        f"{PROFILE_NAME} asks you to sign off PL's contribution to the 2010 cycle"
    ), sign.heading.text()
    # What is signed, readable: Part I's areas and the answers themselves, not a digest.
    shown = sign.content.toPlainText()
    assert "Legal immigration" in shown and "(not answered)" not in shown
    assert not sign.digest.isVisible()
    # The PDF the request carries, saved to read.
    pdf = tmp_path / "to-read.pdf"
    answer_file_dialog(qtbot, pdf)
    click(qtbot, sign.pdf_button)
    qtbot.waitUntil(lambda: "Saved the PDF to read" in sign.outcome.message.text(), timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert sign.role.currentData() == "approver"
    fill(qtbot, sign.signer_fields.passphrase, JAN_PASSPHRASE)
    tick(qtbot, sign.confirm)
    click(qtbot, sign.sign_button)
    said = wait_outcome(qtbot, sign.outcome)
    assert said.startswith(f"Signed. {JAN} signed off revision") and "as approver" in said, said
    answer = sign.answer
    assert answer is not None and answer.is_file()
    close(qtbot, sign)

    # The coordinator takes the answer in; the panel shows the sign-off.
    at(home_a)
    choose_menu(qtbot, coordinator, "Take in a signed answer…")
    take = wait_dialog(qtbot, ImportAnswerDialog)
    fill(qtbot, take.file.edit, str(answer))
    click(qtbot, take.import_button)
    said = wait_outcome(qtbot, take.outcome)
    assert said.startswith(f"Recorded {JAN}'s sign-off as approver"), said
    close(qtbot, take)
    choose_menu(qtbot, coordinator, "Show sign-offs")
    panel = coordinator.signoff_dock.widget()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    index = panel.model.index(0, 2)
    assert panel.model.data(index, Qt.ItemDataRole.DisplayRole) == JAN
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Holds"
    qtbot.waitUntil(
        lambda: "Nothing stands in the way" in panel.blockers_label.text(), timeout=5000
    )
