"""Sign-off request and response files, for a signer on another computer.

**Request** (``pactdesk sign-request export``): a zip file, by convention
``*.pdsignreq``, with exactly these members::

    mimetype            "application/vnd.pactdesk.sign-request+zip" (first, stored)
    request.json        what is to be signed and where it goes in the chain
    contribution.json   the canonical JSON bytes — exactly what the sign-off signs
    contribution.pdf    the same contribution as a PDF, for the signer to read

``request.json``::

    {"format": "pactdesk.sign-request/1",
     "draft_id": "…", "member_state": "PL", "cycle": YYYY,
     "revision": 57, "history_head": "…", "content_sha256": "…",
     "sequence": 2, "previous_signature_sha256": "…" | null,
     "roles": [{"name": "approver", "required": true, "signed_by": null}, …],
     "made_at": "YYYY-…", "made_by": "…",
     "signature_form": "cades" | "xades"}      (absent: cades)

**Response** (``pactdesk sign-request sign``): a zip file, ``*.pdsignoff``::

    mimetype            "application/vnd.pactdesk.sign-off+zip" (first, stored)
    manifest.xml        the sign-off's ASiC manifest (see pactdesk.signing.sign_off_manifest)
    signature.p7s       the CAdES-B-B detached signature over manifest.xml

or, for a contribution signed in the XAdES form, ``mimetype`` and
``signature.xml`` (the XAdES-B-B signature over contribution.json, see
:mod:`pactdesk.signing.xades`).

The response carries nothing that is not signed; ``sign-request import``
checks it against the draft's *current* content and chain and refuses it
when they differ.  Both readers are strict (:mod:`pactdesk.container`,
``REQUEST_LIMITS``): only the listed members, no folders, sizes bounded
before anything is read, and ``contribution.json`` must have the digest
``request.json`` names.

Pure functions over bytes; no draft, no Qt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pactdesk.container import ContainerError, Limits, open_container, write_container
from pactdesk.domain import limits
from pactdesk.domain.sign_off import SignOffError, check_role_name
from pactdesk.signing.keys import Signer, key_id
from pactdesk.signing.sign_off_manifest import (
    CADES,
    SIGNATURE_FORMS,
    XADES,
    CheckedSignOff,
    SignOffTarget,
    check_sign_off,
    sign_sign_off,
)

REQUEST_MIME = "application/vnd.pactdesk.sign-request+zip"
RESPONSE_MIME = "application/vnd.pactdesk.sign-off+zip"
REQUEST_FORMAT = "pactdesk.sign-request/1"
REQUEST_SUFFIX = ".pdsignreq"
RESPONSE_SUFFIX = ".pdsignoff"

_LIMITS = {
    "mimetype": 256,
    "request.json": 1 << 20,
    "contribution.json": 64 << 20,
    "contribution.pdf": 256 << 20,
    "manifest.xml": 1 << 20,
    "signature.p7s": 1 << 20,
    "signature.xml": 1 << 20,
}
_REQUEST_MEMBERS = ("mimetype", "request.json", "contribution.json", "contribution.pdf")
_RESPONSE_MEMBERS = ("mimetype", "manifest.xml", "signature.p7s")
_XADES_RESPONSE_MEMBERS = ("mimetype", "signature.xml")


class RequestFileError(SignOffError):
    """A request or response file that is damaged or not one at all; nothing was written."""


@dataclass(frozen=True, slots=True)
class RoleSlot:
    name: str
    required: bool
    signed_by: str | None


@dataclass(frozen=True, slots=True)
class SignRequest:
    target: SignOffTarget
    roles: tuple[RoleSlot, ...]
    content: bytes
    pdf: bytes
    made_at: str
    made_by: str
    signed_identities: tuple[str, ...] = ()
    #: the contribution's signature form: the sign-off is made in it
    signature_form: str = CADES

    def open_roles(self) -> list[str]:
        return [r.name for r in self.roles if r.signed_by is None]


#: Requests and responses: a few members, each bounded before anything is inflated.
REQUEST_LIMITS = Limits(
    max_entries=len(_REQUEST_MEMBERS),
    max_total_bytes=sum(_LIMITS.values()),
    member_bytes=_LIMITS,
    what="a sign-off request",
)
_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the same bytes for the same request


def _zip(mime: str, members: Sequence[tuple[str, bytes]]) -> bytes:
    return write_container(
        members, mimetype=mime.encode("ascii"), compression=zipfile.ZIP_DEFLATED, date_time=_EPOCH
    )


def _unzip(
    raw: bytes, *, mime: str, members: Sequence[tuple[str, ...]], what: str
) -> dict[str, bytes]:
    """The members of a request or response; ``members``: the sets of names allowed."""
    limits = dataclasses.replace(REQUEST_LIMITS, what=f"a {what}")
    try:
        container = open_container(raw, limits, mimetype=mime.encode("ascii"), name="the file")
    except ContainerError as exc:
        if exc.kind == "not-zip":
            raise RequestFileError(f"The file is not a {what} (not a zip file).") from exc
        if exc.kind == "mimetype":
            raise RequestFileError(f"The file is not a {what} ({exc.summary}).") from exc
        if exc.kind in ("name", "duplicate", "not-a-file", "too-many"):
            raise RequestFileError(f"The {what} has unexpected contents ({exc.summary}).") from exc
        if exc.kind in ("too-large", "ratio"):
            raise RequestFileError(f"The {what} is too large ({exc.summary}).") from exc
        raise RequestFileError(f"The {what} is damaged ({exc.summary}).") from exc
    names = container.names()
    allowed = members
    if not any(sorted(names) == sorted(choice) for choice in allowed):
        raise RequestFileError(
            f"The {what} has unexpected contents ({', '.join(names)}); expected "
            f"{' or '.join(', '.join(choice) for choice in allowed)}."
        )
    return dict(container.members)


def build_request(
    target: SignOffTarget,
    *,
    content: bytes,
    pdf: bytes,
    roles: Sequence[RoleSlot],
    made_at: str,
    made_by: str,
    signed_identities: Sequence[str] = (),
    signature_form: str = CADES,
) -> bytes:
    """The request file's bytes."""
    if hashlib.sha256(content).hexdigest() != target.content_sha256:
        raise SignOffError("The content does not have the digest the request names.")
    if not pdf.startswith(b"%PDF-"):
        raise SignOffError("The readable copy is not a PDF.")
    document: dict[str, Any] = {
        "format": REQUEST_FORMAT,
        "draft_id": target.draft_id,
        "member_state": target.member_state,
        "cycle": target.cycle,
        "revision": target.revision,
        "history_head": target.history_head,
        "content_sha256": target.content_sha256,
        "sequence": target.sequence,
        "previous_signature_sha256": target.previous_signature_sha256,
        "roles": [
            {"name": r.name, "required": r.required, "signed_by": r.signed_by} for r in roles
        ],
        "signed_identities": list(signed_identities),
        "made_at": made_at,
        "made_by": made_by,
        "signature_form": signature_form,
    }
    request_json = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    return _zip(
        REQUEST_MIME,
        [
            ("request.json", request_json.encode("utf-8")),
            ("contribution.json", content),
            ("contribution.pdf", pdf),
        ],
    )


