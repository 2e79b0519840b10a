"""Verify a submission bundle: structure, digests, signatures, chain, signers, trust.

What a recipient (a Commission desk officer) needs to know about a bundle,
as a :class:`~pactdesk.services.verify_report.BundleReport`: valid or not and
why, and for every signature who signed, in which role, when, for which
revision, and whether the signer chains to a CA the recipient trusts.
``pactdesk verify`` prints it; the verify dialog shows it.

This module orchestrates and reports; it verifies no cryptography itself.
The checks, in order (every problem found is reported, not only the first):

1. the container: a safe ZIP, ``mimetype`` first and stored, no preview
   marker, nothing but the files a bundle has (:mod:`pactdesk.signing.asic`);
2. every manifest is read strictly and every digest it names is recomputed
   (:mod:`pactdesk.signing.manifest`);
3. every signature is a CAdES detached CMS over its manifest's exact bytes,
   with nothing in the CMS that no signature covers
   (:func:`pactdesk.signing.cades.verify_detached`,
   :func:`~pactdesk.signing.cades.cms_structure_problems`) — or, in a
   bundle of the XAdES form, every ``META-INF/signaturesNNN.xml`` is a
   XAdES-B-B signature in PactDesk's exact form whose references' digests
   match the files (:func:`pactdesk.signing.xades.read_signature`); what
   it signs (its references, and the sign-off signatures its signed
   properties name by SHA-256) is read as a manifest, so steps 2 and 4 are
   the same for both forms, and ``META-INF/manifest.xml`` must be exactly
   what PactDesk writes for the data files;
4. the chain: sign-offs numbered 001, 002, … each naming the previous
   sign-off's signature, all at the revision the contribution carries; the
   last manifest is the submitter's, covering every other file;
5. the PDF's own (PAdES) signature is the submitter's and covers the file
   (:mod:`pactdesk.signing.pades`);
6. trust: every signer's certificate path to one of the given CA
   certificates, validated at the claimed signing time with key usage,
   basic constraints, path length and critical extensions
   (:mod:`pactdesk.signing.certpath`); without any CA, the report says
   plainly that identities were not checked;
7. revocation: the bundle's ``META-INF/ca.crl`` and the lists given
   (``verify --crl``), each used only when a trusted CA signed it
   (otherwise ignored, with a note); a signer a list shows revoked before
   the claimed signing time fails, one revoked after it is noted
   (:mod:`pactdesk.signing.revocation`).

What cannot be proven offline — that the signing times are true (they are
the signer's computer's clock), and any revocation later than the lists
at hand — is said in the report's ``limits``.

Findings are :class:`~pactdesk.services.verify_messages.Message` s, worded
in :mod:`pactdesk.services.verify_messages` so the window can translate them.

Qt-free; runs on whichever thread calls it (the dialog calls it off the GUI
thread).  Reads only the bundle and the trust files; writes nothing.
pyHanko (CMS, PDF, path validation) is imported on the first check, not
when this module is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509

from pactdesk.domain import limits
from pactdesk.services import verify_messages as M
from pactdesk.services.jobs import Cancelled, check
from pactdesk.services.verify_messages import Message
from pactdesk.services.verify_report import BundleReport, FileReport, SignerReport
from pactdesk.signing.asic import MIMETYPE, MIMETYPE_NAME, Container, ContainerError, read_container

if TYPE_CHECKING:
    from pactdesk.signing.cades import SignatureInfo
    from pactdesk.signing.manifest import Manifest

__all__ = [
    "BundleReport",
    "FileReport",
    "Message",
    "SignerReport",
    "TrustFileError",
    "load_trust_anchors",
    "verify_bundle",
]

CONTRIBUTION_JSON = "contribution.json"
CONTRIBUTION_XLSX = "contribution.xlsx"
CONTRIBUTION_PDF = "contribution.pdf"
CHANGES_JSON = "changes.json"
PREVIEW_MARKER = "META-INF/preview"
#: The CA's revocation list the submitter's computer had when the bundle was made.
CRL_MEMBER = "META-INF/ca.crl"
#: The XAdES submitter's signed property naming the CRL member's SHA-256.
CRL_PROPERTY = "crl-sha256"
DATA_FILES = (CONTRIBUTION_JSON, CONTRIBUTION_XLSX, CONTRIBUTION_PDF)

MANIFEST_NAME = re.compile(r"^META-INF/ASiCManifest(\d{3})\.xml$")
SIGNATURE_NAME = re.compile(r"^META-INF/signature(\d{3})\.p7s$")
XADES_SIGNATURE_NAME = re.compile(r"^META-INF/signatures(\d{3})\.xml$")
ODF_MANIFEST = "META-INF/manifest.xml"
#: The role the submitter's XAdES signature claims (SignerRoleV2).
SUBMITTER_ROLE = "submitter"
XADES_SIGNATURE_MIME = "application/xml"
MIME_TYPES = {
    CONTRIBUTION_JSON: "application/json",
    CHANGES_JSON: "application/json",
    CONTRIBUTION_XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    CONTRIBUTION_PDF: "application/pdf",
    PREVIEW_MARKER: "text/plain",
    CRL_MEMBER: "application/pkix-crl",
}


def member_mime(name: str) -> str:
    """The MIME type a bundle's manifests give a member (by its name)."""
    if name.endswith(".p7s"):
        return "application/pkcs7-signature"
    if name.endswith(".xml"):
        return "text/xml"
    return MIME_TYPES.get(name, "application/octet-stream")


