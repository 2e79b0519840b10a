"""``export-docx`` and ``import-docx``: Word in, Word out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pactdesk.cli import CommandError
from pactdesk.cli.draft_commands import open_draft
from pactdesk.cli.errors import refusing


def register(sub: Any) -> None:
    export = sub.add_parser(
        "export-docx",
        help="the contribution as a Word document in the Annex's layout, to fill in or read",
    )
    export.add_argument("draft", type=Path, metavar="DRAFT")
    export.add_argument("out", type=Path, metavar="OUT.docx")
    only = export.add_mutually_exclusive_group()
    only.add_argument(
        "--items",
        metavar="ITEM,…",
        help="only these: commitments (II.b), whole policy areas (III), Part I assessments (P1.I)",
    )
    only.add_argument("--assignee", metavar="NAME", help="only the items assigned to NAME")
    export.set_defaults(handler=cmd_export_docx)

    imp = sub.add_parser(
        "import-docx",
        help="bring answers in from a Word document: PactDesk's, or the Commission's template "
        "filled in by hand (three-way: conflicts are kept, reported)",
    )
    imp.add_argument("draft", type=Path, metavar="DRAFT")
    imp.add_argument("input", type=Path, metavar="IN.docx")
    imp.add_argument(
        "--author", help="recorded as the author when the document does not name who saved it"
    )
    imp.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    tracked = imp.add_mutually_exclusive_group()
    tracked.add_argument(
        "--accept-changes",
        action="store_true",
        help="read a document with tracked changes as if they were accepted",
    )
    tracked.add_argument(
        "--reject-changes",
        action="store_true",
        help="read a document with tracked changes as if they were rejected",
    )
    imp.set_defaults(handler=cmd_import_docx)


def cmd_export_docx(args: argparse.Namespace) -> int:
    from pactdesk.cli.xlsx_commands import chosen_items
    from pactdesk.outputs import check_output
    from pactdesk.services import word

    # Before the draft is even opened: never the draft itself, a folder that exists.
    check_output(args.out, draft=args.draft, what="Word document")
    with open_draft(args.draft, write=False) as draft:
        items = chosen_items(draft, args)
        with refusing("Nothing was written."):
            head = word.export_docx(draft, args.out, items=items)
    print(f"Wrote {args.out} (revision {head.revision}).")
    return 0


def _read_input(path: Path) -> bytes:
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input

    if path.suffix.lower() in (".docm", ".dotm"):
        raise CommandError(
            2,
            f"{path.name} is a document with macros (.docm): PactDesk does not open it. "
            "Save it as a Word document (.docx) and try again. Nothing was imported.",
        )
    with refusing("Nothing was imported."):
        return read_input(path, limits.WORD)


def cmd_import_docx(args: argparse.Namespace) -> int:
    from pactdesk.cli.xlsx_commands import print_plan
    from pactdesk.services import word
    from pactdesk.settings import default_author

    mode = "accept" if args.accept_changes else "reject" if args.reject_changes else None
    raw = _read_input(args.input)
    with open_draft(args.draft, write=not args.dry_run) as draft, refusing("Nothing was imported."):
        found = word.plan_import(draft, raw, name=args.input.name, changes=mode)
        notes = found.notes(draft.framework)
        if args.dry_run:
            print_plan(found.plan, applied=False, document="document")
            for line in notes:
                print(f"  {line}" if not line.endswith(":") else line)
            return 0
        word.apply_import(draft, found, author=default_author(args.author))
    print_plan(found.plan, applied=True, document="document")
    for line in notes:
        print(f"  {line}" if not line.endswith(":") else line)
    if found.plan.conflicts:
        n = len(found.plan.conflicts)
        sys.stderr.write(
            f"note: {n} conflict{'s' if n != 1 else ''} left as the draft had "
            f"{'them' if n != 1 else 'it'}; see above.\n"
        )
    skipped = [u for u in found.unplaced if u.has_answers]
    if skipped:
        n = len(skipped)
        sys.stderr.write(
            f"note: {n} row{'s' if n != 1 else ''} with answers could not be placed and "
            f"{'were' if n != 1 else 'was'} not imported; see above.\n"
        )
    return 0
