"""Asking at the terminal: the command line's face of the one passphrase policy.

:class:`TerminalAsker` is the command line's
:class:`~pactdesk.services.passphrases.Asker`: passphrases are typed with
``getpass`` (nothing echoed), a new one twice; what goes wrong is said on
stderr.  Whether a passphrase is kept in the keyring is asked, never
assumed: ``--remember-passphrase`` says yes up front (scripts), else the
person is asked at the terminal, and without a terminal nothing is kept.
Every signing command gets its passphrase options from
:func:`passphrase_option` and its asker from :func:`asker_for`.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from pactdesk.services.passphrases import PassphraseUnavailable, check_new_passphrase


def terminal_available() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def passphrase_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--passphrase-env VAR`` and ``--remember-passphrase`` for a command that needs a key."""
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=f"the environment variable holding {what} (for scripts; never an argument)",
    )
    parser.add_argument(
        "--remember-passphrase",
        action="store_true",
        help="keep the passphrase in the operating system's keyring (asked at a terminal "
        "otherwise; never kept without a yes)",
    )


class TerminalAsker:
    """Asks at the terminal; never echoes a passphrase."""

    def __init__(self, *, remember: bool = False, ask_to_remember: bool = True) -> None:
        self._remember = remember
        self._ask_to_remember = ask_to_remember

    def existing(self, prompt: str, *, again: bool) -> str | None:
        if not terminal_available():
            return None
        if again:
            sys.stderr.write("That passphrase does not open the key.\n")
        return getpass.getpass(prompt)

    def new(self, prompt: str) -> str | None:
        if not terminal_available():
            return None
        for _ in range(3):
            first = getpass.getpass(prompt)
            try:
                check_new_passphrase(first)
            except PassphraseUnavailable as exc:
                sys.stderr.write(f"{exc}\n")
                continue
            if getpass.getpass("Type it again: ") == first:
                return first
            sys.stderr.write("The two passphrases differ.\n")
        raise PassphraseUnavailable("No passphrase was agreed on.")

    def remember(self, what: str) -> bool:
        if self._remember:
            return True
        if not (self._ask_to_remember and terminal_available()):
            return False
        sys.stderr.write(f"Keep {what} in the operating system's keyring? [y/N] ")
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().casefold()
        return answer in {"y", "yes"}

    def notice(self, text: str) -> None:
        sys.stderr.write(f"note: {text}\n")


def asker_for(args: argparse.Namespace) -> TerminalAsker:
    """The asker for a command's options: a script (``--passphrase-env``) is never asked."""
    return TerminalAsker(
        remember=bool(getattr(args, "remember_passphrase", False)),
        ask_to_remember=not getattr(args, "passphrase_env", None),
    )
