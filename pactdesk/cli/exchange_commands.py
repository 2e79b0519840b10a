"""``assign``, ``assignments``, ``exchange export|open|return|import``, ``conflicts``, ``resolve``.

Items and fields are named as :mod:`pactdesk.domain.fields` names them
(``II.b``, ``P1.I``, ``II.b/actions_undertaken``), here and in ``--json``.
A refusal (another draft's return, a foreign base, a bad signature, a
hostile or damaged file) exits 2 and changes nothing; importing a return
again says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk.cli import CommandError
from pactdesk.cli.draft_commands import open_draft
from pactdesk.cli.errors import refusing
from pactdesk.cli.prompts import TerminalAsker, asker_for, passphrase_option

if TYPE_CHECKING:
    from cryptography import x509

    from pactdesk.services.exchange import MergePlan, OpenedPackage
    from pactdesk.services.exchange_comments import CommentMerge

#: Larger than any package PactDesk makes (a 10× full draft's is ~3 MB).
PREVIEW = 70


def register(sub: Any) -> None:
    assign = sub.add_parser("assign", help="assign items to a person (and their ministry)")
    assign.add_argument("draft", type=Path, metavar="DRAFT")
    assign.add_argument("items", nargs="+", metavar="ITEM", help="P1.I, I (an area), II.b …")
    assign.add_argument("--to", required=True, metavar="NAME")
    assign.add_argument("--ministry", default="", metavar="M")
    assign.add_argument("--author")
    assign.set_defaults(handler=cmd_assign)

    owed = sub.add_parser("assignments", help="who still owes what: items, answered, last received")
    owed.add_argument("draft", type=Path, metavar="DRAFT")
    owed.add_argument("--json", action="store_true")
    owed.set_defaults(handler=cmd_assignments)

    exchange = sub.add_parser(
        "exchange", allow_abbrev=False, help="packages of some items for colleagues elsewhere"
    )
    ex_sub = exchange.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)

    export = ex_sub.add_parser("export", allow_abbrev=False, help="a package for a contributor")
    export.add_argument("draft", type=Path, metavar="DRAFT")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--items", metavar="ITEM,…")
    which.add_argument("--assignee", metavar="NAME")
    export.add_argument("--to", required=True, type=Path, metavar="OUT.pdx")
    _encrypt_option(export)
    export.add_argument("--author")
    export.set_defaults(handler=cmd_export)

    opened = ex_sub.add_parser(
        "open", allow_abbrev=False, help="the contributor's draft from a package"
    )
    opened.add_argument("input", type=Path, metavar="IN.pdx")
    opened.add_argument("new", type=Path, metavar="NEW.pactdesk")
    _identity_option(opened, "decrypts an encrypted package")
    opened.set_defaults(handler=cmd_open)

    ret = ex_sub.add_parser("return", allow_abbrev=False, help="the contributor's answer")
    ret.add_argument("draft", type=Path, metavar="DRAFT")
    ret.add_argument("--to", required=True, type=Path, metavar="BACK.pdx")
    _encrypt_option(ret)
    _identity_option(ret, "signs the return (default: your identity, if you have one)")
    ret.add_argument("--unsigned", action="store_true", help="do not sign the return")
    ret.add_argument("--author")
    ret.set_defaults(handler=cmd_return)

    imp = ex_sub.add_parser(
        "import", allow_abbrev=False, help="merge a return three-way, field by field"
    )
    imp.add_argument("draft", type=Path, metavar="DRAFT")
    imp.add_argument("input", type=Path, metavar="BACK.pdx")
    imp.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    imp.add_argument("--json", action="store_true")
    _identity_option(imp, "decrypts an encrypted return")
    imp.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="a CA whose certificates may sign returns (besides this computer's CA; repeat)",
    )
    imp.add_argument("--author")
    imp.set_defaults(handler=cmd_import)

    conflicts = sub.add_parser("conflicts", help="open conflicts: field, base, ours, theirs")
    conflicts.add_argument("draft", type=Path, metavar="DRAFT")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = sub.add_parser("resolve", help="resolve one field's conflict")
    resolve.add_argument("draft", type=Path, metavar="DRAFT")
    resolve.add_argument("field", metavar="FIELD")
    resolve.add_argument("--take", required=True, choices=["ours", "theirs", "merged"])
    resolve.add_argument("--text-file", type=Path, metavar="F", help="the merged text (UTF-8)")
    resolve.add_argument("--author")
    resolve.set_defaults(handler=cmd_resolve)


def _encrypt_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encrypt-to",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="encrypt to this recipient's certificate (repeat for several)",
    )


def _identity_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--identity", metavar="ID", help=f"the identity that {what}")
    passphrase_option(parser, "the identity's passphrase")


def _read(path: Path, what: str = "package") -> bytes:
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input

    kind = {
        "package": limits.EXCHANGE_PACKAGE,
        "certificate": limits.CERTIFICATE,
        "text": limits.FileKind("a text file", limits.EXCHANGE_PACKAGE.max_bytes),
    }[what]
    with refusing():
        return read_input(path, kind)


def _certificates(paths: list[Path]) -> list[x509.Certificate]:
    from pactdesk.services import identities

    out = []
    for path in paths:
        try:
            out.append(identities.read_certificates(_read(path, "certificate"))[0])
        except (identities.KeyStoreError, IndexError) as exc:
            raise CommandError(2, f"{path.name} is not a certificate (PEM or DER).") from exc
    return out


def _decryptor(identity_id: str | None, env_var: str | None) -> Callable[[bytes], bytes]:
    def decrypt(raw: bytes) -> bytes:
        from pactdesk.services import exchange, identities

        chosen = identity_id
        if chosen is None:
            mine = exchange.recipients_here(raw)
            if not mine:
                wanted = exchange.encrypted_for(raw) or []
                raise CommandError(
                    2,
                    "The package is encrypted for someone else: none of the identities on "
                    "this computer can open it.",
                    [
                        f"encrypted for certificate {r.serial_number:x} of {r.issuer}"
                        for r in wanted
                    ],
                )
            chosen = mine[0].id
        # The one signer opener and passphrase policy (a script with a variable is not asked).
        asker = TerminalAsker(ask_to_remember=not env_var)
        return exchange.decryptor(identities.open_signer(chosen, asker=asker, env_var=env_var))(raw)

    return decrypt


def _read_package(path: Path, args: argparse.Namespace) -> OpenedPackage:
    from pactdesk.services import exchange

    trust = None
    if hasattr(args, "trust"):  # taking a return in: its signer must chain to a trusted CA
        trust = exchange.trust_anchors(_certificates(args.trust))
    raw = _read(path)
    with refusing("Nothing was changed."):
        return exchange.read_package(
            raw,
            label=path.name,
            decrypt=_decryptor(args.identity, args.passphrase_env),
            trust=trust,
        )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def preview(text: str) -> str:
    flat = " ".join(text.split())
    if not flat:
        return "(empty)"
    return f"\u201c{flat[:PREVIEW]}\u2026\u201d" if len(flat) > PREVIEW else f"\u201c{flat}\u201d"


# -- assign ------------------------------------------------------------------------------


def cmd_assign(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange
    from pactdesk.settings import default_author

    with open_draft(args.draft, write=True) as draft, refusing("Nothing was changed."):
        rows = exchange.assign(
            draft,
            args.items,
            to=args.to,
            ministry=args.ministry,
            author=default_author(args.author),
        )
    who = args.to + (f" ({args.ministry})" if args.ministry else "")
    print(f"Assigned to {who}: {', '.join(row.item for row in rows)}.")
    return 0


def cmd_assignments(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange

    with open_draft(args.draft, write=False) as draft:
        rows = exchange.owed(draft)
    if args.json:
        print(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Nothing is assigned yet (pactdesk assign DRAFT ITEM… --to NAME).")
    for row in rows:
        ministry = f" ({row.ministry})" if row.ministry else ""
        last = row.last_received[:16].replace("T", " ") + " UTC" if row.last_received else "never"
        print(
            f"{row.assignee}{ministry}: {', '.join(row.items)} — {row.answered} of "
            f"{row.total} fields answered; last received: {last}"
        )
    return 0


# -- exchange -----------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange
    from pactdesk.settings import default_author

    recipients = _certificates(args.encrypt_to)
    items = [i for i in (args.items or "").split(",") if i.strip()]
    with open_draft(args.draft, write=True) as draft, refusing("Nothing was written."):
        made = exchange.export_package(
            draft,
            args.to,
            items=items,
            assignee=args.assignee,
            recipients=recipients,
            author=default_author(args.author),
        )
    locked = f", encrypted for {', '.join(made.encrypted_for)}" if made.encrypted_for else ""
    print(
        f"Wrote {args.to}: {', '.join(made.items)} ({_plural(made.fields, 'field')}, "
        f"base revision {made.head.revision}{locked})."
    )
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange

    if args.new.exists():
        raise CommandError(2, f"{args.new} already exists; PactDesk will not overwrite it.")
    opened = _read_package(args.input, args)
    with refusing("Nothing was written."):
        made = exchange.open_package(opened, args.new)
    print(
        f"Made {args.new} from {args.input.name} ({opened.sender.describe()}): "
        f"{', '.join(made.items)}; the other items are left out. "
        "Write, then: pactdesk exchange return DRAFT --to BACK.pdx"
    )
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange, identities
    from pactdesk.settings import default_author

    recipients = _certificates(args.encrypt_to)
    identity_id = args.identity
    if identity_id is None and not args.unsigned:
        mine = identities.ready_identities()
        if len(mine) > 1:
            raise CommandError(
                2,
                "Say which identity signs the return (--identity ID), or --unsigned.",
                [f"{i.id}  {i.label()}" for i in mine],
            )
        identity_id = mine[0].id if mine else None
    signer = (
        identities.open_signer(identity_id, asker=asker_for(args), env_var=args.passphrase_env)
        if identity_id
        else None
    )
    with open_draft(args.draft, write=True) as draft, refusing("Nothing was written."):
        made = exchange.export_return(
            draft,
            args.to,
            signer=signer,
            recipients=recipients,
            author=default_author(args.author),
        )
    signed = f"signed by {made.signed_by}" if made.signed_by else "unsigned"
    locked = f", encrypted for {', '.join(made.encrypted_for)}" if made.encrypted_for else ""
    print(
        f"Wrote {args.to}: {', '.join(made.items)}, "
        f"{_plural(len(made.changed_fields), 'field')} changed since the package "
        f"({signed}{locked})."
    )
    return 0


def _print_plan(plan: MergePlan, *, applied: bool) -> None:
    print(f"{plan.label}: {plan.sender.describe()}.")
    verb = "changed" if applied else "would change"
    if plan.changes:
        print(f"{_plural(len(plan.changes), 'field')} {verb}:")
        for field in plan.changes:
            how = "merged word by word" if field.outcome == "merged" else "taken from the return"
            print(f"  {field.field} ({how}): {preview(field.ours)} \u2192 {preview(field.value)}")
    else:
        print(f"Nothing {'changed' if applied else 'to change'}.")
    if plan.conflicts:
        print(
            f"{_plural(len(plan.conflicts), 'conflict')}: this draft's text "
            f"{'was' if applied else 'would be'} kept, the return's kept beside it "
            "(pactdesk conflicts DRAFT):"
        )
        for field in plan.conflicts:
            print(f"  {field.field}: {'; '.join(field.details)}")
            print(f"      ours:   {preview(field.ours)}")
            print(f"      theirs: {preview(field.theirs)}")


def _print_comments(notes: CommentMerge, *, applied: bool) -> None:
    """The comment threads a return brings (pactdesk.services.exchange_comments)."""
    if notes.added or notes.resolved:
        verb = "" if applied else "would be "
        print(
            f"Internal comments: {notes.added} {verb}added (comments and answers), "
            f"{_plural(notes.resolved, 'thread')} {verb}resolved."
        )


def cmd_import(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange, exchange_comments
    from pactdesk.settings import default_author

    opened = _read_package(args.input, args)
    with open_draft(args.draft, write=not args.dry_run) as draft, refusing("Nothing was changed."):
        plan = exchange.plan_import(draft, opened)
        if plan.already_imported_at is not None:
            when = plan.already_imported_at[:16].replace("T", " ")
            print(f"{args.input.name} was already imported on {when} UTC; nothing changed.")
            return 0
        notes = exchange_comments.plan_comments(draft, plan.comments)
        if args.dry_run:
            if args.json:
                shown = {**plan.to_json(), "comments": notes.to_json()}
                print(json.dumps(shown, ensure_ascii=False, indent=2))
            else:
                _print_plan(plan, applied=False)
                _print_comments(notes, applied=False)
            return 0
        outcome = exchange.apply_import(draft, plan, author=default_author(args.author))
    if args.json:
        document = plan.to_json()
        document["revision"] = outcome.head.revision
        document["comments"] = notes.to_json()
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print_plan(plan, applied=True)
        _print_comments(notes, applied=True)
        print(f"The merge is revision {outcome.head.revision}.")
    if plan.conflicts:
        sys.stderr.write(
            f"note: {_plural(len(plan.conflicts), 'conflict')} to resolve "
            "(pactdesk conflicts DRAFT; pactdesk resolve DRAFT FIELD --take …).\n"
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange

    with open_draft(args.draft, write=False) as draft:
        found = exchange.conflicts(draft)
    if args.json:
        print(json.dumps([c.to_json() for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("No open conflicts.")
        return 0
    print(f"{_plural(len(found), 'open conflict')}:")
    for conflict in found:
        print(f"{conflict.field} — from {conflict.theirs_author} ({conflict.origin})")
        print(f"    base:   {preview(conflict.base)}")
        print(f"    ours:   {preview(conflict.ours)}")
        print(f"    theirs: {preview(conflict.theirs)}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from pactdesk.services import exchange
    from pactdesk.settings import default_author

    text = None
    if args.text_file is not None:
        try:
            text = _read(args.text_file, "text").decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(2, f"{args.text_file.name} is not UTF-8 text.") from exc
    elif args.take == "merged":
        raise CommandError(2, "--take merged needs the merged text: --text-file F.")
    with open_draft(args.draft, write=True) as draft, refusing("Nothing was changed."):
        changed = exchange.resolve(
            draft, args.field, take=args.take, text=text, author=default_author(args.author)
        )
    what = "changed" if changed else "kept as it was"
    print(f"Resolved {args.field} ({args.take}); the field was {what}.")
    return 0
