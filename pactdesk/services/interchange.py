"""Export and import of the JSON contract, and the status of a draft.

Each function is one user action; the draft's own transaction rules apply
(see :mod:`pactdesk.services.drafts`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk.domain import validation
from pactdesk.domain.contribution import describe_key
from pactdesk.domain.history import Head, HistoryProblem, KnownHead
from pactdesk.domain.validation import Completeness, Finding
from pactdesk.export import json_format
from pactdesk.outputs import write_output
from pactdesk.services import jobs
from pactdesk.services.drafts import Draft

if TYPE_CHECKING:
    from pactdesk.services.signoff import SignOffSummary


def contribution_document(draft: Draft) -> dict[str, Any]:
    return json_format.to_document(
        draft.contribution(), draft_id=draft.info.draft_id, head=draft.head()
    )


def canonical_json(draft: Draft) -> bytes:
    """The canonical bytes of the draft's contribution at its current revision."""
    return json_format.canonical_bytes(contribution_document(draft))


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
    document = contribution_document(draft)
    data = json_format.pretty_bytes(document)
    jobs.check(cancelled)
    if progress is not None:
        progress(0.6, "Writing the JSON file")
    write_output(target, data, draft=draft.path, what="JSON file")
    head = draft.record_export("json", str(target))
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


@dataclass(frozen=True, slots=True)
class DraftStatus:
    member_state: str
    cycle: int
    language: str
    framework_id: str
    head: Head
    completeness: Completeness
    findings: tuple[Finding, ...]
    history_problems: tuple[HistoryProblem, ...]
    #: Who signed which role at which revision, whether it holds, what is missing.
    sign_offs: SignOffSummary | None = None

    @property
    def errors(self) -> list[Finding]:
        return validation.errors(list(self.findings))

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is validation.Severity.WARNING]

    @property
    def blocked(self) -> bool:
        """Errors, or a history that does not check out, stand in the way of submission."""
        return bool(self.errors or self.history_problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "member_state": self.member_state,
            "cycle": self.cycle,
            "language": self.language,
            "framework": self.framework_id,
            "revision": self.head.revision,
            "history_head": self.head.hash,
            "completeness": {
                "answered": self.completeness.answered,
                "total": self.completeness.total,
                "percent": self.completeness.percent,
            },
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [finding.to_json() for finding in self.findings],
            "history": {
                "ok": not self.history_problems,
                "problems": [problem.to_json() for problem in self.history_problems],
            },
            "sign_offs": self.sign_offs.to_json() if self.sign_offs is not None else None,
        }


def status(draft: Draft, *, extra_heads: list[KnownHead] | None = None) -> DraftStatus:
    from pactdesk.services import signoff

    contribution = draft.contribution()
    return DraftStatus(
        member_state=draft.info.member_state,
        cycle=draft.info.cycle,
        language=draft.info.language,
        framework_id=draft.framework.id,
        head=draft.head(),
        completeness=validation.completeness(draft.framework, contribution),
        findings=tuple(validation.validate(draft.framework, contribution)),
        history_problems=tuple(draft.check_history(extra_heads or [])),
        sign_offs=signoff.summary(draft),
    )
