"""``pactdesk``: the window without a command, the command line with one."""

from __future__ import annotations

import sys
import time

#: Process start, as near as Python lets us see it: ``--smoke`` counts from here.
STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--self-check"]:
        return _self_check(args[1:])
    if args[:1] == ["compare"]:  # the Commission's desk: a window, so not a CLI command
        from pactdesk.ui.compare.launch import launch_compare

        return launch_compare(args[1:])
    if _plainly_window(args):  # without building the command line's parser (~40 ms)
        from pactdesk.ui.launch import launch

        return int(launch(args, started=STARTED))
    from pactdesk import cli

    if _wants_window(args, cli.command_names()):
        from pactdesk.ui.launch import launch

        return int(launch(args, started=STARTED))
    return cli.main(args)


def _self_check(rest: list[str]) -> int:
    import argparse
    from pathlib import Path

    from pactdesk.cli import self_check

    parser = argparse.ArgumentParser(
        prog="pactdesk --self-check",
        description="Check the installed program end to end in a temporary folder "
        "(your own drafts, settings and keyring are not touched).",
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="an empty folder to keep the outputs in"
    )
    options = parser.parse_args(rest)
    return self_check.run(keep=options.keep)


def _plainly_window(args: list[str]) -> bool:
    """The window, whatever the commands are: no argument, ``--smoke``, or a draft's path.

    A command's name is one word of letters and hyphens: an argument with a
    dot or a path separator in it (``PL.pactdesk``, ``drafts/PL``) names a draft.
    """
    if not args or args[0] == "--smoke":
        return True
    first = args[0]
    return not first.startswith("-") and any(c in first for c in "./\\")


def _wants_window(args: list[str], commands: set[str]) -> bool:
    if not args:
        return True
    first = args[0]
    if first in ("-h", "--help"):
        return False
    return first == "--smoke" or first not in commands and not first.startswith("-")


if __name__ == "__main__":
    sys.exit(main())
