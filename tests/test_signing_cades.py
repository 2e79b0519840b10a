"""CAdES-B-B detached signatures: made by pyHanko, checked by openssl and by us."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import serialization

from pactdesk.signing import cades, certificates
from tests.helpers import openssl_cms_verify

DATA = "Wkład Polski — Ελλάδα — България: zatwierdzam.\n".encode()


@pytest.fixture(scope="module")
def pki():  # type: ignore[no-untyped-def]
    ca_key = certificates.new_key()
    ca_cert = certificates.build_ca_certificate(ca_key, name="Ministerstwo Sign-off CA")
    key = certificates.new_key()
    request = certificates.build_request(
        key,
        name="Zofia Żółkiewska",
        organisation="Ministerstwo Spraw Wewnętrznych",
        email="zofia@msw.example.pl",
    )
    cert = certificates.issue_certificate(ca_key, ca_cert, request)
    return ca_cert, key, cert


def _pem(cert) -> bytes:  # type: ignore[no-untyped-def]
    return cert.public_bytes(serialization.Encoding.PEM)


def test_signature_is_detached_cades_with_signing_certificate_v2(pki) -> None:  # type: ignore[no-untyped-def]
    ca_cert, key, cert = pki
    signature = cades.sign_detached(DATA, key=key, certificate=cert, chain=[ca_cert])
    content = cms.ContentInfo.load(signature)
    signed = content["content"]
    assert signed["encap_content_info"]["content"].native is None  # detached
    attrs = {a["type"].native for a in signed["signer_infos"][0]["signed_attrs"]}
    assert {"content_type", "message_digest", "signing_time", "signing_certificate_v2"} <= attrs
    info = cades.verify_detached(signature, DATA)
    assert info.ok, info.problems()
    assert info.signer_name == "Zofia Żółkiewska"
    assert info.signing_time is not None
    assert cades.certificate_issued_by(info.certificate, ca_cert)


def test_tampered_data_or_signature_does_not_verify(pki) -> None:  # type: ignore[no-untyped-def]
    ca_cert, key, cert = pki
    signature = cades.sign_detached(DATA, key=key, certificate=cert, chain=[ca_cert])
    assert not cades.verify_detached(signature, DATA + b" ").digest_ok
    # Flip a byte inside the signature value (the last bytes of the DER).
    damaged = bytearray(signature)
    damaged[-5] ^= 0x01
    try:
        info = cades.verify_detached(bytes(damaged), DATA)
    except cades.SignatureError:
        pass
    else:
        assert not info.ok
    with pytest.raises(cades.SignatureError):
        cades.verify_detached(b"not a signature", DATA)


def test_key_must_match_certificate(pki) -> None:  # type: ignore[no-untyped-def]
    _ca_cert, _key, cert = pki
    with pytest.raises(cades.SignatureError):
        cades.sign_detached(DATA, key=certificates.new_key(), certificate=cert)


def test_openssl_cms_verifies_against_the_ca(pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    ca_cert, key, cert = pki
    signature = cades.sign_detached(DATA, key=key, certificate=cert, chain=[ca_cert])
    (tmp_path / "ca.pem").write_bytes(_pem(ca_cert))
    (tmp_path / "sig.p7s").write_bytes(signature)
    (tmp_path / "data").write_bytes(DATA)
    (tmp_path / "other").write_bytes(DATA[:-1])
    ok = openssl_cms_verify("sig.p7s", "data", "ca.pem", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "Verification successful" in ok.stderr
    bad = openssl_cms_verify("sig.p7s", "other", "ca.pem", cwd=tmp_path)
    assert bad.returncode != 0
    # A CA that did not issue the certificate is not trusted.
    stranger = certificates.build_ca_certificate(certificates.new_key(), name="Other CA")
    (tmp_path / "ca.pem").write_bytes(_pem(stranger))
    untrusted = openssl_cms_verify("sig.p7s", "data", "ca.pem", cwd=tmp_path)
    assert untrusted.returncode != 0


def test_certificates_carry_the_required_extensions(pki) -> None:  # type: ignore[no-untyped-def]
    from cryptography import x509

    ca_cert, _key, cert = pki
    bc = ca_cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    ku = ca_cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert bc.ca and ku.key_cert_sign
    bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert not bc.ca and ku.digital_signature and ku.content_commitment
    person = certificates.person_of(cert.subject)
    assert person == certificates.Person(
        "Zofia Żółkiewska", "Ministerstwo Spraw Wewnętrznych", "zofia@msw.example.pl"
    )
    assert cert.issuer == ca_cert.subject
    with pytest.raises(certificates.CertificateRequestError):
        certificates.build_request(certificates.new_key(), name="X", organisation="O", email="nope")


def test_every_single_byte_flip_is_refused_or_fails_never_crashes(pki) -> None:  # type: ignore[no-untyped-def]
    """Damage anywhere in a signature: a SignatureError or ``ok`` False, never another crash.

    Bytes that no signature covers (the CA certificate carried along, the
    algorithm identifiers' parameters …) may change without the signature
    failing — the bundle's verifier checks their DER separately — but every
    byte of the signed attributes, the signature value and the signer's
    certificate is covered.
    """
    ca_cert, key, cert = pki
    signature = cades.sign_detached(DATA, key=key, certificate=cert, chain=[ca_cert])
    signer_info = cms.ContentInfo.load(signature)["content"]["signer_infos"][0]
    covered = []
    for part in (
        cert.public_bytes(serialization.Encoding.DER),
        signer_info["signed_attrs"].contents,
        signer_info["signature"].contents,
    ):
        at = signature.find(part)
        assert at > 0
        covered.append(range(at, at + len(part)))
    refused = 0
    for position in range(len(signature)):
        damaged = bytearray(signature)
        damaged[position] ^= 0x01
        try:
            info = cades.verify_detached(bytes(damaged), DATA)
        except cades.SignatureError:
            refused += 1
            continue
        if any(position in span for span in covered):
            assert not info.ok, position
        refused += not info.ok
    assert refused > sum(len(span) for span in covered)
