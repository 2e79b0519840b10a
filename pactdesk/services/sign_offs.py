"""The sign-offs of a draft: who approved exactly which content, in which role; making one.

A sign-off signs the contribution's canonical JSON
(:func:`pactdesk.services.interchange.canonical_json`) at the draft's current
revision.  What is signed is an ASiC manifest (ETSI EN 319 162-1) that names

* ``contribution.json`` with the SHA-256 of those canonical bytes,
* for every sign-off after the first of a revision, the previous sign-off's
  signature file (``META-INF/signatureNNN.p7s``) with its SHA-256 — so the
  order of the sign-offs is signed too,
* PactDesk's properties: ``role``, ``revision``, ``history-head``,
  ``draft-id``, ``member-state``, ``cycle``, ``sequence`` and
  ``previous-signature-sha256``
  (:func:`pactdesk.signing.sign_off_manifest.manifest_properties`),

and the signature is a CAdES-B-B detached CMS over the manifest's bytes.
Both are kept in the draft unchanged; the bundle carries them as
``META-INF/ASiCManifestNNN.xml`` and ``META-INF/signatureNNN.p7s``, NNN the
sign-off's ``sequence``.  A draft set to the XAdES form
(:mod:`pactdesk.services.signature_form`) signs instead one XAdES-B-B file
per sign-off, ``META-INF/signaturesNNN.xml``, over ``contribution.json``
with the same properties signed inside it; every sign-off of a draft is
made in the draft's form.

A sign-off **holds** while the draft's canonical JSON still has the digest
its manifest names, the manifest still names it, and the signature still
verifies; any later edit changes the canonical JSON (its revision and
history head at least), so earlier sign-offs show as outdated.  One
identity signs at most one role of a revision, and a role is signed at most
once per revision.  The roles: :mod:`pactdesk.services.sign_off_roles`;
what the signer reads: :mod:`pactdesk.services.sign_off_preview`; a signer
on another computer: :mod:`pactdesk.services.sign_off_requests`.

Threading and transactions: one call is one user action.  The reading
functions take a draft (read once, as a snapshot) or a
:class:`~pactdesk.services.drafts.DraftSnapshot` already read, so that one
action checks every sign-off once.  Recording a sign-off is one write
transaction that checks inside it that the draft has not changed since the
content was signed.  Signing itself (key, CMS) happens before the
transaction, on the caller's thread; the GUI calls this from its worker
thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cached_property

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from pactdesk.db.records import SignOffRecord
from pactdesk.domain.sign_off import SignOffError
from pactdesk.services.drafts import Draft, DraftSnapshot, now_iso, snapshot_of
from pactdesk.services.interchange import canonical_json
from pactdesk.services.sign_off_roles import SignOffRole, sign_off_roles
from pactdesk.signing import cades, certificates
from pactdesk.signing.keys import Signer, key_id
from pactdesk.signing.sign_off_manifest import (
    FORM_NAMES,
    XADES,
    CheckedSignOff,
    SignOffTarget,
    check_sign_off,
    file_names,
    sha256_hex,
    sign_sign_off,
    xades_file_name,
)

__all__ = [
    "RoleState",
    "SignOff",
    "SignOffPlan",
    "SignOffSummary",
    "check_can_sign",
    "current_chain",
    "current_content",
    "list_sign_offs",
    "missing_sign_offs",
    "next_target",
    "plan",
    "record_checked",
    "required_sign_offs_hold",
    "sign",
    "signer_chain_names",
    "summary",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class SignOff(SignOffRecord):
    """One sign-off as stored in the draft, and whether it still holds.

    The stored row's fields (:class:`pactdesk.db.records.SignOffRecord`;
    ``certificate`` is the signer's DER) and the service's verdict on it.
    """

    holds: bool
    problem: str = ""

    @property
    def outdated(self) -> bool:
        return not self.holds

    @property
    def manifest_name(self) -> str | None:
        """The manifest's name in a bundle (None in the XAdES form: there is none)."""
        return None if self.signature_form == XADES else file_names(self.sequence)[0]

    @property
    def signature_name(self) -> str:
        if self.signature_form == XADES:
            return xades_file_name(self.sequence)
        return file_names(self.sequence)[1]

    def x509_certificate(self) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.certificate)

    @property
    def signer_organisation(self) -> str:
        return certificates.person_of(self.x509_certificate().subject).organisation


