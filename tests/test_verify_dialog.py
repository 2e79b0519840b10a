"""The verify dialog: a desk officer picks a bundle and reads whether it holds, and who signed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.bundle_support import (
    SignedDraft,
    make_signed_draft,
    members,
    pactdesk_home,
    replace_member,
    run_bundle,
)

SHOTS = os.environ.get("PACTDESK_SCREENSHOTS")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[SignedDraft, Path]:
    home = tmp_path_factory.mktemp("dialog-home")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work", sign_via_request=False)
        out = home / "PL-2010.asice"
        assert run_bundle(signed, out) == 0
    return signed, out


def _verify(qtbot, dialog, path: Path, trust: list[Path]):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.verified, timeout=20000) as blocker:
        dialog.verify_path(path, trust)
    assert not dialog.busy()
    return blocker.args[0]


def _table(dialog) -> list[list[str]]:  # type: ignore[no-untyped-def]
    table = dialog.signers
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def _shot(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let the layout follow the new texts
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / name))


def test_a_valid_bundle_shows_every_signer_with_role_time_revision_and_trust(
    qtbot, built: tuple[SignedDraft, Path]
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    signed, bundle = built
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    report = _verify(qtbot, dialog, bundle, [signed.ca_pem])
    assert report.valid
    assert dialog.verdict.text().startswith("✔ Valid bundle: PL's contribution for 2010")
    assert "every signer is trusted" in dialog.verdict.text()
    rows = _table(dialog)
    assert [row[1] for row in rows] == ["author", "head-of-unit", "approver", "submitter"]
    assert rows[0][0] == "Anna Żółkiewska — Ministerstwo Pracy"
    assert rows[2][0].startswith("Ελένη Παπαδοπούλου")
    assert all(row[3] == str(report.revision) for row in rows)
    assert all(row[4:] == ["valid", "unchanged", "trusted"] for row in rows)
    # Signing times in the window's one format for moments (pactdesk.ui.formats).
    from pactdesk.ui import formats

    times = [formats.datetime_text(s.signed_at) for s in report.signers if s.signed_at]
    assert [row[2] for row in rows] == times
    assert "Zofia Krajowa" in dialog.summary.text()
    assert "revoked" in dialog.details.toPlainText()
    _shot(dialog, "verify-valid.png")


def test_without_a_trusted_ca_it_says_identities_were_not_checked(
    qtbot, built: tuple[SignedDraft, Path]
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    _signed, bundle = built
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    report = _verify(qtbot, dialog, bundle, [])
    assert report.valid and not report.trust_checked
    assert "NOT checked" in dialog.verdict.text()
    assert all(row[6] == "not checked" for row in _table(dialog))
    assert "Anyone can make a certificate" in dialog.details.toPlainText()
    _shot(dialog, "verify-unchecked.png")


def test_a_changed_bundle_says_why_it_is_not_valid(
    qtbot, built: tuple[SignedDraft, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    signed, bundle = built
    raw = bundle.read_bytes()
    json_bytes = dict((i.filename, d) for i, d in members(raw))["contribution.json"]
    tampered = tmp_path / "tampered.asice"
    tampered.write_bytes(
        replace_member(raw, "contribution.json", json_bytes.replace(b"2010", b"2011", 1))
    )
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    report = _verify(qtbot, dialog, tampered, [signed.ca_pem])
    assert not report.valid
    assert dialog.verdict.text().startswith("✘ Not a valid bundle: contribution.json")
    assert "changed after signing" in dialog.details.toPlainText()
    rows = _table(dialog)
    # The signatures themselves are sound; what they signed was changed.
    assert all(row[4] == "valid" for row in rows)
    assert all(row[5] == "CHANGED" for row in rows)
    _shot(dialog, "verify-tampered.png")


def test_a_missing_file_and_no_file_give_one_clear_message(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.verdict.text() == "Choose a bundle first."
    with qtbot.waitSignal(dialog.verify_button.clicked, timeout=100, raising=False):
        pass
    dialog.verify_path(tmp_path / "nothing.asice")
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert "does not exist" in dialog.verdict.text()
    not_a_bundle = tmp_path / "letter.asice"
    not_a_bundle.write_bytes(b"Dear colleagues, please find attached")
    report = _verify(qtbot, dialog, not_a_bundle, [])
    assert not report.valid
    assert dialog.verdict.text().startswith("✘ Not a valid bundle: letter.asice is not a ZIP")


def test_every_control_is_named_and_reachable(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QWidget

    from pactdesk.ui.dialogs.verify_dialog import VerifyDialog

    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    for widget in (
        dialog.bundle_edit,
        dialog.browse_button,
        dialog.trust_list,
        dialog.add_trust_button,
        dialog.remove_trust_button,
        dialog.verify_button,
        dialog.signers,
        dialog.details_button,
        dialog.details,
    ):
        assert isinstance(widget, QWidget)
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() != 0, widget
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.bundle_edit, dialog.trust_list, dialog.signers} <= buddies
    # The technical details are one click away, behind a named button.


def test_closing_the_dialog_while_it_checks_is_safe(qtbot, built: tuple[SignedDraft, Path]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.dialogs import verify_dialog

    _signed, bundle = built
    dialog = verify_dialog.VerifyDialog()
    dialog.verify_path(bundle)
    assert dialog.busy()
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    assert QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: not verify_dialog._LIVE, timeout=5000)
