"""The exchange package file (``*.pdx``): its members, its limits, its document.

A package is a ZIP container::

    mimetype                 application/vnd.pactdesk.exchange+zip (first, stored)
    package.json             the document (below), UTF-8 JSON
    framework.json           the exact bytes of the framework the draft was made from
    META-INF/signature.p7s   a return only, when signed: CAdES detached over package.json

or that whole container encrypted (CMS AuthEnvelopedData, see
:mod:`pactdesk.signing.envelope`).  The document (``pactdesk.exchange/1``)::

    {"format": "pactdesk.exchange/1", "kind": "assignment" | "return",
     "package_id": "…", "in_reply_to": null | "…", "draft_id": "…",
     "member_state": "PL", "cycle": YYYY, "language": "pl",
     "framework": {"id": "…", "sha256": "…"},
     "items": ["II.b", …], "assignee": "…", "ministry": "…",
     "made_by": "…", "made_at": "…", "head": {"revision": 12, "hash": "…"},
     "fields": [{"field": "II.b/actions_undertaken",
                 "base": {"revision": 7, "hash": "…"}, "value": "…"}, …]}

``base`` is, per field, the revision of the coordinator's history event that
last set the field and that event's hash (revision 0 and 64 zeros for a
field never written): the merge finds the base text in the coordinator's own
history by it, and refuses a package whose base is not there.

Reading is strict (:func:`read_members`, through PactDesk's one container
reader, :mod:`pactdesk.container`): the limits enforced are named in
:class:`PackageLimits` (and ``docs/limits.md``).  Nothing is ever unpacked to disk.

Pure functions; safe on any thread.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pactdesk.container import ContainerError, Limits, open_container, write_container
from pactdesk.domain import limits

MIMETYPE = b"application/vnd.pactdesk.exchange+zip"
FORMAT = "pactdesk.exchange/1"
DOCUMENT = "package.json"
FRAMEWORK = "framework.json"
SIGNATURE = "META-INF/signature.p7s"
MEMBERS = ("mimetype", DOCUMENT, FRAMEWORK, SIGNATURE)
KINDS = ("assignment", "return")

_MIB = 1024 * 1024
_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the same bytes for the same package


@dataclass(frozen=True, slots=True)
class PackageLimits:
    """What a package may be before it is refused (a 10× full draft's package is ~3 MB)."""

    #: the file as received (encrypted or not)
    max_file_bytes: int = 64 * _MIB
    #: members: only the four names above, each at most once (also case-insensitively)
    max_members: int = len(MEMBERS)
    #: one member, unpacked
    max_member_bytes: int = 64 * _MIB
    #: all members together, unpacked
    max_total_bytes: int = 128 * _MIB
    #: unpacked/packed, for members above ``ratio_floor_bytes`` (a zip bomb compresses far more)
    max_ratio: float = 100.0
    ratio_floor_bytes: int = 1 * _MIB


LIMITS = PackageLimits()


class PackageError(ValueError):
    """A file that is not an exchange package PactDesk will read; ``summary`` is one line."""

    def __init__(self, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)


# -- the container --------------------------------------------------------------------


def write_members(members: Sequence[tuple[str, bytes]]) -> bytes:
    """The package's ZIP bytes: ``mimetype`` first and stored, then ``members`` deflated."""
    for name, _data in members:
        if name not in MEMBERS[1:]:
            raise ValueError(f"{name!r} is not a member of an exchange package")
    return write_container(
        members, mimetype=MIMETYPE, compression=zipfile.ZIP_DEFLATED, date_time=_EPOCH
    )


def _container_limits(limits: PackageLimits) -> Limits:
    return Limits(
        max_archive_bytes=limits.max_file_bytes,
        max_entries=limits.max_members,
        max_member_bytes=limits.max_member_bytes,
        max_total_bytes=limits.max_total_bytes,
        max_ratio=limits.max_ratio,
        ratio_floor_bytes=limits.ratio_floor_bytes,
        what="a package",
    )


def read_members(raw: bytes, *, label: str, limits: PackageLimits = LIMITS) -> dict[str, bytes]:
    """Every member of a package's ZIP, in memory, refusing anything unsafe or unexpected.

    Read by :func:`pactdesk.container.open_container` (names, duplicates,
    links, sizes, ratio; see ``docs/limits.md``), then only the package's
    own members are accepted.
    """
    if len(raw) > limits.max_file_bytes:
        raise PackageError(f"{label} is larger than an exchange package can be.")
    if raw[:4] != b"PK\x03\x04":
        raise PackageError(f"{label} is not an exchange package (not a ZIP container).")
    try:
        container = open_container(raw, _container_limits(limits), mimetype=MIMETYPE, name=label)
    except ContainerError as exc:
        if exc.kind == "duplicate":
            raise PackageError(f"{exc.summary}: it has an entry twice.") from exc
        if exc.kind == "mimetype":
            raise PackageError(
                f"{label} is not an exchange package (its first entry does not say "
                f"{MIMETYPE.decode('ascii')})."
            ) from exc
        if exc.kind == "not-zip":
            raise PackageError(
                f"{label} is not a readable exchange package ({exc.summary})."
            ) from exc
        raise PackageError(f"{exc.summary}.") from exc
    for name in container.names():
        if name not in MEMBERS:
            raise PackageError(f"{label} has an entry an exchange package does not have: {name!r}.")
    return dict(container.members)


# -- the document -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackageField:
    field: str
    base_revision: int
    base_hash: str
    value: str


@dataclass(frozen=True, slots=True)
class Package:
    """A package as read: the document's facts, the framework bytes, and the raw document."""

    kind: str
    package_id: str
    in_reply_to: str | None
    draft_id: str
    member_state: str
    cycle: int
    language: str
    framework_id: str
    framework_sha256: str
    items: tuple[str, ...]
    assignee: str
    ministry: str
    made_by: str
    made_at: str
    head_revision: int
    head_hash: str
    fields: tuple[PackageField, ...]
    document: bytes
    framework: bytes
    signature: bytes | None

    def field(self, name: str) -> PackageField | None:
        for entry in self.fields:
            if entry.field == name:
                return entry
        return None


def document_bytes(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def _get(document: Mapping[str, Any], name: str, kind: type | tuple[type, ...], label: str) -> Any:
    value = document.get(name)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise PackageError(f"{label} is damaged: its {name!r} is missing or of the wrong kind.")
    return value


def parse_package(members: Mapping[str, bytes], *, label: str) -> Package:
    """The package a container's members hold; :class:`PackageError` for anything amiss."""
    if DOCUMENT not in members or FRAMEWORK not in members:
        raise PackageError(f"{label} is incomplete: it lacks {DOCUMENT} or {FRAMEWORK}.")
    raw = members[DOCUMENT]
    try:
        document = limits.loads_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(f"{label} is damaged: {DOCUMENT} is not UTF-8 JSON.") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackageError(f"{label} is not a {FORMAT} package.")
    kind = _get(document, "kind", str, label)
    if kind not in KINDS:
        raise PackageError(f"{label} is damaged: unknown kind {kind!r}.")
    framework = _get(document, "framework", dict, label)
    head = _get(document, "head", dict, label)
    fields = []
    for entry in _get(document, "fields", list, label):
        if not isinstance(entry, dict):
            raise PackageError(f"{label} is damaged: a field entry is not an object.")
        base = _get(entry, "base", dict, label)
        fields.append(
            PackageField(
                field=_get(entry, "field", str, label),
                base_revision=_get(base, "revision", int, label),
                base_hash=_get(base, "hash", str, label),
                value=_get(entry, "value", str, label),
            )
        )
    names = [f.field for f in fields]
    if len(set(names)) != len(names):
        raise PackageError(f"{label} is damaged: a field appears twice.")
    items = _get(document, "items", list, label)
    if not all(isinstance(item, str) for item in items):
        raise PackageError(f"{label} is damaged: its items are not names.")
    reply = document.get("in_reply_to")
    if reply is not None and not isinstance(reply, str):
        raise PackageError(f"{label} is damaged: 'in_reply_to' is of the wrong kind.")
    return Package(
        kind=kind,
        package_id=_get(document, "package_id", str, label),
        in_reply_to=reply,
        draft_id=_get(document, "draft_id", str, label),
        member_state=_get(document, "member_state", str, label),
        cycle=_get(document, "cycle", int, label),
        language=_get(document, "language", str, label),
        framework_id=_get(framework, "id", str, label),
        framework_sha256=_get(framework, "sha256", str, label),
        items=tuple(items),
        assignee=_get(document, "assignee", str, label),
        ministry=_get(document, "ministry", str, label),
        made_by=_get(document, "made_by", str, label),
        made_at=_get(document, "made_at", str, label),
        head_revision=_get(head, "revision", int, label),
        head_hash=_get(head, "hash", str, label),
        fields=tuple(fields),
        document=raw,
        framework=members[FRAMEWORK],
        signature=members.get(SIGNATURE),
    )
