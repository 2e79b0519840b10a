"""Where a draft lives: network shares, synchronised folders, local working copies, who has it.

A draft is one SQLite file locked to one writer (:mod:`pactdesk.db.lock`).
File locks are not reliable on network shares (SMB/CIFS, NFS, SSHFS) and
mean nothing to a synchronising client (OneDrive, Dropbox, Google Drive,
iCloud Drive, Nextcloud), which may upload half a transaction or bring back
a colleague's copy over yours.  :func:`where_kept` recognises such places;
the window then offers a **local working copy**: :func:`make_working_copy`
copies the draft (consistently, with SQLite's backup API) into
:func:`pactdesk.paths.working_copies_dir`, the official works there, and
:func:`copy_back` puts it back where it came from -- only if nobody changed
or opened the original meanwhile.

Qt-free; each function runs on the calling thread and takes milliseconds
(a draft is a few megabytes at most).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

from pactdesk import paths
from pactdesk.services.drafts import Draft

#: Folder names of synchronising clients, as they appear in a path (compared case-blind).
SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("sharepoint", "SharePoint"),
    ("box sync", "Box"),
)
#: Linux file-system types of network shares (``/proc/mounts``).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "fuse.s3fs",
        "davfs",
        "fuse.davfs2",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
    }
)


@dataclass(frozen=True, slots=True)
class Placement:
    """Why a folder is not safe for a draft: ``kind`` is "network" or "synchronised"."""

    kind: str
    name: str  # "OneDrive", "a network share (cifs)" ...


@dataclass(frozen=True, slots=True)
class Holder:
    """Who has a draft open for writing, in words an official uses."""

    user: str
    computer: str
    since: str  # ISO 8601, as written by the lock


def _mounts(text: str) -> list[tuple[str, str]]:
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            # /proc/mounts escapes spaces in mount points as \040.
            out.append((parts[1].replace("\\040", " "), parts[2]))
    return out


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def where_kept(
    path: Path | PurePath, *, mounts: str | None = None, platform: str = sys.platform
) -> Placement | None:
    """A :class:`Placement` if ``path`` is on a network share or in a synchronised folder.

    ``mounts`` is the text of ``/proc/mounts`` (read when ``None`` on Linux);
    the tests pass their own.
    """
    parts = [p.casefold() for p in PurePath(path).parts]
    for part in parts:
        for needle, name in SYNC_FOLDERS:
            if part == needle or part.startswith(needle + " ") or part.startswith(needle + "-"):
                return Placement("synchronised", name)
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return Placement("network", "a network share")
    if platform.startswith("linux"):
        table = _mounts(_read_mounts() if mounts is None else mounts)
        target = str(PurePath(path))
        best = ("", "")
        for point, fstype in table:
            inside = target == point or target.startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best[0]):
                best = (point, fstype)
        if best[1] in NETWORK_FILESYSTEMS:
            return Placement("network", f"a network share ({best[1]})")
    return None


def working_copy_path(original: Path) -> Path:
    """Where the local working copy of ``original`` goes (one per original path)."""
    import hashlib

    tag = hashlib.sha256(str(original.resolve()).encode("utf-8")).hexdigest()[:8]
    return paths.working_copies_dir() / f"{original.stem}-{tag}{original.suffix}"


def make_working_copy(draft: Draft) -> Path:
    """Copy the open ``draft`` to a local working copy; return the copy's path.

    An older working copy of the same original is replaced.
    """
    target = working_copy_path(draft.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".copying")
    partial.unlink(missing_ok=True)
    draft.copy_to(partial)
    os.replace(partial, target)
    return target


class CopyBackError(RuntimeError):
    """The working copy cannot go back: the original is open elsewhere or changed since."""


def copy_back(copy: Draft, original: Path) -> None:
    """Put the open working copy ``copy`` back over ``original`` (on the share).

    Refused while another PactDesk has the original open, and when the
    original has changes the copy does not have (its history is not a
    beginning of the copy's), so that nobody's work is overwritten.  The
    original is replaced in one step: a copy is written beside it first.
    """
    if not original.exists():
        raise CopyBackError(f"{original} is no longer there.")
    try:
        theirs = Draft.open(original)
    except Exception as exc:
        raise CopyBackError(str(exc)) from exc
    try:
        head = theirs.head()
        mine = {(e.seq, e.hash) for e in copy.events()} if head.revision else set()
        if head.revision and (head.revision, head.hash) not in mine:
            raise CopyBackError(
                f"{original.name} was changed on the share after the working copy was made; "
                "the working copy was not copied back, so nothing was overwritten."
            )
        partial = original.with_name(original.name + ".copying")
        partial.unlink(missing_ok=True)
        copy.copy_to(partial)
    finally:
        theirs.close()
    os.replace(partial, original)


def who_has_it(draft: Path) -> Holder | None:
    """Who holds the lock of ``draft`` (from its lock file), or ``None`` if it cannot say."""
    try:
        info = json.loads(paths.lock_path(draft).read_text(encoding="utf-8"))
        return Holder(user=str(info["user"]), computer=str(info["host"]), since=str(info["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
