"""Across ministries, offline: assignments, exchange packages and the three-way merge.

The coordinator assigns items (:func:`assign`), sends each contributor a
package of their items (:func:`export_package`); the contributor opens it as
a draft of their own (:func:`open_package`), writes, and sends a return
(:func:`export_return`), signed by their identity where they have one.  The
coordinator reads the return (:func:`read_package`), sees what it would do
(:func:`plan_import`) and merges it (:func:`apply_import`): three-way per
field against the base the package carried, found in the coordinator's own
history (:mod:`pactdesk.domain.merge`).  Fields both sides changed in the
same place become conflicts (:func:`conflicts`, :func:`resolve`): the
coordinator's text stays, the contributor's is kept beside it.

Names of items and fields are those of :mod:`pactdesk.domain.fields`.

Threading: every function runs on the thread that calls it (the command
line's, or the UI's worker thread) and uses the draft from that thread only.
Transactions: reads go through the draft's service functions; each write is
one draft transaction — :meth:`Draft.save_many` with its ``also`` hook, so a
merge's field changes, its exchange record and its conflicts commit together
or not at all.  Files are written atomically before their export is recorded.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from pactdesk.db import exchange as store
from pactdesk.domain import fields as names
from pactdesk.domain import limits, merge
from pactdesk.domain.contribution import (
    decode_data,
    decode_references,
    describe_key,
    encode_rows,
)
from pactdesk.domain.framework import Framework
from pactdesk.domain.history import GENESIS, Event, Head
from pactdesk.outputs import write_output
from pactdesk.services import exchange_comments
from pactdesk.services.drafts import EDITABLE_KEYS, Draft, now_iso
from pactdesk.services.exchange_package import (
    DOCUMENT,
    FORMAT,
    FRAMEWORK,
    SIGNATURE,
    Package,
    PackageError,
    document_bytes,
    parse_package,
    read_members,
    write_members,
)
from pactdesk.signing import cades, envelope
from pactdesk.signing.identities import Identity
from pactdesk.signing.keys import Signer

__all__ = [
    "AssignmentRow",
    "Conflict",
    "ExchangeError",
    "FieldPlan",
    "ImportOutcome",
    "MergePlan",
    "OpenedPackage",
    "Owed",
    "Sender",
    "apply_import",
    "assign",
    "assignments",
    "conflicts",
    "export_package",
    "export_return",
    "open_package",
    "owed",
    "plan_import",
    "read_package",
    "resolve",
]

Decryptor = Callable[[bytes], bytes]


class ExchangeError(ValueError):
    """A refusal: the call or the file is wrong, and nothing was changed."""

    def __init__(self, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)


# -- assignments ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    item: str
    assignee: str
    ministry: str
    assigned_at: str
    assigned_by: str

    def to_json(self) -> dict[str, str]:
        return {
            "item": self.item,
            "assignee": self.assignee,
            "ministry": self.ministry,
            "assigned_at": self.assigned_at,
            "assigned_by": self.assigned_by,
        }


def _leaf_items(draft: Draft, items: Sequence[str]) -> tuple[str, ...]:
    try:
        return names.leaf_items(draft.framework, items)
    except names.UnknownNameError as exc:
        raise ExchangeError(str(exc)) from exc


def assign(
    draft: Draft, items: Sequence[str], *, to: str, ministry: str = "", author: str
) -> list[AssignmentRow]:
    """Assign items (an area stands for its commitments) to a person; one transaction."""
    if not to.strip():
        raise ExchangeError("Say whom the items are assigned to (a name).")
    leaves = _leaf_items(draft, items)
    if not leaves:
        raise ExchangeError("Name at least one item to assign.")
    at = now_iso()
    rows = [
        {
            "item": item,
            "assignee": to.strip(),
            "ministry": ministry.strip(),
            "assigned_at": at,
            "assigned_by": author,
        }
        for item in leaves
    ]
    draft.check_writable()
    with draft.repository.writing() as conn:
        store.put_assignments(conn, rows)
    return [AssignmentRow(**row) for row in rows]


def unassign(draft: Draft, items: Sequence[str]) -> None:
    leaves = _leaf_items(draft, items)
    draft.check_writable()
    with draft.repository.writing() as conn:
        store.remove_assignments(conn, leaves)


def assignments(draft: Draft) -> list[AssignmentRow]:
    with draft.repository.reading() as conn:
        rows = store.assignments(conn)
    order = {name: i for i, name in enumerate(names.all_leaf_items(draft.framework))}
    out = [AssignmentRow(**row) for row in rows]
    return sorted(out, key=lambda row: order.get(row.item, len(order)))


def items_assigned_to(draft: Draft, assignee: str) -> tuple[str, ...]:
    wanted = assignee.strip().casefold()
    return tuple(row.item for row in assignments(draft) if row.assignee.casefold() == wanted)


@dataclass(frozen=True, slots=True)
class Owed:
    """What one assignee still owes: their items, how many fields are answered, last return."""

    assignee: str
    ministry: str
    items: tuple[str, ...]
    answered: int
    total: int
    last_received: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "assignee": self.assignee,
            "ministry": self.ministry,
            "items": list(self.items),
            "answered": self.answered,
            "total": self.total,
            "last_received": self.last_received,
        }


def owed(draft: Draft) -> list[Owed]:
    """Per assignee: items, fields answered of all their fields, when their last return came."""
    rows = assignments(draft)
    values = draft.items()
    with draft.repository.reading() as conn:
        received = store.records(conn, "imported")
    last: dict[str, str] = {}
    for record in received:
        key = str(record["assignee"]).casefold()
        last[key] = max(last.get(key, ""), str(record["at"]))
    by_person: dict[str, list[AssignmentRow]] = {}
    for row in rows:
        by_person.setdefault(row.assignee, []).append(row)
    out = []
    for person, items in by_person.items():
        keys = [k for row in items for k in names.keys_of_item(draft.framework, row.item)]
        answered = sum(1 for k in keys if values.get(k, "").strip())
        out.append(
            Owed(
                assignee=person,
                ministry=items[0].ministry,
                items=tuple(row.item for row in items),
                answered=answered,
                total=len(keys),
                last_received=last.get(person.casefold()),
            )
        )
    return out


# -- bases: the history event that last set each field ------------------------------------


def _bases(draft: Draft, keys: Sequence[str]) -> dict[str, Head]:
    # One indexed query per field: a draft's whole history can be large (autosave).
    out = {}
    for key in keys:
        events = draft.events(key)
        out[key] = Head(events[-1].seq, events[-1].hash) if events else Head(0, GENESIS)
    return out


def _check_output(draft: Draft, target: Path) -> None:
    if target.resolve() == draft.path.resolve():
        raise ExchangeError(f"{target.name} is the draft itself; choose another file name.")


def _encrypt(data: bytes, recipients: Sequence[x509.Certificate]) -> bytes:
    if not recipients:
        return data
    try:
        return envelope.encrypt(data, recipients)
    except envelope.EnvelopeError as exc:
        raise ExchangeError(str(exc)) from exc


# -- the coordinator sends ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportedPackage:
    package_id: str
    items: tuple[str, ...]
    fields: int
    encrypted_for: tuple[str, ...]
    head: Head


def export_package(
    draft: Draft,
    target: Path,
    *,
    items: Sequence[str] = (),
    assignee: str | None = None,
    recipients: Sequence[x509.Certificate] = (),
    author: str,
) -> ExportedPackage:
    """Write a package of some items for a contributor (atomically), then record it."""
    _check_output(draft, target)
    ministry = ""
    if assignee is not None:
        mine = [row for row in assignments(draft) if row.assignee.casefold() == assignee.casefold()]
        if not mine:
            raise ExchangeError(f"Nothing is assigned to {assignee}; assign items first.")
        leaves = tuple(row.item for row in mine)
        ministry = mine[0].ministry
        assignee = mine[0].assignee
    else:
        leaves = _leaf_items(draft, items)
        if not leaves:
            raise ExchangeError("Name the items to send (--items) or an assignee (--assignee).")
        by_item = {row.item: row for row in assignments(draft)}
        people = {by_item[i].assignee for i in leaves if i in by_item}
        assignee = people.pop() if len(people) == 1 else ""
        ministry = next((by_item[i].ministry for i in leaves if i in by_item), "")
    keys = [k for item in leaves for k in names.keys_of_item(draft.framework, item)]
    values = draft.items()
    bases = _bases(draft, keys)
    head = draft.head()
    package_id = str(uuid.uuid4())
    document = {
        "format": FORMAT,
        "kind": "assignment",
        "package_id": package_id,
        "in_reply_to": None,
        "draft_id": draft.info.draft_id,
        "member_state": draft.info.member_state,
        "cycle": draft.info.cycle,
        "language": draft.info.language,
        "framework": {"id": draft.framework.id, "sha256": draft.framework.sha256},
        "items": list(leaves),
        "assignee": assignee or "",
        "ministry": ministry,
        "made_by": author,
        "made_at": now_iso(),
        "head": head.to_json(),
        "fields": [
            {
                "field": names.field_of_key(key),
                "base": bases[key].to_json(),
                # Rows go out with their ids (rows stored before ids get their derived ones).
                "value": _with_row_ids(key, values.get(key, "")),
            }
            for key in keys
        ],
    }
    document[exchange_comments.SECTION] = exchange_comments.comments_section(draft, leaves)
    raw_document = document_bytes(document)
    data = write_members([(DOCUMENT, raw_document), (FRAMEWORK, draft.framework_bytes())])
    data = _encrypt(data, recipients)
    write_output(target, data, draft=draft.path, what="package")
    draft.check_writable()
    with draft.repository.writing() as conn:
        store.add_record(
            conn,
            _record(
                package_id=package_id,
                direction="sent",
                author=author,
                assignee=assignee or "",
                items=leaves,
                file_name=target.name,
                data=data,
                sender=author,
                ours=head,
            ),
        )
    return ExportedPackage(
        package_id,
        leaves,
        len(keys),
        tuple(cades.common_name(c) for c in recipients),
        head,
    )


def _with_row_ids(key: str, value: str) -> str:
    if not value or not names.is_rows_field(names.field_of_key(key)):
        return value
    try:
        if key.endswith("/data"):
            return encode_rows(decode_data(value))
        return encode_rows(decode_references(value))
    except (ValueError, TypeError, AttributeError):
        return value  # a damaged value goes as it is; the merge refuses it


def _record(
    *,
    package_id: str,
    direction: str,
    author: str,
    assignee: str,
    items: Sequence[str],
    file_name: str,
    data: bytes,
    sender: str,
    ours: Head | None = None,
    theirs: Head | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "package_id": package_id,
        "direction": direction,
        "at": now_iso(),
        "author": author,
        "assignee": assignee,
        "items": json.dumps(list(items)),
        "file_name": file_name,
        "file_sha256": hashlib.sha256(data).hexdigest(),
        "sender": sender,
        "ours_revision": ours.revision if ours else None,
        "ours_hash": ours.hash if ours else None,
        "theirs_revision": theirs.revision if theirs else None,
        "theirs_hash": theirs.hash if theirs else None,
        "changed": extra.pop("changed", 0),
        "conflicts": extra.pop("conflicts", 0),
        **extra,
    }


# -- reading a package ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sender:
    """Who sent a package: the signer's name and certificate, or unsigned."""

    name: str
    certificate: x509.Certificate | None
    #: the trusted CA the signer's certificate chains to (its name); "" when not checked
    trusted_by: str = ""

    @property
    def signed(self) -> bool:
        return self.certificate is not None

    @property
    def fingerprint(self) -> str:
        if self.certificate is None:
            return ""
        return self.certificate.fingerprint(hashes.SHA256()).hex(":").upper()

    @property
    def issuer(self) -> str:
        if self.certificate is None:
            return ""
        found = self.certificate.issuer.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        return str(found[0].value) if found else self.certificate.issuer.rfc4514_string()

    def describe(self) -> str:
        if self.certificate is None:
            return f"unsigned (it says it was made by {self.name})"
        trusted = f", trusted: issued under {self.trusted_by}" if self.trusted_by else ""
        return (
            f"signed by {self.name} (certificate issued by {self.issuer}, "
            f"SHA-256 {self.fingerprint[:23]}…{trusted})"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "signed": self.signed,
            "name": self.name,
            "issuer": self.issuer or None,
            "certificate_sha256": self.fingerprint.replace(":", "").lower() or None,
            "trusted_by": self.trusted_by or None,
        }


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    package: Package
    label: str
    raw: bytes
    encrypted: bool
    sender: Sender


