"""Sign-offs: who approved exactly which content of the contribution, in which role.

A sign-off signs the contribution's canonical JSON
(:func:`pactdesk.services.interchange.canonical_json`) at the draft's current
revision.  What is signed is an ASiC manifest (ETSI EN 319 162-1) that names

* ``contribution.json`` with the SHA-256 of those canonical bytes,
* for every sign-off after the first of a revision, the previous sign-off's
  signature file (``META-INF/signatureNNN.p7s``) with its SHA-256 — so the
  order of the sign-offs is signed too,
* PactDesk's properties: ``role``, ``revision``, ``history-head``,
  ``draft-id``, ``member-state``, ``cycle``, ``sequence`` and
  ``previous-signature-sha256`` (see :func:`manifest_properties`),

and the signature is a CAdES-B-B detached CMS over the manifest's bytes.
Both are kept in the draft unchanged; the bundle carries them as
``META-INF/ASiCManifestNNN.xml`` and ``META-INF/signatureNNN.p7s``, NNN the
sign-off's ``sequence`` (:func:`file_names`).

A sign-off **holds** while the draft's canonical JSON still has the digest
its manifest names, the manifest still names it, and the signature still
verifies; any later edit changes the canonical JSON (its revision and
history head at least), so earlier sign-offs show as outdated.  One
identity signs at most one role of a revision, and a role is signed at most
once per revision.

Sign-off roles are configured per contribution; a new or migrated draft has
one, ``approver``, required.

Threading and transactions: one call is one user action; writes are one
transaction each (:meth:`Draft.writing`), and :func:`sign` checks inside it
that the draft has not changed since the content was signed.  Signing itself
(key, CMS) happens before the transaction, on the caller's thread; the GUI
calls this from its worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import text

from pactdesk.domain.history import Head
from pactdesk.services.drafts import Draft, now_iso
from pactdesk.signing import cades, certificates
from pactdesk.signing.keys import Signer, key_id
from pactdesk.signing.sign_off import (
    CONTRIBUTION_MIME,
    CONTRIBUTION_NAME,
    SIGN_OFF_FORMAT,
    CheckedSignOff,
    SignOffError,
    SignOffTarget,
    build_sign_off_manifest,
    check_role_name,
    check_sign_off,
    file_names,
    manifest_properties,
    sha256_hex,
)

__all__ = [
    "CONTRIBUTION_MIME",
    "CONTRIBUTION_NAME",
    "DEFAULT_ROLE",
    "SIGN_OFF_FORMAT",
    "CheckedSignOff",
    "RoleState",
    "SignOff",
    "SignOffError",
    "SignOffRole",
    "SignOffSummary",
    "SignOffTarget",
    "build_sign_off_manifest",
    "check_can_sign",
    "configure_roles",
    "check_sign_off",
    "current_chain",
    "file_names",
    "list_sign_offs",
    "preview",
    "manifest_properties",
    "missing_sign_offs",
    "required_sign_offs_hold",
    "sign",
    "sign_off_roles",
    "summary",
]

DEFAULT_ROLE = "approver"


@dataclass(frozen=True, slots=True)
class SignOffRole:
    name: str
    required: bool
    position: int


@dataclass(frozen=True, slots=True)
class SignOff:
    """One sign-off as stored in the draft (``certificate`` is the signer's DER)."""

    id: int
    sequence: int
    role: str
    identity_id: str
    signer_name: str
    certificate: bytes
    revision: int
    history_head: str
    content_sha256: str
    manifest: bytes
    signature: bytes
    signature_sha256: str
    previous_signature_sha256: str | None
    signed_at: str
    source: str
    holds: bool
    problem: str = ""

    @property
    def outdated(self) -> bool:
        return not self.holds

    @property
    def manifest_name(self) -> str:
        return file_names(self.sequence)[0]

    @property
    def signature_name(self) -> str:
        return file_names(self.sequence)[1]

    def x509_certificate(self) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.certificate)

    @property
    def signer_organisation(self) -> str:
        return certificates.person_of(self.x509_certificate().subject).organisation

    @property
    def signer_email(self) -> str:
        return certificates.person_of(self.x509_certificate().subject).email


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


