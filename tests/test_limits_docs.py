"""docs/limits.md states the numbers pactdesk/domain/limits.py enforces."""

from __future__ import annotations

from pathlib import Path

from pactdesk.domain import limits

DOC = (Path(__file__).resolve().parents[1] / "docs" / "limits.md").read_text("utf-8")


def _row(label: str) -> str:
    return next(line for line in DOC.splitlines() if line.startswith(f"| {label}"))


def test_every_file_limit_is_in_the_table() -> None:
    rows = {
        limits.CONTRIBUTION_JSON: "a contribution file",
        limits.WORKBOOK: "a workbook",
        limits.WORD: "a Word document",
        limits.EXCHANGE_PACKAGE: "an exchange package",
        limits.SIGN_OFF_REQUEST: "a sign-off request",
        limits.SIGN_OFF_ANSWER: "a signed sign-off answer",
        limits.BUNDLE: "a submission bundle",
        limits.FRAMEWORK: "a framework file",
        limits.CERTIFICATE: "a certificate",
        limits.REVOCATION_LIST: "a revocation list",
    }
    assert set(rows) == set(limits.FILE_KINDS)
    for kind, label in rows.items():
        assert f"| {kind.max_bytes // limits.MIB} MB |" in _row(label), label


def test_the_content_limits_are_in_the_table() -> None:
    assert f"| {limits.MAX_FIELD_CHARS:,} characters |" in _row("one field")
    assert f"| {limits.MAX_DATA_POINTS:,} |" in _row("data points of one commitment")
    assert f"| {limits.MAX_REFERENCES:,} |" in _row("references of one commitment")
    assert "10^15" in _row("a data value") and limits.MAX_ABS_VALUE == 10**15
    assert f"| {limits.MAX_JSON_DEPTH} levels |" in _row("nesting of a JSON file")
    assert f"| {limits.MAX_SHEET_ROWS:,} |" in _row("rows of one sheet of a workbook")
    assert f"| {limits.MAX_LISTED_PROBLEMS}:" in _row("lines listed under a refusal")
