"""Three-way import: workbook-only changes apply, both-sides changes are conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsx_support import edit, row_of, run, set_cell, sheet

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    answer_key,
    data_key,
    decode_data,
    decode_references,
    encode_rows,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.export import xlsx as layout
from pactdesk.services import workbook
from pactdesk.services.drafts import Draft

IA = answer_key("I.a", ACTIONS)
IA_DEV = answer_key("I.a", DEVELOPMENTS)
IB = answer_key("I.b", ACTIONS)
CRISIS = prompt_key("I.a", "I.a.crisis")
POL = political_key("IV")


@pytest.fixture
def base(new_draft, tmp_path: Path):
    draft = new_draft()
    draft.save_many(
        {
            IA: "Ustawa z 2009 r.",
            IA_DEV: "Nowelizacja planowana w 2010 r.",
            IB: "Karta niebieska: wdrożenie.",
            POL: "Ocena ogólna.",
            data_key("I.a"): encode_rows(
                (
                    DataPoint("Zezwolenia na pracę", "2009-H1", 1200, "osoby", "UdSC", False),
                    DataPoint("Wizy", "2009-Q1", 3.5, "tys.", "MSZ", True),
                )
            ),
        },
        author="Coordinator",
    )
    book = tmp_path / "for-labour.xlsx"
    workbook.export_xlsx(draft, book)
    return draft, book


def test_a_change_made_only_in_the_workbook_is_applied(base) -> None:
    draft, book = base
    edit(
        book,
        lambda wb: (
            set_cell(
                sheet(wb, layout.MARK_AREA + "I"), "commitment/I.a", 3, "Ustawa — poprawiona."
            ),
            set_cell(sheet(wb, layout.MARK_AREA + "I"), CRISIS, 3, "Kryzys: mniej zezwoleń."),
            set_cell(sheet(wb, layout.MARK_DETAILS), layout.FILLED_IN_BY, 3, "Jan Kowalski"),
        ),
    )
    plan = workbook.plan_import(draft, book.read_bytes(), name=book.name)
    assert plan.same_draft
    assert {c.key: (c.old, c.new) for c in plan.changes} == {
        IA: ("Ustawa z 2009 r.", "Ustawa — poprawiona."),
        CRISIS: ("", "Kryzys: mniej zezwoleń."),
    }
    assert plan.conflicts == ()
    result = workbook.apply_import(draft, plan, author="Coordinator")
    assert set(result.changed) == {IA, CRISIS}
    assert draft.value(IA) == "Ustawa — poprawiona."
    event = draft.events(IA)[-1]
    assert (event.author, event.source) == ("Jan Kowalski", "import-xlsx:for-labour.xlsx")
    assert draft.check_history() == []


def test_a_field_changed_on_both_sides_is_a_conflict_and_the_draft_text_is_kept(
    base, capsys
) -> None:
    draft, book = base
    # After the export, the coordinator edits I.a and I.b in PactDesk …
    draft.save_many({IA: "Wersja koordynatora.", IB: "Karta niebieska: wdrożona."}, author="C")
    # … and the colleague edits I.a (conflict), I.b to the same text (agreement),
    # and IV in the political report (no conflict).
    edit(
        book,
        lambda wb: (
            set_cell(
                sheet(wb, layout.MARK_AREA + "I"), "commitment/I.a", 3, "Wersja ministerstwa."
            ),
            set_cell(
                sheet(wb, layout.MARK_AREA + "I"), "commitment/I.b", 3, "Karta niebieska: wdrożona."
            ),
            set_cell(sheet(wb, layout.MARK_POLITICAL), POL, 3, "Ocena ministerstwa."),
        ),
    )
    draft_path = draft.path
    draft.close()
    code, out, err = run(capsys, "import-xlsx", draft_path, book, "--author", "Coordinator")
    assert code == 0, err
    assert "1 conflict: the draft's text was kept." in out
    assert "I.a — Main actions undertaken at Member State level: changed both" in out
    assert "Wersja ministerstwa." in out
    assert "1 field changed" in out
    with Draft.open(draft_path) as reopened:
        assert reopened.value(IA) == "Wersja koordynatora."
        assert reopened.value(IB) == "Karta niebieska: wdrożona."
        assert reopened.value(POL) == "Ocena ministerstwa."


def test_a_change_made_only_in_the_draft_stays(base) -> None:
    draft, book = base
    draft.save(IA, "Nowsza wersja w PactDesk.", author="C")
    plan = workbook.plan_import(draft, book.read_bytes(), name=book.name)
    assert plan.changes == () and plan.conflicts == ()


def test_a_workbook_of_another_draft_fills_only_empty_fields(base, new_draft) -> None:
    _, book = base
    other = new_draft("other.pactdesk")
    other.save_many({IA: "Tekst innego projektu.", IB: "Karta niebieska: wdrożenie."}, author="x")
    plan = workbook.plan_import(other, book.read_bytes(), name=book.name)
    assert not plan.same_draft
    changed = {c.key for c in plan.changes}
    assert changed == {IA_DEV, POL, data_key("I.a")}  # empty in the other draft
    assert [c.key for c in plan.conflicts] == [IA]  # not empty, and different
    assert "another draft" in plan.conflicts[0].reason
    workbook.apply_import(other, plan, author="x")
    assert other.value(IA) == "Tekst innego projektu."
    assert other.value(IA_DEV) == "Nowelizacja planowana w 2010 r."


def test_data_points_and_references_edited_added_and_removed(base) -> None:
    draft, book = base

    def change(wb):
        ws = sheet(wb, layout.MARK_DATA)
        set_cell(ws, f"{data_key('I.a')}/0", layout.D_VALUE, 1250)
        for column in range(layout.D_INDICATOR, layout.D_HARMONISED + 1):
            set_cell(ws, f"{data_key('I.a')}/1", column, None)  # row cleared: point removed
        spare = next(r for r in range(3, ws.max_row + 1) if not ws.cell(r, 1).value)
        for column, value in zip(
            range(layout.D_COMMITMENT, layout.D_HARMONISED + 1),
            ("II.f", "Powroty dobrowolne", "2009-05", "87", "osoby", "Straż Graniczna", "no"),
            strict=True,
        ):
            ws.cell(spare, column).value = value
        refs = sheet(wb, layout.MARK_REFERENCES)
        spare = next(r for r in range(3, refs.max_row + 1) if not refs.cell(r, 1).value)
        refs.cell(spare, layout.R_COMMITMENT).value = "I.a"
        refs.cell(spare, layout.R_SOURCE).value = "EMN annual policy report 2009"
        refs.cell(spare, layout.R_CITATION).value = "section 4.1"

    edit(book, change)
    plan = workbook.plan_import(draft, book.read_bytes(), name=book.name)
    workbook.apply_import(draft, plan, author="C")
    assert decode_data(draft.value(data_key("I.a"))) == (
        DataPoint("Zezwolenia na pracę", "2009-H1", 1250, "osoby", "UdSC", False),
    )
    assert decode_data(draft.value(data_key("II.f"))) == (
        DataPoint("Powroty dobrowolne", "2009-05", 87, "osoby", "Straż Graniczna", False),
    )
    [reference] = decode_references(draft.value(references_key("I.a")))
    assert (reference.source, reference.citation) == (
        "EMN annual policy report 2009",
        "section 4.1",
    )


def test_a_plan_gone_stale_writes_nothing(base) -> None:
    draft, book = base
    edit(
        book,
        lambda wb: set_cell(sheet(wb, layout.MARK_AREA + "I"), "commitment/I.a", 3, "Z arkusza."),
    )
    plan = workbook.plan_import(draft, book.read_bytes(), name=book.name)
    draft.save(IA, "Ktoś pisał w międzyczasie.", author="C")
    head = draft.head()
    with pytest.raises(workbook.WorkbookError, match="changed since"):
        workbook.apply_import(draft, plan, author="C")
    assert draft.head() == head
    assert draft.value(IA) == "Ktoś pisał w międzyczasie."


def test_the_workbook_protects_template_cells_and_opens_answer_cells(base) -> None:
    import openpyxl

    _, book = base
    wb = openpyxl.load_workbook(book)
    ws = sheet(wb, layout.MARK_AREA + "I")
    row = row_of(ws, "commitment/I.a")
    assert ws.protection.sheet
    assert ws.column_dimensions["A"].hidden
    assert ws.cell(row, 2).protection.locked
    assert not ws.cell(row, 3).protection.locked and not ws.cell(row, 4).protection.locked
    assert ws.freeze_panes == "B3"
    hidden = sheet(wb, layout.MARK_BASE)
    assert hidden.sheet_state == "veryHidden" and hidden.protection.sheet
    data = sheet(wb, layout.MARK_DATA)
    kinds = {dv.type for dv in data.data_validations.dataValidation}
    assert {"decimal", "list", "custom"} <= kinds