# -- roles ---------------------------------------------------------------------------


def sign_off_roles(draft: Draft) -> list[SignOffRole]:
    with draft.reading() as conn:
        rows = conn.execute(
            text("SELECT name, required, position FROM sign_off_role ORDER BY position, name")
        ).all()
    return [SignOffRole(str(n), bool(r), int(p)) for n, r, p in rows]


def configure_roles(
    draft: Draft,
    *,
    require: Sequence[str] = (),
    optional: Sequence[str] = (),
    remove: Sequence[str] = (),
) -> list[SignOffRole]:
    """Add roles, make them required or optional, remove them: all or nothing (one transaction)."""
    current = {role.name: role for role in sign_off_roles(draft)}
    wanted = {name: role.required for name, role in current.items()}
    for name in [*require, *optional]:
        check_role_name(name)
    for name in remove:
        if name not in wanted:
            raise SignOffError(f"There is no role {name!r}.")
        del wanted[name]
    for name in require:
        wanted[name] = True
    for name in optional:
        wanted[name] = False
    if not any(wanted.values()):
        raise SignOffError("At least one role must be required.")
    next_position = max((r.position for r in current.values()), default=0)
    with draft.writing() as conn:
        for name in current:
            if name not in wanted:
                conn.execute(text("DELETE FROM sign_off_role WHERE name = :n"), {"n": name})
        for name, required in wanted.items():
            if name in current:
                conn.execute(
                    text("UPDATE sign_off_role SET required = :r WHERE name = :n"),
                    {"r": required, "n": name},
                )
            else:
                next_position += 1
                conn.execute(
                    text(
                        "INSERT INTO sign_off_role (name, required, position) VALUES (:n, :r, :p)"
                    ),
                    {"n": name, "r": required, "p": next_position},
                )
    return sign_off_roles(draft)


def set_role(draft: Draft, name: str, *, required: bool) -> list[SignOffRole]:
    """Add a role, or change whether it is required (one transaction)."""
    if required:
        return configure_roles(draft, require=[name])
    return configure_roles(draft, optional=[name])


def remove_role(draft: Draft, name: str) -> list[SignOffRole]:
    return configure_roles(draft, remove=[name])


# -- reading sign-offs -------------------------------------------------------------------

_COLUMNS = (
    "id, sequence, role, identity_id, signer_name, certificate, revision, history_head, "
    "content_sha256, manifest, signature, signature_sha256, previous_signature_sha256, "
    "signed_at, source"
)


def current_content(draft: Draft) -> tuple[bytes, str]:
    """The canonical JSON at the current revision and its SHA-256 (hex)."""
    from pactdesk.services.interchange import canonical_json

    content = canonical_json(draft)
    return content, sha256_hex(content)


def _stored(draft: Draft) -> list[Any]:
    with draft.reading() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text(f"SELECT {_COLUMNS} FROM sign_off ORDER BY id")  # noqa: S608 - fixed text
            )
        ]


def _holds(row: Any, content_sha256: str) -> tuple[bool, str]:
    stored_digest = str(row[8])
    if stored_digest != content_sha256:
        return False, "the contribution changed after this sign-off"
    if not isinstance(row[9], bytes) or not isinstance(row[10], bytes):
        return False, "the stored sign-off is damaged"
    try:
        checked = check_sign_off(row[9], row[10])
    except SignOffError as exc:
        return False, str(exc)
    if checked.target.content_sha256 != content_sha256:
        return False, "the stored manifest names other content"
    return True, ""


def _sign_off_of(row: Any, content_sha256: str) -> SignOff:
    holds, problem = _holds(row, content_sha256)
    return SignOff(
        id=int(row[0]),
        sequence=int(row[1]),
        role=str(row[2]),
        identity_id=str(row[3]),
        signer_name=str(row[4]),
        certificate=bytes(row[5]),
        revision=int(row[6]),
        history_head=str(row[7]),
        content_sha256=str(row[8]),
        manifest=bytes(row[9]),
        signature=bytes(row[10]),
        signature_sha256=str(row[11]),
        previous_signature_sha256=None if row[12] is None else str(row[12]),
        signed_at=str(row[13]),
        source=str(row[14]),
        holds=holds,
        problem=problem,
    )


