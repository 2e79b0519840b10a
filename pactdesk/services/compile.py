"""The Commission's desk: verify many bundles and compile what they say, side by side.

A desk officer receives 27 national contributions in mid-November and the
updates in mid-January.  :func:`compile_bundles` takes the bundles (files or
folders of ``*.asice``) and a :class:`Trust` (which ministry CA is trusted
for which Member State), and gives a :class:`Compilation`:

* every bundle is verified by :func:`pactdesk.services.verify.verify_bundle`
  — the one verifier — against the CA trusted *for the Member State the
  bundle says it is from*.  A bundle whose ``member_state`` is not the
  country of the CA that signed it fails that check and is rejected, with the
  CA it was in fact signed under named in the reason.  A CA given without a
  country is trusted for every Member State, and the compilation says so.
* a bundle that fails is **rejected**: listed with its reasons, and nothing
  of its content is kept — only the verifier's report leaves the worker;
* an update (``supersedes``) replaces the bundle whose SHA-256 it names; an
  update whose predecessor is not among the bundles is included and listed
  as such; two bundles of one Member State of which neither replaces the
  other cannot both be compiled: the later submission is kept and the other
  set aside with the reason (a rejection, so the desk looks at it);
* what each update changed comes from its signed ``changes.json``.

Verification is split between the calling thread and worker processes
when there are enough bundles for that to pay (``concurrent.futures``, see
:func:`verify_all`); everything else runs on the calling thread (the
command line's, or the window's worker — never the GUI thread).
Reads the bundles and trust files; writes nothing (see
:mod:`pactdesk.services.compile_outputs` for the workbook, PDF and JSON).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pactdesk.domain.contribution import (
    Contribution,
    contribution_from_items,
    word_count,
)
from pactdesk.domain.framework import Commitment, Framework
from pactdesk.services.jobs import Cancelled, Progress, check

__all__ = [
    "BundleCheck",
    "Cancelled",
    "CellSummary",
    "Compilation",
    "CompileInputError",
    "FieldChanged",
    "Included",
    "Trust",
    "TrustAnchor",
    "bundle_paths",
    "compile_bundles",
    "load_trust",
]

FORMAT = "pactdesk.compilation/1"
BUNDLE_SUFFIX = ".asice"
EVERY_MEMBER_STATE = "every Member State"
#: Below this many bundles, starting worker processes costs more than it saves.
PARALLEL_FROM = 4


class CompileInputError(ValueError):
    """The call was bad (no trust, a missing file, a trust file that is not a certificate)."""

    def __init__(self, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = tuple(details)


# ---------------------------------------------------------------- trust


@dataclass(frozen=True, slots=True)
class TrustAnchor:
    """One CA certificate the desk trusts, for one Member State or (``country`` None) for all."""

    label: str  # the file it came from
    country: str | None
    subject: str
    sha256: str  # of the certificate's DER
    pem: bytes

    @property
    def scope(self) -> str:
        return self.country or EVERY_MEMBER_STATE

    def describe(self) -> str:
        return f"{self.label} ({self.subject}), trusted for {self.scope}"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.label,
            "member_state": self.country,
            "trusted_for": self.scope,
            "subject": self.subject,
            "certificate_sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class Trust:
    anchors: tuple[TrustAnchor, ...]

    def for_country(self, country: str | None) -> tuple[TrustAnchor, ...]:
        return tuple(a for a in self.anchors if a.country is None or a.country == country)

    @property
    def universal(self) -> tuple[TrustAnchor, ...]:
        return tuple(a for a in self.anchors if a.country is None)

    def lines(self) -> list[str]:
        out = [f"Trusted: {anchor.describe()}" for anchor in self.anchors]
        if self.universal:
            out.append(
                "Note: a CA given without a Member State is trusted for every Member State; "
                "a bundle signed under it is accepted whichever Member State it says it is from."
            )
        return out


def load_trust(
    *, trust_dir: Path | None, trust: Sequence[str], member_states: Iterable[str]
) -> Trust:
    """The trust of a compilation, from a folder of ``XX.pem`` and ``--trust [XX=]CA.pem``.

    :class:`CompileInputError` when none is given, a file is missing or not
    a certificate, or a name is not a Member State of the cycle.
    """
    from pactdesk.services.verify import TrustFileError, load_trust_anchors

    known = set(member_states)
    wanted: list[tuple[Path, str | None]] = []
    code: str | None
    problems: list[str] = []
    if trust_dir is not None:
        if not trust_dir.is_dir():
            raise CompileInputError(f"the trust folder {trust_dir} does not exist")
        for path in sorted(trust_dir.iterdir()):
            if path.name.startswith(".") or not path.is_file():
                continue
            code = path.stem.upper() if path.suffix.lower() == ".pem" else ""
            if code not in known:
                problems.append(
                    f"{path.name}: a trust folder holds one XX.pem per Member State "
                    f"(XX one of {', '.join(sorted(known))})"
                )
                continue
            wanted.append((path, code))
        if not wanted and not problems:
            problems.append(f"the trust folder {trust_dir} holds no XX.pem")
    for spec in trust:
        country, file = (spec[:2], spec[3:]) if re.match(r"^[A-Za-z]{2}=", spec) else ("", spec)
        code = country.upper() or None
        if code is not None and code not in known:
            problems.append(f"--trust {spec}: {country} is not a Member State of the cycle")
            continue
        wanted.append((Path(file), code))
    if not wanted and not problems:
        raise CompileInputError(
            "no trusted CA was given: use --trust-dir DIR (XX.pem per Member State) "
            "or --trust [XX=]CA.pem"
        )
    anchors: list[TrustAnchor] = []
    from cryptography.hazmat.primitives.serialization import Encoding

    for path, code in wanted:
        if not path.is_file():
            problems.append(f"the trust file {path} does not exist")
            continue
        try:
            certificates = load_trust_anchors([path])
        except TrustFileError as exc:
            problems.append(str(exc))
            continue
        for certificate in certificates:
            der = certificate.public_bytes(Encoding.DER)
            anchors.append(
                TrustAnchor(
                    label=path.name,
                    country=code,
                    subject=certificate.subject.rfc4514_string(),
                    sha256=hashlib.sha256(der).hexdigest(),
                    pem=certificate.public_bytes(Encoding.PEM),
                )
            )
    if problems:
        raise CompileInputError(
            problems[0]
            if len(problems) == 1
            else f"the trust is not usable ({len(problems)} problems)",
            problems if len(problems) > 1 else (),
        )
    return Trust(tuple(anchors))


def bundle_paths(inputs: Sequence[Path]) -> list[Path]:
    """The bundles named: files as given, folders by their ``*.asice`` (sorted); no duplicates."""
    found: list[Path] = []
    missing: list[str] = []
    for item in inputs:
        if item.is_dir():
            found += sorted(p for p in item.iterdir() if p.suffix.lower() == BUNDLE_SUFFIX)
        elif item.is_file():
            found.append(item)
        else:
            missing.append(str(item))
    if missing:
        raise CompileInputError(
            f"{missing[0]} does not exist" if len(missing) == 1 else "some bundles do not exist",
            missing if len(missing) > 1 else (),
        )
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise CompileInputError("no bundle was given (a folder is searched for *.asice)")
    return unique


# ---------------------------------------------------------------- one bundle


@dataclass(frozen=True, slots=True)
class BundleCheck:
    """One bundle, verified: what the desk may know of it without reading its content."""

    file: str  # the file's name
    path: str
    sha256: str
    valid: bool
    reasons: tuple[str, ...]
    checked_against: str  # which CA(s) it was checked against
    member_state: str | None = None  # only for a valid bundle
    language: str | None = None
    cycle: int | None = None
    revision: int | None = None
    supersedes: str | None = None
    submitted_at: str | None = None
    signers: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "sha256": self.sha256,
            "checked_against": self.checked_against,
        }
        if self.valid:
            out.update(
                member_state=self.member_state,
                language=self.language,
                cycle=self.cycle,
                revision=self.revision,
                submitted_at=self.submitted_at,
                supersedes=self.supersedes,
                signers=list(self.signers),
            )
        else:
            out["reasons"] = list(self.reasons)
        return out


@dataclass(frozen=True, slots=True)
class _Checked:
    check: BundleCheck
    contribution: Contribution | None  # only when valid
    changes: tuple[FieldChanged, ...] = ()
    cells: dict[str, CellSummary] = field(default_factory=dict)  # by commitment id


def _anchors(anchors: Sequence[TrustAnchor]) -> list[Any]:
    from cryptography import x509

    return [x509.load_pem_x509_certificate(a.pem) for a in anchors]


def _scope_text(anchors: Sequence[TrustAnchor]) -> str:
    if not anchors:
        return "no CA (none is trusted for this Member State)"
    return "; ".join(f"{a.label} ({a.subject}) for {a.scope}" for a in anchors)


def check_bundle(path: Path, trust: Trust, framework: Framework) -> _Checked:
    """Verify one bundle against the CA trusted for the Member State it says it is from.

    The verifier reads ``contribution.json`` and asks for the CAs of the
    Member State it names; the contribution compiled is the one it checked.
    Runs in a worker process or on the calling thread.  Only a valid
    bundle's contribution (and change report) leaves this function.
    """
    from pactdesk.services.verify import CHANGES_JSON, verify_bundle
    from pactdesk.signing.asic import read_container

    raw = path.read_bytes()
    asked: list[tuple[str | None, tuple[TrustAnchor, ...]]] = []

    def trust_for(member_state: str | None) -> list[Any]:
        chosen = trust.for_country(member_state)
        asked.append((member_state, chosen))
        return _anchors(chosen)

    report = verify_bundle(raw, trust_for=trust_for, keep_document=True, name=path.name)
    claimed, chosen = asked[0] if asked else (None, trust.for_country(None))
    reasons = list(report.problems)
    # (No Member State: the contribution could not be read, and the findings say why.)
    if not chosen and claimed is not None:
        reasons.insert(
            0,
            f"no CA is trusted for {claimed} (no {claimed}.pem in the trust folder, "
            f"no --trust {claimed}=CA.pem)",
        )
    if (not report.valid or not chosen) and claimed is not None:
        # Name the CA it was in fact signed under, if the desk trusts it for another country
        # (only a CA whose name is the signers' issuer can have issued their certificates).
        issuers = {signer.issuer for signer in report.signers}
        for anchor in trust.anchors:
            if anchor in chosen or anchor.subject not in issuers:
                continue
            other = verify_bundle(raw, trust=_anchors([anchor]), name=path.name)
            if other.valid:
                reasons.insert(
                    0,
                    f"it says it is {claimed}'s contribution but was signed under "
                    f"{anchor.country}'s CA ({anchor.label}); a ministry's CA is trusted "
                    "only for its own Member State",
                )
                break
    valid = report.valid and bool(chosen) and report.document is not None
    submitted = next((s.signed_at for s in report.signers if s.kind == "submission"), None)
    result = BundleCheck(
        file=path.name,
        path=str(path),
        sha256=report.sha256,
        valid=valid,
        reasons=() if valid else tuple(dict.fromkeys(reasons)),
        checked_against=_scope_text(chosen),
        member_state=report.member_state if valid else None,
        language=report.language if valid else None,
        cycle=report.cycle if valid else None,
        revision=report.revision if valid else None,
        supersedes=report.supersedes if valid else None,
        submitted_at=submitted.isoformat() if valid and submitted else None,
        signers=tuple(s.describe() for s in report.signers) if valid else (),
    )
    if not valid or report.document is None:
        return _Checked(result, None)
    try:
        contribution = _contribution(report.document, path.name, framework)
    except ValueError as exc:
        return _Checked(
            replace(
                result,
                valid=False,
                reasons=(f"its contribution does not fit the framework {framework.id}: {exc}",),
            ),
            None,
        )
    # A valid update carries its change report (the verifier checked it); nothing else does.
    changes = _changes(read_container(raw)[CHANGES_JSON]) if report.supersedes else ()
    # Counted here, in the worker, once: the grid, the workbook and the PDF all show them.
    changed = {change.section for change in changes}
    cells = {
        commitment.id: cell_summary(contribution, commitment, changed=commitment.id in changed)
        for commitment in framework.commitments()
    }
    return _Checked(result, contribution, changes, cells)


#: A worker's trust and framework, given once when it starts (not pickled with every bundle).
_worker_context: tuple[Trust, Framework] | None = None


def _start_worker(trust: Trust, framework: Framework) -> None:
    global _worker_context
    _worker_context = (trust, framework)


def _check_in_worker(path: Path) -> _Checked:
    assert _worker_context is not None
    return check_bundle(path, *_worker_context)


def _executor(count: int, trust: Trust, framework: Framework) -> Executor:
    from multiprocessing import get_context

    # Forking a process whose other threads hold locks (Qt's, a thread pool's)
    # can deadlock the child: fork only a single-threaded process.
    method = (
        "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"
    )
    if method == "fork":
        # What this process has loaded (libraries, the framework, the first bundle) lives
        # on: out of the collector's reach, neither process walks it again nor does the
        # child copy its pages by touching it (the gc module's advice before a fork).
        gc.freeze()
    return ProcessPoolExecutor(
        count,
        mp_context=get_context(method),
        initializer=_start_worker,
        initargs=(trust, framework),
    )


def verify_all(
    paths: Sequence[Path],
    trust: Trust,
    framework: Framework,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    while_waiting: Callable[[], None] | None = None,
) -> list[_Checked]:
    """:func:`check_bundle` for every path, in parallel processes where it helps; in order.

    With ``workers`` processes in all (by default one per core), this thread
    is one of them.  It verifies the first bundle alone: that loads the
    verifier's libraries and schema, which forked workers then inherit
    instead of each loading them again.  Then ``workers - 1`` worker
    processes take the bundles from the front of the list while this thread
    verifies from the back, until they meet: no core waits for another, and
    only the workers' results travel between processes.

    ``while_waiting`` is called on this thread once it has no bundle left to
    take, while the workers finish the two or three each has been handed
    (the command line loads the output writers then, ~0.13 s, about as long).
    """
    total = len(paths)
    count = workers if workers is not None else min(os.cpu_count() or 1, total)
    if total < PARALLEL_FROM:
        count = 1

    def report(done: int, name: str) -> None:
        if progress is not None:
            progress(0.8 * done / max(total, 1), f"Verified {done} of {total}: {name}")

    check(cancelled)
    results: list[_Checked | None] = [None] * total
    if count <= 1:
        for index, path in enumerate(paths):
            check(cancelled)
            results[index] = check_bundle(path, trust, framework)
            report(index + 1, path.name)
        return [r for r in results if r is not None]
    results[0] = check_bundle(paths[0], trust, framework)
    report(1, paths[0].name)
    check(cancelled)
    executor = _executor(count - 1, trust, framework)
    try:
        futures = {i: executor.submit(_check_in_worker, paths[i]) for i in range(1, total)}
        reported: set[int] = {0}

        def report_workers() -> None:
            for index, future in futures.items():
                if index not in reported and future.done() and not future.cancelled():
                    reported.add(index)
                    report(len(reported), paths[index].name)

        # From the back: a bundle whose future this thread cancels is its own; the first one
        # it cannot cancel has gone to a worker, and (they go in order) so have all before it.
        for index in range(total - 1, 0, -1):
            check(cancelled)
            if not futures[index].cancel():
                break
            results[index] = check_bundle(paths[index], trust, framework)
            reported.add(index)
            report(len(reported), paths[index].name)
            report_workers()
        if while_waiting is not None:
            while_waiting()
        pending = {f for f in futures.values() if not f.cancelled()}
        while pending:
            _finished, pending = wait(pending, timeout=0.1, return_when="FIRST_COMPLETED")
            report_workers()
            if cancelled is not None and cancelled():
                executor.shutdown(wait=False, cancel_futures=True)
                raise Cancelled("Cancelled; nothing was written.")
        for index, future in futures.items():
            if results[index] is None:
                results[index] = future.result()
        return [r for r in results if r is not None]
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- the compilation


@dataclass(frozen=True, slots=True)
class FieldChanged:
    """One field an update changed, as its signed change report says."""

    section: str
    key: str
    label: str
    change: str  # added / removed / changed
    detail: str  # "400 → 420 words", "1 added"

    def to_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "key": self.key,
            "field": self.label,
            "change": self.change,
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class CellSummary:
    """One commitment of one Member State, at a glance (a cell of the grid)."""

    answered: bool  # both answers given
    words: int  # in the two answers and the prompts' answers
    data_points: int
    prompts_answered: int
    prompts_total: int
    changed: bool  # the update changed something of it
    answer_words: int = 0  # in the two answers only (the PDF's "Words")

    def text(self) -> str:
        """Compact, for a grid cell: ``✓ 1600w · 2/2 · 7d · Δ`` (the legend says what is what)."""
        parts = [f"{'✓' if self.answered else '✗'} {self.words}w"]
        if self.prompts_total:
            parts.append(f"{self.prompts_answered}/{self.prompts_total}")
        parts.append(f"{self.data_points}d")
        if self.changed:
            parts.append("Δ")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class Included:
    """A Member State's contribution as compiled: its newest bundle."""

    member_state: str
    name: str
    language: str
    contribution: Contribution
    bundle: BundleCheck
    replaces: BundleCheck | None  # the November bundle this update replaced
    predecessor_missing: bool  # an update whose predecessor was not given
    changes: tuple[FieldChanged, ...]
    completeness_percent: int
    answered: int
    total: int
    #: :meth:`cell` of each commitment, counted once where the bundle was verified
    cells: dict[str, CellSummary] = field(default_factory=dict, compare=False)

    @property
    def updated(self) -> bool:
        return self.bundle.supersedes is not None

    @property
    def changed_keys(self) -> frozenset[str]:
        return frozenset(change.key for change in self.changes)

    def changed_section(self, section: str) -> bool:
        return any(change.section == section for change in self.changes)

    def cell(self, commitment: Commitment) -> CellSummary:
        known = self.cells.get(commitment.id)
        if known is not None:
            return known
        return cell_summary(
            self.contribution, commitment, changed=self.changed_section(commitment.id)
        )


