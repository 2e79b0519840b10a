"""The draft file as a door: a damaged copy of its framework is one line, exit 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from xlsx_support import run

from pactdesk.testing.drafts import create_draft


@pytest.mark.parametrize(
    "damage",
    [
        b"{not json",
        b"[" * 200_000 + b"]" * 200_000,
        b'{"format": "pactdesk.framework/1"}',
    ],
    ids=["not-json", "nested-200000", "fields-missing"],
)
def test_a_damaged_framework_copy_is_one_line(tmp_path: Path, capsys, damage: bytes) -> None:
    path = tmp_path / "draft.pactdesk"
    create_draft(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute("UPDATE framework_copy SET content = ?", (damage,))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for command in (("status", path), ("export-json", path, tmp_path / "out.json")):
        code, _, err = run(capsys, *command)
        assert code == 2, err
        lines = err.splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert lines[0].endswith(
            "draft.pactdesk is damaged: its copy of the framework it was made from cannot be "
            "read (it is not the copy the draft recorded)."
        ), lines
    assert path.read_bytes() == before
    assert not (tmp_path / "out.json").exists()
