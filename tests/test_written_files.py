"""The session check of tests/conftest.py finds what it looks for, where it looks.

A passphrase or a comment marker planted in a log, a temporary ``.part`` file,
a lock sidecar and a home's settings and data is found; the same in a draft, a
working copy or an export the user chose is not looked at.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests import written_files
from tests.conftest import OWN_FILES_MUST_NOT_HOLD, PASSPHRASES
from tests.helpers import COMMENT_MARKER


def test_the_check_finds_secrets_in_pactdesk_s_own_files_only() -> None:
    # Outside the run's temporary folders, or the session check would find these plants.
    with tempfile.TemporaryDirectory(prefix="pactdesk-plants-") as folder:
        _plant_and_find(Path(folder))


def _plant_and_find(tmp_path: Path) -> None:
    home = tmp_path / "home"
    planted = {
        home / "logs" / "pactdesk.log.1": PASSPHRASES[0],
        home / "config" / "settings.json": COMMENT_MARKER,
        home / "data" / "heads" / "abc.json": PASSPHRASES[-1],
        tmp_path / "out" / ".contribution.xlsx.k2j3.part": COMMENT_MARKER,
        tmp_path / "out" / "draft.pactdesk.lock": PASSPHRASES[1],
    }
    users = {
        tmp_path / "out" / "draft.pactdesk": COMMENT_MARKER,
        tmp_path / "out" / "draft.pactdesk-wal": COMMENT_MARKER,
        home / "data" / "working-copies" / "copy.pactdesk": COMMENT_MARKER,
        tmp_path / "out" / "contribution.json": COMMENT_MARKER,
        tmp_path / "inputs" / "config" / "x.txt": COMMENT_MARKER,  # not a home: no logs/
    }
    for path, text in {**planted, **users}.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"before {text} after", encoding="utf-8")
    found = written_files.holding(written_files.own_files(tmp_path), OWN_FILES_MUST_NOT_HOLD)
    assert sorted(found) == sorted(f"{p}: {t!r}" for p, t in planted.items())
