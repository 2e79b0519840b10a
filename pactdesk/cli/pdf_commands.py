"""``export-pdf``: the contribution as a PDF laid out like the Commission's Annex."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pactdesk.cli import CommandError


def register(sub: Any) -> None:
    export = sub.add_parser(
        "export-pdf", help="the contribution as a PDF, laid out like the Commission's Annex"
    )
    export.add_argument("draft", type=Path, metavar="DRAFT")
    export.add_argument("out", type=Path, metavar="OUT")
    export.set_defaults(handler=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from pactdesk.cli.draft_commands import open_draft
    from pactdesk.services import pdf_export

    out: Path = args.out
    if out.is_dir():
        raise CommandError(2, f"{out} is a folder; give the PDF file's name.")
    if not out.parent.is_dir():
        raise CommandError(2, f"There is no folder {out.parent} to write {out.name} into.")
    with open_draft(args.draft, write=False) as draft:
        try:
            head = pdf_export.export_pdf(draft, out)
        except OSError as exc:
            raise CommandError(2, f"Cannot write {out}: {exc.strerror or exc}.") from exc
    print(f"Wrote {out} (revision {head.revision}, marked DRAFT).")
    return 0
