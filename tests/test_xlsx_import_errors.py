"""A bad workbook: exit 2, one summary line, the problems cell by cell, the draft unchanged."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from xlsx_support import edit, row_of, run, set_cell, sheet

from pactdesk.domain.contribution import ACTIONS, answer_key, data_key, prompt_key
from pactdesk.export import xlsx as layout
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items


@pytest.fixture
def exported(new_draft, tmp_path: Path, capsys):
    """A full draft (closed) and its workbook, edited by the colleague in one place."""
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="bench")
    draft.close()
    book = tmp_path / "contribution.xlsx"
    assert run(capsys, "export-xlsx", draft.path, book)[0] == 0
    # A legitimate edit too: a refused workbook must not half-apply it.
    edit(
        book,
        lambda wb: set_cell(
            sheet(wb, layout.MARK_AREA + "I"), "commitment/I.a", 3, "Nowa odpowiedź"
        ),
    )
    return draft.path, book


def _head(path: Path):
    with Draft.open(path) as draft:
        return draft.head(), draft.value(answer_key("I.a", ACTIONS))


def _refused(capsys, draft_path: Path, book: Path) -> list[str]:
    before = _head(draft_path)
    code, out, err = run(capsys, "import-xlsx", draft_path, book, "--author", "x")
    assert code == 2, (out, err)
    assert _head(draft_path) == before, "a refused workbook changed the draft"
    lines = err.splitlines()
    assert lines and lines[0].startswith("pactdesk import-xlsx: ")
    return lines


def test_a_changed_commitment_text_is_refused_with_its_cell(exported, capsys) -> None:
    draft_path, book = exported
    refs: list[str] = []

    def change(wb):
        ws = sheet(wb, layout.MARK_AREA + "III")
        refs.append(set_cell(ws, "commitment/III.b", 2, "(b) something else entirely"))

    edit(book, change)
    lines = _refused(capsys, draft_path, book)
    # The first line names the problem itself (there is only this one).
    assert lines[0].endswith("the commitment text was changed (nothing was changed).")
    assert any(
        f"Sheet 'III Border Control' {refs[0]}: the commitment text was changed" in line
        for line in lines[1:]
    ), lines


def test_changed_prompt_text_and_header_are_each_named(exported, capsys) -> None:
    draft_path, book = exported
    refs: list[str] = []

    def change(wb):
        ws = sheet(wb, layout.MARK_AREA + "I")
        refs.append(set_cell(ws, prompt_key("I.a", "I.a.crisis"), 2, "Please report nothing."))
        ws.cell(row_of(ws, layout.ROW_HEADER), 3).value = "Actions"
        refs.append(ws.cell(row_of(ws, layout.ROW_HEADER), 3).coordinate)

    edit(book, change)
    lines = _refused(capsys, draft_path, book)
    text = "\n".join(lines)
    assert "(and 1 more)" in lines[0]  # the first problem named, the other counted
    assert f"{refs[0]}: the prompt text was changed" in text
    assert f"{refs[1]}: the header was changed" in text


def test_an_unknown_id_is_refused(exported, capsys) -> None:
    draft_path, book = exported

    def change(wb):
        ws = sheet(wb, layout.MARK_AREA + "II")
        ws.cell(row_of(ws, "commitment/II.c"), 1).value = "commitment/II.z"

    edit(book, change)
    text = "\n".join(_refused(capsys, draft_path, book))
    assert "unknown id 'commitment/II.z'" in text
    assert "the row of commitment/II.c is missing" in text


def test_text_in_a_number_cell_is_refused(exported, capsys) -> None:
    draft_path, book = exported
    refs: list[str] = []

    def change(wb):
        ws = sheet(wb, layout.MARK_DATA)
        refs.append(set_cell(ws, f"{data_key('IV.a')}/2", layout.D_VALUE, "about 500"))
        refs.append(set_cell(ws, f"{data_key('IV.a')}/3", layout.D_HARMONISED, "perhaps"))

    edit(book, change)
    text = "\n".join(_refused(capsys, draft_path, book))
    assert f"Sheet 'Data points' {refs[0]}: 'about 500' is not a number" in text
    assert f"Sheet 'Data points' {refs[1]}: 'perhaps' is neither yes nor no" in text


def test_a_new_data_row_needs_a_commitment_and_a_valid_period(exported, capsys) -> None:
    draft_path, book = exported

    def change(wb):
        ws = sheet(wb, layout.MARK_DATA)
        first_spare = next(r for r in range(3, ws.max_row + 1) if not ws.cell(r, 1).value)
        ws.cell(first_spare, layout.D_INDICATOR).value = "Wizy"
        ws.cell(first_spare + 1, layout.D_COMMITMENT).value = "I.a"
        ws.cell(first_spare + 1, layout.D_PERIOD).value = "spring 2009"
        ws.cell(first_spare + 1, layout.D_VALUE).value = 12

    edit(book, change)
    text = "\n".join(_refused(capsys, draft_path, book))
    assert "say which commitment this row belongs to" in text
    assert "'spring 2009' is not a period" in text


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _bomb() -> bytes:
    """A zip whose one member inflates to 300 MB of zeros (about 300 KB on disk)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("xl/workbook.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(block)
    return out.getvalue()


NOT_WORKBOOKS = {
    "random": (lambda good: os.urandom(4096), "is not an Excel workbook"),
    "text": (lambda good: "Zażółć gęślą jaźń\n".encode(), "is not an Excel workbook"),
    "empty": (lambda good: b"", "is not an Excel workbook"),
    "zip-not-xlsx": (
        lambda good: _zip({"notes.txt": b"hello", "img.png": b"\x89PNG"}),
        "is a zip archive but not an Excel workbook",
    ),
    "truncated": (lambda good: good[: len(good) // 2], "damaged or cut short"),
    "password": (
        lambda good: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2048),
        "password-protected",
    ),
    "bomb": (lambda good: _bomb(), "refused"),
    "xlsx-not-pactdesk": (lambda good: _plain_xlsx(), "was not exported by PactDesk"),
    "xml-bomb": (lambda good: _laughs(good), "cannot be read as an Excel workbook"),
}


def _laughs(good: bytes) -> bytes:
    """The workbook with its first sheet replaced by a "billion laughs" entity bomb."""
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    source = zipfile.ZipFile(io.BytesIO(good))
    members = {info.filename: source.read(info.filename) for info in source.infolist()}
    members["xl/worksheets/sheet1.xml"] = bomb
    return _zip(members)


def _plain_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Budget 2010"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", sorted(NOT_WORKBOOKS))
def test_a_file_that_is_not_a_workbook_is_refused(exported, capsys, kind: str) -> None:
    draft_path, book = exported
    make, message = NOT_WORKBOOKS[kind]
    bad = book.with_name(f"{kind}.xlsx")
    bad.write_bytes(make(book.read_bytes()))
    lines = _refused(capsys, draft_path, bad)
    assert message in lines[0], lines


def test_a_workbook_of_another_member_state_is_refused(new_draft, tmp_path: Path, capsys) -> None:
    greek = new_draft("el.pactdesk", member_state="EL", language="el")
    greek.save(answer_key("I.a", ACTIONS), "Νόμος 3386/2005", author="a")
    greek.close()
    polish = new_draft("pl.pactdesk")
    polish.close()
    book = tmp_path / "el.xlsx"
    assert run(capsys, "export-xlsx", greek.path, book)[0] == 0
    lines = _refused(capsys, polish.path, book)
    assert "EL's contribution" in lines[0]


def test_missing_file_and_dry_run(exported, capsys) -> None:
    draft_path, book = exported
    code, _, err = run(capsys, "import-xlsx", draft_path, book.with_name("nothing.xlsx"))
    assert code == 2 and "There is no file" in err
    before = _head(draft_path)
    code, out, err = run(capsys, "import-xlsx", draft_path, book, "--dry-run")
    assert code == 0, err
    assert "1 field would change" in out and "Nowa odpowiedź" in out
    assert _head(draft_path) == before
