"""A contribution's sign-off roles (``approver``, ``director`` …): their order, which are required.

Roles are configured per contribution; a new or migrated draft has one,
``approver`` (:data:`pactdesk.domain.sign_off.DEFAULT_ROLE`), required.
Their order (the order they sign in: head of unit, then director) is stored
with them (``sign_off_role.position``); a new role goes last, and
:func:`move_role` or ``configure_roles(order=…)`` changes it.  Every list of
roles -- the sign-off panel, the signing dialogs, ``pactdesk status`` and
``sign-off-roles`` -- follows it.

Transactions: reading is one read of the draft (or none, from a
:class:`~pactdesk.services.drafts.DraftSnapshot`); a change is one write
transaction, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pactdesk.domain.sign_off import SignOffError, check_role_name
from pactdesk.services.drafts import Draft, DraftSnapshot

__all__ = [
    "SignOffRole",
    "configure_roles",
    "move_role",
    "remove_role",
    "set_role",
    "sign_off_roles",
]


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
    order: Sequence[str] | None = None,
) -> list[SignOffRole]:
    """Add roles, make them required or optional, remove them, order them: all or nothing.

    One transaction.  ``order``, when given, names every role there is after
    the other changes, once each, in the order they sign.
    """
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
        if order is not None:
            _check_order(order, wanted)
            writer.order_sign_off_roles(order)
        rows = writer.sign_off_roles()
    return [SignOffRole(row.name, row.required, row.position) for row in rows]


def set_role(draft: Draft, name: str, *, required: bool) -> list[SignOffRole]:
    """Add a role, or change whether it is required (one transaction)."""
    if required:
        return configure_roles(draft, require=[name])
    return configure_roles(draft, optional=[name])


def remove_role(draft: Draft, name: str) -> list[SignOffRole]:
    return configure_roles(draft, remove=[name])


def move_role(draft: Draft, name: str, *, by: int) -> list[SignOffRole]:
    """Move a role ``by`` places in the order (-1: one up, sooner; +1: one down), one transaction.

    A move past either end is refused (:class:`SignOffError`), nothing changed.
    """
    draft.check_writable()
    with draft.repository.writing() as writer:
        names = [row.name for row in writer.sign_off_roles()]
        if name not in names:
            raise SignOffError(f"There is no role {name!r}.")
        at = names.index(name)
        to = at + by
        if not 0 <= to < len(names):
            where = "first" if by < 0 else "last"
            raise SignOffError(f"The role {name} is already the {where}.")
        names.insert(to, names.pop(at))
        writer.order_sign_off_roles(names)
        rows = writer.sign_off_roles()
    return [SignOffRole(row.name, row.required, row.position) for row in rows]


def _check_order(order: Sequence[str], roles: Iterable[str]) -> None:
    known = list(roles)
    repeated = sorted({name for name in order if list(order).count(name) > 1})
    if repeated:
        raise SignOffError(f"The order names {', '.join(repeated)} more than once.")
    unknown = [name for name in order if name not in known]
    if unknown:
        raise SignOffError(f"There is no role {unknown[0]!r}.")
    left_out = [name for name in known if name not in order]
    if left_out:
        raise SignOffError(f"The order must name every role; it leaves out {', '.join(left_out)}.")
