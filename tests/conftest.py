"""Shared fixtures: an isolated PactDesk home, the shipped framework, drafts.

Every test runs with ``PACTDESK_HOME`` in a temporary folder, so nothing a
test does touches the developer's own settings or data, and Qt runs
offscreen on a 1366x768 screen.  Qt's own settings (the file dialog's
history and last folder, in ``QtProject.conf``) go to a folder of the test
run too: a file dialog that remembered a folder of an earlier run behaved
differently from the one on a clean machine.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

from tests.helpers import COMMENT_MARKER

#: Qt's offscreen platform, with the screen of an official's laptop (1366x768) instead of
#: its default 800x800, so that every window test runs at the size people have.
LAPTOP_SCREEN = Path(__file__).resolve().parent / "laptop-screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={LAPTOP_SCREEN}")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="pactdesk-test-config-")


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


# ---------------------------------------------------------------- the logs hold no secret
#: Passphrases the tests use; none may reach a log or any file PactDesk writes for itself.
PASSPHRASES = (
    "Pässphrase",  # signing_support.CA_PASSPHRASE
    "secret of ",  # signing_support.make_official's passphrases
    "Πασφράση",  # the keyring integration test's passphrase
    "hasło-żółw",
    "kωδικός",
    "remote passphrase",
)
#: In the text of every internal comment the comment tests write (tests/helpers.py).
COMMENT_MARKERS = (COMMENT_MARKER,)
#: Answer text typed in the window and written by the tests: in drafts and exports, not logs.
ANSWERS = ("zażółć", "Zażółć", "gęślą")
#: What no log may hold.
LOG_MUST_NOT_HOLD = PASSPHRASES + COMMENT_MARKERS + ANSWERS
#: What no other file PactDesk writes for itself may hold (tests/written_files.py).
OWN_FILES_MUST_NOT_HOLD = PASSPHRASES + COMMENT_MARKERS


@pytest.fixture(scope="session", autouse=True)
def logs_hold_no_secret(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """After the whole run: every PactDesk log written under the run's temporary folders
    (each test's home, every subprocess's) holds none of the passphrases, comment markers
    or answers above; and no other file PactDesk wrote for itself (its temporary files
    beside outputs and drafts, lock sidecars, each home's settings and data, Qt's
    settings) holds a passphrase or a comment marker."""
    yield
    from pactdesk import logs
    from tests import written_files

    logs.stop()
    base = tmp_path_factory.getbasetemp()
    roots = (base, Path(os.environ["XDG_CONFIG_HOME"]))
    found = written_files.holding(written_files.logs(*roots), LOG_MUST_NOT_HOLD)
    others = [p for p in written_files.own_files(*roots) if not p.name.startswith("pactdesk.log")]
    found += written_files.holding(others, OWN_FILES_MUST_NOT_HOLD)
    assert not found, "a log or a temporary file holds a secret or a comment:\n" + "\n".join(found)
