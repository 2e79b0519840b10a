"""What ``pactdesk verify`` and the verify dialog show: the report on one bundle.

Frozen dataclasses made by :func:`pactdesk.services.verify.verify_bundle`.
Every finding is a :class:`~pactdesk.services.verify_messages.Message`
(``findings``); ``problems`` gives the same findings as English sentences,
which is what the command line prints and ``--json`` carries (with the ids
and values next to them under ``findings``).  The window renders the
messages through its translation (``message.render(tr)``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pactdesk.domain.translatable import QT_TR_NOOP
from pactdesk.services import verify_messages as M
from pactdesk.services.verify_messages import Message

#: What cannot be proven offline, said in every report.
LIMITS: tuple[Message, ...] = (M.LIMIT_TIMES(), M.LIMIT_REVOCATION())


@dataclass(frozen=True, slots=True)
class SignerReport:
    """One signature in the bundle: a sign-off, or the submitter's final signature."""

    kind: str  # "sign-off" or "submission"
    number: int
    role: str
    name: str
    organisation: str
    email: str
    issuer: str
    signed_at: dt.datetime | None
    revision: int | None
    manifest: str
    signature: str
    signature_ok: bool  # the signature verifies over its manifest's bytes
    content_ok: bool  # every file the manifest names is in the bundle, unchanged
    trusted: bool | None  # None: no trusted CA was given
    certificate_sha256: str
    findings: tuple[Message, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(str(finding) for finding in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "number": self.number,
            "role": self.role,
            "name": self.name,
            "organisation": self.organisation,
            "email": self.email,
            "issuer": self.issuer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "revision": self.revision,
            "manifest": self.manifest,
            "signature": self.signature,
            "signature_ok": self.signature_ok,
            "content_ok": self.content_ok,
            "trusted": self.trusted,
            "certificate_sha256": self.certificate_sha256,
            "problems": list(self.problems),
            "findings": [finding.to_json() for finding in self.findings],
        }

    def describe(self) -> str:
        who = self.name + (f" ({self.organisation})" if self.organisation else "")
        when = self.signed_at.strftime("%Y-%m-%d %H:%M UTC") if self.signed_at else "no time"
        what = "submitted" if self.kind == "submission" else f"signed as {self.role}"
        revision = f", revision {self.revision}" if self.revision is not None else ""
        trust = {None: "identity not checked", True: "trusted", False: "NOT trusted"}[self.trusted]
        state = "signature valid" if self.signature_ok else "signature INVALID"
        if not self.content_ok:
            state += ", but what it signed was CHANGED"
        return f"{who} {what} on {when}{revision}: {state}, {trust}"


@dataclass(frozen=True, slots=True)
class FileReport:
    name: str
    size: int
    sha256: str
    signed_by: tuple[int, ...]  # the numbers of the manifests that name it


VERDICT_VALID_TRUSTED = M._t(
    "verdict.valid-trusted",
    QT_TR_NOOP(
        "Valid bundle: {what}, revision {revision}, signatures: {count}; every signer is trusted."
    ),
)
VERDICT_VALID_UNCHECKED = M._t(
    "verdict.valid-unchecked",
    QT_TR_NOOP(
        "Valid bundle: {what}, revision {revision}, signatures: {count}; "
        "the signers' identities were NOT checked."
    ),
)
VERDICT_PREVIEW = M._t(
    "verdict.preview", QT_TR_NOOP("Not a submission: this is an unsigned PREVIEW bundle.")
)
VERDICT_INVALID = M._t("verdict.invalid", QT_TR_NOOP("Not a valid bundle: {problem}"))


@dataclass(frozen=True, slots=True)
class BundleReport:
    """The outcome of a bundle check: ``valid`` and, when not, ``findings`` say why."""

    source: str
    sha256: str
    valid: bool
    findings: tuple[Message, ...]
    preview: bool
    trust_checked: bool
    member_state: str | None = None
    cycle: int | None = None
    language: str | None = None
    revision: int | None = None
    supersedes: str | None = None
    signers: tuple[SignerReport, ...] = ()
    files: tuple[FileReport, ...] = ()
    pdf_signed_by: str | None = None
    note_messages: tuple[Message, ...] = ()
    limit_messages: tuple[Message, ...] = LIMITS
    #: "cades" (ASiC manifests and .p7s), "xades" (signatures*.xml), or "" (neither)
    signature_form: str = ""
    #: ``contribution.json`` as the verifier read it (schema-checked), when asked to keep it
    document: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def problems(self) -> tuple[str, ...]:
        """The findings as English sentences."""
        return tuple(str(finding) for finding in self.findings)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(str(note) for note in self.note_messages)

    @property
    def limits(self) -> tuple[str, ...]:
        return tuple(str(limit) for limit in self.limit_messages)

    def verdict_message(self) -> Message:
        """The first thing a desk officer needs to know, as a message to translate."""
        if self.valid:
            what = (
                f"{self.member_state}'s contribution for {self.cycle}"
                if self.member_state
                else "the contribution"
            )
            template = VERDICT_VALID_TRUSTED if self.trust_checked else VERDICT_VALID_UNCHECKED
            return template(what=what, revision=self.revision, count=len(self.signers))
        if self.preview:
            return VERDICT_PREVIEW()
        return VERDICT_INVALID(problem=self.problems[0] if self.problems else "unknown reason")

    @property
    def verdict(self) -> str:
        """One line in English: what a desk officer needs to know first."""
        if self.valid:  # English plurals read better than "signature(s)"
            what = (
                f"{self.member_state}'s contribution for {self.cycle}"
                if self.member_state
                else "the contribution"
            )
            trust = (
                "every signer is trusted"
                if self.trust_checked
                else "the signers' identities were NOT checked"
            )
            return (
                f"Valid bundle: {what}, revision {self.revision}, {len(self.signers)} "
                f"signature{'s' if len(self.signers) != 1 else ''}; {trust}."
            )
        return str(self.verdict_message())

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "valid": self.valid,
            "verdict": self.verdict,
            "problems": list(self.problems),
            "findings": [finding.to_json() for finding in self.findings],
            "preview": self.preview,
            "trust_checked": self.trust_checked,
            "member_state": self.member_state,
            "cycle": self.cycle,
            "language": self.language,
            "revision": self.revision,
            "supersedes": self.supersedes,
            "signers": [signer.to_json() for signer in self.signers],
            "files": [
                {"name": f.name, "size": f.size, "sha256": f.sha256, "signed_by": list(f.signed_by)}
                for f in self.files
            ],
            "pdf_signed_by": self.pdf_signed_by,
            "signature_form": self.signature_form,
            "notes": list(self.notes),
            "limits": list(self.limits),
        }

    def lines(self) -> list[str]:
        """The report as text for a terminal."""
        out = [self.verdict]
        if len(self.problems) > 1 or (self.problems and self.preview):
            out += [f"  problem: {problem}" for problem in self.problems]
        if self.member_state:
            out.append(
                f"Contribution: {self.member_state}, cycle {self.cycle}, language "
                f"{self.language}, revision {self.revision}"
            )
        if self.supersedes:
            out.append(f"Replaces the bundle with SHA-256 {self.supersedes}")
        for signer in self.signers:
            out.append(f"  {signer.number:03d} {signer.describe()}")
            out += [f"      problem: {problem}" for problem in signer.problems]
        if self.pdf_signed_by:
            out.append(f"The PDF carries its own signature by {self.pdf_signed_by}.")
        out += list(self.notes)
        out += [f"Note: {limit}" for limit in self.limits]
        if self.sha256:  # empty: a bundle refused by its size was never read
            out.append(f"Bundle SHA-256: {self.sha256}")
        return out
