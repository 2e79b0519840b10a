"""The sign-off manifest: what exactly a sign-off signs, and checking one read back.

Draft-free, so that a sign-off request can be signed on a computer that
does not have the draft (:mod:`pactdesk.signing.request`).  The service
(:mod:`pactdesk.services.sign_offs`) uses the same functions.

A sign-off's ASiC manifest names ``contribution.json`` (the canonical JSON)
with its SHA-256, the previous sign-off's signature file with its SHA-256
(from the second sign-off of a revision on), and carries PactDesk's
properties (:func:`manifest_properties`).  The signature is CAdES-B-B over
the manifest's exact bytes.  :func:`check_sign_off` accepts only a manifest
byte-identical to what :func:`build_sign_off_manifest` writes for its own
properties, and a signature that verifies over it.

In the XAdES form (a draft's choice, :data:`SIGNATURE_FORMS`) there is no
manifest: the sign-off is one XAdES-B-B signature file
(:mod:`pactdesk.signing.xades`, ``META-INF/signaturesNNN.xml``) whose one
``ds:Reference`` is ``contribution.json`` and whose signed properties carry
the same PactDesk properties, ``previous-signature-sha256`` (the SHA-256
of the previous sign-off's signature file) among them — so the order is
signed in both forms.  :func:`sign_sign_off` makes either form,
:func:`check_sign_off` reads either back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pactdesk.domain.sign_off import SignOffError, check_role_name
from pactdesk.signing import cades, manifest, xades
from pactdesk.signing.keys import Signer

SIGN_OFF_FORMAT = "pactdesk.sign-off/1"
CONTRIBUTION_NAME = "contribution.json"
CONTRIBUTION_MIME = "application/json"
CADES = "cades"
XADES = "xades"
#: The signature forms a draft can choose (before its first sign-off); CAdES is the default.
SIGNATURE_FORMS = (CADES, XADES)
#: How the forms are written in sentences.
FORM_NAMES = {CADES: "CAdES", XADES: "XAdES"}


def file_names(sequence: int) -> tuple[str, str]:
    """The container names of a sign-off's manifest and signature (``…001.xml``, ``…001.p7s``)."""
    if sequence < 1 or sequence > 999:
        raise ValueError("A sign-off's sequence is between 1 and 999.")
    return (f"META-INF/ASiCManifest{sequence:03d}.xml", f"META-INF/signature{sequence:03d}.p7s")


def xades_file_name(sequence: int) -> str:
    """The container name of a XAdES signature (``META-INF/signatures001.xml``)."""
    if sequence < 1 or sequence > 999:
        raise ValueError("A signature's sequence is between 1 and 999.")
    return f"META-INF/signatures{sequence:03d}.xml"


def xades_signature_id(sequence: int) -> str:
    """The ``Id`` of the sequence's ``ds:Signature`` (``S001``)."""
    return f"S{sequence:03d}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class SignOffTarget:
    """Exactly what a new sign-off will sign: the content and its place in the chain."""

    draft_id: str
    member_state: str
    cycle: int
    revision: int
    history_head: str
    content_sha256: str
    sequence: int
    previous_signature_sha256: str | None


def manifest_properties(target: SignOffTarget, role: str) -> dict[str, str]:
    properties = {
        "format": SIGN_OFF_FORMAT,
        "role": role,
        "revision": str(target.revision),
        "history-head": target.history_head,
        "draft-id": target.draft_id,
        "member-state": target.member_state,
        "cycle": str(target.cycle),
        "sequence": str(target.sequence),
    }
    if target.previous_signature_sha256 is not None:
        properties["previous-signature-sha256"] = target.previous_signature_sha256
    return properties


def build_sign_off_manifest(target: SignOffTarget, role: str) -> bytes:
    """The manifest a sign-off signs (deterministic: the same target and role, the same bytes)."""
    check_role_name(role)
    entries = [
        manifest.ManifestEntry(
            CONTRIBUTION_NAME, CONTRIBUTION_MIME, bytes.fromhex(target.content_sha256)
        )
    ]
    if target.previous_signature_sha256 is not None:
        entries.append(
            manifest.ManifestEntry(
                file_names(target.sequence - 1)[1],
                manifest.SIGNATURE_MIME,
                bytes.fromhex(target.previous_signature_sha256),
            )
        )
    return manifest.build_manifest(
        file_names(target.sequence)[1], entries, properties=manifest_properties(target, role)
    )


@dataclass(frozen=True, slots=True)
class CheckedSignOff:
    """A manifest and signature that were read back and found to belong together.

    In the XAdES form ``manifest`` is empty: the signature file is the whole sign-off.
    """

    target: SignOffTarget
    role: str
    manifest: bytes
    signature: bytes
    info: cades.SignatureInfo
    form: str = CADES


