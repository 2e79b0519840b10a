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
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    Engine,
    RowMapping,
    bindparam,
    delete,
    insert,
    or_,
    select,
    update,
)

from pactdesk.db import models
from pactdesk.db import store as db_store
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


@dataclass(frozen=True, slots=True)
class SignOffRecord:
    """One stored sign-off, as it is in the table (whether it holds is the service's question)."""

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


# -- the statements, built once -------------------------------------------------------------

# The models' tables, as Core sees them: statements over them compile without
# configuring the ORM's mappers (which would cost ~25 ms before a draft opens).
_TABLES = models.Base.metadata.tables
_meta = _TABLES[models.Meta.__tablename__]
_framework_copy = _TABLES[models.FrameworkCopy.__tablename__]
_item = _TABLES[models.Item.__tablename__]
_event = _TABLES[models.Event.__tablename__]
_export_record = _TABLES[models.ExportRecord.__tablename__]
_sign_off_role = _TABLES[models.SignOffRole.__tablename__]
_sign_off = _TABLES[models.SignOff.__tablename__]

_META = select(_meta.c.key, _meta.c.value)
_FRAMEWORK = select(_framework_copy.c.content).where(
    _framework_copy.c.framework_id == bindparam("id")
)
_ITEMS = select(_item.c.key, _item.c.value)
_VALUE = select(_item.c.value).where(_item.c.key == bindparam("key"))
_INSERT_ITEM = insert(_item).values(
    key=bindparam("key"), value=bindparam("value"), revision=bindparam("revision")
)
_UPDATE_ITEM = (
    update(_item)
    .where(_item.c.key == bindparam("match"))
    .values(value=bindparam("value"), revision=bindparam("revision"))
)
#: The history head: the newest event.  The one place this is asked.
_HEAD = select(_event.c.seq, _event.c.hash).order_by(_event.c.seq.desc()).limit(1)
_EVENT_COLUMNS = (
    _event.c.seq,
    _event.c.at,
    _event.c.author,
    _event.c.item,
    _event.c.before,
    _event.c.after,
    _event.c.source,
    _event.c.prev_hash,
    _event.c.hash,
)
_INSERT_EVENT = insert(_event)
_EXPORTS = select(
    _export_record.c.at,
    _export_record.c.kind,
    _export_record.c.target,
    _export_record.c.revision,
    _export_record.c.head_hash,
).order_by(_export_record.c.id)
_ROLES = select(
    _sign_off_role.c.name, _sign_off_role.c.required, _sign_off_role.c.position
).order_by(_sign_off_role.c.position, _sign_off_role.c.name)
_SIGN_OFF_COLUMNS = (
    _sign_off.c.id,
    _sign_off.c.sequence,
    _sign_off.c.role,
    _sign_off.c.identity_id,
    _sign_off.c.signer_name,
    _sign_off.c.certificate,
    _sign_off.c.revision,
    _sign_off.c.history_head,
    _sign_off.c.content_sha256,
    _sign_off.c.manifest,
    _sign_off.c.signature,
    _sign_off.c.signature_sha256,
    _sign_off.c.previous_signature_sha256,
    _sign_off.c.signed_at,
    _sign_off.c.source,
)
_SIGN_OFFS = select(*_SIGN_OFF_COLUMNS).order_by(_sign_off.c.id)


def _blob(value: object) -> bytes:
    """A stored blob as bytes (a value someone wrote as text reads back as its UTF-8)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode("utf-8")


def _event_of(mapping: RowMapping) -> Event:
    return Event(**{column.key: mapping[column.key] for column in _EVENT_COLUMNS})


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
    )


class DraftReader:
    """The reads of one scope (one transaction); see :meth:`DraftRepository.reading`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

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
        """Events oldest first: of one item, or up to a revision, or all."""
        query = select(*_EVENT_COLUMNS).order_by(_event.c.seq)
        if item is not None:
            query = query.where(_event.c.item == item)
        if up_to is not None:
            query = query.where(_event.c.seq <= up_to)
        return [_event_of(row) for row in self._conn.execute(query).mappings()]

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
            query = query.where(_sign_off.c.signature_sha256 == signature_sha256)
        return [_sign_off_of(row) for row in self._conn.execute(query).mappings()]

    def sign_off_clashes(
        self, *, content_sha256: str, role: str, identity_id: str, sequence: int
    ) -> bool:
        """True when a sign-off of this content already has the role, identity or place."""
        query = (
            select(_sign_off.c.id)
            .where(_sign_off.c.content_sha256 == content_sha256)
            .where(
                or_(
                    _sign_off.c.role == role,
                    _sign_off.c.identity_id == identity_id,
                    _sign_off.c.sequence == sequence,
                )
            )
            .limit(1)
        )
        return self._conn.execute(query).first() is not None


class DraftWriter(DraftReader):
    """The reads and writes of one write transaction; see :meth:`DraftRepository.writing`."""

    def insert_meta(self, meta: Mapping[str, str]) -> None:
        self._conn.execute(insert(_meta), [{"key": k, "value": v} for k, v in meta.items()])

    def insert_framework(self, framework_id: str, sha256: str, content: bytes) -> None:
        self._conn.execute(
            insert(_framework_copy).values(
                framework_id=framework_id, sha256=sha256, content=content
            )
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
            },
        )

    def insert_export(self, *, at: str, kind: str, target: str, head: Head) -> None:
        self._conn.execute(
            insert(_export_record).values(
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
                self._conn.execute(delete(_sign_off_role).where(_sign_off_role.c.name == name))
        for name, required in wanted.items():
            if name in existing:
                self._conn.execute(
                    update(_sign_off_role)
                    .where(_sign_off_role.c.name == name)
                    .values(required=required)
                )
            else:
                position += 1
                self._conn.execute(
                    insert(_sign_off_role).values(name=name, required=required, position=position)
                )

    def insert_sign_off(self, record: SignOffRecord, *, recorded_at: str) -> None:
        """Store a sign-off (``record.id`` is ignored: the database numbers it)."""
        self._conn.execute(
            insert(_sign_off).values(
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
