"""The hash chain of a draft's history, as plain functions.

Every change is an event (sequence number, time, author, item, before,
after, source).  A **merge** (a colleague's return taken in) is one event
of its own: its item is :data:`MERGE_ITEM`, it names both parents (this
draft's head before and the contributor's head, with the package) and
carries every field it changed (:class:`FieldChange`).

Each event's hash covers its own fields and the previous event's hash, so
that an edited, inserted or removed event shows: the chain no longer
recomputes.  A *head* (revision, hash) recorded outside the draft
(in every export, and in the user's data folder) shows a history that was cut
short at its end, which the chain alone cannot.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

GENESIS = "0" * 64

#: The item of a merge event; no field's key looks like it.
MERGE_ITEM = "merge"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field a merge event changed: its item key, the value before and after."""

    item: str
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """One history event.

    A plain event changes one item (``item``, ``before``, ``after``).  A
    merge event has ``item == MERGE_ITEM``, no before/after of its own,
    ``changes`` (every field it set) and ``parents`` (canonical JSON naming
    both heads it joins).  :meth:`for_item` is the part of a merge one field
    sees: the same seq, hash, author and source, that field's before/after.
    """

    seq: int
    at: str
    author: str
    item: str
    before: str | None
    after: str | None
    source: str | None
    prev_hash: str
    hash: str
    changes: tuple[FieldChange, ...] = ()
    parents: str | None = None

    @property
    def is_merge(self) -> bool:
        return self.item == MERGE_ITEM

    def field_changes(self) -> tuple[FieldChange, ...]:
        """What the event changed, field by field (one for a plain event)."""
        if self.is_merge:
            return self.changes
        return (FieldChange(self.item, self.before, self.after),)

    def touches(self, item: str) -> bool:
        return any(change.item == item for change in self.field_changes())

    def for_item(self, item: str) -> Event:
        """This event as one field's history sees it (itself for a plain event)."""
        if not self.is_merge:
            return self
        change = next(c for c in self.changes if c.item == item)
        return Event(
            self.seq,
            self.at,
            self.author,
            item,
            change.before,
            change.after,
            self.source,
            self.prev_hash,
            self.hash,
            parents=self.parents,
        )

    def parents_json(self) -> dict[str, object] | None:
        if not self.parents:
            return None
        found = json.loads(self.parents)
        return found if isinstance(found, dict) else None


def encode_changes(changes: Iterable[FieldChange]) -> str:
    """The stored form of a merge's changes: canonical JSON ``[[item, before, after], …]``."""
    return json.dumps(
        [[c.item, c.before, c.after] for c in changes], ensure_ascii=False, separators=(",", ":")
    )


def decode_changes(text: str | None) -> tuple[FieldChange, ...]:
    if not text:
        return ()
    return tuple(FieldChange(str(i), b, a) for i, b, a in json.loads(text))


def encode_parents(parents: Mapping[str, object]) -> str:
    return json.dumps(parents, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Head:
    revision: int
    hash: str

    def to_json(self) -> dict[str, object]:
        return {"revision": self.revision, "hash": self.hash}


@dataclass(frozen=True, slots=True)
class KnownHead:
    """A head recorded somewhere else, and where: shown when it disagrees."""

    head: Head
    where: str


@dataclass(frozen=True, slots=True)
class HistoryProblem:
    code: str
    message: str
    seq: int | None = None
    item: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "seq": self.seq, "item": self.item}


def event_hash(
    *,
    seq: int,
    at: str,
    author: str,
    item: str,
    before: str | None,
    after: str | None,
    source: str | None,
    prev_hash: str,
    changes: Sequence[FieldChange] = (),
    parents: str | None = None,
) -> str:
    """The event's hash.  A merge's changes and parents are covered too (plain
    events hash exactly as before merges existed, so older histories still verify)."""
    fields: list[object] = [seq, at, author, item, before, after, source, prev_hash]
    if changes or parents is not None:
        fields += [[[c.item, c.before, c.after] for c in changes], parents]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def check_chain(events: Iterable[Event]) -> list[HistoryProblem]:
    problems: list[HistoryProblem] = []
    expected_prev = GENESIS
    expected_seq = 1
    for event in events:
        if event.seq != expected_seq:
            problems.append(
                HistoryProblem(
                    "missing-events",
                    f"Events {expected_seq}–{event.seq - 1} are missing from the history.",
                    seq=event.seq,
                )
            )
        if event.prev_hash != expected_prev:
            problems.append(
                HistoryProblem(
                    "broken-chain",
                    f"Event {event.seq} does not follow the event before it: "
                    "the history was cut or spliced here.",
                    seq=event.seq,
                    item=event.item,
                )
            )
        recomputed = event_hash(
            seq=event.seq,
            at=event.at,
            author=event.author,
            item=event.item,
            before=event.before,
            after=event.after,
            source=event.source,
            prev_hash=event.prev_hash,
            changes=event.changes,
            parents=event.parents,
        )
        if recomputed != event.hash:
            problems.append(
                HistoryProblem(
                    "edited-event",
                    f"Event {event.seq} ({event.item}, by {event.author} at {event.at}) "
                    "was edited after it was recorded.",
                    seq=event.seq,
                    item=event.item,
                )
            )
        expected_prev = event.hash
        expected_seq = event.seq + 1
    return problems


def replay(events: Iterable[Event]) -> dict[str, str]:
    """The value of every item as the history says it should be."""
    state: dict[str, str] = {}
    for event in events:
        for change in event.field_changes():
            state[change.item] = change.after or ""
    return state


def check_replay(events: Iterable[Event], items: Mapping[str, str]) -> list[HistoryProblem]:
    expected = replay(events)
    problems = []
    for key in sorted(set(expected) | set(items)):
        stored = items.get(key, "")
        if expected.get(key, "") != stored:
            problems.append(
                HistoryProblem(
                    "unrecorded-change",
                    f"{key} differs from what its history says: it was changed "
                    "without a history event.",
                    item=key,
                )
            )
    return problems


def check_heads(events: list[Event], known: Iterable[KnownHead]) -> list[HistoryProblem]:
    by_seq = {event.seq: event for event in events}
    revision = events[-1].seq if events else 0
    problems = []
    for record in known:
        head = record.head
        if head.revision > revision:
            problems.append(
                HistoryProblem(
                    "history-shorter-than-head",
                    f"The history ends at revision {revision}, but {record.where} recorded "
                    f"revision {head.revision}: events were removed, or this file is an "
                    "older copy of the draft.",
                    seq=head.revision,
                )
            )
        elif head.revision > 0:
            event = by_seq.get(head.revision)
            if event is None or event.hash != head.hash:
                problems.append(
                    HistoryProblem(
                        "history-diverges-from-head",
                        f"Revision {head.revision} of the history is not the one "
                        f"{record.where} recorded: the history was rewritten.",
                        seq=head.revision,
                    )
                )
    return problems
