"""The bundle's workbook is the submission as a read-only report; the fill-in workbook stays.

The same full draft, signed off by three officials and submitted, gives two
workbooks: ``contribution.xlsx`` inside the bundle (what the Commission
reads) and ``pactdesk export-xlsx`` (what a colleague fills in).  Their XML
is read as it is in the file, without openpyxl, so that every string counts:
cell text, shared strings, and the input prompts and error messages of data
validations.  LibreOffice converts the bundle's workbook, and every answer
is in its CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pactdesk.cli import main as cli_main
from pactdesk.domain.contribution import text_keys
from pactdesk.export import xlsx as layout
from pactdesk.services import details as details_service
from pactdesk.services import sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items
from tests.bundle_support import (
    ROLES,
    SignedDraft,
    make_signed_draft,
    pactdesk_home,
    run_bundle,
    signer_of,
)
from tests.test_bundle_pdf import DETAILS
from tests.test_xlsx_libreoffice import CSV_FILTER, SOFFICE, _soffice
from tests.xlsx_support import run

#: What the fill-in workbook tells a colleague to do; none of it belongs in a submission.
FILL_IN_PHRASES = (
    "yellow cells",
    "send the workbook back",
    "Filled in by",
    "To add a figure",
    "choose its commitment",
    "Do not rename, move or delete",
    "Harmonised (yes/no)",
    "The value must be a number",
    "Choose a commitment of the Pact",
)


@dataclass
class Built:
    signed: SignedDraft
    submission: bytes
    fill_in: bytes
    folder: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    home = tmp_path_factory.mktemp("bundle-workbook-home")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work", sign_via_request=False)
        draft = Draft.open(signed.path)
        details_service.save_details(draft, DETAILS, author="Test Coordinator")
        for official, role in zip(signed.officials, ROLES, strict=True):
            sign_offs.sign(draft, signer_of(official), role)
        draft.close()
        bundle = home / "PL-2010.asice"
        assert run_bundle(signed, bundle) == 0
        with zipfile.ZipFile(bundle) as archive:
            submission = archive.read("contribution.xlsx")
        fill_in_path = home / "fill-in.xlsx"
        assert cli_main(["export-xlsx", str(signed.path), str(fill_in_path)]) == 0
    return Built(signed, submission, fill_in_path.read_bytes(), home)


def xml_text(raw: bytes) -> str:
    """Every string of the workbook's XML parts (text and attributes), entities resolved."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/") and name.endswith(".xml")
        ]
    return html.unescape("\n".join(parts))


def sheet_parts(raw: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        }


def test_the_bundles_workbook_holds_no_fill_in_instruction_and_the_fill_in_one_does(
    built: Built,
) -> None:
    submission, fill_in = xml_text(built.submission), xml_text(built.fill_in)
    for phrase in FILL_IN_PHRASES:
        assert phrase in fill_in, f"the fill-in workbook lost {phrase!r}"
        assert phrase not in submission, f"the bundle's workbook says {phrase!r}"
    # Nothing to fill: no data validation (lists, number checks, prompts), no open cell,
    # no yellow answer fill; the fill-in workbook has all three.
    for name, xml in sheet_parts(built.submission).items():
        assert "<dataValidation" not in xml, name
        assert 'locked="0"' not in xml, name
    assert layout.ANSWER_FILL.fgColor.rgb[-6:] not in submission
    assert layout.ANSWER_FILL.fgColor.rgb[-6:] in fill_in
    assert any("<dataValidation" in xml for xml in sheet_parts(built.fill_in).values())
    assert 'locked="0"' in xml_text(built.fill_in)


def test_the_bundles_workbook_says_who_sent_it_and_who_signed_it_off(built: Built) -> None:
    text = xml_text(built.submission)
    assert DETAILS.ministry in text
    assert f"{DETAILS.contact_name} · {DETAILS.contact_email} · {DETAILS.contact_phone}" in text
    assert "Final — signed off by" in text
    roles = ("author", "head of unit", "approver")
    for official, role in zip(built.signed.officials, roles, strict=True):
        assert official.identity.name in text
        assert f"Signed: {role}" in text
    assert built.signed.submitter.identity.name in text
    assert "Signed: submitter" in text
    assert "read, sort and filter" in text


def test_without_details_the_workbook_names_the_sender_as_the_cover_does(tmp_path: Path) -> None:
    from pactdesk.services.bundle import _submission_details
    from pactdesk.services.drafts import snapshot_of
    from tests.bundle_support import new_full_draft

    draft = new_full_draft(tmp_path / "plain.pactdesk")
    try:
        details = _submission_details(
            snapshot_of(draft),
            final=False,
            signatories=(),
            submitter=None,
            superseded=None,
            when=dt.datetime.now(dt.UTC),
        )
    finally:
        draft.close()
    from pactdesk.services.pdf_export import sending_ministry

    # The cover's words (the profile's ministry, or "Poland, national contact point").
    assert details.ministry == sending_ministry("PL", "Poland") != ""
    assert details.contact_point == "not given"
    assert details.status.startswith("DRAFT")


def test_importing_the_bundles_workbook_is_refused_and_says_what_it_is(
    built: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "draft.pactdesk"
    copy.write_bytes(built.signed.path.read_bytes())
    before = copy.read_bytes()
    book = tmp_path / "contribution.xlsx"
    book.write_bytes(built.submission)
    code, _out, err = run(capsys, "import-xlsx", copy, book)
    assert code == 2
    first = err.splitlines()[0]
    assert "read-only workbook of a submitted bundle" in first, err
    assert copy.read_bytes() == before


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (it is in CI)")
def test_libreoffice_reads_every_answer_from_the_bundles_workbook(
    built: Built, tmp_path: Path
) -> None:
    book = tmp_path / "submission.xlsx"
    book.write_bytes(built.submission)
    _soffice(tmp_path, CSV_FILTER, book, tmp_path / "csv")
    cells: set[str] = set()
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            cells |= {cell for row in csv.reader(handle) for cell in row}
    draft = Draft.open(built.signed.path, read_only=True)
    try:
        items = full_items(draft.framework)
        for key in text_keys(draft.framework):
            assert items[key] in cells, f"{key} is not in LibreOffice's CSV"
    finally:
        draft.close()
    assert any(re.search(r"Signed: head of unit", cell) for cell in cells)
