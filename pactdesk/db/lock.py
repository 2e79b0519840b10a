"""One writer per draft: an operating-system lock on a sidecar file.

The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows, both held
by the process and released by the kernel when it ends, however it ends: a
killed PactDesk never leaves a draft locked.  The sidecar holds who has the
draft open (process, host, user, since) so that the second process can say
so; it holds nothing of the draft and is removed on a clean close.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO


class DraftLockedError(RuntimeError):
    """Another process has the draft open for writing."""

    def __init__(self, draft: Path, holder: str) -> None:
        super().__init__(
            f"{draft.name} is open in another PactDesk ({holder}). "
            "Close it there, or open it read-only."
        )
        self.draft = draft
        self.holder = holder


@dataclass
class DraftLock:
    path: Path
    handle: IO[str]

    def release(self) -> None:
        try:
            _unlock(self.handle)
        finally:
            # On a full disk the holder text never left the buffer: closing retries it
            # and fails again, but closes the file all the same.
            with contextlib.suppress(OSError):
                self.handle.close()
            with contextlib.suppress(OSError):
                self.path.unlink()


def _describe_holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        return f"process {info['pid']} of {info['user']} on {info['host']}, since {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def acquire(draft: Path, lock_file: Path) -> DraftLock:
    """Take the draft's lock or raise :class:`DraftLockedError` at once.

    An ``OSError`` (a read-only folder, no permission, a full disk) means the
    lock file cannot be made: the caller decides (:func:`pactdesk.db.store.open_store`
    opens the draft read-only and says why).
    """
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    handle = os.fdopen(fd, "r+", encoding="utf-8")
    if not _try_lock(handle):
        handle.close()
        raise DraftLockedError(draft, _describe_holder(lock_file))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": user,
        "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    # Write the holder's description without truncating first (truncation would
    # drop the Windows byte lock); the lock itself is what counts, not the text.
    # On a full disk the description cannot be written: the lock holds all the
    # same, and the other process then says "another process".
    with contextlib.suppress(OSError):
        handle.seek(0)
        handle.write(json.dumps(info).ljust(256))
        handle.flush()
    return DraftLock(lock_file, handle)
