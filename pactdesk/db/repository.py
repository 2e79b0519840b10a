"""Every read and write of a draft's tables, built from the models with SQLAlchemy Core.

The services never see a connection or a model object: they open one scope
per user action — :meth:`DraftRepository.reading` (one read transaction) or
:meth:`DraftRepository.writing` (one write transaction) — and call typed
methods on it that take and hand out frozen dataclasses
(:class:`pactdesk.domain.history.Event`, :class:`SignOffRecord` …).  The
queries are written once each, here; the same code runs on the SQLite file
and on PostgreSQL (what differs between the two is in
:mod:`pactdesk.db.store`).

Statements are built once, at import, with bound parameters, so that a save
costs no more than compiling them from a cache (the save is within a small
factor of a bare ``sqlite3`` transaction: bench/bench_core.py).

Threading: a repository may be used from one thread at a time; its mutex
serialises scopes opened from two threads anyway (the SQLite file has one
connection).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    Executable,
    RowMapping,
    bindparam,
    delete,
    insert,
    or_,
    select,
    update,
)

from pactdesk.db import store as db_store
from pactdesk.db.models import Event as EventRow
from pactdesk.db.models import (
    ExportRecord,
    FrameworkCopy,
    Item,
    Meta,
    SignOff,
    SignOffRole,
)
from pactdesk.db.records import SignOffRecord
from pactdesk.domain import history
from pactdesk.domain.history import Event, Head

__all__ = [
    "DraftReader",
    "DraftRepository",
    "DraftWriter",
    "ExportRow",
    "SignOffRecord",
    "SignOffRoleRow",
]


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One recorded export and the history head it carried."""

    at: str
    kind: str
    target: str
    head: Head


@dataclass(frozen=True, slots=True)
class SignOffRoleRow:
    name: str
    required: bool
    position: int


# -- the statements, built once -------------------------------------------------------------

_META = select(Meta.key, Meta.value)
_FRAMEWORK = select(FrameworkCopy.content).where(FrameworkCopy.framework_id == bindparam("id"))
_ITEMS = select(Item.key, Item.value)
_VALUE = select(Item.value).where(Item.key == bindparam("key"))
_INSERT_ITEM = insert(Item).values(
    key=bindparam("key"), value=bindparam("value"), revision=bindparam("revision")
)
_UPDATE_ITEM = (
    update(Item)
    .where(Item.key == bindparam("match"))
    .values(value=bindparam("value"), revision=bindparam("revision"))
)
#: The history head: the newest event.  The one place this is asked.
_HEAD = select(EventRow.seq, EventRow.hash).order_by(EventRow.seq.desc()).limit(1)
_EVENT_COLUMNS = (
    EventRow.seq,
    EventRow.at,
    EventRow.author,
    EventRow.item,
    EventRow.before,
    EventRow.after,
    EventRow.source,
    EventRow.prev_hash,
    EventRow.hash,
    EventRow.changes,
    EventRow.parents,
)
_INSERT_EVENT = insert(EventRow)
_EXPORTS = select(
    ExportRecord.at,
    ExportRecord.kind,
    ExportRecord.target,
    ExportRecord.revision,
    ExportRecord.head_hash,
).order_by(ExportRecord.id)
_ROLES = select(SignOffRole.name, SignOffRole.required, SignOffRole.position).order_by(
    SignOffRole.position, SignOffRole.name
)
_SIGN_OFF_COLUMNS = (
    SignOff.id,
    SignOff.sequence,
    SignOff.role,
    SignOff.identity_id,
    SignOff.signer_name,
    SignOff.certificate,
    SignOff.revision,
    SignOff.history_head,
    SignOff.content_sha256,
    SignOff.manifest,
    SignOff.signature,
    SignOff.signature_sha256,
    SignOff.previous_signature_sha256,
    SignOff.signed_at,
    SignOff.source,
    SignOff.signature_form,
)
_SIGN_OFFS = select(*_SIGN_OFF_COLUMNS).order_by(SignOff.id)


