"""Make the submission bundle: the signed ASiC-E container the Commission receives.

The national contact point makes it at submission (``pactdesk bundle``).  In
the container, in this order:

* ``mimetype`` (see :mod:`pactdesk.signing.asic`);
* ``contribution.json`` — exactly the canonical bytes the sign-offs signed,
  ``contribution.xlsx`` (the read-only submission workbook: nothing to fill
  in, who submitted and signed it) and ``contribution.pdf`` (final: no DRAFT mark;
  PAdES-signed by the submitter), and for an update ``changes.json``;
* every sign-off that holds, its ``META-INF/ASiCManifestNNN.xml`` and
  ``META-INF/signatureNNN.p7s`` byte for byte as they were signed;
* the submitter's final manifest, naming every other file of the container
  (earlier manifests and signatures included), and its CAdES signature.

A draft set to the XAdES form (:mod:`pactdesk.services.signature_form`)
makes an ASiC-E with XAdES instead: after the data files
``META-INF/manifest.xml`` (the OpenDocument manifest DigiDoc4 reads), every
sign-off's ``META-INF/signaturesNNN.xml`` byte for byte, and last the
submitter's XAdES signature, which references every data file and signs,
in its properties, the SHA-256 of every sign-off's signature file
(``signature-NNN-sha256``).  A bundle is all of one form; ``signature_format``
must be the draft's.

A bundle is refused (:class:`BundleRefused`) while validation errors remain,
the history does not check out, or a required sign-off is missing or
outdated.  A *preview* is made whatever the state, unsigned, with a
``META-INF/preview`` marker and a PDF marked DRAFT; ``pactdesk verify``
never accepts one.

An update (``supersedes``) first verifies the bundle it replaces, names it
by its SHA-256 in the final manifest's properties and carries a change
report (:mod:`pactdesk.services.changes`).

Runs on the calling thread (the command line's, or a worker's — never the
GUI thread); reads the draft, writes only the target file, atomically, and
records the export in the draft (:meth:`Draft.record_export`).
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk.domain.history import Head
from pactdesk.services.jobs import Cancelled, Progress, check
from pactdesk.services.verify import (
    CHANGES_JSON,
    CONTRIBUTION_JSON,
    CONTRIBUTION_PDF,
    CONTRIBUTION_XLSX,
    CRL_MEMBER,
    CRL_PROPERTY,
    KIND_PROPERTY,
    PREVIEW_MARKER,
    SUBMISSION_KIND,
    SUBMITTER_ROLE,
    SUPERSEDES_PROPERTY,
    XADES_SIGNATURE_NAME,
    member_mime,
)
from pactdesk.signing.sign_off_manifest import FORM_NAMES, XADES

if TYPE_CHECKING:
    from cryptography import x509

    from pactdesk.export.pdf import Signatory, SignaturePlacement, Superseded
    from pactdesk.export.xlsx import SubmissionDetails
    from pactdesk.services.changes import ChangeReport
    from pactdesk.services.drafts import Draft, DraftSnapshot
    from pactdesk.services.sign_offs import SignOff, SignOffSummary
    from pactdesk.signing.keys import Signer

__all__ = ["BundleRefused", "BundleResult", "Cancelled", "make_bundle", "write_bundle"]

PDF_SIGNATURE_FIELD = "Submission"
PREVIEW_TEXT = (
    "PREVIEW - this bundle is not signed for submission and is not a contribution.\n"
    "pactdesk verify refuses it.\n"
)


class BundleRefused(Exception):
    """The bundle cannot be made; ``summary`` is one line, ``details`` the list under it.

    ``bad_input`` tells a fault of the call (a --supersedes file that is not
    a valid bundle of this contribution) from the draft's state.
    """

    def __init__(self, summary: str, details: Sequence[str] = (), *, bad_input: bool = False):
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)
        self.bad_input = bad_input


@dataclass(frozen=True, slots=True)
class BundleResult:
    data: bytes
    preview: bool
    sign_offs: int
    revision: int
    #: The history head of the revision the bundle was made from.
    head: Head
    members: tuple[str, ...]
    supersedes: str | None
    changes: ChangeReport | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _mime(name: str) -> str:
    return member_mime(name)


def _refusals(draft: Draft, snapshot: DraftSnapshot) -> tuple[list[str], SignOffSummary]:
    """Why the snapshot cannot be submitted, one line each (empty: it can); its sign-offs."""
    from pactdesk.services.status import status
    from pactdesk.services.submission import from_status

    state = status(draft, snapshot=snapshot)
    return from_status(state).reasons(), state.sign_offs


def _sign_off_members(chain: Sequence[SignOff]) -> list[tuple[str, bytes]]:
    """Every sign-off that holds, in signed order: manifest (CAdES) and signature, byte for byte."""
    members: list[tuple[str, bytes]] = []
    for sign_off in chain:
        if sign_off.manifest_name is not None:
            members.append((sign_off.manifest_name, sign_off.manifest))
        members.append((sign_off.signature_name, sign_off.signature))
    return members


def _superseded(
    draft: Draft, old: bytes, *, name: str, trust: Sequence[x509.Certificate]
) -> tuple[str, dict[str, str], int | None, str | None]:
    """Check the bundle an update replaces: (its SHA-256, its items, revision, submitted at)."""
    from pactdesk.export import json_format
    from pactdesk.services.verify import verify_bundle

    report = verify_bundle(old, trust=trust, name=name)
    if not report.valid:
        raise BundleRefused(
            f"{name} is not a valid bundle, so it cannot be replaced: {report.problems[0]}",
            report.problems[1:],
            bad_input=True,
        )
    from pactdesk.signing.asic import read_container

    raw_json = read_container(old, name=name)[CONTRIBUTION_JSON]
    try:
        parsed = json_format.parse(
            raw_json,
            name=f"{name}/{CONTRIBUTION_JSON}",
            framework=draft.framework,
            member_state=draft.info.member_state,
            cycle=draft.info.cycle,
        )
    except json_format.ContributionFileError as exc:
        raise BundleRefused(
            f"{name} is not a bundle of this contribution: {exc.summary}",
            exc.details,
            bad_input=True,
        ) from exc
    submitted = next((s.signed_at for s in report.signers if s.kind == "submission"), None)
    return (
        report.sha256,
        parsed.items,
        report.revision,
        submitted.isoformat() if submitted else None,
    )


def _sign_pdf(pdf: bytes, signer: Signer, placement: SignaturePlacement | None) -> bytes:
    """PAdES-B-B signature of the submitter over the whole PDF (an incremental update).

    With a ``placement`` (the sign-off page's signature box) the signature
    field is visible there: its widget has that rectangle and a framed
    appearance over the box the layout printed (name, role, time in the
    contribution's language, in the PDF's embedded fonts).  Without one it
    is invisible.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import StaticStampStyle

    from pactdesk.signing.cades import pyhanko_signer

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    metadata = signers.PdfSignatureMetadata(
        field_name=PDF_SIGNATURE_FIELD,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Submission of the contribution",
        name=signer.name,
    )
    field_spec = None
    stamp_style = None
    if placement is not None:
        x1, y1, x2, y2 = placement.box
        field_spec = fields.SigFieldSpec(
            sig_field_name=PDF_SIGNATURE_FIELD,
            on_page=placement.page_index,
            box=(round(x1), round(y1), round(x2), round(y2)),
        )
        # A frame only: the words are the page's own (DejaVu, embedded, any script).
        stamp_style = StaticStampStyle(border_width=1, border_color=(0.0, 0.2, 0.6))
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=pyhanko_signer(signer.key, signer.certificate, signer.chain),
        stamp_style=stamp_style,
        new_field_spec=field_spec,
    )
    # pyHanko writes its own name as the producer: into the XMP's pdf:Producer, and after
    # the Info dictionary's.  The PDF already names it (_signed_pdf_producer), so while it
    # signs, pyHanko's name is that whole producer: Info keeps it, XMP says the same.
    from pyhanko.pdf_utils.metadata import model as pdf_metadata

    with _PRODUCER_LOCK:
        vendor = pdf_metadata.VENDOR
        pdf_metadata.VENDOR = _signed_pdf_producer(vendor)
        try:
            out = pdf_signer.sign_pdf(writer)
        finally:
            pdf_metadata.VENDOR = vendor
    return bytes(out.getvalue())


