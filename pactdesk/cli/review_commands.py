"""``comment add|list|resolve``, ``review``, ``reviews``, ``diff``, ``restore``.

Comments and review states are internal to the draft: no export carries
them.  Items and fields are named as :mod:`pactdesk.domain.fields` names
them (``II.b``, ``P1.I``, ``II.b/actions_undertaken``).  A revision is a
history event's number (``pactdesk status`` shows the head); ``0`` is the
empty draft.  Bad input exits 2 with one line, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pactdesk.cli import CommandError
from pactdesk.cli.draft_commands import open_draft
from pactdesk.cli.errors import refusing

REVIEW_STATES = ("drafting", "ready", "changes-requested", "approved")


def register(sub: Any) -> None:
    comment = sub.add_parser("comment", allow_abbrev=False, help="internal comments on items")
    c_sub = comment.add_subparsers(dest="comment_command", metavar="ACTION", required=True)

    add = c_sub.add_parser("add", allow_abbrev=False, help="comment on an item (or answer one)")
    add.add_argument("draft", type=Path, metavar="DRAFT")
    add.add_argument("item", metavar="ITEM", help="P1.I, I (an area), II.b …")
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--field", metavar="FIELD", help="e.g. II.b/actions_undertaken")
    add.add_argument("--span", metavar="START:END", help="characters of the field's text")
    add.add_argument("--reply-to", type=int, metavar="ID", help="answer comment ID")
    add.add_argument("--author")
    add.set_defaults(handler=cmd_comment_add)

    listing = c_sub.add_parser("list", allow_abbrev=False, help="the comments, thread by thread")
    listing.add_argument("draft", type=Path, metavar="DRAFT")
    listing.add_argument("--open", action="store_true", help="only threads still open")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_comment_list)

    resolve = c_sub.add_parser("resolve", allow_abbrev=False, help="resolve a comment's thread")
    resolve.add_argument("draft", type=Path, metavar="DRAFT")
    resolve.add_argument("id", type=int, metavar="ID")
    resolve.add_argument("--author")
    resolve.set_defaults(handler=cmd_comment_resolve)

    review = sub.add_parser("review", help="set an item's review state")
    review.add_argument("draft", type=Path, metavar="DRAFT")
    review.add_argument("item", metavar="ITEM")
    review.add_argument(
        "state", choices=REVIEW_STATES, metavar="STATE", help="|".join(REVIEW_STATES)
    )
    review.add_argument("--author")
    review.set_defaults(handler=cmd_review)

    reviews = sub.add_parser("reviews", help="every item's review state and who it waits for")
    reviews.add_argument("draft", type=Path, metavar="DRAFT")
    reviews.add_argument("--json", action="store_true")
    reviews.set_defaults(handler=cmd_reviews)

    diff = sub.add_parser("diff", help="what changed between two revisions, word by word")
    diff.add_argument("draft", type=Path, metavar="DRAFT")
    start = diff.add_mutually_exclusive_group(required=True)
    start.add_argument("--from", dest="from_rev", type=int, metavar="REV")
    start.add_argument("--since", choices=("export", "sign-off", "submission"))
    diff.add_argument("--to", dest="to_rev", type=int, metavar="REV", help="default: the head")
    diff.add_argument("--item", metavar="ITEM")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=cmd_diff)

    restore = sub.add_parser("restore", help="bring back a field's text from an earlier revision")
    restore.add_argument("draft", type=Path, metavar="DRAFT")
    restore.add_argument("field", metavar="FIELD")
    restore.add_argument("--revision", type=int, required=True, metavar="REV")
    restore.add_argument("--author")
    restore.set_defaults(handler=cmd_restore)


def _span(raw: str | None) -> tuple[int, int] | None:
    if raw is None:
        return None
    try:
        start, end = (int(part) for part in raw.split(":", 1))
    except ValueError as exc:
        raise CommandError(
            2, f"--span is START:END in characters, such as 0:12, not {raw!r}."
        ) from exc
    return start, end


def cmd_comment_add(args: argparse.Namespace) -> int:
    from pactdesk.services import review
    from pactdesk.settings import default_author

    span = _span(args.span)
    with open_draft(args.draft, write=True) as draft, refusing("Nothing was changed."):
        made = review.add_comment(
            draft,
            args.item,
            args.text,
            author=default_author(args.author),
            field=args.field,
            span=span,
            reply_to=args.reply_to,
        )
    what = f"answer {made.id} to comment {made.reply_to}" if made.reply_to else f"comment {made.id}"
    print(f"Added {what} on {made.field or made.item}.")
    return 0


def cmd_comment_list(args: argparse.Namespace) -> int:
    from pactdesk.services import review

    with open_draft(args.draft, write=False) as draft:
        found = review.comments(draft, open_only=args.open)
    if args.json:
        print(json.dumps({"comments": [c.to_json() for c in found]}, ensure_ascii=False, indent=1))
        return 0
    if not found:
        print("No open comments." if args.open else "No comments.")
        return 0
    for c in found:
        indent = "    " if c.reply_to else ""
        where = c.field or c.item
        if c.quote:
            where += f' on "{c.quote}"'
        state = "open" if c.open else f"resolved by {c.resolved_by}"
        head = "answer" if c.reply_to else state
        print(f"{indent}#{c.id} {where} — {c.author}, {c.at[:16].replace('T', ' ')} ({head})")
        print(f"{indent}    {c.text}")
    return 0


def cmd_comment_resolve(args: argparse.Namespace) -> int:
    from pactdesk.services import review
    from pactdesk.settings import default_author

    with open_draft(args.draft, write=True) as draft, refusing("Nothing was changed."):
        done = review.resolve_comment(draft, args.id, author=default_author(args.author))
    print(f"Resolved comment {done.id} on {done.field or done.item} and its answers.")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from pactdesk.services import review
    from pactdesk.settings import default_author

    with open_draft(args.draft, write=True) as draft, refusing("Nothing was changed."):
        states = review.set_review_state(
            draft, args.item, args.state, author=default_author(args.author)
        )
    for state in states:
        print(
            f"{state.item}: {state.label} (by {state.by}, {str(state.at)[:16].replace('T', ' ')})"
        )
    return 0


def cmd_reviews(args: argparse.Namespace) -> int:
    from pactdesk.services import review

    with open_draft(args.draft, write=False) as draft:
        states = review.review_states(draft)
    if args.json:
        print(json.dumps({"items": [s.to_json() for s in states]}, ensure_ascii=False, indent=1))
        return 0
    for s in states:
        waits = (
            f" — waits for the {s.waits_for}"
            if s.waits_for in ("reviewer", "writer")
            else (f" — waits for {s.waits_for}" if s.waits_for else "")
        )
        who = f" (by {s.by}, {str(s.at)[:10]})" if s.by else ""
        print(f"{s.item}: {s.label}{who}{waits}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from pactdesk.services import review

    with open_draft(args.draft, write=False) as draft:
        start = args.from_rev if args.since is None else review.resolve_revision(draft, args.since)
        result = review.compare(draft, start, args.to_rev, item=args.item)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return 0
    n = len(result.changes)
    print(
        f"Revision {result.from_revision} → {result.to_revision}: "
        f"{n} field{'s' if n != 1 else ''} changed."
    )
    for merged in result.merges:
        print(merged.describe())
    for change in result.changes:
        print(f"\n{change.field} — {change.title}")
        for text in change.removed:
            print(f"  - removed: {text.strip()}")
        for text in change.added:
            print(f"  + added:   {text.strip()}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pactdesk.services import review
    from pactdesk.settings import default_author

    with open_draft(args.draft, write=True) as draft:
        with refusing("Nothing was changed."):
            changed = review.restore(
                draft, args.field, args.revision, author=default_author(args.author)
            )
        head = draft.head()
    if changed:
        print(
            f"Restored {args.field} as it was at revision {args.revision} "
            f"(now revision {head.revision})."
        )
    else:
        print(f"{args.field} already reads as it did at revision {args.revision}; nothing changed.")
    return 0
