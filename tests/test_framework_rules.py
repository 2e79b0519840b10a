"""A cycle's rules are framework data: not-harmonised periods, data requests, the default.

The shipped framework carries the 2009 rule (national data for the first
part of 2009 cannot be harmonised, COM(2009) 266 section 3.1); a later
cycle's file changes it without a line of code.  A draft keeps the copy of
the framework it was made with: its sign-offs hold when the shipped file
changes under it.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pactdesk import frameworks
from pactdesk.domain.contribution import (
    DataPoint,
    contribution_from_items,
    data_key,
    encode_rows,
)
from pactdesk.domain.validation import validate
from pactdesk.frameworks import (
    clear_shipped_frameworks,
    default_framework_id,
    load_framework_bytes,
    shipped_framework,
    shipped_framework_bytes,
)
from pactdesk.paths import resources_dir
from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "source" / "com-2009-266-tracking-method.txt"


def _with_rules(rules: dict[str, object] | None, *, cycle: int | None = None) -> bytes:
    document = json.loads(shipped_framework_bytes())
    if rules is None:
        document.pop("data_rules", None)
    else:
        document["data_rules"] = rules
    if cycle is not None:
        document["cycle"] = cycle
        document["id"] = f"pact-{cycle}"
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def _harmonised_warnings(framework: frameworks.Framework, period: str, source: str) -> list[str]:
    point = DataPoint(
        indicator="Wnioski", period=period, value=12, unit="persons", source=source, harmonised=True
    )
    contribution = contribution_from_items(
        framework,
        {data_key("I.a"): encode_rows((point,))},
        member_state="PL",
        cycle=framework.cycle,
        language="pl",
    )
    return [f.code for f in validate(framework, contribution) if f.item == data_key("I.a")]


def test_the_shipped_rule_is_in_the_framework_and_in_the_source_document() -> None:
    framework = shipped_framework()
    (rule,) = framework.data_rules.not_harmonised
    assert rule.id == "harmonised-2009-data" and rule.periods == ("2009",)
    # The rule's quotation is the Commission's own sentence, in section 3.1.
    text = " ".join(SOURCE.read_text(encoding="utf-8").split())
    assert rule.quote in text and "3.1" in rule.where
    assert _harmonised_warnings(framework, "2009-H1", "Ministry of the Interior") == [rule.id]
    assert _harmonised_warnings(framework, "2009", "Urząd do Spraw Cudzoziemców") == [rule.id]
    assert _harmonised_warnings(framework, "2009-H1", "Eurostat (migr_resfirst)") == []
    assert _harmonised_warnings(framework, "2008", "Ministry of the Interior") == []
    assert _harmonised_warnings(framework, "2008/2009-H1", "Ministry of the Interior") == []
    assert framework.data_rules.new_period == "2009-H1"


def test_a_later_cycles_file_changes_the_rules_without_code() -> None:
    later = load_framework_bytes(
        _with_rules(
            {
                "new_period": "2010-H2",
                "not_harmonised": [
                    {
                        "id": "national-2010-h2-data",
                        "periods": ["2010-H2"],
                        "explanation": "Data for the second half of 2010 is provisional.",
                    }
                ],
            },
            cycle=2011,
        ),
        origin="pact-2011.json",
    )
    assert _harmonised_warnings(later, "2009-H1", "Ministry of the Interior") == []
    assert _harmonised_warnings(later, "2010-H2", "Eurostat") == ["national-2010-h2-data"]
    assert later.data_rules.period_examples().startswith("2010, 2010-H1")
    # Without data rules nothing is flagged, and a new data point starts at the cycle's year.
    plain = load_framework_bytes(_with_rules(None), origin="plain.json")
    assert _harmonised_warnings(plain, "2009-H1", "Ministry") == []
    assert plain.data_rules.new_period == str(plain.cycle)


def test_data_rules_are_checked_by_the_schema() -> None:
    with pytest.raises(frameworks.FrameworkError, match="period"):
        load_framework_bytes(
            _with_rules({"new_period": "spring", "not_harmonised": []}), origin="bad.json"
        )
    with pytest.raises(frameworks.FrameworkError):
        load_framework_bytes(
            _with_rules({"new_period": "2009", "not_harmonised": [{"id": "x"}]}),
            origin="bad.json",
        )


def test_the_default_framework_is_the_shipped_one_of_the_latest_cycle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_framework_id() == "pact-2010"
    (tmp_path / "frameworks").mkdir()
    shutil.copy(resources_dir() / "frameworks" / "pact-2010.json", tmp_path / "frameworks")
    (tmp_path / "frameworks" / "pact-2011.json").write_bytes(_with_rules(None, cycle=2011))
    monkeypatch.setenv("PACTDESK_RESOURCES", str(tmp_path))
    clear_shipped_frameworks()
    try:
        assert default_framework_id() == "pact-2011"
        assert shipped_framework().cycle == 2011
        # pactdesk new takes it when no --framework is given.
        made = run_cli("new", tmp_path / "d.pactdesk", "--member-state", "PL", "--cycle", "2011")
        assert made.returncode == 0, made.stderr
        assert "(pact-2011)" in made.stdout
    finally:
        clear_shipped_frameworks()


def test_no_code_names_a_cycle_year() -> None:
    """2009 and 2010 appear only in the shipped framework (and in samples and tests)."""
    found = []
    for path in sorted((ROOT / "pactdesk").rglob("*")):
        if not path.is_file() or path.suffix not in (".py", ".json", ".sql", ".ini"):
            continue
        if "testing" in path.relative_to(ROOT / "pactdesk").parts:
            continue  # test and benchmark samples
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # A year, not a \uXXXX escape or part of a hex digest.
            if re.search(r"(?<![0-9A-Fa-fu])(2009|2010)(?![0-9A-Fa-f])", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_a_draft_signed_off_before_the_shipped_file_changes_still_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pactdesk.services import sign_offs as signoff
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.drafts import create_draft
    from tests.signing_support import make_ca, make_official

    monkeypatch.setenv("PACTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    make_ca()
    official = make_official("Anna Żółkiewska")
    path = tmp_path / "signed.pactdesk"
    draft = create_draft(path, items={"commitment/I.a/actions_undertaken": "Ustawa."})
    made_with = draft.framework.sha256
    from pactdesk.signing import identities

    signoff.sign(draft, identities.load_signer(official.id, official.passphrase), "approver")
    assert [s.holds for s in signoff.list_sign_offs(draft)] == [True]
    draft.close()

    # A new release ships a changed file under the same id (another rule, another digest).
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources)
    (resources / "frameworks" / "pact-2010.json").write_bytes(
        _with_rules({"new_period": "2009", "not_harmonised": []})
    )
    monkeypatch.setenv("PACTDESK_RESOURCES", str(resources))
    clear_shipped_frameworks()
    try:
        assert shipped_framework().sha256 != made_with
        with Draft.open(path) as reopened:
            assert reopened.framework.sha256 == made_with
            assert reopened.framework.data_rules.not_harmonised  # its own copy's rule
            assert [s.holds for s in signoff.list_sign_offs(reopened)] == [True]
        status = run_cli("status", path, "--json")
        report = json.loads(status.stdout)
        assert report["framework"] == "pact-2010"
        assert [s["holds"] for s in report["sign_offs"]["sign_offs"]] == [True]
    finally:
        clear_shipped_frameworks()
