"""The draft service: create, open, read, save, check, copy.

Threading: a :class:`Draft` may be used from one thread at a time; the UI
calls it from its single worker thread (see ``pactdesk/ui/tasks.py``) and the
command line from its only thread.  An internal lock serialises calls that
arrive from two threads anyway.

Transactions: every public call that writes is one ``BEGIN IMMEDIATE`` …
``COMMIT``: the item's new value and its history event are written together
or not at all, and on disk (``synchronous=FULL``) before the call returns.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from pactdesk import paths
from pactdesk.db import store as db_store
from pactdesk.db.lock import DraftLockedError
from pactdesk.domain import history
from pactdesk.domain.contribution import (
    Contribution,
    all_keys,
    contribution_from_items,
)
from pactdesk.domain.framework import Framework, framework_from_document
from pactdesk.domain.history import Event, Head, HistoryProblem, KnownHead
from pactdesk.fileio import write_atomic

__all__ = [
    "Draft",
    "DraftInfo",
    "DraftLockedError",
    "DraftTooNewError",
    "NotADraftError",
    "SaveResult",
    "UnknownItemError",
    "ReadOnlyDraftError",
]

NotADraftError = db_store.NotADraftError
DraftTooNewError = db_store.DraftTooNewError


class UnknownItemError(KeyError):
    """An item key that the draft's framework does not have."""


class ReadOnlyDraftError(RuntimeError):
    """A write to a draft opened read-only."""


@dataclass(frozen=True, slots=True)
class DraftInfo:
    path: Path
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


