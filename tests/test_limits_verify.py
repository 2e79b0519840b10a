"""``verify`` and the stricter contract; messages that must say what they mean.

A bundle made before the stricter contract (by the code of commit 07101b4,
``pactdesk.testing.bundles.make_bundles``, kept in ``tests/data``) still
verifies; a bundle whose ``contribution.json`` breaks the contract (a
policy area missing, a Member State not of the framework) is named for it;
``verify`` on a folder says it is a folder; one finding "stands" in the way;
a bundle larger than a bundle can be is refused by its size, never read.
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from xlsx_support import run

from pactdesk.domain import limits
from pactdesk.testing.bundles import replace_member
from pactdesk.testing.samples import full_items

DATA = Path(__file__).parent / "data"
BEFORE = DATA / "bundle-before-stricter-contract.asice"
BEFORE_CA = DATA / "bundle-before-stricter-contract-ca.pem"


def test_a_bundle_made_before_the_stricter_contract_still_verifies(capsys) -> None:
    code, out, err = run(capsys, "verify", BEFORE, "--trust", BEFORE_CA)
    assert code == 0, (out, err)
    assert "Poland" in out or "PL" in out


def test_a_contribution_breaking_the_contract_is_named(tmp_path: Path, capsys) -> None:
    import zipfile

    with zipfile.ZipFile(BEFORE) as archive:
        document = json.loads(archive.read("contribution.json"))
    document["political_report"] = document["political_report"][1:]
    broken = tmp_path / "broken.asice"
    broken.write_bytes(
        replace_member(
            BEFORE.read_bytes(),
            "contribution.json",
            json.dumps(document, sort_keys=True, separators=(",", ":")).encode(),
        )
    )
    code, out, err = run(capsys, "verify", broken, "--json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert any(
        "does not follow the contract of pact-2010: political_report: the policy area I is "
        "missing" in p
        for p in problems
    ), problems

    document["member_state"] = "XX"
    broken.write_bytes(
        replace_member(
            BEFORE.read_bytes(), "contribution.json", json.dumps(document).encode("utf-8")
        )
    )
    code, out, err = run(capsys, "verify", broken, "--json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert any("'XX' is not a Member State of pact-2010" in p for p in problems), problems


def test_verify_on_a_folder_says_it_is_a_folder(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "verify", tmp_path)
    assert code == 2
    assert err.splitlines() == [
        f"pactdesk verify: {tmp_path} is a folder, not a submission bundle."
    ]


def test_one_error_stands_in_the_way(new_draft, capsys) -> None:
    draft = new_draft()
    items = full_items(draft.framework, words=20)
    items["commitment/I.a/actions_undertaken"] = ""
    draft.save_many(items, author="test")
    draft.close()
    code, out, err = run(capsys, "status", draft.path)
    assert code == 1
    assert err.splitlines()[-1] == "pactdesk status: 1 error stands in the way of submission."


def test_a_bundle_too_large_is_refused_without_being_read(tmp_path: Path, capsys) -> None:
    # A sparse file one byte past the limit: its size from stat refuses it. Read, it would
    # take 256 MB of memory (tracemalloc counts every bytes object Python makes).
    big = tmp_path / "huge.asice"
    with open(big, "wb") as handle:
        handle.truncate(limits.BUNDLE.max_bytes + 1)
    tracemalloc.start()
    try:
        code, out, err = run(capsys, "verify", big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 1, (out, err)
    assert err.splitlines()[0] == (
        "pactdesk verify: Not a valid bundle: huge.asice is 268,435,457 bytes, more than a "
        "submission bundle can be (268,435,456 bytes): refused without reading it"
    )
    assert "Bundle SHA-256" not in out  # never read, so never digested
    assert peak < 32 * 1024 * 1024, f"{peak:,} bytes at the peak: the bundle was read"
    # The service says the same to the window's check (a report, not an exception).
    from pactdesk.services.verify import verify_bundle

    report = verify_bundle(big)
    assert not report.valid and "refused without reading it" in report.verdict