def _blob(value: object) -> bytes:
    """A stored blob as bytes (a value someone wrote as text reads back as its UTF-8)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode("utf-8")


def _event_of(mapping: RowMapping) -> Event:
    values = {column.key: mapping[column.key] for column in _EVENT_COLUMNS}
    values["changes"] = history.decode_changes(values["changes"])
    return Event(**values)


def _sign_off_of(m: RowMapping) -> SignOffRecord:
    return SignOffRecord(
        id=int(m["id"]),
        sequence=int(m["sequence"]),
        role=str(m["role"]),
        identity_id=str(m["identity_id"]),
        signer_name=str(m["signer_name"]),
        certificate=_blob(m["certificate"]),
        revision=int(m["revision"]),
        history_head=str(m["history_head"]),
        content_sha256=str(m["content_sha256"]),
        manifest=_blob(m["manifest"]),
        signature=_blob(m["signature"]),
        signature_sha256=str(m["signature_sha256"]),
        previous_signature_sha256=(
            None if m["previous_signature_sha256"] is None else str(m["previous_signature_sha256"])
        ),
        signed_at=str(m["signed_at"]),
        source=str(m["source"]),
        signature_form=str(m["signature_form"]),
    )


class DraftReader:
    """The reads of one scope (one transaction); see :meth:`DraftRepository.reading`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def execute(self, statement: Executable, parameters: Any = None) -> CursorResult[Any]:
        """Run a statement built from the models, in this scope's transaction.

        For the query modules beside this one in :mod:`pactdesk.db`
        (:mod:`pactdesk.db.exchange`); the services call typed queries.
        """
        return self._conn.execute(statement, parameters)

    def meta(self) -> dict[str, str]:
        return {str(row.key): str(row.value) for row in self._conn.execute(_META)}

    def framework_content(self, framework_id: str) -> bytes | None:
        content = self._conn.execute(_FRAMEWORK, {"id": framework_id}).scalar()
        return None if content is None else bytes(content)

    def items(self) -> dict[str, str]:
        return {str(row.key): str(row.value) for row in self._conn.execute(_ITEMS)}

    def value(self, key: str) -> str | None:
        """The stored value of one item; None when it was never saved."""
        value = self._conn.execute(_VALUE, {"key": key}).scalar()
        return None if value is None else str(value)

    def head(self) -> Head:
        """The history head: the newest event's number and hash (0 and GENESIS: none yet)."""
        row = self._conn.execute(_HEAD).first()
        return Head(int(row.seq), str(row.hash)) if row else Head(0, history.GENESIS)

    def events(self, *, item: str | None = None, up_to: int | None = None) -> list[Event]:
        """Events oldest first: of one item, or up to a revision, or all.

        Of one item, a merge event that changed it comes as that item's part
        of the merge (:meth:`Event.for_item`); the whole history comes as
        stored, merges with all their changes.
        """
        query = select(*_EVENT_COLUMNS).order_by(EventRow.seq)
        if item is not None:
            # Merges are few (one per return taken in): read them all, keep those touching item.
            query = query.where(or_(EventRow.item == item, EventRow.item == history.MERGE_ITEM))
        if up_to is not None:
            query = query.where(EventRow.seq <= up_to)
        events = [_event_of(row) for row in self._conn.execute(query).mappings()]
        if item is None:
            return events
        return [event.for_item(item) for event in events if event.touches(item)]

    def exports(self) -> list[ExportRow]:
        return [
            ExportRow(
                str(row.at),
                str(row.kind),
                str(row.target),
                Head(int(row.revision), str(row.head_hash)),
            )
            for row in self._conn.execute(_EXPORTS)
        ]

    def sign_off_roles(self) -> list[SignOffRoleRow]:
        return [
            SignOffRoleRow(str(row.name), bool(row.required), int(row.position))
            for row in self._conn.execute(_ROLES)
        ]

    def sign_offs(self, *, signature_sha256: str | None = None) -> list[SignOffRecord]:
        """Stored sign-offs, oldest first (or the one with this signature)."""
        query = _SIGN_OFFS
        if signature_sha256 is not None:
            query = query.where(SignOff.signature_sha256 == signature_sha256)
        return [_sign_off_of(row) for row in self._conn.execute(query).mappings()]

    def sign_off_clashes(
        self, *, content_sha256: str, role: str, identity_id: str, sequence: int
    ) -> bool:
        """True when a sign-off of this content already has the role, identity or place."""
        query = (
            select(SignOff.id)
            .where(SignOff.content_sha256 == content_sha256)
            .where(
                or_(
                    SignOff.role == role,
                    SignOff.identity_id == identity_id,
                    SignOff.sequence == sequence,
                )
            )
            .limit(1)
        )
        return self._conn.execute(query).first() is not None