def _field(document: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = document.get(name)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise RequestFileError(f"request.json: {name} is missing or of the wrong type.")
    return value


def read_request(raw: bytes) -> SignRequest:
    """Read and check a request file, or raise :class:`RequestFileError`."""
    members = _unzip(raw, mime=REQUEST_MIME, members=(_REQUEST_MEMBERS,), what="sign-off request")
    try:
        document = limits.loads_json(members["request.json"].decode("utf-8"))
    except limits.TooDeepError as exc:
        raise RequestFileError(f"request.json in the sign-off request: {exc}.") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestFileError("request.json in the sign-off request is not JSON.") from exc
    if not isinstance(document, dict) or document.get("format") != REQUEST_FORMAT:
        raise RequestFileError("The file is not a PactDesk sign-off request.")
    texts = limits.json_text_problems(document)
    if texts:
        raise RequestFileError(f"request.json in the sign-off request: {texts[0]}.")
    previous = document.get("previous_signature_sha256")
    if previous is not None and not (isinstance(previous, str) and len(previous) == 64):
        raise RequestFileError("request.json: previous_signature_sha256 is not a digest.")
    target = SignOffTarget(
        draft_id=_field(document, "draft_id", str),
        member_state=_field(document, "member_state", str),
        cycle=_field(document, "cycle", int),
        revision=_field(document, "revision", int),
        history_head=_field(document, "history_head", str),
        content_sha256=_field(document, "content_sha256", str),
        sequence=_field(document, "sequence", int),
        previous_signature_sha256=previous,
    )
    if (target.sequence == 1) != (previous is None) or not 1 <= target.sequence <= 999:
        raise RequestFileError("request.json: the place in the signed order is inconsistent.")
    if hashlib.sha256(members["contribution.json"]).hexdigest() != target.content_sha256:
        raise RequestFileError(
            "contribution.json in the request does not have the digest the request names; "
            "the request was altered or damaged."
        )
    if not members["contribution.pdf"].startswith(b"%PDF-"):
        raise RequestFileError("contribution.pdf in the request is not a PDF.")
    roles = []
    for entry in _field(document, "roles", list):
        if not isinstance(entry, dict):
            raise RequestFileError("request.json: roles is malformed.")
        name = _field(entry, "name", str)
        signed_by = entry.get("signed_by")
        roles.append(RoleSlot(name, bool(entry.get("required")), signed_by if signed_by else None))
    identities = document.get("signed_identities", [])
    if not isinstance(identities, list) or not all(isinstance(i, str) for i in identities):
        raise RequestFileError("request.json: signed_identities is malformed.")
    form = document.get("signature_form", CADES)
    if form not in SIGNATURE_FORMS:
        raise RequestFileError("request.json: signature_form is neither cades nor xades.")
    return SignRequest(
        target=target,
        roles=tuple(roles),
        content=members["contribution.json"],
        pdf=members["contribution.pdf"],
        made_at=str(document.get("made_at", "")),
        made_by=str(document.get("made_by", "")),
        signed_identities=tuple(identities),
        signature_form=form,
    )


def check_can_sign(request: SignRequest, role: str) -> None:
    """Refuse (:class:`SignOffError`) a role the request does not offer or that is signed."""
    check_role_name(role)
    slots = {r.name: r for r in request.roles}
    if role not in slots:
        raise SignOffError(
            f"The request offers no role {role!r} (its roles: {', '.join(slots) or 'none'})."
        )
    if slots[role].signed_by is not None:
        raise SignOffError(f"The role {role} was already signed by {slots[role].signed_by}.")


def sign_request(request: SignRequest, signer: Signer, role: str) -> bytes:
    """Sign a request in ``role``: the response file's bytes.

    Refused (:class:`SignOffError`) for a role the request does not offer or
    that is signed already, or an identity that already signed this revision.
    """
    check_can_sign(request, role)
    if key_id(signer.certificate.public_key()) in request.signed_identities:
        raise SignOffError(
            f"{signer.name} already signed this revision; one identity signs at most one role."
        )
    raw_manifest, signature = sign_sign_off(
        request.target, role, signer, form=request.signature_form
    )
    if request.signature_form == XADES:
        return _zip(RESPONSE_MIME, [("signature.xml", signature)])
    return _zip(RESPONSE_MIME, [("manifest.xml", raw_manifest), ("signature.p7s", signature)])


def read_response(raw: bytes) -> CheckedSignOff:
    """Read a response file and check its manifest and signature belong together."""
    members = _unzip(
        raw,
        mime=RESPONSE_MIME,
        members=(_RESPONSE_MEMBERS, _XADES_RESPONSE_MEMBERS),
        what="signed sign-off",
    )
    if "signature.xml" in members:
        return check_sign_off(b"", members["signature.xml"], form=XADES)
    return check_sign_off(members["manifest.xml"], members["signature.p7s"])
