"""``pactdesk --self-check``: the whole path once, in a temporary home; the user's untouched.

The same check of the *built* program (PyInstaller) is in test_installer_build.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _self_check(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pactdesk", "--self-check", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "PACTDESK_HOME": str(home)},
    )


def test_the_self_check_passes_and_touches_nothing_of_the_users(tmp_path: Path) -> None:
    home = tmp_path / "users-own-home"
    home.mkdir()
    (home / "marker").write_text("the user's own profile")
    done = _self_check("--keep", str(tmp_path / "kept"), home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("PactDesk self-check in ")
    steps = [line for line in lines if line.startswith("  ok ")]
    assert len(steps) == 13 and "All 13 steps passed" in done.stdout
    assert "export the Word document: " in done.stdout and "reads back unchanged" in done.stdout
    assert "verify the bundle: valid, signers trusted" in done.stdout
    assert "open the window (off screen): shown in " in done.stdout
    # Nothing was written into the user's own home (settings, identities, log, keyring).
    assert sorted(p.name for p in home.rglob("*")) == ["marker"]
    kept = sorted(p.name for p in (tmp_path / "kept").iterdir())
    assert kept == sorted(
        [
            "self-check.pactdesk",
            "self-check.json",
            "self-check.xlsx",
            "self-check.pdf",
            "self-check.docx",
            "self-check-ca.pem",
            "self-check.asice",
        ]
    )
    # The temporary folder is gone.
    work = Path(lines[0].split(" in ", 1)[1].split(" (", 1)[0])
    assert not work.exists()


def test_keep_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "something.txt").write_text("x")
    done = _self_check("--keep", str(kept), home=tmp_path / "home")
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"pactdesk --self-check: {kept} is not empty; name a new or empty folder to keep "
        "the outputs in."
    )
    assert sorted(p.name for p in kept.iterdir()) == ["something.txt"]
