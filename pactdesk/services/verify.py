"""Verify a submission bundle: structure, digests, signatures, chain, signers, trust.

What a recipient (a Commission desk officer) needs to know about a bundle,
as a :class:`BundleReport`: valid or not and why, and for every signature
who signed, in which role, when, for which revision, and whether the signer
chains to a CA the recipient trusts.  ``pactdesk verify`` prints it; the
verify dialog shows it.

The checks, in order (every problem found is reported, not only the first):

1. the container: a safe ZIP, ``mimetype`` first and stored, no preview
   marker, nothing but the files a bundle has (:mod:`pactdesk.signing.asic`);
2. every manifest is read strictly and every digest it names is recomputed;
3. every signature is a CAdES detached CMS over its manifest's exact bytes:
   digest, signature value, signing-certificate-v2, and nothing in the CMS
   that no signature covers (no unsigned attributes, no CRLs, no
   certificate that is not the signer's or its issuer's);
4. the chain: sign-offs numbered 001, 002, … each naming the previous
   sign-off's signature, all at the revision the contribution carries; the
   last manifest is the submitter's, covering every other file;
5. the PDF's own (PAdES) signature is the submitter's and covers the file;
6. trust: every signer's certificate chains to one of the given CA
   certificates; without any, the report says plainly that identities were
   not checked.

What cannot be proven offline — that the signing times are true (they are
the signer's computer's clock), and that no certificate was revoked — is
said in the report's ``limits``.

Qt-free; runs on whichever thread calls it (the dialog calls it off the GUI
thread).  Reads only the bundle and the trust files; writes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509

from pactdesk.services.jobs import Cancelled, check
from pactdesk.signing.asic import MIMETYPE, MIMETYPE_NAME, Container, ContainerError, read_container
from pactdesk.signing.cades import find_signer_certificate

if TYPE_CHECKING:
    from pactdesk.signing.cades import SignatureInfo

CONTRIBUTION_JSON = "contribution.json"
CONTRIBUTION_XLSX = "contribution.xlsx"
CONTRIBUTION_PDF = "contribution.pdf"
CHANGES_JSON = "changes.json"
PREVIEW_MARKER = "META-INF/preview"
DATA_FILES = (CONTRIBUTION_JSON, CONTRIBUTION_XLSX, CONTRIBUTION_PDF)

MANIFEST_NAME = re.compile(r"^META-INF/ASiCManifest(\d{3})\.xml$")
SIGNATURE_NAME = re.compile(r"^META-INF/signature(\d{3})\.p7s$")

#: Manifest properties of the submitter's final manifest.
KIND_PROPERTY = "kind"
SUBMISSION_KIND = "submission"
SUPERSEDES_PROPERTY = "supersedes-sha256"
#: The ``format`` property of a sign-off's manifest (see :mod:`pactdesk.signing.sign_off_manifest`).
SIGN_OFF_FORMAT = "pactdesk.sign-off/1"

LIMITS = (
    "The signing times are what each signer's computer said; no trusted time-stamp proves them.",
    "Whether a certificate was revoked after it was issued cannot be checked offline.",
)
NOT_CHECKED = (
    "The signers' identities were not checked: no trusted CA certificate was given "
    "(use --trust CA.pem). Anyone can make a certificate with any name."
)

Progress = Callable[[float, str], None]


class TrustFileError(ValueError):
    """A ``--trust`` file that is not a certificate; ``str()`` says which and why."""


@dataclass(frozen=True, slots=True)
class SignerReport:
    """One signature in the bundle: a sign-off, or the submitter's final signature."""

    kind: str  # "sign-off" or "submission"
    number: int
    role: str
    name: str
    organisation: str
    email: str
    issuer: str
    signed_at: dt.datetime | None
    revision: int | None
    manifest: str
    signature: str
    signature_ok: bool  # the signature verifies over its manifest's bytes
    content_ok: bool  # every file the manifest names is in the bundle, unchanged
    trusted: bool | None  # None: no trusted CA was given
    certificate_sha256: str
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "number": self.number,
            "role": self.role,
            "name": self.name,
            "organisation": self.organisation,
            "email": self.email,
            "issuer": self.issuer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "revision": self.revision,
            "manifest": self.manifest,
            "signature": self.signature,
            "signature_ok": self.signature_ok,
            "content_ok": self.content_ok,
            "trusted": self.trusted,
            "certificate_sha256": self.certificate_sha256,
            "problems": list(self.problems),
        }

    def describe(self) -> str:
        who = self.name + (f" ({self.organisation})" if self.organisation else "")
        when = self.signed_at.strftime("%Y-%m-%d %H:%M UTC") if self.signed_at else "no time"
        what = "submitted" if self.kind == "submission" else f"signed as {self.role}"
        revision = f", revision {self.revision}" if self.revision is not None else ""
        trust = {None: "identity not checked", True: "trusted", False: "NOT trusted"}[self.trusted]
        state = "signature valid" if self.signature_ok else "signature INVALID"
        if not self.content_ok:
            state += ", but what it signed was CHANGED"
        return f"{who} {what} on {when}{revision}: {state}, {trust}"