def encrypted_for(raw: bytes) -> list[envelope.Recipient] | None:
    """Whom an encrypted package is for; None when the file is not encrypted."""
    if not envelope.looks_encrypted(raw):
        return None
    try:
        return envelope.recipients(raw)
    except envelope.EnvelopeError as exc:
        raise ExchangeError(str(exc)) from exc


def recipients_here(raw: bytes) -> list[Identity]:
    """The identities on this computer an encrypted package is for (none if not encrypted)."""
    from pactdesk.services.identities import ready_identities

    wanted = encrypted_for(raw) or []
    return [
        identity
        for identity in ready_identities()
        if identity.certificate is not None and any(r.matches(identity.certificate) for r in wanted)
    ]


def decryptor(signer: Signer) -> Decryptor:
    """Decrypts a package with an opened identity's key (P-256)."""
    key = signer.key
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ExchangeError(f"{signer.name}'s key is not a P-256 key; it cannot decrypt.")

    def decrypt(raw: bytes) -> bytes:
        return envelope.decrypt(raw, key=key, certificate=signer.certificate)

    return decrypt


def trust_anchors(extra: Sequence[x509.Certificate] = ()) -> list[x509.Certificate]:
    """The CAs a return's signer must chain to: ``extra`` (``--trust``) and this computer's CA.

    The coordinator holds the ministry's sign-off CA, which issued the
    colleagues' identities; a ministry with its own PKI names its CA with
    ``--trust CA.pem``.
    """
    from pactdesk.services.identities import load_ca

    anchors = list(extra)
    ca = load_ca()
    if ca is not None and ca.certificate not in anchors:
        anchors.append(ca.certificate)
    return anchors


