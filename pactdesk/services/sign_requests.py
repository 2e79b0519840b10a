"""A sign-off request received from a colleague: read it, sign it on this computer.

The coordinator's side (export a request from a draft, import the signed
answer) is :func:`pactdesk.services.sign_off_requests.export_request` and
:func:`~pactdesk.services.sign_off_requests.import_response`; this is the signer's
side, which needs no draft: the request carries the exact content and a PDF
to read.  The signer is opened by the one opener,
:func:`pactdesk.services.identities.open_signer`.

Threading: any one thread; opening the key may block on the keyring.
"""

from __future__ import annotations

from pactdesk.services import identities
from pactdesk.services.passphrases import Asker
from pactdesk.services.sign_off_preview import SignOffPreview, readable_content
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
    "readable",
    "sign_request",
]


def read_request(raw: bytes) -> SignRequest:
    """What a request asks to sign (refused with :class:`RequestFileError`)."""
    return request_file.read_request(raw)


def readable(request: SignRequest) -> SignOffPreview:
    """What the request asks to sign, as the official reads it (the framework it names).

    Built from the request's exact canonical JSON, with the shipped framework
    it names; raises :class:`RequestFileError` when this PactDesk does not
    know that framework (the PDF in the request can still be read).
    """
    from pactdesk import frameworks
    from pactdesk.domain import limits

    try:
        framework_id = str(limits.loads_json(request.content)["framework"]["id"])
        framework = frameworks.shipped_framework(framework_id)
    except (KeyError, TypeError, ValueError) as exc:
        raise RequestFileError(
            "This PactDesk does not know the framework the request was made with; read its PDF."
        ) from exc
    t = request.target
    return readable_content(
        request.content,
        framework,
        member_state=t.member_state,
        cycle=t.cycle,
        revision=t.revision,
    )


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
