"""The one CMS check (pactdesk.signing.cades) on sound, broken and foreign signatures.

``pactdesk verify``, sign-off import and the PDF's signature all go through
:func:`pactdesk.signing.cades.verify_detached` (pyHanko's CMS validation)
and :func:`~pactdesk.signing.cades.cms_structure_problems` (nothing in the
CMS that no signature covers); these tests hold them to the verdicts, case by
case and byte by byte, and check that importing the verify service does not
load pyHanko (it loads on the first check).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7

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


def _verdict(signature: bytes, data: bytes) -> tuple[bool, ...] | str:
    """(digest, signature value, signing-certificate-v2), or "unreadable"."""
    try:
        found = cades.verify_detached(signature, data)
    except cades.SignatureError:
        return "unreadable"
    return (found.digest_ok, found.signature_ok, found.signing_certificate_v2)


def _accepted(signature: bytes, data: bytes) -> bool:
    """What verify accepts: the cryptography holds and nothing unsigned is in the CMS."""
    try:
        found = cades.verify_detached(signature, data)
    except cades.SignatureError:
        return False
    return found.ok and not cades.cms_structure_problems(signature, found.certificate)


def test_sound_and_broken_signatures(pki) -> None:  # type: ignore[no-untyped-def]
    ca, key, cert, rsa_key, rsa_cert = pki
    for signer_key, signer_cert in ((key, cert), (rsa_key, rsa_cert)):
        signature = cades.sign_detached(DATA, key=signer_key, certificate=signer_cert, chain=[ca])
        assert _verdict(signature, DATA) == (True, True, True)
        assert _accepted(signature, DATA)
        assert _verdict(signature, DATA + b" ") == (False, True, True)
        damaged = bytearray(signature)
        damaged[-3] ^= 0x04  # inside the signature value
        assert _verdict(bytes(damaged), DATA) in ((True, False, True), "unreadable")
        assert not _accepted(bytes(damaged), DATA)


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
    assert _verdict(signature, DATA) == (True, True, False)
    assert not _accepted(signature, DATA)


def test_every_flipped_byte_is_refused(pki) -> None:  # type: ignore[no-untyped-def]
    _ca, key, cert, _rsa_key, _rsa_cert = pki
    signature = cades.sign_detached(DATA, key=key, certificate=cert)
    verdicts = set()
    for offset in range(0, len(signature), 3):
        damaged = (
            bytes(signature[:offset]) + bytes([signature[offset] ^ 0x01]) + signature[offset + 1 :]
        )
        verdicts.add(_verdict(damaged, DATA))
        # A byte no signature covers (a version, the digest algorithms list …)
        # passes the cryptography: the structure check must catch it.
        assert not _accepted(damaged, DATA), offset
    assert (True, True, True) in verdicts and "unreadable" in verdicts


def test_verify_does_not_load_pyhanko() -> None:
    probe = (
        "import sys; import pactdesk.services.verify as v; "
        "print(any(m.startswith('pyhanko') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