def list_sign_offs(draft: Draft, *, content_sha256: str | None = None) -> list[SignOff]:
    """Every sign-off of the draft, oldest first, each saying whether it still holds."""
    if content_sha256 is None:
        content_sha256 = current_content(draft)[1]
    return [_sign_off_of(row, content_sha256) for row in _stored(draft)]


def current_chain(draft: Draft) -> list[SignOff]:
    """The sign-offs that hold at the current revision, in their signed order."""
    return sorted((s for s in list_sign_offs(draft) if s.holds), key=lambda s: s.sequence)


def summary(draft: Draft) -> SignOffSummary:
    _content, digest = current_content(draft)
    sign_offs = list_sign_offs(draft, content_sha256=digest)
    states = []
    for role in sign_off_roles(draft):
        holding = next((s for s in sign_offs if s.role == role.name and s.holds), None)
        outdated = tuple(s for s in sign_offs if s.role == role.name and not s.holds)
        states.append(RoleState(role, holding, outdated))
    return SignOffSummary(draft.head().revision, digest, tuple(states), tuple(sign_offs))


def required_sign_offs_hold(draft: Draft) -> bool:
    """True when every required role has a sign-off that holds at the current revision."""
    return summary(draft).complete


def missing_sign_offs(draft: Draft) -> list[str]:
    """Required roles without a sign-off that holds (never signed, or outdated)."""
    return summary(draft).missing_roles


# -- making sign-offs ----------------------------------------------------------------------


def next_target(draft: Draft) -> tuple[SignOffTarget, bytes]:
    """What the next sign-off of the current revision signs, and the canonical JSON itself."""
    target, content, _chain = _plan(draft)
    return target, content


def _plan(draft: Draft) -> tuple[SignOffTarget, bytes, list[SignOff]]:
    content, digest = current_content(draft)
    chain = sorted(
        (s for s in list_sign_offs(draft, content_sha256=digest) if s.holds),
        key=lambda s: s.sequence,
    )
    head = draft.head()
    previous = chain[-1] if chain else None
    target = SignOffTarget(
        draft_id=draft.info.draft_id,
        member_state=draft.info.member_state,
        cycle=draft.info.cycle,
        revision=head.revision,
        history_head=head.hash,
        content_sha256=digest,
        sequence=(previous.sequence + 1) if previous else 1,
        previous_signature_sha256=previous.signature_sha256 if previous else None,
    )
    return target, content, chain


def check_can_sign(draft: Draft, *, identity_id: str, role: str, signer_name: str = "") -> None:
    """Raise :class:`SignOffError` now if this identity may not sign ``role`` at this revision.

    Lets the command line and the dialog refuse before asking for a passphrase.
    """
    _target, _content, chain = _plan(draft)
    _check_allowed(draft, chain, role, identity_id, signer_name or "This identity")


