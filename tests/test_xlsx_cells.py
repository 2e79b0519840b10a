"""No workbook import erases an answer: every kind of cell a colleague can make.

A formula (``=HYPERLINK(...)``, a DDE call, a shared or an array formula)
is read as its text as typed, never evaluated; rich text as its plain text;
an error value, or an answer cell swallowed by a merged range, is refused
with the cell named.  In every case the draft's answers are either the
workbook's text or unchanged -- never emptied because a cell could not be
read.  An answer the colleague really emptied is a deletion: shown as one,
applied only when the workbook is newer there (three-way).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.formula import ArrayFormula
from xlsx_support import edit, row_of, run, set_cell, sheet

from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key, prompt_key
from pactdesk.export import xlsx as layout
from pactdesk.services import workbook
from pactdesk.services.drafts import Draft

IA = answer_key("I.a", ACTIONS)
IA_DEV = answer_key("I.a", DEVELOPMENTS)
IB = answer_key("I.b", ACTIONS)
CRISIS = prompt_key("I.a", "I.a.crisis")
HYPERLINK = '=HYPERLINK("http://example.eu/ustawa","Ustawa")'
DDE = "=cmd|' /C calc'!A0"


@pytest.fixture
def exported(new_draft, tmp_path: Path):  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save_many(
        {
            IA: "Ustawa z 2009 r. o cudzoziemcach.",
            IA_DEV: "Nowelizacja w 2010 r.",
            IB: "Karta niebieska.",
            CRISIS: "Mniej zezwoleń.",
        },
        author="Coordinator",
    )
    draft.close()
    book = tmp_path / "od-kolegi.xlsx"
    code = _cli("export-xlsx", draft.path, book)
    assert code == 0
    return draft.path, book


def _cli(*argv: object) -> int:
    from pactdesk.cli import main

    return main([str(a) for a in argv])


def _values(path: Path) -> dict[str, str]:
    with Draft.open(path) as draft:
        return {key: draft.value(key) for key in (IA, IA_DEV, IB, CRISIS)}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _area_i(wb):  # type: ignore[no-untyped-def]
    return sheet(wb, layout.MARK_AREA + "I")


def _import(capsys, draft: Path, book: Path, *extra: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run(capsys, "import-xlsx", draft, book, "--author", "Kolega", *extra)


# -- formulas are text as typed ---------------------------------------------------------------


@pytest.mark.parametrize("formula", [HYPERLINK, DDE, "=1+1", "=SUM(A1:A3)"])
def test_a_formula_in_an_answer_is_read_as_its_text(capsys, exported, formula: str) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.a", 3, formula))
    code, out, err = _import(capsys, draft, book, "--dry-run")
    assert code == 0, err
    assert "(empty)" not in out and "DELETED" not in out
    assert formula[:40] in out
    code, out, err = _import(capsys, draft, book)
    assert code == 0, err
    values = _values(draft)
    assert values[IA] == formula, "the formula's text as typed, never evaluated"
    assert values[IA_DEV] == "Nowelizacja w 2010 r."
    # Exported again, the formula's text is a text cell: it is not a formula any more.
    again = book.with_name("again.xlsx")
    assert _cli("export-xlsx", draft, again) == 0
    cell = _cell_xml(again, formula)
    assert "<f>" not in cell and 't="inlineStr"' in cell


def test_a_formula_saved_with_a_cached_value_is_still_its_formula(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    """A program that calculates (Excel, LibreOffice) stores the result beside the formula."""
    draft, book = exported
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.a", 3, HYPERLINK))
    row = _row(book, "commitment/I.a")
    _rewrite_cell(
        book, f"C{row}", f'<c r="C{row}" t="str"><f>{_xml(HYPERLINK[1:])}</f><v>Ustawa</v></c>'
    )
    assert _import(capsys, draft, book)[0] == 0
    assert _values(draft)[IA] == HYPERLINK


def test_shared_and_array_formulas_are_read_as_their_text(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    row = _row(book, "commitment/I.a")
    # Excel writes a formula filled across cells once, in the first cell ("shared").
    _rewrite_cell(
        book,
        f"C{row}",
        f'<c r="C{row}"><f t="shared" ref="C{row}:D{row}" si="0">B{row}&amp;"!"</f></c>',
    )
    _rewrite_cell(book, f"D{row}", f'<c r="D{row}"><f t="shared" si="0"/></c>')
    assert _import(capsys, draft, book)[0] == 0
    values = _values(draft)
    assert values[IA] == f'=B{row}&"!"'
    assert values[IA_DEV] == f'=C{row}&"!"', "the shared formula as Excel shows it in D"

    edit(
        book,
        lambda wb: set_cell(
            _area_i(wb), "commitment/I.b", 3, ArrayFormula(ref="C1:C1", text="=TRANSPOSE(B1:B2)")
        ),
    )
    assert _import(capsys, draft, book)[0] == 0
    assert _values(draft)[IB] == "=TRANSPOSE(B1:B2)"


def test_rich_text_is_read_as_its_plain_text(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    rich = CellRichText(
        [
            TextBlock(InlineFont(b=True), "Ustawa"),
            " z 2009 r. ",
            TextBlock(InlineFont(i=True), "ζ ж"),
        ]
    )
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.a", 3, rich))
    assert "<r>" in _cell_xml(book, "Ustawa"), "the workbook really holds rich text"
    assert _import(capsys, draft, book)[0] == 0
    assert _values(draft)[IA] == "Ustawa z 2009 r. ζ ж"


# -- what holds no text is refused with the cell named ---------------------------------------


def _refused(capsys, draft: Path, book: Path, *expected: str) -> list[str]:  # type: ignore[no-untyped-def]
    before = _sha(draft)
    values = _values(draft)
    code, out, err = _import(capsys, draft, book)
    assert code == 2, (out, err)
    lines = err.splitlines()
    assert lines[0].startswith("pactdesk import-xlsx: ") and "nothing was changed" in lines[0]
    for text in expected:
        assert any(text in line for line in lines[1:]), (text, err)
    assert _sha(draft) == before and _values(draft) == values
    return lines


def test_an_error_value_is_refused_with_its_cell(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    row = _row(book, "commitment/I.a")
    _rewrite_cell(book, f"C{row}", f'<c r="C{row}" t="e"><v>#REF!</v></c>')
    _refused(capsys, draft, book, f"C{row}: the cell shows the error value #REF!")


def test_answer_cells_swallowed_by_a_merge_are_refused_with_the_cell(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    refs: list[str] = []

    def merge(wb):  # type: ignore[no-untyped-def]
        ws = _area_i(wb)
        row = row_of(ws, "commitment/I.a")
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)  # C:D
        refs.append(f"D{row}")
        row = row_of(ws, "commitment/I.b")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)  # B:C
        refs.append(f"C{row}")

    edit(book, merge)
    _refused(
        capsys,
        draft,
        book,
        f"{refs[0]}: this answer cell was merged into C{refs[0][1:]}:D{refs[0][1:]}",
        f"{refs[1]}: this answer cell was merged into B{refs[1][1:]}:C{refs[1][1:]}",
    )


def test_a_vertical_merge_into_the_next_row_is_refused(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported

    def merge(wb):  # type: ignore[no-untyped-def]
        ws = _area_i(wb)
        row = row_of(ws, "commitment/I.a")
        ws.merge_cells(start_row=row - 1, start_column=3, end_row=row, end_column=3)

    edit(book, merge)
    row = _row(book, "commitment/I.a")
    _refused(capsys, draft, book, f"C{row}: this answer cell was merged into C{row - 1}:C{row}")


def test_a_formula_in_a_number_cell_is_refused_not_calculated(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported

    def add(wb):  # type: ignore[no-untyped-def]
        ws = sheet(wb, layout.MARK_DATA)
        for row in range(1, ws.max_row + 1):
            if (
                ws.cell(row, 1).value in (None, "")
                and ws.cell(row, layout.D_COMMITMENT).protection.locked is False
            ):
                ws.cell(row, layout.D_COMMITMENT, "I.a")
                ws.cell(row, layout.D_INDICATOR, "Wnioski")
                ws.cell(row, layout.D_VALUE, "=2+2")
                return
        raise AssertionError("no spare row")

    edit(book, add)
    _refused(capsys, draft, book, "holds the formula '=2+2'")


# -- a real deletion is shown as one, and follows the three-way rule ---------------------------


def test_an_emptied_answer_is_shown_as_a_deletion_and_applied_when_the_workbook_is_newer(
    capsys, exported
) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.b", 3, None))
    code, out, _err = _import(capsys, draft, book, "--dry-run")
    assert code == 0
    line = next(line for line in out.splitlines() if "I.b" in line)
    assert "DELETED in the workbook" in line and "Karta niebieska." in line
    assert _values(draft)[IB] == "Karta niebieska.", "a dry run writes nothing"
    assert _import(capsys, draft, book)[0] == 0
    assert _values(draft)[IB] == ""


def test_an_emptied_answer_changed_in_the_draft_since_is_a_conflict(capsys, exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    with Draft.open(draft) as open_draft:
        open_draft.save(IB, "Karta niebieska — nowsza wersja.", author="Coordinator")
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.b", 3, None))
    code, out, err = _import(capsys, draft, book)
    assert code == 0
    assert "conflict" in out and "DELETED" not in out
    assert _values(draft)[IB] == "Karta niebieska — nowsza wersja."


def test_an_empty_answer_from_another_draft_erases_nothing(capsys, exported, new_draft) -> None:  # type: ignore[no-untyped-def]
    _draft, book = exported
    other = new_draft("inny.pactdesk")
    other.save(IB, "Tekst innego szkicu.", author="x")
    other.close()
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.b", 3, None))
    assert _import(capsys, other.path, book)[0] == 0
    assert _values(other.path)[IB] == "Tekst innego szkicu."


def test_the_plan_marks_deletions_for_the_window(exported) -> None:  # type: ignore[no-untyped-def]
    draft, book = exported
    edit(book, lambda wb: set_cell(_area_i(wb), "commitment/I.b", 3, "  "))
    with Draft.open(draft) as open_draft:
        plan = workbook.plan_import(open_draft, book.read_bytes(), name=book.name)
    (change,) = plan.changes
    assert change.key == IB and change.deletion


# -- exported answers that look like formulas stay text ---------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+48 22 123", "-5% w 2009", "@ministerstwo", DDE])
def test_answers_that_begin_like_a_formula_are_exported_as_text_cells(new_draft, text: str) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save(IA, text, author="t")
    raw = workbook.render_xlsx(draft)
    cell = _cell_xml_in(raw, text)
    assert "<f>" not in cell and 't="inlineStr"' in cell, cell
    fresh = new_draft("fresh.pactdesk")
    plan = workbook.plan_import(fresh, raw, name="x.xlsx")
    workbook.apply_import(fresh, plan, author="t")
    assert fresh.value(IA) == text


# -- XML helpers ----------------------------------------------------------------------------


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _row(book: Path, row_id: str) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(book.read_bytes()))
    return row_of(_area_i(wb), row_id)


def _area_sheet_member(archive: zipfile.ZipFile) -> str:
    for name in archive.namelist():
        data = archive.read(name) if name.startswith("xl/worksheets/sheet") else b""
        if b"commitment/I.a" in data and b"sheet:area:I<" in data:
            return name
    raise AssertionError("no sheet of area I")


def _rewrite_cell(book: Path, ref: str, new_cell: str) -> None:
    """Replace one cell of area I's sheet XML (what openpyxl cannot write, Excel can)."""
    with zipfile.ZipFile(book) as archive:
        target = _area_sheet_member(archive)
        members = [(info, archive.read(info.filename)) for info in archive.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == target:
                text = data.decode("utf-8")
                pattern = re.compile(rf'<c r="{ref}"(?:[^>]*/>|[^>]*>.*?</c>)', re.S)
                text, count = pattern.subn(new_cell, text, count=1)
                assert count == 1, ref
                data = text.encode("utf-8")
            archive.writestr(info, data)
    book.write_bytes(out.getvalue())


def _cell_xml_in(raw: bytes, text: str) -> str:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for name in archive.namelist():
            if not name.startswith("xl/worksheets/"):
                continue
            xml = archive.read(name).decode("utf-8")
            for cell in re.findall(r"<c [^>]*>.*?</c>", xml, re.S):
                if _xml(text) in cell or text in cell:
                    return cell
    raise AssertionError(f"no cell holds {text!r}")


def _cell_xml(book: Path, text: str) -> str:
    return _cell_xml_in(book.read_bytes(), text)
