"""``export-pdf``, ``export-xlsx``, ``export-json`` …: one command per registered export format.

The formats and what each command says come from
:data:`pactdesk.services.formats.FORMATS`; a new format appears here
without a change to this file.  The output is checked before the draft is
opened (never the draft itself, a folder that exists), and written by the
format's function through :mod:`pactdesk.outputs`; an
:class:`~pactdesk.outputs.OutputError` ends the command with exit 2 and one
line (:func:`pactdesk.cli.main`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pactdesk.services.formats import FORMATS, ExportFormat, export_format


def register(sub: Any) -> None:
    for fmt in FORMATS:
        if fmt.command_module:
            continue  # that module makes the command, with options of its own
        export = sub.add_parser(f"export-{fmt.id}", help=fmt.help)
        export.add_argument("draft", type=Path, metavar="DRAFT")
        export.add_argument("out", type=Path, metavar="OUT")
        export.set_defaults(handler=cmd_export, format_id=fmt.id)


def cmd_export(args: argparse.Namespace) -> int:
    from pactdesk.cli.draft_commands import open_draft
    from pactdesk.outputs import check_output

    fmt: ExportFormat = export_format(args.format_id)
    out: Path = args.out
    # Before the draft is even opened: a mistyped command must not reach it.
    check_output(out, draft=args.draft, what=fmt.kind)
    with open_draft(args.draft, write=False) as draft:
        head = fmt.export(draft, out)
    print(f"Wrote {out} (revision {head.revision}{fmt.note}).")
    return 0
