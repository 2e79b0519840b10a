"""A sign-off request received from a colleague: read it, sign it on this computer.

The coordinator's side (export a request from a draft, import the signed
answer) is :func:`pactdesk.services.signoff.export_request` and
:func:`~pactdesk.services.signoff.import_response`; this is the signer's
side, which needs no draft: the request carries the exact content and a PDF
to read.  The signer is opened by the one opener,
:func:`pactdesk.services.identities.open_signer`.

Threading: any one thread; opening the key may block on the keyring.
"""

from __future__ import annotations

from pactdesk.services import identities
from pactdesk.services.passphrases import Asker
from pactdesk.signing import request as request_file
from pactdesk.signing.request import (
    REQUEST_SUFFIX,
    RESPONSE_SUFFIX,
    RequestFileError,
    RoleSlot,
    SignRequest,
)

__all__ = [
    "REQUEST_SUFFIX",
    "RESPONSE_SUFFIX",
    "RequestFileError",
    "RoleSlot",
    "SignRequest",
    "read_request",
    "sign_request",
]


def read_request(raw: bytes) -> SignRequest:
    """What a request asks to sign (refused with :class:`RequestFileError`)."""
    return request_file.read_request(raw)


def sign_request(
    request: SignRequest,
    *,
    identity_id: str,
    role: str,
    asker: Asker,
    env_var: str | None = None,
) -> tuple[bytes, str]:
    """Sign ``request`` in ``role``: the answer file's bytes and the signer's name.

    The role is checked before the key is opened, so that a wrong role
    costs no passphrase.
    """
    request_file.check_can_sign(request, role)
    signer = identities.open_signer(identity_id, asker=asker, env_var=env_var)
    return request_file.sign_request(request, signer, role), signer.name