def sign_sign_off(
    target: SignOffTarget, role: str, signer: Signer, *, form: str = CADES
) -> tuple[bytes, bytes]:
    """A new sign-off of ``target`` in ``role``: (manifest, signature); the manifest is
    empty in the XAdES form.  The signer's chain travels in the signature either way."""
    check_role_name(role)
    try:
        if form == XADES:
            signature = xades.sign(
                [
                    xades.DataReference(
                        CONTRIBUTION_NAME, CONTRIBUTION_MIME, bytes.fromhex(target.content_sha256)
                    )
                ],
                key=signer.key,
                certificate=signer.certificate,
                chain=signer.chain,
                role=role,
                commitment=xades.PROOF_OF_APPROVAL,
                properties=manifest_properties(target, role),
                signature_id=xades_signature_id(target.sequence),
            )
            return b"", signature
        if form != CADES:
            raise SignOffError(f"There is no signature form {form!r} (cades or xades).")
        raw_manifest = build_sign_off_manifest(target, role)
        signature = cades.sign_detached(
            raw_manifest, key=signer.key, certificate=signer.certificate, chain=signer.chain
        )
    except (cades.SignatureError, xades.XadesError) as exc:
        raise SignOffError(str(exc)) from exc
    return raw_manifest, signature


def _target_of(props: dict[str, str], content_sha256: str) -> SignOffTarget:
    return SignOffTarget(
        draft_id=props["draft-id"],
        member_state=props["member-state"],
        cycle=int(props["cycle"]),
        revision=int(props["revision"]),
        history_head=props["history-head"],
        content_sha256=content_sha256,
        sequence=int(props["sequence"]),
        previous_signature_sha256=props.get("previous-signature-sha256"),
    )


def check_xades_sign_off(signature: bytes) -> CheckedSignOff:
    """Read a XAdES sign-off and check it is one sound sign-off (no trust decision)."""
    try:
        found = xades.read_signature(signature)
    except xades.XadesError as exc:
        raise SignOffError(f"The sign-off's signature cannot be read: {exc}") from exc
    props = dict(found.properties)
    if props.get("format") != SIGN_OFF_FORMAT:
        raise SignOffError("The signature is not a PactDesk sign-off.")
    try:
        [reference] = found.references
        if (reference.uri, reference.mime_type) != (CONTRIBUTION_NAME, CONTRIBUTION_MIME):
            raise ValueError("not the contribution")
        target = _target_of(props, reference.digest_sha256.hex())
        role = props["role"]
        expected = manifest_properties(target, role)
        check_role_name(role)
    except (KeyError, ValueError) as exc:
        raise SignOffError(
            "The sign-off's signature lacks or garbles PactDesk's properties, or signs "
            "something else than contribution.json."
        ) from exc
    if (
        expected != props
        or found.role != role
        or found.commitment != xades.PROOF_OF_APPROVAL
        or found.signature_id != xades_signature_id(target.sequence)
        or (target.sequence == 1) != (target.previous_signature_sha256 is None)
    ):
        raise SignOffError("The sign-off's signature is not in PactDesk's exact form.")
    if not found.ok:
        problems = [*found.info.problems(), *found.problems]
        raise SignOffError("The sign-off's signature does not verify: " + "; ".join(problems) + ".")
    return CheckedSignOff(target, role, b"", signature, found.info, XADES)


def check_sign_off(raw_manifest: bytes, signature: bytes, *, form: str = CADES) -> CheckedSignOff:
    """Read a sign-off's manifest and signature and check they are one sound sign-off.

    The manifest must be PactDesk's sign-off manifest, exactly as
    :func:`build_sign_off_manifest` would write it for its own properties,
    and the signature must verify over its bytes.  No trust decision.
    In the XAdES form there is no manifest (:func:`check_xades_sign_off`).
    """
    if form == XADES:
        if raw_manifest:
            raise SignOffError("A XAdES sign-off has no separate manifest.")
        return check_xades_sign_off(signature)
    try:
        parsed = manifest.parse_manifest(raw_manifest)
    except manifest.ManifestError as exc:
        raise SignOffError(f"The sign-off's manifest is not valid: {exc}") from exc
    props = dict(parsed.properties)
    if props.get("format") != SIGN_OFF_FORMAT:
        raise SignOffError("The manifest is not a PactDesk sign-off manifest.")
    try:
        sequence = int(props["sequence"])
        content = parsed.entry(CONTRIBUTION_NAME)
        if content is None:
            raise SignOffError("The sign-off's manifest does not name contribution.json.")
        target = SignOffTarget(
            draft_id=props["draft-id"],
            member_state=props["member-state"],
            cycle=int(props["cycle"]),
            revision=int(props["revision"]),
            history_head=props["history-head"],
            content_sha256=content.digest_sha256.hex(),
            sequence=sequence,
            previous_signature_sha256=props.get("previous-signature-sha256"),
        )
        role = props["role"]
        expected = build_sign_off_manifest(target, role)
    except (KeyError, ValueError, manifest.ManifestError) as exc:
        if isinstance(exc, SignOffError):
            raise
        raise SignOffError(
            "The sign-off's manifest lacks or garbles PactDesk's properties."
        ) from exc
    if expected != raw_manifest:
        raise SignOffError("The sign-off's manifest is not in PactDesk's exact form.")
    try:
        info = cades.verify_detached(signature, raw_manifest)
    except cades.SignatureError as exc:
        raise SignOffError(f"The sign-off's signature cannot be read: {exc}") from exc
    if not info.ok:
        raise SignOffError(
            "The sign-off's signature does not verify: " + "; ".join(info.problems()) + "."
        )
    return CheckedSignOff(target, role, raw_manifest, signature, info)
