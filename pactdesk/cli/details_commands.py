"""``details``: the contribution's ministry and contact point (shown on the PDF's cover)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pactdesk.cli.errors import refusing

#: option -> field of :class:`pactdesk.domain.contribution.ContributionDetails`
OPTIONS = {
    "ministry": "--ministry",
    "contact_name": "--contact-name",
    "contact_email": "--contact-email",
    "contact_phone": "--contact-phone",
}


def register(sub: Any) -> None:
    details = sub.add_parser(
        "details",
        help="the ministry and contact point the contribution names (without options: show them)",
    )
    details.add_argument("draft", type=Path, metavar="DRAFT")
    details.add_argument("--ministry", metavar="NAME", help="the ministry that sends it")
    details.add_argument("--contact-name", metavar="NAME", help="the contact point's name")
    details.add_argument("--contact-email", metavar="ADDRESS", help="the contact point's e-mail")
    details.add_argument("--contact-phone", metavar="NUMBER", help="the contact point's telephone")
    details.add_argument("--author")
    details.set_defaults(handler=cmd_details)


def _show(details: Any) -> None:
    from pactdesk.domain.contribution import DETAIL_FIELDS, DETAIL_LABELS

    for name in DETAIL_FIELDS:
        value = getattr(details, name)
        print(f"{DETAIL_LABELS[name].capitalize() + ':':<20} {value or '(not given)'}")


def cmd_details(args: argparse.Namespace) -> int:
    from pactdesk.cli.draft_commands import open_draft
    from pactdesk.services.details import details_of, save_details, with_changes
    from pactdesk.settings import default_author

    changes = {name: getattr(args, name) for name in OPTIONS}
    writing = any(value is not None for value in changes.values())
    with open_draft(args.draft, write=writing) as draft:
        current = details_of(draft)
        if not writing:
            _show(current)
            return 0
        wanted = with_changes(current, **changes)
        if wanted == current:
            print(f"{args.draft.name}: the details were already these; nothing changed.")
            _show(current)
            return 0
        with refusing("Nothing was changed."):
            result = save_details(draft, wanted, author=default_author(args.author))
    print(
        f"Saved the details of {args.draft.name} (revision {result.head.revision}); "
        "any sign-off made before now is outdated."
    )
    _show(wanted)
    return 0
