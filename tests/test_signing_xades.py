"""XAdES-B-B signatures (pactdesk.signing.xades): made, read back, and refused when altered.

Keys are made here: the CA's and an official's (P-256, as PactDesk's
identities), and an RSA-3072 key as an imported identity may have.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from pactdesk.signing import certificates, xades
from pactdesk.signing.certpath import PathReason, validate_signer

DATA = "Wkład Polski — zażółć gęślą jaźń".encode()
REFERENCES = [
    xades.DataReference("contribution.json", "application/json", hashlib.sha256(DATA).digest())
]


@pytest.fixture(scope="module")
def pki() -> tuple[object, x509.Certificate, object, x509.Certificate]:
    ca_key = certificates.new_key()
    ca = certificates.build_ca_certificate(ca_key, name="Sign-off CA")
    key = certificates.new_key()
    request = certificates.build_request(
        key, name="Zofia Żółkiewska", organisation="MSW", email="z@msw.example.pl"
    )
    cert = certificates.issue_certificate(ca_key, ca, request)
    return ca_key, ca, key, cert


def _sign(pki, **overrides):  # type: ignore[no-untyped-def]
    _ca_key, ca, key, cert = pki
    options = {
        "key": key,
        "certificate": cert,
        "chain": [ca],
        "role": "approver",
        "commitment": xades.PROOF_OF_APPROVAL,
        "properties": {"revision": "7"},
        "signature_id": "S001",
    }
    options.update(overrides)
    return xades.sign(REFERENCES, **options)


def test_a_signature_reads_back_with_what_it_signed(pki) -> None:  # type: ignore[no-untyped-def]
    _ca_key, ca, _key, cert = pki
    found = xades.read_signature(_sign(pki))
    assert found.ok, (found.info.problems(), found.problems, found.certificate_problems)
    assert found.references == tuple(REFERENCES)
    assert (found.role, found.commitment) == ("approver", xades.PROOF_OF_APPROVAL)
    assert dict(found.properties) == {"revision": "7"}
    assert found.info.certificates == (cert, ca)
    assert found.changed_references(lambda uri: DATA) == []
    assert found.changed_references(lambda uri: DATA + b" ") == [("contribution.json", "changed")]
    assert found.changed_references(lambda uri: None) == [("contribution.json", "missing")]


def test_an_rsa_key_signs_too(pki) -> None:  # type: ignore[no-untyped-def]
    ca_key, ca, _key, _cert = pki
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    request = certificates.build_request(
        key, name="Jan Kowalski", organisation="MSW", email="j@msw.example.pl"
    )
    cert = certificates.issue_certificate(ca_key, ca, request)
    raw = _sign(pki, key=key, certificate=cert)
    assert xades.RSA_SHA256.encode() in raw
    assert xades.read_signature(raw).ok


def test_a_key_that_is_not_the_certificates_is_refused(pki) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(xades.XadesError, match="does not belong"):
        _sign(pki, key=certificates.new_key())


def test_another_certificate_in_the_key_info_is_found(pki) -> None:  # type: ignore[no-untyped-def]
    _ca_key, ca, _key, cert = pki
    stranger = certificates.build_ca_certificate(certificates.new_key(), name="Other CA")
    found = xades.read_signature(_sign(pki, chain=[ca, stranger]))
    assert not found.ok and "unrelated-certificate" in found.certificate_problems
    # Another certificate first in the key info: SigningCertificateV2 no longer names it,
    # which the exact form already refuses.
    raw = _sign(pki).replace(
        xades._b64(xades._der(cert)).encode(), xades._b64(xades._der(stranger)).encode()
    )
    with pytest.raises(xades.XadesError, match="exact form"):
        xades.read_signature(raw)


def test_signed_properties_changed_are_found(pki) -> None:  # type: ignore[no-untyped-def]
    raw = _sign(pki).replace(b">approver<", b">director<")
    found = xades.read_signature(raw)
    assert not found.ok and not found.info.digest_ok


def test_anything_but_the_exact_form_is_refused(pki) -> None:  # type: ignore[no-untyped-def]
    raw = _sign(pki)
    for changed in (
        raw.replace(b"<ds:KeyInfo>", b"<ds:KeyInfo> "),
        raw.replace(b"</ds:Object>", b"</ds:Object><!-- note -->"),
        raw.replace(b'<ds:Signature Id="S001">', b'<ds:Signature Id="S001" lang="pl">'),
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>' + raw[38:],
    ):
        with pytest.raises(xades.XadesError):
            xades.read_signature(changed)


def test_the_signing_time_is_checked_against_the_certificates_validity(pki) -> None:  # type: ignore[no-untyped-def]
    _ca_key, ca, _key, cert = pki
    late = cert.not_valid_after_utc + dt.timedelta(days=2)
    found = xades.read_signature(_sign(pki, signing_time=late))
    assert found.ok and found.info.signing_time == late.replace(microsecond=0)
    result = validate_signer(
        found.info.certificate,
        intermediates=found.info.certificates,
        anchors=[ca],
        at=found.info.signing_time,
    )
    assert not result.ok and result.reason is PathReason.EXPIRED_AT_SIGNING_TIME
    now = xades.read_signature(_sign(pki))
    assert validate_signer(
        now.info.certificate,
        intermediates=now.info.certificates,
        anchors=[ca],
        at=now.info.signing_time,
    ).ok
