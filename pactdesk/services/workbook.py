"""The Excel workbook of a draft: export it, and bring a filled one back in three ways.

* :func:`render_xlsx` / :func:`export_xlsx` — the workbook a colleague
  without PactDesk fills in (layout: :mod:`pactdesk.export.xlsx`);
  :func:`render_xlsx` also makes a bundle's read-only submission workbook.
* :func:`plan_import` — reads a workbook completely (checks:
  :mod:`pactdesk.export.xlsx_import`) and compares it with the draft,
  without writing: what would change, field by field, and the conflicts.
* :func:`apply_import` — writes a plan's changes in one transaction.

The comparison is three-way, with the same per-field merge as exchange
packages (:func:`pactdesk.domain.merge.merge_field`).  The workbook carries
the hash of every answer as it was exported; the base text is the draft's
own history at the exported revision.  An answer changed only in the
workbook is a change; one changed in the workbook *and* in the draft since
the export is merged word by word (rows row by row) where the edits do not
overlap, and is otherwise a conflict: the draft's text is kept and the
workbook's is kept beside it (``pactdesk conflicts``, ``pactdesk resolve``).
A workbook exported from another draft has no common base: it fills only
fields that are empty in the draft, and every other difference is a conflict.

Threading: each function runs on the thread that calls it (the command
line's, or the UI's worker thread, never the GUI thread) and uses the
draft from that thread only.  Transactions: :func:`plan_import` and
:func:`render_xlsx` only read; :func:`apply_import` is one draft transaction
(:meth:`Draft.save_many`); :func:`export_xlsx` writes the file atomically
and then records the export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pactdesk.db import exchange as exchange_store
from pactdesk.domain import limits, merge
from pactdesk.domain.contribution import (
    decode_data,
    decode_references,
    describe_key,
    is_list_key,
)
from pactdesk.domain.fields import field_of_key, framework_view, leaf_items
from pactdesk.domain.history import Head
from pactdesk.domain.languages import LANGUAGES
from pactdesk.export import xlsx as layout
from pactdesk.export.xlsx_import import WorkbookError, read_workbook
from pactdesk.outputs import write_output
from pactdesk.services import jobs
from pactdesk.services.drafts import Draft, DraftSnapshot, now_iso, snapshot_of
from pactdesk.services.interchange import ImportResult

__all__ = [
    "FieldChange",
    "FieldConflict",
    "ImportResult",
    "WorkbookError",
    "WorkbookImportPlan",
    "apply_import",
    "display_value",
    "export_xlsx",
    "plan_import",
    "render_xlsx",
]

SOURCE_PREFIX = "import-xlsx:"


def render_xlsx(
    source: Draft | DraftSnapshot,
    *,
    items: Sequence[str] = (),
    submission: layout.SubmissionDetails | None = None,
    progress: jobs.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The workbook's bytes at the draft's current revision, or the snapshot's (reads only).

    ``items`` (ITEM names, :mod:`pactdesk.domain.fields`) makes a workbook of
    those items only: the policy areas they touch, only their commitments.
    ``submission`` makes the bundle's read-only submission workbook instead
    of the one to fill in (:mod:`pactdesk.export.xlsx`).
    """
    jobs.check(cancelled)
    snapshot = snapshot_of(source)
    framework = snapshot.framework
    chosen: tuple[str, ...] = ()
    if items:
        chosen = leaf_items(framework, items)
        framework = framework_view(framework, chosen)
    values = snapshot.items
    head = snapshot.head
    info = snapshot.info
    state_name = framework.member_state_name(info.member_state)
    meta = layout.WorkbookMeta(
        draft_id=info.draft_id,
        revision=head.revision,
        history_head=head.hash,
        member_state=info.member_state,
        member_state_name=state_name,
        cycle=info.cycle,
        language=info.language,
        language_name=LANGUAGES.get(info.language, info.language),
        framework_id=framework.id,
        framework_sha256=framework.sha256,
        exported_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        items=",".join(chosen),
    )
    return layout.build_workbook(
        framework,
        values,
        meta,
        submission=submission,
        progress=progress,
        check_cancelled=lambda: jobs.check(cancelled),
    )


