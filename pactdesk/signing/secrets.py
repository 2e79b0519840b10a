"""Passphrases: from the operating system's keyring, an environment variable, or the person.

Private keys stay on disk encrypted; only the passphrases that open them are
kept, and only in a *secure* keyring (Windows Credential Manager, the macOS
Keychain, a Secret Service such as GNOME Keyring or KWallet).  Backends that
store secrets in a plain or merely obfuscated file (``keyrings.alt``'s
Plaintext and file keyrings, ``keyrings.cryptfile``) and the placeholder
backends (``fail``, ``null``) are never used, even when they are installed
and selected: PactDesk then behaves as if there were no keyring, says so
plainly once, and asks for the passphrase each time.

Passphrases are kept under the service ``PactDesk`` and an account such as
``identity:3f2a…`` or ``ca:91bc…``.  The order in which a passphrase is
looked for (a variable, the keyring, the person) and when one is remembered
is the one policy of :mod:`pactdesk.services.passphrases`; asking the person
is the face's business (the terminal in :mod:`pactdesk.cli.prompts`, a
dialog's field in the window).

Threading: keyring calls may block (a desktop keyring can show an unlock
prompt); the GUI calls these from its worker thread.
"""

from __future__ import annotations

import contextlib
import os
import re
from typing import Any

SERVICE = "PactDesk"

#: A new passphrase must be at least this long.
MIN_PASSPHRASE_LENGTH = 8

_INSECURE_MODULE_PREFIXES = (
    "keyrings.alt",
    "keyrings.cryptfile",
    "keyring.backends.fail",
    "keyring.backends.null",
)

_notice_given = False
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")


class PassphraseUnavailable(Exception):
    """No passphrase could be had (no variable, nothing stored, nobody to ask)."""


def identity_account(identity_id: str) -> str:
    return f"identity:{identity_id}"


def ca_account(ca_id: str) -> str:
    return f"ca:{ca_id}"


def is_secure_backend(backend: Any) -> bool:
    """False for file-based, plaintext and placeholder backends (see the module's docstring)."""
    cls = type(backend)
    module = cls.__module__
    if any(module == p or module.startswith(p + ".") for p in _INSECURE_MODULE_PREFIXES):
        return False
    lowered = cls.__name__.lower()
    if "plaintext" in lowered or "file" in lowered or "null" in lowered:
        return False
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return False  # resolved into its members by _secure_backend()
    try:
        return float(cls.priority) > 0
    except Exception:  # a backend raises when it cannot work here
        return False


def _secure_backend() -> Any | None:
    import keyring
    from keyring.backends.chainer import ChainerBackend

    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, ChainerBackend):
        # The chain writes to its first member that accepts; use the best
        # secure member directly so that no secret can land in an insecure one.
        for member in backend.backends:
            if is_secure_backend(member):
                return member
        return None
    return backend if is_secure_backend(backend) else None


def secure_keyring_available() -> bool:
    """True when a secure keyring backend is selected and usable on this computer."""
    return _secure_backend() is not None


def keyring_description() -> str:
    """Which keyring is in use, or why none is, in words for the person."""
    backend = _secure_backend()
    if backend is not None:
        try:
            name = str(type(backend).name)
        except Exception:
            name = type(backend).__name__
        return f"the operating system's keyring ({name})"
    try:
        import keyring

        current = keyring.get_keyring()
        name = f"{type(current).__module__}.{type(current).__name__}"
    except Exception:
        name = "none"
    return f"no secure keyring is usable on this computer (found: {name})"


def no_keyring_notice() -> str | None:
    """The plain sentence to show once per session when no secure keyring is usable.

    Returns ``None`` when a secure keyring is there, or when the sentence was
    already handed out in this process.
    """
    global _notice_given
    if _notice_given or secure_keyring_available():
        return None
    _notice_given = True
    return (
        "No secure keyring is usable on this computer, so PactDesk cannot remember "
        "passphrases: it will ask for the passphrase each time."
    )


def stored_passphrase(account: str) -> str | None:
    """The passphrase kept in the secure keyring for ``account``, if any."""
    backend = _secure_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, account)
    except Exception:
        return None
    return value if isinstance(value, str) and value else None


def remember_passphrase(account: str, passphrase: str) -> bool:
    """Keep the passphrase in the secure keyring; False when there is none (nothing written)."""
    backend = _secure_backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, account, passphrase)
    except Exception:
        return False
    return True


def forget_passphrase(account: str) -> None:
    backend = _secure_backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        backend.delete_password(SERVICE, account)


def from_environment(variable: str) -> str:
    if not _ENV_NAME.match(variable):
        # Never echo it: someone may have typed the passphrase itself here.
        raise PassphraseUnavailable(
            "--passphrase-env takes the NAME of an environment variable that holds the "
            "passphrase, not the passphrase itself."
        )
    value = os.environ.get(variable)
    if value is None:
        raise PassphraseUnavailable(f"The environment variable {variable} is not set.")
    if not value:
        raise PassphraseUnavailable(f"The environment variable {variable} is empty.")
    return value


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseUnavailable(
            f"A passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters."
        )
