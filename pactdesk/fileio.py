"""Writing files so that a crash or an error never leaves half of one.

Files the user names (exports, bundles, requests) go through
:mod:`pactdesk.outputs`, which checks the target first and builds on this.
Files the user names to read go through :func:`read_input`, which checks
their size before reading and says in one sentence why one cannot be read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Protocol


def write_atomic(
    path: Path, data: bytes, *, create_folders: bool = True, mode: int | None = None
) -> None:
    """Write ``data`` to a temporary file beside ``path``, sync it, then rename it over.

    On any failure the temporary file is removed and ``path`` is as it was.
    ``create_folders`` makes missing parent folders (PactDesk's own data
    folders); files the user named never get folders made for them.  The
    file is private to the user (``0600``) unless ``mode`` says otherwise.
    """
    path = Path(path)
    if create_folders:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        if mode is not None and os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- reading a file a person named -------------------------------------------------------


class InputKind(Protocol):
    """What a door reads (:class:`pactdesk.domain.limits.FileKind`): its name and size limit."""

    @property
    def what(self) -> str: ...

    @property
    def max_bytes(self) -> int: ...


class InputError(Exception):
    """A file that cannot be read, or is too large to be read; ``str()`` is one sentence."""

    def __init__(self, summary: str, *, path: Path, too_large: bool = False) -> None:
        super().__init__(summary)
        self.summary = summary
        self.path = path
        #: Refused by its size (nothing of it was read), not by a fault of the computer.
        self.too_large = too_large


#: Windows refuses to open a file another program holds open without sharing:
#: ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33).
_LOCKED_WINERRORS = {32, 33}


def describe_read_error(exc: OSError, path: Path, *, what: str, vanished: bool = False) -> str:
    """One sentence an official understands for why ``path`` could not be read."""
    if getattr(exc, "winerror", None) in _LOCKED_WINERRORS or exc.errno in (
        errno.EBUSY,
        errno.ETXTBSY,
    ):
        return (
            f"{path} is locked by another program (it is open there): close it there and try again."
        )
    if exc.errno == errno.ENOENT:
        if vanished:
            return f"{path} was moved or deleted while PactDesk was reading it."
        return f"There is no file at {path}."
    if exc.errno == errno.EISDIR:
        return f"{path} is a folder, not {what}."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"You may not read {path} (no permission)."
    if exc.errno == errno.ENOTDIR:
        return f"There is no file at {path} (a part of the path is a file, not a folder)."
    reason = exc.strerror or type(exc).__name__
    return f"{path} cannot be read ({reason.lower()})."


def _sizes(size: int, limit: int) -> tuple[str, str]:
    """A size and a limit in MB, or in bytes where the MB would read the same."""
    mib = 1024 * 1024
    if size // mib == limit // mib:
        return f"{size:,} bytes", f"{limit:,} bytes"
    return f"{size // mib:,} MB", f"{limit // mib:,} MB"


def read_input(path: Path, kind: InputKind) -> bytes:
    """The bytes of a file a person named, or :class:`InputError` with one sentence.

    The size is checked from ``stat`` before anything is read, so a file far
    larger than ``kind`` can be is refused without being loaded; a folder, a
    missing file, one without permission or locked by another program, one
    that vanishes while it is read: each has its own sentence.
    """
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(describe_read_error(exc, path, what=kind.what), path=path) from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path} is a folder, not {kind.what}.", path=path)
    if st.st_size > kind.max_bytes:
        size, limit = _sizes(st.st_size, kind.max_bytes)
        raise InputError(
            f"{path.name} is {size}, more than {kind.what} can be "
            f"({limit}): refused without reading it.",
            path=path,
            too_large=True,
        )
    try:
        with open(path, "rb") as handle:
            # Read at most one byte past the limit: a file that grew meanwhile is refused too.
            data = handle.read(kind.max_bytes + 1)
    except OSError as exc:
        raise InputError(
            describe_read_error(exc, path, what=kind.what, vanished=True), path=path
        ) from exc
    if len(data) > kind.max_bytes:
        raise InputError(
            f"{path.name} is more than {kind.what} can be "
            f"({kind.max_bytes // (1024 * 1024):,} MB): refused.",
            path=path,
            too_large=True,
        )
    return data


def describe_fault(exc: OSError) -> str:
    """One sentence for a fault of the computer met while working (not a named input).

    A full disk, a read-only one, no permission, a file that vanished: what
    the command line prints instead of a traceback.
    """
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"There is no space left on the disk{where}: free some space and try again."
    if exc.errno == errno.EFBIG:
        return f"A file became larger than this computer allows{where}."
    if exc.errno == errno.EROFS:
        return f"The disk is read-only{where}: nothing can be written there."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"PactDesk may not use a file it needs{where} (no permission)."
    if exc.errno == errno.ENOENT:
        return f"A file PactDesk was working with is no longer there{where}."
    if getattr(exc, "winerror", None) in _LOCKED_WINERRORS:
        return f"A file is locked by another program{where}: close it there and try again."
    reason = exc.strerror or type(exc).__name__
    return f"The computer refused an operation{where}: {reason.lower()}."
