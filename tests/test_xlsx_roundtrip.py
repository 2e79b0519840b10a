"""export-xlsx -> import-xlsx into a fresh draft -> export-json: the same contribution."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from helpers import as_an_older_pactdesk_saved, run_cli, same_contribution
from xlsx_support import edit, row_of, run, set_cell, sheet, shuffle_rows

from pactdesk.domain.contribution import (
    ACTIONS,
    answer_key,
    political_key,
    prompt_key,
    text_keys,
)
from pactdesk.export import xlsx as layout
from pactdesk.services import workbook
from pactdesk.testing.samples import full_items, sample_text


def _document(path: Path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("draft", None)
    return document


@pytest.mark.parametrize("scale", [1, 10])
def test_round_trip_into_a_fresh_draft_gives_the_same_contribution(
    new_draft, tmp_path: Path, scale: int
) -> None:
    original = new_draft("original.pactdesk")
    items = full_items(original.framework, scale=scale)
    if scale == 10:
        # full_items(scale=10) stays just under a cell (~32,000 characters at most):
        # make some answers of the 10x draft clearly longer than one.
        for key in list(text_keys(original.framework))[::9]:
            items[key] = sample_text(key, words=7000)
    original.save_many(items, author="bench")
    original.close()
    fresh = new_draft("fresh.pactdesk")
    fresh.close()
    book = tmp_path / "contribution.xlsx"

    done = run_cli("export-xlsx", original.path, book)
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stdout

    if scale == 10:
        # The 10x draft has answers longer than a cell: they continue in marked rows.
        longest = max(len(v) for k, v in items.items() if k in set(text_keys(original.framework)))
        assert longest > layout.CELL_LIMIT
        wb = openpyxl.load_workbook(io.BytesIO(book.read_bytes()), read_only=True)
        continued = [
            row[0]
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
            if row and isinstance(row[0], str) and "#2" in row[0]
        ]
        cells = [
            v
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if isinstance(v, str)
        ]
        wb.close()
        assert continued, "no continuation row in a workbook with answers longer than a cell"
        assert max(len(v) for v in cells) <= layout.CELL_LIMIT

    done = run_cli("import-xlsx", fresh.path, book, "--author", "Anna Nowak")
    assert done.returncode == 0, done.stderr
    assert "fields changed" in done.stdout

    for draft, name in ((original, "original.json"), (fresh, "fresh.json")):
        done = run_cli("export-json", draft.path, tmp_path / name)
        assert done.returncode == 0, done.stderr
    assert (
        same_contribution(_document(tmp_path / "original.json"), _document(tmp_path / "fresh.json"))
        == []
    )


def test_imported_answers_are_history_events_attributed_to_the_workbook(
    new_draft, tmp_path: Path, capsys
) -> None:
    source = new_draft("source.pactdesk")
    source.save(answer_key("I.a", ACTIONS), "Ustawa o cudzoziemcach, zmiany z 2009 r.", author="a")
    source.close()
    book = tmp_path / "for-labour.xlsx"
    assert run(capsys, "export-xlsx", source.path, book)[0] == 0

    target = new_draft("target.pactdesk")
    target.close()
    code, _, err = run(capsys, "import-xlsx", target.path, book, "--author", "Coordinator")
    assert code == 0, err

    # The "Filled in by" cell names the colleague: then the colleague is the author.
    def fill(wb):
        set_cell(sheet(wb, layout.MARK_DETAILS), layout.FILLED_IN_BY, 3, "Ζωή Παπαδοπούλου")
        set_cell(sheet(wb, layout.MARK_POLITICAL), political_key("II"), 3, "Ocena: dobrze.")

    edit(book, fill)
    code, out, err = run(capsys, "import-xlsx", target.path, book, "--author", "Coordinator")
    assert code == 0, err
    assert "Ζωή Παπαδοπούλου" in out

    from pactdesk.services.drafts import Draft

    with Draft.open(target.path) as draft:
        first = draft.events(answer_key("I.a", ACTIONS))
        second = draft.events(political_key("II"))
    assert [(e.author, e.source) for e in first] == [("Coordinator", "import-xlsx:for-labour.xlsx")]
    assert [(e.author, e.source) for e in second] == [
        ("Ζωή Παπαδοπούλου", "import-xlsx:for-labour.xlsx")
    ]
    assert second[0].after == "Ocena: dobrze."


AWKWARD = {
    answer_key("I.a", ACTIONS): "=SUM(A1:A3) is what a formula would be, but this is text",
    answer_key("I.b", ACTIONS): "_x0041_ literally, _x000D_ too, and \ufffe",
    prompt_key("I.a", "I.a.crisis"): "  leading and trailing spaces  ",
    political_key("I"): "line ends\n\nand paragraphs\tand a tab",
    political_key("II"): ("Zażółć gęślą jaźń. " * 1800) + "😀" * 40 + ("Ελληνικά " * 300),
    political_key("III"): "😀" * 20000,  # 40,000 UTF-16 units: more than a cell
}


def test_awkward_texts_survive_the_round_trip(new_draft, tmp_path: Path) -> None:
    source = new_draft("source.pactdesk")
    source.save_many(AWKWARD, author="a")
    raw = workbook.render_xlsx(source)
    fresh = new_draft("fresh.pactdesk")
    plan = workbook.plan_import(fresh, raw, name="awkward.xlsx")
    assert plan.conflicts == ()
    workbook.apply_import(fresh, plan, author="b")
    for key, value in AWKWARD.items():
        assert fresh.value(key) == value, key
    # Imported back into the draft it came from, nothing has changed.
    again = workbook.plan_import(source, raw, name="awkward.xlsx")
    assert again.changes == () and again.conflicts == ()


def test_windows_line_breaks_in_a_workbook_are_line_breaks(new_draft, tmp_path: Path) -> None:
    # Excel on Windows, LibreOffice and other tools write CR LF (_x000D_ and a line feed)
    # or a lone CR in a cell: line breaks, not data (docs/limits.md).
    source = new_draft("source.pactdesk")
    with as_an_older_pactdesk_saved():
        source.save(political_key("I"), "Windows\r\nline ends\r\n\r\nand\rold Mac", author="a")
    raw = workbook.render_xlsx(source)
    fresh = new_draft("fresh.pactdesk")
    workbook.apply_import(fresh, workbook.plan_import(fresh, raw, name="crlf.xlsx"), author="b")
    assert fresh.value(political_key("I")) == "Windows\nline ends\n\nand\nold Mac"


def test_a_control_character_of_an_older_draft_goes_out_and_is_refused_back(
    new_draft, tmp_path: Path, capsys
) -> None:
    source = new_draft("source.pactdesk")
    with as_an_older_pactdesk_saved():  # pasted into a draft before PactDesk refused them
        source.save(answer_key("I.b", ACTIONS), "form\x0cfeed, bell\x07", author="a")
    source.close()
    book = tmp_path / "old.xlsx"
    code, _out, err = run(capsys, "export-xlsx", source.path, book)
    assert code == 0, err  # the export still works
    fresh = new_draft("fresh.pactdesk")
    fresh.close()
    before = fresh.path.read_bytes()
    code, _out, err = run(capsys, "import-xlsx", fresh.path, book)
    assert code == 2
    assert err.splitlines()[0] == (
        "pactdesk import-xlsx: old.xlsx cannot be imported: I.b — Main actions undertaken at "
        "Member State level: it holds a control character (U+000C, page break) at character 5; "
        "a workbook or a Word document cannot carry it: remove it from the text. "
        "Nothing was imported."
    )
    assert fresh.path.read_bytes() == before


def test_split_for_cells_joins_back_and_respects_the_limit() -> None:
    text = ("słowo " * 9000) + "😀" * 9000 + "\n\n" + "x" * 70000
    parts = layout.split_for_cells(text)
    assert "".join(parts) == text
    assert len(parts) > 3
    assert all(layout.utf16_length(p) <= layout.CELL_LIMIT for p in parts)
    assert parts[0].endswith(" ")  # cut after a word, not inside one


def test_reordered_rows_and_changed_formatting_read_the_same(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="bench")
    book = tmp_path / "book.xlsx"
    workbook.export_xlsx(draft, book)

    def reorder(wb):
        for marker in (layout.MARK_AREA + "I", layout.MARK_POLITICAL, layout.MARK_DATA):
            shuffle_rows(sheet(wb, marker), 3)
        sheet(wb, layout.MARK_AREA + "II").title = "Nielegalna imigracja"

    edit(book, reorder)
    ws = openpyxl.load_workbook(book)[("Nielegalna imigracja")]
    assert row_of(ws, "commitment/II.a") == 3  # untouched sheet, renamed
    plan = workbook.plan_import(draft, book.read_bytes(), name=book.name)
    assert plan.changes == () and plan.conflicts == ()
