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

Opening a draft file needs no SQLAlchemy: the file's one connection is
opened with the standard library's ``sqlite3``, its format (the Alembic
revision) is read on it, and :mod:`pactdesk.db.opening` reads what the
window's first paint shows on it too.  The SQLAlchemy engine over that same
connection (:attr:`Store.engine`) is made when something first needs it --
importing SQLAlchemy costs ~0.2-0.25 s, which the window pays after its
first paint instead of before it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk import paths
from pactdesk.db import lock as draft_lock

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

#: The Alembic revision a draft of this PactDesk is at; a test checks it is
#: the head of ``migrations/versions``.
HEAD_REVISION = "0006"

BUSY_TIMEOUT_MS = 5000


class NotADraftError(ValueError):
    """The file is not a PactDesk draft (or is damaged beyond opening)."""


class DraftTooNewError(ValueError):
    """The draft was written by a newer PactDesk."""


class DraftNotWritableError(RuntimeError):
    """The draft cannot be written here (read-only disk, no permission, full disk).

    ``str()`` is one sentence; nothing was changed.  A reader opens such a
    draft read-only instead (``Store.read_only_reason`` says why).
    """


class DraftWriteError(RuntimeError):
    """A save the disk refused (full, read-only, too large a file); it was rolled back.

    ``str()`` is one sentence; everything saved before is still there.
    """


#: Errors of the file system that mean "this cannot be written here".
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def not_writable_reason(name: str, code: int | None, *, reading: bool = True) -> str:
    """Why a draft cannot be saved, in one sentence, from the error's number.

    ``reading``: the draft opens read-only all the same (say so); else the
    action that wanted to write is refused (say nothing was changed).
    """
    if code == errno.EROFS:
        why = f"{name} is on a read-only disk or in a read-only folder"
    elif code in (errno.EACCES, errno.EPERM):
        why = f"You may not change {name} or its folder (no permission)"
    elif code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        why = f"There is no space left on the disk of {name}"
    else:
        why = f"{name} cannot be saved where it is"
    if reading:
        return f"{why}: it can be read, not saved."
    return f"{why}: it cannot be saved. Nothing was changed."


def _write_refusal(name: str, exc: BaseException) -> DraftWriteError | None:
    """The one sentence for a write SQLite could not make (None: not a disk problem)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        why = f"There is no space left on the disk of {name}"
    elif "readonly" in text or "read-only" in text:
        why = f"{name} cannot be changed (it is read-only)"
    elif "disk i/o error" in text:
        why = (
            f"The disk refused to write {name} (it may be full, or the file may have reached "
            "the largest size allowed)"
        )
    elif "locked" in text or "busy" in text:
        why = f"{name} is locked by another program"
    else:
        return None
    return DraftWriteError(f"{why}: this change was not saved; what was saved before is kept.")


@dataclass
class Store:
    """An open draft store: its engine and, for a file opened for writing, its lock.

    ``path`` is the draft file; None for a database on a server
    (:func:`connect_server`), which ``name`` then names (without password).
    A draft file has one connection (``connection``, standard ``sqlite3``);
    its engine is made over that connection when first asked for.
    """

    path: Path | None
    read_only: bool
    lock: draft_lock.DraftLock | None
    locked_by_other: str | None = None
    name: str = ""
    #: Why a draft that was asked for reading opened read-only: a read-only disk
    #: or folder, no permission, a full disk (None: it may be written).
    read_only_reason: str | None = None
    connection: sqlite3.Connection | None = None
    made_engine: Engine | None = None
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if not self.name and self.path is not None:
            self.name = self.path.name

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (over the file's one connection), made on first use."""
        with self._engine_lock:
            if self.made_engine is None:
                if self.path is None or self.connection is None:
                    raise ValueError(f"{self.name} is closed.")
                self.made_engine = make_engine(
                    self.path, read_only=self.read_only, connection=self.connection
                )
            return self.made_engine

    def close(self) -> None:
        if self.made_engine is not None:
            self.made_engine.dispose()
        elif self.connection is not None:
            self.connection.close()
        self.connection = None
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


