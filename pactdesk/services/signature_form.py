"""The signature form of a contribution: CAdES (the default) or XAdES, chosen per draft.

Every sign-off and the submitter's signature of a draft are made in its
form, so that a bundle is all of one form: ASiC-E with CAdES (ASiC
manifests and ``.p7s`` signatures) or ASiC-E with XAdES (``signatures*.xml``,
which DigiDoc4/libdigidocpp validates offline, and EU DSS as well).  The
form is chosen before the first sign-off; while any sign-off holds it
cannot change (the chain would mix forms).  Kept in the draft's ``meta``
as ``signature_form``.

Transactions: reading takes a snapshot (or reads once); a change is one
write transaction that checks inside it that the draft is still at the
revision whose sign-offs were looked at.
"""

from __future__ import annotations

from pactdesk.domain.sign_off import SignOffError
from pactdesk.services.drafts import Draft, DraftSnapshot
from pactdesk.signing.sign_off_manifest import CADES, FORM_NAMES, SIGNATURE_FORMS, XADES

__all__ = [
    "CADES",
    "FORM_NAMES",
    "SIGNATURE_FORMS",
    "XADES",
    "set_signature_form",
    "signature_form",
]

META_KEY = "signature_form"


def signature_form(source: Draft | DraftSnapshot) -> str:
    """The draft's signature form, "cades" or "xades" (a snapshot's, or read now)."""
    if isinstance(source, DraftSnapshot):
        return source.signature_form
    with source.repository.reading() as reader:
        return reader.meta().get(META_KEY, CADES)


def set_signature_form(draft: Draft, form: str) -> str:
    """Choose the form of the draft's sign-offs and bundle; :class:`SignOffError` when refused.

    Refused for an unknown form, and while a sign-off of the current
    revision holds (setting the form it already has is always fine).
    """
    from pactdesk.services.sign_offs import summary

    if form not in SIGNATURE_FORMS:
        raise SignOffError(f"There is no signature form {form!r}; choose cades or xades.")
    snapshot = draft.snapshot()
    if snapshot.signature_form == form:
        return form
    holding = summary(snapshot).chain
    if holding:
        raise SignOffError(
            f"The signature form cannot change while {len(holding)} sign-off"
            f"{'s hold' if len(holding) != 1 else ' holds'} (they are "
            f"{FORM_NAMES[snapshot.signature_form]}); it is chosen before the first sign-off."
        )
    draft.check_writable()
    with draft.repository.writing() as writer:
        head = writer.head()
        if (head.revision, head.hash) != (snapshot.head.revision, snapshot.head.hash) or len(
            writer.sign_offs()
        ) != len(snapshot.sign_offs):
            raise SignOffError("The contribution changed meanwhile; nothing was changed.")
        writer.set_meta(META_KEY, form)
    return form
