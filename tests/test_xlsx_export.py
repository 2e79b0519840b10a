"""The exported workbook: the Annex layout, the details, progress and cancelling."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from xlsx_support import row_of, sheet

from pactdesk.export import xlsx as layout
from pactdesk.services import jobs, workbook
from pactdesk.testing.samples import full_items


def test_the_workbook_follows_the_annex(new_draft) -> None:
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="bench")
    wb = openpyxl.load_workbook(io.BytesIO(workbook.render_xlsx(draft)))
    framework = draft.framework

    assert [ws.title for ws in wb.worksheets] == [
        "Details",
        "Political report",
        "I Legal immigration – integrat…",
        "II Illegal immigration",
        "III Border Control",
        "IV Asylum",
        "V Global Approach to migration",
        "Data points",
        "References",
        layout.BASE_SHEET,
    ]
    details = sheet(wb, layout.MARK_DETAILS)
    values = {
        details.cell(r, 2).value: details.cell(r, 3).value for r in range(2, details.max_row + 1)
    }
    assert values["Member State"] == "Poland (PL)"
    assert values["Reporting cycle"] == 2010
    assert values["Language"] == "Polski (pl)"
    assert values["Draft"] == draft.info.draft_id
    assert values["Revision"] == draft.head().revision
    assert values["Exported at"]
    assert values["Filled in by (your name)"] is None
    assert not details.cell(row_of(details, layout.FILLED_IN_BY), 3).protection.locked

    for area in framework.areas:
        ws = sheet(wb, layout.MARK_AREA + area.id)
        header = row_of(ws, layout.ROW_HEADER)
        assert [ws.cell(header, c).value for c in (2, 3, 4)] == [
            framework.column_commitment,
            framework.column_actions,
            framework.column_developments,
        ]
        ids = [ws.cell(r, 1).value for r in range(header + 1, ws.max_row + 1)]
        expected = []
        for commitment in area.commitments:
            expected.append(f"commitment/{commitment.id}")
            expected += [f"commitment/{commitment.id}/prompt/{p.id}" for p in commitment.prompts]
        assert ids == expected  # every prompt right under its commitment
        for commitment in area.commitments:
            text = ws.cell(row_of(ws, f"commitment/{commitment.id}"), 2).value
            assert all(paragraph in text for paragraph in commitment.paragraphs)
        heights = [ws.row_dimensions[r].height for r in range(header + 1, ws.max_row + 1)]
        assert all(h is not None and 15 <= h <= 409 for h in heights)
        assert ws.print_title_rows in ("1:2", "$1:$2")
        assert ws.column_dimensions["C"].width >= 60


def test_progress_reaches_the_end_and_cancel_writes_nothing(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="bench")
    seen: list[float] = []
    workbook.render_xlsx(draft, progress=lambda f, _label: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 5

    target = tmp_path / "out.xlsx"
    calls: list[str] = []

    def cancel_after_two(fraction: float, label: str) -> None:
        calls.append(label)

    with pytest.raises(jobs.Cancelled):
        workbook.export_xlsx(
            draft, target, progress=cancel_after_two, cancelled=lambda: len(calls) >= 2
        )
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert draft.known_heads() == []  # no export recorded
