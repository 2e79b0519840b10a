"""The no-keyring path at a real terminal: said once, and the passphrase asked each time.

Runs the command line in a pseudo-terminal (the standard library's ``pty``),
as an official at a terminal would: it reads the prompts and types answers.
"""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

from pactdesk.services.drafts import Draft
from tests.helpers import REPO

pty = pytest.importorskip("pty")

CA_PW = "ca passphrase at the terminal"
PW = "zofia's passphrase ż"
NOTICE = "No secure keyring is usable on this computer"


def run_at_terminal(
    args: list[str | Path],
    answers: list[tuple[str, str]],
    env: dict[str, str],
    timeout: float = 60,
) -> tuple[int, str]:
    """``python -m pactdesk ARGS`` on a pseudo-terminal, answering each prompt in turn."""
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes the command, the pty its terminal
        os.chdir(REPO)
        os.execve(sys.executable, [sys.executable, "-m", "pactdesk", *map(str, args)], env)
    output = b""
    searched = 0
    pending = list(answers)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _w, _x = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
        text = output.decode("utf-8", "replace")
        if pending:
            found = text.find(pending[0][0], searched)
            if found >= 0:
                os.write(fd, (pending[0][1] + "\n").encode("utf-8"))
                searched = found + len(pending[0][0])
                pending.pop(0)
    else:
        os.kill(pid, 9)
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    assert not pending, f"never asked {pending[0][0]!r}: {output!r}"
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_without_a_keyring_the_terminal_is_asked_each_time(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.endswith("_PW")}
    env.update(
        PACTDESK_HOME=str(tmp_path / "home"), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    code, out = run_at_terminal(
        ["ca", "create", "--name", "MSW CA"],
        [("New passphrase for the CA", CA_PW), ("Type it again", CA_PW)],
        env,
    )
    assert code == 0, out
    assert out.count(NOTICE) == 1 and CA_PW not in out  # nothing echoed
    code, out = run_at_terminal(
        [
            "identity",
            "create",
            "--name",
            "Zofia Żółkiewska",
            "--organisation",
            "MSW",
            "--email",
            "zofia@msw.example.pl",
        ],
        [
            ("New passphrase for Zofia", "short"),  # too short: asked again
            ("New passphrase for Zofia", PW),
            ("Type it again", PW),
            ("Passphrase of the CA", "a wrong one"),
            ("Passphrase of the CA", CA_PW),
        ],
        env,
    )
    assert code == 0, out
    assert "does not open the key" in out and "not kept anywhere" in out
    identity = out.strip().splitlines()[-1].strip()
    draft = tmp_path / "pl.pactdesk"
    code, out = run_at_terminal(["new", draft, "--member-state", "PL", "--cycle", "2010"], [], env)
    assert code == 0, out
    for text in ("Pierwsza wersja.", "Druga wersja."):  # asked each time: nothing remembered
        with Draft.open(draft) as opened:
            opened.save("commitment/I.a/actions_undertaken", text, author="Anna")
        code, out = run_at_terminal(
            ["sign", draft, "--identity", identity, "--role", "approver"],
            [("Passphrase of Zofia", PW)],
            env,
        )
        assert code == 0, out
        assert out.count(NOTICE) == 1 and "signed off revision" in out and PW not in out
    for path in (tmp_path / "home").rglob("*"):
        if path.is_file():
            assert PW.encode() not in path.read_bytes() and CA_PW.encode() not in path.read_bytes()
