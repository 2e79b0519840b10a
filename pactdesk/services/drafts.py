"""The draft service: create, open, read, save, check, copy.

Threading: a :class:`Draft` may be used from one thread at a time; the UI
calls it from its single worker thread (see ``pactdesk/ui/tasks.py``) and the
command line from its only thread.  The repository's mutex serialises calls
that arrive from two threads anyway.

Transactions: every public call is one scope of the draft's repository
(:class:`pactdesk.db.repository.DraftRepository`): a read is one read
transaction, a write one write transaction — the item's new value and its
history event are written together or not at all, and on disk
(``synchronous=FULL``) before the call returns.  What one action reads
several times (a bundle: the status, the sign-offs, the JSON, the workbook,
the PDF) it reads once, as a :class:`DraftSnapshot`.

The store is a ``*.pactdesk`` SQLite file (:meth:`Draft.create`,
:meth:`Draft.open`) or a PostgreSQL database (:meth:`Draft.create_at`,
:meth:`Draft.open_at`): the same service code runs on both.  SQLAlchemy's
ORM (the models behind the repository) is imported when the first draft is
opened, not when this module is: the window imports this module before its
first paint.  Opening a draft *file* needs no SQLAlchemy at all: its meta
facts, framework, items and head are read on the file's own connection
(:mod:`pactdesk.db.opening`), and the repository -- SQLAlchemy, the models --
is made when a call first needs it (the first save, the history, a sign-off),
which in the window is after its first paint.  Until then, while this
process holds the draft's lock (no one else can write it), ``items()``,
``value()`` and ``head()`` answer from that opening read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from pactdesk import paths
from pactdesk.db import store as db_store
from pactdesk.db.lock import DraftLockedError
from pactdesk.domain import history, limits
from pactdesk.domain.contribution import (
    DETAIL_KEYS,
    Contribution,
    all_keys,
    contribution_from_items,
)
from pactdesk.domain.framework import Framework, framework_from_document
from pactdesk.domain.history import Event, Head, HistoryProblem, KnownHead
from pactdesk.fileio import write_atomic

if TYPE_CHECKING:
    from pactdesk.db.opening import Opening
    from pactdesk.db.records import SignOffRecord
    from pactdesk.db.repository import (
        DraftRepository,
        DraftWriter,
        ExportRow,
        SignOffRoleRow,
    )

__all__ = [
    "Draft",
    "DraftInfo",
    "DraftLockedError",
    "DraftSnapshot",
    "DraftTooNewError",
    "DraftNotWritableError",
    "DraftWriteError",
    "NotADraftError",
    "SaveResult",
    "UnknownItemError",
    "LockedItemError",
    "ReadOnlyDraftError",
    "TextRefusedError",
    "snapshot_of",
]

NotADraftError = db_store.NotADraftError
DraftTooNewError = db_store.DraftTooNewError
DraftNotWritableError = db_store.DraftNotWritableError
DraftWriteError = db_store.DraftWriteError


class UnknownItemError(KeyError):
    """An item key that the draft's framework does not have."""


class ReadOnlyDraftError(RuntimeError):
    """A write to a draft opened read-only."""


