"""What every sign-off rule shares: its error, the default role, a role's name.

Plain Python, so that the services, the signing layer (which checks a
sign-off on a computer without the draft) and the faces (which show the
error) all take them from one place.
"""

from __future__ import annotations

import re

__all__ = ["DEFAULT_ROLE", "SignOffError", "check_role_name"]

#: The role a new or migrated draft has, required.
DEFAULT_ROLE = "approver"

_ROLE_NAME = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


class SignOffError(Exception):
    """A sign-off that cannot be made, imported or configured; ``str()`` says why.

    Raised before anything is written.
    """


def check_role_name(name: str) -> None:
    """Raise :class:`SignOffError` unless ``name`` can be a role's name."""
    if not _ROLE_NAME.match(name):
        raise SignOffError(
            f"{name!r} is not a role name: lower-case letters, digits and hyphens, "
            "starting with a letter (e.g. approver, head-of-unit)."
        )
