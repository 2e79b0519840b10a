"""CAdES-B-B detached signatures (CMS, DER): made with pyHanko, checked on asn1crypto.

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
is :mod:`pactdesk.signing.certpath`'s.  It is written here, on asn1crypto
(parsing) and cryptography (the signature value), rather than with pyHanko's
``generic_cms``, because importing anything under ``pyhanko.sign`` loads
pyHanko's whole signing stack, aiohttp included: 0.2–0.3 s of every
``pactdesk verify``, more than the verification itself.  What it checks is
RFC 5652's signer-info rules, no more; ``tests/test_verify_cms.py`` holds it
to pyHanko's and openssl's verdicts on the same signatures, byte by byte.
:func:`cms_structure_problems` adds what no signature covers: a bundle's
signatures may carry nothing unsigned.  This is the one CMS check in
PactDesk: sign-offs, sign-off requests, the bundle's signatures and the
PDF's (:mod:`pactdesk.signing.pades`) all use it.

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
from cryptography.hazmat.primitives import hashes, serialization
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


#: Digests a signature may use; anything weaker (SHA-1, MD5) or unknown does not verify.
ACCEPTED_DIGESTS = frozenset({"sha256", "sha384", "sha512"})
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


def _verify_detached(signature: bytes, data: bytes) -> SignatureInfo:
    from asn1crypto import tsp  # noqa: F401 - registers signing-certificate-v2 with cms

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
    certificate = _to_crypto(signer_cert)
    digest_algorithm = signer_info["digest_algorithm"]["algorithm"].native
    signed_attrs = signer_info["signed_attrs"]
    if not signed_attrs:
        raise SignatureError("The signature has no signed attributes (not CAdES).")
    digest_ok = signature_ok = False
    if digest_algorithm in ACCEPTED_DIGESTS:
        digest = hashlib.new(digest_algorithm, data).digest()
        digest_ok = _attributes_name_the_data(signed_attrs, digest)
        signature_ok = _signature_value_holds(signer_info, certificate, digest_algorithm)
    signing_time = None
    for attr in signed_attrs:
        if attr["type"].native == "signing_time":
            value = attr["values"][0].native
            if isinstance(value, dt.datetime):
                signing_time = value
    return SignatureInfo(
        certificate=certificate,
        certificates=tuple(_to_crypto(c) for c in certs),
        signing_time=signing_time,
        digest_ok=digest_ok,
        signature_ok=signature_ok,
        signing_certificate_v2=_names_its_certificate(signed_attrs, signer_cert),
        digest_algorithm=str(digest_algorithm),
    )


def _attribute_values(signed_attrs: Any, name: str) -> list[Any]:
    """The values of the one signed attribute called ``name``; [] when absent or repeated."""
    found = [attr["values"] for attr in signed_attrs if attr["type"].native == name]
    return list(found[0]) if len(found) == 1 else []


def _attributes_name_the_data(signed_attrs: Any, digest: bytes) -> bool:
    """RFC 5652, 5.3 and 11: content-type is id-data and message-digest is the data's digest."""
    content_types = _attribute_values(signed_attrs, "content_type")
    digests = _attribute_values(signed_attrs, "message_digest")
    return (
        len(content_types) == 1
        and content_types[0].native == "data"
        and len(digests) == 1
        and digests[0].native == digest
    )


def _signature_value_holds(
    signer_info: Any, certificate: x509.Certificate, digest_algorithm: str
) -> bool:
    """The signature value over the signed attributes, checked with the certificate's key.

    RFC 5652, 5.4: what is signed is the DER of the attributes with the
    SET OF tag, not the [0] IMPLICIT tag they carry inside SignerInfo.
    The signature algorithm's own digest (ecdsa-with-SHA256 …) must be the
    SignerInfo's; a bare key algorithm (rsaEncryption) uses the SignerInfo's.
    """
    from cryptography.hazmat.primitives.asymmetric import ed25519, padding

    algorithm = signer_info["signature_algorithm"]
    try:
        kind = algorithm.signature_algo
        try:
            hash_name = algorithm.hash_algo
        except ValueError:  # rsaEncryption, ecPublicKey: no digest of its own
            hash_name = digest_algorithm
        if hash_name != digest_algorithm or hash_name not in _HASHES:
            return False
        if kind != "rsassa_pss" and algorithm["parameters"].native is not None:
            return False  # RFC 4055, 5758, 8410: NULL or absent (a NULL reads as None)
        chosen = _HASHES[hash_name]()
        message = signer_info["signed_attrs"].untag().dump()
        value = signer_info["signature"].native
        key = certificate.public_key()
        if kind == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(value, message, ec.ECDSA(chosen))
        elif kind == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(value, message, padding.PKCS1v15(), chosen)
        elif kind == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            params = algorithm["parameters"]
            mgf = params["mask_gen_algorithm"]
            if (
                params["hash_algorithm"]["algorithm"].native != hash_name
                or mgf["algorithm"].native != "mgf1"
                or mgf["parameters"]["algorithm"].native != hash_name
                or params["trailer_field"].native != "trailer_field_bc"
            ):
                return False
            pss = padding.PSS(mgf=padding.MGF1(chosen), salt_length=params["salt_length"].native)
            key.verify(value, message, pss, chosen)
        elif kind == "ed25519" and isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(value, message)
        else:
            return False
    except (InvalidSignature, UnsupportedAlgorithm, ValueError, TypeError, KeyError):
        return False
    return True


