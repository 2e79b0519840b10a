"""The files PactDesk writes for itself, outside the outputs a user chose, and what they hold.

Used by the session-wide check in tests/conftest.py: after the whole run, no
log and no temporary file PactDesk wrote holds a test passphrase or a comment
marker.  "Its own files" are:

* its logs (``pactdesk.log*``, in each home's ``logs/`` or wherever a test sent them);
* the temporary files of :func:`pactdesk.fileio.write_atomic` (``.NAME.XXXX.part``,
  beside every output and every draft it saves), left only where a test killed the
  program in the middle of a write;
* the sidecar that says a process holds a draft (``DRAFT.pactdesk.lock``);
* each home's own folders: ``config/`` (settings, recent drafts) and ``data/``
  (the heads of exported files), but not the working copies of drafts in
  ``data/working-copies/`` — drafts are the user's files, where answers and
  comments belong;
* Qt's own settings (``XDG_CONFIG_HOME``, set by tests/conftest.py).

The drafts, the exports and the inputs the tests made themselves are not
among them: a comment marker belongs in a draft, an answer in an export.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

#: Longer files are read only this far (no log or scratch file of a test is near it).
READ_AT_MOST = 64 * 1024 * 1024
#: Suffixes of a draft and its SQLite companions: the user's files, never scanned.
DRAFT_SUFFIXES = (".pactdesk", ".pactdesk-wal", ".pactdesk-shm", ".pactdesk-journal")


def _is_draft(path: Path) -> bool:
    return path.name.endswith(DRAFT_SUFFIXES)


def _files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        ours = path.is_file() and not path.is_symlink() and "working-copies" not in path.parts
        if ours and not _is_draft(path):
            yield path


def logs(*roots: Path) -> Iterator[Path]:
    for root in roots:
        yield from (p for p in root.rglob("pactdesk.log*") if p.is_file())


def own_files(*roots: Path) -> Iterator[Path]:
    """Every file PactDesk wrote for itself under ``roots`` (logs included), each once."""
    seen: set[Path] = set()
    for root in roots:
        found: list[Path] = list(logs(root))
        found += [p for p in root.rglob(".*.part") if p.is_file()]
        found += [p for p in root.rglob("*.pactdesk.lock") if p.is_file()]
        for folder in root.rglob("*"):
            if not folder.is_dir():
                continue
            if folder.name == "config" and (folder.parent / "logs").is_dir():
                found += _files(folder)  # a PactDesk home's settings
            elif folder.name == "data" and (folder / "heads").is_dir():
                found += _files(folder)
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def holding(paths: Iterable[Path], markers: Iterable[str]) -> list[str]:
    """``path: 'marker'`` for every marker found in a file, as UTF-8 text or raw bytes."""
    wanted = [(m, m.encode("utf-8")) for m in markers]
    found = []
    for path in paths:
        try:
            with open(path, "rb") as handle:
                raw = handle.read(READ_AT_MOST)
        except OSError:
            continue  # removed meanwhile, or not ours to read
        found += [f"{path}: {m!r}" for m, b in wanted if b in raw]
    return found