#: Manifest properties of the submitter's final manifest.
KIND_PROPERTY = "kind"
SUBMISSION_KIND = "submission"
SUPERSEDES_PROPERTY = "supersedes-sha256"
#: The ``format`` property of a sign-off's manifest (see :mod:`pactdesk.signing.sign_off_manifest`).
SIGN_OFF_FORMAT = "pactdesk.sign-off/1"

Progress = Callable[[float, str], None]


class TrustFileError(ValueError):
    """A ``--trust`` file that is not a certificate; ``str()`` says which and why."""


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
    manifest: Manifest
    info: SignatureInfo | None
    problems: list[Message] = field(default_factory=list)
    signature_ok: bool = False  # the CMS verifies over the manifest, nothing unsigned in it
    content_ok: bool = True  # every file the manifest names is there and matches


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _common(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _int(value: str | None) -> int | None:
    if value is None or not value.isdigit():
        return None
    return int(value)


def _check_signature(entry: _Signature, signature: bytes, manifest_bytes: bytes) -> None:
    """Step 3 for one signature: the CMS over the manifest, and nothing unsigned in it."""
    from pactdesk.signing import cades

    name = entry.signature_name
    try:
        found = cades.verify_detached(signature, manifest_bytes)
    except cades.SignatureError as exc:
        entry.problems.append(M.SIGNATURE_REFUSED(signature=name, why=exc))
        return
    except Exception:  # a damaged certificate inside the CMS, and the like
        entry.problems.append(M.SIGNATURE_UNREADABLE(signature=name))
        return
    if cades.certificate_problem(found.certificate):
        entry.problems.append(M.SIGNER_CERTIFICATE_DAMAGED(signature=name))
        return
    entry.info = found
    found_problems = []
    if not found.digest_ok:
        found_problems.append(M.DIGEST_MISMATCH(signature=name))
    if not found.signature_ok:
        found_problems.append(M.VALUE_DOES_NOT_VERIFY(signature=name))
    if not found.signing_certificate_v2:
        found_problems.append(M.NO_SIGNING_CERTIFICATE_V2(signature=name))
    found_problems += [
        M.STRUCTURE[code](signature=name)
        for code in cades.cms_structure_problems(signature, found.certificate)
    ]
    entry.problems += found_problems
    entry.signature_ok = found.ok and not found_problems


def _odf_manifest_problems(container: Container) -> list[Message]:
    """``META-INF/manifest.xml`` of a XAdES bundle: exactly what PactDesk writes for its files."""
    from pactdesk.signing.asic import odf_manifest

    raw = container.get(ODF_MANIFEST)
    if raw is None:
        return [M.LACKS_FILE(name=ODF_MANIFEST)]
    files = [
        (n, member_mime(n))
        for n in container.names()
        if n != MIMETYPE_NAME and not n.startswith("META-INF/")
    ]
    return [] if raw == odf_manifest(files) else [M.ODF_MANIFEST_CHANGED()]


def _xades_entry(number: int, name: str, container: Container) -> _Signature:
    """Step 3 for one XAdES signature file: read and checked, what it signs as a manifest.

    The manifest holds the signature's references and, as entries too, the
    signature files its signed properties name by SHA-256 (a sign-off's
    ``previous-signature-sha256``, the submitter's ``signature-NNN-sha256``),
    so that the chain checks are those of the CAdES form.
    """
    from pactdesk.signing import cades, xades
    from pactdesk.signing.manifest import Manifest, ManifestEntry
    from pactdesk.signing.sign_off_manifest import xades_file_name, xades_signature_id

    raw = container[name]
    try:
        found = xades.read_signature(raw)
    except xades.XadesError as exc:
        entry = _Signature(number, name, name, Manifest(name, ()), None)
        entry.problems.append(M.SIGNATURE_REFUSED(signature=name, why=exc))
        return entry
    properties = dict(found.properties)
    entries = [ManifestEntry(r.uri, r.mime_type, r.digest_sha256) for r in found.references]
    named: list[tuple[int, str]] = []
    why: list[str] = list(found.problems)
    if properties.get(KIND_PROPERTY) == SUBMISSION_KIND:
        for key, value in properties.items():
            if match := re.fullmatch(r"signature-(\d{3})-sha256", key):
                named.append((int(match.group(1)), value))
        if CRL_PROPERTY in properties:
            try:
                entries.append(
                    ManifestEntry(
                        CRL_MEMBER, member_mime(CRL_MEMBER), bytes.fromhex(properties[CRL_PROPERTY])
                    )
                )
            except ValueError:
                why.append("the revocation list's digest in the signed properties is garbled")
        if (found.role, found.commitment) != (SUBMITTER_ROLE, xades.PROOF_OF_ORIGIN):
            why.append("the submitter's signature does not claim the submitter's role")
    else:
        if "previous-signature-sha256" in properties:
            named.append((number - 1, properties["previous-signature-sha256"]))
        if (found.role, found.commitment) != (properties.get("role"), xades.PROOF_OF_APPROVAL):
            why.append("the signed role is not the sign-off's role")
    for sequence, digest in named:
        try:
            entries.append(
                ManifestEntry(
                    xades_file_name(sequence), XADES_SIGNATURE_MIME, bytes.fromhex(digest)
                )
            )
        except ValueError:
            why.append("a signature digest in the signed properties is garbled")
    if found.signature_id != xades_signature_id(number):
        why.append(f"the signature's id is not {xades_signature_id(number)}")
    manifest = Manifest(name, tuple(entries), properties)
    entry = _Signature(number, name, name, manifest, None)
    entry.info = found.info
    info = found.info
    if cades.certificate_problem(info.certificate):
        entry.problems.append(M.SIGNER_CERTIFICATE_DAMAGED(signature=name))
        entry.info = None
        return entry
    if not info.digest_ok:
        entry.problems.append(M.DIGEST_MISMATCH(signature=name))
    if not info.signature_ok:
        entry.problems.append(M.VALUE_DOES_NOT_VERIFY(signature=name))
    if not info.signing_certificate_v2:
        entry.problems.append(M.NO_SIGNING_CERTIFICATE_V2(signature=name))
    entry.problems += [M.STRUCTURE[code](signature=name) for code in found.certificate_problems]
    entry.problems += [M.SIGNATURE_REFUSED(signature=name, why=text) for text in why]
    entry.signature_ok = info.ok and not entry.problems
    return entry


def _trust_problem(info: SignatureInfo, anchors: Sequence[x509.Certificate]) -> Message | None:
    """Step 6 for one signer: None when the certificate path holds at the claimed time."""
    from pactdesk.signing import cades
    from pactdesk.signing.certpath import validate_signer

    at = info.signing_time or dt.datetime.now(dt.UTC)
    result = validate_signer(
        info.certificate, intermediates=info.certificates, anchors=anchors, at=at
    )
    if result.ok or result.reason is None:
        return None
    return M.TRUST[result.reason.value](
        who=cades.common_name(info.certificate), at=at.strftime("%Y-%m-%d %H:%M UTC")
    )


def _revocation_lists(
    given: Sequence[tuple[str, bytes]], anchors: Sequence[x509.Certificate]
) -> tuple[list[tuple[str, x509.CertificateRevocationList]], list[Message]]:
    """The lists a trusted CA signed, and a note for each: used, or ignored and why."""
    from pactdesk.signing import revocation

    usable: list[tuple[str, x509.CertificateRevocationList]] = []
    notes: list[Message] = []
    for name, raw in given:
        try:
            crl = revocation.load_crl(raw)
        except revocation.RevocationListError:
            notes.append(M.CRL_UNREADABLE(name=name))
            continue
        if not any(revocation.issued_by(crl, anchor) for anchor in anchors):
            notes.append(M.CRL_NOT_TRUSTED(name=name))
            continue
        usable.append((name, crl))
        notes.append(
            M.CRL_USED(
                name=name,
                issuer=_common(crl.issuer, x509.NameOID.COMMON_NAME) or crl.issuer.rfc4514_string(),
                date=revocation.issued_at(crl).strftime("%Y-%m-%d %H:%M UTC"),
            )
        )
    return usable, notes


def _revocation_finding(
    info: SignatureInfo, lists: Sequence[tuple[str, x509.CertificateRevocationList]]
) -> tuple[Message | None, Message | None]:
    """(problem, note) for one trusted signer: revoked before the signing time, or after."""
    from pactdesk.signing import cades, revocation

    entries = [
        entry
        for entry in (revocation.revocation_of(info.certificate, crl) for _, crl in lists)
        if entry is not None
    ]
    if not entries:
        return None, None
    entry = min(entries, key=lambda r: r.revoked_at)
    at = info.signing_time
    values = {
        "who": cades.common_name(info.certificate),
        # to the second: a revocation and a signature minutes apart must be told apart
        "revoked": entry.revoked_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "reason": revocation.reason_words(entry.reason),
        "at": at.strftime("%Y-%m-%d %H:%M:%S UTC") if at else "?",
    }
    if at is None or entry.revoked_at <= at:
        return M.REVOKED_BEFORE(**values), None
    return None, M.REVOKED_AFTER(**values)


def _pdf_signature(pdf: bytes, submitter: x509.Certificate) -> tuple[Message | None, str | None]:
    """Step 5: (problem or None, signer's name): the PDF's PAdES signature is the submitter's."""
    from pactdesk.signing import cades
    from pactdesk.signing.pades import PdfProblem, check_pdf_signature

    result = check_pdf_signature(pdf)
    if result.problem is not None or result.info is None:
        return M.PDF[(result.problem or PdfProblem.DAMAGED).value](), None
    if result.info.certificate != submitter:
        return M.PDF_OTHER_SIGNER(), None
    return None, cades.common_name(result.info.certificate)


def _changes_problems(raw: bytes, supersedes: str | None) -> list[Message]:
    try:
        changes = limits.loads_json(raw.decode("utf-8"))
        named = changes["supersedes"]["sha256"]
    except (ValueError, KeyError, TypeError):
        return [M.CHANGES_UNREADABLE()]
    if supersedes is None:
        return [M.CHANGES_WITHOUT_SUPERSEDES()]
    if named != supersedes:
        return [M.CHANGES_OTHER_BUNDLE()]
    return []


def _framework_refusal(document: dict[str, Any]) -> str | None:
    """The contract a bundle's ``contribution.json`` keeps with its framework, when known.

    Every policy area, commitment and prompt of the framework is there
    (answers may be empty), and the Member State is one of the framework's.
    Checked against the framework that comes with PactDesk when the bundle
    names it by id and digest (its own, or one of the earlier editions of the
    file it lists, which have the same items); a bundle made with another
    framework file is checked for everything else only.
    """
    from pactdesk import frameworks
    from pactdesk.export import json_format

    framework_id = document["framework"]["id"]
    if framework_id not in frameworks.shipped_framework_ids():
        return None
    try:
        framework = frameworks.shipped_framework(framework_id)
    except frameworks.FrameworkError:
        return None
    if document["framework"]["sha256"] not in (framework.sha256, *framework.earlier_editions):
        return None
    problems = json_format.framework_problems(document, framework, complete=True)
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return (
        f"{CONTRIBUTION_JSON} does not follow the contract of {framework.id}: {problems[0]}{more}"
    )


def verify_bundle(
    source: Path | bytes,
    *,
    trust: Sequence[x509.Certificate] = (),
    crls: Sequence[tuple[str, bytes]] = (),
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    trust_for: Callable[[str | None], Sequence[x509.Certificate]] | None = None,
    keep_document: bool = False,
) -> BundleReport:
    """Check a bundle; :class:`FileNotFoundError` when the path does not exist.

    ``crls`` (file name, bytes) are revocation lists besides the one the
    bundle carries; only those a trusted CA signed are used.

    ``trust_for``, instead of ``trust``: the CAs to trust, chosen by the
    Member State the contribution names (None when it names none) — the
    Commission's desk trusts each ministry's CA for its own Member State
    only.  ``keep_document`` puts ``contribution.json``, as read and
    checked here, into the report (the desk compiles it; nobody reads it twice).

    A path is read through :func:`pactdesk.fileio.read_input`: one larger than
    a bundle can be is a report (refused by its size before a byte is read);
    one that cannot be read raises its :class:`~pactdesk.fileio.InputError`.

    Every other fault is a report with ``valid`` false.
    """
    label = name or (source.name if isinstance(source, Path) else "the bundle")

    def step(fraction: float, message: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(fraction, message)

    step(0.0, "Reading the bundle")
    trust_checked = bool(trust)
    if isinstance(source, Path):
        from pactdesk.fileio import InputError, read_input

        try:
            # The size from stat first: a bundle too large is refused without being read.
            raw = read_input(source, limits.BUNDLE)
        except InputError as exc:
            if not exc.too_large:
                if not source.exists():
                    raise FileNotFoundError(str(source)) from exc
                raise
            return BundleReport(
                source=label,
                sha256="",
                valid=False,
                findings=(M.CONTAINER_REFUSED(summary=exc.summary.rstrip(".")),),
                preview=False,
                trust_checked=trust_checked,
            )
    else:
        raw = source
    digest = _sha256(raw)
    try:
        container = read_container(raw, name=label)
    except ContainerError as exc:
        return BundleReport(
            source=label,
            sha256=digest,
            valid=False,
            findings=(
                M.CONTAINER_REFUSED(summary=exc.summary),
                *(M.CONTAINER_DETAIL(detail=d) for d in exc.details),
            ),
            preview=False,
            trust_checked=trust_checked,
        )
    try:
        return _verify_container(
            container, label, digest, trust, crls, step, trust_for, keep_document
        )
    except Cancelled:
        raise
    except Exception as exc:  # hostile input must never crash the check: it fails closed
        return BundleReport(
            source=label,
            sha256=digest,
            valid=False,
            findings=(M.NOT_CHECKABLE(label=label, why=f"{type(exc).__name__}: {exc}"),),
            preview=False,
            trust_checked=trust_checked,
        )


def _verify_container(
    container: Container,
    label: str,
    digest: str,
    trust: Sequence[x509.Certificate],
    crls: Sequence[tuple[str, bytes]],
    step: Callable[[float, str], None],
    trust_for: Callable[[str | None], Sequence[x509.Certificate]] | None = None,
    keep_document: bool = False,
) -> BundleReport:
    from pactdesk.export import json_format
    from pactdesk.signing import cades
    from pactdesk.signing.manifest import ManifestError, parse_manifest

    problems: list[Message] = []
    notes: list[Message] = []
    preview = PREVIEW_MARKER in container
    if preview:
        problems.append(M.PREVIEW())
    names = container.names()
    if not names or names[0] != MIMETYPE_NAME or container[MIMETYPE_NAME] != MIMETYPE:
        problems.append(M.WRONG_MIMETYPE())
    manifests: dict[int, str] = {}
    signatures: dict[int, str] = {}
    xades_files: dict[int, str] = {}
    for member in names:
        if (
            member == MIMETYPE_NAME
            or member in DATA_FILES
            or member
            in (
                CHANGES_JSON,
                PREVIEW_MARKER,
                CRL_MEMBER,
            )
        ):
            continue
        if match := MANIFEST_NAME.match(member):
            manifests[int(match.group(1))] = member
        elif match := SIGNATURE_NAME.match(member):
            signatures[int(match.group(1))] = member
        elif match := XADES_SIGNATURE_NAME.match(member):
            xades_files[int(match.group(1))] = member
        elif member != ODF_MANIFEST:
            problems.append(M.FOREIGN_FILE(name=member))
    for required in DATA_FILES:
        if required not in container:
            problems.append(M.LACKS_FILE(name=required))
    xades_form = bool(xades_files) and not (manifests or signatures)
    if xades_files and not xades_form:
        problems.append(M.MIXED_FORMS())
    if not manifests and not xades_form:
        problems.append(M.NO_MANIFEST())
    if xades_form:
        problems += _odf_manifest_problems(container)
    elif ODF_MANIFEST in container:
        problems.append(M.FOREIGN_FILE(name=ODF_MANIFEST))

    # -- the contribution itself
    document: dict[str, Any] | None = None
    if CONTRIBUTION_JSON in container:
        try:
            document = json_format.load_document(
                container[CONTRIBUTION_JSON], name=CONTRIBUTION_JSON
            )
        except json_format.ContributionFileError as exc:
            problems.append(M.JSON_REFUSED(summary=exc.summary))
        except Exception:  # the parser's own errors (nesting too deep, say)
            problems.append(M.JSON_UNREADABLE())
    if document is not None:
        refusal = _framework_refusal(document)
        if refusal is not None:
            problems.append(M.JSON_REFUSED(summary=refusal))
    member_state = document["member_state"] if document else None
    if trust_for is not None:
        trust = trust_for(member_state)
    cycle = document["cycle"] if document else None
    language = document["language"] if document else None
    revision = document.get("draft", {}).get("revision") if document else None
    history_head = document.get("draft", {}).get("history_head") if document else None

    # -- manifests, digests and signatures
    step(0.1, "Checking the signatures")
    covered: dict[str, list[int]] = {}
    checked: list[_Signature] = []
    numbers = sorted(xades_files if xades_form else manifests)
    for position, number in enumerate(numbers if xades_form else ()):
        step(0.1 + 0.7 * position / max(len(numbers), 1), f"Checking signature {number:03d}")
        entry = _xades_entry(number, xades_files[number], container)
        checked.append(entry)
        for reference in entry.manifest.entries:
            covered.setdefault(reference.uri, []).append(number)
        for uri, fault in entry.manifest.check_entries(container.get):
            entry.content_ok = False
            template = M.MANIFEST_NAMES_MISSING if fault == "missing" else M.FILE_CHANGED
            entry.problems.append(template(manifest=entry.manifest_name, name=uri))
    for position, number in enumerate(() if xades_form else numbers):
        step(0.1 + 0.7 * position / max(len(numbers), 1), f"Checking signature {number:03d}")
        manifest_name = manifests[number]
        manifest_bytes = container[manifest_name]
        try:
            manifest = parse_manifest(manifest_bytes)
        except ManifestError as exc:
            problems.append(M.MANIFEST_UNREADABLE(manifest=manifest_name, why=exc))
            continue
        except Exception:  # the XML parser's own errors (an unknown encoding, say)
            problems.append(M.MANIFEST_NOT_SOUND(manifest=manifest_name))
            continue
        expected_signature = f"META-INF/signature{number:03d}.p7s"
        entry = _Signature(number, manifest_name, manifest.sig_name, manifest, None)
        checked.append(entry)
        if manifest.sig_name != expected_signature:
            entry.problems.append(
                M.MANIFEST_WRONG_SIGNATURE(
                    manifest=manifest_name, named=manifest.sig_name, expected=expected_signature
                )
            )
        for reference in manifest.entries:
            covered.setdefault(reference.uri, []).append(number)
        for uri, fault in manifest.check_entries(container.get):
            entry.content_ok = False
            template = M.MANIFEST_NAMES_MISSING if fault == "missing" else M.FILE_CHANGED
            entry.problems.append(template(manifest=manifest_name, name=uri))
        signature = container.get(manifest.sig_name)
        if signature is None:
            entry.problems.append(M.SIGNATURE_MISSING(signature=manifest.sig_name))
            continue
        _check_signature(entry, signature, manifest_bytes)
    for number, signature_name in signatures.items():
        if number not in manifests:
            problems.append(M.SIGNATURE_WITHOUT_MANIFEST(signature=signature_name))

    # -- the chain: sign-offs 1..n-1, then the submitter's manifest over everything
    step(0.8, "Checking the order of signatures")
    signers: list[SignerReport] = []
    final = checked[-1] if checked else None
    if final is not None:
        if final.manifest.properties.get(KIND_PROPERTY) != SUBMISSION_KIND:
            problems.append(M.LAST_NOT_SUBMITTER())
        others = {
            member
            for member in names
            if member not in (MIMETYPE_NAME, final.manifest_name, final.signature_name)
            and not (xades_form and member == ODF_MANIFEST)  # rebuilt and compared above
        }
        unsigned = sorted(others - {e.uri for e in final.manifest.entries})
        for member in unsigned:
            problems.append(M.NOT_SIGNED_BY_SUBMITTER(name=member))
    sign_offs = [entry for entry in checked if entry is not final]
    if final is not None and not sign_offs and not preview:
        problems.append(M.NO_SIGN_OFF())
    previous: _Signature | None = None
    for index, entry in enumerate(sign_offs, start=1):
        properties = entry.manifest.properties
        if entry.number != index:
            entry.problems.append(M.OUT_OF_SEQUENCE(number=f"{entry.number:03d}"))
        if properties.get(KIND_PROPERTY) == SUBMISSION_KIND:
            entry.problems.append(M.SUBMISSION_NOT_SIGN_OFF(manifest=entry.manifest_name))
        if properties.get("format") != SIGN_OFF_FORMAT:
            entry.problems.append(M.NOT_A_SIGN_OFF(manifest=entry.manifest_name))
        if properties.get("sequence") != str(entry.number):
            entry.problems.append(
                M.WRONG_SEQUENCE(manifest=entry.manifest_name, sequence=properties.get("sequence"))
            )
        if member_state is not None and (
            properties.get("member-state") != member_state or properties.get("cycle") != str(cycle)
        ):
            entry.problems.append(M.OTHER_CONTRIBUTION(manifest=entry.manifest_name))
        if entry.manifest.entry(CONTRIBUTION_JSON) is None:
            entry.problems.append(M.JSON_NOT_SIGNED(manifest=entry.manifest_name))
        named_signatures = [
            e.uri
            for e in entry.manifest.entries
            if SIGNATURE_NAME.match(e.uri) or XADES_SIGNATURE_NAME.match(e.uri)
        ]
        named_previous = properties.get("previous-signature-sha256", "")
        if previous is None:
            if named_signatures or named_previous:
                entry.problems.append(M.FIRST_NAMES_EARLIER(manifest=entry.manifest_name))
        else:
            prev_bytes = container.get(previous.signature_name) or b""
            if named_signatures != [previous.signature_name] or (
                named_previous and named_previous != _sha256(prev_bytes)
            ):
                entry.problems.append(
                    M.ORDER_CHANGED(manifest=entry.manifest_name, previous=previous.signature_name)
                )
        if history_head is not None and properties.get("history-head") != history_head:
            entry.problems.append(M.OTHER_HISTORY(number=f"{entry.number:03d}"))
        sign_off_revision = _int(properties.get("revision"))
        if revision is not None and sign_off_revision != revision:
            entry.problems.append(
                M.OTHER_REVISION(
                    number=f"{entry.number:03d}", signed=sign_off_revision, revision=revision
                )
            )
        previous = entry

    # -- the PDF's own signature
    step(0.9, "Checking the PDF's signature")
    pdf_signed_by: str | None = None
    pdf = container.get(CONTRIBUTION_PDF)
    if pdf is not None and final is not None and final.info is not None and not preview:
        pdf_problem, pdf_signed_by = _pdf_signature(pdf, final.info.certificate)
        if pdf_problem is not None:
            problems.append(pdf_problem)

    # -- signers and trust
    lists: list[tuple[str, x509.CertificateRevocationList]] = []
    if trust:
        carried = [(CRL_MEMBER, container[CRL_MEMBER])] if CRL_MEMBER in container else []
        lists, crl_notes = _revocation_lists([*carried, *crls], trust)
        notes += crl_notes
    for entry in checked:
        info = entry.info
        trusted: bool | None = None
        if info is not None and trust:
            why_not = _trust_problem(info, trust)
            trusted = why_not is None
            if why_not is not None:
                entry.problems.append(why_not)
            else:
                revoked, after = _revocation_finding(info, lists)
                if revoked is not None:
                    trusted = False
                    entry.problems.append(revoked)
                if after is not None:
                    notes.append(after)
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
                findings=tuple(entry.problems),
            )
        )
        problems += entry.problems

    supersedes = final.manifest.properties.get(SUPERSEDES_PROPERTY) if final else None
    if CHANGES_JSON in container:
        problems += _changes_problems(container[CHANGES_JSON], supersedes)
    elif supersedes:
        problems.append(M.SUPERSEDES_WITHOUT_CHANGES())
    if final is not None and revision is not None:
        final_revision = _int(final.manifest.properties.get("revision"))
        if final_revision != revision:
            problems.append(M.SUBMITTER_OTHER_REVISION())
    if not trust:
        notes.append(M.NOT_CHECKED())
    files = tuple(
        FileReport(n, len(d), _sha256(d), tuple(covered.get(n, ()))) for n, d in container.members
    )
    step(1.0, "Done")
    unique = list(dict.fromkeys(problems))
    return BundleReport(
        source=label,
        sha256=digest,
        valid=not unique,
        findings=tuple(unique),
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
        note_messages=tuple(notes),
        signature_form="xades" if xades_form else "cades" if manifests else "",
        document=document if keep_document else None,
    )


def _der() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER
