"""LibreOffice Calc, headless, opens the workbook: every sheet as UTF-8 CSV holds the answers.

Skipped only on a developer machine without LibreOffice; in CI (``CI`` set)
it always runs (scripts/setup.sh installs libreoffice-calc-nogui).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pactdesk.domain.contribution import (
    data_key,
    decode_data,
    decode_references,
    references_key,
    text_keys,
)
from pactdesk.export import xlsx as layout
from pactdesk.services import workbook
from pactdesk.testing.samples import full_items

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: NOTES.md: the only filter string that writes every sheet, as UTF-8.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

pytestmark = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (it is in CI, where this test always runs)",
)


def _soffice(tmp_path: Path, convert_to: str, source: Path, outdir: Path) -> None:
    assert SOFFICE is not None, "LibreOffice (soffice) is missing: CI must install it"
    outdir.mkdir()
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            convert_to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert completed.returncode == 0, completed.stderr


def test_libreoffice_reads_every_answer_from_the_workbook(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    items = full_items(draft.framework)
    draft.save_many(items, author="bench")
    book = tmp_path / "contribution.xlsx"
    workbook.export_xlsx(draft, book)

    _soffice(tmp_path, CSV_FILTER, book, tmp_path / "csv")
    sheets: dict[str, list[list[str]]] = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        sheets[rows[0][0]] = rows  # the sheet's marker, cell A1
    expected = {
        layout.MARK_DETAILS,
        layout.MARK_POLITICAL,
        layout.MARK_DATA,
        layout.MARK_REFERENCES,
    }
    expected |= {layout.MARK_AREA + area.id for area in draft.framework.areas}
    assert expected <= set(sheets), sorted(sheets)

    def cells(marker: str) -> set[str]:
        return {cell for row in sheets[marker] for cell in row}

    for key in text_keys(draft.framework):
        marker = (
            layout.MARK_POLITICAL
            if key.startswith("political/")
            else layout.MARK_AREA + draft.framework.commitment(key.split("/")[1]).area_id
        )
        assert items[key] in cells(marker), f"{key} is not in LibreOffice's CSV"
    everything = "".join(cells(layout.MARK_AREA + "I"))
    for letter in ("ł", "ż", "ś", "λ", "ж", "щ"):
        assert letter in everything

    data_rows = [row for row in sheets[layout.MARK_DATA] if row[0].startswith("commitment/")]
    values = {(row[0], float(row[layout.D_VALUE - 1])) for row in data_rows}
    references = cells(layout.MARK_REFERENCES)
    for commitment in draft.framework.commitments():
        for index, point in enumerate(decode_data(items[data_key(commitment.id)])):
            assert (f"{data_key(commitment.id)}/{index}", float(point.value)) in values
        for reference in decode_references(items[references_key(commitment.id)]):
            assert reference.citation in references


def test_a_workbook_saved_by_libreoffice_imports_back(new_draft, tmp_path: Path) -> None:
    """A colleague who fills the workbook in LibreOffice: its .xlsx still imports."""
    draft = new_draft()
    items = full_items(draft.framework)
    draft.save_many(items, author="bench")
    book = tmp_path / "contribution.xlsx"
    workbook.export_xlsx(draft, book)
    _soffice(tmp_path, "xlsx:Calc MS Excel 2007 XML", book, tmp_path / "saved")
    saved = tmp_path / "saved" / "contribution.xlsx"

    plan = workbook.plan_import(draft, saved.read_bytes(), name=saved.name)
    assert plan.changes == () and plan.conflicts == ()
    fresh = new_draft("fresh.pactdesk")
    plan = workbook.plan_import(fresh, saved.read_bytes(), name=saved.name)
    workbook.apply_import(fresh, plan, author="x")
    assert fresh.contribution() == draft.contribution()
