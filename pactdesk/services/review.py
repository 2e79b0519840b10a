"""Internal review: comments, review states, comparing versions, restoring a field.

Comments and review states are internal: they live in their own tables of
the draft and no export reads them (a test checks every export for a
comment's text).  Items and fields are named as :mod:`pactdesk.domain.fields`
names them.

Comparing versions replays the hash-chained history (docs/draft-file.md): a
revision is an event's sequence number, ``0`` the empty draft.  Restoring a
field writes its older text as a new history event by the current author.

Threading: every function runs on the thread that calls it (the command
line's, or the UI's worker thread).  Transactions: each write is one draft
transaction (``Draft.writing()`` or ``Draft.save``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pactdesk.db import review as store
from pactdesk.domain import fields as names
from pactdesk.domain import history, limits, merge
from pactdesk.domain.contribution import describe_key
from pactdesk.services.drafts import Draft, now_iso

__all__ = [
    "DRAFTING",
    "STATES",
    "Comment",
    "FieldChange",
    "Comparison",
    "ReviewError",
    "ReviewState",
    "add_comment",
    "compare",
    "comments",
    "find_quote",
    "locate",
    "open_threads",
    "resolve_comment",
    "restore",
    "resolve_revision",
    "review_states",
    "set_review_state",
]

DRAFTING = "drafting"
READY = "ready"
CHANGES_REQUESTED = "changes-requested"
APPROVED = "approved"
#: Review states in their order, with the words an official reads.
STATES = {
    DRAFTING: "drafting",
    READY: "ready for review",
    CHANGES_REQUESTED: "changes requested",
    APPROVED: "approved",
}
#: Which state may follow which: drafting → ready → changes requested / approved.
_ALLOWED = {
    DRAFTING: {READY},
    READY: {CHANGES_REQUESTED, APPROVED, DRAFTING},
    CHANGES_REQUESTED: {READY, DRAFTING},
    APPROVED: {DRAFTING},
}
SINCE = ("export", "sign-off", "submission")


class ReviewError(ValueError):
    """A refusal: the call is wrong, and nothing was changed."""


# -- comments ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    item: str
    field: str | None
    span: tuple[int, int] | None
    quote: str | None
    reply_to: int | None
    author: str
    at: str
    text: str
    resolved_at: str | None
    resolved_by: str | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "item": self.item,
            "field": self.field,
            "span": list(self.span) if self.span else None,
            "quote": self.quote,
            "reply_to": self.reply_to,
            "author": self.author,
            "at": self.at,
            "text": self.text,
            "open": self.open,
            "resolved_at": self.resolved_at,
            "resolved_by": self.resolved_by,
        }


def _comment_of(row: dict[str, Any]) -> Comment:
    span = None
    if row["span_start"] is not None and row["span_end"] is not None:
        span = (int(row["span_start"]), int(row["span_end"]))
    return Comment(
        id=int(row["id"]),
        item=str(row["item"]),
        field=row["field"],
        span=span,
        quote=row["quote"],
        reply_to=row["reply_to"],
        author=str(row["author"]),
        at=str(row["at"]),
        text=str(row["text"]),
        resolved_at=row["resolved_at"],
        resolved_by=row["resolved_by"],
    )


def _item(draft: Draft, item: str) -> names.ItemName:
    try:
        return names.parse_item(draft.framework, item)
    except names.UnknownNameError as exc:
        raise ReviewError(str(exc)) from exc


def _field_key(draft: Draft, field: str) -> str:
    try:
        return names.key_of_field(draft.framework, field)
    except names.UnknownNameError as exc:
        raise ReviewError(str(exc)) from exc


def comments(draft: Draft, *, open_only: bool = False, item: str | None = None) -> list[Comment]:
    """Every comment, threads in order (a reply follows the comment it answers)."""
    with draft.repository.reading() as conn:
        rows = [_comment_of(row) for row in store.comments(conn)]
    if item is not None:
        rows = [c for c in rows if c.item == item]
    roots = [c for c in rows if c.reply_to is None]
    ordered: list[Comment] = []
    for root in roots:
        if open_only and not root.open:
            continue
        ordered.append(root)
        ordered.extend(c for c in rows if c.reply_to == root.id)
    return ordered


def add_comment(
    draft: Draft,
    item: str,
    text: str,
    *,
    author: str,
    field: str | None = None,
    span: tuple[int, int] | None = None,
    reply_to: int | None = None,
) -> Comment:
    """Add a comment (or a reply to one); :class:`ReviewError` and nothing written when wrong."""
    text = text.strip()
    if not text:
        raise ReviewError("A comment needs some text.")
    problem = limits.text_problem(text)
    if problem is not None:  # a comment travels in Word documents and exchange packages too
        raise ReviewError(f"The comment cannot be added: {problem}.")
    parsed = _item(draft, item)
    quote = None
    if field is not None:
        key = _field_key(draft, field)
        field_item = names.item_of_key(key)
        inside = names.leaf_items(draft.framework, [parsed.name])
        if field_item not in inside:
            raise ReviewError(f"{field} is not a field of {parsed.name}.")
        if span is not None:
            value = draft.value(key)
            start, end = span
            if not 0 <= start < end <= len(value):
                raise ReviewError(
                    f"The span {start}:{end} is not inside {field} "
                    f"(its text has {len(value)} characters)."
                )
            quote = value[start:end]
    elif span is not None:
        raise ReviewError("A span needs a field: --field FIELD.")
    with draft.repository.writing() as conn:
        if reply_to is not None:
            parent = store.comment(conn, reply_to)
            if parent is None:
                raise ReviewError(f"There is no comment {reply_to} in this draft.")
            if parent["item"] != parsed.name:
                raise ReviewError(f"Comment {reply_to} is on {parent['item']}, not {parsed.name}.")
            reply_to = int(parent["reply_to"] or parent["id"])
        values = {
            "item": parsed.name,
            "field": field.strip() if field else None,
            "span_start": span[0] if span else None,
            "span_end": span[1] if span else None,
            "quote": quote,
            "reply_to": reply_to,
            "author": author,
            "at": now_iso(),
            "text": text,
            "resolved_at": None,
            "resolved_by": None,
        }
        new_id = store.add_comment(conn, values)
        row = store.comment(conn, new_id)
    assert row is not None
    return _comment_of(row)


def resolve_comment(draft: Draft, comment_id: int, *, author: str) -> Comment:
    """Resolve the thread the comment belongs to; resolving it again says so."""
    with draft.repository.writing() as conn:
        row = store.comment(conn, comment_id)
        if row is None:
            raise ReviewError(f"There is no comment {comment_id} in this draft.")
        root_id = int(row["reply_to"] or row["id"])
        root = store.comment(conn, root_id)
        assert root is not None
        if root["resolved_at"] is not None:
            raise ReviewError(
                f"Comment {root_id} was already resolved by {root['resolved_by']} "
                f"on {str(root['resolved_at'])[:10]}."
            )
        store.resolve_thread(conn, root_id, by=author, at=now_iso())
        resolved = store.comment(conn, root_id)
    assert resolved is not None
    return _comment_of(resolved)


def locate(comment: Comment, text: str) -> tuple[int, int] | None:
    """Where a comment's quoted words are in ``text`` now; None: gone (the comment is detached).

    The span stored with the comment is used while it still holds the quote;
    after edits before it, the quote is found again (the occurrence nearest
    the old place).  A comment on a field without a span has no place.
    """
    if comment.span is None or not comment.quote:
        return None
    return find_quote(text, comment.quote, comment.span[0])


def find_quote(text: str, quote: str, start: int) -> tuple[int, int] | None:
    """The span of ``quote`` in ``text``: at ``start`` if it is there, else the nearest one."""
    if not quote:
        return None
    if text[start : start + len(quote)] == quote:
        return start, start + len(quote)
    found: list[int] = []
    at = text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    if not found:
        return None
    nearest = min(found, key=lambda place: (abs(place - start), place))
    return nearest, nearest + len(quote)


def open_threads(draft: Draft) -> dict[str, int]:
    """Per item, how many of its comment threads are open (items with none are left out)."""
    counts: dict[str, int] = {}
    for comment in comments(draft, open_only=True):
        if comment.reply_to is None:
            counts[comment.item] = counts.get(comment.item, 0) + 1
    return counts


# -- review states ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewState:
    item: str
    state: str
    by: str | None
    at: str | None
    assignee: str | None

    @property
    def label(self) -> str:
        return STATES[self.state]

    @property
    def waits_for(self) -> str:
        """Who acts next: the reviewer for an item ready for review, else its writer."""
        if self.state == READY:
            return "reviewer"
        if self.state == APPROVED:
            return ""
        return self.assignee or "writer"

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "state": self.state,
            "by": self.by,
            "at": self.at,
            "assignee": self.assignee,
            "waits_for": self.waits_for,
        }


def review_states(draft: Draft) -> list[ReviewState]:
    """Every leaf item's review state, in the Annex's order (no record: drafting)."""
    from pactdesk.db import exchange as exchange_store

    with draft.repository.reading() as conn:
        recorded = {row["item"]: row for row in store.review_states(conn)}
        assigned = {row["item"]: row["assignee"] for row in exchange_store.assignments(conn)}
    out = []
    for item in names.all_leaf_items(draft.framework):
        row = recorded.get(item)
        out.append(
            ReviewState(
                item=item,
                state=str(row["state"]) if row else DRAFTING,
                by=row["by"] if row else None,
                at=row["at"] if row else None,
                assignee=assigned.get(item),
            )
        )
    return out


def set_review_state(draft: Draft, item: str, state: str, *, author: str) -> list[ReviewState]:
    """Move each leaf item ``item`` covers to ``state``; all or none (a refusal changes nothing)."""
    if state not in STATES:
        raise ReviewError(f"{state!r} is not a review state (one of {', '.join(STATES)}).")
    try:
        leaves = names.leaf_items(draft.framework, [item])
    except names.UnknownNameError as exc:
        raise ReviewError(str(exc)) from exc
    current = {s.item: s for s in review_states(draft)}
    for leaf in leaves:
        now = current[leaf].state
        if state != now and state not in _ALLOWED[now]:
            raise ReviewError(
                f"{leaf} is {STATES[now]}: it cannot become {STATES[state]} from there "
                f"(it can become {', '.join(STATES[s] for s in sorted(_ALLOWED[now]))})."
            )
    at = now_iso()
    with draft.repository.writing() as conn:
        for leaf in leaves:
            store.put_review_state(conn, {"item": leaf, "state": state, "by": author, "at": at})
    return [s for s in review_states(draft) if s.item in leaves]


# -- comparing versions -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    title: str
    before: str
    after: str
    runs: tuple[tuple[str, str], ...]

    @property
    def removed(self) -> list[str]:
        return [text for kind, text in self.runs if kind == "delete"]

    @property
    def added(self) -> list[str]:
        return [text for kind, text in self.runs if kind == "insert"]

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "title": self.title,
            "before": self.before,
            "after": self.after,
            "removed": self.removed,
            "added": self.added,
            "runs": [list(run) for run in self.runs],
        }


@dataclass(frozen=True, slots=True)
class MergeEvent:
    """A merge between two revisions: one history event joining two parents."""

    revision: int
    author: str
    at: str
    #: ``{"ours": {revision, hash}, "theirs": {revision, hash, package_id, …}}``
    parents: dict[str, Any]
    fields: tuple[str, ...]

    def describe(self) -> str:
        ours, theirs = self.parents.get("ours", {}), self.parents.get("theirs", {})
        n = len(self.fields)
        return (
            f"Revision {self.revision} is a merge of this draft at revision "
            f"{ours.get('revision', '?')} and {self.author}'s return at their revision "
            f"{theirs.get('revision', '?')} (package {str(theirs.get('package_id', ''))[:8]}): "
            f"{n} field{'s' if n != 1 else ''}."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "author": self.author,
            "at": self.at,
            "parents": self.parents,
            "fields": list(self.fields),
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    from_revision: int
    to_revision: int
    changes: tuple[FieldChange, ...]
    merges: tuple[MergeEvent, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_revision,
            "to": self.to_revision,
            "changed_fields": [c.field for c in self.changes],
            "changes": [c.to_json() for c in self.changes],
            "merges": [m.to_json() for m in self.merges],
        }


def resolve_revision(draft: Draft, since: str) -> int:
    """The revision of the last export, sign-off or submission; :class:`ReviewError` if none."""
    if since not in SINCE:
        raise ReviewError(f"--since is one of {', '.join(SINCE)}, not {since!r}.")
    if since == "sign-off":
        from pactdesk.services import sign_offs

        revisions = [s.revision for s in sign_offs.list_sign_offs(draft)]
    else:
        with draft.repository.reading() as reader:
            exports = reader.exports()
        revisions = [
            e.head.revision
            for e in exports
            if (e.kind == "bundle" if since == "submission" else e.kind != "bundle-preview")
        ]
    if not revisions:
        raise ReviewError(f"This draft has no {since} yet to compare with.")
    return max(revisions)


def _events_to(draft: Draft, revision: int) -> list[history.Event]:
    head = draft.head().revision
    if not 0 <= revision <= head:
        raise ReviewError(f"There is no revision {revision}: this draft's history runs 0…{head}.")
    with draft.repository.reading() as reader:
        return reader.events(up_to=revision)


def _state_at(draft: Draft, revision: int) -> dict[str, str]:
    return history.replay(_events_to(draft, revision))  # a merge sets every field it changed


def compare(
    draft: Draft, from_revision: int, to_revision: int | None = None, *, item: str | None = None
) -> Comparison:
    """Every field that differs between two revisions, with its removed and added words."""
    to_rev = draft.head().revision if to_revision is None else to_revision
    _events_to(draft, from_revision)  # checks both revisions
    low, high = sorted((from_revision, to_rev))
    events = _events_to(draft, high)
    old = history.replay(e for e in events if e.seq <= from_revision)
    new = history.replay(e for e in events if e.seq <= to_rev)
    merges = tuple(
        MergeEvent(
            revision=e.seq,
            author=e.author,
            at=e.at,
            parents=e.parents_json() or {},
            fields=tuple(names.field_of_key(c.item) for c in e.changes),
        )
        for e in events
        if e.is_merge and low < e.seq <= high
    )
    if item is not None:
        try:
            keys: Sequence[str] = [
                k
                for leaf in names.leaf_items(draft.framework, [item])
                for k in names.keys_of_item(draft.framework, leaf)
            ]
        except names.UnknownNameError as exc:
            raise ReviewError(str(exc)) from exc
    else:
        keys = [
            k
            for leaf in names.all_leaf_items(draft.framework)
            for k in names.keys_of_item(draft.framework, leaf)
        ]
    changes = []
    for key in keys:
        before, after = old.get(key, ""), new.get(key, "")
        if before == after:
            continue
        changes.append(
            FieldChange(
                field=names.field_of_key(key),
                title=describe_key(draft.framework, key),
                before=before,
                after=after,
                runs=tuple(merge.word_diff(before, after)),
            )
        )
    if item is not None:
        wanted = set(keys)
        merges = tuple(
            m for m in merges if wanted & {names.key_of_field(draft.framework, f) for f in m.fields}
        )
    return Comparison(from_revision, to_rev, tuple(changes), merges)


def restore(draft: Draft, field: str, revision: int, *, author: str) -> bool:
    """Write ``field``'s text as it was at ``revision`` as a new change; False: already so."""
    key = _field_key(draft, field)
    old = _state_at(draft, revision).get(key, "")
    result = draft.save(key, old, author=author, source=f"restore:revision {revision}")
    return bool(result.changed)
