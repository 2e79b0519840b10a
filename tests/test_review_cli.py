"""Comments, review states, diff and restore over the command line."""

from __future__ import annotations

import json
from pathlib import Path

from pactdesk.domain.contribution import ACTIONS, answer_key, political_key
from pactdesk.services.drafts import Draft
from pactdesk.testing.drafts import create_draft
from tests.helpers import COMMENT_MARKER, run_cli

ACT = answer_key("II.b", ACTIONS)
P1 = political_key("I")
OLD = "The Border Guard checked 1200 applications at the eastern border in 2024."
NEW = "The Border Guard rejected 1200 applications at the eastern border in 2024, mostly late."


def _draft(tmp_path: Path) -> Path:
    path = tmp_path / "pl.pactdesk"
    draft = create_draft(path, items={ACT: OLD, P1: "Part I text."}, author="Anna Nowak")
    draft.save(ACT, NEW, author="Anna Nowak")
    draft.close()
    return path


def test_comments_thread_and_resolve(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    added = run_cli(
        "comment", "add", path, "II.b", "Check the figure with the Border Guard",
        "--field", "II.b/actions_undertaken", "--span", "4:16", "--author", "Ewa Head",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    answer = run_cli(
        "comment",
        "add",
        path,
        "II.b",
        f"Checked: 1200 is right {COMMENT_MARKER}",
        "--reply-to",
        "1",
    )
    assert answer.returncode == 0, answer.stderr and "answer to comment 1" in answer.stdout
    listed = json.loads(run_cli("comment", "list", path, "--json").stdout)["comments"]
    assert [c["id"] for c in listed] == [1, 2]
    assert listed[0]["quote"] == "Border Guard" and listed[0]["author"] == "Ewa Head"
    assert listed[1]["reply_to"] == 1 and listed[0]["open"]
    done = run_cli("comment", "resolve", path, "2", "--author", "Ewa Head")
    assert done.returncode == 0, done.stderr
    assert json.loads(run_cli("comment", "list", path, "--open", "--json").stdout) == {
        "comments": []
    }
    again = run_cli("comment", "resolve", path, "1")
    assert again.returncode == 2 and "already resolved by Ewa Head" in again.stderr.splitlines()[0]


def test_bad_comments_write_nothing(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    for args in (
        ("IX.z", f"text {COMMENT_MARKER}"),
        ("II.b", "text", "--field", "II.a/actions_undertaken"),
        ("II.b", "text", "--field", "II.b/actions_undertaken", "--span", "0:9999"),
        ("II.b", f"text {COMMENT_MARKER}", "--span", "0:3"),
        ("II.b", "text", "--reply-to", "7"),
        ("II.b", "   "),
    ):
        bad = run_cli("comment", "add", path, *args)
        assert bad.returncode == 2, args
        assert bad.stderr.strip() and len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    with Draft.open(path) as draft:
        from pactdesk.services import review

        assert review.comments(draft) == []


def test_review_states_follow_their_order(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    early = run_cli("review", path, "II.b", "approved")
    assert early.returncode == 2 and "drafting" in early.stderr.splitlines()[0]
    ready = run_cli("review", path, "II", "ready", "--author", "Anna Nowak")
    assert ready.returncode == 0, ready.stderr
    assert "II.b: ready for review (by Anna Nowak" in ready.stdout
    ok = run_cli("review", path, "II.b", "approved", "--author", "Ewa Head")
    assert ok.returncode == 0, ok.stderr
    states = {s["item"]: s for s in json.loads(run_cli("reviews", path, "--json").stdout)["items"]}
    assert states["II.b"]["state"] == "approved" and states["II.b"]["by"] == "Ewa Head"
    assert states["II.a"]["state"] == "ready" and states["II.a"]["waits_for"] == "reviewer"
    assert states["P1.I"]["state"] == "drafting"
    bad = run_cli("review", path, "II.b", "finished")
    assert bad.returncode == 2


def test_diff_names_fields_and_shows_phrases_and_restore_brings_back(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    with Draft.open(path) as draft:
        first = draft.head().revision - 1  # before NEW was written
    result = run_cli("diff", path, "--from", str(first), "--json")
    assert result.returncode == 0, result.stderr
    diff = json.loads(result.stdout)
    assert diff["changed_fields"] == ["II.b/actions_undertaken"]
    change = diff["changes"][0]
    assert "checked" in " ".join(change["removed"])
    assert "rejected" in " ".join(change["added"]) and "mostly late" in " ".join(change["added"])
    plain = run_cli("diff", path, "--from", "0", "--item", "P1.I")
    assert plain.returncode == 0 and "P1.I/assessment" in plain.stdout
    assert "II.b" not in plain.stdout
    assert run_cli("diff", path, "--from", "99").returncode == 2
    none = run_cli("diff", path, "--since", "sign-off")
    assert none.returncode == 2 and "no sign-off" in none.stderr.splitlines()[0]

    restored = run_cli(
        "restore", path, "II.b/actions_undertaken", "--revision", str(first), "--author", "Ewa Head"
    )
    assert restored.returncode == 0, restored.stderr
    with Draft.open(path) as draft:
        assert draft.value(ACT) == OLD
        last = draft.events()[-1]
        assert last.item == ACT and last.author == "Ewa Head" and last.after == OLD
        assert last.before == NEW and last.source == f"restore:revision {first}"
        assert draft.check_history() == []
        head = draft.head().revision
    back = json.loads(run_cli("diff", path, "--from", str(first), "--json").stdout)
    assert back["changed_fields"] == [] and back["to"] == head


def test_diff_since_export(tmp_path: Path) -> None:
    path = _draft(tmp_path)
    out = tmp_path / "pl.json"
    exported = run_cli("export-json", path, out)
    assert exported.returncode == 0, exported.stderr
    with Draft.open(path) as draft:
        draft.save(P1, "Part I text, revised.", author="Anna Nowak")
    diff = json.loads(run_cli("diff", path, "--since", "export", "--json").stdout)
    assert diff["changed_fields"] == ["P1.I/assessment"]
