"""Queries on the exchange tables: assignments, exchange records, merge conflicts.

SQLAlchemy Core over the models in :mod:`pactdesk.db.models`; each function
takes the scope of the caller's transaction (``draft.repository.reading()``,
``draft.repository.writing()`` or the ``also`` hook of ``Draft.save_many``),
so that a merge and its records commit together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update

from pactdesk.db.models import Assignment, ExchangeRecord, MergeConflict
from pactdesk.db.repository import DraftReader, DraftWriter

Row = Mapping[str, Any]


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in result.mappings().all()]


# -- assignments ---------------------------------------------------------------------


def assignments(conn: DraftReader) -> list[dict[str, Any]]:
    return _rows(conn.execute(select(Assignment.__table__).order_by(Assignment.item)))


def put_assignments(conn: DraftWriter, rows: Sequence[Row]) -> None:
    """Assign each row's item (replacing an earlier assignment of it)."""
    items = [row["item"] for row in rows]
    if not items:
        return
    conn.execute(delete(Assignment).where(Assignment.item.in_(items)))
    conn.execute(insert(Assignment), [dict(row) for row in rows])


def remove_assignments(conn: DraftWriter, items: Iterable[str]) -> None:
    conn.execute(delete(Assignment).where(Assignment.item.in_(list(items))))


# -- exchange records ------------------------------------------------------------------


def add_record(conn: DraftWriter, values: Row) -> int:
    result = conn.execute(insert(ExchangeRecord).values(**dict(values)))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def find_record(conn: DraftReader, package_id: str, direction: str) -> dict[str, Any] | None:
    rows = _rows(
        conn.execute(
            select(ExchangeRecord.__table__).where(
                ExchangeRecord.package_id == package_id, ExchangeRecord.direction == direction
            )
        )
    )
    return rows[0] if rows else None


def records(conn: DraftReader, direction: str | None = None) -> list[dict[str, Any]]:
    query = select(ExchangeRecord.__table__).order_by(ExchangeRecord.id)
    if direction is not None:
        query = query.where(ExchangeRecord.direction == direction)
    return _rows(conn.execute(query))


# -- conflicts ----------------------------------------------------------------------------


def add_conflicts(conn: DraftWriter, rows: Sequence[Row], *, at: str) -> None:
    """Open conflicts; an older open conflict of the same field is superseded by the new one."""
    if not rows:
        return
    fields = [row["field"] for row in rows]
    conn.execute(
        update(MergeConflict)
        .where(MergeConflict.field.in_(fields), MergeConflict.resolved_at.is_(None))
        .values(resolved_at=at, resolution="superseded", resolved_by="")
    )
    conn.execute(insert(MergeConflict), [dict(row) for row in rows])


def open_conflicts(conn: DraftReader, field: str | None = None) -> list[dict[str, Any]]:
    query = (
        select(MergeConflict.__table__)
        .where(MergeConflict.resolved_at.is_(None))
        .order_by(MergeConflict.id)
    )
    if field is not None:
        query = query.where(MergeConflict.field == field)
    return _rows(conn.execute(query))


def close_conflict(
    conn: DraftWriter, conflict_id: int, *, resolution: str, by: str, at: str
) -> None:
    conn.execute(
        update(MergeConflict)
        .where(MergeConflict.id == conflict_id)
        .values(resolved_at=at, resolution=resolution, resolved_by=by)
    )
