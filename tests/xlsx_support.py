"""Helpers for the workbook tests: edit a workbook as a colleague would, run the CLI."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from pactdesk.cli import main as cli_main


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    """Run ``pactdesk ARGV`` in-process; (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = cli_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path, change: Callable[[Workbook], None], out: Path | None = None) -> Path:
    """Open a workbook with openpyxl (as Excel would), let ``change`` edit it, save it."""
    wb = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    change(wb)
    target = out or path
    buffer = io.BytesIO()
    wb.save(buffer)
    target.write_bytes(buffer.getvalue())
    return target


def sheet(wb: Workbook, marker: str) -> Worksheet:
    for ws in wb.worksheets:
        if ws["A1"].value == marker:
            return ws
    raise KeyError(marker)


def row_of(ws: Worksheet, row_id: str) -> int:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, 1).value == row_id:
            return row
    raise KeyError(row_id)


def set_cell(ws: Worksheet, row_id: str, column: int, value: Any) -> str:
    """Set a cell of the row with ``row_id``; returns its reference (e.g. 'C7')."""
    cell = ws.cell(row_of(ws, row_id), column)
    cell.value = value
    return cell.coordinate


def unmerge_all(ws: Worksheet) -> None:
    for merged in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(merged))


def shuffle_rows(ws: Worksheet, first: int, *, seed: int = 7) -> None:
    """Re-order rows ``first``… (values only, formatting dropped), as a colleague sorting would."""
    import random

    unmerge_all(ws)
    width = ws.max_column
    rows = [
        [ws.cell(r, c).value for c in range(1, width + 1)] for r in range(first, ws.max_row + 1)
    ]
    random.Random(seed).shuffle(rows)
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            cell = ws.cell(first + offset, column)
            cell.value = value
            cell.font = openpyxl.styles.Font(name="Arial", size=9, color="FF0000")
            cell.fill = openpyxl.styles.PatternFill()
