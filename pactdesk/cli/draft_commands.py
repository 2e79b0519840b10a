"""``new``, ``status``, ``import-json`` (the exports: :mod:`pactdesk.cli.export_commands`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk.cli import CommandError
from pactdesk.cli.errors import refusing

if TYPE_CHECKING:
    from pactdesk.services.drafts import Draft


def register(sub: Any) -> None:
    new = sub.add_parser("new", help="make a new draft for one Member State and cycle")
    new.add_argument("draft", type=Path, metavar="DRAFT")
    new.add_argument(
        "--member-state",
        required=True,
        metavar="XX",
        help="the EU's code: EL for Greece, UK for the United Kingdom",
    )
    new.add_argument("--cycle", required=True, type=int)
    new.add_argument(
        "--language",
        metavar="LL",
        help="content language (ISO 639-1); default: the Member State's first",
    )
    new.add_argument(
        "--framework",
        metavar="ID-or-FILE",
        help="a shipped framework's id, or a framework file; default: the shipped framework "
        "of the latest cycle",
    )
    new.add_argument("--author")
    new.set_defaults(handler=cmd_new)

    status = sub.add_parser("status", help="completeness, findings, history, sign-offs")
    status.add_argument("draft", type=Path, metavar="DRAFT")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        metavar="EXPORT",
        help="also check the history against the head an exported JSON carries",
    )
    status.set_defaults(handler=cmd_status)

    imp = sub.add_parser("import-json", help="bring answers in from a contribution file")
    imp.add_argument("draft", type=Path, metavar="DRAFT")
    imp.add_argument("input", type=Path, metavar="IN")
    imp.add_argument("--author")
    imp.set_defaults(handler=cmd_import_json)


@contextmanager
def open_draft(path: Path, *, write: bool) -> Iterator[Draft]:
    """Open a draft for a command, turning every way it can fail into one clear line.

    ``write``: the command changes the draft, so one that can only be read
    (a file on a read-only disk) is refused here, before any work is done.
    """
    from pactdesk.services.drafts import Draft

    # Only a draft opened for writing can be refused for its lock: say nothing changed.
    with refusing("Nothing was changed." if write else ""):
        draft = Draft.open(path, allow_read_only_fallback=not write)
    try:
        if write and draft.info.read_only:
            raise CommandError(2, f"{path.name} is open read-only. Nothing was changed.")
        if draft.info.locked_by_other:
            sys.stderr.write(
                f"note: {path.name} is open in another PactDesk "
                f"({draft.info.locked_by_other}); reading it without changing it.\n"
            )
        elif draft.info.read_only_reason:
            sys.stderr.write(f"note: {draft.info.read_only_reason}\n")
        yield draft
    finally:
        draft.close()


def read_contribution_file(path: Path) -> bytes:
    """A contribution file's bytes (size checked first), or exit 2 with one line."""
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input

    with refusing("Nothing was imported."):
        return read_input(path, limits.CONTRIBUTION_JSON)


def resolve_framework(spec: str | None) -> tuple[Any, bytes]:
    """A shipped framework by id, a framework file, or (``None``) the default shipped one."""
    from pactdesk import frameworks
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input

    try:
        if spec is None:
            spec = frameworks.default_framework_id()
        candidate = Path(spec)
        if candidate.suffix == ".json" or candidate.exists():
            if not candidate.exists():
                raise CommandError(2, f"There is no framework file at {candidate}.")
            with refusing():
                raw = read_input(candidate, limits.FRAMEWORK)
            return frameworks.load_framework_bytes(raw, origin=candidate.name), raw
        return frameworks.shipped_framework(spec), frameworks.shipped_framework_bytes(spec)
    except KeyError as exc:
        raise CommandError(2, f"There is no shipped framework {spec!r}.") from exc


