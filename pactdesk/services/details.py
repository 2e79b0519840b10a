"""The contribution's details: the ministry and its contact point for the Commission.

Stored as items of the draft (``details/ministry`` …, see
:mod:`pactdesk.domain.contribution`), so that setting them is a change in
the history like any answer: it makes a new revision, earlier sign-offs
show as outdated, and the details are part of the signed canonical JSON
(``"details"`` in ``pactdesk.contribution/1``).  Shown on the PDF's cover.

Threading: any thread but the GUI's for :func:`save_details` (one write
transaction); :func:`details_of` reads one snapshot.
"""

from __future__ import annotations

from dataclasses import replace

from pactdesk.domain.contribution import DETAIL_FIELDS, ContributionDetails, details_key
from pactdesk.services.drafts import Draft, DraftSnapshot, SaveResult, snapshot_of

__all__ = ["ContributionDetails", "DetailsError", "details_of", "save_details", "with_changes"]


class DetailsError(ValueError):
    """Details that cannot be saved; ``summary`` is one line, ``details`` the problems."""

    def __init__(self, problems: list[str]) -> None:
        summary = (
            problems[0]
            if len(problems) == 1
            else f"The contribution's details have {len(problems)} problems."
        )
        super().__init__(summary)
        self.summary = summary
        self.details = problems if len(problems) > 1 else []


def details_of(source: Draft | DraftSnapshot) -> ContributionDetails:
    """The details of the draft at its current revision (or the snapshot's)."""
    return snapshot_of(source).contribution.details


def with_changes(current: ContributionDetails, **changes: str | None) -> ContributionDetails:
    """``current`` with the given fields replaced (None: leave it), each stripped."""
    given = {name: value.strip() for name, value in changes.items() if value is not None}
    return replace(current, **given)


def save_details(draft: Draft, details: ContributionDetails, *, author: str) -> SaveResult:
    """Check and store ``details`` in one transaction, or raise :class:`DetailsError`."""
    problems = details.problems()
    if problems:
        raise DetailsError(problems)
    draft.check_writable()
    values = details.to_json()
    return draft.save_many(
        {details_key(name): values[name] for name in DETAIL_FIELDS},
        author=author,
        source="details",
    )
