"""Comments in exchange packages: they travel with the items, marked internal, and merge back.

An exchange package (:mod:`pactdesk.services.exchange`) carries, beside the
fields, a section of its own with the comment threads on its items, open and
resolved::

    "comments": {"internal": true, "note": "…",
                 "threads": [{"id": "…", "item": "II.b", "field": "II.b/actions_undertaken",
                              "span": [4, 16], "quote": "…", "reply_to": null | "…",
                              "author": "…", "at": "…", "text": "…",
                              "resolved_at": null | "…", "resolved_by": null | "…"}, …]}

A comment's ``id`` here is not the row number of either draft: it is a digest
of what never changes about a comment (its item, author, time and text), so
the same comment is recognised on both sides however often it travels.
Opening a package adds its threads to the contributor's draft; importing a
return adds the new comments and answers and applies the resolutions, once
(:func:`merge_comments`): importing the same return again changes nothing.

The section is internal like the comments themselves: no export of the
contribution (JSON, workbook, Word, PDF, bundle, sign-off request) reads it.

Threading: the caller's.  Transactions: :func:`merge_comments` writes in the
transaction it is given (the merge's, so comments stand or fall with it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pactdesk.db import review as store
from pactdesk.domain import fields as names
from pactdesk.domain import limits
from pactdesk.domain.framework import Framework
from pactdesk.services import review
from pactdesk.services.drafts import Draft
from pactdesk.services.exchange_package import PackageError

__all__ = [
    "CommentMerge",
    "PackageComment",
    "SECTION",
    "comments_section",
    "merge_comments",
    "plan_comments",
    "read_comments",
]

SECTION = "comments"
NOTE = (
    "Internal comments of the drafting team on these items: not part of the contribution, "
    "never in an export of it."
)


@dataclass(frozen=True, slots=True)
class PackageComment:
    """One comment as a package carries it; ``reply_to`` is the ``uid`` of its thread's first."""

    uid: str
    item: str
    field: str | None
    span: tuple[int, int] | None
    quote: str | None
    reply_to: str | None
    author: str
    at: str
    text: str
    resolved_at: str | None
    resolved_by: str | None


@dataclass(frozen=True, slots=True)
class CommentMerge:
    """What a package's comments do to a draft: comments (and answers) added, threads resolved."""

    added: int
    resolved: int

    def to_json(self) -> dict[str, int]:
        return {"added": self.added, "resolved": self.resolved}


def comment_uid(item: str, author: str, at: str, text: str) -> str:
    """The identity of a comment in every copy of the draft (see the module's docstring)."""
    joined = "\x1f".join((item, author, at, text))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def _uid_of_row(row: dict[str, Any]) -> str:
    return comment_uid(str(row["item"]), str(row["author"]), str(row["at"]), str(row["text"]))


def _covered(framework: Framework, item: str, items: set[str]) -> bool:
    try:
        leaves = names.leaf_items(framework, [item])
    except names.UnknownNameError:
        return False
    return bool(leaves) and set(leaves) <= items


def comments_section(draft: Draft, items: Sequence[str]) -> dict[str, Any]:
    """The package's comments section: every thread on ``items`` (leaf items), marked internal."""
    wanted = set(items)
    threads = review.comments(draft)
    uids = {c.id: comment_uid(c.item, c.author, c.at, c.text) for c in threads}
    return {
        "internal": True,
        "note": NOTE,
        "threads": [
            {
                "id": uids[c.id],
                "item": c.item,
                "field": c.field,
                "span": list(c.span) if c.span else None,
                "quote": c.quote,
                "reply_to": uids.get(c.reply_to) if c.reply_to is not None else None,
                "author": c.author,
                "at": c.at,
                "text": c.text,
                "resolved_at": c.resolved_at,
                "resolved_by": c.resolved_by,
            }
            for c in threads
            if _covered(draft.framework, c.item, wanted)
        ],
    }


def _text(entry: dict[str, Any], name: str, label: str, *, optional: bool = False) -> str | None:
    value = entry.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or (not optional and not value):
        raise PackageError(f"{label} is damaged: a comment's {name!r} is missing or not text.")
    problem = limits.text_problem(value)
    if problem is not None:
        # The same words as every other door (a comment is text a draft keeps).
        raise PackageError(f"{label} is refused: a comment's {name}: {problem}.")
    return value