class LockedItemError(ValueError):
    """A write to an item this draft holds read-only (a contributor's draft: not sent to them)."""

    def __init__(self, summary: str, details: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details or []


class TextRefusedError(ValueError):
    """A change whose text no door would take in (a control character); nothing was saved.

    ``summary`` is one line naming the field, the character and where it is;
    ``details`` every such problem of the change (at most 50 lines).
    """

    def __init__(self, summary: str, details: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details or []


#: Meta key of a contributor's draft: the item keys it may write (JSON list); absent: all.
EDITABLE_KEYS = "editable_keys"


@dataclass(frozen=True, slots=True)
class DraftInfo:
    #: The draft file; None for a draft in a server database (``store_name`` names it).
    path: Path | None
    draft_id: str
    member_state: str
    cycle: int
    language: str
    framework_id: str
    framework_sha256: str
    created_at: str
    created_by: str
    read_only: bool
    locked_by_other: str | None
    store_name: str = ""
    #: Why a draft asked for reading opened read-only (a read-only disk, no
    #: permission, a full disk); None when it may be written or another holds it.
    read_only_reason: str | None = None
    #: A contributor's draft (made from an exchange package): the item keys it may
    #: write; every other item is shown but read-only.  None: every item.
    editable_keys: frozenset[str] | None = None

    def is_locked(self, key: str) -> bool:
        """True for an item this draft shows read-only (not sent to this contributor)."""
        return self.editable_keys is not None and key not in self.editable_keys

    #: Made from an exchange package (as the opening read found it; None: not read at opening).
    from_package: bool | None = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    changed: tuple[str, ...]
    head: Head


@dataclass(frozen=True)
class DraftSnapshot:
    """The draft's content at one revision, read in one transaction.

    Everything one action needs to read — the answers, the history head,
    the sign-off roles and the stored sign-offs — so that each step of the
    action (status, sign-off summary, canonical JSON, workbook, PDF) sees
    the same revision and nothing is read twice.  Frozen: safe to hand to
    any thread.
    """

    info: DraftInfo
    framework: Framework
    head: Head
    items: Mapping[str, str]
    contribution: Contribution
    sign_off_roles: tuple[SignOffRoleRow, ...] = field(default=())
    sign_offs: tuple[SignOffRecord, ...] = field(default=())
    #: The history up to ``head`` and the heads recorded with exports, when
    #: asked for (``Draft.snapshot(with_history=True)``); None otherwise.
    history: tuple[Event, ...] | None = None
    export_heads: tuple[ExportRow, ...] = field(default=())
    #: The form its sign-offs and bundle are signed in: "cades" or "xades"
    #: (:mod:`pactdesk.services.signature_form`).
    signature_form: str = "cades"


def snapshot_of(source: Draft | DraftSnapshot) -> DraftSnapshot:
    """The snapshot itself, or a draft's content read now (once)."""
    return source if isinstance(source, DraftSnapshot) else source.snapshot()


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Draft:
    """An open draft: a ``.pactdesk`` file, or a draft store on a server."""

    def __init__(
        self,
        store: db_store.Store,
        repository: DraftRepository | None,
        framework: Framework,
        info: DraftInfo,
        *,
        opening: Opening | None = None,
    ) -> None:
        """``repository`` None: made on first use (``opening`` then holds what was read)."""
        self._store = store
        self._made_repository = repository
        self._repository_lock = threading.Lock()
        self.framework = framework
        self.info = info
        self._keys = frozenset(all_keys(framework)) | DETAIL_KEYS
        #: The opening read's items, answering reads until the repository is made; only
        #: while this process holds the lock (no other writer can change them meanwhile).
        self._opened_items: Mapping[str, str] | None = None
        if opening is not None:
            self._head = opening.head
            if store.lock is not None:
                self._opened_items = MappingProxyType(opening.items)
        else:
            with self._repository.reading() as reader:
                self._head = reader.head()

    @property
    def _repository(self) -> DraftRepository:
        """The draft's repository (SQLAlchemy, the models), made the first time it is needed."""
        made = self._made_repository
        if made is not None:
            return made
        with self._repository_lock:
            if self._made_repository is None:
                from pactdesk.db.repository import DraftRepository

                # From now on every read goes to the tables (a write may follow).
                self._opened_items = None
                self._made_repository = DraftRepository(self._store.engine)
            return self._made_repository

    # -- opening and closing ------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        framework: Framework,
        framework_raw: bytes,
        member_state: str,
        cycle: int,
        language: str,
        author: str,
    ) -> Draft:
        """Make a new draft file for one Member State and cycle."""
        _check_new(framework, member_state=member_state, cycle=cycle)
        store = db_store.create(path)
        try:
            return cls._create_in(
                store,
                framework=framework,
                framework_raw=framework_raw,
                member_state=member_state,
                cycle=cycle,
                language=language,
                author=author,
            )
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    @classmethod
    def create_at(
        cls,
        url: str,
        *,
        framework: Framework,
        framework_raw: bytes,
        member_state: str,
        cycle: int,
        language: str,
        author: str,
    ) -> Draft:
        """Make a new draft in an empty server database (a SQLAlchemy URL, PostgreSQL)."""
        _check_new(framework, member_state=member_state, cycle=cycle)
        return cls._create_in(
            db_store.connect_server(url, create=True),
            framework=framework,
            framework_raw=framework_raw,
            member_state=member_state,
            cycle=cycle,
            language=language,
            author=author,
        )

    @classmethod
    def _create_in(
        cls,
        store: db_store.Store,
        *,
        framework: Framework,
        framework_raw: bytes,
        member_state: str,
        cycle: int,
        language: str,
        author: str,
    ) -> Draft:
        from pactdesk.db.repository import DraftRepository

        try:
            meta = {
                "draft_id": str(uuid.uuid4()),
                "member_state": member_state,
                "cycle": str(cycle),
                "language": language,
                "framework_id": framework.id,
                "framework_sha256": framework.sha256,
                "created_at": now_iso(),
                "created_by": author,
            }
            with DraftRepository(store.engine).writing() as writer:
                writer.insert_meta(meta)
                writer.insert_framework(framework.id, framework.sha256, framework_raw)
            return cls._from_store(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, allow_read_only_fallback: bool = False
    ) -> Draft:
        """Open a draft, migrating it (after a backup) when it is older.

        Raises ``DraftLockedError`` when another process has it open, unless
        ``allow_read_only_fallback``; then ``info.read_only`` is set and
        ``info.locked_by_other`` says who has it.
        """
        store = db_store.open_store(
            path, read_only=read_only, allow_read_only_fallback=allow_read_only_fallback
        )
        try:
            return cls._from_store(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def open_at(cls, url: str) -> Draft:
        """Open the draft in a server database (a SQLAlchemy URL), upgrading an older one."""
        store = db_store.connect_server(url)
        try:
            return cls._from_store(store)
        except BaseException:
            store.close()
            raise

    @classmethod
    def _from_store(cls, store: db_store.Store) -> Draft:
        opening: Opening | None = None
        repository: DraftRepository | None = None
        if store.connection is not None and store.made_engine is None:
            from pactdesk.db.opening import read_opening

            try:
                opening = read_opening(store.connection)
            except sqlite3.DatabaseError as exc:
                raise NotADraftError(
                    f"{store.name} is not a complete PactDesk draft, or it is damaged."
                ) from exc
            meta, raw = opening.meta, opening.framework
        else:
            from pactdesk.db.repository import DraftRepository

            repository = DraftRepository(store.engine)
            with repository.reading() as reader:
                meta = reader.meta()
                raw = reader.framework_content(meta.get("framework_id", ""))
        if raw is None or "draft_id" not in meta:
            raise NotADraftError(f"{store.name} is not a complete PactDesk draft.")
        framework = _stored_framework(store.name, raw, meta.get("framework_sha256", ""))
        info = DraftInfo(
            path=store.path,
            draft_id=meta["draft_id"],
            member_state=meta["member_state"],
            cycle=int(meta["cycle"]),
            language=meta["language"],
            framework_id=meta["framework_id"],
            framework_sha256=meta["framework_sha256"],
            created_at=meta["created_at"],
            created_by=meta["created_by"],
            read_only=store.read_only,
            locked_by_other=store.locked_by_other,
            store_name=store.name,
            read_only_reason=store.read_only_reason,
            editable_keys=(
                frozenset(json.loads(meta[EDITABLE_KEYS])) if EDITABLE_KEYS in meta else None
            ),
            from_package=opening.from_package if opening is not None else None,
        )
        return cls(store, repository, framework, info, opening=opening)

    def prepare(self) -> None:
        """Make the repository now (it loads SQLAlchemy, ~0.2 s), so a first save need not wait.

        The window calls this on its worker once the draft is on screen.
        """
        _ = self._repository

    def close(self) -> None:
        with self._repository_lock:
            made = self._made_repository
        if made is None:
            self._store.close()  # nothing was ever read or written through the repository
            return
        with made.held():  # waits for a call in progress on another thread
            self._store.close()

    def __enter__(self) -> Draft:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        """The draft file (a draft in a server database has none: ValueError)."""
        if self._store.path is None:
            raise ValueError(f"The draft in {self._store.name} is not a file.")
        return self._store.path

    @property
    def repository(self) -> DraftRepository:
        """The draft's tables, for the services that keep their own records in it (sign-offs)."""
        return self._repository

    def framework_bytes(self) -> bytes:
        with self._repository.reading() as reader:
            raw = reader.framework_content(self.framework.id)
        assert raw is not None  # checked when the draft was opened
        return raw

    # -- reading -------------------------------------------------------------

    def items(self) -> dict[str, str]:
        opened = self._opened_items
        if opened is not None:
            return dict(opened)
        with self._repository.reading() as reader:
            return reader.items()

    def value(self, key: str) -> str:
        opened = self._opened_items
        if opened is not None:
            return opened.get(key, "")
        with self._repository.reading() as reader:
            return reader.value(key) or ""

    def contribution(self) -> Contribution:
        return self._contribution_of(self.items())

    def _contribution_of(self, items: Mapping[str, str]) -> Contribution:
        return contribution_from_items(
            self.framework,
            items,
            member_state=self.info.member_state,
            cycle=self.info.cycle,
            language=self.info.language,
        )

    def snapshot(self, *, with_history: bool = False) -> DraftSnapshot:
        """The content at the current revision, sign-offs included, read in one transaction.

        ``with_history``: the events and the recorded export heads too, for
        checking the history of that revision (``status``, the bundle).
        """
        with self._repository.reading() as reader:
            items = reader.items()
            return DraftSnapshot(
                info=self.info,
                framework=self.framework,
                head=reader.head(),
                items=MappingProxyType(items),
                contribution=self._contribution_of(items),
                sign_off_roles=tuple(reader.sign_off_roles()),
                sign_offs=tuple(reader.sign_offs()),
                history=tuple(reader.events()) if with_history else None,
                export_heads=tuple(reader.exports()) if with_history else (),
                signature_form=reader.meta().get("signature_form", "cades"),
            )

    def head(self) -> Head:
        """The history head (revision and hash of the newest event).

        A draft file has one writer, this process (the lock says so), so its
        head is kept from the last save; a server database may have other
        writers, so there it is read each time.
        """
        if self._store.path is None:
            with self._repository.reading() as reader:
                self._head = reader.head()
        return self._head

    def events(self, item: str | None = None) -> list[Event]:
        with self._repository.reading() as reader:
            return reader.events(item=item)

    # -- writing -------------------------------------------------------------

    def save(self, key: str, value: str, *, author: str, source: str | None = None) -> SaveResult:
        """Save one item; a value equal to the stored one writes nothing."""
        return self.save_many({key: value}, author=author, source=source)

    def save_many(
        self,
        changes: Mapping[str, str],
        *,
        author: str,
        source: str | None = None,
        also: Callable[[DraftWriter, SaveResult], None] | None = None,
    ) -> SaveResult:
        """Save several items in one transaction, one history event each.

        ``also(writer, result)`` runs inside the same transaction after the
        items are written, for a service that records more (a merge, its
        conflicts) that must stand or fall with them.

        A changed text holding a C0 control character but tab and line feed
        raises :class:`TextRefusedError` and nothing is written.
        """
        self.check_writable()
        unknown = [key for key in changes if key not in self._keys]
        if unknown:
            raise UnknownItemError(f"Unknown item {unknown[0]!r} for framework {self.framework.id}")
        changed: list[str] = []
        with self._repository.writing() as writer:
            head = writer.head()
            seq, prev = head.revision, head.hash
            befores = {key: writer.value(key) for key in changes}
            self._check_text(
                {key: value for key, value in changes.items() if (befores[key] or "") != value}
            )
            for key, value in changes.items():
                before = befores[key]
                if (before or "") == value:
                    continue
                self._check_unlocked(key)
                seq += 1
                at = now_iso()
                digest = history.event_hash(
                    seq=seq,
                    at=at,
                    author=author,
                    item=key,
                    before=before,
                    after=value,
                    source=source,
                    prev_hash=prev,
                )
                writer.put_item(key, value, revision=seq, exists=before is not None)
                writer.append_event(
                    Event(seq, at, author, key, before, value, source, prev_hash=prev, hash=digest)
                )
                prev = digest
                changed.append(key)
            head = Head(seq, prev)
            if also is not None:
                also(writer, SaveResult(tuple(changed), head))
        self._head = head
        return SaveResult(tuple(changed), head)

    def _check_text(self, changes: Mapping[str, str]) -> None:
        """Refuse (before anything is written) a text no door would take in.

        The characters every import checks (:func:`pactdesk.domain.limits.item_problems`):
        so that no route, the window, a command or a merge, stores a control
        character that the workbook and Word formats cannot carry.
        """
        from pactdesk.domain.contribution import describe_key

        problems = limits.item_character_problems(
            changes, lambda key: describe_key(self.framework, key)
        )
        if problems:
            more = f" (and {len(problems) - 1:,} more)" if len(problems) > 1 else ""
            raise TextRefusedError(
                f"{problems[0]}{more}. Nothing was saved.",
                limits.listed(problems) if len(problems) > 1 else [],
            )

    def save_merge(
        self,
        changes: Mapping[str, str],
        *,
        author: str,
        source: str,
        parents: Mapping[str, object],
        also: Callable[[DraftWriter, SaveResult], None] | None = None,
    ) -> SaveResult:
        """Save a merge as ONE history event naming both ``parents``, in one transaction.

        The event's item is :data:`history.MERGE_ITEM`; it carries every
        field that changed (before and after) and ``parents`` (canonical
        JSON), all covered by its hash.  A merge that changes nothing writes
        no event; ``also`` runs either way, inside the transaction.
        """
        self.check_writable()
        unknown = [key for key in changes if key not in self._keys]
        if unknown:
            raise UnknownItemError(f"Unknown item {unknown[0]!r} for framework {self.framework.id}")
        with self._repository.writing() as writer:
            head = writer.head()
            field_changes = []
            existed = {}
            for key, value in changes.items():
                before = writer.value(key)
                if (before or "") != value:
                    self._check_unlocked(key)
                    field_changes.append(history.FieldChange(key, before, value))
                    existed[key] = before is not None
            self._check_text({change.item: change.after or "" for change in field_changes})
            if field_changes:
                seq, at = head.revision + 1, now_iso()
                encoded_parents = history.encode_parents(parents)
                digest = history.event_hash(
                    seq=seq,
                    at=at,
                    author=author,
                    item=history.MERGE_ITEM,
                    before=None,
                    after=None,
                    source=source,
                    prev_hash=head.hash,
                    changes=field_changes,
                    parents=encoded_parents,
                )
                for change in field_changes:
                    writer.put_item(
                        change.item, change.after or "", revision=seq, exists=existed[change.item]
                    )
                writer.append_event(
                    Event(
                        seq,
                        at,
                        author,
                        history.MERGE_ITEM,
                        None,
                        None,
                        source,
                        prev_hash=head.hash,
                        hash=digest,
                        changes=tuple(field_changes),
                        parents=encoded_parents,
                    )
                )
                head = Head(seq, digest)
            result = SaveResult(tuple(c.item for c in field_changes), head)
            if also is not None:
                also(writer, result)
        self._head = head
        return result

    def _check_unlocked(self, key: str) -> None:
        """Refuse (inside the write, so nothing of it is kept) a change to a locked item."""
        if not self.info.is_locked(key):
            return
        from pactdesk.domain.contribution import describe_key

        mine = sorted(self.info.editable_keys or ())
        raise LockedItemError(
            f"{describe_key(self.framework, key)} is read-only in this draft: it was not sent "
            "to you, the coordinator writes it. Nothing was saved.",
            [f"this draft may change {len(mine)} fields of the items it was sent"],
        )

    def check_writable(self) -> None:
        """Raise :class:`ReadOnlyDraftError` when the draft is open read-only."""
        if self._store.read_only:
            raise ReadOnlyDraftError(
                self._store.read_only_reason or f"{self._store.name} is open read-only."
            )

    def copy_to(self, destination: Path) -> None:
        """A consistent copy of the draft file while it is open (SQLite's backup API)."""
        with self._repository.held():
            db_store.backup(self._store.engine, destination)

    # -- exports and the history check ----------------------------------------

    def record_export(self, kind: str, target: str, *, head: Head | None = None) -> Head:
        """Remember the head an export carried: in the draft and in the user's data folder.

        ``head``: the revision the export was made from (its snapshot's);
        by default the draft's current head.
        """
        head = head or self.head()
        at = now_iso()
        if not self._store.read_only:
            with self._repository.writing() as writer:
                writer.insert_export(at=at, kind=kind, target=target, head=head)
        _record_head_outside(self.info.draft_id, head, kind=kind, target=target, at=at)
        return head

    def known_heads(self) -> list[KnownHead]:
        with self._repository.reading() as reader:
            return self._known_heads(reader.exports())

    def _known_heads(self, exports: Iterable[ExportRow]) -> list[KnownHead]:
        known = [
            KnownHead(export.head, f"the {export.kind} export of {export.at[:19]}")
            for export in exports
        ]
        known.extend(_heads_recorded_outside(self.info.draft_id))
        return known

    def check_history(
        self, extra: Iterable[KnownHead] = (), *, snapshot: DraftSnapshot | None = None
    ) -> list[HistoryProblem]:
        """Edited events, unrecorded changes, and a history cut short of a known head.

        Of the current revision, or of ``snapshot``'s (its history is read
        now, up to its revision, unless it was read with it).
        """
        if snapshot is None:
            snapshot = self.snapshot(with_history=True)
        if snapshot.history is None:
            with self._repository.reading() as reader:
                events = reader.events(up_to=snapshot.head.revision)
                exports = reader.exports()
        else:
            events, exports = list(snapshot.history), list(snapshot.export_heads)
        items = snapshot.items
        known = self._known_heads(exports)
        problems = history.check_chain(events)
        problems += history.check_replay(events, items)
        problems += history.check_heads(events, [*known, *extra])
        return problems


def _stored_framework(name: str, raw: bytes, sha256: str) -> Framework:
    """The draft's own copy of its framework, or :class:`NotADraftError` if it is damaged.

    Not schema-checked again (it was when the draft was made, and opening
    must stay fast), but its digest must be the one the draft recorded, and
    it must be within the limits of a framework file.
    """
    damaged = f"{name} is damaged: its copy of the framework it was made from cannot be read"
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise NotADraftError(f"{damaged} (it is not the copy the draft recorded).")
    problem = limits.file_size_problem(len(raw), limits.FRAMEWORK) or limits.json_depth_problem(raw)
    if problem is not None:
        raise NotADraftError(f"{damaged} ({problem}).")
    try:
        return framework_from_document(json.loads(raw), raw)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise NotADraftError(f"{damaged}.") from exc


def _check_new(framework: Framework, *, member_state: str, cycle: int) -> None:
    if member_state not in {m.code for m in framework.member_states}:
        hint = {"GR": " Greece is EL in the EU's codes.", "GB": " The United Kingdom is UK."}
        raise ValueError(
            f"{member_state} is not a Member State of the {framework.cycle} cycle "
            f"(one of {', '.join(m.code for m in framework.member_states)})."
            + hint.get(member_state, "")
        )
    if cycle != framework.cycle:
        raise ValueError(
            f"The framework {framework.id} is for the {framework.cycle} cycle, not {cycle}."
        )


# -- heads recorded outside the draft ---------------------------------------------


def _heads_file(draft_id: str) -> Path:
    return paths.heads_dir() / f"{draft_id}.json"


def _record_head_outside(draft_id: str, head: Head, *, kind: str, target: str, at: str) -> None:
    path = _heads_file(draft_id)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        heads = list(document.get("heads", []))
    except (OSError, ValueError, AttributeError):
        heads = []
    heads.append({"revision": head.revision, "hash": head.hash, "kind": kind, "at": at})
    heads = heads[-200:]
    document = {"draft_id": draft_id, "heads": heads}
    write_atomic(path, json.dumps(document, indent=1).encode("utf-8"))


def _heads_recorded_outside(draft_id: str) -> list[KnownHead]:
    try:
        document = json.loads(_heads_file(draft_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    known = []
    for entry in document.get("heads", []) if isinstance(document, dict) else []:
        try:
            head = Head(int(entry["revision"]), str(entry["hash"]))
        except (KeyError, TypeError, ValueError):
            continue
        known.append(
            KnownHead(
                head,
                f"this computer's record of the {entry.get('kind', '')} "
                f"export of {str(entry.get('at', ''))[:19]}",
            )
        )
    return known