_PRODUCER_LOCK = threading.Lock()


def _signed_pdf_producer(vendor: str = "") -> str:
    """The producer of a PDF that pyHanko signs: PactDesk, ReportLab and pyHanko."""
    from pyhanko.pdf_utils.metadata import model as pdf_metadata

    from pactdesk.export.pdf.metadata import producer

    return producer(signed_with=vendor or pdf_metadata.VENDOR)


def _signatory(sign_off: SignOff) -> Signatory:
    """A sign-off as the PDF's sign-off page shows it."""
    from pactdesk.export.pdf import Signatory

    return Signatory(
        name=sign_off.signer_name,
        organisation=sign_off.signer_organisation,
        role=sign_off.role,
        signed_at=datetime.fromisoformat(sign_off.signed_at),
        revision=sign_off.revision,
        certificate_sha256=hashlib.sha256(sign_off.certificate).hexdigest(),
    )


def _submitter(signer: Signer, *, when: datetime, revision: int) -> Signatory:
    """The submitter as the sign-off page shows them (signing now, at ``revision``)."""
    from pactdesk.export.pdf import Signatory
    from pactdesk.signing.certificates import person_of
    from pactdesk.signing.keys import fingerprint

    return Signatory(
        name=signer.name,
        organisation=person_of(signer.certificate.subject).organisation,
        role="submitter",
        signed_at=when,
        revision=revision,
        certificate_sha256=fingerprint(signer.certificate),
    )


