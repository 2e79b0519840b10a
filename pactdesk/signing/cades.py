"""CAdES-B-B detached signatures (CMS, DER) made and checked with pyHanko.

A sign-off and the bundle's final signature are detached CMS ``SignedData``
over the exact bytes of an ASiC manifest.  :func:`sign_detached` makes one
with pyHanko in CAdES mode, which adds the signed attributes CAdES-B-B asks
for: content-type, message-digest, signing-time and **signing-certificate-v2**
(ESS, RFC 5035) — the attribute plain ``cryptography`` cannot add.  The
result verifies with ``openssl cms -verify -binary -inform DER -content DATA``.

:func:`verify_detached` checks the cryptography only (the digest of the data
against the signed message-digest, the signature over the signed attributes,
and that signing-certificate-v2 names the signer's certificate).  It makes
no trust decision: whether the signer's certificate was issued by a trusted
CA is for the caller (see :func:`certificate_issued_by`).

Threading: every function here is pure and may run on any thread; pyHanko's
asynchronous API is driven with :func:`asyncio.run` on the calling thread.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

DIGEST_ALGORITHM = "sha256"

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class SignatureError(ValueError):
    """A signature that cannot be read or made; ``str()`` is one clear sentence."""


@dataclass(frozen=True, slots=True)
class SignatureInfo:
    """What a detached signature says, and whether its cryptography holds.

    ``ok`` is true when the data's digest matches the signed message-digest,
    the signature over the signed attributes verifies with the signer's
    public key, and signing-certificate-v2 names that certificate.  Nothing
    here says whether the signer is trusted.
    """

    certificate: x509.Certificate
    certificates: tuple[x509.Certificate, ...]
    signing_time: dt.datetime | None
    digest_ok: bool
    signature_ok: bool
    signing_certificate_v2: bool
    digest_algorithm: str

    @property
    def ok(self) -> bool:
        return self.digest_ok and self.signature_ok and self.signing_certificate_v2

    @property
    def signer_name(self) -> str:
        return common_name(self.certificate)

    def problems(self) -> list[str]:
        out = []
        if not self.digest_ok:
            out.append("the signed content does not match the signature (digest mismatch)")
        if not self.signature_ok:
            out.append("the signature value does not verify with the signer's certificate")
        if not self.signing_certificate_v2:
            out.append(
                "the signing-certificate-v2 attribute is missing or names another certificate"
            )
        return out


def common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def _pyhanko_signer(
    key: PrivateKey, certificate: x509.Certificate, chain: Sequence[x509.Certificate]
) -> Any:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    # The key only ever exists unencrypted in this process's memory.
    key_info = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert = asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    others = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in chain]
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=key_info,
        cert_registry=SimpleCertificateStore.from_certs(others),  # type: ignore[no-untyped-call]
    )


def pyhanko_signer(
    key: PrivateKey, certificate: x509.Certificate, chain: Sequence[x509.Certificate] = ()
) -> Any:
    """A pyHanko ``SimpleSigner`` for the key (also what PAdES signing of the PDF needs)."""
    return _pyhanko_signer(key, certificate, chain)


def sign_detached(
    data: bytes,
    *,
    key: PrivateKey,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate] = (),
) -> bytes:
    """A CAdES-B-B detached CMS signature (DER) over ``data``, with SHA-256.

    ``chain`` (the issuing CA's certificate, for instance) is carried in the
    signature's certificate set so that a recipient can build the path.
    """
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SignatureError("Only EC and RSA keys can sign.")
    if _spki(key.public_key()) != _spki(certificate.public_key()):
        raise SignatureError("The private key does not belong to the certificate.")
    signer = _pyhanko_signer(key, certificate, chain)
    content_info = asyncio.run(
        signer.async_sign_general_data(data, DIGEST_ALGORITHM, detached=True, use_cades=True)
    )
    return bytes(content_info.dump())


def _spki(public_key: Any) -> bytes:
    return bytes(
        public_key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def _load_signed_data(signature: bytes) -> Any:
    from asn1crypto import cms

    try:
        content_info = cms.ContentInfo.load(signature, strict=True)
        if content_info["content_type"].native != "signed_data":
            raise SignatureError("The file is a CMS object but not a signature (SignedData).")
        signed_data = content_info["content"]
        signed_data["signer_infos"]  # noqa: B018 - parse the parts we read now
        signed_data["certificates"]  # noqa: B018
    except SignatureError:
        raise
    except Exception as exc:  # asn1crypto raises ValueError, TypeError, …
        raise SignatureError("The signature is not a readable CMS (DER) object.") from exc
    return signed_data


def find_signer_certificate(signer_info: Any, certs: Sequence[Any]) -> Any:
    """The certificate a SignerInfo names (by issuer and serial, or key id), among ``certs``."""
    sid = signer_info["sid"]
    if sid.name == "issuer_and_serial_number":
        wanted = sid.chosen
        for cert in certs:
            if (
                cert.issuer == wanted["issuer"]
                and cert.serial_number == wanted["serial_number"].native
            ):
                return cert
    else:
        key_id = sid.chosen.native
        for cert in certs:
            if cert.key_identifier == key_id:
                return cert
    raise SignatureError("The signature does not carry its signer's certificate.")


def verify_detached(signature: bytes, data: bytes) -> SignatureInfo:
    """Check a detached CMS signature over ``data`` — cryptography only, no trust.

    Raises :class:`SignatureError` when the signature cannot be read at all
    (not DER, not SignedData, not detached, not exactly one signer, no
    certificate); otherwise returns what it found, with ``ok`` telling.
    """
    try:
        return _verify_detached(signature, data)
    except SignatureError:
        raise
    except Exception as exc:  # asn1crypto parses lazily: damage shows up on first use
        raise SignatureError(f"The signature is damaged ({type(exc).__name__}).") from exc


def _verify_detached(signature: bytes, data: bytes) -> SignatureInfo:
    from asn1crypto import tsp
    from pyhanko.sign.validation import generic_cms

    signed_data = _load_signed_data(signature)
    if signed_data["encap_content_info"]["content"].native is not None:
        raise SignatureError("The signature embeds its content; a detached signature was expected.")
    signer_infos = signed_data["signer_infos"]
    if len(signer_infos) != 1:
        raise SignatureError(
            f"The signature has {len(signer_infos)} signers; a sign-off has exactly one."
        )
    signer_info = signer_infos[0]
    certs = [c.chosen for c in signed_data["certificates"] or [] if c.name == "certificate"]
    if not certs:
        raise SignatureError("The signature does not carry its signer's certificate.")
    signer_cert = find_signer_certificate(signer_info, certs)
    digest_algorithm = signer_info["digest_algorithm"]["algorithm"].native
    try:
        digest = hashlib.new(digest_algorithm, data).digest()
    except (TypeError, ValueError) as exc:
        raise SignatureError(f"Unsupported digest algorithm {digest_algorithm!r}.") from exc
    signed_attrs = signer_info["signed_attrs"]
    if not signed_attrs:
        raise SignatureError("The signature has no signed attributes (not CAdES).")
    try:
        digest_ok, signature_ok = generic_cms.validate_sig_integrity(
            signer_info, signer_cert, expected_content_type="data", actual_digest=digest
        )
    except Exception:  # pyHanko raises for malformed attributes or bad algorithms
        digest_ok, signature_ok = False, False
    try:
        ess = generic_cms.get_signing_cert_attr(signed_attrs)
    except Exception:
        ess = None
    has_v2 = False
    if isinstance(ess, tsp.SigningCertificateV2):
        certids = ess["certs"]
        has_v2 = len(certids) > 0 and generic_cms.check_ess_certid(  # type: ignore[attr-defined]
            signer_cert, certids[0]
        )
    signing_time = None
    for attr in signed_attrs:
        if attr["type"].native == "signing_time":
            value = attr["values"][0].native
            if isinstance(value, dt.datetime):
                signing_time = value
    return SignatureInfo(
        certificate=_to_crypto(signer_cert),
        certificates=tuple(_to_crypto(c) for c in certs),
        signing_time=signing_time,
        digest_ok=bool(digest_ok),
        signature_ok=bool(signature_ok),
        signing_certificate_v2=bool(has_v2),
        digest_algorithm=str(digest_algorithm),
    )


def _to_crypto(cert: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def certificate_issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when ``issuer`` signed ``certificate`` (names match and the signature verifies)."""
    if certificate.issuer != issuer.subject:
        return False
    public_key = issuer.public_key()
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            assert certificate.signature_hash_algorithm is not None
            public_key.verify(
                certificate.signature,
                certificate.tbs_certificate_bytes,
                ec.ECDSA(certificate.signature_hash_algorithm),
            )
        elif isinstance(public_key, rsa.RSAPublicKey):
            assert certificate.signature_hash_algorithm is not None
            public_key.verify(
                certificate.signature,
                certificate.tbs_certificate_bytes,
                padding.PKCS1v15(),
                certificate.signature_hash_algorithm,
            )
        else:
            return False
    except InvalidSignature:
        return False
    return True


def signed_digest(signature: bytes) -> str:
    """The SHA-256 of a signature file's bytes, hex: how a later sign-off names it."""
    return hashlib.sha256(signature).hexdigest()