@dataclass(frozen=True, slots=True)
class RoleState:
    """A role, and the sign-off that holds for it at the current revision (if any)."""

    role: SignOffRole
    holding: SignOff | None
    outdated: tuple[SignOff, ...]

    @property
    def missing(self) -> bool:
        return self.role.required and self.holding is None


@dataclass(frozen=True)
class SignOffSummary:
    """What ``status`` and the sign-off panel show."""

    revision: int
    content_sha256: str
    roles: tuple[RoleState, ...]
    sign_offs: tuple[SignOff, ...]

    @cached_property
    def missing_roles(self) -> list[str]:
        return [state.role.name for state in self.roles if state.missing]

    @cached_property
    def outdated_required_roles(self) -> list[str]:
        return [s.role.name for s in self.roles if s.missing and s.outdated]

    @property
    def complete(self) -> bool:
        return not self.missing_roles

    @cached_property
    def chain(self) -> list[SignOff]:
        """The sign-offs that hold, in their signed order."""
        return sorted((s for s in self.sign_offs if s.holds), key=lambda s: s.sequence)

    def to_json(self) -> dict[str, object]:
        return {
            "complete": self.complete,
            "missing_roles": self.missing_roles,
            "roles": [
                {"name": s.role.name, "required": s.role.required, "signed": s.holding is not None}
                for s in self.roles
            ],
            "sign_offs": [
                {
                    "sequence": so.sequence,
                    "role": so.role,
                    "signer": so.signer_name,
                    "identity": so.identity_id,
                    "revision": so.revision,
                    "signed_at": so.signed_at,
                    "holds": so.holds,
                    "problem": so.problem,
                    "source": so.source,
                }
                for so in self.sign_offs
            ],
        }


# -- reading sign-offs -------------------------------------------------------------------


def current_content(source: Draft | DraftSnapshot) -> tuple[bytes, str]:
    """The canonical JSON at the current revision (or the snapshot's) and its SHA-256 (hex)."""
    content = canonical_json(source)
    return content, sha256_hex(content)


def _holds(record: SignOffRecord, content_sha256: str) -> tuple[bool, str]:
    if record.content_sha256 != content_sha256:
        return False, "the contribution changed after this sign-off"
    try:
        checked = check_sign_off(record.manifest, record.signature, form=record.signature_form)
    except SignOffError as exc:
        return False, str(exc)
    if checked.target.content_sha256 != content_sha256:
        return False, "the stored manifest names other content"
    return True, ""


def _sign_off_of(record: SignOffRecord, content_sha256: str) -> SignOff:
    holds, problem = _holds(record, content_sha256)
    stored = {f.name: getattr(record, f.name) for f in fields(SignOffRecord)}
    return SignOff(**stored, holds=holds, problem=problem)


def list_sign_offs(
    source: Draft | DraftSnapshot, *, content_sha256: str | None = None
) -> list[SignOff]:
    """Every sign-off, oldest first, each saying whether it holds (for ``content_sha256``:
    by default the canonical JSON of the same snapshot)."""
    snapshot = snapshot_of(source)
    if content_sha256 is None:
        content_sha256 = current_content(snapshot)[1]
    return [_sign_off_of(record, content_sha256) for record in snapshot.sign_offs]


def current_chain(source: Draft | DraftSnapshot) -> list[SignOff]:
    """The sign-offs that hold at the current revision, in their signed order."""
    return summary(source).chain


