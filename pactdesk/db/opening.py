"""What opening a draft file reads, on its own ``sqlite3`` connection, before SQLAlchemy loads.

The window paints an opened draft from four facts: the draft's meta facts,
the framework copy, every item's value and the history head.  For a draft
file these are read here, in one read transaction, with four plain SELECTs
on the file's connection (:attr:`pactdesk.db.store.Store.connection`), so
that neither SQLAlchemy (~0.2 s to import) nor the models are loaded before
the first paint.  Every other read and every write goes through
:class:`pactdesk.db.repository.DraftRepository`, which is the one place the
queries are built; ``tests/test_store_schema.py`` checks that these four
read what the repository reads.

SQLite only (this module is in :mod:`pactdesk.db`, where SQLite's own SQL
may be); a draft in a server database is opened through the repository.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pactdesk.domain import history
from pactdesk.domain.history import Head

__all__ = ["Opening", "read_opening"]


@dataclass(frozen=True, slots=True)
class Opening:
    """A draft file's content as its opening read found it (one transaction)."""

    meta: dict[str, str]
    framework: bytes | None  # the framework copy the meta names; None if missing
    items: dict[str, str]
    head: Head
    #: The draft was made from an exchange package (it holds the package, kept for the return).
    from_package: bool


def read_opening(connection: sqlite3.Connection) -> Opening:
    """Read meta, framework copy, items and head in one read transaction."""
    connection.execute("BEGIN")
    try:
        meta = {str(k): str(v) for k, v in connection.execute("SELECT key, value FROM meta")}
        row = connection.execute(
            "SELECT content FROM framework_copy WHERE framework_id = ?",
            (meta.get("framework_id", ""),),
        ).fetchone()
        items = {str(k): str(v) for k, v in connection.execute("SELECT key, value FROM item")}
        newest = connection.execute(
            "SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        package = connection.execute(
            "SELECT 1 FROM exchange_record WHERE direction = 'opened' LIMIT 1"
        ).fetchone()
    finally:
        connection.execute("COMMIT")
    return Opening(
        meta=meta,
        framework=None if row is None or row[0] is None else bytes(row[0]),
        items=items,
        head=Head(int(newest[0]), str(newest[1])) if newest else Head(0, history.GENESIS),
        from_package=package is not None,
    )
