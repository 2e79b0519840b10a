"""XAdES-B-B signatures (ETSI EN 319 132-1) for ASiC-E containers (ETSI EN 319 162-1).

The XAdES form of a bundle holds one file per signature,
``META-INF/signaturesNNN.xml``: an ``asic:XAdESSignatures`` root with one
``ds:Signature`` in it that signs the container's data files directly —
one detached ``ds:Reference`` per file, its URI the file's path in the
container, its SHA-256 — and the signature's own ``xades:SignedProperties``:

* ``SigningTime`` and ``SigningCertificateV2`` (the signer's certificate by
  its SHA-256 and ``IssuerSerialV2``);
* ``SignerRoleV2`` with the signer's role (``approver``, ``submitter`` …);
* a ``DataObjectFormat`` (MIME type) per data file, which libdigidocpp and
  DSS compare with ``META-INF/manifest.xml``;
* a ``CommitmentTypeIndication`` (ProofOfApproval for a sign-off,
  ProofOfOrigin for the submitter) whose qualifier carries PactDesk's
  properties, the same ``pd:Property`` elements as the CAdES form's
  manifests (revision, history head, the previous signature's SHA-256 …).
  So the sign-off chain is signed inside every signature, while every
  ``ds:Reference`` still points at a data file, which is all that
  DigiDoc4 and DSS resolve.

The key info carries the signer's certificate and its chain (the CA's
certificate included), so ``xmlsec1 --verify --trusted-pem ca.pem`` can
build the path.  ECDSA (``ecdsa-sha256``, r‖s as XML-DSig 1.1 wants) for
the P-256 identities, RSA PKCS#1 v1.5 (``rsa-sha256``) for imported ones;
exclusive C14N for ``SignedInfo`` and ``SignedProperties``.

Written with lxml and ``cryptography`` rather than signxml: the references
are external files of the container, which signxml neither digests nor
resolves when verifying, and PactDesk needs the bytes to be deterministic
for a given signature value — :func:`read_signature` rebuilds the file
from what it read and refuses it unless every byte is the same, so that
no byte of a signature file (whitespace, a comment, an unsigned
attribute, a base64 padding bit) can change unnoticed, as
:func:`pactdesk.signing.cades.cms_structure_problems` does for CMS.

Pure functions; any thread.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from pactdesk.signing.cades import (
    PrivateKey,
    SignatureInfo,
    certificate_set_problems,
    common_name,
)
from pactdesk.signing.manifest import ASIC_NS, DS_NS, PD_NS, SHA256_URI, ManifestError, check_uri

XADES_NS = "http://uri.etsi.org/01903/v1.3.2#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties"
#: ETSI's commitment types (EN 319 122-1 / XAdES): a sign-off approves, the submitter sends.
PROOF_OF_APPROVAL = "http://uri.etsi.org/01903/v1.2.2#ProofOfApproval"
PROOF_OF_ORIGIN = "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin"
COMMITMENTS = (PROOF_OF_APPROVAL, PROOF_OF_ORIGIN)
SIGNATURE_MIME = "application/xml"
#: The largest signature file :func:`read_signature` reads.
MAX_SIGNATURE_BYTES = 1 << 20

#: The SHA-256 of every certificate the key info carries after the signer's, comma-separated,
#: among the signed properties: the key info itself is signed by nothing.
CHAIN_PROPERTY = "key-info-chain-sha256"

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,40}$")
_PROPERTY_NAME = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_TIME = "%Y-%m-%dT%H:%M:%SZ"


class XadesError(ValueError):
    """A XAdES signature that cannot be made or read; ``str()`` is one sentence."""


@dataclass(frozen=True, slots=True)
class DataReference:
    """One signed file: its path in the container, MIME type and SHA-256."""

    uri: str
    mime_type: str
    digest_sha256: bytes


@dataclass(frozen=True)
class XadesSignature:
    """What a XAdES signature file says, and whether its cryptography holds.

    ``info`` answers like a CAdES signature's (:class:`SignatureInfo`):
    ``signature_ok`` the SignatureValue over SignedInfo, ``digest_ok`` the
    SignedProperties' digest, ``signing_certificate_v2`` its certificate
    digest and issuer-serial naming the key info's first certificate.  The
    data references' digests are the caller's to compare with the files
    (:meth:`changed_references`).  Nothing here says whether the signer is
    trusted.
    """

    signature_id: str
    references: tuple[DataReference, ...]
    role: str
    commitment: str
    properties: Mapping[str, str]
    info: SignatureInfo
    problems: tuple[str, ...] = field(default=())
    #: what is wrong with the certificates in the key info, which no signature covers
    #: (ids of :func:`pactdesk.signing.cades.certificate_set_problems`)
    certificate_problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.info.ok and not self.problems and not self.certificate_problems

    def changed_references(self, get: Any) -> list[tuple[str, str]]:
        """Every reference whose file is not as signed: ``(uri, "missing" | "changed")``."""
        found = []
        for reference in self.references:
            data = get(reference.uri)
            if data is None:
                found.append((reference.uri, "missing"))
            elif hashlib.sha256(data).digest() != reference.digest_sha256:
                found.append((reference.uri, "changed"))
        return found


# ---------------------------------------------------------------- writing


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)


def issuer_serial_v2(certificate: x509.Certificate) -> bytes:
    """DER of the certificate's IssuerSerial (RFC 5035), as ``IssuerSerialV2`` carries it."""
    from asn1crypto import tsp
    from asn1crypto import x509 as asn1_x509

    cert = asn1_x509.Certificate.load(_der(certificate))
    value = tsp.IssuerSerial(
        {
            "issuer": [asn1_x509.GeneralName(name="directory_name", value=cert.issuer)],
            "serial_number": cert.serial_number,
        }
    )
    return bytes(value.dump())


