"""The sign-off roles' order: stored in the draft, changed by the service and ``--order``.

A new role goes last; :func:`move_role` moves one place; ``configure_roles(order=…)``
and ``pactdesk sign-off-roles DRAFT --order a,b`` set the whole order, in the
same transaction as the other changes.  A bad order is refused with one line
(exit 2) and nothing changes; the summary every panel and command reads
follows the order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pactdesk.domain.sign_off import SignOffError
from pactdesk.services import sign_off_roles, sign_offs
from pactdesk.services.drafts import Draft
from tests.helpers import run_cli


def names(draft: Draft) -> list[str]:
    return [role.name for role in sign_off_roles.sign_off_roles(draft)]


def test_new_roles_go_last_and_move_role_moves_one_place(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    sign_off_roles.configure_roles(draft, require=["director", "head-of-unit"])
    assert names(draft) == ["approver", "director", "head-of-unit"]
    moved = sign_off_roles.move_role(draft, "head-of-unit", by=-1)
    assert [r.name for r in moved] == ["approver", "head-of-unit", "director"]
    assert [r.position for r in moved] == [1, 2, 3]
    sign_off_roles.move_role(draft, "approver", by=+1)
    assert names(draft) == ["head-of-unit", "approver", "director"]
    # What the panel and `pactdesk status` read: the roles, and what is missing, in order.
    summary = sign_offs.summary(draft)
    assert [state.role.name for state in summary.roles] == names(draft)
    assert summary.missing_roles == ["head-of-unit", "approver", "director"]
    for name, by, where in (("head-of-unit", -1, "first"), ("director", +1, "last")):
        with pytest.raises(SignOffError, match=f"already the {where}"):
            sign_off_roles.move_role(draft, name, by=by)
    with pytest.raises(SignOffError, match="no role 'legal'"):
        sign_off_roles.move_role(draft, "legal", by=1)
    assert names(draft) == ["head-of-unit", "approver", "director"]
    # Removing a role keeps the others' order; a role added after goes last.
    sign_off_roles.configure_roles(draft, remove=["approver"], optional=["reviewer"])
    assert names(draft) == ["head-of-unit", "director", "reviewer"]


def test_configure_roles_orders_in_the_same_transaction(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    sign_off_roles.configure_roles(
        draft, require=["director"], order=["director", "approver"]
    )
    assert names(draft) == ["director", "approver"]
    for order, problem in (
        (["director"], "leaves out approver"),
        (["director", "approver", "director"], "names director more than once"),
        (["director", "legal"], "no role 'legal'"),
    ):
        with pytest.raises(SignOffError, match=problem):
            sign_off_roles.configure_roles(draft, require=["legal-service"], order=order)
        # All or nothing: the added role is not there either.
        assert names(draft) == ["director", "approver"]


def test_the_command_line_sets_and_lists_the_order(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    path = draft.path
    draft.close()
    env = {"PACTDESK_HOME": str(tmp_path / "home")}
    done = run_cli(
        "sign-off-roles", path, "--require", "director", "--optional", "reviewer",
        "--order", "director,reviewer,approver", env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "director: required",
        "reviewer: optional",
        "approver: required",
    ]
    refused = run_cli("sign-off-roles", path, "--order", "approver,director", env=env)
    assert refused.returncode == 2
    first = refused.stderr.splitlines()[0]
    assert "leaves out reviewer" in first and "Nothing was changed." in first, first
    with Draft.open(path, read_only=True) as reopened:
        assert names(reopened) == ["director", "reviewer", "approver"]