def read_package(
    raw: bytes,
    *,
    label: str,
    decrypt: Decryptor | None = None,
    trust: Sequence[x509.Certificate] | None = None,
) -> OpenedPackage:
    """Read a package completely (decrypting it with ``decrypt`` when it is encrypted).

    Checks the container, the document, the framework's digest and, when the
    package is signed, the signature over its document.  With ``trust`` (the
    coordinator taking a return in: :func:`trust_anchors`), a signed
    package's certificate must also chain to one of those CAs at the time
    it says it was signed: a signature nobody here vouches for is refused
    like a signature that does not verify (an unsigned return is taken, and
    plainly said to be unsigned).  Writes nothing.
    """
    encrypted = envelope.looks_encrypted(raw)
    zipped = raw
    if encrypted:
        if decrypt is None:
            raise ExchangeError(f"{label} is encrypted; open it with the recipient's identity.")
        try:
            zipped = decrypt(raw)
        except envelope.EnvelopeError as exc:
            raise ExchangeError(f"{label} cannot be opened: {exc}") from exc
    try:
        package = parse_package(read_members(zipped, label=label), label=label)
    except PackageError as exc:
        raise ExchangeError(exc.summary, exc.details) from exc
    if hashlib.sha256(package.framework).hexdigest() != package.framework_sha256:
        raise ExchangeError(f"{label} is damaged: its framework is not the one it names.")
    sender = Sender(package.made_by, None)
    if package.signature is not None:
        try:
            info = cades.verify_detached(package.signature, package.document)
        except cades.SignatureError as exc:
            raise ExchangeError(f"The signature of {label} cannot be read: {exc}") from exc
        if not info.ok:
            raise ExchangeError(
                f"The signature of {label} does not verify: the package was changed after "
                "it was signed, or the signature is not its own.",
                info.problems(),
            )
        sender = Sender(info.signer_name, info.certificate)
        if trust is not None:
            sender = _trusted(sender, info, trust, label=label)
    return OpenedPackage(package, label, raw, encrypted, sender)


