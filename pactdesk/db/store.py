"""Opening a draft's store: engine, durability, lock, migrations, backups.

A draft lives in one SQLite file (``*.pactdesk``); the same tables can live
in a PostgreSQL database (:func:`connect_server`), the first step of a
shared store for a ministry team.  Everything that depends on the database
is here, in :mod:`pactdesk.db`: SQLite's PRAGMAs, the rollback of a hot
journal, the lock file, the kind of transaction a write takes
(:func:`write_transaction`).  The services only see
:class:`pactdesk.db.repository.DraftRepository`.

Durability of the file: SQLite's rollback journal (``journal_mode=DELETE``)
with ``synchronous=FULL``.  Every save is one transaction that reaches the
disk before it returns, and once no process has the draft open, the
``.pactdesk`` file alone holds everything (WAL mode would keep recent saves
in a ``-wal`` file beside it after a crash).  See docs/draft-file.md for
what it costs.

Migrations are Alembic's, applied on open after a backup copy made with
SQLite's backup API.  Alembic is imported only when a migration is due: it
costs ~0.2 s at start-up otherwise.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, column, create_engine, event, inspect, select, table
from sqlalchemy.pool import StaticPool

from pactdesk import paths
from pactdesk.db import lock as draft_lock

#: The Alembic revision a draft of this PactDesk is at; a test checks it is
#: the head of ``migrations/versions``.
HEAD_REVISION = "0005"

BUSY_TIMEOUT_MS = 5000


class NotADraftError(ValueError):
    """The file is not a PactDesk draft (or is damaged beyond opening)."""


class DraftTooNewError(ValueError):
    """The draft was written by a newer PactDesk."""


@dataclass
class Store:
    """An open draft store: its engine and, for a file opened for writing, its lock.

    ``path`` is the draft file; None for a database on a server
    (:func:`connect_server`), which ``name`` then names (without password).
    """

    path: Path | None
    engine: Engine
    read_only: bool
    lock: draft_lock.DraftLock | None
    locked_by_other: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name and self.path is not None:
            self.name = self.path.name

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        uri = f"file:{path.resolve().as_posix()}?mode=ro"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    else:

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction; writers of the same store take turns.

    SQLite: ``BEGIN IMMEDIATE`` … ``COMMIT`` (the connection is in the
    driver's autocommit mode, so the transaction is exactly these two
    statements).  PostgreSQL: a transaction that first takes an exclusive
    lock on ``meta``, so that two writers never interleave their reading of
    the history head with their appending to it; readers are not blocked.
    """
    if _is_sqlite(engine):
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("LOCK TABLE meta IN EXCLUSIVE MODE")
            yield conn


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """One read transaction: every query in it sees the same state of the store."""
    if _is_sqlite(engine):
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.exec_driver_sql("COMMIT")
    else:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


_ALEMBIC_VERSION = table("alembic_version", column("version_num"))


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the store is at (None: not a migrated store)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        version = conn.execute(select(_ALEMBIC_VERSION.c.version_num)).scalar()
        return None if version is None else str(version)


