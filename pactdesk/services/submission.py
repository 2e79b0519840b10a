"""What still stands in the way of submitting a contribution, in words an official reads.

One answer for the bundle (which refuses while anything stands in the way),
the sign-off panel (which says so plainly) and the signing dialog (which
warns before an official signs a contribution that still has errors):
validation errors, a history that does not check out, required sign-offs
missing or outdated.

Threading: reads the draft; call from the worker thread in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pactdesk.domain.validation import Finding
from pactdesk.services.drafts import Draft, DraftSnapshot

if TYPE_CHECKING:
    from pactdesk.services.status import DraftStatus

#: How many errors are listed by name before "… and N more".
LISTED = 30


@dataclass(frozen=True, slots=True)
class SubmissionState:
    """Why the contribution cannot be submitted yet (nothing here: it can)."""

    revision: int
    errors: tuple[Finding, ...]
    history_broken: bool
    missing_roles: tuple[str, ...]  # required roles never signed at this revision
    outdated_roles: tuple[str, ...]  # required roles whose sign-off the draft changed after

    @property
    def ready(self) -> bool:
        return not (self.errors or self.history_broken or self.missing_roles or self.outdated_roles)

    def reasons(self) -> list[str]:
        """One line per obstacle, then the errors by name (what the bundle's refusal lists)."""
        if self.ready:
            return []
        reasons: list[str] = []
        count = len(self.errors)
        if count:
            reasons.append(f"{count} validation error{'s remain' if count != 1 else ' remains'}")
        if self.history_broken:
            reasons.append("the draft's history does not check out")
        for role in self.outdated_roles:
            reasons.append(f"the required sign-off '{role}' is outdated (the draft changed since)")
        for role in self.missing_roles:
            reasons.append(f"the required sign-off '{role}' is missing")
        details = [self.error_line(finding) for finding in self.errors[:LISTED]]
        if count > LISTED:
            details.append(f"… and {count - LISTED} more (pactdesk status DRAFT lists them all)")
        return reasons + details

    @staticmethod
    def error_line(finding: Finding) -> str:
        return finding.message


def submission_state(draft: Draft, *, snapshot: DraftSnapshot | None = None) -> SubmissionState:
    """Read the draft once (or take its snapshot) for its validation, history and sign-offs."""
    from pactdesk.services.status import status

    return from_status(status(draft, snapshot=snapshot))


def from_status(state: DraftStatus) -> SubmissionState:
    """The obstacles to submission in a status already read."""
    summary = state.sign_offs
    outdated = set(summary.outdated_required_roles)
    return SubmissionState(
        revision=summary.revision,
        errors=tuple(state.errors),
        history_broken=bool(state.history_problems),
        missing_roles=tuple(r for r in summary.missing_roles if r not in outdated),
        outdated_roles=tuple(r for r in summary.missing_roles if r in outdated),
    )