def _trusted(
    sender: Sender, info: cades.SignatureInfo, anchors: Sequence[x509.Certificate], *, label: str
) -> Sender:
    """The sender, with the trusted CA named; :class:`ExchangeError` when none vouches for it."""
    import datetime as dt

    from pactdesk.signing.certpath import validate_signer

    if not anchors:
        raise ExchangeError(
            f"{label} is signed by {sender.name}, but this computer trusts no CA to check "
            "that certificate against. Nothing was changed.",
            [
                "name the CA that issued your colleagues' certificates: --trust CA.pem",
                f"the signer's certificate was issued by {sender.issuer} "
                f"(SHA-256 {sender.fingerprint})",
            ],
        )
    at = info.signing_time or dt.datetime.now(dt.UTC)
    check = validate_signer(
        info.certificate, intermediates=info.certificates, anchors=anchors, at=at
    )
    if not check.ok:
        raise ExchangeError(
            f"{label} is signed by {sender.name}, but that certificate is not issued by a CA "
            "this computer trusts. Nothing was changed.",
            [
                f"the signer's certificate was issued by {sender.issuer} "
                f"(SHA-256 {sender.fingerprint})",
                "trusted here: " + ", ".join(cades.common_name(a) for a in anchors),
                *([check.detail] if check.detail else []),
                "if you know this CA, name it: --trust CA.pem",
            ],
        )
    return Sender(sender.name, sender.certificate, cades.common_name(check.path[-1]))


def package_comments(
    opened: OpenedPackage, framework: Framework
) -> tuple[exchange_comments.PackageComment, ...]:
    """The comment threads a package carries (its internal section), checked against its items."""
    try:
        return exchange_comments.read_comments(
            opened.package.document, framework, opened.package.items, label=opened.label
        )
    except PackageError as exc:
        raise ExchangeError(exc.summary, exc.details) from exc


# -- the contributor -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenedDraft:
    path: Path
    items: tuple[str, ...]
    fields: int
    made_by: str