def _algorithm(public_key: Any) -> str:
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return ECDSA_SHA256
    if isinstance(public_key, rsa.RSAPublicKey):
        return RSA_SHA256
    raise XadesError("Only EC and RSA keys can sign.")


def _check_properties(properties: Mapping[str, str]) -> None:
    for name, value in properties.items():
        if not _PROPERTY_NAME.match(name):
            raise XadesError(f"{name!r} is not a property name (a-z, 0-9, -).")
        if (
            value != value.strip()
            or "\r" in value
            or re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", value)
        ):
            raise XadesError(f"The property {name} has surrounding spaces or control characters.")


def _document(
    *,
    signature_id: str,
    references: Sequence[DataReference],
    role: str,
    commitment: str,
    properties: Mapping[str, str],
    signing_time: dt.datetime,
    certificates: Sequence[x509.Certificate],
    algorithm: str,
    signed_properties_digest: bytes,
    signature_value: bytes,
) -> bytes:
    """The signature file's exact bytes (one layout; the same values give the same bytes)."""
    sid = signature_id
    signer = certificates[0]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<asic:XAdESSignatures xmlns:asic="{ASIC_NS}" xmlns:ds="{DS_NS}" '
        f'xmlns:xades="{XADES_NS}">',
        f'<ds:Signature Id="{sid}">',
        "<ds:SignedInfo>",
        f'<ds:CanonicalizationMethod Algorithm="{EXC_C14N}"/>',
        f'<ds:SignatureMethod Algorithm="{algorithm}"/>',
    ]
    for number, reference in enumerate(references, start=1):
        lines += [
            f'<ds:Reference Id="{sid}-ref-{number}" URI={quoteattr(reference.uri)}>',
            f'<ds:DigestMethod Algorithm="{SHA256_URI}"/>',
            f"<ds:DigestValue>{_b64(reference.digest_sha256)}</ds:DigestValue>",
            "</ds:Reference>",
        ]
    lines += [
        f'<ds:Reference Type="{SIGNED_PROPERTIES_TYPE}" URI="#{sid}-signed-properties">',
        f'<ds:Transforms><ds:Transform Algorithm="{EXC_C14N}"/></ds:Transforms>',
        f'<ds:DigestMethod Algorithm="{SHA256_URI}"/>',
        f"<ds:DigestValue>{_b64(signed_properties_digest)}</ds:DigestValue>",
        "</ds:Reference>",
        "</ds:SignedInfo>",
        f'<ds:SignatureValue Id="{sid}-value">{_b64(signature_value)}</ds:SignatureValue>',
        "<ds:KeyInfo>",
        "<ds:X509Data>",
        *(f"<ds:X509Certificate>{_b64(_der(c))}</ds:X509Certificate>" for c in certificates),
        "</ds:X509Data>",
        "</ds:KeyInfo>",
        "<ds:Object>",
        f'<xades:QualifyingProperties Target="#{sid}">',
        f'<xades:SignedProperties Id="{sid}-signed-properties">',
        "<xades:SignedSignatureProperties>",
        f"<xades:SigningTime>{signing_time.strftime(_TIME)}</xades:SigningTime>",
        "<xades:SigningCertificateV2>",
        "<xades:Cert>",
        "<xades:CertDigest>",
        f'<ds:DigestMethod Algorithm="{SHA256_URI}"/>',
        f"<ds:DigestValue>{_b64(hashlib.sha256(_der(signer)).digest())}</ds:DigestValue>",
        "</xades:CertDigest>",
        f"<xades:IssuerSerialV2>{_b64(issuer_serial_v2(signer))}</xades:IssuerSerialV2>",
        "</xades:Cert>",
        "</xades:SigningCertificateV2>",
        "<xades:SignerRoleV2>",
        "<xades:ClaimedRoles>",
        f"<xades:ClaimedRole>{escape(role)}</xades:ClaimedRole>",
        "</xades:ClaimedRoles>",
        "</xades:SignerRoleV2>",
        "</xades:SignedSignatureProperties>",
        "<xades:SignedDataObjectProperties>",
    ]
    for number, reference in enumerate(references, start=1):
        lines += [
            f'<xades:DataObjectFormat ObjectReference="#{sid}-ref-{number}">',
            f"<xades:MimeType>{escape(reference.mime_type)}</xades:MimeType>",
            "</xades:DataObjectFormat>",
        ]
    lines += [
        "<xades:CommitmentTypeIndication>",
        f"<xades:CommitmentTypeId><xades:Identifier>{escape(commitment)}</xades:Identifier>"
        "</xades:CommitmentTypeId>",
        "<xades:AllSignedDataObjects/>",
    ]
    if properties:
        lines += [
            "<xades:CommitmentTypeQualifiers>",
            "<xades:CommitmentTypeQualifier>",
            f'<pd:Properties xmlns:pd="{PD_NS}">',
            *(
                f"<pd:Property Name={quoteattr(name)}>{escape(properties[name])}</pd:Property>"
                for name in sorted(properties)
            ),
            "</pd:Properties>",
            "</xades:CommitmentTypeQualifier>",
            "</xades:CommitmentTypeQualifiers>",
        ]
    lines += [
        "</xades:CommitmentTypeIndication>",
        "</xades:SignedDataObjectProperties>",
        "</xades:SignedProperties>",
        "</xades:QualifyingProperties>",
        "</ds:Object>",
        "</ds:Signature>",
        "</asic:XAdESSignatures>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _parse(raw: bytes) -> Any:
    from lxml import etree

    if len(raw) > MAX_SIGNATURE_BYTES:
        raise XadesError("The signature file is larger than any PactDesk writes.")
    import xml.etree.ElementTree as ET

    import defusedxml.ElementTree as safe_xml
    from defusedxml import DefusedXmlException

    # defusedxml first, as every XML file PactDesk reads (no DTD at all); then lxml,
    # which has the canonicalisation, with entities and the network off as well.
    try:
        safe_xml.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise XadesError("The signature file declares a DTD or entities; refused.") from exc
    except (ET.ParseError, LookupError, ValueError) as exc:
        raise XadesError(f"The signature file is not well-formed XML ({exc}).") from exc
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise XadesError(f"The signature file is not well-formed XML ({exc}).") from exc


def _c14n(element: Any) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(element, method="c14n", exclusive=True, with_comments=False))