def _names_its_certificate(signed_attrs: Any, signer_cert: Any) -> bool:
    """CAdES (RFC 5035): signing-certificate-v2 names the signer's certificate first.

    Its hash (SHA-256 by default) must be the certificate's; an issuer and
    serial, when given, must be the certificate's too.
    """
    from asn1crypto import tsp

    values = _attribute_values(signed_attrs, "signing_certificate_v2")
    if len(values) != 1 or not isinstance(values[0], tsp.SigningCertificateV2):
        return False
    try:
        certids = values[0]["certs"]
        if len(certids) == 0:
            return False
        first = certids[0]
        hash_name = first["hash_algorithm"]["algorithm"].native
        if hash_name not in ACCEPTED_DIGESTS:
            return False
        if hashlib.new(hash_name, signer_cert.dump()).digest() != first["cert_hash"].native:
            return False
        issuer_serial = first["issuer_serial"]
        if issuer_serial.native is None:
            return True
        names = issuer_serial["issuer"]
        return bool(
            issuer_serial["serial_number"].native == signer_cert.serial_number
            and len(names) == 1
            and names[0].name == "directory_name"
            and names[0].chosen == signer_cert.issuer
        )
    except (ValueError, TypeError, KeyError):
        return False


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


_SIGNED_DATA_FIELDS = (
    "version",
    "digest_algorithms",
    "encap_content_info",
    "certificates",
    "crls",
    "signer_infos",
)
_SIGNER_INFO_FIELDS = (
    "version",
    "sid",
    "digest_algorithm",
    "signed_attrs",
    "signature_algorithm",
    "signature",
    "unsigned_attrs",
)


def _children(encoded: bytes) -> list[bytes] | None:
    """The TLVs inside one DER value, as they are in the bytes (None: not DER children).

    Read with asn1crypto's parser, not its object model, whose ``dump()``
    re-encodes a parsed value (slow, and blind to what it re-encodes away).
    An end-of-contents mark (``00 00``) has no place in DER: a length grown
    over zero padding shows up as one.
    """
    from asn1crypto import parser

    contents = parser.parse(encoded, strict=True)[4]
    children: list[bytes] = []
    offset = 0
    while offset < len(contents):
        size = parser.peek(contents[offset:])
        child = contents[offset : offset + size]
        if child[:2] == b"\0\0":
            return None
        children.append(child)
        offset += size
    return children


def _present(value: Any, fields: Sequence[str]) -> int:
    from asn1crypto import core

    return sum(not isinstance(value[name], core.Void) for name in fields)


def _holds_only_its_fields(signature: bytes, signed: Any, signer_info: Any) -> bool:
    """ContentInfo, SignedData and its one SignerInfo hold their fields and nothing more."""
    content_info = _children(signature)
    if content_info is None or len(content_info) != 2:
        return False
    wrapped = _children(content_info[1])  # [0] EXPLICIT SignedData
    if wrapped is None or len(wrapped) != 1:
        return False
    signed_data = _children(wrapped[0])
    if signed_data is None or len(signed_data) != _present(signed, _SIGNED_DATA_FIELDS):
        return False
    signer_infos = _children(signed_data[-1])
    if signer_infos is None or len(signer_infos) != 1:
        return False
    fields = _children(signer_infos[0])
    return fields is not None and len(fields) == _present(signer_info, _SIGNER_INFO_FIELDS)


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
        if not all(_is_der(part) for part in uncovered) or not _holds_only_its_fields(
            signature, signed, signer_info
        ):
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
