"""Stable ids of the rows of a commitment's data points and references.

Every row of ``II.b/data`` and ``II.b/references`` has an ``id`` that stays
with it while its content changes, so that the three-way merge can tell a
row changed from a row removed and another added (:mod:`pactdesk.domain.merge`).
A row made in the window gets a new random id (:func:`new_row_id`); a row
that comes without one — a draft from before ids, a workbook, a Word table,
a JSON file without them — gets a **derived** id: the digest of its content
with its occurrence number, the same on every computer (:func:`with_ids`).
A derived id, once stored, is kept like any other when the row changes.

Ids are the draft's bookkeeping: they are stored in the draft, carried in
exchange packages and in ``export-json`` files, and left out of the signed
canonical JSON (a sign-off covers what the rows say, not their ids).

Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

#: What a row id may look like (letters, digits, ``-`` and ``_``; at most 64).
ROW_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def content_text(row: Mapping[str, Any]) -> str:
    """A row's content as canonical JSON, its id left out: equal rows, equal text."""
    return json.dumps(
        {k: v for k, v in row.items() if k != "id"},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def new_row_id() -> str:
    """A fresh id for a row someone adds."""
    return uuid.uuid4().hex[:16]


def _derived(text: str, occurrence: int) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:15]
    return f"r{digest}" if occurrence == 1 else f"r{digest}-{occurrence}"


def with_ids(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The rows, each with an id: its own when it has a sound one, else a derived one.

    Deterministic: the same rows get the same ids everywhere.  An id that
    is malformed, or repeats one earlier in the list, is replaced by a
    derived one, so ids are unique within a list.
    """
    given_ids = [row.get("id") for row in rows]
    sound = all(isinstance(i, str) and ROW_ID.match(i) for i in given_ids)
    if sound and len(set(given_ids)) == len(given_ids):
        # Every row keeps its own id (as the loop below would): no content to hash.
        return [dict(row) for row in rows]
    out: list[dict[str, Any]] = []
    used: set[str] = set()
    occurrences: dict[str, int] = {}
    for row in rows:
        text = content_text(row)
        occurrences[text] = occurrences.get(text, 0) + 1
        given = row.get("id")
        if isinstance(given, str) and ROW_ID.match(given) and given not in used:
            row_id = given
        else:
            n = occurrences[text]
            row_id = _derived(text, n)
            while row_id in used:
                n += 1
                row_id = _derived(text, n)
        used.add(row_id)
        out.append({**row, "id": row_id})
    return out
