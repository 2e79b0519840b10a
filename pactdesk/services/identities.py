"""Signing identities for the window: which can sign, where their passphrases are, opening one.

A thin service over :mod:`pactdesk.signing.keys` and
:mod:`pactdesk.signing.secrets`, so that the UI reaches keys and the
keyring only through ``pactdesk.services``.

Threading: keyring calls may block (a desktop keyring can show an unlock
prompt) and opening a key costs ~0.1 s (PBKDF2): call :func:`keyring_state`
and :func:`open_signer` from the worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pactdesk.signing import keys, secrets
from pactdesk.signing.keys import Identity, Signer, WrongPassphraseError

__all__ = [
    "Identity",
    "KeyringState",
    "Signer",
    "WrongPassphraseError",
    "keyring_state",
    "open_signer",
    "ready_identities",
]


@dataclass(frozen=True, slots=True)
class KeyringState:
    """Whether a secure keyring is usable, and which identities have a passphrase in it."""

    secure: bool
    description: str
    stored: dict[str, bool] = field(default_factory=dict)


def ready_identities() -> list[Identity]:
    """The identities on this computer that have a certificate, sorted by name."""
    return [identity for identity in keys.list_identities() if identity.ready]


def keyring_state(identity_ids: Iterable[str]) -> KeyringState:
    secure = secrets.secure_keyring_available()
    stored = {
        identity_id: secure
        and secrets.stored_passphrase(secrets.identity_account(identity_id)) is not None
        for identity_id in identity_ids
    }
    return KeyringState(secure, secrets.keyring_description(), stored)


def open_signer(identity_id: str, passphrase: str | None, *, remember: bool = False) -> Signer:
    """Open an identity's key with the typed passphrase, or the keyring's when none is typed.

    ``remember`` keeps a typed passphrase that opened the key in the secure
    keyring (nothing happens without one).  Raises
    :class:`WrongPassphraseError` with a sentence for the person.
    """
    identity = keys.get_identity(identity_id)
    account = secrets.identity_account(identity.id)
    value = passphrase or secrets.stored_passphrase(account)
    if not value:
        raise WrongPassphraseError(f"Type the passphrase of {identity.name}'s identity.")
    try:
        signer = keys.load_signer(identity.id, value)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(f"That passphrase does not open {identity.name}'s key.") from exc
    if passphrase and remember:
        secrets.remember_passphrase(account, passphrase)
    return signer