def open_package(opened: OpenedPackage, target: Path) -> OpenedDraft:
    """Make the contributor's draft from an assignment package: only its items are filled."""
    from pactdesk import frameworks

    package = opened.package
    if package.kind != "assignment":
        raise ExchangeError(
            f"{opened.label} is a return; the coordinator imports it (exchange import)."
        )
    if target.exists():
        raise ExchangeError(f"{target} already exists; PactDesk will not overwrite it.")
    try:
        framework = frameworks.load_framework_bytes(package.framework, origin=opened.label)
    except frameworks.FrameworkError as exc:
        raise ExchangeError(f"The framework in {opened.label} is not valid.") from exc
    try:
        changes = {names.key_of_field(framework, f.field): f.value for f in package.fields}
        allowed = set(names.fields_of_items(framework, package.items))
    except names.UnknownNameError as exc:
        raise ExchangeError(f"{opened.label} names a field its framework lacks: {exc}") from exc
    if any(f.field not in allowed for f in package.fields):
        raise ExchangeError(f"{opened.label} carries fields outside its items.")
    over = limits.item_problems(changes, lambda key: describe_key(framework, key))
    if over:
        raise ExchangeError(f"{opened.label} cannot be opened: {over[0]}. Nothing was made.", over)
    editable = {names.key_of_field(framework, name) for name in allowed}
    try:
        draft = Draft.create(
            target,
            framework=framework,
            framework_raw=package.framework,
            member_state=package.member_state,
            cycle=package.cycle,
            language=package.language,
            author=package.made_by,
        )
    except ValueError as exc:
        raise ExchangeError(str(exc)) from exc
    try:
        record = _record(
            package_id=package.package_id,
            direction="opened",
            author=package.assignee or package.made_by,
            assignee=package.assignee,
            items=package.items,
            file_name=opened.label,
            data=opened.raw,
            sender=package.made_by,
            theirs=Head(package.head_revision, package.head_hash),
            document=package.document,
        )

        notes = package_comments(opened, framework)

        def remember(conn: Any, _result: Any) -> None:
            store.add_record(conn, record)
            # The other items are shown read-only; the service refuses changes to them.
            conn.insert_meta({EDITABLE_KEYS: json.dumps(sorted(editable))})
            exchange_comments.merge_comments(conn, notes)

        draft.save_many(
            changes, author=package.made_by, source=f"exchange-open:{opened.label}", also=remember
        )
    except BaseException:
        draft.close()
        target.unlink(missing_ok=True)
        raise
    draft.close()
    return OpenedDraft(target, package.items, len(changes), package.made_by)


def assignment_of(draft: Draft) -> Package | None:
    """The package this draft was opened from (the newest), or None."""
    with draft.repository.reading() as conn:
        opened = store.records(conn, "opened")
    if not opened or opened[-1]["document"] is None:
        return None
    raw = bytes(opened[-1]["document"])
    return parse_package({DOCUMENT: raw, FRAMEWORK: draft.framework_bytes()}, label="the package")


@dataclass(frozen=True, slots=True)
class ExportedReturn:
    package_id: str
    items: tuple[str, ...]
    changed_fields: tuple[str, ...]
    signed_by: str | None
    encrypted_for: tuple[str, ...]


def export_return(
    draft: Draft,
    target: Path,
    *,
    signer: Signer | None = None,
    recipients: Sequence[x509.Certificate] = (),
    author: str,
) -> ExportedReturn:
    """Write the contributor's return (signed by ``signer`` when given), then record it."""
    _check_output(draft, target)
    assignment = assignment_of(draft)
    if assignment is None:
        raise ExchangeError(
            f"{draft.path.name} was not opened from an exchange package; "
            "a return is made from the draft the package opened."
        )
    values = draft.items()
    fields = []
    changed = []
    for entry in assignment.fields:
        key = names.key_of_field(draft.framework, entry.field)
        value = values.get(key, "")
        if value != entry.value:
            changed.append(entry.field)
        fields.append(
            {
                "field": entry.field,
                "base": {"revision": entry.base_revision, "hash": entry.base_hash},
                "value": value,
            }
        )
    head = draft.head()
    package_id = str(uuid.uuid4())
    document = {
        "format": FORMAT,
        "kind": "return",
        "package_id": package_id,
        "in_reply_to": assignment.package_id,
        "draft_id": assignment.draft_id,
        "member_state": assignment.member_state,
        "cycle": assignment.cycle,
        "language": assignment.language,
        "framework": {"id": assignment.framework_id, "sha256": assignment.framework_sha256},
        "items": list(assignment.items),
        "assignee": assignment.assignee,
        "ministry": assignment.ministry,
        "made_by": signer.name if signer is not None else author,
        "made_at": now_iso(),
        "head": head.to_json(),
        "fields": fields,
    }
    document[exchange_comments.SECTION] = exchange_comments.comments_section(
        draft, assignment.items
    )
    raw_document = document_bytes(document)
    members = [(DOCUMENT, raw_document), (FRAMEWORK, draft.framework_bytes())]
    if signer is not None:
        signature = cades.sign_detached(
            raw_document, key=signer.key, certificate=signer.certificate, chain=signer.chain
        )
        members.append((SIGNATURE, signature))
    data = _encrypt(write_members(members), recipients)
    write_output(target, data, draft=draft.path, what="package")
    draft.check_writable()
    with draft.repository.writing() as conn:
        store.add_record(
            conn,
            _record(
                package_id=package_id,
                direction="returned",
                author=author,
                assignee=assignment.assignee,
                items=assignment.items,
                file_name=target.name,
                data=data,
                sender=str(document["made_by"]),
                ours=head,
                in_reply_to=assignment.package_id,
            ),
        )
    return ExportedReturn(
        package_id,
        assignment.items,
        tuple(changed),
        signer.name if signer is not None else None,
        tuple(cades.common_name(c) for c in recipients),
    )


