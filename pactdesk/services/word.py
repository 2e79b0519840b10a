"""The Word document of a draft: export it, and bring a filled one (or any Word draft) back.

* :func:`render_docx` / :func:`export_docx` — the contribution in the
  Annex's layout (:mod:`pactdesk.export.word`), all of it or chosen items.
* :func:`plan_import` — reads a document completely
  (:mod:`pactdesk.export.word_import`) and compares it with the draft by
  the workbook's three-way rule (:func:`pactdesk.services.workbook.compare`:
  one rule for every file a colleague fills in), without writing.
* :func:`apply_import` — writes a plan's changes in one transaction
  (:func:`pactdesk.services.workbook.apply_import`).

A document PactDesk exported from this draft carries the base of every
answer, so a change made only in the document applies and a change made in
both is a conflict.  A document of another draft, or one PactDesk did not
make (the Commission's template filled in by hand), has no base: it fills
only the fields that are empty in the draft.

Threading: each function runs on the thread that calls it (the command
line's, or the UI's worker thread, never the GUI thread).  Transactions:
:func:`render_docx` and :func:`plan_import` only read; :func:`export_docx`
writes the file atomically, then records the export; :func:`apply_import`
is one draft transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pactdesk.domain import limits
from pactdesk.domain.contribution import describe_key
from pactdesk.domain.fields import PART_ONE_PREFIX, leaf_items
from pactdesk.domain.framework import Framework
from pactdesk.domain.history import Head
from pactdesk.domain.languages import LANGUAGES
from pactdesk.export import word as layout
from pactdesk.export.word_import import (
    Placement,
    TrackedChange,
    Unplaced,
    WordComment,
    WordError,
    read_document,
)
from pactdesk.outputs import write_output
from pactdesk.services import jobs, workbook
from pactdesk.services.drafts import Draft
from pactdesk.services.interchange import ImportResult

__all__ = [
    "ImportResult",
    "TrackedChangesError",
    "WordError",
    "WordImportPlan",
    "apply_import",
    "export_docx",
    "plan_import",
    "render_docx",
]

SOURCE_PREFIX = "import-docx:"


def render_docx(
    draft: Draft,
    *,
    items: Sequence[str] = (),
    progress: jobs.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The document's bytes for the draft at its current revision (reads only).

    ``items`` (ITEM names, :mod:`pactdesk.domain.fields`: ``P1.I``, ``III``,
    ``II.b``) makes a document of those items only; raises
    :class:`~pactdesk.domain.fields.UnknownNameError` for a name the
    framework does not have.
    """
    from pactdesk.export import xlsx

    jobs.check(cancelled)
    commitments: tuple[str, ...] | None = None
    political: tuple[str, ...] | None = None
    if items:
        chosen = leaf_items(draft.framework, items)
        political = tuple(
            n[len(PART_ONE_PREFIX) :] for n in chosen if n.startswith(PART_ONE_PREFIX)
        )
        commitments = tuple(n for n in chosen if not n.startswith(PART_ONE_PREFIX))
    values = draft.items()
    head = draft.head()
    info = draft.info
    state_name = draft.framework.member_state_name(info.member_state)
    meta = layout.DocumentMeta(
        draft_id=info.draft_id,
        revision=head.revision,
        history_head=head.hash,
        member_state=info.member_state,
        member_state_name=state_name,
        cycle=info.cycle,
        language=info.language,
        language_name=LANGUAGES.get(info.language, info.language),
        framework_id=draft.framework.id,
        exported_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    )
    base = {
        key: xlsx.item_hash(key, values.get(key, "")) for key in layout.answer_keys(draft.framework)
    }

    def checkpoint(fraction: float, label: str) -> None:
        jobs.check(cancelled)
        if progress is not None:
            progress(fraction, label)

    return layout.build_document(
        draft.framework,
        values,
        meta,
        base=base,
        commitments=commitments,
        political=political,
        checkpoint=checkpoint,
    )


