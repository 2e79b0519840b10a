"""Export and import of the JSON contract (``pactdesk.contribution/1``), and its canonical bytes.

Each function is one user action; the draft's own transaction rules apply
(see :mod:`pactdesk.services.drafts`).  The functions that only read take a
draft (read once) or a :class:`~pactdesk.services.drafts.DraftSnapshot`
that the action has already read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pactdesk.domain.contribution import describe_key
from pactdesk.domain.history import Head, KnownHead
from pactdesk.export import json_format
from pactdesk.outputs import write_output
from pactdesk.services import jobs
from pactdesk.services.drafts import Draft, DraftSnapshot, snapshot_of


def contribution_document(
    source: Draft | DraftSnapshot, *, row_ids: bool = False
) -> dict[str, Any]:
    """The ``pactdesk.contribution/1`` document of one revision (``row_ids``: see to_document)."""
    snapshot = snapshot_of(source)
    return json_format.to_document(
        snapshot.contribution, draft_id=snapshot.info.draft_id, head=snapshot.head, row_ids=row_ids
    )


def canonical_json(source: Draft | DraftSnapshot) -> bytes:
    """The canonical bytes of the contribution at the current revision (or the snapshot's)."""
    return json_format.canonical_bytes(contribution_document(source))


def export_json(
    draft: Draft,
    target: Path,
    *,
    progress: jobs.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Head:
    """Write the contribution as ``pactdesk.contribution/1`` to ``target``; record the export.

    A long job (:mod:`pactdesk.services.jobs`).  The file is written with
    :func:`pactdesk.outputs.write_output`: never over the draft, atomically;
    cancelled or failed, nothing is written and nothing recorded.
    """
    jobs.check(cancelled)
    if progress is not None:
        progress(0.1, "Reading the draft")
    snapshot = draft.snapshot()
    data = json_format.pretty_bytes(contribution_document(snapshot, row_ids=True))
    jobs.check(cancelled)
    if progress is not None:
        progress(0.6, "Writing the JSON file")
    write_output(target, data, draft=draft.path, what="JSON file")
    head = draft.record_export("json", str(target), head=snapshot.head)
    if progress is not None:
        progress(1.0, "Done")
    return head


@dataclass(frozen=True, slots=True)
class ImportResult:
    changed: tuple[str, ...]
    head: Head

    def describe(self, draft: Draft) -> list[str]:
        return [describe_key(draft.framework, key) for key in self.changed]


def import_json(draft: Draft, raw: bytes, *, name: str, author: str) -> ImportResult:
    """Validate the whole file, then apply it in one transaction (or raise, writing nothing)."""
    parsed = json_format.parse(
        raw,
        name=name,
        framework=draft.framework,
        member_state=draft.info.member_state,
        cycle=draft.info.cycle,
        complete=True,
    )
    result = draft.save_many(parsed.items, author=author, source=f"import-json:{name}")
    return ImportResult(result.changed, result.head)


def heads_in_file(raw: bytes, *, name: str) -> list[KnownHead]:
    """The history head an exported JSON file carries, to check the draft against."""
    document = json_format.load_document(raw, name=name)
    draft = document.get("draft")
    if not draft:
        return []
    return [KnownHead(Head(draft["revision"], draft["history_head"]), f"the file {name}")]
