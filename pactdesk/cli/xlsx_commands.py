"""``export-xlsx`` (with ``--items``/``--assignee``) and ``import-xlsx``: the workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk.cli import CommandError
from pactdesk.cli.draft_commands import open_draft
from pactdesk.cli.errors import refusing

if TYPE_CHECKING:
    from pactdesk.services.workbook import WorkbookImportPlan

#: A workbook bigger than this is not one PactDesk made (a 10x draft's is ~1 MB).
PREVIEW = 70


def register(sub: Any) -> None:
    export = sub.add_parser(
        "export-xlsx", help="the contribution as an Excel workbook a colleague can fill in"
    )
    export.add_argument("draft", type=Path, metavar="DRAFT")
    export.add_argument("out", type=Path, metavar="OUT")
    only = export.add_mutually_exclusive_group()
    only.add_argument("--items", metavar="ITEM,…", help="only these items (II.b, P1.I, III …)")
    only.add_argument("--assignee", metavar="NAME", help="only the items assigned to NAME")
    export.set_defaults(handler=cmd_export_xlsx)

    imp = sub.add_parser(
        "import-xlsx",
        help="bring answers in from a filled workbook (three-way: conflicts are kept, reported)",
    )
    imp.add_argument("draft", type=Path, metavar="DRAFT")
    imp.add_argument("input", type=Path, metavar="IN")
    imp.add_argument(
        "--author",
        help="recorded as the author when the workbook's 'Filled in by' cell is empty",
    )
    imp.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    imp.set_defaults(handler=cmd_import_xlsx)


def chosen_items(draft: Any, args: argparse.Namespace) -> tuple[str, ...]:
    """The items ``--items I.a,II`` or ``--assignee NAME`` name (none: every item).

    Shared by every export that can be made for some items only (workbook, Word).
    """
    from pactdesk.services import exchange

    items = tuple(i for i in (args.items or "").split(",") if i.strip())
    if args.assignee is not None:
        items = tuple(exchange.items_assigned_to(draft, args.assignee))
        if not items:
            raise CommandError(2, f"Nothing is assigned to {args.assignee}; nothing was written.")
    return items


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from pactdesk.outputs import check_output
    from pactdesk.services import workbook

    # Before the draft is even opened: never the draft itself, a folder that exists.
    check_output(args.out, draft=args.draft, what="workbook")
    with open_draft(args.draft, write=False) as draft:
        items = chosen_items(draft, args)
        with refusing("Nothing was written."):
            head = workbook.export_xlsx(draft, args.out, items=items)
    print(f"Wrote {args.out} (revision {head.revision}).")
    return 0


def preview(text: str) -> str:
    flat = " ".join(text.split())
    if not flat:
        return "(empty)"
    return f"\u201c{flat[:PREVIEW]}\u2026\u201d" if len(flat) > PREVIEW else f"\u201c{flat}\u201d"


def print_plan(plan: WorkbookImportPlan, *, applied: bool, document: str = "workbook") -> None:
    """What an import changed (or would change) and its conflicts; shared with import-docx."""
    from pactdesk.services.workbook import display_value

    verb = "changed" if applied else "would change"
    who = f" (filled in by {plan.filled_in_by})" if plan.filled_in_by else ""
    if plan.changes:
        n = len(plan.changes)
        print(f"{plan.name}{who}: {n} field{'s' if n != 1 else ''} {verb}.")
        for change in plan.changes:
            old = display_value(change.key, change.old)
            new = display_value(change.key, change.new)
            if change.deletion:
                print(f"  {change.label}: DELETED in the workbook (the draft has {preview(old)})")
            else:
                print(f"  {change.label}: {preview(old)} \u2192 {preview(new)}")
    else:
        print(f"{plan.name}{who}: nothing {'changed' if applied else 'to change'}.")
    if plan.conflicts:
        n = len(plan.conflicts)
        print(f"{n} conflict{'s' if n != 1 else ''}: the draft's text was kept.")
        for conflict in plan.conflicts:
            print(f"  {conflict.label}: {conflict.reason}.")
            draft_text = display_value(conflict.key, conflict.draft_value)
            workbook_text = display_value(conflict.key, conflict.workbook_value)
            print(f"      draft:    {preview(draft_text)}")
            print(f"      {document + ':':<9} {preview(workbook_text)}")


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input
    from pactdesk.services import workbook
    from pactdesk.settings import default_author

    with refusing("Nothing was imported."):
        raw = read_input(args.input, limits.WORKBOOK)
    with open_draft(args.draft, write=not args.dry_run) as draft, refusing("Nothing was imported."):
        plan = workbook.plan_import(draft, raw, name=args.input.name)
        if args.dry_run:
            print_plan(plan, applied=False)
            return 0
        workbook.apply_import(draft, plan, author=default_author(args.author))
    print_plan(plan, applied=True)
    if plan.conflicts:
        n = len(plan.conflicts)
        sys.stderr.write(
            f"note: {n} conflict{'s' if n != 1 else ''} left as the draft had "
            f"{'them' if n != 1 else 'it'}; see above.\n"
        )
    return 0