@dataclass(frozen=True, slots=True)
class SaveResult:
    changed: tuple[str, ...]
    head: Head


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Draft:
    """An open ``.pactdesk`` file."""

    def __init__(self, store: db_store.Store, framework: Framework, info: DraftInfo) -> None:
        self._store = store
        self.framework = framework
        self.info = info
        self._keys = frozenset(all_keys(framework))
        self._mutex = threading.RLock()
        self._head = self._read_head()

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
        store = db_store.create(path)
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
            with db_store.transaction(store.engine) as conn:
                conn.execute(
                    text("INSERT INTO meta (key, value) VALUES (:key, :value)"),
                    [{"key": k, "value": v} for k, v in meta.items()],
                )
                conn.execute(
                    text(
                        "INSERT INTO framework_copy (framework_id, sha256, content) "
                        "VALUES (:id, :sha, :content)"
                    ),
                    {"id": framework.id, "sha": framework.sha256, "content": framework_raw},
                )
        except BaseException:
            store.close()
            path.unlink(missing_ok=True)
            raise
        return cls._from_store(store)

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
    def _from_store(cls, store: db_store.Store) -> Draft:
        with store.engine.connect() as conn:
            meta = {str(k): str(v) for k, v in conn.execute(text("SELECT key, value FROM meta"))}
            row = conn.execute(
                text("SELECT content FROM framework_copy WHERE framework_id = :id"),
                {"id": meta.get("framework_id", "")},
            ).first()
        if row is None or "draft_id" not in meta:
            raise NotADraftError(f"{store.path.name} is not a complete PactDesk draft.")
        raw = bytes(row[0])
        framework = framework_from_document(json.loads(raw), raw)
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
        )
        return cls(store, framework, info)

    def close(self) -> None:
        with self._mutex:
            self._store.close()

    def __enter__(self) -> Draft:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._store.path

    def framework_bytes(self) -> bytes:
        with self._mutex, self._store.engine.connect() as conn:
            row = conn.execute(
                text("SELECT content FROM framework_copy WHERE framework_id = :id"),
                {"id": self.framework.id},
            ).one()
        return bytes(row[0])

    # -- reading -------------------------------------------------------------

    def items(self) -> dict[str, str]:
        with self._mutex, self._store.engine.connect() as conn:
            return {str(k): str(v) for k, v in conn.execute(text("SELECT key, value FROM item"))}

    def value(self, key: str) -> str:
        with self._mutex, self._store.engine.connect() as conn:
            row = conn.execute(
                text("SELECT value FROM item WHERE key = :key"), {"key": key}
            ).first()
        return str(row[0]) if row else ""

    def contribution(self) -> Contribution:
        return contribution_from_items(
            self.framework,
            self.items(),
            member_state=self.info.member_state,
            cycle=self.info.cycle,
            language=self.info.language,
        )

    def head(self) -> Head:
        return self._head

    def _read_head(self) -> Head:
        with self._mutex, self._store.engine.connect() as conn:
            row = conn.execute(
                text("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")
            ).first()
        return Head(int(row[0]), str(row[1])) if row else Head(0, history.GENESIS)

    def events(self, item: str | None = None) -> list[Event]:
        query = "SELECT seq, at, author, item, before, after, source, prev_hash, hash FROM event"
        params: dict[str, Any] = {}
        if item is not None:
            query += " WHERE item = :item"
            params["item"] = item
        query += " ORDER BY seq"
        with self._mutex, self._store.engine.connect() as conn:
            rows = conn.execute(text(query), params).all()
        return [Event(*row) for row in rows]

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
        also: Callable[[Any, SaveResult], None] | None = None,
    ) -> SaveResult:
        """Save several items in one transaction, one history event each.

        ``also(conn, result)`` runs inside the same transaction after the
        items are written, for a service that records more (a merge, its
        conflicts) that must stand or fall with them.
        """
        if self._store.read_only:
            raise ReadOnlyDraftError(f"{self.path.name} is open read-only.")
        unknown = [key for key in changes if key not in self._keys]
        if unknown:
            raise UnknownItemError(f"Unknown item {unknown[0]!r} for framework {self.framework.id}")
        changed: list[str] = []
        with self._mutex, db_store.transaction(self._store.engine) as conn:
            last = conn.execute(
                text("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")
            ).first()
            seq, prev = (int(last[0]), str(last[1])) if last else (0, history.GENESIS)
            for key, value in changes.items():
                row = conn.execute(
                    text("SELECT value FROM item WHERE key = :key"), {"key": key}
                ).first()
                before = str(row[0]) if row else None
                if (before or "") == value:
                    continue
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
                params = {"key": key, "value": value, "revision": seq}
                if row is None:
                    conn.execute(
                        text(
                            "INSERT INTO item (key, value, revision) "
                            "VALUES (:key, :value, :revision)"
                        ),
                        params,
                    )
                else:
                    conn.execute(
                        text(
                            "UPDATE item SET value = :value, revision = :revision WHERE key = :key"
                        ),
                        params,
                    )
                conn.execute(
                    text(
                        "INSERT INTO event (seq, at, author, item, before, after, source, "
                        "prev_hash, hash) VALUES (:seq, :at, :author, :item, :before, :after, "
                        ":source, :prev_hash, :hash)"
                    ),
                    {
                        "seq": seq,
                        "at": at,
                        "author": author,
                        "item": key,
                        "before": before,
                        "after": value,
                        "source": source,
                        "prev_hash": prev,
                        "hash": digest,
                    },
                )
                prev = digest
                changed.append(key)
            head = Head(seq, prev)
            if also is not None:
                also(conn, SaveResult(tuple(changed), head))
        self._head = head
        return SaveResult(tuple(changed), head)

    # -- for other services (sign-offs) that keep their own tables in the draft --

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A connection for reads, under the draft's mutex (services only; never the UI)."""
        with self._mutex, self._store.engine.connect() as conn:
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Any]:
        """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) under the draft's mutex."""
        if self._store.read_only:
            raise ReadOnlyDraftError(f"{self.path.name} is open read-only.")
        with self._mutex, db_store.transaction(self._store.engine) as conn:
            yield conn

    def copy_to(self, destination: Path) -> None:
        """A consistent copy of the draft while it is open (SQLite's backup API)."""
        with self._mutex:
            db_store.backup(self._store.engine, destination)

    # -- exports and the history check ----------------------------------------

    def record_export(self, kind: str, target: str) -> Head:
        """Remember the head an export carried: in the draft and in the user's data folder."""
        head = self._head
        at = now_iso()
        if not self._store.read_only:
            with self._mutex, db_store.transaction(self._store.engine) as conn:
                conn.execute(
                    text(
                        "INSERT INTO export_record (at, kind, target, revision, head_hash) "
                        "VALUES (:at, :kind, :target, :revision, :hash)"
                    ),
                    {
                        "at": at,
                        "kind": kind,
                        "target": target,
                        "revision": head.revision,
                        "hash": head.hash,
                    },
                )
        _record_head_outside(self.info.draft_id, head, kind=kind, target=target, at=at)
        return head

    def known_heads(self) -> list[KnownHead]:
        with self._mutex, self._store.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT at, kind, target, revision, head_hash FROM export_record ORDER BY id")
            ).all()
        known = [
            KnownHead(Head(int(rev), str(h)), f"the {kind} export of {at[:19]}")
            for at, kind, _target, rev, h in rows
        ]
        known.extend(_heads_recorded_outside(self.info.draft_id))
        return known

    def check_history(self, extra: Iterable[KnownHead] = ()) -> list[HistoryProblem]:
        """Edited events, unrecorded changes, and a history cut short of a known head."""
        events = self.events()
        items = self.items()
        problems = history.check_chain(events)
        problems += history.check_replay(events, items)
        problems += history.check_heads(events, [*self.known_heads(), *extra])
        return problems


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