def export_xlsx(
    draft: Draft,
    target: Path,
    *,
    items: Sequence[str] = (),
    progress: jobs.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Head:
    """Write the workbook (of ``items`` only, if given) atomically and record the export."""
    snapshot = draft.snapshot()
    data = render_xlsx(snapshot, items=items, progress=progress, cancelled=cancelled)
    jobs.check(cancelled)
    write_output(target, data, draft=draft.path, what="workbook")
    return draft.record_export("xlsx", str(target), head=snapshot.head)


def display_value(key: str, value: str) -> str:
    """A field's value as an official reads it: data points and references one per line."""
    if not is_list_key(key) or not value:
        return value
    try:
        if key.endswith("/data"):
            return "\n".join(
                f"{p.indicator} · {p.period} · "
                f"{'' if p.value is None else p.value} {p.unit} · {p.source}"
                f"{' · harmonised' if p.harmonised else ''}"
                for p in decode_data(value)
            )
        return "\n".join(f"{r.source} · {r.citation}" for r in decode_references(value))
    except (ValueError, TypeError, AttributeError):
        return value


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str
    label: str
    old: str
    new: str

    @property
    def deletion(self) -> bool:
        """The workbook empties a field that has text in the draft: shown as a deletion.

        The plan holds one only when the three-way rule says the workbook is
        newer there (the draft still holds what was exported); a cell that
        could not be read never gets this far (:mod:`pactdesk.export.xlsx_import`).
        """
        old = layout.normalised_item(self.key, self.old).strip()
        return bool(old) and not layout.normalised_item(self.key, self.new).strip()


@dataclass(frozen=True, slots=True)
class FieldConflict:
    key: str
    label: str
    draft_value: str
    workbook_value: str
    reason: str
    base_value: str = ""


@dataclass(frozen=True, slots=True)
class WorkbookImportPlan:
    """What importing one filled file into one draft would do; nothing written yet.

    Made by :func:`plan_import` for a workbook, and by the Word import
    (:func:`pactdesk.services.word.plan_import`) for a document: one rule
    (:func:`compare`), one way to apply it (:func:`apply_import`).
    """

    name: str
    workbook_draft_id: str
    same_draft: bool
    exported_revision: int
    exported_at: str
    filled_in_by: str
    draft_head: Head
    changes: tuple[FieldChange, ...]
    conflicts: tuple[FieldConflict, ...]
    unchanged: int
    #: Where the changes come from, recorded with them: ``import-xlsx:``, ``import-docx:``.
    source_prefix: str = SOURCE_PREFIX
    #: What the file is, in the conflicts kept for ``pactdesk conflicts``.
    document: str = "workbook"

    @property
    def source(self) -> str:
        return f"{self.source_prefix}{self.name}"

    def author(self, fallback: str) -> str:
        """Who the changes are attributed to: the workbook's "Filled in by", else ``fallback``."""
        return self.filled_in_by or fallback


def plan_import(draft: Draft, raw: bytes, *, name: str) -> WorkbookImportPlan:
    """Read ``raw`` completely and compare it with the draft (reads only).

    Raises :class:`WorkbookError` for a workbook that cannot be imported.
    """
    content = read_workbook(raw, name=name, framework=draft.framework)
    over = limits.item_problems(content.items, lambda key: describe_key(draft.framework, key))
    if over:
        raise WorkbookError(f"{name} cannot be imported: {over[0]}. Nothing was imported.", over)
    if content.member_state != draft.info.member_state:
        raise WorkbookError(
            f"{name} is {content.member_state}'s contribution; this draft is "
            f"{draft.info.member_state}'s. Nothing was imported."
        )
    if content.cycle != draft.info.cycle:
        raise WorkbookError(
            f"{name} is for the {content.cycle} cycle; this draft for {draft.info.cycle}. "
            "Nothing was imported."
        )
    same = content.draft_id == draft.info.draft_id
    head = draft.head()
    changes, conflicts, unchanged = compare(
        draft,
        content.items,
        content.base if same else None,
        keys=layout.exported_keys(draft.framework),
        revision=content.revision,
    )
    return WorkbookImportPlan(
        name=name,
        workbook_draft_id=content.draft_id,
        same_draft=same,
        exported_revision=content.revision,
        exported_at=content.exported_at,
        filled_in_by=content.filled_in_by,
        draft_head=head,
        changes=tuple(changes),
        conflicts=tuple(conflicts),
        unchanged=unchanged,
    )


def compare(
    draft: Draft,
    incoming: Mapping[str, str],
    base: Mapping[str, str] | None,
    *,
    keys: Iterable[str],
    revision: int,
    document: str = "workbook",
) -> tuple[list[FieldChange], list[FieldConflict], int]:
    """The three-way rule of every import from a file a colleague filled in (reads only).

    ``incoming`` is the file's value of each item it holds; ``base`` the hash
    (:func:`pactdesk.export.xlsx.item_hash`) of each as it was exported from
    this draft at ``revision``, or None for a file of another draft (or of
    none).  With a base: changed only in the file is a change; changed in both
    is merged word by word (rows row by row) by the exchange's merge
    (:func:`pactdesk.domain.merge.merge_field`, the base text from the draft's
    own history) where the edits do not overlap, and is otherwise a conflict
    (the draft's text stays, the file's beside it).  Without a base: the file
    fills only empty fields, and every other difference is a conflict.
    Returns (changes, conflicts, number of fields the same); ``document``
    names the file in the reasons.
    """
    current = draft.items()
    changes: list[FieldChange] = []
    conflicts: list[FieldConflict] = []
    unchanged = 0
    for key in keys:
        if key not in incoming:
            continue
        theirs = incoming[key]
        ours = current.get(key, "")
        theirs_hash = layout.item_hash(key, theirs)
        ours_hash = layout.item_hash(key, ours)
        label = describe_key(draft.framework, key)
        if theirs_hash == ours_hash:
            unchanged += 1
            continue
        if base is not None:
            base_hash = base.get(key)
            if theirs_hash == base_hash:
                unchanged += 1  # changed in the draft only: the draft's text stands
            elif ours_hash == base_hash:
                changes.append(FieldChange(key, label, ours, theirs))
            else:
                base_text = _base_text(draft, key, revision)
                merged = None
                if layout.item_hash(key, base_text) == base_hash:
                    result = merge.merge_field(base_text, ours, theirs, rows=is_list_key(key))
                    merged = None if result.conflict else result.value
                if merged is not None:
                    if merged != ours:
                        changes.append(FieldChange(key, label, ours, merged))
                    else:
                        unchanged += 1
                    continue
                conflicts.append(
                    FieldConflict(
                        key,
                        label,
                        ours,
                        theirs,
                        f"changed both in the {document} and in the draft since the export "
                        f"(revision {revision}) in the same place; the draft's text "
                        f"was kept, the {document}'s beside it",
                        base_text,
                    )
                )
        else:
            if not layout.normalised_item(key, theirs).strip():
                unchanged += 1  # nothing to bring in
            elif not layout.normalised_item(key, ours).strip():
                changes.append(FieldChange(key, label, ours, theirs))
            else:
                conflicts.append(
                    FieldConflict(
                        key,
                        label,
                        ours,
                        theirs,
                        f"the {document} comes from another draft and this field is not empty "
                        "in the draft; the draft's text was kept",
                    )
                )
    return changes, conflicts, unchanged


def apply_import(draft: Draft, plan: WorkbookImportPlan, *, author: str) -> ImportResult:
    """Write the plan's changes in one transaction, attributed to the workbook.

    The author is the workbook's "Filled in by" when it names someone, else
    ``author``; the source is ``import-xlsx:<file name>``.  If the draft moved
    on since the plan was made and a planned field no longer holds what the
    plan saw, nothing is written (:class:`WorkbookError`): read it again.
    """
    if draft.head() != plan.draft_head:
        current = draft.items()
        stale = [
            change.label
            for change in plan.changes
            if layout.item_hash(change.key, current.get(change.key, ""))
            != layout.item_hash(change.key, change.old)
        ]
        if stale:
            raise WorkbookError(
                f"The draft changed since {plan.name} was read; read it again. "
                "Nothing was imported.",
                [f"{label}: changed in the draft meanwhile" for label in stale],
            )
    at = now_iso()
    rows = [
        {
            "field": field_of_key(conflict.key),
            "key": conflict.key,
            "origin": f"{plan.document} {plan.name}",
            "exchange_id": None,
            "theirs_author": plan.author(author),
            "base": conflict.base_value,
            "ours": conflict.draft_value,
            "theirs": conflict.workbook_value,
            "details": conflict.reason,
            "opened_at": at,
        }
        for conflict in plan.conflicts
    ]
    result = draft.save_many(
        {change.key: change.new for change in plan.changes},
        author=plan.author(author),
        source=plan.source,
        also=lambda conn, _result: exchange_store.add_conflicts(conn, rows, at=at),
    )
    return ImportResult(result.changed, result.head)


def _base_text(draft: Draft, key: str, revision: int) -> str:
    """The item's value as it was at ``revision``, from the draft's own history."""
    value = ""
    for event in draft.events(key):
        if event.seq > revision:
            break
        value = event.after or ""
    return value
