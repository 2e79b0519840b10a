"""Shared fixtures: an isolated PactDesk home, the shipped framework, drafts.

Every test runs with ``PACTDESK_HOME`` in a temporary folder, so nothing a
test does touches the developer's own settings or data, and Qt runs
offscreen.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def pactdesk_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PACTDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's own keyring.

    In this process and in every subprocess a test starts, keyring's
    placeholder backend (which refuses everything) is selected; a test that
    wants a keyring sets an in-memory one (``tests/signing_support.py``) or
    starts its own Secret Service.
    """
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def framework():  # type: ignore[no-untyped-def]
    from pactdesk.frameworks import shipped_framework

    return shipped_framework("pact-2010")


@pytest.fixture
def new_draft(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A factory for new drafts, closed at the end of the test."""
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.drafts import create_draft

    opened: list[Draft] = []

    def make(name: str = "draft.pactdesk", member_state: str = "PL", language: str = "pl") -> Draft:
        draft = create_draft(tmp_path / name, member_state=member_state, language=language)
        opened.append(draft)
        return draft

    yield make
    for draft in opened:
        with contextlib.suppress(Exception):
            draft.close()


@pytest.fixture(scope="session")
def postgresql_server():  # type: ignore[no-untyped-def]
    """A private PostgreSQL cluster for the whole run (tests/postgresql_support.py)."""
    from tests.postgresql_support import running_server

    with running_server() as server:
        yield server