def cell_summary(
    contribution: Contribution, commitment: Commitment, *, changed: bool
) -> CellSummary:
    """The grid's cell of one commitment of a contribution."""
    answer = contribution.commitment(commitment.id)
    prompts = [answer.prompt_answer(p.id) for p in commitment.prompts]
    answer_words = word_count(answer.actions_undertaken) + word_count(answer.developments_planned)
    return CellSummary(
        answered=bool(answer.actions_undertaken.strip() and answer.developments_planned.strip()),
        words=answer_words + sum(word_count(t) for t in prompts),
        data_points=len(answer.data),
        prompts_answered=sum(1 for p in prompts if p.strip()),
        prompts_total=len(prompts),
        changed=changed,
        answer_words=answer_words,
    )


@dataclass(frozen=True, slots=True)
class Replaced:
    bundle: BundleCheck
    replaced_by: BundleCheck


@dataclass(frozen=True, slots=True)
class Rejected:
    bundle: BundleCheck
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.bundle.file,
            "sha256": self.bundle.sha256,
            "checked_against": self.bundle.checked_against,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class Compilation:
    """What the desk has: included contributions, replaced and rejected bundles, and why."""

    framework: Framework
    trust: Trust
    included: tuple[Included, ...]  # in the cycle's order of Member States
    replaced: tuple[Replaced, ...]
    rejected: tuple[Rejected, ...]
    made_at: dt.datetime
    missing: tuple[str, ...] = field(default=())  # Member States with no contribution

    @property
    def ok(self) -> bool:
        """Every bundle verified (and none had to be set aside)."""
        return not self.rejected

    @property
    def cycle(self) -> int:
        return self.framework.cycle

    @property
    def predecessors_missing(self) -> tuple[Included, ...]:
        return tuple(i for i in self.included if i.predecessor_missing)

    def member(self, code: str) -> Included:
        for entry in self.included:
            if entry.member_state == code:
                return entry
        raise KeyError(code)

    def summary(self) -> str:
        parts = [f"{len(self.included)} contribution{'s' if len(self.included) != 1 else ''}"]
        updates = sum(1 for i in self.included if i.updated)
        if updates:
            parts.append(f"{updates} of them updated")
        if self.replaced:
            parts.append(
                f"{len(self.replaced)} bundle{'s' if len(self.replaced) != 1 else ''} replaced"
            )
        if self.predecessors_missing:
            parts.append(f"{len(self.predecessors_missing)} update(s) without their predecessor")
        parts.append(f"{len(self.rejected)} rejected")
        return "Compiled " + ", ".join(parts) + "."

    def lines(self) -> list[str]:
        out = [self.summary(), *self.trust.lines()]
        for entry in self.included:
            what = "update" if entry.updated else "contribution"
            out.append(
                f"Included: {entry.member_state} {what} {entry.bundle.file} (revision "
                f"{entry.bundle.revision}, language {entry.language}, "
                f"{entry.completeness_percent}% "
                f"answered), checked against {entry.bundle.checked_against}"
            )
            if entry.replaces is not None:
                out.append(f"  it replaces {entry.replaces.file} (SHA-256 {entry.replaces.sha256})")
            if entry.predecessor_missing:
                out.append(
                    f"  it replaces a bundle that was not given (SHA-256 {entry.bundle.supersedes})"
                )
        for item in self.rejected:
            out.append(f"Rejected: {item.bundle.file}: {item.reasons[0]}")
            out += [f"  {reason}" for reason in item.reasons[1:]]
        if self.missing:
            out.append("No contribution from: " + ", ".join(self.missing))
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "made_at": self.made_at.isoformat(),
            "framework": {"id": self.framework.id, "sha256": self.framework.sha256},
            "cycle": self.cycle,
            "all_verified": self.ok,
            "trust": [anchor.to_json() for anchor in self.trust.anchors],
            "included": [
                {
                    **entry.bundle.to_json(),
                    "completeness": {
                        "answered": entry.answered,
                        "total": entry.total,
                        "percent": entry.completeness_percent,
                    },
                    "replaces": (
                        {"file": entry.replaces.file, "sha256": entry.replaces.sha256}
                        if entry.replaces
                        else None
                    ),
                    "predecessor_missing": entry.predecessor_missing,
                    "changes": [change.to_json() for change in entry.changes],
                }
                for entry in self.included
            ],
            "replaced": [
                {
                    "file": r.bundle.file,
                    "sha256": r.bundle.sha256,
                    "member_state": r.bundle.member_state,
                    "replaced_by": {"file": r.replaced_by.file, "sha256": r.replaced_by.sha256},
                }
                for r in self.replaced
            ],
            "rejected": [r.to_json() for r in self.rejected],
            "missing_member_states": list(self.missing),
        }


