"""The limits and the stricter contract at the JSON door (``import-json``, ``verify``).

Each refusal: exit 2, ONE first line that names the problem, at most 50
problems listed under it, and the draft byte for byte unchanged.  The
checks come from :mod:`pactdesk.domain.limits`; :func:`refuse` below is the
driver a per-door corpus can call with any document.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xlsx_support import run

from pactdesk.domain import limits
from pactdesk.testing.samples import full_items

Document = dict[str, Any]


@pytest.fixture
def exported(new_draft, tmp_path: Path, capsys) -> tuple[Path, Document]:
    """A filled draft (closed) and its own export, which imports back cleanly."""
    draft = new_draft()
    draft.save_many(full_items(draft.framework, words=40), author="test")
    draft.close()
    out = tmp_path / "export.json"
    assert run(capsys, "export-json", draft.path, out)[0] == 0
    return draft.path, json.loads(out.read_text("utf-8"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(
    capsys: Any, draft: Path, payload: bytes, tmp_path: Path, *, code: int = 2
) -> tuple[str, list[str]]:
    """Import ``payload``: the exit code, one first line, ≤ 51 lines, the draft unchanged."""
    source = tmp_path / "hostile.json"
    source.write_bytes(payload)
    before = _digest(draft)
    got, out, err = run(capsys, "import-json", draft, source)
    assert got == code, (out, err[:2000])
    assert _digest(draft) == before, "a refused file changed the draft"
    lines = err.splitlines()
    assert lines and lines[0].startswith("pactdesk import-json: "), err[:2000]
    assert "Traceback" not in err
    assert all(line.startswith("  ") for line in lines[1:]), "only details under the first line"
    assert len(lines) <= 1 + limits.MAX_LISTED_PROBLEMS, len(lines)
    return lines[0], lines[1:]


def _changed(document: Document, change: Callable[[Document], None]) -> bytes:
    copy = json.loads(json.dumps(document))
    change(copy)
    return json.dumps(copy, ensure_ascii=False).encode("utf-8")


def test_the_export_imports_back(exported, tmp_path, capsys) -> None:
    draft, document = exported
    source = tmp_path / "same.json"
    source.write_bytes(_changed(document, lambda d: None))
    code, out, err = run(capsys, "import-json", draft, source)
    assert code == 0, err
    assert "nothing changed" in out


# -- issue 16: the stricter contract ---------------------------------------------------


def test_member_state_not_of_the_framework(exported, tmp_path, capsys) -> None:
    draft, document = exported
    first, _ = refuse(
        capsys, draft, _changed(document, lambda d: d.update(member_state="XX")), tmp_path
    )
    assert "member_state: 'XX' is not a Member State of pact-2010" in first


def test_a_commitment_twice(exported, tmp_path, capsys) -> None:
    draft, document = exported
    first, _ = refuse(
        capsys,
        draft,
        _changed(document, lambda d: d["commitments"].append(dict(d["commitments"][0]))),
        tmp_path,
    )
    assert "the commitment 'I.a' appears twice" in first


def test_an_area_twice_and_a_prompt_twice(exported, tmp_path, capsys) -> None:
    draft, document = exported
    first, _ = refuse(
        capsys,
        draft,
        _changed(document, lambda d: d["political_report"].append(dict(d["political_report"][1]))),
        tmp_path,
    )
    assert "political_report[5].area: 'II' appears twice" in first

    def twice(d: Document) -> None:
        with_prompt = next(c for c in d["commitments"] if c["prompts"])
        with_prompt["prompts"].append(dict(with_prompt["prompts"][0]))

    first, _ = refuse(capsys, draft, _changed(document, twice), tmp_path)
    assert "appears twice" in first and ".prompts[" in first


def test_a_missing_area_and_a_missing_commitment(exported, tmp_path, capsys) -> None:
    draft, document = exported
    first, _ = refuse(
        capsys, draft, _changed(document, lambda d: d["political_report"].pop(2)), tmp_path
    )
    assert "the policy area III is missing" in first
    first, _ = refuse(
        capsys, draft, _changed(document, lambda d: d["commitments"].pop(0)), tmp_path
    )
    assert "the commitment I.a is missing" in first


def test_a_string_or_nothing_as_a_value(exported, tmp_path, capsys) -> None:
    draft, document = exported

    def value(v: Any) -> Callable[[Document], None]:
        return lambda d: d["commitments"][0]["data"][0].update(value=v)

    first, _ = refuse(capsys, draft, _changed(document, value("1234")), tmp_path)
    assert "commitments[0].data[0].value: '1234' is not a number" in first
    first, _ = refuse(capsys, draft, _changed(document, value(None)), tmp_path)
    assert "commitments[0].data[0].value: None is not a number" in first


@pytest.mark.parametrize("period", ["2009-H3", "2009-13", "", "2009-Q5", "09", "2009 "])
def test_periods_in_the_framework_form(exported, tmp_path, capsys, period: str) -> None:
    draft, document = exported

    def change(d: Document) -> None:
        d["commitments"][1]["data"][0]["period"] = period

    first, _ = refuse(capsys, draft, _changed(document, change), tmp_path)
    assert f"commitments[1].data[0].period: the period {period!r} is not a year" in first


def test_a_contribution_made_with_another_version_of_the_framework(
    exported, tmp_path, capsys
) -> None:
    draft, document = exported
    first, _ = refuse(
        capsys,
        draft,
        _changed(document, lambda d: d["framework"].update(sha256="0" * 64)),
        tmp_path,
    )
    assert "framework.sha256: the file was made with another version of pact-2010" in first


# -- issue 12: the limits, before parsing ----------------------------------------------


def test_a_thirty_million_character_answer(exported, tmp_path, capsys) -> None:
    draft, document = exported

    def change(d: Document) -> None:
        d["commitments"][0]["actions_undertaken"] = "x" * 30_000_000

    began = time.perf_counter()
    first, _ = refuse(capsys, draft, _changed(document, change), tmp_path)
    assert "commitments[0].actions_undertaken: it is 30,000,000 characters long" in first
    assert time.perf_counter() - began < 10


def test_a_41_mb_contribution_with_330000_data_points_is_refused_quickly(
    exported, tmp_path, capsys
) -> None:
    draft, document = exported
    point = document["commitments"][0]["data"][0]

    def change(d: Document) -> None:
        d["commitments"][0]["data"] = [dict(point, value=i) for i in range(330_000)]

    payload = _changed(document, change)
    assert len(payload) > 40_000_000
    began = time.perf_counter()
    first, _ = refuse(capsys, draft, payload, tmp_path)
    took = time.perf_counter() - began
    assert "commitments[0].data: it has 330,000 data points" in first
    assert took < 8, f"{took:.1f} s (it took 17 s before the limit)"


def test_a_file_larger_than_a_contribution_is_refused_by_its_size(
    exported, tmp_path, capsys
) -> None:
    draft, _ = exported
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:  # sparse: 65 MiB without writing them
        handle.truncate(limits.CONTRIBUTION_JSON.max_bytes + 1024 * 1024)
    before = _digest(draft)
    code, _, err = run(capsys, "import-json", draft, big)
    assert code == 2
    assert err.splitlines()[0].endswith(
        "is 65 MB, more than a contribution file can be (64 MB): refused without reading it. "
        "Nothing was imported."
    )
    assert _digest(draft) == before


@pytest.mark.parametrize("digits", [16, 400])
def test_a_number_no_workbook_can_hold(exported, tmp_path, capsys, digits: int) -> None:
    draft, document = exported
    payload = _changed(document, lambda d: d["commitments"][0]["data"][0].update(value=7))
    payload = re.sub(rb'"value": 7(?=[,}])', b'"value": ' + b"9" * digits, payload, count=1)
    first, _ = refuse(capsys, draft, payload, tmp_path)
    assert f"value: the number has {digits} digits before the decimal point" in first


def test_a_float_past_the_range(exported, tmp_path, capsys) -> None:
    draft, document = exported
    payload = _changed(document, lambda d: d["commitments"][0]["data"][0].update(value=7))
    payload = re.sub(rb'"value": 7(?=[,}])', b'"value": 1e400', payload, count=1)
    first, _ = refuse(capsys, draft, payload, tmp_path)
    assert "value: it is not a finite number" in first


def test_nesting_200000_deep_is_one_line(exported, tmp_path, capsys) -> None:
    draft, document = exported
    deep = b'{"format": "pactdesk.contribution/1", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    first, details = refuse(capsys, draft, deep, tmp_path)
    assert first.endswith(
        "is nested more than 100 levels deep, far deeper than any PactDesk file. "
        "Nothing was imported."
    )
    assert details == []


def _true_depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max([_true_depth(v) for v in value.values()] + [0])
    if isinstance(value, list):
        return 1 + max([_true_depth(v) for v in value] + [0])
    return 0


_NASTY = st.text(alphabet=st.sampled_from('[]{}"\\/abnu ąΩ\t'), max_size=8)
_JSON = st.recursive(
    st.none() | st.integers() | _NASTY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_NASTY, inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=500, deadline=None)
@given(_JSON, st.booleans())
def test_the_depth_scan_measures_what_the_parser_sees(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert limits.json_depth(text) == _true_depth(value)


def test_brackets_inside_strings_do_not_nest() -> None:
    assert limits.json_depth('{"a": "[[[[[[[[[[[[\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == 1
    assert limits.json_depth("[[[]], {}]") == 3
    assert limits.json_depth("[" * 200_000 + "]" * 200_000, stop_at=100) > 100


@pytest.mark.parametrize("text", ["\\ud800 alone", "low \\udc00", "pair reversed \\udc00\\ud800"])
def test_a_lone_surrogate_is_not_text(exported, tmp_path, capsys, text: str) -> None:
    draft, document = exported
    payload = _changed(document, lambda d: d["political_report"][0].update(assessment="@@"))
    payload = payload.replace(b'"@@"', b'"' + text.encode("utf-8") + b'"', 1)
    first, _ = refuse(capsys, draft, payload, tmp_path)
    assert "political_report[0].assessment: it holds a lone surrogate (U+D" in first


def test_a_raw_control_character_is_not_json(exported, tmp_path, capsys) -> None:
    draft, document = exported
    payload = _changed(document, lambda d: d["political_report"][0].update(assessment="@@"))
    first, _ = refuse(capsys, draft, payload.replace(b'"@@"', b'"escape \x1b"', 1), tmp_path)
    assert "is not valid JSON" in first


def test_tabs_and_line_feeds_are_text(exported, tmp_path, capsys) -> None:
    draft, document = exported
    source = tmp_path / "tabs.json"
    source.write_bytes(
        _changed(document, lambda d: d["political_report"][0].update(assessment="a\tb\nc"))
    )
    code, out, err = run(capsys, "import-json", draft, source)
    assert code == 0, err


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("a\tb\nc\x0bd", "(U+000B, vertical tab) at character 6"),
        ("bell\x07", "(U+0007, bell) at character 5"),
        # JSON writes a carriage return only as the escape \r: data, not a line break of
        # the file, so it is refused as the other controls are (docs/limits.md).
        ("Windows\r\nline", "(U+000D, carriage return) at character 8"),
        ("\x00", "(U+0000, null) at character 1"),
    ],
)
def test_an_escaped_control_character_is_refused(
    exported, tmp_path, capsys, text: str, named: str
) -> None:
    draft, document = exported
    payload = _changed(document, lambda d: d["political_report"][0].update(assessment=text))
    first, _ = refuse(capsys, draft, payload, tmp_path)
    assert f"political_report[0].assessment: it holds a control character {named}; " in first
    assert "a workbook or a Word document cannot carry it: remove it from the text" in first


def test_a_million_problems_list_fifty_and_say_how_many_more(exported, tmp_path, capsys) -> None:
    draft, document = exported

    def change(d: Document) -> None:
        for commitment in d["commitments"]:
            for point in commitment["data"]:
                point["period"] = "2009-H3"

    first, details = refuse(capsys, draft, _changed(document, change), tmp_path)
    count = sum(len(c["data"]) for c in document["commitments"])
    assert count > 51
    assert first.endswith(f"(and {count - 1:,} more). Nothing was imported.")
    assert len(details) == 50
    assert details[-1] == f"  … and {count - 49:,} more problems"


def test_listed_keeps_fifty() -> None:
    assert limits.listed([str(i) for i in range(50)]) == [str(i) for i in range(50)]
    out = limits.listed([str(i) for i in range(1_000_000)])
    assert len(out) == 50 and out[-1] == "… and 999,951 more problems"


# -- the schema in the repo says the same (checked with an independent validator) -------

SCHEMA = Path(__file__).resolve().parents[1] / "pactdesk/schemas/contribution.schema.json"


def _check_jsonschema(files: list[Path]) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if not Path(tool).exists():
        pytest.skip("check-jsonschema is not installed (pip install -e .[dev])")
    return subprocess.run(
        [tool, "--schemafile", str(SCHEMA), *map(str, files)], capture_output=True, text=True
    )


def test_the_schema_accepts_the_export_and_refuses_what_it_can_know(exported, tmp_path) -> None:
    _, document = exported
    good = tmp_path / "good.json"
    good.write_bytes(_changed(document, lambda d: None))
    assert _check_jsonschema([good]).returncode == 0

    def value(v: Any) -> Callable[[Document], None]:
        return lambda d: d["commitments"][0]["data"][0].update(value=v)

    def many(d: Document) -> None:
        d["commitments"][0]["data"] = d["commitments"][0]["data"] * 200

    refused = {
        "string": value("1234"),
        "null": value(None),
        "huge": value(10**16),
        "period": lambda d: d["commitments"][0]["data"][0].update(period="2009-H3"),
        "empty-period": lambda d: d["commitments"][0]["data"][0].update(period=""),
        "long": lambda d: d["political_report"][0].update(assessment="x" * 1_000_001),
        "many": many,
    }
    for label, change in refused.items():
        bad = tmp_path / f"{label}.json"
        bad.write_bytes(_changed(document, change))
        result = _check_jsonschema([bad])
        assert result.returncode == 1, (label, result.stdout)
    # What the schema cannot know is checked in code (test_member_state_not_of_the_framework …).
    xx = tmp_path / "xx.json"
    xx.write_bytes(_changed(document, lambda d: d.update(member_state="XX")))
    assert _check_jsonschema([xx]).returncode == 0
