"""Test support for signing: an in-memory keyring, and a CA with officials.

The in-memory keyring lives here, in the tests, and never in the package:
keyring discovers every imported backend class, and PactDesk must never
ship one that is not secure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

# One definition, shared with the bundle generator (pactdesk.testing.bundles).
from pactdesk.testing.officials import CA_PASSPHRASE, Official, make_ca, make_official


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


__all__ = ["CA_PASSPHRASE", "MemoryKeyring", "Official", "files_under", "make_ca", "make_official"]


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from (p for p in root.rglob("*") if p.is_file())
