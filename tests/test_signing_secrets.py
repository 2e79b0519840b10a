"""Passphrases: the secure keyring, the no-keyring path, and insecure backends refused."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null

from pactdesk.signing import secrets
from tests.signing_support import MemoryKeyring, memory_keyring  # noqa: F401


def test_memory_keyring_remembers_and_is_used_first(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    assert secrets.secure_keyring_available()
    assert secrets.no_keyring_notice() is None
    assert secrets.remember_passphrase("identity:abc", "pass-φράση")
    assert memory_keyring.store == {("PactDesk", "identity:abc"): "pass-φράση"}
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return "typed"

    assert secrets.obtain_passphrase("identity:abc", prompt="?", ask=ask) == (
        "pass-φράση",
        "keyring",
    )
    assert asked == []
    # A stale entry (the check fails) is skipped and the person is asked.
    assert secrets.obtain_passphrase(
        "identity:abc", prompt="?", ask=ask, check=lambda p: p == "typed"
    ) == ("typed", "terminal")
    secrets.forget_passphrase("identity:abc")
    assert secrets.stored_passphrase("identity:abc") is None


def test_environment_variable_wins(memory_keyring: MemoryKeyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    secrets.remember_passphrase("identity:abc", "from keyring")
    monkeypatch.setenv("PD_PASS", "from env")
    assert secrets.obtain_passphrase("identity:abc", prompt="?", env_var="PD_PASS") == (
        "from env",
        "env",
    )
    with pytest.raises(secrets.PassphraseUnavailable):
        secrets.obtain_passphrase("identity:abc", prompt="?", env_var="PD_UNSET")
    with pytest.raises(secrets.PassphraseUnavailable):
        secrets.obtain_passphrase(
            "identity:abc", prompt="?", env_var="PD_PASS", check=lambda p: False
        )


def test_no_keyring_says_so_once_and_asks_each_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(secrets, "_notice_given", False)
    assert not secrets.secure_keyring_available()
    notice = secrets.no_keyring_notice()
    assert notice is not None and "ask for the passphrase each time" in notice
    assert secrets.no_keyring_notice() is None  # once
    assert not secrets.remember_passphrase("identity:abc", "x")
    assert secrets.stored_passphrase("identity:abc") is None
    typed = iter(["first", "second"])
    for expected in ("first", "second"):
        got = secrets.obtain_passphrase("identity:abc", prompt="?", ask=lambda _p: next(typed))
        assert got == (expected, "terminal")
    # No terminal (CI, a script) and no variable: a clear refusal, not a hang.
    monkeypatch.setattr(secrets, "terminal_available", lambda: False)
    with pytest.raises(secrets.PassphraseUnavailable, match="--passphrase-env"):
        secrets.obtain_passphrase("identity:abc", prompt="?")


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backend."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class SneakyKeyring(MemoryKeyring):
    pass


SneakyKeyring.__module__ = "keyrings.alt.Gnome"


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring(), SneakyKeyring()]
)
def test_insecure_backends_are_never_used(backend) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(backend)
    assert not secrets.secure_keyring_available()
    assert not secrets.remember_passphrase("identity:abc", "secret")
    if isinstance(backend, MemoryKeyring):
        assert backend.store == {}
    assert "no secure keyring" in secrets.keyring_description()


def test_a_chain_uses_only_its_secure_member(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends.chainer import ChainerBackend

    plain, secure = PlaintextKeyring(), MemoryKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [plain, secure])
    keyring.set_keyring(ChainerBackend())
    assert secrets.remember_passphrase("identity:abc", "secret")
    assert plain.store == {} and secure.store
    monkeypatch.setattr(ChainerBackend, "backends", [plain])
    assert not secrets.secure_keyring_available()


def test_new_passphrases_are_typed_twice_and_long_enough() -> None:
    typed = iter(["short", "long enough 1", "long enough 2", "long enough 3", "long enough 3"])
    assert secrets.obtain_new_passphrase(prompt="?", ask=lambda _p: next(typed)) == "long enough 3"