_NS = {"ds": DS_NS, "xades": XADES_NS, "asic": ASIC_NS, "pd": PD_NS}


def _one(root: Any, path: str) -> Any:
    found = root.xpath(path, namespaces=_NS)
    if len(found) != 1:
        raise XadesError(f"The signature does not have exactly one {path.rsplit('/', 1)[-1]}.")
    return found[0]


def _chain_digests(certificates: Sequence[x509.Certificate]) -> str:
    return ",".join(hashlib.sha256(_der(c)).hexdigest() for c in certificates[1:]) or "none"


def _sign_value(key: PrivateKey, data: bytes) -> bytes:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        size = (key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def _value_verifies(public_key: Any, value: bytes, data: bytes) -> bool:
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            size = (public_key.curve.key_size + 7) // 8
            if len(value) != 2 * size:
                return False
            der = encode_dss_signature(
                int.from_bytes(value[:size], "big"), int.from_bytes(value[size:], "big")
            )
            public_key.verify(der, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(value, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def sign(
    references: Sequence[DataReference],
    *,
    key: PrivateKey,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate] = (),
    role: str,
    commitment: str,
    properties: Mapping[str, str],
    signature_id: str = "S1",
    signing_time: dt.datetime | None = None,
) -> bytes:
    """A XAdES-B-B signature file over ``references`` (detached, files of the container).

    ``chain`` (the issuing CA's certificate, say) goes into the key info after
    the signer's certificate, so that a validator can build the path.
    """
    from pactdesk.signing.cades import _spki

    if not references:
        raise XadesError("A signature signs at least one file.")
    if not _ID.match(signature_id):
        raise XadesError("The signature's id is not a plain name.")
    if commitment not in COMMITMENTS:
        raise XadesError("Unknown commitment type.")
    uris = [r.uri for r in references]
    if len(set(uris)) != len(uris):
        raise XadesError("A signature names a file twice.")
    try:
        for reference in references:
            check_uri(reference.uri)
    except ManifestError as exc:
        raise XadesError(str(exc)) from exc
    for reference in references:
        if len(reference.digest_sha256) != 32:
            raise XadesError(f"The digest of {reference.uri} is not a SHA-256 digest.")
        if not reference.mime_type or any(c.isspace() for c in reference.mime_type):
            raise XadesError(f"The MIME type of {reference.uri} is empty or has spaces.")
    _check_properties(properties)
    if CHAIN_PROPERTY in properties:
        raise XadesError(f"The property {CHAIN_PROPERTY} is the signature's own.")
    if not role or role != role.strip():
        raise XadesError("The signer's role is empty.")
    if _spki(key.public_key()) != _spki(certificate.public_key()):
        raise XadesError("The private key does not belong to the certificate.")
    certificates = [certificate, *(c for c in chain if c != certificate)]
    properties = {**properties, CHAIN_PROPERTY: _chain_digests(certificates)}
    when = (signing_time or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    values: dict[str, Any] = {
        "signature_id": signature_id,
        "references": references,
        "role": role,
        "commitment": commitment,
        "properties": properties,
        "signing_time": when,
        "certificates": certificates,
        "algorithm": _algorithm(key.public_key()),
    }
    draft = _document(**values, signed_properties_digest=bytes(32), signature_value=b"")
    root = _parse(draft)
    digest = hashlib.sha256(_c14n(_one(root, ".//xades:SignedProperties"))).digest()
    with_digest = _document(**values, signed_properties_digest=digest, signature_value=b"")
    signed_info = _c14n(_one(_parse(with_digest), "ds:Signature/ds:SignedInfo"))
    value = _sign_value(key, signed_info)
    return _document(**values, signed_properties_digest=digest, signature_value=value)


# ---------------------------------------------------------------- reading


def _b64_of(element: Any, what: str) -> bytes:
    text = element.text or ""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise XadesError(f"The {what} is not base64.") from exc


def read_signature(raw: bytes) -> XadesSignature:
    """Read a PactDesk XAdES signature file and check its cryptography (no trust).

    Raises :class:`XadesError` when the file cannot be read at all, or is
    not, byte for byte, what :func:`sign` writes for the values it holds;
    otherwise returns what it found, with ``ok`` telling.
    """
    try:
        return _read(raw)
    except XadesError:
        raise
    except Exception as exc:  # lxml, base64 and certificate parsing raise many kinds
        raise XadesError(f"The signature is damaged ({type(exc).__name__}).") from exc


def _read(raw: bytes) -> XadesSignature:
    root = _parse(raw)
    if root.tag != f"{{{ASIC_NS}}}XAdESSignatures":
        raise XadesError("The file is not an ASiC XAdES signature file (XAdESSignatures).")
    signature = _one(root, "ds:Signature")
    sid = signature.get("Id") or ""
    if not _ID.match(sid):
        raise XadesError("The signature's id is not a plain name.")
    signed_info = _one(signature, "ds:SignedInfo")
    algorithm = _one(signed_info, "ds:SignatureMethod").get("Algorithm")
    if algorithm not in (ECDSA_SHA256, RSA_SHA256):
        raise XadesError("The signature's algorithm is not ECDSA or RSA with SHA-256.")
    data_refs = signed_info.xpath("ds:Reference[not(@Type)]", namespaces=_NS)
    props_ref = _one(signed_info, f"ds:Reference[@Type='{SIGNED_PROPERTIES_TYPE}']")
    properties_element = _one(
        signature, "ds:Object/xades:QualifyingProperties/xades:SignedProperties"
    )
    mimes = {
        element.get("ObjectReference"): _one(element, "xades:MimeType").text or ""
        for element in properties_element.xpath(
            "xades:SignedDataObjectProperties/xades:DataObjectFormat", namespaces=_NS
        )
    }
    references = []
    for number, element in enumerate(data_refs, start=1):
        uri = element.get("URI") or ""
        references.append(
            DataReference(
                uri=uri,
                mime_type=mimes.get(f"#{sid}-ref-{number}", ""),
                digest_sha256=_b64_of(_one(element, "ds:DigestValue"), "digest"),
            )
        )
    certificates = [
        x509.load_der_x509_certificate(_b64_of(element, "certificate"))
        for element in signature.xpath("ds:KeyInfo/ds:X509Data/ds:X509Certificate", namespaces=_NS)
    ]
    if not certificates:
        raise XadesError("The signature does not carry its signer's certificate.")
    ssp = "xades:SignedSignatureProperties/"
    time_text = _one(properties_element, ssp + "xades:SigningTime").text or ""
    try:
        signing_time = dt.datetime.strptime(time_text, _TIME).replace(tzinfo=dt.UTC)
    except ValueError as exc:
        raise XadesError("The signing time is not a UTC time PactDesk writes.") from exc
    role = _one(properties_element, ssp + "xades:SignerRoleV2/xades:ClaimedRoles/xades:ClaimedRole")
    indication = "xades:SignedDataObjectProperties/xades:CommitmentTypeIndication/"
    commitment = _one(properties_element, indication + "xades:CommitmentTypeId/xades:Identifier")
    properties: dict[str, str] = {}
    for element in properties_element.xpath(
        indication + "xades:CommitmentTypeQualifiers/xades:CommitmentTypeQualifier/"
        "pd:Properties/pd:Property",
        namespaces=_NS,
    ):
        name = element.get("Name") or ""
        if name in properties:
            raise XadesError(f"The property {name} appears twice.")
        properties[name] = element.text or ""
    value = _b64_of(_one(signature, "ds:SignatureValue"), "signature value")
    claimed_digest = _b64_of(_one(props_ref, "ds:DigestValue"), "digest")
    try:
        for reference in references:
            check_uri(reference.uri)
        _check_properties(properties)
        rebuilt = _document(
            signature_id=sid,
            references=references,
            role=role.text or "",
            commitment=commitment.text or "",
            properties=properties,
            signing_time=signing_time,
            certificates=certificates,
            algorithm=algorithm,
            signed_properties_digest=claimed_digest,
            signature_value=value,
        )
    except (ManifestError, XadesError) as exc:
        raise XadesError(f"The signature is not in PactDesk's form: {exc}") from exc
    if rebuilt != raw:
        raise XadesError("The signature file is not in PactDesk's exact form.")

    signer = certificates[0]
    digest_ok = hashlib.sha256(_c14n(properties_element)).digest() == claimed_digest
    signature_ok = _value_verifies(signer.public_key(), value, _c14n(signed_info))
    cert_digest = _b64_of(
        _one(
            properties_element,
            ssp + "xades:SigningCertificateV2/xades:Cert/xades:CertDigest/ds:DigestValue",
        ),
        "certificate digest",
    )
    issuer_serial = _b64_of(
        _one(
            properties_element, ssp + "xades:SigningCertificateV2/xades:Cert/xades:IssuerSerialV2"
        ),
        "issuer and serial",
    )
    v2_ok = cert_digest == hashlib.sha256(
        _der(signer)
    ).digest() and issuer_serial == issuer_serial_v2(signer)
    problems = []
    if properties.pop(CHAIN_PROPERTY, None) != _chain_digests(certificates):
        problems.append("the certificates in the key info are not those the signature names")
    if commitment.text not in COMMITMENTS:
        problems.append("the signature's commitment type is not one PactDesk writes")
    if any(not r.mime_type for r in references):
        problems.append("a signed file has no MIME type")
    info = SignatureInfo(
        certificate=signer,
        certificates=tuple(certificates),
        signing_time=signing_time,
        digest_ok=digest_ok,
        signature_ok=signature_ok,
        signing_certificate_v2=v2_ok,
        digest_algorithm="sha256",
    )
    return XadesSignature(
        signature_id=sid,
        references=tuple(references),
        role=role.text or "",
        commitment=commitment.text or "",
        properties=properties,
        info=info,
        problems=tuple(problems),
        certificate_problems=tuple(certificate_set_problems(signer, certificates)),
    )


def signer_name(signature: XadesSignature) -> str:
    return common_name(signature.info.certificate)
