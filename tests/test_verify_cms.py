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


def _pyhankos_verdict(signature: bytes, data: bytes) -> tuple[bool, ...] | None:
    """pyHanko's generic_cms on the same signature (the oracle): None when it cannot read it."""
    import hashlib

    from asn1crypto import cms, tsp
    from pyhanko.sign.validation import generic_cms

    try:
        signed_data = cms.ContentInfo.load(signature, strict=True)["content"]
        signer_info = signed_data["signer_infos"][0]
        certs = [c.chosen for c in signed_data["certificates"] if c.name == "certificate"]
        cert = cades.find_signer_certificate(signer_info, certs)
        algorithm = signer_info["digest_algorithm"]["algorithm"].native
        digest = hashlib.new(algorithm, data).digest()
    except Exception:
        return None
    try:
        digest_ok, signature_ok = generic_cms.validate_sig_integrity(
            signer_info, cert, expected_content_type="data", actual_digest=digest
        )
    except Exception:
        digest_ok, signature_ok = False, False
    try:
        ess = generic_cms.get_signing_cert_attr(signer_info["signed_attrs"])
        v2 = isinstance(ess, tsp.SigningCertificateV2) and bool(
            generic_cms.check_ess_certid(cert, ess["certs"][0])  # type: ignore[attr-defined]
        )
    except Exception:
        v2 = False
    return (bool(digest_ok), bool(signature_ok), v2)


def _signatures(pki):  # type: ignore[no-untyped-def]
    """CAdES by PactDesk (EC, RSA) and plain PKCS #7 by cryptography (EC, RSA, RSA-PSS)."""
    from cryptography.hazmat.primitives.asymmetric import padding

    ca, key, cert, rsa_key, rsa_cert = pki
    out = {
        "cades-ec": cades.sign_detached(DATA, key=key, certificate=cert, chain=[ca]),
        "cades-rsa": cades.sign_detached(DATA, key=rsa_key, certificate=rsa_cert, chain=[ca]),
    }
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
    for name, signer_key, signer_cert, extra in (
        ("pkcs7-ec", key, cert, {}),
        ("pkcs7-rsa", rsa_key, rsa_cert, {}),
        (
            "pkcs7-rsa-pss",
            rsa_key,
            rsa_cert,
            {"rsa_padding": padding.PSS(padding.MGF1(hashes.SHA256()), 32)},
        ),
    ):
        out[name] = (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(DATA)
            .add_signer(signer_cert, signer_key, hashes.SHA256(), **extra)
            .sign(serialization.Encoding.DER, options)
        )
    return out


def test_the_verdicts_are_pyhankos_on_every_flipped_byte(pki) -> None:  # type: ignore[no-untyped-def]
    """PactDesk's CMS check agrees with pyHanko's generic_cms, signature by signature.

    For sound signatures of every kind PactDesk meets the two say the same
    about the digest, the signature value and signing-certificate-v2; for a
    flip of every byte of them they give the same verdict, wherever both can
    read the signature at all (one that either cannot read is refused).
    """
    compared = 0
    for name, signature in _signatures(pki).items():
        assert _verdict(signature, DATA) == _pyhankos_verdict(signature, DATA), name
        assert _verdict(signature, DATA)[:2] == (True, True), name
        assert _verdict(signature, DATA + b"!")[:2] == (False, True), name
        for offset in range(len(signature)):
            damaged = (
                signature[:offset] + bytes([signature[offset] ^ 0x01]) + signature[offset + 1 :]
            )
            oracle = _pyhankos_verdict(damaged, DATA)
            ours = _verdict(damaged, DATA)
            if oracle is None or ours == "unreadable":
                continue  # one of them cannot read it: verify refuses it either way
            # Where pyHanko raises on a damaged part it says (False, False, ...): compare
            # the verdict (every check holds, or not) and, where pyHanko says it holds,
            # each part.
            assert all(ours) == all(oracle), (name, offset, ours, oracle)
            if all(oracle):
                assert ours == oracle
            compared += 1
    assert compared > 1000


def test_openssl_agrees_on_sound_and_tampered_signatures(pki, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ca = pki[0]
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    content = tmp_path / "data"
    content.write_bytes(DATA)
    for name, signature in _signatures(pki).items():
        for case, raw in (
            ("sound", signature),
            ("tampered", signature[:-3] + bytes([signature[-3] ^ 4]) + signature[-2:]),
        ):
            path = tmp_path / f"{name}-{case}.p7s"
            path.write_bytes(raw)
            openssl = subprocess.run(
                [
                    "openssl",
                    "cms",
                    "-verify",
                    "-binary",
                    "-inform",
                    "DER",
                    "-in",
                    str(path),
                    "-content",
                    str(content),
                    "-CAfile",
                    str(ca_pem),
                    "-purpose",
                    "any",
                    "-out",
                    "/dev/null",
                ],
                capture_output=True,
            )
            ours = _verdict(raw, DATA)
            assert (openssl.returncode == 0) == (
                ours != "unreadable" and ours[:2] == (True, True)
            ), (name, case, openssl.stderr)


def test_verify_never_loads_pyhankos_signing_stack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Importing verify loads no pyHanko; a CMS check loads neither pyhanko.sign nor aiohttp."""
    probe = (
        "import sys; import pactdesk.services.verify as v; "
        "print(any(m.startswith('pyhanko') for m in sys.modules)); "
        "from pactdesk.signing import cades; "
        "cades.verify_detached(open(sys.argv[1], 'rb').read(), b'data'); "
        "print(sorted(m for m in sys.modules if m.startswith(('pyhanko.sign', 'aiohttp'))))"
    )
    from pactdesk.signing import certificates

    key = certificates.new_key()
    cert = certificates.build_ca_certificate(key, name="Probe")
    signature = tmp_path / "s.p7s"
    signature.write_bytes(cades.sign_detached(b"data", key=key, certificate=cert))
    out = subprocess.run(
        [sys.executable, "-c", probe, str(signature)], capture_output=True, text=True, check=True
    ).stdout
    assert out.split("\n")[:2] == ["False", "[]"], out