def summary(source: Draft | DraftSnapshot) -> SignOffSummary:
    """Roles, sign-offs and what is missing, at one revision (every signature checked once)."""
    snapshot = snapshot_of(source)
    _content, digest = current_content(snapshot)
    sign_offs = list_sign_offs(snapshot, content_sha256=digest)
    states = []
    for role in sign_off_roles(snapshot):
        holding = next((s for s in sign_offs if s.role == role.name and s.holds), None)
        outdated = tuple(s for s in sign_offs if s.role == role.name and not s.holds)
        states.append(RoleState(role, holding, outdated))
    return SignOffSummary(snapshot.head.revision, digest, tuple(states), tuple(sign_offs))


def required_sign_offs_hold(source: Draft | DraftSnapshot) -> bool:
    """True when every required role has a sign-off that holds at the current revision."""
    return summary(source).complete


def missing_sign_offs(source: Draft | DraftSnapshot) -> list[str]:
    """Required roles without a sign-off that holds (never signed, or outdated)."""
    return summary(source).missing_roles


# -- making sign-offs ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignOffPlan:
    """What the next sign-off of a snapshot's revision signs, and the chain it follows."""

    snapshot: DraftSnapshot
    target: SignOffTarget
    content: bytes
    chain: tuple[SignOff, ...]
    roles: tuple[SignOffRole, ...]


def plan(source: Draft | DraftSnapshot) -> SignOffPlan:
    """The target of the next sign-off, from one snapshot."""
    snapshot = snapshot_of(source)
    content, digest = current_content(snapshot)
    chain = sorted(
        (s for s in list_sign_offs(snapshot, content_sha256=digest) if s.holds),
        key=lambda s: s.sequence,
    )
    previous = chain[-1] if chain else None
    info = snapshot.info
    target = SignOffTarget(
        draft_id=info.draft_id,
        member_state=info.member_state,
        cycle=info.cycle,
        revision=snapshot.head.revision,
        history_head=snapshot.head.hash,
        content_sha256=digest,
        sequence=(previous.sequence + 1) if previous else 1,
        previous_signature_sha256=previous.signature_sha256 if previous else None,
    )
    return SignOffPlan(snapshot, target, content, tuple(chain), tuple(sign_off_roles(snapshot)))


def next_target(draft: Draft) -> tuple[SignOffTarget, bytes]:
    """What the next sign-off of the current revision signs, and the canonical JSON itself."""
    planned = plan(draft)
    return planned.target, planned.content


def check_can_sign(draft: Draft, *, identity_id: str, role: str, signer_name: str = "") -> None:
    """Raise :class:`SignOffError` now if this identity may not sign ``role`` at this revision.

    Lets the command line and the dialog refuse before asking for a passphrase.
    """
    _check_allowed(plan(draft), role, identity_id, signer_name or "This identity")


def _check_allowed(planned: SignOffPlan, role: str, identity_id: str, signer_name: str) -> None:
    roles = {r.name for r in planned.roles}
    if role not in roles:
        raise SignOffError(
            f"This contribution has no sign-off role {role!r} (its roles: "
            f"{', '.join(sorted(roles)) or 'none'})."
        )
    for existing in planned.chain:
        if existing.identity_id == identity_id:
            raise SignOffError(
                f"{signer_name} already signed this revision as {existing.role}; "
                "one identity signs at most one role of a revision."
            )
        if existing.role == role:
            raise SignOffError(
                f"The role {role} was already signed at this revision by {existing.signer_name}."
            )


def sign(
    draft: Draft, signer: Signer, role: str, *, expected_content_sha256: str | None = None
) -> SignOff:
    """Sign the contribution at its current revision in ``role`` (one transaction).

    Raises :class:`SignOffError` (nothing written) when the role does not
    exist, the identity already signed a role of this revision, or the role
    was already signed, or when ``expected_content_sha256`` (what the signer
    was shown, see :func:`pactdesk.services.sign_off_preview.preview`) is not
    the current content.
    """
    planned = plan(draft)
    target = planned.target
    if expected_content_sha256 is not None and target.content_sha256 != expected_content_sha256:
        raise SignOffError(
            "The contribution changed since it was shown for signing; read it again and sign."
        )
    identity_id = key_id(signer.certificate.public_key())
    _check_allowed(planned, role, identity_id, signer.name)
    form = planned.snapshot.signature_form
    raw_manifest, signature = sign_sign_off(target, role, signer, form=form)
    checked = check_sign_off(raw_manifest, signature, form=form)
    return _record(draft, checked, source="this computer")


