"""The support log: written for every command, rotated, and never holding content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pactdesk import logs


@pytest.fixture(autouse=True)
def fresh_log():  # type: ignore[no-untyped-def]
    """Each test opens the log in its own home (earlier in-process commands opened it elsewhere)."""
    logs.stop()
    yield
    logs.stop()


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pactdesk", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PACTDESK_HOME": str(home)},
    )


def test_a_command_is_logged_by_name_and_exit_code_without_its_arguments(tmp_path: Path) -> None:
    home = tmp_path / "home"
    secret_name = tmp_path / "Zażółć-tajny-projekt.pactdesk"
    assert (
        _run(
            home,
            "new",
            str(secret_name),
            "--member-state",
            "PL",
            "--cycle",
            "2010",
            "--author",
            "Jan Kowalski-Marker",
        ).returncode
        == 0
    )
    assert (
        _run(
            home, "ca", "issue", str(tmp_path / "missing.csr"), "--out", str(tmp_path / "x.pem")
        ).returncode
        == 2
    )
    text = (home / "logs" / "pactdesk.log").read_text(encoding="utf-8")
    assert "command new exited 0" in text
    assert "command ca issue exited 2" in text
    assert "start command line: PactDesk" in text
    for leaked in ("Zażółć", "tajny", "Kowalski", "missing.csr", str(tmp_path)):
        assert leaked not in text


def test_a_failure_is_logged_as_type_and_place_never_its_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACTDESK_HOME", str(tmp_path))
    logs.start("test")
    try:
        try:
            raise ValueError("the answer was: zażółć gęślą jaźń")
        except ValueError as error:
            logs.log_failure(error, where="a test")
        text = logs.log_file().read_text(encoding="utf-8")
    finally:
        _close_handlers()
    assert "a test failed: ValueError at test_logs.py:" in text
    assert "zażółć" not in text and "answer was" not in text


def test_the_log_is_rotated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTDESK_HOME", str(tmp_path))
    logs.start("test")
    try:
        for number in range(logs.MAX_BYTES // 40 * (logs.BACKUPS + 2)):
            logs.command_finished(f"status-{number}", 0, 0.01)
    finally:
        _close_handlers()
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["pactdesk.log"] + [f"pactdesk.log.{n}" for n in range(1, logs.BACKUPS + 1)]
    assert all((tmp_path / "logs" / f).stat().st_size <= logs.MAX_BYTES for f in files)


def test_diagnostics_name_the_versions_folders_and_last_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACTDESK_HOME", str(tmp_path))
    logs.start("test")
    try:
        logs.command_finished("export-pdf", 0, 0.5)
        text = logs.diagnostics({"Qt": "6.x"})
    finally:
        _close_handlers()
    assert text.startswith("PactDesk ")
    assert "SQLAlchemy " in text and "Qt: 6.x" in text
    assert f"Log file: {tmp_path / 'logs' / 'pactdesk.log'}" in text
    assert "command export-pdf exited 0" in text


def test_a_profile_where_no_log_can_be_written_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PACTDESK_HOME", str(blocker))
    logs.start("test")
    try:
        logs.command_finished("status", 0, 0.1)  # no error although nothing can be written
    finally:
        _close_handlers()


def _close_handlers() -> None:
    logs.stop()
