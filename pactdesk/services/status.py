"""The status of a draft: completeness, validation findings, history, sign-offs.

One call is one user action (``pactdesk status``, the checks before a
bundle): it reads one snapshot of the draft and reports on that revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pactdesk.domain import validation
from pactdesk.domain.history import Head, HistoryProblem, KnownHead
from pactdesk.domain.validation import Completeness, Finding
from pactdesk.services.drafts import Draft, DraftSnapshot
from pactdesk.services.sign_offs import SignOffSummary
from pactdesk.services.sign_offs import summary as sign_off_summary

__all__ = ["DraftStatus", "status"]


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
    sign_offs: SignOffSummary

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
            "sign_offs": self.sign_offs.to_json(),
        }


def status(
    draft: Draft,
    *,
    extra_heads: list[KnownHead] | None = None,
    snapshot: DraftSnapshot | None = None,
) -> DraftStatus:
    """Completeness, findings, the history check and the sign-offs, all of one revision.

    ``snapshot``: the revision the action has already read (the bundle
    passes its own, read ``with_history``); by default the draft is read
    now, in one read transaction.
    """
    snapshot = snapshot or draft.snapshot(with_history=True)
    contribution = snapshot.contribution
    framework = snapshot.framework
    return DraftStatus(
        member_state=snapshot.info.member_state,
        cycle=snapshot.info.cycle,
        language=snapshot.info.language,
        framework_id=framework.id,
        head=snapshot.head,
        completeness=validation.completeness(framework, contribution),
        findings=tuple(validation.validate(framework, contribution)),
        history_problems=tuple(draft.check_history(extra_heads or [], snapshot=snapshot)),
        sign_offs=sign_off_summary(snapshot),
    )
