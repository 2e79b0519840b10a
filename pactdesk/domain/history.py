"""The hash chain of a draft's history, as plain functions.

Every change is an event (sequence number, time, author, item, before,
after, source).  Each event's hash covers its own fields and the previous
event's hash, so that an edited, inserted or removed event shows: the chain
no longer recomputes.  A *head* (revision, hash) recorded outside the draft
(in every export, and in the user's data folder) shows a history that was cut
short at its end, which the chain alone cannot.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    at: str
    author: str
    item: str
    before: str | None
    after: str | None
    source: str | None
    prev_hash: str
    hash: str


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
) -> str:
    payload = json.dumps(
        [seq, at, author, item, before, after, source, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
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
        state[event.item] = event.after or ""
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
