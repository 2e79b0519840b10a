"""Test support for signing: an in-memory keyring, and a CA with officials.

The in-memory keyring lives here, in the tests, and never in the package:
keyring discovers every imported backend class, and PactDesk must never
ship one that is not secure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from pactdesk.services import identities as identity_service
from pactdesk.signing import authority, identities


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict, for unit tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


CA_PASSPHRASE = "ca-Pässphrase-Ω-2010"


@dataclass
class Official:
    identity: identities.Identity
    passphrase: str

    @property
    def id(self) -> str:
        return self.identity.id


def make_ca(name: str = "Ministerstwo Sign-off CA") -> authority.CertificateAuthority:
    return authority.create_ca(name=name, passphrase=CA_PASSPHRASE)


def make_official(
    name: str,
    *,
    organisation: str = "Ministerstwo Spraw Wewnętrznych",
    email: str | None = None,
    passphrase: str | None = None,
) -> Official:
    """A person with a certificate from this computer's CA (which must exist)."""
    passphrase = passphrase or f"secret of {name} ζ"
    email = email or name.split()[0].lower().encode("ascii", "ignore").decode() + "@msw.example.pl"
    identity, _request = identities.create_identity(
        name=name, organisation=organisation, email=email, passphrase=passphrase
    )
    identity = identity_service.issue_for_identity(identity.id, ca_passphrase=CA_PASSPHRASE)
    return Official(identity, passphrase)


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from (p for p in root.rglob("*") if p.is_file())
