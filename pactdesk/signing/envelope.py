"""Encryption to recipients' certificates: CMS AuthEnvelopedData (RFC 5083), DER.

Exchange packages carry unpublished policy plans by e-mail, so they can be
encrypted to each recipient's certificate:

* content: AES-256-GCM (RFC 5084), a fresh key and 12-byte nonce per file,
  16-byte tag in ``mac``;
* the content key is wrapped with AES-256 key wrap (RFC 3394) under a key
  agreed by ephemeral-static ECDH with each recipient's P-256 key
  (``dhSinglePass-stdDH-sha256kdf-scheme``, RFC 5753: ANSI X9.63 KDF with
  SHA-256 over the ECC-CMS-SharedInfo), one ``KeyAgreeRecipientInfo`` per
  recipient, named by issuer and serial number.

The result opens with ``openssl cms -decrypt -inform DER -inkey KEY.pem
-recip CERT.pem``, and PactDesk opens it with the recipient's own identity
(:func:`decrypt`).  No library on PyPI builds this form (``cryptography``
encrypts to RSA keys only), so it is assembled here with asn1crypto's CMS
structures and ``cryptography``'s primitives.

Pure functions; safe on any thread.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import cms, core, keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

ECDH_SHA256_KDF = "1.3.132.1.11.1"  # dhSinglePass-stdDH-sha256kdf-scheme
KEY_BITS = 256


class GcmParameters(core.Sequence):  # type: ignore[misc]
    """GCMParameters (RFC 5084): the nonce and the tag length; asn1crypto has no class for it."""

    _fields = [("aes_nonce", core.OctetString), ("aes_icvlen", core.Integer, {"default": 12})]


class EnvelopeError(ValueError):
    """A file that cannot be encrypted or opened; ``str()`` is one sentence for the person."""


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who an encrypted file is for, as its recipient info names them."""

    issuer: str
    serial_number: int

    def matches(self, certificate: x509.Certificate) -> bool:
        return (
            certificate.serial_number == self.serial_number
            and _asn1_cert(certificate).issuer.human_friendly == self.issuer
        )


def _asn1_cert(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


#: AlgorithmIdentifier of id-aes256-wrap, parameters absent (RFC 3565), DER
_WRAP_ALGORITHM = bytes.fromhex("300b060960864801650304012d")


def _shared_info() -> bytes:
    # ECC-CMS-SharedInfo ::= SEQUENCE { keyInfo AlgorithmIdentifier,
    #   entityUInfo [0] EXPLICIT OCTET STRING OPTIONAL, suppPubInfo [2] EXPLICIT OCTET STRING }
    supp = bytes(core.OctetString(KEY_BITS.to_bytes(4, "big"), explicit=2).dump())
    body = _WRAP_ALGORITHM + supp
    return b"\x30" + bytes([len(body)]) + body


def _wrap_algorithm() -> core.Any:
    return core.Any.load(_WRAP_ALGORITHM)


def _kek(private_key: ec.EllipticCurvePrivateKey, peer: ec.EllipticCurvePublicKey) -> bytes:
    secret = private_key.exchange(ec.ECDH(), peer)
    return X963KDF(
        algorithm=hashes.SHA256(), length=KEY_BITS // 8, sharedinfo=_shared_info()
    ).derive(secret)


def encrypt(data: bytes, recipients: Sequence[x509.Certificate]) -> bytes:
    """``data`` encrypted to every certificate in ``recipients`` (P-256 keys), as DER."""
    if not recipients:
        raise EnvelopeError("Name at least one recipient's certificate to encrypt to.")
    content_key = AESGCM.generate_key(bit_length=256)
    infos = []
    for certificate in recipients:
        public = certificate.public_key()
        if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
            raise EnvelopeError(
                f"The certificate of {_name(certificate)} does not have a P-256 key; "
                "PactDesk encrypts to P-256 identities only."
            )
        ephemeral = ec.generate_private_key(ec.SECP256R1())
        wrapped = aes_key_wrap(_kek(ephemeral, public), content_key)
        point = ephemeral.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        cert = _asn1_cert(certificate)
        kari = cms.KeyAgreeRecipientInfo(
            {
                "version": "v3",
                "originator": cms.OriginatorIdentifierOrKey(
                    name="originator_key",
                    value=keys.PublicKeyInfo(
                        {"algorithm": {"algorithm": "ec"}, "public_key": point}
                    ),
                ),
                "key_encryption_algorithm": {
                    "algorithm": ECDH_SHA256_KDF,
                    "parameters": _wrap_algorithm(),
                },
                "recipient_encrypted_keys": [
                    {
                        "rid": cms.KeyAgreementRecipientIdentifier(
                            name="issuer_and_serial_number",
                            value=cms.IssuerAndSerialNumber(
                                {"issuer": cert.issuer, "serial_number": cert.serial_number}
                            ),
                        ),
                        "encrypted_key": wrapped,
                    }
                ],
            }
        )
        infos.append(cms.RecipientInfo(name="kari", value=kari))
    nonce = os.urandom(12)
    sealed = AESGCM(content_key).encrypt(nonce, data, None)
    ciphertext, tag = sealed[:-16], sealed[-16:]
    gcm = GcmParameters({"aes_nonce": nonce, "aes_icvlen": 16})
    envelope = cms.AuthEnvelopedData(
        {
            "version": "v0",
            "recipient_infos": infos,
            "auth_encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": {"algorithm": "aes256_gcm", "parameters": gcm},
                "encrypted_content": ciphertext,
            },
            "mac": tag,
        }
    )
    info = cms.ContentInfo({"content_type": "authenticated_enveloped_data", "content": envelope})
    return bytes(info.dump())