def read_comments(
    document: bytes, framework: Framework, items: Sequence[str], *, label: str
) -> tuple[PackageComment, ...]:
    """The comments a package's document carries (none for a package without the section).

    Refuses (:class:`PackageError`) a section that is not marked internal, a
    comment on an item or field outside the package's items, a reply to a
    comment the package does not carry, or a comment whose id is not its own.
    """
    try:
        parsed = limits.loads_json(document.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(f"{label} is damaged: its document is not UTF-8 JSON.") from exc
    section = parsed.get(SECTION) if isinstance(parsed, dict) else None
    if section is None:
        return ()
    if not isinstance(section, dict) or section.get("internal") is not True:
        raise PackageError(f"{label} is damaged: its comments are not marked internal.")
    entries = section.get("threads")
    if not isinstance(entries, list):
        raise PackageError(f"{label} is damaged: its comments are not a list.")
    wanted = set(items)
    out: list[PackageComment] = []
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise PackageError(f"{label} is damaged: a comment is not an object.")
        item, author, at, text = (
            _text(entry, name, label) or "" for name in ("item", "author", "at", "text")
        )
        uid = _text(entry, "id", label) or ""
        if uid != comment_uid(item, author, at, text):
            raise PackageError(f"{label} is damaged: a comment's id is not its own.")
        if not _covered(framework, item, wanted):
            raise PackageError(f"{label} carries a comment on {item}, outside its items.")
        field = _text(entry, "field", label, optional=True)
        if field is not None:
            try:
                key = names.key_of_field(framework, field)
            except names.UnknownNameError as exc:
                raise PackageError(f"{label} carries a comment on a field it lacks: {exc}") from exc
            if names.item_of_key(key) not in names.leaf_items(framework, [item]):
                raise PackageError(f"{label} carries a comment on {field}, not a field of {item}.")
        span_value = entry.get("span")
        span = None
        if span_value is not None:
            if (
                not isinstance(span_value, list)
                or len(span_value) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in span_value)
                or not 0 <= span_value[0] < span_value[1]
                or field is None
            ):
                raise PackageError(f"{label} is damaged: a comment's span is not START, END.")
            span = (span_value[0], span_value[1])
        reply_to = _text(entry, "reply_to", label, optional=True)
        if reply_to is not None and reply_to not in seen:
            raise PackageError(f"{label} is damaged: an answer comes before its comment.")
        seen.add(uid)
        resolved_at = _text(entry, "resolved_at", label, optional=True)
        resolved_by = _text(entry, "resolved_by", label, optional=True)
        if (resolved_at is None) != (resolved_by is None):
            raise PackageError(f"{label} is damaged: a resolved comment lacks who or when.")
        out.append(
            PackageComment(
                uid=uid,
                item=item,
                field=field,
                span=span,
                quote=_text(entry, "quote", label, optional=True),
                reply_to=reply_to,
                author=author,
                at=at,
                text=text,
                resolved_at=resolved_at,
                resolved_by=resolved_by,
            )
        )
    return tuple(out)


def _merge(conn: Any, incoming: Sequence[PackageComment], *, write: bool) -> CommentMerge:
    rows = store.comments(conn)
    by_uid: dict[str, dict[str, Any]] = {_uid_of_row(row): row for row in rows}
    added = resolved = 0
    resolved_roots: set[str] = set()
    for comment in incoming:
        row = by_uid.get(comment.uid)
        if row is None:
            parent_id = None
            if comment.reply_to is not None:
                parent = by_uid[comment.reply_to]  # read_comments: the thread comes first
                parent_id = int(parent["reply_to"] or parent["id"])
            values = {
                "item": comment.item,
                "field": comment.field,
                "span_start": comment.span[0] if comment.span else None,
                "span_end": comment.span[1] if comment.span else None,
                "quote": comment.quote,
                "reply_to": parent_id,
                "author": comment.author,
                "at": comment.at,
                "text": comment.text,
                "resolved_at": comment.resolved_at,
                "resolved_by": comment.resolved_by,
            }
            new_id = store.add_comment(conn, values) if write else -(added + 1)
            added += 1
            by_uid[comment.uid] = {**values, "id": new_id}
            continue
        if comment.resolved_at is None or comment.reply_to is not None:
            continue  # a thread is resolved by its first comment
        if row["resolved_at"] is None and comment.uid not in resolved_roots:
            resolved_roots.add(comment.uid)
            resolved += 1
            if write:
                store.resolve_thread(
                    conn,
                    int(row["id"]),
                    by=str(comment.resolved_by),
                    at=str(comment.resolved_at),
                )
    return CommentMerge(added, resolved)


def merge_comments(conn: Any, incoming: Sequence[PackageComment]) -> CommentMerge:
    """Add the comments and answers the draft lacks, apply resolutions; in ``conn``'s transaction.

    A comment the draft has already (the same id) is not added again; a
    thread resolved in the package and open here is resolved, with the
    package's who and when.  A thread resolved here stays resolved.
    """
    return _merge(conn, incoming, write=True)


def plan_comments(draft: Draft, incoming: Sequence[PackageComment]) -> CommentMerge:
    """What :func:`merge_comments` would do to ``draft``; reads only."""
    with draft.repository.reading() as conn:
        return _merge(conn, incoming, write=False)
