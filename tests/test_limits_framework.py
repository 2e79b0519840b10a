"""A framework file as a door: nesting, text, size — one line, exit 2, nothing made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xlsx_support import run

from pactdesk.frameworks import shipped_framework_bytes


def _new(capsys, tmp_path: Path, framework: Path) -> str:
    draft = tmp_path / "new.pactdesk"
    code, out, err = run(
        capsys, "new", draft, "--member-state", "PL", "--cycle", "2010", "--framework", framework
    )
    assert code == 2, (out, err)
    assert not draft.exists()
    lines = err.splitlines()
    assert lines[0].startswith("pactdesk new: ") and "Traceback" not in err
    return lines[0]


def test_a_framework_nested_200000_deep(tmp_path, capsys) -> None:
    bad = tmp_path / "deep.json"
    bad.write_bytes(
        b'{"format": "pactdesk.framework/1", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    )
    assert "is nested more than 100 levels deep" in _new(capsys, tmp_path, bad)


@pytest.mark.parametrize(
    ("escape", "named"), [("\\ud800", "lone surrogate"), ("\\udfff", "lone surrogate")]
)
def test_a_framework_with_text_no_export_can_carry(tmp_path, capsys, escape, named) -> None:
    document = json.loads(shipped_framework_bytes("pact-2010"))
    document["title"] = "@@"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document).replace('"@@"', f'"x{escape}"'), "utf-8")
    first = _new(capsys, tmp_path, bad)
    assert "title: it holds" in first and named in first


def test_a_framework_far_too_large_is_refused_by_its_size(tmp_path, capsys) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(9 * 1024 * 1024)
    assert "more than a framework file can be (8 MB): refused without reading it" in _new(
        capsys, tmp_path, big
    )
