"""The command line and the window open a signer by the same function, with one remember policy.

Both faces call :func:`pactdesk.services.identities.open_signer`; a spy on
it records each call and the asker handed over.  A passphrase that opened
the key is kept in the keyring only when the person asked for it: in the
window by ticking "Remember", at the command line with
``--remember-passphrase`` — never silently on either side.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from pactdesk import cli  # noqa: E402
from pactdesk.services import identities as identity_service  # noqa: E402
from pactdesk.signing import secrets  # noqa: E402
from tests.signing_support import MemoryKeyring, make_ca, make_official, memory_keyring  # noqa: E402, F401
from tests.ui.test_signoff_dialog import _open, click_sign, type_text  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def spy(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[tuple[str, object]] = []
    real = identity_service.open_signer

    def recording(identity_id: str, **options):  # type: ignore[no-untyped-def]
        calls.append((identity_id, options["asker"]))
        return real(identity_id, **options)

    monkeypatch.setattr(identity_service, "open_signer", recording)
    return calls


def _stored(official) -> str | None:  # type: ignore[no-untyped-def]
    return secrets.stored_passphrase(secrets.identity_account(official.id))


def test_cli_and_window_share_open_signer_and_its_remember_policy(
    qtbot,
    new_draft,
    memory_keyring: MemoryKeyring,  # noqa: F811
    spy,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    make_ca()
    zofia = make_official("Zofia Żółkiewska", passphrase="hasło Zofii 2010")
    jan = make_official("Jan Kowalski", passphrase="hasło Jana 2010")
    draft = new_draft()
    draft.save("commitment/I.a/actions_undertaken", "Pierwsza wersja.", author="t")
    path = draft.path
    draft.close()
    monkeypatch.setenv("PD_ZOFIA", zofia.passphrase)

    # The command line, not asked to remember: signed, nothing kept.
    argv = ["sign", str(path), "--identity", zofia.id, "--role", "approver"]
    assert cli.main([*argv, "--passphrase-env", "PD_ZOFIA"]) == 0
    assert len(spy) == 1 and _stored(zofia) is None
    # Asked to remember (after an edit, so it can sign again): kept.
    from pactdesk.services.drafts import Draft

    with Draft.open(path) as opened:
        opened.save("commitment/I.a/actions_undertaken", "Druga wersja.", author="t")
    assert cli.main([*argv, "--passphrase-env", "PD_ZOFIA", "--remember-passphrase"]) == 0
    assert len(spy) == 2 and _stored(zofia) == zofia.passphrase

    # The window, same function: "Remember" not ticked, nothing kept.
    from pactdesk.services import sign_offs

    with Draft.open(path) as opened:
        opened.save("commitment/I.a/actions_undertaken", "Trzecia wersja.", author="t")
        dialog = _open(qtbot, opened)
        dialog.identity.setCurrentIndex(dialog.identity.findData(jan.id))
        type_text(dialog.passphrase, jan.passphrase)
        assert dialog.remember.isVisible() and not dialog.remember.isChecked()
        dialog.confirm.setChecked(True)
        with qtbot.waitSignal(dialog.signed, timeout=10000):
            click_sign(qtbot, dialog)
        assert len(spy) == 3 and spy[2][0] == jan.id
        assert _stored(jan) is None
        # Ticked: kept.
        opened.save("commitment/I.a/actions_undertaken", "Czwarta wersja.", author="t")
        dialog = _open(qtbot, opened)
        dialog.identity.setCurrentIndex(dialog.identity.findData(jan.id))
        type_text(dialog.passphrase, jan.passphrase)
        dialog.remember.setFocus()
        qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
        assert dialog.remember.isChecked()
        dialog.confirm.setChecked(True)
        with qtbot.waitSignal(dialog.signed, timeout=10000):
            click_sign(qtbot, dialog)
        assert len(spy) == 4 and _stored(jan) == jan.passphrase
        assert len(sign_offs.list_sign_offs(opened)) == 4
    # The two faces differ only in their asker; the policy object is the services'.
    kinds = {type(asker).__name__ for _id, asker in spy}
    assert kinds == {"TerminalAsker", "TypedAnswers"}


def test_only_the_command_layer_opens_keys() -> None:
    """No face, and no other service, opens a key itself: one opener, one policy.

    (``pactdesk/testing`` makes test keys with known passphrases and is left out.)
    """
    callers = []
    for path in sorted((REPO / "pactdesk").rglob("*.py")):
        if "testing" in path.relative_to(REPO).parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            name = getattr(node, "attr", None) or getattr(node, "id", None)
            if name in {"load_signer", "remember_passphrase", "stored_passphrase"}:
                callers.append(path.relative_to(REPO).as_posix())
    assert set(callers) <= {
        "pactdesk/services/identities.py",
        "pactdesk/services/passphrases.py",
        "pactdesk/signing/identities.py",
        "pactdesk/signing/secrets.py",
    }, callers
