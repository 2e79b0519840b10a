"""Writing a file a person asked for (an export, a bundle, a request) without harming anything.

Every command and every dialog that saves a file the user named goes
through :func:`write_output` (or checks first with :func:`check_output`).
Three promises, kept in this one place:

1. **The output is never one of the files the action reads.**  The target
   is compared with the draft (and its journal, lock and WAL companions) and
   with every input of the command twice: after resolving symbolic links,
   and by device and inode, so that a hard link or a second name for the
   same file on a case-insensitive disk is caught too.
2. **Nothing half-written is ever left.**  The bytes go to a temporary file
   beside the target, are flushed to the disk, and the temporary file is
   renamed over the target (``os.replace``, atomic on one file system).  On
   any failure the temporary file is removed: the target keeps what it had
   (or stays absent) and the draft is untouched.
3. **One plain sentence for every way it can fail** -- a missing folder, a
   folder where the file should be, a read-only place, no permission, a
   full disk -- raised as :class:`OutputError`, which the command line turns
   into exit 2 with one line and a dialog shows as its message.

Qt-free and thread-agnostic: runs on whatever thread calls it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from pactdesk import paths
from pactdesk.fileio import write_atomic

__all__ = [
    "OutputError",
    "check_output",
    "describe_os_error",
    "draft_files",
    "write_output",
]

#: Errors that mean "the disk (or the user's quota, or the file-size limit) is full".
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class OutputError(Exception):
    """The file cannot be written there; nothing was written.  ``str()`` is one sentence."""

    def __init__(self, message: str, *, target: Path) -> None:
        super().__init__(message)
        self.message = message
        self.target = target

    @property
    def summary(self) -> str:
        return self.message


def draft_files(draft: Path) -> tuple[Path, ...]:
    """The draft and the files SQLite and PactDesk keep beside it while it is open."""
    draft = Path(draft)
    return (
        draft,
        draft.with_name(draft.name + "-journal"),
        draft.with_name(draft.name + "-wal"),
        draft.with_name(draft.name + "-shm"),
        paths.lock_path(draft),
    )


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.normcase(Path(path).expanduser().resolve(strict=False)))
    except (OSError, RuntimeError):  # a symlink loop
        return Path(os.path.normcase(os.path.abspath(path)))


def check_output(
    target: Path, *, draft: Path | None = None, reads: Iterable[Path] = (), what: str = "file"
) -> Path:
    """Refuse a target the action must not write; return the real path to write to.

    ``draft`` is the draft the action works on (its companions -- journal,
    lock -- are protected with it); ``reads`` are the other files the action
    reads (an old bundle, a request, trust files…).  Raises
    :class:`OutputError` when the target is one of them (by resolved path or
    by device and inode), is a folder, or lies in a folder that does not
    exist.  The returned path has its symbolic links resolved, so that
    writing replaces the file a link points to, beside it, and keeps the link.
    """
    target = Path(target).expanduser()
    real = _resolved(target)
    target_id = _identity(target)
    draft_paths = draft_files(draft) if draft is not None else ()
    protected = [(p, True) for p in draft_paths] + [(Path(p), False) for p in reads]
    for source, is_draft in protected:
        source_id = _identity(source)
        same_file = target_id is not None and source_id is not None and source_id == target_id
        if not (same_file or _resolved(source) == real):
            continue
        alias = (
            ""
            if os.path.abspath(target) == os.path.abspath(source)
            else (f" ({target} is another name for it)")
        )
        if is_draft:
            what_it_is = (
                f"the draft {source.name} itself"
                if source == draft_paths[0]
                else f"{source.name}, which the draft keeps beside it"
            )
            raise OutputError(
                f"That is {what_it_is}{alias}: choose another name for the {what}. "
                "Nothing was written.",
                target=target,
            )
        raise OutputError(
            f"This action reads {source.name}{alias}; it will not write the {what} over it: "
            "choose another name. Nothing was written.",
            target=target,
        )
    if real.is_dir():
        raise OutputError(
            f"{target} is a folder; give the name of the {what} to write. Nothing was written.",
            target=target,
        )
    if not real.parent.is_dir():
        folder = target.parent if str(target.parent) not in ("", ".") else Path.cwd()
        raise OutputError(
            f"There is no folder {folder} to write {target.name} into. Nothing was written.",
            target=target,
        )
    return real


def describe_os_error(exc: OSError, target: Path, *, what: str = "file") -> str:
    """One sentence an official understands for why ``target`` could not be written."""
    folder = target.parent
    code = exc.errno
    if code in _FULL:
        return (
            f"There is not enough room on the disk for {target.name}: free some space or "
            "choose another place. Nothing was written."
        )
    if code == errno.EROFS:
        return f"{folder} is on a read-only disk: choose another place. Nothing was written."
    if code in (errno.EACCES, errno.EPERM):
        return (
            f"You may not write in {folder} (no permission): choose another place. "
            "Nothing was written."
        )
    if code == errno.ENOENT:
        return f"There is no folder {folder} to write {target.name} into. Nothing was written."
    if code in (errno.EISDIR,):
        return f"{target} is a folder; give the name of the {what} to write. Nothing was written."
    if code in (errno.ENAMETOOLONG, errno.EINVAL):
        return (
            f"{target.name} is not a name this computer accepts for a file: choose a shorter "
            "or simpler name. Nothing was written."
        )
    reason = exc.strerror or type(exc).__name__
    return f"{target} cannot be written ({reason.lower()}). Nothing was written."


def write_output(
    target: Path,
    data: bytes,
    *,
    draft: Path | None = None,
    reads: Iterable[Path] = (),
    what: str = "file",
) -> None:
    """Check ``target`` (:func:`check_output`) and write ``data`` there atomically.

    Raises :class:`OutputError`; then the target is as it was and no
    temporary file is left beside it.
    """
    target = Path(target).expanduser()
    real = check_output(target, draft=draft, reads=reads, what=what)
    try:
        # An export replaces a file with the same permissions; a new one is readable
        # as any file the user saves (a private temporary file would stay private).
        mode = os.stat(real).st_mode & 0o777 if real.exists() else 0o644
        write_atomic(real, data, create_folders=False, mode=mode)
    except OSError as exc:
        raise OutputError(describe_os_error(exc, target, what=what), target=target) from exc
