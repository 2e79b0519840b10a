"""Tampering with a draft's history using plain sqlite3 shows in the history check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pactdesk.services.drafts import Draft
from tests.helpers import run_cli


def _draft_with_history(new_draft) -> Path:  # type: ignore[no-untyped-def]
    draft = new_draft()
    for i in range(5):
        draft.save("political/I", f"Ocena {i}", author="Jan")
        draft.save("commitment/I.a/actions_undertaken", f"Działania {i}", author="Anna")
    path = draft.path
    draft.close()
    return path


def _codes(path: Path) -> set[str]:
    with Draft.open(path) as draft:
        return {problem.code for problem in draft.check_history()}


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_an_untouched_history_checks_out(new_draft) -> None:
    path = _draft_with_history(new_draft)
    assert _codes(path) == set()
    result = run_cli("status", path, "--json")
    assert json.loads(result.stdout)["history"]["ok"] is True


def test_an_edited_event_is_reported(new_draft) -> None:
    path = _draft_with_history(new_draft)
    _sql(path, "UPDATE event SET author = 'Mallory' WHERE seq = 3")
    assert "edited-event" in _codes(path)
    result = run_cli("status", path)
    assert result.returncode == 1
    assert "Event 3" in result.stdout and "edited" in result.stdout
    assert result.stderr.startswith("pactdesk status: ")


def test_an_edited_event_value_is_reported_even_with_the_answer_matched(new_draft) -> None:
    path = _draft_with_history(new_draft)
    _sql(
        path,
        "UPDATE event SET after = 'Fałsz' WHERE seq = 10",
        "UPDATE item SET value = 'Fałsz' WHERE key = 'commitment/I.a/actions_undertaken'",
    )
    assert "edited-event" in _codes(path)


def test_an_answer_changed_without_an_event_is_reported(new_draft) -> None:
    path = _draft_with_history(new_draft)
    _sql(path, "UPDATE item SET value = 'Podmienione' WHERE key = 'political/I'")
    codes = _codes(path)
    assert codes == {"unrecorded-change"}
    result = run_cli("status", path)
    assert result.returncode == 1 and "political/I" in result.stdout


def test_an_answer_added_without_an_event_is_reported(new_draft) -> None:
    path = _draft_with_history(new_draft)
    _sql(path, "INSERT INTO item (key, value, revision) VALUES ('political/V', 'Nowe', 99)")
    assert _codes(path) == {"unrecorded-change"}


def test_events_removed_in_the_middle_are_reported(new_draft) -> None:
    path = _draft_with_history(new_draft)
    _sql(path, "DELETE FROM event WHERE seq = 4")
    assert {"missing-events", "broken-chain"} <= _codes(path)


def test_newest_events_deleted_after_an_export_are_reported(new_draft, tmp_path: Path) -> None:
    path = _draft_with_history(new_draft)
    export = tmp_path / "sent.json"
    assert run_cli("export-json", path, export).returncode == 0
    # Cut the history back to revision 6, and make the answers match it, so
    # that the chain and the replay alone see nothing wrong.
    _sql(
        path,
        "DELETE FROM event WHERE seq > 6",
        "UPDATE item SET value = 'Ocena 2' WHERE key = 'political/I'",
        "UPDATE item SET value = 'Działania 2' WHERE key = 'commitment/I.a/actions_undertaken'",
    )
    assert _codes(path) == {"history-shorter-than-head"}

    # Removing the draft's own export records does not hide it: this computer
    # recorded the head too.
    _sql(path, "DELETE FROM export_record")
    assert _codes(path) == {"history-shorter-than-head"}


def test_the_head_an_exported_file_carries_catches_a_cut_on_another_computer(
    new_draft, tmp_path: Path, pactdesk_home: Path
) -> None:
    path = _draft_with_history(new_draft)
    export = tmp_path / "sent.json"
    assert run_cli("export-json", path, export).returncode == 0
    _sql(
        path,
        "DELETE FROM event WHERE seq > 8",
        "DELETE FROM export_record",
        "UPDATE item SET value = 'Ocena 3' WHERE key = 'political/I'",
        "UPDATE item SET value = 'Działania 3' WHERE key = 'commitment/I.a/actions_undertaken'",
    )
    for record in (pactdesk_home / "data" / "heads").iterdir():
        record.unlink()  # as if checked on another computer
    assert _codes(path) == set()
    result = run_cli("status", path, "--against", export)
    assert result.returncode == 1
    assert "ends at revision 8" in result.stdout and "sent.json" in result.stdout


def _draft_with_a_merge(new_draft) -> Path:  # type: ignore[no-untyped-def]
    path = _draft_with_history(new_draft)
    with Draft.open(path) as draft:
        head = draft.head()
        draft.save_merge(
            {"political/I": "Ocena scalona", "political/II": "Nowa ocena"},
            author="Anna",
            source="exchange-import:back.pdx",
            parents={"ours": head.to_json(), "theirs": {"revision": 3, "hash": "ab" * 32}},
        )
        draft.save("political/I", "Ocena po scaleniu", author="Jan")
    return path


def test_a_merge_event_checks_out_and_replays(new_draft) -> None:
    path = _draft_with_a_merge(new_draft)
    assert _codes(path) == set()
    with Draft.open(path) as draft:
        merge = draft.events()[10]
        assert merge.is_merge and merge.seq == 11 and len(merge.changes) == 2
        assert draft.value("political/II") == "Nowa ocena"
        assert [e.seq for e in draft.events("political/II")] == [11]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE event SET changes = replace(changes, 'Nowa ocena', 'Fałsz') WHERE seq = 11",
        "UPDATE event SET parents = replace(parents, '\"revision\":3', '\"revision\":2') "
        "WHERE seq = 11",
    ],
    ids=["changes", "parents"],
)
def test_an_edited_merge_event_is_reported(new_draft, statement: str) -> None:
    """Its field changes and its parents are covered by its hash."""
    path = _draft_with_a_merge(new_draft)
    _sql(path, statement)
    assert "edited-event" in _codes(path)