def migrate(engine: Engine, target: str = "head") -> None:
    """Run Alembic's upgrade on the store's own connection (SQLite or PostgreSQL)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        conn.commit()


def backup(engine: Engine, destination: Path) -> None:
    """Copy an open draft file consistently with SQLite's backup API."""
    if not _is_sqlite(engine):
        raise ValueError("Only a draft file can be copied; a server database has its own backups.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    with engine.connect() as conn:
        source = conn.connection.dbapi_connection
        assert source is not None
        target = sqlite3.connect(str(destination))
        try:
            source.backup(target)
        finally:
            target.close()


def backup_path_for(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-migration-{revision or 'none'}-{stamp}{path.suffix}")


def create(path: Path) -> Store:
    """Make a new, empty, migrated draft file and hold its lock."""
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    held = draft_lock.acquire(path, paths.lock_path(path))
    try:
        engine = make_engine(path, read_only=False)
        migrate(engine)
    except BaseException:
        held.release()
        raise
    return Store(path, engine, read_only=False, lock=held)


def connect_server(url: str, *, create: bool = False) -> Store:
    """A draft store in a PostgreSQL database (a SQLAlchemy URL), migrated to this PactDesk.

    ``create``: the database is empty and becomes a new draft's store
    (migrated from empty).  Otherwise it must be a draft store: one of an
    older format is upgraded (the server's own backups apply; no copy is
    made here), one of a newer format is refused.  There is no lock file:
    writers take turns inside the database (:func:`write_transaction`).
    """
    engine = create_engine(url, pool_pre_ping=True)
    name = engine.url.render_as_string(hide_password=True)
    try:
        revision = current_revision(engine)
        if revision is None and not create:
            raise NotADraftError(f"{name} holds no PactDesk draft.")
        if revision is not None and create:
            raise FileExistsError(f"{name} already holds a PactDesk draft.")
        if revision is not None and not _known_revision(revision):
            raise DraftTooNewError(
                f"{name} was written by a newer PactDesk (format {revision}); "
                "update PactDesk to open it."
            )
        if revision != HEAD_REVISION:
            migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(None, engine, read_only=False, lock=None, name=name)


def open_store(
    path: Path, *, read_only: bool = False, allow_read_only_fallback: bool = False
) -> Store:
    """Open an existing draft.

    A draft another process holds raises :class:`DraftLockedError`, unless
    ``allow_read_only_fallback``: then it opens read-only and says who holds it.
    """
    if not path.is_file():
        raise FileNotFoundError(f"There is no draft at {path}.")
    if not _looks_like_sqlite(path):
        raise NotADraftError(f"{path.name} is not a PactDesk draft.")
    held: draft_lock.DraftLock | None = None
    locked_by: str | None = None
    if not read_only:
        try:
            held = draft_lock.acquire(path, paths.lock_path(path))
        except draft_lock.DraftLockedError as locked:
            if not allow_read_only_fallback:
                raise
            read_only = True
            locked_by = locked.holder
    journal = path.with_name(path.name + "-journal")
    if read_only and locked_by is None and journal.exists():
        _roll_back_hot_journal(path)
    try:
        engine = make_engine(path, read_only=read_only)
        try:
            revision = current_revision(engine)
        except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy
            raise NotADraftError(f"{path.name} is not a PactDesk draft, or it is damaged.") from exc
        if revision is None:
            raise NotADraftError(f"{path.name} is not a PactDesk draft.")
        if revision != HEAD_REVISION:
            if not _known_revision(revision):
                raise DraftTooNewError(
                    f"{path.name} was written by a newer PactDesk (format {revision}); "
                    "update PactDesk to open it."
                )
            if read_only:
                raise NotADraftError(
                    f"{path.name} needs upgrading to this PactDesk's format; open it for "
                    "writing once (it is backed up first)."
                )
            backup(engine, backup_path_for(path, revision))
            migrate(engine)
    except BaseException:
        if held is not None:
            held.release()
        raise
    return Store(path, engine, read_only=read_only, lock=held, locked_by_other=locked_by)


def _roll_back_hot_journal(path: Path) -> None:
    """Finish the recovery a crash in the middle of a save left to do.

    A read-only connection cannot roll a hot journal back; a short read-write
    one does it on its first read.  Nobody holds the draft (we checked), so
    the journal is hot, not another writer's.
    """
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the open that follows reports what is wrong


def _known_revision(revision: str) -> bool:
    versions = Path(__file__).parent / "migrations" / "versions"
    return any(p.name.startswith(f"{revision}_") for p in versions.glob("*.py"))


def integrity_check(path: Path) -> str:
    """SQLite's own ``PRAGMA integrity_check`` on the file: 'ok' when sound.

    The connection may write: after a crash in the middle of a save, opening
    rolls the hot journal back first, which a read-only connection cannot do.
    """
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
        return str(row[0])
    finally:
        conn.close()
