"""Revocation inside the ministry: ``ca revoke``, ``ca crl``, the bundle's CRL, ``verify``.

The CA, the officials and their keys are made in the test's own
PACTDESK_HOME; the lists are checked with openssl as well as PactDesk.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from pactdesk.cli import main as cli_main
from pactdesk.signing import authority, certificates, revocation
from pactdesk.testing.officials import CA_PASSPHRASE, signer_of
from tests.bundle_support import SignedDraft, make_signed_draft, replace_member, run_bundle

CA_ENV = "PACTDESK_TEST_CA_PASSPHRASE"


def _ca(*args: str) -> int:
    os.environ[CA_ENV] = CA_PASSPHRASE
    try:
        return cli_main(["ca", *args, "--passphrase-env", CA_ENV])
    finally:
        os.environ.pop(CA_ENV, None)


def _submitter_pem(signed: SignedDraft, folder: Path) -> Path:
    target = folder / "submitter.pem"
    certificate = signer_of(signed.submitter).certificate
    target.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return target


def _openssl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", *args], capture_output=True, text=True, check=False)


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def test_revoke_and_issue_a_list_that_openssl_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "d", sign_via_request=False)
    cert = _submitter_pem(signed, tmp_path)
    # Every certificate names where the list is published.
    text = _openssl("x509", "-in", str(cert), "-noout", "-text").stdout
    assert "X509v3 CRL Distribution Points" in text
    assert authority.require_ca().crl_url in text

    assert _ca("revoke", str(cert), "--reason", "keyCompromise") == 0
    out = capsys.readouterr().out
    assert "Revoked the certificate of Zofia Krajowa" in out
    assert "reason keyCompromise" in out
    # Revoking it again is refused; nothing changes.
    assert _ca("revoke", str(cert)) == 2
    assert "revoked already" in capsys.readouterr().err.splitlines()[0]

    crl_path = tmp_path / "out.crl"
    assert _ca("crl", str(crl_path)) == 0
    assert "1 revoked certificate," in capsys.readouterr().out
    checked = _openssl(
        "crl", "-inform", "DER", "-in", str(crl_path), "-CAfile", str(signed.ca_pem), "-noout"
    )
    assert checked.returncode == 0, checked.stderr
    assert "verify OK" in checked.stdout + checked.stderr
    listed = _openssl("crl", "-inform", "DER", "-in", str(crl_path), "-noout", "-text").stdout
    serial = f"{signer_of(signed.submitter).certificate.serial_number:X}"
    assert serial in listed.replace(":", "").upper()
    assert "Key Compromise" in listed
    assert "Next Update" in listed
    # The CRL number goes up with every list (revoke issued number 1).
    crl = revocation.load_crl(crl_path.read_bytes())
    assert revocation.crl_number(crl) == 2
    assert _ca("crl", str(tmp_path / "again.crl")) == 0
    assert revocation.crl_number(revocation.load_crl((tmp_path / "again.crl").read_bytes())) == 3


def test_a_revoked_submitter_cannot_make_a_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "d", sign_via_request=False)
    assert _ca("revoke", str(_submitter_pem(signed, tmp_path)), "--reason", "superseded") == 0
    capsys.readouterr()
    out = tmp_path / "bundle.asice"
    assert run_bundle(signed, out) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert "the certificate of Zofia Krajowa is revoked since" in first
    assert "(superseded)" in first
    assert not out.exists()


def test_a_given_list_of_another_ca_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "d", sign_via_request=False)
    forged = tmp_path / "forged.crl"
    forged.write_bytes(_forged_crl([], authority.require_ca().certificate))
    out = tmp_path / "bundle.asice"
    assert run_bundle(signed, out, "--crl", str(forged)) == 2
    assert "not a revocation list signed by the CA" in capsys.readouterr().err.splitlines()[0]
    assert not out.exists()


def _forged_crl(serials: list[int], ca_certificate: x509.Certificate) -> bytes:
    """A list naming the real CA as issuer, signed with some other key."""
    other = certificates.new_key()
    now = dt.datetime.now(dt.UTC)
    crl = revocation.build_crl(
        other,
        ca_certificate,
        [revocation.Revoked(s, now - dt.timedelta(days=1), "keyCompromise") for s in serials],
        number=99,
    )
    return revocation.der(crl)


@pytest.mark.parametrize("form", ["cades", "xades"])
def test_bundle_carries_the_list_and_verify_uses_it(
    form: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signed = make_signed_draft(tmp_path / "d", sign_via_request=False, signature_form=form)
    trust = str(signed.ca_pem)
    assert _ca("crl", str(tmp_path / "first.crl")) == 0
    good = tmp_path / "good.asice"
    assert run_bundle(signed, good) == 0
    assert "META-INF/ca.crl" in _names(good)
    capsys.readouterr()
    assert cli_main(["verify", str(good), "--trust", trust]) == 0
    assert "Revocation was checked with META-INF/ca.crl" in capsys.readouterr().out

    # The carried list is signed by the submitter: a changed one fails.
    raw = good.read_bytes()
    other = tmp_path / "other.crl"
    assert _ca("crl", str(other)) == 0
    swapped = tmp_path / "swapped.asice"
    swapped.write_bytes(replace_member(raw, "META-INF/ca.crl", other.read_bytes()))
    capsys.readouterr()
    assert cli_main(["verify", str(swapped), "--trust", trust]) == 1
    assert "META-INF/ca.crl" in capsys.readouterr().err

    # Revoked after the bundle was signed: it still verifies, and says so.
    time.sleep(1.1)
    cert = _submitter_pem(signed, tmp_path)
    assert _ca("revoke", str(cert), "--reason", "cessationOfOperation") == 0
    later = tmp_path / "later.crl"
    assert _ca("crl", str(later)) == 0
    capsys.readouterr()
    assert cli_main(["verify", str(good), "--trust", trust, "--crl", str(later)]) == 0
    shown = capsys.readouterr().out
    assert "Zofia Krajowa's certificate was revoked on" in shown
    assert "after the signature says it was made" in shown

    # A bundle signed after the revocation, carrying the list that says so (as an
    # older PactDesk, or a submitter who skipped the check, would make it), fails.
    from pactdesk.services import bundle as bundle_service

    monkeypatch.setattr(bundle_service, "revocation_list", lambda *a, **k: later.read_bytes())
    bad = tmp_path / "bad.asice"
    assert run_bundle(signed, bad) == 0
    capsys.readouterr()
    assert cli_main(["verify", str(bad), "--trust", trust]) == 1
    err = capsys.readouterr().err.splitlines()[0]
    assert err.startswith("pactdesk verify: Not a valid bundle: Zofia Krajowa's certificate was")
    assert "before the signature says it was made" in err


def test_a_list_not_signed_by_the_trusted_ca_is_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "d", sign_via_request=False)
    good = tmp_path / "good.asice"
    assert run_bundle(signed, good) == 0
    forged = tmp_path / "forged.crl"
    forged.write_bytes(
        _forged_crl(
            [signer_of(signed.submitter).certificate.serial_number],
            authority.require_ca().certificate,
        )
    )
    junk = tmp_path / "junk.crl"
    junk.write_bytes(b"not a list")
    capsys.readouterr()
    code = cli_main(
        [
            "verify",
            str(good),
            "--trust",
            str(signed.ca_pem),
            "--crl",
            str(forged),
            "--crl",
            str(junk),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "forged.crl is not a revocation list signed by a trusted CA; it was ignored." in out
    assert "junk.crl is not a revocation list; it was ignored." in out


def test_a_submitter_without_the_ca_gives_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "d", sign_via_request=False)
    first = tmp_path / "first.crl"
    assert _ca("crl", str(first)) == 0
    cert = _submitter_pem(signed, tmp_path)
    elsewhere = tmp_path / "ca-elsewhere"

    def without_the_ca(*extra: str, out: Path) -> int:
        authority.ca_dir().rename(elsewhere)  # the submitter's computer holds no CA
        try:
            return run_bundle(signed, out, *extra)
        finally:
            elsewhere.rename(authority.ca_dir())

    carried = tmp_path / "carried.asice"
    assert without_the_ca("--crl", str(first), out=carried) == 0
    with zipfile.ZipFile(carried) as archive:
        assert archive.read("META-INF/ca.crl") == first.read_bytes()
    plain = tmp_path / "plain.asice"
    assert without_the_ca(out=plain) == 0
    assert "META-INF/ca.crl" not in _names(plain)

    assert _ca("revoke", str(cert), "--reason", "keyCompromise") == 0
    later = tmp_path / "later.crl"
    assert _ca("crl", str(later)) == 0
    capsys.readouterr()
    refused = tmp_path / "refused.asice"
    assert without_the_ca("--crl", str(later), out=refused) == 1
    assert "the certificate of Zofia Krajowa is revoked since" in capsys.readouterr().err
    assert not refused.exists()
