"""Sign-off requests: a signer on another computer signs the exact content, and it comes back.

The request file (:mod:`pactdesk.signing.request`) carries the canonical
JSON, a PDF to read and the place of the sign-off in the chain; the answer is
checked against the draft as it is now and recorded like a sign-off made
here (:func:`pactdesk.services.sign_offs.record_checked`).
"""

from __future__ import annotations

from pactdesk.domain.sign_off import SignOffError
from pactdesk.services.drafts import Draft, now_iso
from pactdesk.services.sign_offs import SignOff, list_sign_offs, plan, record_checked
from pactdesk.signing.sign_off_manifest import sha256_hex

__all__ = ["AlreadyImported", "export_request", "import_response"]


class AlreadyImported(SignOffError):
    """The same signed answer was imported before: nothing to do, nothing changed.

    Not a refusal (the command line exits 0); ``sign_off`` is the one recorded.
    """

    def __init__(self, sign_off: SignOff) -> None:
        super().__init__(
            f"{sign_off.signer_name}'s sign-off as {sign_off.role} at revision "
            f"{sign_off.revision} is already imported; nothing was changed."
        )
        self.sign_off = sign_off


def export_request(draft: Draft, *, made_by: str, pdf: bytes | None = None) -> bytes:
    """A sign-off request for the current revision (the file's bytes; nothing written).

    ``pdf`` is the readable copy to include; by default the draft's PDF
    (with its DRAFT mark) is rendered from the same snapshot as the content.
    """
    from pactdesk.signing import request as request_file

    planned = plan(draft)
    roles = [
        request_file.RoleSlot(
            role.name,
            role.required,
            next((s.signer_name for s in planned.chain if s.role == role.name), None),
        )
        for role in planned.roles
    ]
    if pdf is None:
        from pactdesk.services.pdf_export import render_pdf

        pdf = render_pdf(planned.snapshot)
    return request_file.build_request(
        planned.target,
        content=planned.content,
        pdf=pdf,
        roles=roles,
        made_at=now_iso(),
        made_by=made_by,
        signed_identities=[s.identity_id for s in planned.chain],
        signature_form=planned.snapshot.signature_form,
    )


def import_response(draft: Draft, raw: bytes) -> SignOff:
    """Record a sign-off made on another computer, after checking it against the draft.

    Refused (:class:`SignOffError`, nothing written) when the file is not a
    sound signed sign-off, or does not match the current content and chain.
    The same answer a second time raises :class:`AlreadyImported` (a
    :class:`SignOffError` that is no refusal): nothing changed.
    """
    from pactdesk.signing import request as request_file

    checked = request_file.read_response(raw)
    digest = sha256_hex(checked.signature)
    for recorded in list_sign_offs(draft):
        if recorded.signature_sha256 == digest:
            raise AlreadyImported(recorded)
    return record_checked(draft, checked, source="sign-off request")
