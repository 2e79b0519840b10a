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
no trust decision: whether the signer's certificate chains to a trusted CA
is :mod:`pactdesk.signing.certpath`'s.  :func:`cms_structure_problems` adds
what no signature covers: a bundle's signatures may carry nothing unsigned.
This is the one CMS check in PactDesk: sign-offs, sign-off requests, the
bundle's signatures and the PDF's (:mod:`pactdesk.signing.pades`) all use it.

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
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

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
    """True when ``issuer`` signed ``certificate``: the names match and the signature verifies.

    cryptography's ``verify_directly_issued_by`` does the check (RSA, EC,
    Ed25519 …); a damaged certificate or an unknown algorithm is "not issued".
    """
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def certificate_problem(certificate: x509.Certificate) -> str | None:
    """Why a certificate cannot be read in full (cryptography parses its parts lazily)."""
    try:
        certificate.subject.rfc4514_string()
        certificate.issuer.rfc4514_string()
        _ = certificate.not_valid_before_utc, certificate.not_valid_after_utc
        _ = list(certificate.extensions)
        certificate.public_key()
        _ = certificate.signature_hash_algorithm
    except Exception:  # ValueError, UnsupportedAlgorithm …
        return "the certificate is damaged"
    return None


#: What :func:`cms_structure_problems` finds, by id (the verify report words them).
NOT_DER = "not-der"
UNREADABLE = "unreadable"
UNEXPECTED_VERSION = "unexpected-version"
SEVERAL_SIGNERS = "several-signers"
DIGEST_ALGORITHMS_MISMATCH = "digest-algorithms-mismatch"
NOT_OVER_DATA = "not-over-data"
CARRIES_CRLS = "carries-crls"
UNEXPECTED_SIGNER_VERSION = "unexpected-signer-version"
UNSIGNED_ATTRIBUTES = "unsigned-attributes"
NO_SIGNER_CERTIFICATE = "no-signer-certificate"
DAMAGED_CA_CERTIFICATE = "damaged-ca-certificate"
UNRELATED_CERTIFICATE = "unrelated-certificate"


def _self_issued(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.issuer == certificate.subject)
    except ValueError:  # a damaged name: not a CA's own certificate, whatever it was
        return False


def _is_der(part: Any) -> bool:
    raw = part.dump()
    return bool(type(part).load(raw).dump(force=True) == raw)


def cms_structure_problems(signature: bytes, signer: x509.Certificate) -> list[str]:
    """What in a CMS signature no signature covers, and PactDesk therefore refuses (ids).

    :func:`verify_detached` checks the cryptography; this checks the rest of
    the DER: it must be exactly DER, hold one detached SignerInfo without
    unsigned attributes, no CRLs, and only certificates that are the
    signer's or (verified) issuers of it.  So no byte of a signature file
    can change unnoticed.
    """
    from asn1crypto import cms

    problems: list[str] = []
    try:
        info = cms.ContentInfo.load(signature, strict=True)
        signed = info["content"]
        signer_info = signed["signer_infos"][0]
        # The parts no signature covers must be exactly DER (a flipped bit in
        # an algorithm's NULL parameters, say, must not pass unnoticed).
        uncovered = (
            info["content_type"],
            signed["version"],
            signed["digest_algorithms"],
            signed["encap_content_info"],
            signer_info["version"],
            signer_info["sid"],
            signer_info["digest_algorithm"],
            signer_info["signature_algorithm"],
            signer_info["signature"],
        )
        if not all(_is_der(part) for part in uncovered):
            return [NOT_DER]
        if signed["version"].native not in ("v1", "v3"):
            problems.append(UNEXPECTED_VERSION)
        if len(signed["signer_infos"]) != 1:
            problems.append(SEVERAL_SIGNERS)
        algorithm = signer_info["digest_algorithm"]["algorithm"].native
        declared = [d["algorithm"].native for d in signed["digest_algorithms"]]
        if declared != [algorithm]:
            problems.append(DIGEST_ALGORITHMS_MISMATCH)
        if signed["encap_content_info"]["content_type"].native != "data":
            problems.append(NOT_OVER_DATA)
        if signed["crls"].native:
            problems.append(CARRIES_CRLS)
        if signer_info["version"].native != "v1":
            problems.append(UNEXPECTED_SIGNER_VERSION)
        if signer_info["unsigned_attrs"].native:
            problems.append(UNSIGNED_ATTRIBUTES)
        certificates = [
            x509.load_der_x509_certificate(choice.chosen.dump())
            for choice in signed["certificates"] or []
        ]
    except Exception:  # asn1crypto raises many kinds on damaged DER
        return [UNREADABLE]
    return problems + certificate_set_problems(signer, certificates)


def certificate_set_problems(
    signer: x509.Certificate, certificates: Sequence[x509.Certificate]
) -> list[str]:
    """What is wrong with the certificates a signature carries (ids; empty: nothing).

    They must be the signer's and (verified) issuers of it, up the chain —
    nothing unrelated, since no signature covers them.  CMS and XAdES alike.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    problems: list[str] = []
    signer_der = signer.public_bytes(Encoding.DER)
    linked = [signer]
    others = [c for c in certificates if c.public_bytes(Encoding.DER) != signer_der]
    if len(others) == len(certificates):
        problems.append(NO_SIGNER_CERTIFICATE)
    changed = True
    while changed and others:
        changed = False
        for cert in list(others):
            if any(certificate_issued_by(child, cert) for child in linked):
                if _self_issued(cert) and not certificate_issued_by(cert, cert):
                    problems.append(DAMAGED_CA_CERTIFICATE)
                linked.append(cert)
                others.remove(cert)
                changed = True
    if others:
        problems.append(UNRELATED_CERTIFICATE)
    return problems
