"""Writing files so that a crash or an error never leaves half of one.

Files the user names (exports, bundles, requests) go through
:mod:`pactdesk.outputs`, which checks the target first and builds on this.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


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
