"""The workbook import uses the exchange's three-way merge, and its conflicts can be resolved."""

from __future__ import annotations

import json
from pathlib import Path

from xlsx_support import edit, set_cell, sheet

from pactdesk.domain.contribution import ACTIONS, answer_key
from pactdesk.export import xlsx as layout
from pactdesk.services import exchange, workbook
from tests.helpers import run_cli

IA = answer_key("I.a", ACTIONS)
IB = answer_key("I.b", ACTIONS)
BASE = "Ustawa z 2009 r. weszła w życie w maju. Wnioski składa się online."


def test_a_workbook_edited_on_both_sides_merges_by_word_and_keeps_conflicts(
    new_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save_many({IA: BASE, IB: "Karta niebieska."}, author="Coordinator")
    book = tmp_path / "for-labour.xlsx"
    workbook.export_xlsx(draft, book)
    draft.save_many(
        {IA: BASE.replace("Ustawa", "Nowa ustawa"), IB: "Karta niebieska: wersja A."},
        author="Coordinator",
    )
    edit(
        book,
        lambda wb: (
            set_cell(
                sheet(wb, layout.MARK_AREA + "I"),
                "commitment/I.a",
                3,
                BASE.replace("online", "online lub w urzędzie"),
            ),
            set_cell(
                sheet(wb, layout.MARK_AREA + "I"), "commitment/I.b", 3, "Karta niebieska: wersja B."
            ),
        ),
    )
    plan = workbook.plan_import(draft, book.read_bytes(), name=book.name)
    assert [c.key for c in plan.changes] == [IA]
    assert plan.changes[0].new == BASE.replace("Ustawa", "Nowa ustawa").replace(
        "online", "online lub w urzędzie"
    )
    assert [c.key for c in plan.conflicts] == [IB]
    workbook.apply_import(draft, plan, author="Coordinator")
    found = exchange.conflicts(draft)
    assert [(c.field, c.base, c.ours, c.theirs) for c in found] == [
        (
            "I.b/actions_undertaken",
            "Karta niebieska.",
            "Karta niebieska: wersja A.",
            "Karta niebieska: wersja B.",
        )
    ]
    path = draft.path
    draft.close()
    listed = json.loads(run_cli("conflicts", path, "--json").stdout)
    assert listed[0]["origin"] == "workbook for-labour.xlsx"
    assert run_cli("resolve", path, "I.b/actions_undertaken", "--take", "theirs").returncode == 0
    assert json.loads(run_cli("conflicts", path, "--json").stdout) == []


def test_a_workbook_for_one_assignee_holds_only_their_items_and_imports_back(
    new_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from pactdesk.frameworks import shipped_framework

    draft = new_draft()
    draft.save_many({IA: BASE, answer_key("II.b", ACTIONS): "Readmission."}, author="C")
    exchange.assign(draft, ["I.a", "P1.I"], to="Anna Nowak", author="C")
    path = draft.path
    draft.close()
    book = tmp_path / "anna.xlsx"
    result = run_cli("export-xlsx", path, book, "--assignee", "Anna Nowak")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(book)
    area_sheets = [ws.title for ws in wb.worksheets if str(ws["A1"].value).startswith("sheet:area")]
    assert len(area_sheets) == 1
    texts = " ".join(str(c.value) for row in wb[area_sheets[0]].iter_rows() for c in row if c.value)
    fw = shipped_framework("pact-2010")
    assert fw.commitment("I.a").paragraphs[0][:40] in texts
    assert fw.commitment("I.b").paragraphs[0][:40] not in texts  # I.a only, not I.b
    edit(
        book,
        lambda wb: set_cell(
            sheet(wb, layout.MARK_AREA + "I"), "commitment/I.a", 3, BASE + " Nowe zdanie."
        ),
    )
    back = run_cli("import-xlsx", path, book)
    assert back.returncode == 0, back.stderr
    assert "1 field changed" in back.stdout
    bad = run_cli("export-xlsx", path, tmp_path / "x.xlsx", "--items", "IX.z")
    assert bad.returncode == 2 and not (tmp_path / "x.xlsx").exists()
