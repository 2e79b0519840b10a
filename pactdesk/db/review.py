"""Queries on the internal review tables: comments and review states.

SQLAlchemy Core over the models in :mod:`pactdesk.db.models`; each function
takes the connection of the caller's transaction (``Draft.reading()`` or
``Draft.writing()``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update

from pactdesk.db.models import Comment, ReviewState


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in result.mappings().all()]


def add_comment(conn: Any, values: Mapping[str, Any]) -> int:
    result = conn.execute(insert(Comment).values(**dict(values)))
    return int(result.inserted_primary_key[0])


def comments(conn: Any) -> list[dict[str, Any]]:
    return _rows(conn.execute(select(Comment.__table__).order_by(Comment.id)))


def comment(conn: Any, comment_id: int) -> dict[str, Any] | None:
    rows = _rows(conn.execute(select(Comment.__table__).where(Comment.id == comment_id)))
    return rows[0] if rows else None


def resolve_thread(conn: Any, root_id: int, *, by: str, at: str) -> None:
    """Resolve a thread: its first comment and every reply in it that is still open."""
    conn.execute(
        update(Comment)
        .where(
            (Comment.id == root_id) | (Comment.reply_to == root_id),
            Comment.resolved_at.is_(None),
        )
        .values(resolved_at=at, resolved_by=by)
    )


def review_states(conn: Any) -> list[dict[str, Any]]:
    return _rows(conn.execute(select(ReviewState.__table__).order_by(ReviewState.item)))


def put_review_state(conn: Any, values: Mapping[str, Any]) -> None:
    conn.execute(delete(ReviewState).where(ReviewState.item == values["item"]))
    conn.execute(insert(ReviewState).values(**dict(values)))
