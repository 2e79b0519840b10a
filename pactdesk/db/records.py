"""What the draft's tables hold, as plain frozen rows that need no database library to use.

:class:`SignOffRecord` is a stored sign-off as the repository
(:mod:`pactdesk.db.repository`) reads and writes it; the sign-off service's
:class:`pactdesk.services.sign_offs.SignOff` is the same row with the
service's verdict added.  Kept apart from the repository so that the
service can build on it without importing SQLAlchemy (the window's first
paint loads no SQLAlchemy: tests/test_draft_opening.py).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SignOffRecord"]


@dataclass(frozen=True, slots=True)
class SignOffRecord:
    """One stored sign-off, as it is in the table (whether it holds is the service's question)."""

    id: int
    sequence: int
    role: str
    identity_id: str
    signer_name: str
    certificate: bytes
    revision: int
    history_head: str
    content_sha256: str
    manifest: bytes
    signature: bytes
    signature_sha256: str
    previous_signature_sha256: str | None
    signed_at: str
    source: str
    #: "cades" or "xades" (see :mod:`pactdesk.signing.sign_off_manifest`)
    signature_form: str = "cades"
