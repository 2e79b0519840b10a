"""``bundle`` (make the signed submission bundle) and ``verify`` (check one)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pactdesk.cli import CommandError
from pactdesk.cli.errors import refusing
from pactdesk.cli.prompts import asker_for, passphrase_option


def register(sub: Any) -> None:
    bundle = sub.add_parser(
        "bundle",
        allow_abbrev=False,  # "--passphrase SECRET" must not pass for --passphrase-env
        help="the signed submission bundle (ASiC-E): JSON, XLSX, PDF, sign-offs, your signature",
    )
    bundle.add_argument("draft", type=Path, metavar="DRAFT")
    bundle.add_argument("out", type=Path, metavar="OUT.asice")
    bundle.add_argument(
        "--identity", metavar="ID", help="the submitter's identity (see identity list)"
    )
    bundle.add_argument(
        "--supersedes",
        type=Path,
        metavar="OLD.asice",
        help="the bundle this update replaces (named by its hash, with a report of what changed)",
    )
    bundle.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="CA certificates the replaced bundle's signers must chain to",
    )
    bundle.add_argument(
        "--preview",
        action="store_true",
        help="an unsigned bundle marked PREVIEW, made whatever the draft's "
        "state; verify never accepts it",
    )
    bundle.add_argument(
        "--signature-format",
        choices=("cades", "xades"),
        metavar="cades|xades",
        help="the form the bundle must be in; refused unless it is the draft's "
        "(see signature-form)",
    )
    bundle.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="the sign-off CA's revocation list to carry (with the CA on this computer, "
        "its current list is carried anyway); a certificate it lists as revoked is refused",
    )
    passphrase_option(bundle, "the submitter identity's passphrase")
    bundle.set_defaults(handler=cmd_bundle)

    verify = sub.add_parser(
        "verify", allow_abbrev=False, help="check a bundle: integrity, signers, trust"
    )
    verify.add_argument("bundle", type=Path, metavar="BUNDLE")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="a CA certificate (PEM or DER) the signers must chain to; repeatable",
    )
    verify.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a revocation list of a trusted CA (DER or PEM) to check the signers against, "
        "besides the one the bundle carries; repeatable",
    )
    verify.add_argument("--json", action="store_true", help="machine-readable report")
    verify.set_defaults(handler=cmd_verify)


def _trust(paths: list[Path]) -> list[Any]:
    from pactdesk.services.verify import load_trust_anchors

    for path in paths:
        if not path.is_file():
            raise CommandError(2, f"the trust file {path} does not exist")
    with refusing():
        anchors = load_trust_anchors(paths)
    return anchors


def _crls(paths: list[Path]) -> list[tuple[str, bytes]]:
    """The ``--crl`` files, each read within its limit (exit 2 otherwise, nothing written)."""
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input

    read: list[tuple[str, bytes]] = []
    for path in paths:
        if not path.exists():
            raise CommandError(2, f"the revocation list {path} does not exist")
        with refusing("Nothing was written."):
            read.append((path.name, read_input(path, limits.REVOCATION_LIST)))
    return read


def cmd_bundle(args: argparse.Namespace) -> int:
    from pactdesk.cli.draft_commands import open_draft
    from pactdesk.outputs import check_output
    from pactdesk.services.bundle import write_bundle

    if not args.preview and not args.identity:
        raise CommandError(2, "a bundle for submission needs --identity ID (or use --preview)")
    old: bytes | None = None
    if args.supersedes is not None:
        from pactdesk.domain import limits
        from pactdesk.fileio import read_input

        if not args.supersedes.exists():
            raise CommandError(2, f"the bundle to replace, {args.supersedes}, does not exist")
        with refusing("Nothing was written."):
            old = read_input(args.supersedes, limits.BUNDLE)
    reads = [
        *([args.supersedes] if args.supersedes is not None else []),
        *args.trust,
        *args.crl,
    ]
    # Before anything is read or a passphrase asked: never over the draft or an input.
    check_output(args.out, draft=args.draft, reads=reads, what="bundle")
    trust = _trust(args.trust)
    crls = _crls(args.crl)
    if not args.draft.exists():
        raise CommandError(2, f"{args.draft} does not exist")
    # The bundle only reads the draft: a draft open in the window can be bundled.
    with open_draft(args.draft, write=False) as draft:
        from pactdesk.services.bundle import BundleRefused, check_signature_format
        from pactdesk.services.signature_form import signature_form

        # Before a passphrase is asked; a form the draft does not allow is bad input.
        with refusing(first=((BundleRefused, 2),)):
            check_signature_format(signature_form(draft), args.signature_format)
        signer = None
        if not args.preview:
            from pactdesk.services.identities import open_signer

            signer = open_signer(args.identity, asker=asker_for(args), env_var=args.passphrase_env)
        result = write_bundle(
            draft,
            args.out,
            reads=reads,
            signer=signer,
            preview=args.preview,
            supersedes=old,
            supersedes_name=args.supersedes.name if args.supersedes else "the old bundle",
            trust=trust,
            signature_format=args.signature_format,
            crls=crls,
        )
    if result.preview:
        print(f"PREVIEW written to {args.out} (unsigned; not for submission).")
    else:
        print(
            f"Bundle written to {args.out}: revision {result.revision}, "
            f"{result.sign_offs} sign-off{'s' if result.sign_offs != 1 else ''} and your "
            "signature."
        )
        if result.supersedes:
            print(f"It replaces the bundle with SHA-256 {result.supersedes}.")
    print(f"SHA-256 {result.sha256}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pactdesk.fileio import describe_read_error
    from pactdesk.services.verify import verify_bundle

    if args.bundle.is_dir():
        raise CommandError(2, f"{args.bundle} is a folder, not a submission bundle.")
    if not args.bundle.is_file():
        raise CommandError(2, f"{args.bundle} does not exist")
    try:
        with open(args.bundle, "rb"):
            pass
    except OSError as exc:
        raise CommandError(
            2, describe_read_error(exc, args.bundle, what="a submission bundle")
        ) from exc
    trust = _trust(args.trust)
    report = verify_bundle(args.bundle, trust=trust, crls=_crls(args.crl))
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in report.lines():
            print(line)
    if not report.valid:
        raise CommandError(1, report.verdict, report.problems[1:])
    return 0