def _submission_details(
    snapshot: DraftSnapshot,
    *,
    final: bool,
    signatories: Sequence[Signatory],
    submitter: Signatory | None,
    superseded: Superseded | None,
    when: datetime,
) -> SubmissionDetails:
    """The Details of the bundle's workbook: the same words as the PDF's cover and sign-off page."""
    from pactdesk.export.pdf.cover import contact_text, status_text, update_text
    from pactdesk.export.pdf.dates import format_moment
    from pactdesk.export.xlsx import SubmissionDetails
    from pactdesk.services.pdf_export import sending_ministry

    language = snapshot.info.language
    details = snapshot.contribution.details
    people = [*signatories, *([submitter] if submitter is not None else [])]
    return SubmissionDetails(
        status=status_text(final=final, sign_offs=signatories, submitter=submitter),
        ministry=details.ministry
        or sending_ministry(
            snapshot.info.member_state,
            snapshot.framework.member_state_name(snapshot.info.member_state),
        ),
        contact_point=contact_text(details),
        submitted_at=format_moment(when, language) if final else "not submitted (a preview)",
        signatories=tuple(
            (
                person.role_words,
                ", ".join(p for p in (person.name, person.organisation) if p)
                + f" — {format_moment(person.signed_at, language)}"
                + ("" if person.revision is None else f", revision {person.revision}"),
            )
            for person in people
        ),
        replaces=update_text(superseded, language),
    )


