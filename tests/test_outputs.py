"""No export destroys the draft: every command that writes a file the user named.

Each case is tried as a careless user would, through the command line: the
output pointed at the draft itself (by its name, another spelling of the
path, a hard link, a symbolic link), at a file the command reads, at a
missing folder, an existing folder, a read-only place, a place without
permission and a full disk.  Every refusal is exit 2 with one line on
stderr, the draft's bytes (SHA-256) are the same before and after, nothing
is left at the target (an existing target keeps its bytes) and no
temporary file is left beside it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pactdesk.cli import main as cli_main
from pactdesk.domain.contribution import ACTIONS, answer_key
from pactdesk.outputs import OutputError, check_output, describe_os_error, write_output
from tests.bundle_support import SUBMITTER_PASSPHRASE_ENV, SignedDraft, make_signed_draft
from tests.bundle_support import pactdesk_home as home_at
from tests.helpers import REPO

EXPORTS = ("export-json", "export-xlsx", "export-pdf")
#: Every command that writes a file from the draft, as (argv before OUT, argv after OUT).
WRITERS = {
    **{command: ((command,), ()) for command in EXPORTS},
    "bundle": (("bundle",), ("--preview",)),
    "sign-request export": (("sign-request", "export"), ()),
}


def writer(name: str, draft: Path, target: Path) -> list[object]:
    before, after = WRITERS[name]
    return [*before, draft, target, *after]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def draft_path(new_draft) -> Path:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save(answer_key("I.a", ACTIONS), "Ustawa o cudzoziemcach z 2009 r.", author="t")
    draft.close()
    return draft.path


def refused(capsys: pytest.CaptureFixture[str], draft: Path, *argv: object, says: str = "") -> str:
    """Run a command that must be refused: exit 2, one line, the draft's bytes the same."""
    before = sha256(draft)
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Nothing was written" in err
    assert says in lines[0], lines[0]
    assert sha256(draft) == before, "a refused command changed the draft"
    assert leftovers(draft.parent) == []
    return lines[0]


# -- the draft itself, by every name ----------------------------------------------------------


@pytest.mark.parametrize("command", EXPORTS)
def test_an_export_onto_the_draft_is_refused(capsys, draft_path: Path, command: str) -> None:  # type: ignore[no-untyped-def]
    refused(capsys, draft_path, command, draft_path, draft_path, says="the draft")


@pytest.mark.parametrize("command", EXPORTS)
def test_an_export_onto_a_hard_link_or_a_symlink_of_the_draft_is_refused(
    capsys, draft_path: Path, command: str
) -> None:  # type: ignore[no-untyped-def]
    hard = draft_path.with_name("copy.json")
    os.link(draft_path, hard)
    soft = draft_path.with_name("link.pdf")
    soft.symlink_to(draft_path)
    other = draft_path.parent / "sub"
    other.mkdir()
    spelled = other / ".." / draft_path.name
    for target in (hard, soft, spelled):
        line = refused(capsys, draft_path, command, draft_path, target, says="the draft")
        if target != spelled:
            assert "another name for it" in line
    assert soft.is_symlink() and hard.stat().st_ino == draft_path.stat().st_ino


def test_the_files_beside_the_draft_are_protected_too(capsys, draft_path: Path) -> None:  # type: ignore[no-untyped-def]
    lock = draft_path.with_name(draft_path.name + ".lock")
    refused(capsys, draft_path, "export-json", draft_path, lock, says="keeps beside it")
    journal = draft_path.with_name(draft_path.name + "-journal")
    refused(capsys, draft_path, "export-pdf", draft_path, journal, says="keeps beside it")
    assert not journal.exists(), "a hot journal would be rolled into the draft"