def record_checked(draft: Draft, checked: CheckedSignOff, *, source: str) -> SignOff:
    """Store a sign-off made elsewhere (a sign-off request), after every check."""
    planned = plan(draft)
    current = planned.target
    t = checked.target
    if t.draft_id != current.draft_id:
        raise SignOffError("The sign-off is for another draft.")
    if t.content_sha256 != current.content_sha256 or (t.revision, t.history_head) != (
        current.revision,
        current.history_head,
    ):
        raise SignOffError(
            f"The sign-off is for revision {t.revision}, but the contribution has changed "
            f"since (now revision {current.revision}); it no longer matches the current "
            "content. Export a new sign-off request."
        )
    if (t.sequence, t.previous_signature_sha256) != (
        current.sequence,
        current.previous_signature_sha256,
    ):
        raise SignOffError(
            "Another sign-off was added since the request was exported, so this one "
            "does not follow it in the signed order. Export a new sign-off request."
        )
    form = planned.snapshot.signature_form
    if checked.form != form:
        raise SignOffError(
            f"The sign-off is signed in the {FORM_NAMES[checked.form]} form, but this "
            f"contribution is signed in the {FORM_NAMES[form]} form. Export a new sign-off "
            "request."
        )
    identity_id = key_id(checked.info.certificate.public_key())
    _check_allowed(planned, checked.role, identity_id, checked.info.signer_name)
    return _record(draft, checked, source=source)


def _record(draft: Draft, checked: CheckedSignOff, *, source: str) -> SignOff:
    """One write transaction: check the draft is still at the signed revision, then store."""
    target = checked.target
    certificate = checked.info.certificate
    signed_at = (
        checked.info.signing_time.astimezone(dt.UTC).isoformat(timespec="seconds")
        if checked.info.signing_time
        else now_iso()
    )
    identity_id = key_id(certificate.public_key())
    signature_sha256 = sha256_hex(checked.signature)
    draft.check_writable()
    with draft.repository.writing() as writer:
        head = writer.head()
        if (head.revision, head.hash) != (target.revision, target.history_head):
            raise SignOffError("The contribution changed while signing; nothing was recorded.")
        if writer.sign_off_clashes(
            content_sha256=target.content_sha256,
            role=checked.role,
            identity_id=identity_id,
            sequence=target.sequence,
        ):
            raise SignOffError("Another sign-off was recorded meanwhile; nothing was recorded.")
        writer.insert_sign_off(
            SignOffRecord(
                id=0,
                sequence=target.sequence,
                role=checked.role,
                identity_id=identity_id,
                signer_name=cades.common_name(certificate),
                certificate=certificate.public_bytes(serialization.Encoding.DER),
                revision=target.revision,
                history_head=target.history_head,
                content_sha256=target.content_sha256,
                manifest=checked.manifest,
                signature=checked.signature,
                signature_sha256=signature_sha256,
                previous_signature_sha256=target.previous_signature_sha256,
                signed_at=signed_at,
                source=source,
                signature_form=checked.form,
            ),
            recorded_at=now_iso(),
        )
        stored = writer.sign_offs(signature_sha256=signature_sha256)[-1]
    return _sign_off_of(stored, target.content_sha256)


def signer_chain_names(sign_offs: Sequence[SignOff]) -> list[str]:
    """``"approver: Zofia Żółkiewska"`` lines, in order (for messages)."""
    return [f"{s.role}: {s.signer_name}" for s in sign_offs]