def _check_allowed(
    draft: Draft, chain: Sequence[SignOff], role: str, identity_id: str, signer_name: str
) -> None:
    roles = {r.name for r in sign_off_roles(draft)}
    if role not in roles:
        raise SignOffError(
            f"This contribution has no sign-off role {role!r} (its roles: "
            f"{', '.join(sorted(roles)) or 'none'})."
        )
    for existing in chain:
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
    was shown, see :func:`preview`) is not the current content.
    """
    target, _content, chain = _plan(draft)
    if expected_content_sha256 is not None and target.content_sha256 != expected_content_sha256:
        raise SignOffError(
            "The contribution changed since it was shown for signing; read it again and sign."
        )
    identity_id = key_id(signer.certificate.public_key())
    _check_allowed(draft, chain, role, identity_id, signer.name)
    raw_manifest = build_sign_off_manifest(target, role)
    try:
        signature = cades.sign_detached(
            raw_manifest, key=signer.key, certificate=signer.certificate, chain=signer.chain
        )
    except cades.SignatureError as exc:
        raise SignOffError(str(exc)) from exc
    checked = check_sign_off(raw_manifest, signature)
    return _record(draft, checked, source="this computer")


def record_checked(draft: Draft, checked: CheckedSignOff, *, source: str) -> SignOff:
    """Store a sign-off made elsewhere (a sign-off request), after every check."""
    current, _content, chain = _plan(draft)
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
    identity_id = key_id(checked.info.certificate.public_key())
    _check_allowed(draft, chain, checked.role, identity_id, checked.info.signer_name)
    return _record(draft, checked, source=source)


def _record(draft: Draft, checked: CheckedSignOff, *, source: str) -> SignOff:
    target = checked.target
    certificate = checked.info.certificate
    signed_at = (
        checked.info.signing_time.astimezone(dt.UTC).isoformat(timespec="seconds")
        if checked.info.signing_time
        else now_iso()
    )
    with draft.writing() as conn:
        last = conn.execute(text("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")).first()
        head = Head(int(last[0]), str(last[1])) if last else Head(0, "")
        if head.revision != target.revision or (last and head.hash != target.history_head):
            raise SignOffError("The contribution changed while signing; nothing was recorded.")
        clash = conn.execute(
            text(
                "SELECT role, identity_id, sequence FROM sign_off WHERE content_sha256 = :c "
                "AND (role = :role OR identity_id = :identity OR sequence = :sequence)"
            ),
            {
                "c": target.content_sha256,
                "role": checked.role,
                "identity": key_id(certificate.public_key()),
                "sequence": target.sequence,
            },
        ).first()
        if clash is not None:
            raise SignOffError("Another sign-off was recorded meanwhile; nothing was recorded.")
        conn.execute(
            text(
                "INSERT INTO sign_off (sequence, role, identity_id, signer_name, certificate, "
                "revision, history_head, content_sha256, manifest, signature, signature_sha256, "
                "previous_signature_sha256, signed_at, recorded_at, source) VALUES (:sequence, "
                ":role, :identity_id, :signer_name, :certificate, :revision, :history_head, "
                ":content_sha256, :manifest, :signature, :signature_sha256, :previous, "
                ":signed_at, :recorded_at, :source)"
            ),
            {
                "sequence": target.sequence,
                "role": checked.role,
                "identity_id": key_id(certificate.public_key()),
                "signer_name": cades.common_name(certificate),
                "certificate": certificate.public_bytes(serialization.Encoding.DER),
                "revision": target.revision,
                "history_head": target.history_head,
                "content_sha256": target.content_sha256,
                "manifest": checked.manifest,
                "signature": checked.signature,
                "signature_sha256": sha256_hex(checked.signature),
                "previous": target.previous_signature_sha256,
                "signed_at": signed_at,
                "recorded_at": now_iso(),
                "source": source,
            },
        )
    with draft.reading() as conn:
        row = conn.execute(
            text(f"SELECT {_COLUMNS} FROM sign_off WHERE signature_sha256 = :s ORDER BY id DESC"),
            {"s": sha256_hex(checked.signature)},
        ).first()
    assert row is not None
    return _sign_off_of(tuple(row), target.content_sha256)


def signer_chain_names(sign_offs: Sequence[SignOff]) -> list[str]:
    """``"approver: Zofia Żółkiewska"`` lines, in order (for messages)."""
    return [f"{s.role}: {s.signer_name}" for s in sign_offs]


# -- what the signer reads -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadableBlock:
    """One part of the contribution as the official reads it: a heading and labelled texts."""

    heading: str
    level: int
    paragraphs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class SignOffPreview:
    """The exact content a sign-off would sign now, in readable form.

    Built from the canonical JSON bytes themselves (not from the draft's
    tables), so that what is shown is what is signed; pass
    ``content_sha256`` to :func:`sign` as ``expected_content_sha256``.
    """

    title: str
    revision: int
    content_sha256: str
    blocks: tuple[ReadableBlock, ...]
    answered: int
    total: int


def _data_line(point: dict[str, Any]) -> str:
    value = point.get("value")
    shown = "—" if value is None else f"{value:,}".replace(",", "\u202f")
    if isinstance(value, float) and value.is_integer():
        shown = f"{int(value):,}".replace(",", "\u202f")
    extra = [p for p in (point.get("source", ""),) if p]
    if point.get("harmonised"):
        extra.append("harmonised")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (
        f"{point.get('indicator', '')}, {point.get('period', '')}: {shown} "
        f"{point.get('unit', '')}{tail}"
    ).strip()


def preview(draft: Draft) -> SignOffPreview:
    """What signing now would sign, for the signing dialog (Qt-free; any one thread)."""
    content, _digest = current_content(draft)
    return readable_content(
        content,
        draft.framework,
        member_state=draft.info.member_state,
        cycle=draft.info.cycle,
        revision=draft.head().revision,
    )


def readable_content(
    content: bytes, framework: Any, *, member_state: str, cycle: int, revision: int
) -> SignOffPreview:
    """Canonical JSON bytes as the official reads them (a draft's, or a sign-off request's)."""
    import json

    digest = sha256_hex(content)
    document = json.loads(content)
    blocks: list[ReadableBlock] = []
    answered = total = 0

    def text_of(label: str, value: str) -> tuple[str, str]:
        nonlocal answered, total
        total += 1
        if value.strip():
            answered += 1
            return label, value
        return label, "(not answered)"

    blocks.append(ReadableBlock(framework.part_one_title, 1, ()))
    for entry in document.get("political_report", []):
        area = framework.area(entry["area"])
        blocks.append(
            ReadableBlock(
                f"{area.id}. {area.title}",
                2,
                (text_of("Assessment", entry.get("assessment", "")),),
            )
        )
    blocks.append(ReadableBlock(framework.part_two_title, 1, ()))
    for answer in document.get("commitments", []):
        commitment = framework.commitment(answer["id"])
        paragraphs = [
            text_of(framework.column_actions, answer.get("actions_undertaken", "")),
            text_of(framework.column_developments, answer.get("developments_planned", "")),
        ]
        for prompt in answer.get("prompts", []):
            try:
                question = framework.prompt(prompt["id"]).text
            except KeyError:
                question = prompt["id"]
            paragraphs.append(text_of(question, prompt.get("answer", "")))
        for point in answer.get("data", []):
            paragraphs.append(("Data", _data_line(point)))
        for reference in answer.get("references", []):
            paragraphs.append(
                ("Reference", f"{reference.get('source', '')}: {reference.get('citation', '')}")
            )
        first = commitment.paragraphs[0] if commitment.paragraphs else ""
        blocks.append(ReadableBlock(f"{commitment.id} {first}", 2, tuple(paragraphs)))
    state = framework.member_state(member_state).name
    title = f"{state}'s contribution to the {cycle} cycle ({framework.id})"
    return SignOffPreview(
        title=title,
        revision=int(document.get("draft", {}).get("revision", revision)),
        content_sha256=digest,
        blocks=tuple(blocks),
        answered=answered,
        total=total,
    )


# -- sign-off requests (a signer on another computer) --------------------------------------


def _render_pdf(draft: Draft) -> bytes:
    try:
        from pactdesk.services.pdf_export import render_pdf
    except ImportError as exc:  # the PDF export is not part of this build
        raise SignOffError("This PactDesk cannot make PDFs, so it cannot make a request.") from exc
    return bytes(render_pdf(draft))


def export_request(draft: Draft, *, made_by: str, pdf: bytes | None = None) -> bytes:
    """A sign-off request for the current revision (the file's bytes; nothing written).

    ``pdf`` is the readable copy to include; by default the draft's PDF
    (with its DRAFT mark) is rendered.
    """
    from pactdesk.signing import request as request_file

    target, content, chain = _plan(draft)
    roles = [
        request_file.RoleSlot(
            role.name,
            role.required,
            next((s.signer_name for s in chain if s.role == role.name), None),
        )
        for role in sign_off_roles(draft)
    ]
    return request_file.build_request(
        target,
        content=content,
        pdf=_render_pdf(draft) if pdf is None else pdf,
        roles=roles,
        made_at=now_iso(),
        made_by=made_by,
        signed_identities=[s.identity_id for s in chain],
    )


def import_response(draft: Draft, raw: bytes) -> SignOff:
    """Record a sign-off made on another computer, after checking it against the draft.

    Refused (:class:`SignOffError`, nothing written) when the file is not a
    sound signed sign-off, or does not match the current content and chain.
    """
    from pactdesk.signing import request as request_file

    checked = request_file.read_response(raw)
    return record_checked(draft, checked, source="sign-off request")