def test_a_file_that_is_not_a_draft_is_not_overwritten_by_its_own_export(
    capsys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "letter.pactdesk"
    letter.write_text("Dear colleagues, please find attached…", encoding="utf-8")
    refused(capsys, letter, "export-json", letter, letter, says="the draft")
    assert letter.read_text(encoding="utf-8").startswith("Dear colleagues")


def test_a_bundle_onto_the_draft_is_refused_before_any_passphrase(
    capsys, draft_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    refused(capsys, draft_path, "bundle", draft_path, draft_path, "--preview", says="the draft")
    refused(
        capsys, draft_path, "bundle", draft_path, draft_path, "--identity", "x", says="the draft"
    )
    old = tmp_path / "old.asice"
    assert run(capsys, "bundle", draft_path, old, "--preview")[0] == 0
    old_bytes = old.read_bytes()
    refused(
        capsys,
        draft_path,
        "bundle",
        draft_path,
        old,
        "--preview",
        "--supersedes",
        old,
        says="reads old.asice",
    )
    assert old.read_bytes() == old_bytes
    ca = tmp_path / "ca.pem"
    ca.write_bytes(b"not read: refused first")
    refused(
        capsys,
        draft_path,
        "bundle",
        draft_path,
        ca,
        "--preview",
        "--trust",
        ca,
        says="reads ca.pem",
    )


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SignedDraft, Path]]:
    home = tmp_path_factory.mktemp("outputs-home")
    with home_at(home):
        yield make_signed_draft(home / "work", sign_via_request=False), home


def test_a_signed_bundle_onto_the_draft_is_refused(
    capsys, signed: tuple[SignedDraft, Path], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    draft, home = signed
    monkeypatch.setenv("PACTDESK_HOME", str(home))
    monkeypatch.setenv(SUBMITTER_PASSPHRASE_ENV, draft.submitter.passphrase)
    hard = draft.path.with_name("bundle.asice")
    os.link(draft.path, hard)
    for target in (draft.path, hard):
        refused(
            capsys,
            draft.path,
            "bundle",
            draft.path,
            target,
            "--identity",
            draft.submitter.id,
            "--passphrase-env",
            SUBMITTER_PASSPHRASE_ENV,
            says="the draft",
        )
    hard.unlink()
    # The same call to a proper name makes the bundle: the refusal was only the name.
    out = draft.path.with_name("PL-2010.asice")
    code, _out, err = run(
        capsys,
        "bundle",
        draft.path,
        out,
        "--identity",
        draft.submitter.id,
        "--passphrase-env",
        SUBMITTER_PASSPHRASE_ENV,
    )
    assert code == 0, err
    assert out.read_bytes().startswith(b"PK")


def test_sign_off_request_files_never_overwrite_what_they_read(
    capsys, draft_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    refused(capsys, draft_path, "sign-request", "export", draft_path, draft_path, says="the draft")
    hard = tmp_path / "request.pdsignreq"
    os.link(draft_path, hard)
    refused(capsys, draft_path, "sign-request", "export", draft_path, hard, says="the draft")
    hard.unlink()
    request = tmp_path / "request.pdsignreq"
    assert run(capsys, "sign-request", "export", draft_path, request)[0] == 0
    before = sha256(request)
    for argv in (
        (
            "sign-request",
            "sign",
            request,
            "--identity",
            "x",
            "--role",
            "approver",
            "--out",
            request,
        ),
        ("sign-request", "show", request, "--pdf", request),
        ("ca", "issue", request, "--out", request),
    ):
        refused(capsys, draft_path, *argv, says="reads request.pdsignreq")
        assert sha256(request) == before


# -- places that cannot take the file -------------------------------------------------------


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_missing_folder_and_an_existing_folder_are_refused_alike(
    capsys, draft_path: Path, tmp_path: Path, command: str
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no" / "such" / "out.file"
    refused(capsys, draft_path, *writer(command, draft_path, missing), says="There is no folder")
    assert not (tmp_path / "no").exists(), "a missing folder was made"
    folder = tmp_path / "exports"
    folder.mkdir()
    refused(capsys, draft_path, *writer(command, draft_path, folder), says="is a folder")
    assert list(folder.iterdir()) == []


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A small RAM disk at ``folder`` (root only)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        raise OSError(errno.EPERM, done.stderr.decode(errors="replace").strip())
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe = Path(tempfile.mkdtemp(prefix="pactdesk-mount-probe-"))
    try:
        with tmpfs(probe, "size=16k"):
            return True
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()


MOUNT = can_mount()


def _full_items(draft_path: Path) -> None:
    """Fill the draft, so that every export is far bigger than a 64 KB disk."""
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.samples import full_items

    with Draft.open(draft_path) as draft:
        draft.save_many(full_items(draft.framework), author="t")


@pytest.mark.skipif(not MOUNT, reason="a real full disk needs a tmpfs mount (root); see below")
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_full_disk_is_one_clear_line_and_leaves_nothing(
    capsys, draft_path: Path, tmp_path: Path, command: str
) -> None:  # type: ignore[no-untyped-def]
    _full_items(draft_path)
    with tmpfs(tmp_path / "small", "size=64k") as disk:
        (disk / "earlier.out").write_bytes(b"the earlier export")
        target = disk / "earlier.out"
        refused(capsys, draft_path, *writer(command, draft_path, target), says="not enough room")
        assert target.read_bytes() == b"the earlier export"
        assert leftovers(disk) == []
        new = disk / "new.out"
        refused(capsys, draft_path, *writer(command, draft_path, new), says="not enough room")
        assert not new.exists() and leftovers(disk) == []


def _cli_with_file_size_limit(limit: int, *argv: object) -> subprocess.CompletedProcess[str]:
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from pactdesk.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, argv)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("command", ["export-json", "export-pdf"])
def test_a_file_size_limit_is_a_full_disk_too(
    draft_path: Path, tmp_path: Path, command: str
) -> None:
    """EFBIG (the process's file-size limit), by a real limit in a child process; any user.

    Not the workbook: openpyxl lays each sheet out in a temporary file first,
    which the limit stops before the export is written (the tmpfs test above
    fills the target's own disk instead).
    """
    _full_items(draft_path)
    before = sha256(draft_path)
    target = tmp_path / "out" / "export.file"
    target.parent.mkdir()
    done = _cli_with_file_size_limit(32 * 1024, command, draft_path, target)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "not enough room" in lines[0], done.stderr
    assert sha256(draft_path) == before
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not MOUNT, reason="a read-only place needs a read-only mount (root)")
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_read_only_disk_is_one_clear_line(
    capsys, draft_path: Path, tmp_path: Path, command: str
) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "ro", "ro,size=64k") as disk:
        refused(capsys, draft_path, *writer(command, draft_path, disk / "x.out"), says="read-only")


