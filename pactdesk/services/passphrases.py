"""The one passphrase policy of PactDesk, for the command line and the window alike.

Where a passphrase comes from, how often the person is asked, and when one
is kept in the operating system's keyring are decided here, once; the two
faces differ only in *how* they ask the person, an :class:`Asker` (the
terminal's in :mod:`pactdesk.cli.prompts`, the dialog's typed fields in
:mod:`pactdesk.ui.dialogs.passphrase`).  So an official gets the same
behaviour whichever face they use.

A passphrase for an existing key is taken, in this order, from

1. the environment variable named by ``--passphrase-env VAR`` (scripts;
   never the passphrase itself as an argument),
2. the secure keyring (an entry that no longer opens the key is skipped),
3. the person, through the asker, with ``attempts`` tries.

**Remember policy: ask, never save silently.**  A passphrase that did not
come from the keyring is kept there only when a secure keyring is usable
*and* the person said yes (:meth:`Asker.remember`: the window's "Remember
the passphrase" box, the command line's ``--remember-passphrase`` or its
yes/no question at a terminal).  Where no secure keyring is usable the
person is told once (:meth:`Asker.notice`) and asked each time.

Threading: keyring calls may block (an unlock prompt); the window calls
these from its worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from pactdesk.signing import secrets
from pactdesk.signing.secrets import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseUnavailable,
    check_new_passphrase,
)

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "Asker",
    "Passphrase",
    "PassphraseUnavailable",
    "check_new_passphrase",
    "keep_if_asked",
    "kept_sentence",
    "obtain",
    "obtain_new",
]


class Asker(Protocol):
    """How one face asks the person; every method may be called from a worker thread."""

    def existing(self, prompt: str, *, again: bool) -> str | None:
        """The passphrase typed for ``prompt``; ``again`` after a wrong one. None: cannot ask."""

    def new(self, prompt: str) -> str | None:
        """A new passphrase (typed twice where the face can); None: cannot ask."""

    def remember(self, what: str) -> bool:
        """Whether the person wants ``what`` (e.g. "the CA's passphrase") kept in the keyring."""

    def notice(self, text: str) -> None:
        """Tell the person something once (no secure keyring is usable)."""


@dataclass(frozen=True, slots=True)
class Passphrase:
    """A passphrase that opened its key, where it came from, and whether it is now kept."""

    value: str = field(repr=False)
    source: str  # "env", "keyring" or "typed"
    kept: bool


def kept_sentence(kept: bool) -> str:
    """What the person is told after a passphrase was typed or chosen."""
    if kept:
        return "The passphrase is kept in " + secrets.keyring_description() + "."
    return "The passphrase is not kept anywhere: PactDesk will ask for it each time."


def keep_if_asked(account: str, value: str, *, asker: Asker, what: str) -> bool:
    """The remember policy itself: keep ``value`` only with a secure keyring and a yes."""
    if not secrets.secure_keyring_available():
        return False
    if not asker.remember(what):
        return False
    return secrets.remember_passphrase(account, value)


def _notice(asker: Asker) -> None:
    text = secrets.no_keyring_notice()
    if text:
        asker.notice(text)


def obtain(
    account: str | None,
    *,
    asker: Asker,
    prompt: str,
    what: str,
    env_var: str | None = None,
    check: Callable[[str], bool] | None = None,
    attempts: int = 3,
    wrong: str = "The passphrase does not open the key.",
) -> Passphrase:
    """A passphrase for an existing key (see the module's order and remember policy).

    ``check`` tells whether a passphrase opens the key.  ``account`` None:
    nothing is looked up or kept (a PKCS#12 file's password).  Raises
    :class:`PassphraseUnavailable` with a sentence for the person.
    """
    if env_var:
        value = secrets.from_environment(env_var)
        if check is not None and not check(value):
            raise PassphraseUnavailable(f"The passphrase in {env_var} does not open the key.")
        kept = account is not None and keep_if_asked(account, value, asker=asker, what=what)
        return Passphrase(value, "env", kept)
    if account is not None:
        stored = secrets.stored_passphrase(account)
        if stored is not None and (check is None or check(stored)):
            return Passphrase(stored, "keyring", True)
        _notice(asker)
    for attempt in range(max(1, attempts)):
        typed = asker.existing(prompt, again=attempt > 0)
        if typed is None:
            if attempt:
                raise PassphraseUnavailable(wrong)
            raise PassphraseUnavailable(
                "No passphrase: none is stored in a secure keyring and there is nobody to "
                "ask; scripts pass --passphrase-env VAR."
            )
        if check is None or check(typed):
            kept = account is not None and keep_if_asked(account, typed, asker=asker, what=what)
            return Passphrase(typed, "typed", kept)
    raise PassphraseUnavailable(
        wrong if attempts <= 1 else f"The passphrase was wrong {attempts} times."
    )


def obtain_new(*, asker: Asker, prompt: str, env_var: str | None = None) -> str:
    """A passphrase for a new key, long enough; keep it afterwards with :func:`keep_if_asked`."""
    if env_var:
        value = secrets.from_environment(env_var)
    else:
        _notice(asker)
        typed = asker.new(prompt)
        if typed is None:
            raise PassphraseUnavailable(
                "Nobody to ask for a new passphrase; scripts pass --passphrase-env VAR."
            )
        value = typed
    secrets.check_new_passphrase(value)
    return value