@dataclass(frozen=True, slots=True)
class FileReport:
    name: str
    size: int
    sha256: str
    signed_by: tuple[int, ...]  # the numbers of the manifests that name it


@dataclass(frozen=True, slots=True)
class BundleReport:
    """The outcome of :func:`verify_bundle`: ``valid`` and, when not, ``problems`` say why."""

    source: str
    sha256: str
    valid: bool
    problems: tuple[str, ...]
    preview: bool
    trust_checked: bool
    member_state: str | None = None
    cycle: int | None = None
    language: str | None = None
    revision: int | None = None
    supersedes: str | None = None
    signers: tuple[SignerReport, ...] = ()
    files: tuple[FileReport, ...] = ()
    pdf_signed_by: str | None = None
    notes: tuple[str, ...] = ()
    limits: tuple[str, ...] = LIMITS

    @property
    def verdict(self) -> str:
        """One line: what a desk officer needs to know first."""
        if self.valid:
            what = (
                f"{self.member_state}'s contribution for {self.cycle}"
                if self.member_state
                else "the contribution"
            )
            trust = (
                "every signer is trusted"
                if self.trust_checked
                else "the signers' identities were NOT checked"
            )
            return (
                f"Valid bundle: {what}, revision {self.revision}, {len(self.signers)} "
                f"signature{'s' if len(self.signers) != 1 else ''}; {trust}."
            )
        if self.preview:
            return "Not a submission: this is an unsigned PREVIEW bundle."
        return f"Not a valid bundle: {self.problems[0] if self.problems else 'unknown reason'}"

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "valid": self.valid,
            "verdict": self.verdict,
            "problems": list(self.problems),
            "preview": self.preview,
            "trust_checked": self.trust_checked,
            "member_state": self.member_state,
            "cycle": self.cycle,
            "language": self.language,
            "revision": self.revision,
            "supersedes": self.supersedes,
            "signers": [signer.to_json() for signer in self.signers],
            "files": [
                {"name": f.name, "size": f.size, "sha256": f.sha256, "signed_by": list(f.signed_by)}
                for f in self.files
            ],
            "pdf_signed_by": self.pdf_signed_by,
            "notes": list(self.notes),
            "limits": list(self.limits),
        }

    def lines(self) -> list[str]:
        """The report as text for a terminal."""
        out = [self.verdict]
        if len(self.problems) > 1 or (self.problems and self.preview):
            out += [f"  problem: {problem}" for problem in self.problems]
        if self.member_state:
            out.append(
                f"Contribution: {self.member_state}, cycle {self.cycle}, language "
                f"{self.language}, revision {self.revision}"
            )
        if self.supersedes:
            out.append(f"Replaces the bundle with SHA-256 {self.supersedes}")
        for signer in self.signers:
            out.append(f"  {signer.number:03d} {signer.describe()}")
            out += [f"      problem: {problem}" for problem in signer.problems]
        if self.pdf_signed_by:
            out.append(f"The PDF carries its own signature by {self.pdf_signed_by}.")
        out += list(self.notes)
        out += [f"Note: {limit}" for limit in self.limits]
        out.append(f"Bundle SHA-256: {self.sha256}")
        return out


# ---------------------------------------------------------------- trust anchors


