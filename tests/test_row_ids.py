"""Stable row ids of data points and references: stored, exported, carried, merged by."""

from __future__ import annotations

import json
from pathlib import Path

from pactdesk.domain.contribution import data_key, decode_data, encode_rows, references_key
from pactdesk.services import interchange
from pactdesk.services.drafts import Draft
from pactdesk.testing.drafts import create_draft
from tests.exchange_support import POINT, make_exchange, members_of, point
from tests.helpers import run_cli

A_DATA = data_key("II.a")
OLD_ROWS = json.dumps(  # as a draft from before row ids stored them
    [
        {"harmonised": False, "indicator": "Work permits", "period": "2009-H1", "source": "Labour",
         "unit": "persons", "value": 1200},
        {"harmonised": False, "indicator": "Work permits", "period": "2009-H1", "source": "Labour",
         "unit": "persons", "value": 1200},
    ],
    separators=(",", ":"),
)  # fmt: skip


def test_rows_without_ids_get_the_same_derived_ids_every_time(tmp_path: Path) -> None:
    draft = create_draft(tmp_path / "old.pactdesk", items={A_DATA: OLD_ROWS})
    try:
        first = [p.id for p in decode_data(draft.value(A_DATA))]
        assert first == [p.id for p in decode_data(draft.value(A_DATA))]
        assert len(set(first)) == 2 and all(i.startswith("r") for i in first)  # twins: two ids
        # The signed canonical JSON carries no ids: an old draft's sign-offs stay valid.
        canonical = interchange.canonical_json(draft).decode("utf-8")
        assert '"id":"r' not in canonical and "Work permits" in canonical
    finally:
        draft.close()


def test_export_json_carries_row_ids_and_import_json_keeps_them(tmp_path: Path) -> None:
    stored = encode_rows((POINT, point("Blue cards", 12)))
    draft = create_draft(tmp_path / "a.pactdesk", items={A_DATA: stored})
    draft.close()
    ids = [p.id for p in decode_data(stored)]
    out = tmp_path / "a.json"
    assert run_cli("export-json", tmp_path / "a.pactdesk", out).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    ii_a = next(c for c in document["commitments"] if c["id"] == "II.a")
    assert [row["id"] for row in ii_a["data"]] == ids
    # a row id of the file's own choosing is kept too
    ii_a["references"] = [{"source": "Eurostat", "citation": "migr_resfirst", "id": "ref-1"}]
    out.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    fresh = create_draft(tmp_path / "b.pactdesk")
    fresh.close()
    done = run_cli("import-json", tmp_path / "b.pactdesk", out)
    assert done.returncode == 0, done.stderr
    with Draft.open(tmp_path / "b.pactdesk") as again:
        assert [p.id for p in decode_data(again.value(A_DATA))] == ids
        assert json.loads(again.value(references_key("II.a")))[0]["id"] == "ref-1"
    # a malformed id is refused by the schema, nothing written
    ii_a["references"][0]["id"] = "not an id!"
    out.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    bad = run_cli("import-json", tmp_path / "b.pactdesk", out)
    assert bad.returncode == 2


def test_packages_carry_row_ids_and_the_merge_pairs_rows_by_id(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path, items="II.a")  # the coordinator's II.a data: one old-style row
    with Draft.open(ex.coordinator) as draft:
        (ours_point,) = decode_data(draft.value(A_DATA))
    package = json.loads(members_of(ex.package)["package.json"])
    carried = next(f for f in package["fields"] if f["field"] == "II.a/data")
    assert [row["id"] for row in json.loads(carried["value"])] == [ours_point.id]
    with Draft.open(ex.contributor) as draft:
        (theirs_point,) = decode_data(draft.value(A_DATA))
    assert theirs_point.id == ours_point.id
    # The contributor corrects the figure (same row) and adds a row; the coordinator adds
    # a row BEFORE it and keeps the figure.  By place the rows no longer line up; by id they do.
    corrected = point("Work permits", 1250)
    ex.edit(
        ex.contributor,
        {A_DATA: encode_rows((_with_id(corrected, theirs_point.id), point("Seasonal", 300)))},
        author="Anna Nowak",
    )
    ex.edit(
        ex.coordinator,
        {A_DATA: encode_rows((point("Blue cards", 12), ours_point))},
        author="Coordinator",
    )
    result = run_cli("exchange", "import", ex.coordinator, ex.give_back("back.pdx"))
    assert result.returncode == 0, result.stderr
    with Draft.open(ex.coordinator) as draft:
        merged = decode_data(draft.value(A_DATA))
    assert [(p.indicator, p.value) for p in merged] == [
        ("Blue cards", 12),
        ("Work permits", 1250),
        ("Seasonal", 300),
    ]
    assert merged[1].id == ours_point.id  # the same row, changed in place

    # Now both sides change that one row, differently: a conflict, both kept.
    ex.edit(
        ex.contributor,
        {A_DATA: encode_rows((_with_id(point("Work permits", 1300), ours_point.id),))},
        author="Anna Nowak",
    )
    ex.edit(
        ex.coordinator,
        {
            A_DATA: encode_rows(
                (merged[0], _with_id(point("Work permits", 1260), ours_point.id), merged[2])
            )
        },
        author="Coordinator",
    )
    again = run_cli("exchange", "import", ex.coordinator, ex.give_back("two.pdx"))
    assert again.returncode == 0, again.stderr
    conflicts = json.loads(run_cli("conflicts", ex.coordinator, "--json").stdout)
    assert [c["field"] for c in conflicts] == ["II.a/data"]
    assert "changed differently on both sides" in conflicts[0]["details"]
    assert "1300" in conflicts[0]["theirs"] and "1260" in conflicts[0]["ours"]


def _with_id(p, row_id: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(p, id=row_id)
