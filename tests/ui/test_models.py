"""The item models, checked by pytest-qt's model tester (Qt's QAbstractItemModelTester)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pactdesk.domain.contribution import DataPoint, Reference
from pactdesk.ui.models.navigator import NavigatorModel, PageKeyRole, page_fields
from pactdesk.ui.models.rows import DataPointModel, ReferenceModel, parse_number


def test_navigator_model_is_a_correct_tree(qtmodeltester, framework):
    model = NavigatorModel(framework)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    # Part I with the five areas, Part II with the five areas and their 36 commitments.
    assert model.rowCount() == 2
    part_one, part_two = model.index(0, 0), model.index(1, 0)
    assert model.rowCount(part_one) == len(framework.areas)
    assert sum(model.rowCount(model.index(i, 0, part_two)) for i in range(5)) == 36
    assert model.index(0, 0, part_one).data(PageKeyRole) == "political/I"
    first_area = model.index(0, 0, part_two)
    assert model.index(0, 0, first_area).data(PageKeyRole) == "commitment/I.a"
    assert model.page_keys[:6] == (
        "political/I",
        "political/II",
        "political/III",
        "political/IV",
        "political/V",
        "commitment/I.a",
    )


def test_navigator_progress_rolls_up_to_areas_and_parts(qtmodeltester, framework):
    model = NavigatorModel(framework)
    qtmodeltester.check(model)
    fields = page_fields(framework)
    assert fields["commitment/I.a"] == (
        "commitment/I.a/prompt/I.a.crisis",
        "commitment/I.a/prompt/I.a.data",
        "commitment/I.a/actions_undertaken",
        "commitment/I.a/developments_planned",
    )
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append(a.internalId()))
    model.set_progress("commitment/I.a", 2, 4)
    model.set_progress("commitment/I.b", 6, 6)
    assert model.progress("area/I") == (8, 10)
    assert model.progress("part/2") == (8, 10)
    row = model.index_for_key("commitment/I.a")
    assert model.index(row.row(), 1, row.parent()).data() == "2/4"
    assert "2 of 4" in row.data(Qt.ItemDataRole.ToolTipRole)
    assert "complete" in model.index_for_key("commitment/I.b").data(Qt.ItemDataRole.ToolTipRole)
    # The commitment's row, its area's and its part's were announced as changed.
    assert len(changed) >= 3


def test_data_point_model_edits_and_marks_non_harmonised(qtmodeltester):
    model = DataPointModel()
    emitted: list[str] = []
    model.rows_changed.connect(emitted.append)
    model.set_rows([DataPoint("Permits", "2009-H1", 10, "permits", "Ministry", False)])
    qtmodeltester.check(model)
    row = model.append_row()
    assert model.setData(model.index(row, 0), "Wnioski o azyl")
    assert model.setData(model.index(row, 2), "1 234,5")
    assert model.rows[row].value == 1234.5
    assert model.index(0, 5).data() == "Not comparable"
    model.setData(model.index(0, 5), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.rows[0].harmonised is True
    assert model.index(0, 5).data() == "Harmonised"
    assert emitted and '"Wnioski o azyl"' in emitted[-1]
    qtmodeltester.check(model)


def test_reference_model(qtmodeltester):
    model = ReferenceModel()
    model.set_rows([Reference("EMN annual policy report", "Section 2")])
    qtmodeltester.check(model)
    model.remove_row(0)
    assert model.rowCount() == 0


def test_numbers_typed_the_way_officials_write_them():
    assert parse_number("1234") == 1234
    assert parse_number("1 234") == 1234
    assert parse_number("1\u00a0234") == 1234
    assert parse_number("12,5") == 12.5
    assert parse_number("12.5") == 12.5
    assert parse_number("about 12") is None
    assert parse_number("") is None