def _name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def _load(raw: bytes) -> cms.AuthEnvelopedData:
    try:
        info = cms.ContentInfo.load(raw, strict=True)
        if info["content_type"].native != "authenticated_enveloped_data":
            raise EnvelopeError("The file is a CMS object but not an encrypted package.")
        envelope = info["content"]
        envelope["recipient_infos"]  # noqa: B018 - parse now, not later
        envelope["auth_encrypted_content_info"]  # noqa: B018
    except EnvelopeError:
        raise
    except Exception as exc:  # asn1crypto raises ValueError, TypeError, …
        raise EnvelopeError("The file is not a readable encrypted package.") from exc
    return envelope


def looks_encrypted(raw: bytes) -> bool:
    """True when ``raw`` starts like a DER ContentInfo of AuthEnvelopedData."""
    return (
        raw[:1] == b"\x30" and b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17" in raw[:32]
    )


def recipients(raw: bytes) -> list[Recipient]:
    """Whom an encrypted file is for (by issuer and serial number)."""
    out = []
    try:
        for info in _load(raw)["recipient_infos"]:
            if info.name != "kari":
                continue
            for rek in info.chosen["recipient_encrypted_keys"]:
                rid = rek["rid"]
                if rid.name == "issuer_and_serial_number":
                    out.append(
                        Recipient(
                            rid.chosen["issuer"].human_friendly,
                            int(rid.chosen["serial_number"].native),
                        )
                    )
    except EnvelopeError:
        raise
    except Exception as exc:
        raise EnvelopeError("The file is not a readable encrypted package.") from exc
    return out


def decrypt(raw: bytes, *, key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> bytes:
    """Open an encrypted file with one recipient's key; :class:`EnvelopeError` otherwise.

    A changed byte anywhere in the ciphertext, the tag or the wrapped key is
    refused (GCM's tag and AES key wrap's integrity check).
    """
    try:
        return _decrypt(raw, key=key, certificate=certificate)
    except EnvelopeError:
        raise
    except Exception as exc:  # damage shows up on first use in asn1crypto
        raise EnvelopeError(f"The encrypted package is damaged ({type(exc).__name__}).") from exc


def _decrypt(
    raw: bytes, *, key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate
) -> bytes:
    envelope = _load(raw)
    wanted = _asn1_cert(certificate)
    found = None
    for info in envelope["recipient_infos"]:
        if info.name != "kari":
            continue
        kari = info.chosen
        for rek in kari["recipient_encrypted_keys"]:
            rid = rek["rid"]
            if (
                rid.name == "issuer_and_serial_number"
                and rid.chosen["issuer"] == wanted.issuer
                and rid.chosen["serial_number"].native == wanted.serial_number
            ):
                found = (kari, rek)
    if found is None:
        raise EnvelopeError(
            f"The package is not encrypted for {_name(certificate)}: it can be opened only "
            "with the identity of someone it was sent to."
        )
    kari, rek = found
    algorithm = kari["key_encryption_algorithm"]
    if algorithm["algorithm"].dotted != ECDH_SHA256_KDF:
        raise EnvelopeError("The package's key is agreed in a way PactDesk does not read.")
    if kari["originator"].name != "originator_key":
        raise EnvelopeError("The package does not carry the sender's ephemeral key.")
    point = bytes(kari["originator"].chosen["public_key"].contents[1:])
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    try:
        content_key = aes_key_unwrap(_kek(key, peer), bytes(rek["encrypted_key"].native))
    except InvalidUnwrap as exc:
        raise EnvelopeError(
            "The package's key does not open: it is damaged or was changed."
        ) from exc
    content = envelope["auth_encrypted_content_info"]
    cea = content["content_encryption_algorithm"]
    if cea["algorithm"].native != "aes256_gcm":
        raise EnvelopeError("The package is encrypted in a way PactDesk does not read.")
    params = GcmParameters.load(cea["parameters"].dump())
    nonce = bytes(params["aes_nonce"].native)
    icvlen = int(params["aes_icvlen"].native)
    tag = bytes(envelope["mac"].native)
    if icvlen != 16 or len(tag) != 16:
        raise EnvelopeError("The package's integrity tag is not the 16 bytes PactDesk requires.")
    ciphertext = bytes(content["encrypted_content"].native or b"")
    aad = envelope["auth_attrs"].untag().dump() if envelope["auth_attrs"] else None
    try:
        return AESGCM(content_key).decrypt(nonce, ciphertext + tag, aad)
    except InvalidTag as exc:
        raise EnvelopeError(
            "The encrypted package was changed after it was made (its integrity check fails)."
        ) from exc
