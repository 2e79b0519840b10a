"""Making, opening and reporting on drafts, through the services and the command line."""

from __future__ import annotations

import json
from pathlib import Path

from pactdesk.db import store
from pactdesk.domain.contribution import DataPoint, Reference, data_key, encode_rows, references_key
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items
from tests.helpers import run_cli


def test_new_draft_records_member_state_cycle_language(tmp_path: Path) -> None:
    path = tmp_path / "gr.pactdesk"
    result = run_cli("new", path, "--member-state", "EL", "--cycle", "2010")
    assert result.returncode == 0, result.stderr
    assert "Greece" in result.stdout and "Ελληνικά" in result.stdout
    with Draft.open(path) as draft:
        assert (draft.info.member_state, draft.info.cycle, draft.info.language) == (
            "EL",
            2010,
            "el",
        )
    assert (
        run_cli(
            "new",
            tmp_path / "bg.pactdesk",
            "--member-state",
            "BE",
            "--cycle",
            "2010",
            "--language",
            "fr",
        ).returncode
        == 0
    )
    with Draft.open(tmp_path / "bg.pactdesk") as draft:
        assert draft.info.language == "fr"


def test_new_refuses_bad_calls_with_one_line(tmp_path: Path) -> None:
    cases = [
        (["--member-state", "GR", "--cycle", "2010"], "Greece is EL"),
        (["--member-state", "PL", "--cycle", "2011"], "2010 cycle, not 2011"),
        (["--member-state", "PL", "--cycle", "2010", "--language", "xx"], "not an EU language"),
        (
            ["--member-state", "PL", "--cycle", "2010", "--framework", "nope-1999"],
            "has no framework 'nope-1999'",
        ),
        (
            [
                "--member-state",
                "PL",
                "--cycle",
                "2010",
                "--framework",
                str(tmp_path / "missing.json"),
            ],
            "no framework file",
        ),
        (["--cycle", "2010"], "--member-state"),
    ]
    for args, expected in cases:
        result = run_cli("new", tmp_path / "x.pactdesk", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr.splitlines()[0], (args, result.stderr)
        assert not (tmp_path / "x.pactdesk").exists()


def test_new_with_a_bad_framework_file_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "guidance-2011.json"
    bad.write_text('{"format": "pactdesk.framework/1", "id": 5}', encoding="utf-8")
    result = run_cli(
        "new",
        tmp_path / "x.pactdesk",
        "--member-state",
        "PL",
        "--cycle",
        "2010",
        "--framework",
        bad,
    )
    assert result.returncode == 2
    assert "guidance-2011.json" in result.stderr.splitlines()[0]
    assert not (tmp_path / "x.pactdesk").exists()


def test_a_draft_opens_with_its_own_copy_of_the_framework(
    new_draft, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    sha = draft.framework.sha256
    draft.close()
    empty = tmp_path / "no-resources"
    empty.mkdir()
    monkeypatch.setenv("PACTDESK_RESOURCES", str(empty))  # as on a computer without it
    with Draft.open(tmp_path / "draft.pactdesk") as reopened:
        assert reopened.framework.sha256 == sha
        assert len(list(reopened.framework.commitments())) == 36


def test_status_exit_codes_and_json(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    path = draft.path
    draft.close()
    empty = run_cli("status", path, "--json")
    assert empty.returncode == 1
    report = json.loads(empty.stdout)
    assert report["completeness"] == {"answered": 0, "total": 88, "percent": 0}
    assert report["errors"] == 5 + 36 * 2
    assert (
        empty.stderr.splitlines()[0] == "pactdesk status: 77 errors stand in the way of submission."
    )

    with Draft.open(path) as draft:
        draft.save_many(full_items(draft.framework, words=5), author="a")
    full = run_cli("status", path)
    assert full.returncode == 0, full.stdout + full.stderr
    assert "88 of 88 fields answered (100%)" in full.stdout


def test_validation_findings_name_their_items(new_draft) -> None:
    from pactdesk.services.status import status

    draft = new_draft()
    items = full_items(draft.framework, words=5)
    items["commitment/I.a/prompt/I.a.data"] = ""
    items[data_key("I.a")] = ""
    items["commitment/II.a/prompt/II.a.crisis"] = ""
    items["commitment/III.a/actions_undertaken"] = "   "
    items[data_key("II.c")] = encode_rows(
        (
            DataPoint("Returns", "first half", 12, "persons", "Border Guard", False),
            DataPoint("Returns", "2009-H1", 12, "persons", "Border Guard", True),
        )
    )
    items[references_key("IV.a")] = encode_rows((Reference("EMN annual policy report", ""),))
    draft.save_many(items, author="a")
    report = status(draft)
    found = {(f.severity.value, f.code, f.item) for f in report.findings}
    assert found == {
        ("warning", "unanswered-data-request", "commitment/I.a/prompt/I.a.data"),
        ("warning", "unanswered-prompt", "commitment/II.a/prompt/II.a.crisis"),
        ("error", "empty-answer", "commitment/III.a/actions_undertaken"),
        ("error", "invalid-data-point", "commitment/II.c/data"),
        ("warning", "harmonised-2009-data", "commitment/II.c/data"),
        ("error", "reference-without-citation", "commitment/IV.a/references"),
    }


def test_data_request_is_answered_by_data_of_its_period(new_draft) -> None:
    from pactdesk.domain.validation import validate

    draft = new_draft()
    items = full_items(draft.framework, words=5)
    items["commitment/I.a/prompt/I.a.data"] = ""
    draft.save_many(items, author="a")
    findings = validate(draft.framework, draft.contribution())
    assert not [f for f in findings if f.item == "commitment/I.a/prompt/I.a.data"]


def test_migrations_head_is_the_revision_the_code_expects() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(store.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == store.HEAD_REVISION


def test_files_that_are_not_drafts_are_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "notes.pactdesk").write_text("Lorem ipsum", encoding="utf-8")
    import sqlite3

    other = sqlite3.connect(tmp_path / "other.pactdesk")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    truncated = tmp_path / "truncated.pactdesk"
    run_cli("new", tmp_path / "good.pactdesk", "--member-state", "PL", "--cycle", "2010")
    truncated.write_bytes((tmp_path / "good.pactdesk").read_bytes()[:5000])
    for name in ("notes.pactdesk", "other.pactdesk", "truncated.pactdesk", "missing.pactdesk"):
        result = run_cli("status", tmp_path / name)
        assert result.returncode == 2, (name, result.stderr)
        assert "Traceback" not in result.stderr
        assert name in result.stderr.splitlines()[0]


def test_an_unknown_argument_is_named_but_its_value_never_echoed(tmp_path: Path) -> None:
    result = run_cli(
        "status", tmp_path / "x.pactdesk", "--passphrase", "Tajne-Hasło-42", "--pin=8812"
    )
    assert result.returncode == 2
    first = result.stderr.splitlines()[0]
    assert "--passphrase" in first and "--pin" in first
    assert "Tajne-Hasło-42" not in result.stderr and "8812" not in result.stderr