def _changes(raw: bytes) -> tuple[FieldChanged, ...]:
    document = json.loads(raw.decode("utf-8"))  # the verifier read it already
    out: list[FieldChanged] = []
    for section in document.get("changes", []):
        for entry in section.get("fields", []):
            if "rows_added" in entry:
                detail = f"{entry['rows_added']} row(s) added, {entry['rows_removed']} removed"
            else:
                detail = f"{entry['words_before']} → {entry['words_after']} words"
            out.append(
                FieldChanged(
                    section=str(section["section"]),
                    key=str(entry["key"]),
                    # Since pactdesk.changes/1 says "where" apart, "field" is the field's own name.
                    label=(
                        f"{entry['where']} — {entry['field']}"
                        if "where" in entry
                        else str(entry["field"])
                    ),
                    change=str(entry["change"]),
                    detail=detail,
                )
            )
    return tuple(out)


def _contribution(document: dict[str, Any], name: str, framework: Framework) -> Contribution:
    from pactdesk.export import json_format

    parsed = json_format.parse_document(document, name=name, framework=framework)
    return contribution_from_items(
        framework,
        parsed.items,
        member_state=parsed.member_state,
        cycle=parsed.cycle,
        language=parsed.language,
    )


def compile_bundles(
    inputs: Sequence[Path],
    trust: Trust,
    *,
    framework: Framework | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    while_waiting: Callable[[], None] | None = None,
) -> Compilation:
    """Verify ``inputs`` (bundles or folders) and compile the contributions they hold."""
    from pactdesk.domain.validation import completeness
    from pactdesk.frameworks import shipped_framework

    framework = framework or shipped_framework()
    paths = bundle_paths(inputs)
    checked = verify_all(
        paths,
        trust,
        framework,
        progress=progress,
        cancelled=cancelled,
        workers=workers,
        while_waiting=while_waiting,
    )
    check(cancelled)
    if progress is not None:
        progress(0.85, "Comparing the contributions")

    rejected: list[Rejected] = []
    valid: list[_Checked] = []
    for item in checked:
        if not item.check.valid:
            rejected.append(Rejected(item.check, item.check.reasons))
        elif item.check.cycle != framework.cycle:
            rejected.append(
                Rejected(
                    item.check,
                    (
                        f"it is a contribution for {item.check.cycle}; this compilation is for "
                        f"{framework.cycle}",
                    ),
                )
            )
        else:
            valid.append(item)
    by_sha = {item.check.sha256: item for item in valid}
    superseded_by = {
        item.check.supersedes: item for item in valid if item.check.supersedes in by_sha
    }
    replaced = [Replaced(by_sha[sha].check, newer.check) for sha, newer in superseded_by.items()]
    heads = [item for item in valid if item.check.sha256 not in superseded_by]
    per_state: dict[str, list[_Checked]] = {}
    for item in heads:
        per_state.setdefault(str(item.check.member_state), []).append(item)
    included: list[Included] = []
    order = [state.code for state in framework.member_states]
    for code in sorted(per_state, key=lambda c: order.index(c) if c in order else len(order)):
        candidates = sorted(per_state[code], key=lambda i: i.check.submitted_at or "")
        chosen = candidates[-1]
        for other in candidates[:-1]:
            rejected.append(
                Rejected(
                    other.check,
                    (
                        f"another bundle of {code} ({chosen.check.file}, submitted later) was "
                        "given too, and neither says it replaces the other: only the later one "
                        "is compiled",
                    ),
                )
            )
        contribution = chosen.contribution
        assert contribution is not None  # every valid check carries its contribution
        done = completeness(framework, contribution)
        predecessor = by_sha.get(chosen.check.supersedes or "")
        name = framework.member_state_name(code)
        included.append(
            Included(
                member_state=code,
                name=name,
                language=contribution.language,
                contribution=contribution,
                bundle=chosen.check,
                replaces=predecessor.check if predecessor else None,
                predecessor_missing=chosen.check.supersedes is not None and predecessor is None,
                changes=chosen.changes,
                completeness_percent=done.percent,
                answered=done.answered,
                total=done.total,
                cells=chosen.cells,
            )
        )
    present = {entry.member_state for entry in included}
    return Compilation(
        framework=framework,
        trust=trust,
        included=tuple(included),
        replaced=tuple(replaced),
        rejected=tuple(rejected),
        made_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        missing=tuple(code for code in order if code not in present),
    )
