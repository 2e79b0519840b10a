"""Identities and the CA on disk: keys encrypted, certificates right, ids stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from pactdesk import paths
from pactdesk.services import identities as identity_service
from pactdesk.signing import authority, cades, certificates, identities, keys
from tests.helpers import CLEAR_KEY_MARKERS
from tests.signing_support import CA_PASSPHRASE, files_under, make_ca, make_official


def test_ca_and_an_official_issued_at_once(pactdesk_home: Path) -> None:
    ca = make_ca()
    official = make_official("Zofia Żółkiewska")
    identity = identities.get_identity(official.id)
    assert identity.ready and identity.certificate is not None
    assert cades.certificate_issued_by(identity.certificate, ca.certificate)
    assert identity.chain == (ca.certificate,)
    person = certificates.person_of(identity.certificate.subject)
    assert person.name == "Zofia Żółkiewska"
    assert person.organisation == "Ministerstwo Spraw Wewnętrznych"
    assert person.email == "zofia@msw.example.pl"
    usage = identity.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    ca_usage = ca.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    ca_basic = ca.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert ca_usage.key_cert_sign and ca_basic.ca
    # The id is the key's: the same on every listing, and a prefix finds it.
    assert identities.get_identity(official.id[:6]).id == official.id
    assert [i.id for i in identities.list_identities()] == [official.id]

    signer = identities.load_signer(official.id, official.passphrase)
    signature = cades.sign_detached(
        b"x", key=signer.key, certificate=signer.certificate, chain=signer.chain
    )
    assert cades.verify_detached(signature, b"x").ok
    with pytest.raises(keys.WrongPassphraseError):
        identities.load_signer(official.id, "not the passphrase")
    assert not identities.check_passphrase(official.id, "nope")

    # Keys and passphrases never appear in clear in any file PactDesk wrote.
    for path in files_under(pactdesk_home):
        data = path.read_bytes()
        assert not any(marker in data for marker in CLEAR_KEY_MARKERS), path
        for secret in (official.passphrase, CA_PASSPHRASE):
            assert secret.encode("utf-8") not in data, path
    assert (
        (paths.data_dir() / "ca" / "ca-key.pem")
        .read_bytes()
        .startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    )


def test_request_then_install_on_another_computer(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The official's computer: a key and a request, no CA here.
    official_home = tmp_path / "official"
    coordinator_home = tmp_path / "coordinator"
    monkeypatch.setenv("PACTDESK_HOME", str(official_home))
    identity, request = identities.create_identity(
        name="Γιώργος Παπαδόπουλος",
        organisation="Υπουργείο Εσωτερικών",
        email="g.papadopoulos@ypes.example.gr",
        passphrase="kωδικός-1234",
    )
    assert not identity.ready
    assert identities.request_pem(identity.id) == request
    with pytest.raises(keys.IdentityNotReadyError):
        identities.load_signer(identity.id, "kωδικός-1234")
    with pytest.raises(keys.NoCAError):
        identity_service.issue_for_identity(identity.id, ca_passphrase="x")

    # The coordinator's computer issues it.
    monkeypatch.setenv("PACTDESK_HOME", str(coordinator_home))
    ca = make_ca()
    with pytest.raises(keys.WrongPassphraseError):
        authority.issue(request, ca_passphrase="wrong passphrase")
    cert = authority.issue(request, ca_passphrase=CA_PASSPHRASE)
    cert_file = authority.certificate_file(cert, [ca.certificate])

    # Back on the official's computer.
    monkeypatch.setenv("PACTDESK_HOME", str(official_home))
    installed = identities.install_certificate(cert_file)
    assert installed.id == identity.id and installed.ready
    assert installed.chain == (ca.certificate,)
    assert identities.load_signer(identity.id, "kωδικός-1234").name == "Γιώργος Παπαδόπουλος"
    # A certificate for a key that is not here is refused.
    stranger_request = certificates.build_request(
        certificates.new_key(), name="Nobody", organisation="Elsewhere", email="no@body.example"
    )
    monkeypatch.setenv("PACTDESK_HOME", str(coordinator_home))
    foreign = authority.issue(
        stranger_request.public_bytes(serialization.Encoding.PEM), ca_passphrase=CA_PASSPHRASE
    )
    monkeypatch.setenv("PACTDESK_HOME", str(official_home))
    with pytest.raises(keys.KeyStoreError):
        identities.install_certificate(authority.certificate_file(foreign, []))


def test_a_tampered_request_is_not_issued() -> None:
    make_ca()
    key = certificates.new_key()
    request = certificates.build_request(
        key, name="Jan Kowalski", organisation="MSW", email="jan@msw.example.pl"
    )
    der = bytearray(request.public_bytes(serialization.Encoding.DER))
    position = der.find(b"Jan Kowalski")
    der[position] = ord("X")
    with pytest.raises(keys.KeyStoreError):
        authority.issue(bytes(der), ca_passphrase=CA_PASSPHRASE)
    with pytest.raises(keys.KeyStoreError):
        authority.issue(b"garbage", ca_passphrase=CA_PASSPHRASE)


def test_only_one_ca() -> None:
    make_ca()
    with pytest.raises(keys.KeyStoreError):
        make_ca("Another")


def test_import_pkcs12_from_the_ministry_pki() -> None:
    ca_key = certificates.new_key()
    ca_cert = certificates.build_ca_certificate(ca_key, name="Ministry PKI")
    key = certificates.new_key()
    request = certificates.build_request(
        key, name="Ана Иванова", organisation="МВР", email="ana@mvr.example.bg"
    )
    cert = certificates.issue_certificate(ca_key, ca_cert, request)
    raw = pkcs12.serialize_key_and_certificates(
        b"ana",
        key,
        cert,
        [ca_cert],
        serialization.BestAvailableEncryption("p12-пароль".encode()),
    )
    with pytest.raises(keys.WrongPassphraseError):
        identities.import_pkcs12(raw, "wrong")
    identity = identities.import_pkcs12(raw, "p12-пароль")
    assert identity.name == "Ана Иванова" and identity.email == "ana@mvr.example.bg"
    assert identity.source == "pkcs12" and identity.ready
    assert identity.chain == (ca_cert,)
    assert identities.load_signer(identity.id, "p12-пароль").certificate == cert
    with pytest.raises(keys.KeyStoreError):
        identities.import_pkcs12(raw, "p12-пароль")  # already here


def test_unknown_identity() -> None:
    with pytest.raises(keys.UnknownIdentityError):
        identities.get_identity("0123456789abcdef")
    with pytest.raises(keys.UnknownIdentityError):
        identities.get_identity("../../etc")


def test_stored_keys_use_a_costly_kdf_and_openssl_reads_them(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem

    make_ca()
    official = make_official("Jan Kowalski")
    key_file = paths.data_dir() / "identities" / official.id / "key.pem"
    _type, _headers, der = pem.unarmor(key_file.read_bytes())
    params = asn1_keys.EncryptedPrivateKeyInfo.load(der)["encryption_algorithm"]["parameters"]
    kdf = params["key_derivation_func"]
    assert kdf["algorithm"].native == "pbkdf2"
    assert kdf["parameters"]["iteration_count"].native >= 600_000
    assert params["encryption_scheme"]["algorithm"].native == "aes256_cbc"
    if shutil.which("openssl"):
        ok = subprocess.run(
            ["openssl", "pkey", "-in", str(key_file), "-passin", "env:PW", "-noout"],
            env={"PW": official.passphrase, "PATH": "/usr/bin:/bin"},
            capture_output=True,
        )
        assert ok.returncode == 0, ok.stderr
        bad = subprocess.run(
            ["openssl", "pkey", "-in", str(key_file), "-passin", "pass:wrong", "-noout"],
            capture_output=True,
        )
        assert bad.returncode != 0


def test_an_expired_certificate_does_not_sign() -> None:
    import datetime as dt

    from cryptography.hazmat.primitives import hashes

    ca_key = certificates.new_key()
    ca_cert = certificates.build_ca_certificate(ca_key, name="Old CA")
    identity, request_pem = identities.create_identity(
        name="Jan Kowalski", organisation="MSW", email="jan@msw.example.pl", passphrase="jan-1234"
    )
    request = keys.load_request(request_pem)
    past = dt.datetime(2009, 1, 1, tzinfo=dt.UTC)
    expired = (
        x509.CertificateBuilder()
        .subject_name(request.subject)
        .issuer_name(ca_cert.subject)
        .public_key(request.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(past)
        .not_valid_after(past + dt.timedelta(days=365))
        .sign(ca_key, hashes.SHA256())
    )
    identities.install_certificate(authority.certificate_file(expired, [ca_cert]))
    with pytest.raises(keys.IdentityNotReadyError, match="expired on 2010-01-01"):
        identities.load_signer(identity.id, "jan-1234")