class DraftWriter(DraftReader):
    """The reads and writes of one write transaction; see :meth:`DraftRepository.writing`."""

    def insert_meta(self, meta: Mapping[str, str]) -> None:
        self._conn.execute(insert(Meta), [{"key": k, "value": v} for k, v in meta.items()])

    def set_meta(self, key: str, value: str) -> None:
        """Write one fact about the draft (a new key, or a new value)."""
        found = self._conn.execute(select(Meta.key).where(Meta.key == key)).first()
        if found is None:
            self._conn.execute(insert(Meta).values(key=key, value=value))
        else:
            self._conn.execute(update(Meta).where(Meta.key == key).values(value=value))

    def insert_framework(self, framework_id: str, sha256: str, content: bytes) -> None:
        self._conn.execute(
            insert(FrameworkCopy).values(framework_id=framework_id, sha256=sha256, content=content)
        )

    def put_item(self, key: str, value: str, *, revision: int, exists: bool) -> None:
        """Write an item's value (``exists``: it was stored before, see :meth:`value`)."""
        if exists:
            self._conn.execute(_UPDATE_ITEM, {"match": key, "value": value, "revision": revision})
        else:
            self._conn.execute(_INSERT_ITEM, {"key": key, "value": value, "revision": revision})

    def append_event(self, event: Event) -> None:
        self._conn.execute(
            _INSERT_EVENT,
            {
                "seq": event.seq,
                "at": event.at,
                "author": event.author,
                "item": event.item,
                "before": event.before,
                "after": event.after,
                "source": event.source,
                "prev_hash": event.prev_hash,
                "hash": event.hash,
                "changes": history.encode_changes(event.changes) if event.changes else None,
                "parents": event.parents,
            },
        )

    def insert_export(self, *, at: str, kind: str, target: str, head: Head) -> None:
        self._conn.execute(
            insert(ExportRecord).values(
                at=at, kind=kind, target=target, revision=head.revision, head_hash=head.hash
            )
        )

    def set_sign_off_roles(
        self, wanted: Mapping[str, bool], *, current: Iterable[SignOffRoleRow]
    ) -> None:
        """Make the roles exactly ``wanted`` (name: required); new ones go last."""
        existing = {role.name: role for role in current}
        position = max((role.position for role in existing.values()), default=0)
        for name in existing:
            if name not in wanted:
                self._conn.execute(delete(SignOffRole).where(SignOffRole.name == name))
        for name, required in wanted.items():
            if name in existing:
                self._conn.execute(
                    update(SignOffRole).where(SignOffRole.name == name).values(required=required)
                )
            else:
                position += 1
                self._conn.execute(
                    insert(SignOffRole).values(name=name, required=required, position=position)
                )

    def order_sign_off_roles(self, names: Sequence[str]) -> None:
        """Number the roles 1, 2, … in the order of ``names`` (every role, once each)."""
        for position, name in enumerate(names, start=1):
            self._conn.execute(
                update(SignOffRole).where(SignOffRole.name == name).values(position=position)
            )

    def insert_sign_off(self, record: SignOffRecord, *, recorded_at: str) -> None:
        """Store a sign-off (``record.id`` is ignored: the database numbers it)."""
        self._conn.execute(
            insert(SignOff).values(
                sequence=record.sequence,
                role=record.role,
                identity_id=record.identity_id,
                signer_name=record.signer_name,
                certificate=record.certificate,
                revision=record.revision,
                history_head=record.history_head,
                content_sha256=record.content_sha256,
                manifest=record.manifest,
                signature=record.signature,
                signature_sha256=record.signature_sha256,
                previous_signature_sha256=record.previous_signature_sha256,
                signed_at=record.signed_at,
                recorded_at=recorded_at,
                source=record.source,
                signature_form=record.signature_form,
            )
        )


class DraftRepository:
    """The tables of one draft store, one scope per action."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._mutex = threading.RLock()

    @contextmanager
    def held(self) -> Iterator[None]:
        """No scope runs meanwhile (for closing the store, or copying the file)."""
        with self._mutex:
            yield

    @contextmanager
    def reading(self) -> Iterator[DraftReader]:
        """One read transaction: every read in it sees the same revision."""
        with self._mutex, db_store.read_transaction(self._engine) as conn:
            yield DraftReader(conn)

    @contextmanager
    def writing(self) -> Iterator[DraftWriter]:
        """One write transaction: all of it is written, or none of it (then it raises)."""
        with self._mutex, db_store.write_transaction(self._engine) as conn:
            yield DraftWriter(conn)