def cmd_new(args: argparse.Namespace) -> int:
    from pactdesk.domain.languages import LANGUAGES, default_language
    from pactdesk.services.drafts import Draft
    from pactdesk.settings import default_author

    path: Path = args.draft
    if path.exists():
        raise CommandError(2, f"{path} already exists; PactDesk will not overwrite it.")
    member_state = args.member_state.upper()
    language = (args.language or default_language(member_state)).lower()
    if language not in LANGUAGES:
        raise CommandError(
            2, f"{language!r} is not an EU language code (one of {', '.join(LANGUAGES)})."
        )
    framework, raw = resolve_framework(args.framework)
    # Draft.create refuses a Member State or cycle the framework does not have (ValueError).
    with refusing(first=((ValueError, 2),)):
        draft = Draft.create(
            path,
            framework=framework,
            framework_raw=raw,
            member_state=member_state,
            cycle=args.cycle,
            language=language,
            author=default_author(args.author),
        )
    with draft:
        state = framework.member_state(member_state)
        print(
            f"Made {path}: {state.name}'s contribution to the {draft.info.cycle} cycle "
            f"({framework.id}), written in {LANGUAGES[language]}."
        )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input
    from pactdesk.services import interchange
    from pactdesk.services.status import status

    extra = []
    for path in args.against:
        extra += interchange.heads_in_file(
            read_input(path, limits.CONTRIBUTION_JSON), name=path.name
        )
    with open_draft(args.draft, write=False) as draft:
        report = status(draft, extra_heads=extra)
        state_name = draft.framework.member_state(report.member_state).name
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_status(report, state_name)
    if report.blocked:
        parts = []
        if report.errors:
            parts.append(_plural(len(report.errors), "error"))
        if report.history_problems:
            parts.append(_plural(len(report.history_problems), "history problem"))
        # "1 error stands", "2 errors stand", "1 error and 1 history problem stand".
        one = len(parts) == 1 and len(report.errors) + len(report.history_problems) == 1
        sys.stderr.write(
            f"pactdesk status: {' and '.join(parts)} {'stands' if one else 'stand'} "
            "in the way of submission.\n"
        )
        return 1
    return 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _print_status(report: Any, state_name: str) -> None:
    c = report.completeness
    print(
        f"{state_name} ({report.member_state}) — {report.cycle} cycle, framework "
        f"{report.framework_id}, language {report.language}, revision {report.head.revision}"
    )
    print(f"Completeness: {c.answered} of {c.total} fields answered ({c.percent}%)")
    if report.history_problems:
        print(f"History: {_plural(len(report.history_problems), 'problem')}")
        for problem in report.history_problems:
            print(f"  ! {problem.message}")
    else:
        print(f"History: intact ({_plural(report.head.revision, 'event')})")
    for title, findings in (("Errors", report.errors), ("Warnings", report.warnings)):
        if findings:
            print(f"{title} ({len(findings)}):")
            for finding in findings:
                print(f"  {finding.message}")
    if not report.findings:
        print("No findings: ready for sign-off.")
    _print_sign_offs(report.sign_offs)


def _print_sign_offs(state: Any) -> None:
    """Who signed which role at which revision, whether it holds; what is missing."""
    if not state.sign_offs:
        print("Sign-offs: none yet.")
    else:
        print(f"Sign-offs ({len(state.sign_offs)}):")
        for s in state.sign_offs:
            mark = "holds" if s.holds else f"OUTDATED — {s.problem}"
            print(
                f"  {s.role}: {s.signer_name}, revision {s.revision}, "
                f"{s.signed_at[:16].replace('T', ' ')} UTC — {mark}"
            )
    if state.missing_roles:
        outdated = set(state.outdated_required_roles)
        parts = [f"{r} (outdated)" if r in outdated else r for r in state.missing_roles]
        print(f"Missing sign-offs: {', '.join(parts)}")
    else:
        print("Every required sign-off holds at this revision.")


def cmd_import_json(args: argparse.Namespace) -> int:
    from pactdesk.services import interchange
    from pactdesk.settings import default_author

    raw = read_contribution_file(args.input)
    with open_draft(args.draft, write=True) as draft:
        with refusing("Nothing was imported."):
            result = interchange.import_json(
                draft, raw, name=args.input.name, author=default_author(args.author)
            )
        changed = result.describe(draft)
    if changed:
        print(f"Imported {args.input.name}: {_plural(len(changed), 'field')} changed.")
        for line in changed:
            print(f"  {line}")
    else:
        print(f"Imported {args.input.name}: nothing changed.")
    return 0