# -- the coordinator merges ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldPlan:
    """One field of a return: the three texts and how they merge."""

    field: str
    key: str
    label: str
    base: str
    ours: str
    theirs: str
    outcome: str
    value: str
    details: tuple[str, ...] = ()

    @property
    def rows(self) -> bool:
        return names.is_rows_field(self.field)

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "label": self.label,
            "outcome": self.outcome,
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "merged": self.value,
            "details": list(self.details),
        }


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What importing one return would do; nothing written yet."""

    label: str
    package_id: str
    sender: Sender
    assignee: str
    items: tuple[str, ...]
    ours_head: Head
    theirs_head: Head
    fields: tuple[FieldPlan, ...]
    already_imported_at: str | None
    file_sha256: str
    in_reply_to: str | None = None
    document: bytes | None = None
    #: the return's comment threads (merged by pactdesk.services.exchange_comments)
    comments: tuple[exchange_comments.PackageComment, ...] = ()

    @property
    def changes(self) -> tuple[FieldPlan, ...]:
        return tuple(f for f in self.fields if f.outcome in (merge.THEIRS, merge.MERGED))

    @property
    def conflicts(self) -> tuple[FieldPlan, ...]:
        return tuple(f for f in self.fields if f.outcome == merge.CONFLICT)

    @property
    def source(self) -> str:
        return (
            f"exchange-import:{self.label}; merge of this draft at revision "
            f"{self.ours_head.revision} ({self.ours_head.hash[:12]}) and "
            f"{self.sender.name}'s return at their revision {self.theirs_head.revision} "
            f"({self.theirs_head.hash[:12]})"
        )

    @property
    def parents(self) -> dict[str, Any]:
        """Both parents of the merge, as its history event names them."""
        return {
            "ours": self.ours_head.to_json(),
            "theirs": {
                **self.theirs_head.to_json(),
                "package_id": self.package_id,
                "in_reply_to": self.in_reply_to,
                "file_sha256": self.file_sha256,
                "sender": self.sender.name,
                "certificate_sha256": self.sender.to_json()["certificate_sha256"],
            },
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "package": self.package_id,
            "file": self.label,
            "sender": self.sender.to_json(),
            "assignee": self.assignee,
            "items": list(self.items),
            "parents": {"ours": self.ours_head.to_json(), "theirs": self.theirs_head.to_json()},
            "already_imported_at": self.already_imported_at,
            "changes": [f.to_json() for f in self.changes],
            "conflicts": [f.to_json() for f in self.conflicts],
            "unchanged": sum(1 for f in self.fields if f.outcome == merge.UNCHANGED),
        }


def _check_rows(key: str, value: str, label: str) -> None:
    try:
        if key.endswith("/data"):
            decode_data(value)
        elif key.endswith("/references"):
            decode_references(value)
    except (ValueError, TypeError, AttributeError) as exc:
        raise ExchangeError(f"{label} is damaged: {names.field_of_key(key)} is not rows.") from exc


def plan_import(draft: Draft, opened: OpenedPackage) -> MergePlan:
    """Check a return against the draft and work out the merge (reads only).

    Refuses (:class:`ExchangeError`) a return for another draft or
    framework, for items the draft does not have, or whose base is not in
    this draft's history.
    """
    package, label = opened.package, opened.label
    if package.kind != "return":
        raise ExchangeError(
            f"{label} is a package sent to a contributor, not their return; "
            "open it with exchange open."
        )
    if package.draft_id != draft.info.draft_id:
        raise ExchangeError(
            f"{label} is a return for another draft, not {draft.path.name}. Nothing was changed.",
            [f"the return is for draft {package.draft_id}; this is {draft.info.draft_id}"],
        )
    if package.framework_sha256 != draft.framework.sha256:
        raise ExchangeError(f"{label} was made with another framework. Nothing was changed.")
    try:
        allowed = set(names.fields_of_items(draft.framework, package.items))
        keys = {f.field: names.key_of_field(draft.framework, f.field) for f in package.fields}
    except names.UnknownNameError as exc:
        raise ExchangeError(
            f"{label} is for items this draft does not have. Nothing was changed.", [str(exc)]
        ) from exc
    outside = [f.field for f in package.fields if f.field not in allowed]
    if outside:
        raise ExchangeError(f"{label} carries fields outside its items.", outside)
    over = limits.item_problems(
        {keys[f.field]: f.value for f in package.fields},
        lambda key: describe_key(draft.framework, key),
    )
    if over:
        raise ExchangeError(f"{label} cannot be merged: {over[0]}. Nothing was changed.", over)
    with draft.repository.reading() as conn:
        done = store.find_record(conn, package.package_id, "imported")
        earlier = _earlier_return(conn, package)
    events_by_key: dict[str, dict[int, Event]] = {
        key: {event.seq: event for event in draft.events(key)} for key in set(keys.values())
    }
    current = draft.items()
    plans = []
    foreign = []
    for entry in package.fields:
        key = keys[entry.field]
        if entry.base_revision == 0:
            if entry.base_hash != GENESIS:
                foreign.append(entry.field)
                continue
            base = ""
        else:
            found = events_by_key.get(key, {}).get(entry.base_revision)
            if found is None or found.hash != entry.base_hash:
                foreign.append(entry.field)
                continue
            base = found.after or ""
        if names.is_rows_field(entry.field):
            _check_rows(key, entry.value, label)
        # After an earlier return of the same package was merged, what it brought is
        # the base: the coordinator has seen it, kept or changed it, or rejected it.
        base = earlier.get(entry.field, base)
        ours = current.get(key, "")
        result = merge.merge_field(base, ours, entry.value, rows=names.is_rows_field(entry.field))
        plans.append(
            FieldPlan(
                field=entry.field,
                key=key,
                label=describe_key(draft.framework, key),
                base=base,
                ours=ours,
                theirs=entry.value,
                outcome=result.outcome,
                value=result.value,
                details=result.details,
            )
        )
    if foreign:
        raise ExchangeError(
            f"The base of {label} is not in this draft's history: it was sent from another "
            "copy of the draft, or the history was rewritten. Nothing was changed.",
            [f"{name}: base not found" for name in foreign[:10]],
        )
    return MergePlan(
        label=label,
        package_id=package.package_id,
        sender=opened.sender,
        assignee=package.assignee,
        items=package.items,
        ours_head=draft.head(),
        theirs_head=Head(package.head_revision, package.head_hash),
        fields=tuple(plans),
        already_imported_at=str(done["at"]) if done else None,
        file_sha256=hashlib.sha256(opened.raw).hexdigest(),
        in_reply_to=package.in_reply_to,
        document=package.document,
        comments=package_comments(opened, draft.framework),
    )


def _earlier_return(conn: Any, package: Package) -> dict[str, str]:
    """Field values of the newest return of the same package merged before, if any."""
    if package.in_reply_to is None:
        return {}
    earlier = [
        record
        for record in store.records(conn, "imported")
        if record["in_reply_to"] == package.in_reply_to
        and record["package_id"] != package.package_id
        and record["document"] is not None
    ]
    if not earlier:
        return {}
    document = json.loads(bytes(earlier[-1]["document"]).decode("utf-8"))
    return {str(f["field"]): str(f["value"]) for f in document.get("fields", [])}


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    changed: tuple[str, ...]
    conflicts: tuple[str, ...]
    head: Head
    already_imported_at: str | None = None


def apply_import(
    draft: Draft,
    plan: MergePlan,
    *,
    author: str,
    accept: Callable[[FieldPlan], str | None] | None = None,
    resolutions: Mapping[str, tuple[str, str | None]] | None = None,
) -> ImportOutcome:
    """Merge a planned return in one transaction: fields, the exchange record, conflicts.

    ``accept`` (the merge view) decides per incoming change: it returns the
    value to write (the incoming or an edited one), or None to reject the
    change; by default every change of the plan is taken.  ``resolutions``
    (the merge view) decides conflicts of the plan there and then, per field:
    ``(take, merged text)`` as :func:`resolve` takes them; a conflict so
    decided is recorded as resolved, the others stay open.  A return already
    imported changes nothing.  Everything the merge changes is ONE history
    event (:meth:`Draft.save_merge`) with the sender as author, naming both
    parents (:attr:`MergePlan.parents`) in its own fields and its source.
    """
    if plan.already_imported_at is not None:
        return ImportOutcome((), (), draft.head(), plan.already_imported_at)
    if draft.head() != plan.ours_head:
        raise ExchangeError(
            f"The draft changed since {plan.label} was read; read it again. Nothing was changed."
        )
    changes: dict[str, str] = {}
    rejected: list[FieldPlan] = []
    for field in plan.changes:
        value = field.value if accept is None else accept(field)
        if value is None:
            rejected.append(field)
        elif value != field.ours:
            changes[field.key] = value
    at = now_iso()
    decided = dict(resolutions or {})
    conflict_rows = []
    for f in plan.conflicts:
        row: dict[str, Any] = {
            "field": f.field,
            "key": f.key,
            "origin": f"return {plan.label} from {plan.sender.name}",
            "exchange_id": None,
            "theirs_author": plan.sender.name,
            "base": f.base,
            "ours": f.ours,
            "theirs": f.theirs,
            "details": "; ".join(f.details),
            "opened_at": at,
        }
        if f.field in decided:
            take, text = decided[f.field]
            value = _resolution_value(
                f.key, f.field, take=take, text=text, ours=f.ours, theirs=f.theirs
            )
            if value != f.ours:
                changes[f.key] = value
            row.update(resolved_at=at, resolution=take, resolved_by=author)
        conflict_rows.append(row)

    def record(conn: Any, result: Any) -> None:
        first = result.head.revision if result.changed else None
        record_id = store.add_record(
            conn,
            _record(
                package_id=plan.package_id,
                direction="imported",
                author=author,
                assignee=plan.assignee,
                items=plan.items,
                file_name=plan.label,
                data=b"",
                sender=plan.sender.name,
                ours=plan.ours_head,
                theirs=plan.theirs_head,
                changed=len(result.changed),
                conflicts=sum(1 for row in conflict_rows if "resolved_at" not in row),
                first_seq=first,
                last_seq=result.head.revision if result.changed else None,
                sender_certificate=(
                    plan.sender.certificate.public_bytes(serialization.Encoding.DER)
                    if plan.sender.certificate is not None
                    else None
                ),
                file_sha256=plan.file_sha256,
                in_reply_to=plan.in_reply_to,
                document=plan.document,
            ),
        )
        store.add_conflicts(
            conn, [{**row, "exchange_id": record_id} for row in conflict_rows], at=at
        )
        exchange_comments.merge_comments(conn, plan.comments)

    result = draft.save_merge(
        changes, author=plan.sender.name, source=plan.source, parents=plan.parents, also=record
    )
    return ImportOutcome(
        tuple(names.field_of_key(k) for k in result.changed),
        tuple(f.field for f in plan.conflicts if f.field not in decided),
        result.head,
    )


def _resolution_value(
    key: str, field: str, *, take: str, text: str | None, ours: str, theirs: str
) -> str:
    """What a conflict's field holds once resolved: ours, theirs, or a merged text."""
    if take not in TAKES:
        raise ExchangeError(f"--take is one of {', '.join(TAKES)}, not {take!r}.")
    if take == "merged":
        if text is None:
            raise ExchangeError("--take merged needs the merged text (--text-file F).")
        return _rows_text(key, text) if names.is_rows_field(field) else text
    return theirs if take == "theirs" else ours


