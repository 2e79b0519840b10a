"""The sign-off roles of a contribution (``approver``, ``head-of-unit`` …) and which are required.

Roles are configured per contribution; a new or migrated draft has one,
``approver`` (:data:`pactdesk.domain.sign_off.DEFAULT_ROLE`), required.

Transactions: reading is one read of the draft (or none, from a
:class:`~pactdesk.services.drafts.DraftSnapshot`); a change is one write
transaction, all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pactdesk.domain.sign_off import SignOffError, check_role_name
from pactdesk.services.drafts import Draft, DraftSnapshot

__all__ = ["SignOffRole", "configure_roles", "remove_role", "set_role", "sign_off_roles"]


@dataclass(frozen=True, slots=True)
class SignOffRole:
    name: str
    required: bool
    position: int


def sign_off_roles(source: Draft | DraftSnapshot) -> list[SignOffRole]:
    """The roles in their order (a snapshot's, or read from the draft now)."""
    if isinstance(source, DraftSnapshot):
        rows = list(source.sign_off_roles)
    else:
        with source.repository.reading() as reader:
            rows = reader.sign_off_roles()
    return [SignOffRole(row.name, row.required, row.position) for row in rows]


def configure_roles(
    draft: Draft,
    *,
    require: Sequence[str] = (),
    optional: Sequence[str] = (),
    remove: Sequence[str] = (),
) -> list[SignOffRole]:
    """Add roles, make them required or optional, remove them: all or nothing (one transaction)."""
    for name in [*require, *optional]:
        check_role_name(name)
    draft.check_writable()
    with draft.repository.writing() as writer:
        current = writer.sign_off_roles()
        wanted = {role.name: role.required for role in current}
        for name in remove:
            if name not in wanted:
                raise SignOffError(f"There is no role {name!r}.")
            del wanted[name]
        for name in require:
            wanted[name] = True
        for name in optional:
            wanted[name] = False
        if not any(wanted.values()):
            raise SignOffError("At least one role must be required.")
        writer.set_sign_off_roles(wanted, current=current)
        rows = writer.sign_off_roles()
    return [SignOffRole(row.name, row.required, row.position) for row in rows]


def set_role(draft: Draft, name: str, *, required: bool) -> list[SignOffRole]:
    """Add a role, or change whether it is required (one transaction)."""
    if required:
        return configure_roles(draft, require=[name])
    return configure_roles(draft, optional=[name])


def remove_role(draft: Draft, name: str) -> list[SignOffRole]:
    return configure_roles(draft, remove=[name])