def make_bundle(
    draft: Draft,
    *,
    signer: Signer | None,
    preview: bool = False,
    supersedes: bytes | None = None,
    supersedes_name: str = "the old bundle",
    trust: Sequence[x509.Certificate] = (),
    signature_format: str | None = None,
    crls: Sequence[tuple[str, bytes]] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> BundleResult:
    """The bundle's bytes; :class:`BundleRefused` when the draft cannot be submitted yet.

    ``signer`` is the submitter (None only for a preview).  Reads the draft
    once, as one snapshot at its current revision, and hands that snapshot
    to every step (the checks, the sign-offs, the JSON, the workbook, the
    PDF), so that no step sees another revision; writes nothing.
    ``signature_format`` ("cades" or "xades"), when given, must be the
    draft's form (:class:`BundleRefused`, ``bad_input``, otherwise).
    ``crls`` are revocation lists given by the caller (file name, bytes);
    with the CA's current list when this computer holds the CA, the newest
    of those its issuer signed goes into the bundle (:func:`revocation_list`),
    and a submitter certificate any of them lists as revoked is refused.
    """
    from pactdesk.services import interchange
    from pactdesk.services.changes import change_report
    from pactdesk.services.sign_offs import summary as sign_off_summary
    from pactdesk.signing.asic import write_container

    def step(fraction: float, message: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(fraction, message)

    step(0.0, "Checking the draft")
    if not preview and signer is None:
        raise BundleRefused("a bundle for submission needs the submitter's identity")
    snapshot = draft.snapshot(with_history=not preview)
    form = snapshot.signature_form
    check_signature_format(form, signature_format)
    if preview:
        sign_offs = sign_off_summary(snapshot)
    else:
        reasons, sign_offs = _refusals(draft, snapshot)
        if reasons:
            first, *rest = reasons
            raise BundleRefused(f"the bundle was refused: {first}", rest)
    when = now or datetime.now(UTC)
    head = snapshot.head
    crl: bytes | None = None
    if not preview:
        assert signer is not None
        crl = revocation_list(signer.certificate, signer.chain, given=crls)

    changes: ChangeReport | None = None
    supersedes_sha: str | None = None
    if supersedes is not None:
        step(0.05, "Checking the bundle this one replaces")
        from pactdesk.domain.contribution import items_from_contribution

        supersedes_sha, old_items, old_revision, old_at = _superseded(
            draft, supersedes, name=supersedes_name, trust=trust
        )
        changes = change_report(
            draft.framework,
            old_items=old_items,
            new_items=items_from_contribution(snapshot.contribution),
            supersedes_sha256=supersedes_sha,
            supersedes_revision=old_revision,
            supersedes_signed_at=old_at,
            revision=head.revision,
        )

    step(0.1, "The contribution as JSON")
    contribution_json = interchange.canonical_json(snapshot)
    sign_off_members = _sign_off_members(sign_offs.chain)

    submitter = None
    if not preview and signer is not None:
        submitter = _submitter(signer, when=when, revision=head.revision)
    signatories = [_signatory(s) for s in sign_offs.chain]
    superseded = changes.superseded() if changes is not None else None

    step(0.15, "The workbook")
    from pactdesk.services.workbook import render_xlsx

    xlsx = render_xlsx(
        snapshot,
        submission=_submission_details(
            snapshot,
            final=not preview,
            signatories=signatories,
            submitter=submitter,
            superseded=superseded,
            when=when,
        ),
        cancelled=cancelled,
    )

    step(0.35, "The PDF")
    from pactdesk.services.pdf_export import lay_out_pdf

    laid_out = lay_out_pdf(
        snapshot,
        final=not preview,
        sign_offs=signatories,
        submitter=submitter,
        content_sha256=hashlib.sha256(contribution_json).hexdigest(),
        supersedes=superseded,
        changes=changes.pdf_pages(snapshot.info.language) if changes is not None else None,
        producer="" if preview else _signed_pdf_producer(),
        cancelled=cancelled,
    )
    pdf = laid_out.data
    if not preview:
        assert signer is not None
        step(0.75, "Signing the PDF")
        pdf = _sign_pdf(pdf, signer, laid_out.signature)

    members: list[tuple[str, bytes]] = [
        (CONTRIBUTION_JSON, contribution_json),
        (CONTRIBUTION_XLSX, xlsx),
        (CONTRIBUTION_PDF, pdf),
    ]
    if changes is not None:
        members.append((CHANGES_JSON, changes.json_bytes()))
    if preview:
        members.append((PREVIEW_MARKER, PREVIEW_TEXT.encode("ascii")))
    if crl is not None:
        members.append((CRL_MEMBER, crl))
    if form == XADES:
        from pactdesk.signing.asic import ODF_MANIFEST_NAME, odf_manifest

        members.append(
            (
                ODF_MANIFEST_NAME,
                odf_manifest((n, _mime(n)) for n, _ in members if not n.startswith("META-INF/")),
            )
        )
    members += sign_off_members
    count = len(sign_offs.chain)

    if not preview:
        assert signer is not None
        step(0.85, "Signing the bundle")
        properties = _final_properties(draft, head.revision, supersedes_sha, when)
        if form == XADES:
            members += _final_xades_signature(
                members, signer=signer, number=count + 1, properties=properties, when=when
            )
        else:
            members += _final_signature(
                members, signer=signer, number=count + 1, properties=properties
            )
    step(0.95, "Writing the container")
    data = write_container(members, date_time=when)
    step(1.0, "Done")
    return BundleResult(
        data=data,
        preview=preview,
        sign_offs=count,
        revision=head.revision,
        head=head,
        members=tuple(name for name, _ in members),
        supersedes=supersedes_sha,
        changes=changes,
    )


def _final_properties(
    draft: Draft, revision: int, supersedes: str | None, when: datetime
) -> dict[str, str]:
    properties = {
        KIND_PROPERTY: SUBMISSION_KIND,
        "member-state": draft.info.member_state,
        "cycle": str(draft.info.cycle),
        "revision": str(revision),
        "submitted-at": when.replace(microsecond=0).isoformat(),
    }
    if supersedes:
        properties[SUPERSEDES_PROPERTY] = supersedes
    return properties


def _final_signature(
    members: Sequence[tuple[str, bytes]],
    *,
    signer: Signer,
    number: int,
    properties: dict[str, str],
) -> list[tuple[str, bytes]]:
    """The submitter's manifest over every member so far, and its CAdES signature."""
    from pactdesk.signing.cades import sign_detached
    from pactdesk.signing.manifest import ManifestEntry, build_manifest

    manifest_name = f"META-INF/ASiCManifest{number:03d}.xml"
    signature_name = f"META-INF/signature{number:03d}.p7s"
    entries = [
        ManifestEntry(name, _mime(name), hashlib.sha256(data).digest()) for name, data in members
    ]
    manifest = build_manifest(signature_name, entries, properties=properties)
    # The whole chain, the CA's certificate included, as in every sign-off: a
    # validator that is given only the CA's name or fingerprint can build the path.
    signature = sign_detached(
        manifest, key=signer.key, certificate=signer.certificate, chain=signer.chain
    )
    return [(manifest_name, manifest), (signature_name, signature)]


def _final_xades_signature(
    members: Sequence[tuple[str, bytes]],
    *,
    signer: Signer,
    number: int,
    properties: dict[str, str],
    when: datetime,
) -> list[tuple[str, bytes]]:
    """The submitter's XAdES signature: every data file by reference, every sign-off's
    signature file by its SHA-256 in the signed properties (``signature-NNN-sha256``)."""
    from pactdesk.signing import xades
    from pactdesk.signing.sign_off_manifest import xades_file_name, xades_signature_id

    references = []
    signed = dict(properties)
    for name, data in members:
        digest = hashlib.sha256(data).digest()
        if name.startswith("META-INF/"):
            if XADES_SIGNATURE_NAME.match(name):
                signed[f"signature-{name[-7:-4]}-sha256"] = digest.hex()
            elif name == CRL_MEMBER:
                signed[CRL_PROPERTY] = digest.hex()
            continue  # META-INF/manifest.xml: rebuilt and compared by the verifier
        references.append(xades.DataReference(name, _mime(name), digest))
    signature = xades.sign(
        references,
        key=signer.key,
        certificate=signer.certificate,
        chain=signer.chain,
        role=SUBMITTER_ROLE,
        commitment=xades.PROOF_OF_ORIGIN,
        properties=signed,
        signature_id=xades_signature_id(number),
        signing_time=when,
    )
    return [(xades_file_name(number), signature)]


def revocation_list(
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate],
    *,
    given: Sequence[tuple[str, bytes]] = (),
) -> bytes | None:
    """The revocation list a bundle signed with ``certificate`` carries (DER), or None.

    The candidates: the lists given (``bundle --crl FILE``) and, when this
    computer holds the CA that issued the certificate, its current list and
    its own records.  A given list its issuer did not sign is refused (bad
    input); a certificate any of them lists as revoked is refused (the
    draft's state: exit 1).  The newest list (by its date of issue) is
    carried.
    """
    from pactdesk.signing import authority, revocation

    issuer = next((c for c in chain if c.subject == certificate.issuer), None)
    lists: list[x509.CertificateRevocationList] = []
    for name, raw in given:
        try:
            crl = revocation.load_crl(raw)
        except revocation.RevocationListError as exc:
            raise BundleRefused(f"{name} is not a revocation list", bad_input=True) from exc
        if issuer is None or not revocation.issued_by(crl, issuer):
            raise BundleRefused(
                f"{name} is not a revocation list signed by the CA that issued your certificate",
                bad_input=True,
            )
        lists.append(crl)
    ca = authority.load_ca()
    held_here = ca is not None and issuer is not None and ca.certificate == issuer
    if held_here:
        current = authority.current_crl()
        if current is not None:
            lists.append(revocation.load_crl(current))
    found = [
        entry for entry in (revocation.revocation_of(certificate, crl) for crl in lists) if entry
    ]
    if held_here:
        found += [r for r in authority.revocations() if r.serial == certificate.serial_number]
    if found:
        entry = min(found, key=lambda r: r.revoked_at)
        from pactdesk.signing.cades import common_name

        raise BundleRefused(
            f"the certificate of {common_name(certificate)} is revoked since "
            f"{entry.revoked_at:%Y-%m-%d %H:%M:%S} UTC ({revocation.reason_words(entry.reason)}); "
            "no bundle is signed with it",
            [
                "The sign-off CA revoked it: sign the bundle with another identity, "
                "with a certificate the CA issued since (pactdesk identity list)."
            ],
        )
    if not lists:
        return None
    return revocation.der(max(lists, key=revocation.issued_at))


def check_signature_format(form: str, wanted: str | None) -> None:
    """Refuse (:class:`BundleRefused`, bad input) a ``--signature-format`` not the draft's."""
    if wanted is None or wanted == form:
        return
    raise BundleRefused(
        f"this contribution is signed in the {FORM_NAMES[form]} form, so its bundle cannot "
        f"be {FORM_NAMES.get(wanted, wanted)}",
        [
            "Every sign-off and the submitter's signature of a bundle are of one form, the "
            "draft's (pactdesk signature-form DRAFT shows it; it can change only before the "
            "first sign-off)."
        ],
        bad_input=True,
    )


def write_bundle(
    draft: Draft, target: Path, *, reads: Sequence[Path] = (), **options: Any
) -> BundleResult:
    """:func:`make_bundle`, then write it and record the export in the draft.

    The bundle is written with :func:`pactdesk.outputs.write_output`: never
    over the draft nor over ``reads`` (the bundle it supersedes, trust
    files), atomically, or :class:`pactdesk.outputs.OutputError`.
    """
    from pactdesk.outputs import check_output, write_output

    check_output(target, draft=draft.path, reads=reads, what="bundle")
    result = make_bundle(draft, **options)
    write_output(target, result.data, draft=draft.path, reads=reads, what="bundle")
    draft.record_export(
        "bundle-preview" if result.preview else "bundle", str(target), head=result.head
    )
    return result