# -- conflicts ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    field: str
    label: str
    base: str
    ours: str
    theirs: str
    theirs_author: str
    origin: str
    details: str
    opened_at: str
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "label": self.label,
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "from": self.theirs_author,
            "origin": self.origin,
            "details": self.details,
            "opened_at": self.opened_at,
        }


def conflicts(draft: Draft) -> list[Conflict]:
    """Open conflicts; ``ours`` is the draft's current text of the field."""
    with draft.repository.reading() as conn:
        rows = store.open_conflicts(conn)
    values = draft.items()
    return [
        Conflict(
            id=int(row["id"]),
            field=str(row["field"]),
            label=describe_key(draft.framework, str(row["key"])),
            base=str(row["base"]),
            ours=values.get(str(row["key"]), ""),
            theirs=str(row["theirs"]),
            theirs_author=str(row["theirs_author"]),
            origin=str(row["origin"]),
            details=str(row["details"]),
            opened_at=str(row["opened_at"]),
            key=str(row["key"]),
        )
        for row in rows
    ]


TAKES = ("ours", "theirs", "merged")


def _rows_text(key: str, text: str) -> str:
    """A merged text for a rows field: a JSON list of rows, stored canonically."""
    try:
        if key.endswith("/data"):
            return encode_rows(decode_data(text))
        return encode_rows(decode_references(text))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ExchangeError(
            "The merged text of a data or references field must be a JSON list of rows."
        ) from exc


def resolve(
    draft: Draft, field: str, *, take: str, text: str | None = None, author: str
) -> tuple[str, ...]:
    """Resolve the open conflict of ``field``: keep ours, take theirs, or write a merged text."""
    if take not in TAKES:
        raise ExchangeError(f"--take is one of {', '.join(TAKES)}, not {take!r}.")
    try:
        key = names.key_of_field(draft.framework, field)
    except names.UnknownNameError as exc:
        raise ExchangeError(str(exc)) from exc
    with draft.repository.reading() as conn:
        rows = store.open_conflicts(conn, field)
    if not rows:
        raise ExchangeError(f"{field} has no open conflict.")
    row = rows[-1]
    value = _resolution_value(
        key, field, take=take, text=text, ours=draft.value(key), theirs=str(row["theirs"])
    )
    at = now_iso()

    def close(conn: Any, _result: Any) -> None:
        for open_row in rows:
            store.close_conflict(conn, int(open_row["id"]), resolution=take, by=author, at=at)

    changes = {key: value} if value != draft.value(key) else {}
    result = draft.save_many(changes, author=author, source=f"resolve:{field} ({take})", also=close)
    return result.changed
