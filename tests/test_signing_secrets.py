"""Passphrases: the secure keyring, the no-keyring path, and insecure backends refused."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail, null

from pactdesk.services import passphrases
from pactdesk.signing import secrets
from tests.signing_support import MemoryKeyring, memory_keyring  # noqa: F401


class Person:
    """An asker that types from a list and answers the remember question with ``keep``."""

    def __init__(self, typed: list[str] = [], *, keep: bool = False) -> None:  # noqa: B006
        self.typed = iter(typed)
        self.keep = keep
        self.prompts: list[str] = []
        self.remember_asked: list[str] = []
        self.notices: list[str] = []

    def existing(self, prompt: str, *, again: bool) -> str | None:
        self.prompts.append(prompt)
        return next(self.typed, None)

    def new(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        return next(self.typed, None)

    def remember(self, what: str) -> bool:
        self.remember_asked.append(what)
        return self.keep

    def notice(self, text: str) -> None:
        self.notices.append(text)


def obtain(account: str, person: Person, **options):  # type: ignore[no-untyped-def]
    found = passphrases.obtain(account, asker=person, prompt="?", what="it", **options)
    return found.value, found.source


def test_memory_keyring_remembers_and_is_used_first(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    assert secrets.secure_keyring_available()
    assert secrets.no_keyring_notice() is None
    assert secrets.remember_passphrase("identity:abc", "pass-φράση")
    assert memory_keyring.store == {("PactDesk", "identity:abc"): "pass-φράση"}
    person = Person(["typed", "typed"])
    assert obtain("identity:abc", person) == ("pass-φράση", "keyring")
    assert person.prompts == []
    # A stale entry (the check fails) is skipped and the person is asked.
    assert obtain("identity:abc", person, check=lambda p: p == "typed") == ("typed", "typed")
    # Asked whether to keep it, said no: the keyring still has the old entry.
    assert person.remember_asked == ["it"]
    assert secrets.stored_passphrase("identity:abc") == "pass-φράση"
    secrets.forget_passphrase("identity:abc")
    assert secrets.stored_passphrase("identity:abc") is None


def test_environment_variable_wins(memory_keyring: MemoryKeyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    secrets.remember_passphrase("identity:abc", "from keyring")
    monkeypatch.setenv("PD_PASS", "from env")
    assert obtain("identity:abc", Person(), env_var="PD_PASS") == ("from env", "env")
    with pytest.raises(secrets.PassphraseUnavailable):
        obtain("identity:abc", Person(), env_var="PD_UNSET")
    with pytest.raises(secrets.PassphraseUnavailable):
        obtain("identity:abc", Person(), env_var="PD_PASS", check=lambda p: False)


def test_no_keyring_says_so_once_and_asks_each_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(secrets, "_notice_given", False)
    assert not secrets.secure_keyring_available()
    notice = secrets.no_keyring_notice()
    assert notice is not None and "ask for the passphrase each time" in notice
    assert secrets.no_keyring_notice() is None  # once
    assert not secrets.remember_passphrase("identity:abc", "x")
    assert secrets.stored_passphrase("identity:abc") is None
    person = Person(["first", "second"], keep=True)
    for expected in ("first", "second"):
        assert obtain("identity:abc", person) == (expected, "typed")
    # Nothing can be kept, so the person is not even asked whether to keep it.
    assert person.remember_asked == []
    # Nobody to ask (CI, a script) and no variable: a clear refusal, not a hang.
    with pytest.raises(secrets.PassphraseUnavailable, match="--passphrase-env"):
        obtain("identity:abc", Person())


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


def test_new_passphrases_must_be_long_enough() -> None:
    assert passphrases.obtain_new(asker=Person(["long enough 3"]), prompt="?") == "long enough 3"
    with pytest.raises(secrets.PassphraseUnavailable, match="at least 8"):
        passphrases.obtain_new(asker=Person(["short"]), prompt="?")


def test_a_passphrase_is_kept_only_when_the_person_says_yes(
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    for keep in (False, True):
        person = Person(["typed here"], keep=keep)
        found = passphrases.obtain("identity:new", asker=person, prompt="?", what="Zofia's")
        assert found.source == "typed" and found.kept is keep
        assert person.remember_asked == ["Zofia's"]
        assert (secrets.stored_passphrase("identity:new") == "typed here") is keep
