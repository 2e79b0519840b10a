"""verify's own CMS check gives the same answers as pactdesk.signing.cades.verify_detached.

``pactdesk verify`` checks signatures with asn1crypto and cryptography alone
(no pyHanko import: a quarter of a second saved on every run); these tests
hold it to the sign-off code's reference check, case by case and byte by byte.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7

from pactdesk.services.verify import cms_structure_problems, verify_cms
from pactdesk.signing import cades, certificates

DATA = "Zatwierdzam wkład — Εγκρίνω — Одобрявам.\n".encode()


@pytest.fixture(scope="module")
def pki():  # type: ignore[no-untyped-def]
    ca_key = certificates.new_key()
    ca = certificates.build_ca_certificate(ca_key, name="Ministerstwo Sign-off CA")
    key = certificates.new_key()
    request = certificates.build_request(
        key, name="Zofia Żółkiewska", organisation="MSW", email="zofia@msw.example.pl"
    )
    cert = certificates.issue_certificate(ca_key, ca, request)
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    rsa_request = certificates.build_request(
        rsa_key, name="Jan Kowalski", organisation="MSW", email="jan@msw.example.pl"
    )
    rsa_cert = certificates.issue_certificate(ca_key, ca, rsa_request)
    return ca, key, cert, rsa_key, rsa_cert


def _same(signature: bytes, data: bytes) -> tuple[bool, ...] | str:
    """Both checks' verdicts, which must agree (or ours is the stricter, see below)."""
    try:
        reference = cades.verify_detached(signature, data)
    except Exception:  # noqa: BLE001 - unreadable for the reference
        reference = None
    try:
        ours = verify_cms(signature, data)
    except cades.SignatureError:
        ours = None
    if reference is None or ours is None:
        # Unreadable to one of them: ours must not accept what the reference could not read.
        assert ours is None or not ours.ok
        return "unreadable"
    mine = (ours.digest_ok, ours.signature_ok, ours.signing_certificate_v2)
    theirs = (reference.digest_ok, reference.signature_ok, reference.signing_certificate_v2)
    if mine != theirs and ours.ok == reference.ok:
        # Both refuse it, for reasons told apart differently (a damaged
        # attribute, say): the verdict is what matters.
        return "refused by both"
    if mine != theirs:
        # Ours may only be stricter, and only where CMS says so: the signed
        # content-type must equal the (unsigned) eContentType, which pyHanko
        # does not compare.
        assert reference.ok and not ours.ok
        from asn1crypto import cms

        try:
            econtent = cms.ContentInfo.load(signature)["content"]["encap_content_info"]
            content_type = econtent["content_type"].dotted
        except ValueError:  # the eContentType is not even an OID any more
            content_type = None
        assert content_type != "1.2.840.113549.1.7.1"
        return "stricter"
    assert ours.certificate == reference.certificate
    assert ours.signing_time == reference.signing_time
    return mine


def test_the_same_answers_for_sound_and_broken_signatures(pki) -> None:  # type: ignore[no-untyped-def]
    ca, key, cert, rsa_key, rsa_cert = pki
    for signer_key, signer_cert in ((key, cert), (rsa_key, rsa_cert)):
        signature = cades.sign_detached(DATA, key=signer_key, certificate=signer_cert, chain=[ca])
        assert _same(signature, DATA) == (True, True, True)
        assert _same(signature, DATA + b" ") == (False, True, True)
        damaged = bytearray(signature)
        damaged[-3] ^= 0x04  # inside the signature value
        assert _same(bytes(damaged), DATA) in ((True, False, True), "unreadable")


def test_a_plain_pkcs7_signature_lacks_signing_certificate_v2(pki) -> None:  # type: ignore[no-untyped-def]
    _ca, key, cert, _rsa_key, _rsa_cert = pki
    signature = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(DATA)
        .add_signer(cert, key, hashes.SHA256())
        .sign(
            serialization.Encoding.DER,
            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
        )
    )
    assert _same(signature, DATA) == (True, True, False)
    assert not verify_cms(signature, DATA).ok


def test_every_flipped_byte_gets_the_same_verdict(pki) -> None:  # type: ignore[no-untyped-def]
    _ca, key, cert, _rsa_key, _rsa_cert = pki
    signature = cades.sign_detached(DATA, key=key, certificate=cert)
    verdicts = set()
    for offset in range(0, len(signature), 3):
        damaged = (
            bytes(signature[:offset]) + bytes([signature[offset] ^ 0x01]) + signature[offset + 1 :]
        )
        verdict = _same(damaged, DATA)
        verdicts.add(verdict)
        if verdict == (True, True, True):
            # A byte no signature covers (a version, the digest algorithms
            # list …): verify's structure check must catch it.
            assert cms_structure_problems(damaged, cert), offset
    assert "refused by both" in verdicts or "unreadable" in verdicts


def test_verify_does_not_load_pyhanko() -> None:
    probe = (
        "import sys; import pactdesk.services.verify as v; "
        "print(any(m.startswith('pyhanko') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