def export_docx(
    draft: Draft,
    target: Path,
    *,
    items: Sequence[str] = (),
    progress: jobs.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Head:
    """Write the document (of ``items`` only, if given) atomically; record the export."""
    data = render_docx(draft, items=items, progress=progress, cancelled=cancelled)
    jobs.check(cancelled)
    write_output(Path(target), data, draft=draft.path, what="Word document")
    return draft.record_export("docx", str(target))


class TrackedChangesError(WordError):
    """The document still has tracked changes; say whether to accept or reject them."""

    def __init__(self, summary: str, changes: Sequence[TrackedChange], details: Sequence[str]):
        super().__init__(summary, details)
        self.changes = tuple(changes)


@dataclass(frozen=True, slots=True)
class WordImportPlan:
    """What importing one Word document would do; nothing written yet."""

    #: The three-way comparison, as for a workbook.
    plan: workbook.WorkbookImportPlan
    #: "tagged", "layout" or "matched" (see :mod:`pactdesk.export.word_import`).
    method: str
    tracked: tuple[TrackedChange, ...]
    #: "accept" or "reject" when the document had tracked changes; else None.
    changes_mode: str | None
    comments: tuple[WordComment, ...]
    placements: tuple[Placement, ...]
    unplaced: tuple[Unplaced, ...]

    def notes(self, framework: Framework) -> list[str]:
        """Lines an official reads beside the changes: how the document was read."""
        lines: list[str] = []
        if self.method == "layout":
            lines.append(
                "The answer boxes lost their names (the document was re-saved by another "
                "word processor); the answers were found by PactDesk's layout."
            )
        # What was left out comes first: it is what the official must look at.
        for u in self.unplaced:
            if u.has_answers:
                lines.append(
                    f"Not imported: {u.where} “{u.text[:70]}” {u.reason}; its answers were "
                    "left out rather than guessed."
                )
        if self.method == "matched":
            lines.append(
                "Not a PactDesk document: each commitment was found by its text "
                "(confidence in brackets)."
            )
            for p in self.placements:
                part = "" if p.paragraph == 0 else f", continuation paragraph {p.paragraph + 1}"
                lines.append(f"{p.commitment_id}{part} ← {p.where} ({p.confidence:.0%})")
        if self.tracked:
            verb = "accepted" if self.changes_mode == "accept" else "rejected"
            lines.append(f"{len(self.tracked)} tracked change(s) {verb}:")
            lines.extend(describe_change(framework, change) for change in self.tracked)
        for c in self.comments:
            where = describe_key(framework, c.key) if c.key else "outside the answers"
            lines.append(
                f"Word comment by {c.author or 'someone'} on {where} (not imported): "
                f"“{' '.join(c.text.split())[:120]}”"
            )
        return lines


def describe_change(framework: Framework, change: TrackedChange) -> str:
    where = describe_key(framework, change.key) if change.key else "outside the answers"
    what = " ".join(change.text.split())[:80] or "(a paragraph mark)"
    when = f", {change.date[:10]}" if change.date else ""
    return f"{change.kind} by {change.author or 'an unnamed author'}{when} in {where}: “{what}”"


def plan_import(
    draft: Draft, raw: bytes, *, name: str, changes: str | None = None
) -> WordImportPlan:
    """Read ``raw`` completely and compare it with the draft (reads only).

    ``changes``: None refuses a document with tracked changes
    (:class:`TrackedChangesError` lists them); ``"accept"`` or ``"reject"``
    reads it with them accepted or rejected.  Raises :class:`WordError` for a
    document that cannot be imported.
    """
    framework = draft.framework
    content = read_document(raw, name=name, framework=framework, changes=changes)
    over = limits.item_problems(content.items, lambda key: describe_key(framework, key))
    if over:
        raise WordError(f"{name} cannot be imported: {over[0]}. Nothing was imported.", over)
    if content.tracked and changes is None:
        authors = sorted({c.author or "an unnamed author" for c in content.tracked})
        n = len(content.tracked)
        raise TrackedChangesError(
            f"{name} still has {n} tracked change{'s' if n != 1 else ''} "
            f"(by {', '.join(authors)}): accept or reject them first "
            "(--accept-changes or --reject-changes). Nothing was imported.",
            content.tracked,
            [describe_change(framework, c) for c in content.tracked],
        )
    props = content.properties
    if content.from_pactdesk:
        state = props.get(layout.PROP_MEMBER_STATE, "")
        if state and state != draft.info.member_state:
            raise WordError(
                f"{name} is {state}'s contribution; this draft is "
                f"{draft.info.member_state}'s. Nothing was imported."
            )
        cycle = props.get(layout.PROP_CYCLE, "")
        if cycle and cycle != str(draft.info.cycle):
            raise WordError(
                f"{name} is for the {cycle} cycle; this draft for {draft.info.cycle}. "
                "Nothing was imported."
            )
    same = (
        content.from_pactdesk
        and props.get(layout.PROP_DRAFT) == draft.info.draft_id
        and bool(content.base)
    )
    try:
        revision = int(props.get(layout.PROP_REVISION, "0"))
    except ValueError:
        revision = 0
    found, conflicts, unchanged = workbook.compare(
        draft,
        content.items,
        content.base if same else None,
        keys=layout.answer_keys(framework),
        revision=revision,
        document="Word document",
    )
    who = content.last_modified_by
    plan = workbook.WorkbookImportPlan(
        name=name,
        workbook_draft_id=props.get(layout.PROP_DRAFT, ""),
        same_draft=same,
        exported_revision=revision,
        exported_at=props.get(layout.PROP_EXPORTED_AT, ""),
        filled_in_by="" if who in ("", "PactDesk", "python-docx") else who,
        draft_head=draft.head(),
        changes=tuple(found),
        conflicts=tuple(conflicts),
        unchanged=unchanged,
        source_prefix=SOURCE_PREFIX,
        document="Word document",
    )
    return WordImportPlan(
        plan=plan,
        method=content.method,
        tracked=content.tracked,
        changes_mode=changes if content.tracked else None,
        comments=content.comments,
        placements=content.placements,
        unplaced=content.unplaced,
    )


def apply_import(draft: Draft, plan: WordImportPlan, *, author: str) -> ImportResult:
    """Write the plan's changes in one transaction, attributed as a workbook's are."""
    try:
        return workbook.apply_import(draft, plan.plan, author=author)
    except workbook.WorkbookError as exc:
        raise WordError(exc.summary, exc.details) from exc