def connect_file(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """The draft file's connection: autocommit (transactions are explicit), PRAGMAs set."""
    if read_only:
        uri = f"file:{path.resolve().as_posix()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _set_pragmas(connection, None)
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(
    path: Path, *, read_only: bool, connection: sqlite3.Connection | None = None
) -> Engine:
    """An engine over one connection to the file (``connection``, or a new one)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    if connection is None:
        connection = connect_file(path, read_only=read_only)
    made = connection

    def connect() -> sqlite3.Connection:
        return made

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    _NAMES[engine] = path.name
    return engine


#: The draft file's name of each engine, for the one sentence of a refused write.
_NAMES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


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
    from sqlalchemy.exc import DBAPIError

    if _is_sqlite(engine):
        with engine.connect() as conn:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.exec_driver_sql("COMMIT")
                except BaseException:
                    _roll_back(conn)
                    raise
            except DBAPIError as exc:
                refusal = _write_refusal(_NAMES.get(engine, "the draft"), exc)
                if refusal is None:
                    raise
                raise refusal from exc
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("LOCK TABLE meta IN EXCLUSIVE MODE")
            yield conn


def _roll_back(conn: Connection) -> None:
    """Roll back what is open; SQLite may have rolled back already (a full disk, an I/O error).

    Without the check, ROLLBACK after SQLite's own would fail with "cannot
    rollback - no transaction is active" and hide the real error.
    """
    from sqlalchemy.exc import DBAPIError

    raw = conn.connection.dbapi_connection
    if raw is not None and not getattr(raw, "in_transaction", True):
        return
    with contextlib.suppress(DBAPIError):  # the error that made us roll back is the one to report
        conn.exec_driver_sql("ROLLBACK")


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


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the store is at (None: not a migrated store)."""
    from sqlalchemy import column, inspect, select, table

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        version_num = table("alembic_version", column("version_num")).c.version_num
        version = conn.execute(select(version_num)).scalar()
        return None if version is None else str(version)


def file_revision(connection: sqlite3.Connection) -> str | None:
    """:func:`current_revision` of a draft file, read on its own ``sqlite3`` connection."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None or row[0] is None else str(row[0])


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
    with engine.connect() as conn:
        source = conn.connection.dbapi_connection
        assert isinstance(source, sqlite3.Connection)
        backup_file(source, destination)


def backup_file(source: sqlite3.Connection, destination: Path) -> None:
    """:func:`backup` on the draft file's own connection."""
    destination.parent.mkdir(parents=True, exist_ok=True)
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
        connection = connect_file(path, read_only=False)
        made = Store(path, read_only=False, lock=held, connection=connection)
        migrate(made.engine)
    except BaseException:
        held.release()
        raise
    return made


def connect_server(url: str, *, create: bool = False) -> Store:
    """A draft store in a PostgreSQL database (a SQLAlchemy URL), migrated to this PactDesk.

    ``create``: the database is empty and becomes a new draft's store
    (migrated from empty).  Otherwise it must be a draft store: one of an
    older format is upgraded (the server's own backups apply; no copy is
    made here), one of a newer format is refused.  There is no lock file:
    writers take turns inside the database (:func:`write_transaction`).
    """
    from sqlalchemy import create_engine

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
    return Store(None, read_only=False, lock=None, name=name, made_engine=engine)


def open_store(
    path: Path, *, read_only: bool = False, allow_read_only_fallback: bool = False
) -> Store:
    """Open an existing draft.

    A draft another process holds raises :class:`DraftLockedError`, unless
    ``allow_read_only_fallback``: then it opens read-only and says who holds it.
    """
    if path.is_dir():
        raise NotADraftError(f"{path} is a folder, not a PactDesk draft.")
    if not path.is_file():
        raise FileNotFoundError(f"There is no draft at {path}.")
    if not _looks_like_sqlite(path):
        raise NotADraftError(f"{path.name} is not a PactDesk draft.")
    held: draft_lock.DraftLock | None = None
    locked_by: str | None = None
    reason: str | None = None
    if not read_only:
        try:
            code = _unwritable(path)
            if code is not None:
                raise OSError(code, os.strerror(code))
            held = draft_lock.acquire(path, paths.lock_path(path))
        except draft_lock.DraftLockedError as locked:
            if not allow_read_only_fallback:
                raise
            read_only = True
            locked_by = locked.holder
        except OSError as exc:
            if exc.errno not in _NOT_WRITABLE:
                raise
            if not allow_read_only_fallback:
                raise DraftNotWritableError(
                    not_writable_reason(path.name, exc.errno, reading=False)
                ) from exc
            reason = not_writable_reason(path.name, exc.errno)
            read_only = True
    journal = path.with_name(path.name + "-journal")
    if read_only and locked_by is None and journal.exists():
        _roll_back_hot_journal(path)
    connection: sqlite3.Connection | None = None
    try:
        try:
            connection = connect_file(path, read_only=read_only)
            revision = file_revision(connection)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc).lower():
                raise DraftNotWritableError(
                    f"{path.name} is locked by another program (it holds the file open): "
                    "close it there and try again. Nothing was changed."
                ) from exc
            raise NotADraftError(f"{path.name} is not a PactDesk draft, or it is damaged.") from exc
        if revision is None:
            raise NotADraftError(f"{path.name} is not a PactDesk draft.")
        opened = Store(
            path,
            read_only=read_only,
            lock=held,
            locked_by_other=locked_by,
            connection=connection,
            read_only_reason=reason,
        )
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
            backup_file(connection, backup_path_for(path, revision))
            migrate(opened.engine)
    except BaseException:
        if connection is not None:
            connection.close()
        if held is not None:
            held.release()
        raise
    return opened


def _unwritable(path: Path) -> int | None:
    """Why the draft file or its folder (journal, lock) cannot be written, as an errno."""
    for target in (path, path.parent):
        if not os.access(target, os.W_OK):
            try:
                if os.statvfs(target).f_flag & os.ST_RDONLY:
                    return errno.EROFS
            except (OSError, AttributeError):  # Windows has no statvfs
                pass
            return errno.EACCES
    return None


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
