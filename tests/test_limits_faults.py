"""Faults of the computer: one clear line, exit 2, never a traceback, nothing lost.

A real read-only disk and a real full disk (small tmpfs mounts, when the
tests run as root; skipped otherwise), a file-size limit (RLIMIT_FSIZE), no
permission (a process without root's rights), a folder where a file
should be, a file that vanishes while it is read, a file locked by another
program (SQLite's own lock taken by another connection; Windows' sharing
violation by its error number).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import REPO
from xlsx_support import run

from pactdesk import fileio
from pactdesk.db.store import integrity_check
from pactdesk.domain import limits
from pactdesk.testing.drafts import create_draft
from pactdesk.testing.samples import full_items

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(
    *args: object, env: dict[str, str] | None = None, **popen: object
) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.update(env or {})
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "pactdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=full,
        cwd=REPO,
        timeout=120,
        stdin=subprocess.DEVNULL,
        **popen,
    )


def _one_line(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert lines, result.stdout
    return lines[0]


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    if not ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)])
    if done.returncode != 0:
        pytest.skip("this machine does not let the tests mount a tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def contribution(tmp_path: Path) -> Path:
    """A contribution file that changes every answer of a new draft."""
    with create_draft(tmp_path / "source.pactdesk") as draft:
        draft.save_many(full_items(draft.framework, words=60), author="test")
    out = tmp_path / "c.json"
    assert _cli("export-json", tmp_path / "source.pactdesk", out).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    document.pop("draft")
    out.write_text(json.dumps(document), "utf-8")
    return out


def test_a_read_only_disk_reads_and_says_why_it_cannot_save(tmp_path, contribution) -> None:
    with _tmpfs(tmp_path / "disk", "8m") as disk:
        path = disk / "draft.pactdesk"
        create_draft(path).close()
        before = _digest(path)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)

        status = _cli("status", path)
        assert status.returncode == 1, status.stderr  # the empty draft has findings
        assert "Traceback" not in status.stderr
        assert status.stderr.splitlines()[0] == (
            "note: draft.pactdesk is on a read-only disk or in a read-only folder: "
            "it can be read, not saved."
        )
        assert "Completeness" in status.stdout or "Errors" in status.stdout
        exported = _cli("export-json", path, tmp_path / "out.json")
        assert exported.returncode in (0, 2)
        assert "Traceback" not in exported.stderr

        first = _one_line(_cli("import-json", path, contribution))
        assert first == (
            "pactdesk import-json: draft.pactdesk is on a read-only disk or in a read-only "
            "folder: it cannot be saved. Nothing was changed."
        )
        assert _digest(path) == before


def test_a_full_disk_refuses_the_save_in_one_line_and_keeps_the_draft(
    tmp_path, contribution
) -> None:
    with _tmpfs(tmp_path / "disk", "1m") as disk:
        path = disk / "draft.pactdesk"
        create_draft(path).close()
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        os.close(fd)
        before = _digest(path)

        status = _cli("status", path)
        assert status.returncode == 1 and "Traceback" not in status.stderr, status.stderr

        first = _one_line(_cli("import-json", path, contribution))
        assert first == (
            "pactdesk import-json: There is no space left on the disk of draft.pactdesk: "
            "this change was not saved; what was saved before is kept. Nothing was imported."
        )
        assert _digest(path) == before
        assert integrity_check(path) == "ok"
        assert not (disk / "draft.pactdesk.lock").exists()
        filler.unlink()
        assert _cli("import-json", path, contribution).returncode == 0


def test_a_file_size_limit_refuses_the_save_in_one_line(tmp_path, contribution) -> None:
    path = tmp_path / "draft.pactdesk"
    create_draft(path).close()
    before = _digest(path)
    limit = path.stat().st_size + 4096

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    first = _one_line(_cli("import-json", path, contribution, preexec_fn=small_files))
    assert first.startswith("pactdesk import-json: The disk refused to write draft.pactdesk")
    assert first.endswith(
        "this change was not saved; what was saved before is kept. Nothing was imported."
    )
    assert _digest(path) == before
    assert integrity_check(path) == "ok"


def _without_rights(*args: object) -> subprocess.CompletedProcess[str]:
    """``pactdesk ARGS`` as root without the right to override file permissions."""
    return subprocess.run(
        [
            "capsh",
            "--drop=cap_dac_override,cap_dac_read_search",
            "--",
            "-c",
            'exec "$0" "$@"',
            sys.executable,
            "-m",
            "pactdesk",
            *map(str, args),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.skipif(
    not ROOT or shutil.which("capsh") is None, reason="needs root and capsh to drop rights"
)
def test_no_permission(tmp_path, contribution) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = folder / "draft.pactdesk"
    create_draft(path).close()
    before = _digest(path)
    path.chmod(0o444)
    folder.chmod(0o555)

    status = _without_rights("status", path)
    assert status.returncode == 1 and "Traceback" not in status.stderr, status.stderr
    assert status.stderr.splitlines()[0] == (
        "note: You may not change draft.pactdesk or its folder (no permission): "
        "it can be read, not saved."
    )
    first = _one_line(_without_rights("import-json", path, contribution))
    assert first == (
        "pactdesk import-json: You may not change draft.pactdesk or its folder "
        "(no permission): it cannot be saved. Nothing was changed."
    )
    assert _digest(path) == before

    contribution.chmod(0o000)
    other = tmp_path / "mine.pactdesk"
    create_draft(other).close()
    first = _one_line(_without_rights("import-json", other, contribution))
    assert first == (
        f"pactdesk import-json: You may not read {contribution} (no permission). "
        "Nothing was imported."
    )


def test_a_folder_where_a_file_should_be(tmp_path, capsys) -> None:
    draft = tmp_path / "draft.pactdesk"
    create_draft(draft).close()
    folder = tmp_path / "folder.json"
    folder.mkdir()
    before = _digest(draft)
    code, _, err = run(capsys, "import-json", draft, folder)
    assert code == 2
    assert err.splitlines()[0] == (
        f"pactdesk import-json: {folder} is a folder, not a contribution file. "
        "Nothing was imported."
    )
    for command in ("import-xlsx", "import-docx"):
        code, _, err = run(capsys, command, draft, folder)
        assert code == 2 and "is a folder, not a PactDesk" in err.splitlines()[0], err
    assert _digest(draft) == before
    code, _, err = run(capsys, "status", tmp_path)
    assert code == 2
    assert err.splitlines() == [f"pactdesk status: {tmp_path} is a folder, not a PactDesk draft."]


def test_a_file_that_vanishes_while_it_is_read(tmp_path, monkeypatch) -> None:
    source = tmp_path / "c.json"
    source.write_text("{}", "utf-8")

    def gone(path: object, mode: str = "r") -> object:
        Path(str(path)).unlink()
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))

    monkeypatch.setattr(fileio, "open", gone, raising=False)
    with pytest.raises(fileio.InputError) as caught:
        fileio.read_input(source, limits.CONTRIBUTION_JSON)
    assert caught.value.summary == f"{source} was moved or deleted while PactDesk was reading it."


def test_a_file_locked_by_another_program_on_windows(tmp_path, monkeypatch) -> None:
    source = tmp_path / "c.json"
    source.write_text("{}", "utf-8")

    def locked(path: object, mode: str = "r") -> object:
        error = PermissionError(errno.EACCES, "The process cannot access the file", str(path))
        error.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION
        raise error

    monkeypatch.setattr(fileio, "open", locked, raising=False)
    with pytest.raises(fileio.InputError) as caught:
        fileio.read_input(source, limits.CONTRIBUTION_JSON)
    assert caught.value.summary == (
        f"{source} is locked by another program (it is open there): close it there and try again."
    )


def test_a_draft_locked_by_another_program(tmp_path, contribution) -> None:
    path = tmp_path / "draft.pactdesk"
    create_draft(path).close()
    before = _digest(path)
    other = sqlite3.connect(str(path), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        first = _one_line(_cli("import-json", path, contribution))
        assert first.startswith("pactdesk import-json: draft.pactdesk is locked by another program")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _digest(path) == before