def _as_nobody() -> list[str] | None:
    """The command prefix that runs a child as an unprivileged user, when we are root."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]


@pytest.mark.parametrize("command", EXPORTS)
def test_a_folder_without_permission_is_one_clear_line(command: str) -> None:
    """chmod 555 on the folder; root ignores it, so as root the child runs as nobody."""
    prefix = _as_nobody()
    if os.geteuid() == 0 and prefix is None:
        pytest.skip("root ignores permissions and setpriv is missing to drop them")
    prefix = prefix or []
    base = Path(tempfile.mkdtemp(prefix="pactdesk-perm-"))
    try:
        base.chmod(0o755)
        home = base / "home"
        home.mkdir()
        home.chmod(0o777)
        work = base / "work"
        work.mkdir()
        work.chmod(0o777)
        from pactdesk.testing.drafts import create_draft

        draft = create_draft(work / "d.pactdesk", member_state="PL", language="pl")
        draft.close()
        (work / "d.pactdesk").chmod(0o666)
        closed = base / "closed"
        closed.mkdir()
        closed.chmod(0o555)
        before = sha256(work / "d.pactdesk")
        env = dict(os.environ, PACTDESK_HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
        done = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "pactdesk",
                command,
                str(work / "d.pactdesk"),
                str(closed / "x.out"),
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "no permission" in lines[0], done.stderr
        assert sha256(work / "d.pactdesk") == before
        assert list(closed.iterdir()) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)


# -- the module itself --------------------------------------------------------------------


def test_a_failed_write_leaves_the_target_and_no_temporary_file(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    target.write_bytes(b"before")

    def fail(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutputError) as caught:
        write_output(target, b"after")
    assert "cannot be written" in caught.value.message
    assert target.read_bytes() == b"before"
    assert leftovers(tmp_path) == []


def test_a_symlinked_target_is_written_through_and_keeps_its_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_output(link, b"new", draft=tmp_path / "d.pactdesk")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert oct(real.stat().st_mode & 0o777) == oct(0o644)


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.ENOSPC, "not enough room"),
        (errno.EDQUOT, "not enough room"),
        (errno.EFBIG, "not enough room"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "no permission"),
        (errno.EPERM, "no permission"),
        (errno.ENOENT, "There is no folder"),
        (errno.ENAMETOOLONG, "not a name"),
    ],
)
def test_every_way_of_failing_has_its_own_plain_sentence(code: int, says: str) -> None:
    message = describe_os_error(OSError(code, os.strerror(code)), Path("/x/out.pdf"))
    assert says in message and message.endswith("Nothing was written.")


def test_check_output_returns_the_real_path(tmp_path: Path) -> None:
    check: Callable[..., Path] = check_output
    assert check(tmp_path / "a" / ".." / "b.pdf") == (tmp_path / "b.pdf").resolve()