def load_trust_anchors(paths: Sequence[Path]) -> list[x509.Certificate]:
    """Every certificate in the given PEM or DER files; :class:`TrustFileError` if one has none."""
    anchors: list[x509.Certificate] = []
    for path in paths:
        raw = path.read_bytes()
        try:
            if b"-----BEGIN CERTIFICATE-----" in raw:
                found = x509.load_pem_x509_certificates(raw)
            else:
                found = [x509.load_der_x509_certificate(raw)]
        except ValueError as exc:
            raise TrustFileError(f"{path.name} is not a certificate file (PEM or DER).") from exc
        if not found:
            raise TrustFileError(f"{path.name} holds no certificate.")
        anchors.extend(found)
    return anchors


# ---------------------------------------------------------------- the checks


@dataclass
class _Signature:
    number: int
    manifest_name: str
    signature_name: str
    manifest: Any  # pactdesk.signing.manifest.Manifest
    info: Any | None  # pactdesk.signing.cades.SignatureInfo
    problems: list[str] = field(default_factory=list)
    signature_ok: bool = False  # the CMS verifies over the manifest, nothing unsigned in it
    content_ok: bool = True  # every file the manifest names is there and matches


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _common(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    """:func:`pactdesk.signing.cades.certificate_issued_by`, false for damaged certificates."""
    from pactdesk.signing.cades import certificate_issued_by

    try:
        return certificate_issued_by(certificate, issuer)
    except Exception:  # an unknown algorithm, a key that does not load …
        return False


def verify_cms(signature: bytes, data: bytes) -> SignatureInfo:
    """The checks of :func:`pactdesk.signing.cades.verify_detached`, without loading pyHanko.

    Same result type and meaning (digest, signature value, and
    signing-certificate-v2 naming the signer's certificate; no trust
    decision), done with asn1crypto and cryptography alone: importing
    pyHanko's validation code takes about 0.23 s, which a desk officer would
    otherwise wait for on every ``pactdesk verify`` and the first check in
    the window.  A test holds the two to the same answers.
    """
    from asn1crypto import (
        cms,
        tsp,  # noqa: F401 - teaches cms the signing-certificate-v2 attribute
    )

    from pactdesk.signing.cades import SignatureError, SignatureInfo

    try:
        content_info = cms.ContentInfo.load(signature, strict=True)
        if content_info["content_type"].native != "signed_data":
            raise SignatureError("The file is a CMS object but not a signature (SignedData).")
        signed_data = content_info["content"]
        if signed_data["encap_content_info"]["content"].native is not None:
            raise SignatureError(
                "The signature embeds its content; a detached signature was expected."
            )
        signer_infos = signed_data["signer_infos"]
        if len(signer_infos) != 1:
            raise SignatureError(
                f"The signature has {len(signer_infos)} signers; a sign-off has exactly one."
            )
        signer_info = signer_infos[0]
        certs = [c.chosen for c in signed_data["certificates"] or [] if c.name == "certificate"]
        signer_cert = find_signer_certificate(signer_info, certs)
        digest_algorithm = str(signer_info["digest_algorithm"]["algorithm"].native)
        signed_attrs = signer_info["signed_attrs"]
        if not signed_attrs:
            raise SignatureError("The signature has no signed attributes (not CAdES).")
        attributes: dict[str, Any] = {}
        for attribute in signed_attrs:
            kind = attribute["type"].native
            values = attribute["values"]
            if kind in attributes or len(values) != 1:
                raise SignatureError("The signature's signed attributes are ambiguous.")
            attributes[kind] = values[0]
    except SignatureError:
        raise
    except Exception as exc:  # asn1crypto raises ValueError, TypeError, KeyError …
        raise SignatureError("The signature is not a readable CMS (DER) object.") from exc
    try:
        digest = hashlib.new(digest_algorithm, data).digest()
    except (TypeError, ValueError) as exc:
        raise SignatureError(f"Unsupported digest algorithm {digest_algorithm!r}.") from exc

    try:
        certificate = x509.load_der_x509_certificate(signer_cert.dump())
        others = tuple(x509.load_der_x509_certificate(c.dump()) for c in certs)
    except Exception as exc:  # a damaged certificate
        raise SignatureError("A certificate in the signature is damaged.") from exc
    digest_ok = False
    signature_ok = False
    has_v2 = False
    signing_time = None
    try:
        content_type = attributes.get("content_type")
        message_digest = attributes.get("message_digest")
        digest_ok = (
            content_type is not None
            and content_type.native == "data"
            and signed_data["encap_content_info"]["content_type"].native == "data"
            and message_digest is not None
            and message_digest.native == digest
        )
        signature_ok = _signature_verifies(
            certificate,
            signer_info,
            signed_attrs.untag().dump(),
            digest_algorithm,
        )
        ess = attributes.get("signing_certificate_v2")
        if ess is not None and len(ess["certs"]) > 0:
            cert_id = ess["certs"][0]
            algorithm = cert_id["hash_algorithm"]["algorithm"].native or "sha256"
            has_v2 = hashlib.new(algorithm, signer_cert.dump()).digest() == (
                cert_id["cert_hash"].native
            )
            issuer_serial = cert_id["issuer_serial"]
            if has_v2 and issuer_serial.native is not None:
                has_v2 = issuer_serial["serial_number"].native == signer_cert.serial_number
        when = attributes.get("signing_time")
        if when is not None and isinstance(when.native, dt.datetime):
            signing_time = when.native
    except Exception:  # malformed attributes: the signature does not hold
        signature_ok = False
    return SignatureInfo(
        certificate=certificate,
        certificates=others,
        signing_time=signing_time,
        digest_ok=bool(digest_ok),
        signature_ok=bool(signature_ok),
        signing_certificate_v2=bool(has_v2),
        digest_algorithm=digest_algorithm,
    )


def _signature_verifies(
    certificate: x509.Certificate, signer_info: Any, signed: bytes, digest_algorithm: str
) -> bool:
    """The signature value over the DER of the signed attributes, with the signer's key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

    algorithm = signer_info["signature_algorithm"]
    value = signer_info["signature"].native
    kind = algorithm.signature_algo
    try:
        hash_name = algorithm.hash_algo
    except ValueError:  # "ecdsa" or "rsassa_pkcs1v15" alone: the digest algorithm's hash
        hash_name = digest_algorithm
    hashes_by_name: dict[str, hashes.HashAlgorithm] = {
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }
    public_key = certificate.public_key()
    try:
        if kind == "ed25519" and isinstance(public_key, ed25519.Ed25519PublicKey):
            public_key.verify(value, signed)
            return True
        chosen = hashes_by_name.get(str(hash_name))
        if chosen is None:
            return False
        if kind == "ecdsa" and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(value, signed, ec.ECDSA(chosen))
        elif kind == "rsassa_pkcs1v15" and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(value, signed, padding.PKCS1v15(), chosen)
        elif kind == "rsassa_pss" and isinstance(public_key, rsa.RSAPublicKey):
            params = algorithm["parameters"]
            pss_hash = hashes_by_name.get(str(params["hash_algorithm"]["algorithm"].native))
            mgf_hash = hashes_by_name.get(
                str(params["mask_gen_algorithm"]["parameters"]["algorithm"].native)
            )
            if pss_hash is None or mgf_hash is None:
                return False
            public_key.verify(
                value,
                signed,
                padding.PSS(mgf=padding.MGF1(mgf_hash), salt_length=params["salt_length"].native),
                pss_hash,
            )
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _self_issued(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.issuer == certificate.subject)
    except ValueError:  # a damaged name: not a CA's own certificate, whatever it was
        return False


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
        return "the signer's certificate is damaged"
    return None


def _is_der(part: Any) -> bool:
    raw = part.dump()
    return bool(type(part).load(raw).dump(force=True) == raw)


def cms_structure_problems(signature: bytes, signer: x509.Certificate) -> list[str]:
    """What in a CMS signature no signature covers, and PactDesk therefore refuses.

    :func:`verify_cms` checks the cryptography;
    this checks the rest of the DER: it must be exactly DER, hold one
    detached SignerInfo without unsigned attributes, no CRLs, and only
    certificates that are the signer's or (verified) issuers of it.  So no
    byte of a signature file can change unnoticed.
    """
    from asn1crypto import cms
    from cryptography.hazmat.primitives.serialization import Encoding

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
            return ["the signature is not in DER encoding"]
        if signed["version"].native not in ("v1", "v3"):
            problems.append("the signature has an unexpected SignedData version")
        if len(signed["signer_infos"]) != 1:
            problems.append("the signature has more than one signer")
        algorithm = signer_info["digest_algorithm"]["algorithm"].native
        declared = [d["algorithm"].native for d in signed["digest_algorithms"]]
        if declared != [algorithm]:
            problems.append("the signature's digest algorithms do not match its signer's")
        if signed["encap_content_info"]["content_type"].native != "data":
            problems.append("the signature is not over plain data")
        if signed["crls"].native:
            problems.append("the signature carries revocation lists PactDesk does not read")
        if signer_info["version"].native != "v1":
            problems.append("the signer's SignerInfo has an unexpected version")
        if signer_info["unsigned_attrs"].native:
            problems.append("the signature carries unsigned attributes")
        certificates = [
            x509.load_der_x509_certificate(choice.chosen.dump())
            for choice in signed["certificates"] or []
        ]
    except Exception:  # asn1crypto raises many kinds on damaged DER
        return ["the signature is not a readable CMS object"]
    signer_der = signer.public_bytes(Encoding.DER)
    linked = [signer]
    others = [c for c in certificates if c.public_bytes(Encoding.DER) != signer_der]
    if len(others) == len(certificates):
        problems.append("the signature does not carry its signer's certificate")
    changed = True
    while changed and others:
        changed = False
        for cert in list(others):
            if any(_issued_by(child, cert) for child in linked):
                if _self_issued(cert) and not _issued_by(cert, cert):
                    problems.append("a CA certificate in the signature is damaged")
                linked.append(cert)
                others.remove(cert)
                changed = True
    if others:
        problems.append("the signature carries a certificate unrelated to its signer")
    return problems


def _chains_to(
    certificate: x509.Certificate,
    pool: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    at: dt.datetime,
) -> str | None:
    """Why ``certificate`` does not chain through ``pool`` to one of ``anchors`` (None: it does).

    Every certificate on the path must be valid at ``at`` (the signing time
    the signature claims) and every issuer a CA.
    """

    def valid_at(cert: x509.Certificate) -> bool:
        return cert.not_valid_before_utc <= at <= cert.not_valid_after_utc

    def is_ca(cert: x509.Certificate) -> bool:
        try:
            return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
        except x509.ExtensionNotFound:
            return False

    current = certificate
    if not valid_at(current):
        return "certificate was not valid at the time of signing"
    for _ in range(6):
        for anchor in anchors:
            if _issued_by(current, anchor) and is_ca(anchor) and valid_at(anchor):
                return None
        step = next(
            (
                c
                for c in pool
                if c != current and is_ca(c) and valid_at(c) and _issued_by(current, c)
            ),
            None,
        )
        if step is None:
            return "certificate was not issued by a trusted CA"
        current = step
    return "certificate was not issued by a trusted CA"


def _int(value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


def verify_bundle(
    source: Path | bytes,
    *,
    trust: Sequence[x509.Certificate] = (),
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleReport:
    """Check a bundle; :class:`FileNotFoundError` when the path does not exist.

    Every other fault is a report with ``valid`` false.
    """
    label = name or (source.name if isinstance(source, Path) else "the bundle")

    def step(fraction: float, message: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(fraction, message)

    step(0.0, "Reading the bundle")
    raw = source.read_bytes() if isinstance(source, Path) else source
    digest = _sha256(raw)
    trust_checked = bool(trust)
    try:
        container = read_container(raw, name=label)
    except ContainerError as exc:
        return BundleReport(
            source=label,
            sha256=digest,
            valid=False,
            problems=(exc.summary, *exc.details),
            preview=False,
            trust_checked=trust_checked,
        )
    try:
        return _verify_container(container, label, digest, trust, step)
    except Cancelled:
        raise
    except Exception as exc:  # hostile input must never crash the check: it fails closed
        return BundleReport(
            source=label,
            sha256=digest,
            valid=False,
            problems=(f"{label} could not be checked ({type(exc).__name__}: {exc})",),
            preview=False,
            trust_checked=trust_checked,
        )


def _verify_container(
    container: Container,
    label: str,
    digest: str,
    trust: Sequence[x509.Certificate],
    step: Callable[[float, str], None],
) -> BundleReport:
    from pactdesk.export import json_format
    from pactdesk.signing import cades
    from pactdesk.signing.manifest import ManifestError, parse_manifest

    problems: list[str] = []
    notes: list[str] = []
    preview = PREVIEW_MARKER in container
    if preview:
        problems.append("this is a PREVIEW bundle: nothing in it is signed for submission")
    names = container.names()
    if not names or names[0] != MIMETYPE_NAME or container[MIMETYPE_NAME] != MIMETYPE:
        problems.append("the file is not an ASiC-E container (its mimetype is wrong)")
    manifests: dict[int, str] = {}
    signatures: dict[int, str] = {}
    for member in names:
        if (
            member == MIMETYPE_NAME
            or member in DATA_FILES
            or member
            in (
                CHANGES_JSON,
                PREVIEW_MARKER,
            )
        ):
            continue
        if match := MANIFEST_NAME.match(member):
            manifests[int(match.group(1))] = member
        elif match := SIGNATURE_NAME.match(member):
            signatures[int(match.group(1))] = member
        else:
            problems.append(f"the bundle holds a file a bundle does not have: {member}")
    for required in DATA_FILES:
        if required not in container:
            problems.append(f"the bundle lacks {required}")
    if not manifests:
        problems.append("the bundle holds no signed manifest")

    # -- the contribution itself
    document: dict[str, Any] | None = None
    if CONTRIBUTION_JSON in container:
        try:
            document = json_format.load_document(
                container[CONTRIBUTION_JSON], name=CONTRIBUTION_JSON
            )
        except json_format.ContributionFileError as exc:
            problems.append(exc.summary)
        except Exception:  # the parser's own errors (nesting too deep, say)
            problems.append("contribution.json cannot be read")
    member_state = document["member_state"] if document else None
    cycle = document["cycle"] if document else None
    language = document["language"] if document else None
    revision = document.get("draft", {}).get("revision") if document else None
    history_head = document.get("draft", {}).get("history_head") if document else None

    # -- manifests, digests and signatures
    step(0.1, "Checking the signatures")
    covered: dict[str, list[int]] = {}
    checked: list[_Signature] = []
    numbers = sorted(manifests)
    for position, number in enumerate(numbers):
        step(0.1 + 0.7 * position / max(len(numbers), 1), f"Checking signature {number:03d}")
        manifest_name = manifests[number]
        manifest_bytes = container[manifest_name]
        try:
            manifest = parse_manifest(manifest_bytes)
        except ManifestError as exc:
            problems.append(f"{manifest_name} cannot be read: {exc}")
            continue
        except Exception:  # the XML parser's own errors (an unknown encoding, say)
            problems.append(f"{manifest_name} cannot be read: it is not a sound manifest")
            continue
        expected_signature = f"META-INF/signature{number:03d}.p7s"
        entry = _Signature(number, manifest_name, manifest.sig_name, manifest, None)
        checked.append(entry)
        if manifest.sig_name != expected_signature:
            entry.problems.append(
                f"{manifest_name} names the signature {manifest.sig_name}, not {expected_signature}"
            )
        for reference in manifest.entries:
            data = container.get(reference.uri)
            covered.setdefault(reference.uri, []).append(number)
            if data is None:
                entry.content_ok = False
                entry.problems.append(f"{manifest_name} names {reference.uri}, which is missing")
            elif hashlib.sha256(data).digest() != reference.digest_sha256:
                entry.content_ok = False
                entry.problems.append(
                    f"{reference.uri} does not match its digest in {manifest_name} "
                    "(it was changed after signing)"
                )
        signature = container.get(manifest.sig_name)
        if signature is None:
            entry.problems.append(f"the signature {manifest.sig_name} is missing")
            continue
        try:
            found = verify_cms(signature, manifest_bytes)
        except cades.SignatureError as exc:
            entry.problems.append(f"{manifest.sig_name}: {exc}")
            continue
        except Exception:  # a damaged certificate inside the CMS, and the like
            entry.problems.append(f"{manifest.sig_name}: the signature cannot be read")
            continue
        damaged = certificate_problem(found.certificate)
        if damaged:
            entry.problems.append(f"{manifest.sig_name}: {damaged}")
            continue
        entry.info = found
        found_problems = found.problems() + cms_structure_problems(signature, found.certificate)
        entry.problems += [f"{manifest.sig_name}: {p}" for p in found_problems]
        entry.signature_ok = found.ok and not found_problems
    for number, signature_name in signatures.items():
        if number not in manifests:
            problems.append(f"{signature_name} has no manifest")

    # -- the chain: sign-offs 1..n-1, then the submitter's manifest over everything
    step(0.8, "Checking the order of signatures")
    signers: list[SignerReport] = []
    final = checked[-1] if checked else None
    if final is not None:
        if final.manifest.properties.get(KIND_PROPERTY) != SUBMISSION_KIND:
            problems.append("the last manifest is not the submitter's")
        others = {
            member
            for member in names
            if member not in (MIMETYPE_NAME, final.manifest_name, final.signature_name)
        }
        unsigned = sorted(others - {e.uri for e in final.manifest.entries})
        for member in unsigned:
            problems.append(f"{member} is not signed by the submitter's final manifest")
    sign_offs = [entry for entry in checked if entry is not final]
    if final is not None and not sign_offs and not preview:
        problems.append("the bundle carries no sign-off")
    previous: _Signature | None = None
    for index, entry in enumerate(sign_offs, start=1):
        properties = entry.manifest.properties
        if entry.number != index:
            entry.problems.append(f"sign-off {entry.number:03d} is out of sequence")
        if properties.get(KIND_PROPERTY) == SUBMISSION_KIND:
            entry.problems.append(f"{entry.manifest_name} is a submission, not a sign-off")
        if properties.get("format") != SIGN_OFF_FORMAT:
            entry.problems.append(f"{entry.manifest_name} is not a PactDesk sign-off")
        if properties.get("sequence") != str(entry.number):
            entry.problems.append(
                f"{entry.manifest_name} says it is sign-off {properties.get('sequence')}"
            )
        if member_state is not None and (
            properties.get("member-state") != member_state or properties.get("cycle") != str(cycle)
        ):
            entry.problems.append(
                f"{entry.manifest_name} signs another Member State's or cycle's contribution"
            )
        if entry.manifest.entry(CONTRIBUTION_JSON) is None:
            entry.problems.append(f"{entry.manifest_name} does not sign contribution.json")
        named_signatures = [e.uri for e in entry.manifest.entries if SIGNATURE_NAME.match(e.uri)]
        named_previous = properties.get("previous-signature-sha256", "")
        if previous is None:
            if named_signatures or named_previous:
                entry.problems.append(
                    f"the first sign-off {entry.manifest_name} names an earlier signature"
                )
        else:
            prev_bytes = container.get(previous.signature_name) or b""
            if named_signatures != [previous.signature_name] or (
                named_previous and named_previous != _sha256(prev_bytes)
            ):
                entry.problems.append(
                    f"{entry.manifest_name} does not name the sign-off before it "
                    f"({previous.signature_name}): the order was changed"
                )
        if history_head is not None and properties.get("history-head") != history_head:
            entry.problems.append(
                f"sign-off {entry.number:03d} names another history than the contribution's"
            )
        sign_off_revision = _int(properties.get("revision"))
        if revision is not None and sign_off_revision != revision:
            entry.problems.append(
                f"sign-off {entry.number:03d} is for revision {sign_off_revision}, "
                f"the contribution is revision {revision}"
            )
        previous = entry

    # -- the PDF's own signature
    step(0.9, "Checking the PDF's signature")
    pdf_signed_by: str | None = None
    pdf = container.get(CONTRIBUTION_PDF)
    if pdf is not None and final is not None and final.info is not None and not preview:
        pdf_problem, pdf_signed_by = _pdf_signature(pdf, final.info.certificate)
        if pdf_problem:
            problems.append(pdf_problem)

    # -- signers and trust
    for entry in checked:
        info = entry.info
        trusted: bool | None = None
        if info is not None and trust:
            at = info.signing_time or dt.datetime.now(dt.UTC)
            try:
                why_not = _chains_to(info.certificate, info.certificates, trust, at)
            except Exception:  # a damaged certificate in the signature's set
                why_not = "certificate chain cannot be read"
            trusted = why_not is None
            if why_not:
                entry.problems.append(f"{cades.common_name(info.certificate)}'s {why_not}")
        kind = "submission" if entry is final else "sign-off"
        properties = entry.manifest.properties
        signers.append(
            SignerReport(
                kind=kind,
                number=entry.number,
                role=properties.get("role", "submitter" if kind == "submission" else ""),
                name=cades.common_name(info.certificate) if info else "",
                organisation=_common(info.certificate.subject, x509.NameOID.ORGANIZATION_NAME)
                if info
                else "",
                email=_common(info.certificate.subject, x509.NameOID.EMAIL_ADDRESS) if info else "",
                issuer=info.certificate.issuer.rfc4514_string() if info else "",
                signed_at=info.signing_time if info else None,
                revision=_int(properties.get("revision")),
                manifest=entry.manifest_name,
                signature=entry.signature_name,
                signature_ok=entry.signature_ok,
                content_ok=entry.content_ok,
                trusted=trusted,
                certificate_sha256=_sha256(info.certificate.public_bytes(_der()) if info else b""),
                problems=tuple(entry.problems),
            )
        )
        problems += entry.problems

    supersedes = final.manifest.properties.get(SUPERSEDES_PROPERTY) if final else None
    if CHANGES_JSON in container:
        problems += _changes_problems(container[CHANGES_JSON], supersedes)
    elif supersedes:
        problems.append("the bundle names a bundle it replaces but carries no changes.json")
    if final is not None and revision is not None:
        final_revision = _int(final.manifest.properties.get("revision"))
        if final_revision != revision:
            problems.append("the submitter's manifest names another revision than the contribution")
    if not trust:
        notes.append(NOT_CHECKED)
    files = tuple(
        FileReport(n, len(d), _sha256(d), tuple(covered.get(n, ()))) for n, d in container.members
    )
    step(1.0, "Done")
    unique = list(dict.fromkeys(problems))
    return BundleReport(
        source=label,
        sha256=digest,
        valid=not unique,
        problems=tuple(unique),
        preview=preview,
        trust_checked=bool(trust),
        member_state=member_state,
        cycle=cycle,
        language=language,
        revision=revision,
        supersedes=supersedes,
        signers=tuple(signers),
        files=files,
        pdf_signed_by=pdf_signed_by,
        notes=tuple(notes),
    )


def _der() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def _pdf_signature(pdf: bytes, submitter: x509.Certificate) -> tuple[str | None, str | None]:
    """(problem or None, signer's name): the PDF's PAdES signature is the submitter's."""
    from pactdesk.signing import cades

    ranges = [tuple(int(g) for g in m.groups()) for m in _BYTE_RANGE.finditer(pdf)]
    whole = [r for r in ranges if r[0] == 0 and r[2] + r[3] == len(pdf)]
    if not whole:
        return "contribution.pdf carries no signature over the whole file", None
    start, first, second, length = whole[-1]
    hole = pdf[first:second].strip()
    if not (hole.startswith(b"<") and hole.endswith(b">")):
        return "contribution.pdf's signature is damaged", None
    try:
        der = bytes.fromhex(hole[1:-1].decode("ascii"))
        der = der[: _der_length(der)]
        info = verify_cms(der, pdf[start:first] + pdf[second : second + length])
    except Exception:  # SignatureError, ValueError, a damaged certificate …
        return "contribution.pdf's signature cannot be read", None
    if not info.ok:
        return "contribution.pdf's signature does not verify", None
    if info.certificate != submitter:
        return "contribution.pdf was signed by someone other than the submitter", None
    return None, cades.common_name(info.certificate)


def _der_length(der: bytes) -> int:
    """The length of the DER object at the start of ``der`` (PDF pads it with zeros)."""
    if len(der) < 2 or der[0] != 0x30:
        raise ValueError("not a DER sequence")
    first = der[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(der) < 2 + count:
        raise ValueError("bad DER length")
    return 2 + count + int.from_bytes(der[2 : 2 + count], "big")


def _changes_problems(raw: bytes, supersedes: str | None) -> list[str]:
    try:
        changes = json.loads(raw.decode("utf-8"))
        named = changes["supersedes"]["sha256"]
    except (ValueError, KeyError, TypeError):
        return ["changes.json cannot be read"]
    if supersedes is None:
        return ["the bundle carries changes.json but names no bundle it replaces"]
    if named != supersedes:
        return ["changes.json and the submitter's manifest name different bundles replaced"]
    return []
