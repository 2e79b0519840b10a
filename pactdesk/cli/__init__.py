"""The command line: the same core as the window, for scripts and tests.

Conventions (README, "The command line"): exit 0 done; 1 a check came out negative; 2 the
input or the call was bad, and then nothing was written.  On 1 and 2 stderr
starts with one line saying what is wrong; details follow under it.

Each ``*_commands`` module registers its sub-commands; handlers import the
services they need when they run, so that ``pactdesk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from typing import NoReturn

#: Modules that register sub-commands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "pactdesk.cli.draft_commands",
    "pactdesk.cli.xlsx_commands",
    "pactdesk.cli.docx_commands",
    "pactdesk.cli.export_commands",
    "pactdesk.cli.signing_commands",
    "pactdesk.cli.bundle_commands",
    "pactdesk.cli.compile_commands",
    "pactdesk.cli.exchange_commands",
    "pactdesk.cli.review_commands",
    "pactdesk.cli.details_commands",
)

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """Ends a command with an exit code, a one-line message and optional details."""

    def __init__(self, code: int, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = list(details)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # The first line says what is wrong; the usage follows under it.
        sys.stderr.write(f"{self.prog}: {_without_values(message)}\n")
        self.print_usage(sys.stderr)
        raise SystemExit(2)


def _without_values(message: str) -> str:
    """argparse repeats unknown arguments; show their option names, never their values.

    Someone who types ``--passphrase SECRET`` must not see the secret echoed
    into a terminal log or a CI transcript.
    """
    prefix = "unrecognized arguments: "
    if not message.startswith(prefix):
        return message
    shown = [
        word.split("=", 1)[0] if word.startswith("-") else "…"
        for word in message[len(prefix) :].split()
    ]
    return prefix + " ".join(shown)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pactdesk",
        description="Draft, check, sign off and submit a contribution on the "
        "European Pact on Immigration and Asylum.  Without a command, opens the window.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:  # noqa: SLF001 - argparse keeps them here
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    from pactdesk import logs

    logs.start("command line")
    began = time.perf_counter()
    code = _run(handler, args)
    logs.command_finished(_command_name(args), code, time.perf_counter() - began)
    return code


def _command_name(args: argparse.Namespace) -> str:
    """``ca issue`` rather than ``ca``: the sub-command's words, never its arguments."""
    words = [str(args.command)]
    words += [
        value
        for name, value in sorted(vars(args).items())
        if name.endswith("_command") and isinstance(value, str) and value.isidentifier()
    ]
    return " ".join(words)


def _refuse(args: argparse.Namespace, line: str, details: Sequence[str]) -> None:
    """The first line, then at most the first 50 details and how many more there are."""
    from pactdesk.domain.limits import listed

    sys.stderr.write(f"pactdesk {args.command}: {line}\n")
    for detail in listed(list(details)):
        sys.stderr.write(f"  {detail}\n")


def _run(handler: Handler, args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except CommandError as error:
        _refuse(args, error.message, error.details)
        return error.code
    except KeyboardInterrupt:
        sys.stderr.write(f"pactdesk {args.command}: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as error:
        from pactdesk.cli.errors import exit_code, first_line_and_details

        code = exit_code(error)
        if code is None and isinstance(error, OSError):
            # A fault of the computer (a disk, a file that went away), not a bug: one line.
            from pactdesk.fileio import describe_fault

            _refuse(args, describe_fault(error), ())
            return 2
        if code is None:  # not a refusal the core makes: a bug, logged and shown
            from pactdesk import logs

            logs.log_failure(error, where=f"pactdesk {args.command}")
            raise
        line, details = first_line_and_details(error)
        _refuse(args, line, details)
        return code
