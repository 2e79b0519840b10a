#!/usr/bin/env python3
"""Screenshots of every sign-off and submission dialog, for docs/sign-off.md, under Xvfb.

    .venv/bin/python scripts/sign_off_screenshots.py [--out docs/screenshots]

Runs inside its own Xvfb with a throw-away PactDesk home, as
``scripts/screenshots.py`` does (it uses that script's Xvfb starter).  Sets
up a fictional Maltese contribution (one answer left empty, so the
warnings show), a sign-off CA and identities through the services, then
opens each dialog over the window, fills it as an official would and
saves it with ``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshot_tools import save_png, under_xvfb  # noqa: E402

CA_PASSPHRASE = "screenshots CA passphrase"
PASSPHRASE = "screenshots passphrase"


def capture(out: Path) -> int:  # noqa: PLR0915 - one scene after another
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLocale, Qt, QThread
    from PySide6.QtWidgets import QApplication, QWidget

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    from pactdesk import settings
    from pactdesk.services import identities, sign_off_roles
    from pactdesk.signing import authority
    from pactdesk.signing import identities as signing_identities
    from pactdesk.testing.drafts import create_full_draft
    from pactdesk.ui.dialogs.passphrase import TypedAnswers
    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(os.environ["PACTDESK_HOME"])
    work = home / "files"
    work.mkdir(parents=True, exist_ok=True)
    settings.save(
        settings.Settings(
            profile=settings.Profile(
                name="Joseph Camilleri",
                ministry="Ministry for Home Affairs (fictional)",
                member_state="MT",
            ),
            first_run_done=True,
        )
    )

    def settle(ms: int = 300, until: Callable[[], bool] | None = None) -> None:
        deadline = QDeadlineTimer(8000 if until else ms)
        while not deadline.hasExpired():
            QCoreApplication.processEvents()
            if until is not None and until():
                until = None
                deadline = QDeadlineTimer(ms)
            QThread.msleep(10)
        if until is not None:
            raise RuntimeError("the dialog did not get there")

    saved: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        saved.append(save_png(widget, out / f"{name}.png"))

    def done(dialog: QWidget) -> Callable[[], bool]:
        outcome = dialog.outcome
        return lambda: outcome.message.isVisible() and "color" in outcome.message.styleSheet()

    # A contribution with one answer left empty.
    path = home / "Malta 2010.pactdesk"
    draft = create_full_draft(path, member_state="MT", language="en", author="screenshots")
    draft.save("political/I", "", author="screenshots")
    sign_off_roles.configure_roles(draft, require=["director"])
    draft.close()

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_draft(path)
    settle(until=lambda: window.editor is not None and window.editor.state is not None)

    # The CA: made here, in the dialog.
    from pactdesk.ui.dialogs.authority_dialog import AuthorityDialog

    dialog = AuthorityDialog(window)
    dialog.show()
    settle(until=lambda: dialog.create_box.isVisible())
    dialog.name.setText("Ministry for Home Affairs sign-off CA")
    dialog.organisation.setText("Ministry for Home Affairs (fictional)")
    dialog.new_passphrase.first.setText(CA_PASSPHRASE)
    dialog.new_passphrase.again.setText(CA_PASSPHRASE)
    shoot(dialog, "sign-off-ca-create")
    dialog.create_button.click()
    settle(until=lambda: dialog.export_box.isVisible())
    dialog.export_file.set_path(work / "MT-sign-off-CA.pem")
    dialog.export_button.click()
    settle(until=lambda: "Saved the certificate" in dialog.outcome.message.text())
    shoot(dialog, "sign-off-ca")
    dialog.close()

    # Identities: a new one, issued at once by the CA here.
    from pactdesk.ui.dialogs.identities_dialog import (
        IdentitiesDialog,
        ImportIdentityDialog,
        InstallCertificateDialog,
        NewIdentityDialog,
    )

    new = NewIdentityDialog(window)
    new.show()
    settle(until=lambda: "holds the sign-off CA" in new.ca_note.text())
    new.name.setText("Maria Borg")
    new.organisation.setText("Ministry for Home Affairs (fictional)")
    new.email.setText("maria.borg@example.mt")
    new.new_passphrase.first.setText(PASSPHRASE)
    new.new_passphrase.again.setText(PASSPHRASE)
    new.ca_passphrase.setText(CA_PASSPHRASE)
    new.create_button.click()
    settle(until=done(new))
    shoot(new, "sign-off-new-identity")
    new.close()
    # A colleague's waiting identity (its request not yet issued) for the list.
    # (made as on a computer without the CA: it waits for its certificate)
    signing_identities.create_identity(
        name="Paul Vella",
        organisation="Ministry for Foreign Affairs (fictional)",
        email="paul.vella@example.mt",
        passphrase=PASSPHRASE,
    )
    listing = IdentitiesDialog(window)
    listing.show()
    settle(until=lambda: listing.table.rowCount() == 2)
    shoot(listing, "sign-off-identities")
    listing.close()
    install = InstallCertificateDialog(window)
    install.show()
    waiting = next(i for i in identities.list_identities() if not i.ready)
    issued = identities.issue_certificate(
        identities.request_pem(waiting.id), asker=TypedAnswers.one(CA_PASSPHRASE, keep=False)
    )
    (work / "paul-vella.pem").write_bytes(issued.file)
    install.file.set_path(work / "paul-vella.pem")
    install.install_button.click()
    settle(until=done(install))
    shoot(install, "sign-off-install-certificate")
    install.close()
    imported = ImportIdentityDialog(window)
    imported.show()
    imported.file.set_path(work / "from-the-ministry.p12")
    shoot(imported, "sign-off-import-identity")
    imported.close()

    # Roles.
    from pactdesk.ui.dialogs.roles_dialog import RolesDialog

    roles = RolesDialog(window.draft, window)  # type: ignore[arg-type]
    roles.show()
    settle(until=lambda: roles.list.count() == 2)
    roles.new_name.setText("head-of-unit")
    roles.new_required.setChecked(False)
    roles.add_button.click()
    settle(until=lambda: roles.list.count() == 3)
    roles.list.setCurrentRow(2)  # head-of-unit signs before the director
    roles.up_button.click()
    settle(until=lambda: roles.list.item(1).text().startswith("2. head-of-unit"))
    shoot(roles, "sign-off-roles")
    roles.close()

    # Sign this version: the errors are said first.
    from pactdesk.ui.dialogs.sign_dialog import SignDialog

    sign = SignDialog(window.draft, window)  # type: ignore[arg-type]
    sign.show()
    settle(until=lambda: sign.preview is not None and sign.signer_fields.has_identities())
    sign.identity.setCurrentIndex(
        sign.identity.findText("Maria Borg", Qt.MatchFlag.MatchStartsWith)
    )
    sign.passphrase.setText(PASSPHRASE)
    sign.confirm.setChecked(True)
    sign.sign_button.click()  # asks first: "Sign anyway"
    shoot(sign, "sign-off-sign-warning")
    sign.sign_button.click()
    settle(until=done(sign))
    shoot(sign, "sign-off-signed")
    sign.close()

    # The panel, saying what still stands in the way.
    window.show_signoffs()
    panel = window.signoff_dock.widget()  # type: ignore[union-attr]
    settle(until=lambda: bool(panel.blockers_label.text()))
    shoot(window, "sign-off-panel")

    # A request for a colleague on another computer, signed there, taken back.
    from pactdesk.ui.dialogs.sign_request_dialogs import (
        ExportRequestDialog,
        ImportAnswerDialog,
        SignReceivedRequestDialog,
    )

    export = ExportRequestDialog(window.draft, window.author(), window)  # type: ignore[arg-type]
    export.show()
    export.file.set_path(work / "MT-2010-sign-off.pdsignreq")
    export.export_button.click()
    settle(until=done(export))
    shoot(export, "sign-off-request-export")
    export.close()
    received = SignReceivedRequestDialog(window)
    received.show()
    received.file.set_path(work / "MT-2010-sign-off.pdsignreq")
    settle(until=lambda: received.request is not None and received.signer_fields.has_identities())
    chooser = received.signer_fields.identity
    chooser.setCurrentIndex(chooser.findText("Paul Vella", Qt.MatchFlag.MatchStartsWith))
    received.role.setCurrentIndex(received.role.findData("director"))
    received.signer_fields.passphrase.setText(PASSPHRASE)
    received.confirm.setChecked(True)
    shoot(received, "sign-off-request-sign")
    received.sign_button.click()
    settle(until=done(received))
    answer = received.answer
    received.close()
    take = ImportAnswerDialog(window.draft, window)  # type: ignore[arg-type]
    take.show()
    take.file.set_path(answer or work / "missing.pdsignoff")
    take.import_button.click()
    settle(until=done(take))
    shoot(take, "sign-off-request-import")
    take.close()

    # The bundle: refused while the error remains, named.
    from pactdesk.ui.dialogs.bundle_dialog import BundleDialog

    bundle = BundleDialog(window.draft, window)  # type: ignore[arg-type]
    bundle.show()
    settle(until=lambda: bundle.signer_fields.has_identities())
    bundle.file.set_path(work / "MT-2010-contribution.asice")
    bundle.signer_fields.passphrase.setText(PASSPHRASE)
    bundle.make_button.click()
    settle(until=done(bundle))
    shoot(bundle, "sign-off-bundle-refused")
    bundle.preview.setChecked(True)
    bundle.file.set_path(work / "MT-2010-preview.asice")
    bundle.make_button.click()
    settle(until=lambda: done(bundle)() and "PREVIEW" in bundle.outcome.message.text())
    shoot(bundle, "sign-off-bundle-preview")
    bundle.close()

    # Verify that preview: the approver's sign-off is named as such, in plain words.
    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    ca = authority.require_ca()
    (work / "ca.pem").write_bytes(ca.pem())
    verify = VerifyDialog(window)
    verify.show()
    verify.add_trust(work / "ca.pem")
    verify.bundle_edit.setText(str(work / "MT-2010-preview.asice"))
    verify.verify_button.click()
    settle(until=lambda: verify.report is not None)
    shoot(verify, "sign-off-verify-preview")
    verify.close()

    window.close()
    too_big = [p for p in saved if p.stat().st_size > 200 * 1024]
    if too_big:
        sys.stderr.write(f"screenshots larger than 200 KB: {', '.join(map(str, too_big))}\n")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inside:
        return under_xvfb(["--out", str(args.out.resolve())], script=__file__)
    return capture(args.out)


if __name__ == "__main__":
    sys.exit(main())
