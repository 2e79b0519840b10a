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
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pactdesk.domain.sign_off import SignOffError, check_role_name
from pactdesk.signing import cades, manifest

SIGN_OFF_FORMAT = "pactdesk.sign-off/1"
CONTRIBUTION_NAME = "contribution.json"
CONTRIBUTION_MIME = "application/json"


def file_names(sequence: int) -> tuple[str, str]:
    """The container names of a sign-off's manifest and signature (``…001.xml``, ``…001.p7s``)."""
    if sequence < 1 or sequence > 999:
        raise ValueError("A sign-off's sequence is between 1 and 999.")
    return (f"META-INF/ASiCManifest{sequence:03d}.xml", f"META-INF/signature{sequence:03d}.p7s")


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
    """A manifest and signature that were read back and found to belong together."""

    target: SignOffTarget
    role: str
    manifest: bytes
    signature: bytes
    info: cades.SignatureInfo


def check_sign_off(raw_manifest: bytes, signature: bytes) -> CheckedSignOff:
    """Read a sign-off's manifest and signature and check they are one sound sign-off.

    The manifest must be PactDesk's sign-off manifest, exactly as
    :func:`build_sign_off_manifest` would write it for its own properties,
    and the signature must verify over its bytes.  No trust decision.
    """
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
