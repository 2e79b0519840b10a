"""Exchange packages over the command line: the round trip, the merge, conflicts, refusals."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    answer_key,
    data_key,
    decode_data,
    encode_rows,
    political_key,
)
from pactdesk.services.drafts import Draft, LockedItemError
from pactdesk.services.exchange_package import MIMETYPE
from tests.exchange_support import (
    BASE_ACTIONS,
    BASE_PLANNED,
    POINT,
    digest,
    make_exchange,
    members_of,
    point,
    raw_zip,
    rewrite,
)
from tests.helpers import run_cli

A_ACT = answer_key("II.a", ACTIONS)
A_DEV = answer_key("II.a", DEVELOPMENTS)
B_ACT = answer_key("II.b", ACTIONS)
A_DATA = data_key("II.a")


def test_assignments_say_who_owes_what(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    result = run_cli("assign", ex.coordinator, "P1.I", "III", "--to", "Jan Kowal")
    assert result.returncode == 0, result.stderr
    assert "III.a" in result.stdout
    owed = json.loads(run_cli("assignments", ex.coordinator, "--json").stdout)
    anna = next(row for row in owed if row["assignee"] == "Anna Nowak")
    assert anna["items"] == ["II.a", "II.b"] and anna["ministry"] == "Labour"
    assert anna["answered"] == 4 and anna["last_received"] is None
    jan = next(row for row in owed if row["assignee"] == "Jan Kowal")
    assert jan["items"][0] == "P1.I" and "III.a" in jan["items"]
    bad = run_cli("assign", ex.coordinator, "IX.z", "--to", "Jan")
    assert bad.returncode == 2 and bad.stderr.count("\n") >= 1
    assert "not an item" in bad.stderr.splitlines()[0]


def test_the_contributor_gets_only_the_items_sent(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    with Draft.open(ex.contributor) as draft:
        items = draft.items()
    assert items[A_ACT] == BASE_ACTIONS
    assert items[political_key("II")] == "Area II assessment."
    assert not items.get(political_key("I")) and not items.get(answer_key("I.a", ACTIONS))
    # export-json / import-json work on it like on any draft
    out = tmp_path / "c.json"
    assert run_cli("export-json", ex.contributor, out).returncode == 0
    assert run_cli("import-json", ex.contributor, out).returncode == 0


def test_the_items_not_sent_are_read_only_in_the_contributors_draft(tmp_path: Path) -> None:
    """Shown, but locked: the service refuses a change to them (CLI and window alike)."""
    ex = make_exchange(tmp_path)
    locked = answer_key("I.a", ACTIONS)
    with Draft.open(ex.contributor) as draft:
        assert draft.info.is_locked(locked) and draft.info.is_locked(political_key("I"))
        assert not draft.info.is_locked(A_ACT) and not draft.info.is_locked(A_DATA)
        assert not draft.info.is_locked(political_key("II"))
        head = draft.head()
        with pytest.raises(LockedItemError, match="read-only in this draft"):
            draft.save_many({A_DEV: "Mine.", locked: "Not mine."}, author="Anna Nowak")
        assert draft.head() == head and draft.value(A_DEV) == BASE_PLANNED  # nothing of it
        draft.save(A_DEV, "Mine.", author="Anna Nowak")
    # over the command line: import-json that touches a locked item is refused, exit 2
    out = tmp_path / "c.json"
    assert run_cli("export-json", ex.contributor, out).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    ia = next(c for c in document["commitments"] if c["id"] == "I.a")
    ia["actions_undertaken"] = "Written where the coordinator writes."
    out.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    before = digest(ex.contributor)
    refused = run_cli("import-json", ex.contributor, out)
    assert refused.returncode == 2, refused.stdout
    assert "read-only in this draft" in refused.stderr.splitlines()[0]
    assert digest(ex.contributor) == before
    # the coordinator's own draft has no locks
    with Draft.open(ex.coordinator) as draft:
        assert draft.info.editable_keys is None and not draft.info.is_locked(locked)


def test_a_return_merges_three_way_field_by_field(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    # The contributor: a word at the end of II.a actions; II.a planned; the same words of II.b;
    # a data row added.
    ex.edit(
        ex.contributor,
        {
            A_ACT: BASE_ACTIONS.replace("thirty days", "twenty days"),
            A_DEV: "A review of the seasonal work scheme is planned for 2011.",
            B_ACT: "Bilateral agreements were signed with Moldova.",
            A_DATA: encode_rows((POINT, point("Seasonal workers", 300))),
        },
        author="Anna Nowak",
    )
    # The coordinator meanwhile: another word of II.a actions, the same words of II.b, a data row.
    ex.edit(
        ex.coordinator,
        {
            A_ACT: BASE_ACTIONS.replace("adopted", "passed"),
            B_ACT: "Bilateral agreements were signed with Georgia.",
            A_DATA: encode_rows((POINT, point("Blue cards", 12))),
        },
        author="Coordinator",
    )
    back = ex.give_back()
    before = digest(ex.coordinator)
    dry = run_cli("exchange", "import", ex.coordinator, back, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert digest(ex.coordinator) == before
    plan = json.loads(dry.stdout)
    assert plan["sender"] == {
        "signed": False,
        "name": plan["sender"]["name"],
        "issuer": None,
        "certificate_sha256": None,
        "trusted_by": None,
    }
    assert {c["field"] for c in plan["changes"]} == {
        "II.a/actions_undertaken",
        "II.a/developments_planned",
        "II.a/data",
    }
    assert [c["field"] for c in plan["conflicts"]] == ["II.b/actions_undertaken"]

    result = run_cli("exchange", "import", ex.coordinator, back)
    assert result.returncode == 0, result.stderr
    assert "unsigned" in result.stdout
    with Draft.open(ex.coordinator) as draft:
        items = draft.items()
        events = draft.events()
        assert not draft.check_history()
    # both sides changed different words: merged
    assert items[A_ACT] == BASE_ACTIONS.replace("adopted", "passed").replace("thirty", "twenty")
    # one side only: taken
    assert items[A_DEV].endswith("2011.")
    # the same words on both sides: ours kept
    assert items[B_ACT].endswith("Georgia.")
    # rows added on both sides: both kept
    assert [p.indicator for p in decode_data(items[A_DATA])] == [
        "Work permits",
        "Blue cards",
        "Seasonal workers",
    ]
    # ONE merge event, naming both parents and carrying every field it changed
    merge_events = [e for e in events if (e.source or "").startswith("exchange-import:")]
    assert len(merge_events) == 1
    merged = merge_events[0]
    assert merged.is_merge and merged.seq == events[-1].seq
    assert {c.item for c in merged.changes} == {A_ACT, A_DEV, A_DATA}
    assert "merge of this draft at revision" in merged.source
    assert "return at their revision" in merged.source
    parents = merged.parents_json()
    assert parents is not None
    assert parents["ours"]["revision"] == merged.seq - 1
    assert parents["ours"]["hash"] == merged.prev_hash
    assert parents["theirs"]["package_id"] == plan["package"]
    assert parents["theirs"]["revision"] == plan["parents"]["theirs"]["revision"] > 0
    # each field's own history sees its part of the merge
    with Draft.open(ex.coordinator) as draft:
        own = draft.events(A_DEV)
    assert own[-1].seq == merged.seq and own[-1].after == items[A_DEV]
    # diff names the merge and its parents
    shown = run_cli("diff", ex.coordinator, "--from", str(merged.seq - 1))
    assert shown.returncode == 0, shown.stderr
    assert f"Revision {merged.seq} is a merge of this draft at revision {merged.seq - 1}" in (
        shown.stdout
    )
    assert "3 fields" in shown.stdout
    as_json = json.loads(run_cli("diff", ex.coordinator, "--from", "0", "--json").stdout)
    assert [m["revision"] for m in as_json["merges"]] == [merged.seq]
    assert set(as_json["merges"][0]["fields"]) == {
        "II.a/actions_undertaken",
        "II.a/developments_planned",
        "II.a/data",
    }

    conflicts = json.loads(run_cli("conflicts", ex.coordinator, "--json").stdout)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict["field"] == "II.b/actions_undertaken"
    assert conflict["base"].endswith("Ukraine.")
    assert conflict["ours"].endswith("Georgia.")
    assert conflict["theirs"].endswith("Moldova.")

    # importing it again changes nothing and says so
    again = run_cli("exchange", "import", ex.coordinator, back)
    assert again.returncode == 0 and "already imported" in again.stdout
    with Draft.open(ex.coordinator) as draft:
        assert len(draft.events()) == len(events)

    owed = json.loads(run_cli("assignments", ex.coordinator, "--json").stdout)
    assert owed[0]["last_received"] is not None


@pytest.mark.parametrize("take", ["ours", "theirs", "merged"])
def test_resolving_a_conflict_each_way(tmp_path: Path, take: str) -> None:
    ex = make_exchange(tmp_path, items="II.b")
    ex.edit(ex.contributor, {B_ACT: "Agreements with Moldova."}, author="Anna Nowak")
    ex.edit(ex.coordinator, {B_ACT: "Agreements with Georgia."}, author="Coordinator")
    back = ex.give_back()
    assert run_cli("exchange", "import", ex.coordinator, back).returncode == 0
    extra: list[str | Path] = []
    if take == "merged":
        text = tmp_path / "merged.txt"
        text.write_text("Agreements with Georgia and Moldova — zażółć.", encoding="utf-8")
        extra = ["--text-file", text]
    result = run_cli("resolve", ex.coordinator, "II.b/actions_undertaken", "--take", take, *extra)
    assert result.returncode == 0, result.stderr
    with Draft.open(ex.coordinator) as draft:
        value = draft.value(B_ACT)
    assert (
        value
        == {
            "ours": "Agreements with Georgia.",
            "theirs": "Agreements with Moldova.",
            "merged": "Agreements with Georgia and Moldova — zażółć.",
        }[take]
    )
    assert json.loads(run_cli("conflicts", ex.coordinator, "--json").stdout) == []
    again = run_cli("resolve", ex.coordinator, "II.b/actions_undertaken", "--take", "ours")
    assert again.returncode == 2 and "no open conflict" in again.stderr.splitlines()[0]


def _refused(draft: Path, package: Path, words: str) -> None:
    before = digest(draft)
    result = run_cli("exchange", "import", draft, package)
    assert result.returncode == 2, result.stdout + result.stderr
    first = result.stderr.splitlines()[0]
    assert words in first, first
    assert digest(draft) == before


def test_a_return_for_another_draft_is_refused(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    ex.edit(ex.contributor, {A_DEV: "Changed."}, author="Anna Nowak")
    back = ex.give_back()
    (tmp_path / "other").mkdir()
    other = make_exchange(tmp_path / "other")
    _refused(other.coordinator, back, "another draft")


def test_a_foreign_base_and_unknown_items_are_refused(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    ex.edit(ex.contributor, {A_DEV: "Changed."}, author="Anna Nowak")
    back = ex.give_back()

    def foreign(document: dict) -> None:  # type: ignore[type-arg]
        document["fields"][0]["base"]["hash"] = "ab" * 32

    _refused(ex.coordinator, rewrite(back, tmp_path / "foreign.pdx", foreign), "base")

    def unknown(document: dict) -> None:  # type: ignore[type-arg]
        document["items"].append("IX.z")

    _refused(ex.coordinator, rewrite(back, tmp_path / "items.pdx", unknown), "items this draft")
    # the package sent out is not a return
    _refused(ex.coordinator, ex.package, "not their return")


def test_hostile_packages_are_refused_and_the_draft_is_unchanged(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    back = ex.give_back()
    good = members_of(back)
    cases = {
        "escape": raw_zip([("mimetype", MIMETYPE), ("../../evil.txt", b"x")]),
        "bomb": raw_zip([("mimetype", MIMETYPE), ("package.json", b"\0" * (40 * 1024 * 1024))]),
        "huge": raw_zip([("mimetype", MIMETYPE), ("package.json", b" " * (130 * 1024 * 1024))]),
        "format": b"%PDF-1.7\n% not a package at all\n",
        "text": "Это не пакет".encode(),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate, as it should
        cases["duplicate"] = raw_zip(
            [
                ("mimetype", MIMETYPE),
                ("package.json", good["package.json"]),
                ("package.json", good["package.json"]),
                ("framework.json", good["framework.json"]),
            ]
        )
    expected = {
        "escape": "will not read",
        "bomb": "zip bomb",
        "huge": "more than a package can hold",
        "format": "not an exchange package",
        "text": "not an exchange package",
        "duplicate": "twice",
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.pdx"
        path.write_bytes(data)
        _refused(ex.coordinator, path, expected[name])
        opened = run_cli("exchange", "open", path, tmp_path / f"{name}.pactdesk")
        assert opened.returncode == 2 and not (tmp_path / f"{name}.pactdesk").exists()


def test_a_second_return_after_a_merge_merges_again(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path, items="II.a")
    ex.edit(ex.contributor, {A_ACT: BASE_ACTIONS + " First addition."}, author="Anna Nowak")
    assert run_cli("exchange", "import", ex.coordinator, ex.give_back("one.pdx")).returncode == 0
    ex.edit(
        ex.coordinator,
        {A_ACT: "Coordinator's intro. " + BASE_ACTIONS + " First addition."},
        author="C",
    )
    ex.edit(
        ex.contributor,
        {A_ACT: BASE_ACTIONS + " First addition. Second addition."},
        author="Anna Nowak",
    )
    result = run_cli("exchange", "import", ex.coordinator, ex.give_back("two.pdx"))
    assert result.returncode == 0, result.stderr
    with Draft.open(ex.coordinator) as draft:
        assert draft.value(A_ACT) == (
            "Coordinator's intro. " + BASE_ACTIONS + " First addition. Second addition."
        )
    assert json.loads(run_cli("conflicts", ex.coordinator, "--json").stdout) == []


def test_a_package_is_never_written_over_the_draft(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    before = digest(ex.coordinator)
    result = run_cli(
        "exchange", "export", ex.coordinator, "--items", "II.a", "--to", ex.coordinator
    )
    assert result.returncode == 2 and "the draft itself" in result.stderr.splitlines()[0]
    assert digest(ex.coordinator) == before
    result = run_cli("exchange", "return", ex.contributor, "--to", ex.contributor)
    assert result.returncode == 2
    assert run_cli("exchange", "return", ex.coordinator, "--to", tmp_path / "x.pdx").returncode == 2
    assert not (tmp_path / "x.pdx").exists()
