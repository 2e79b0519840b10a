"""Loading frameworks: the shipped 2010 one, and every kind of bad file.

What the shipped framework says is checked against its source document in
``test_framework_source.py``; here it is the loading code and the schema.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from pactdesk import frameworks
from pactdesk.domain.framework import Framework
from pactdesk.frameworks import (
    FrameworkError,
    clear_shipped_frameworks,
    load_framework_bytes,
    load_framework_file,
    shipped_framework,
    shipped_framework_bytes,
    shipped_framework_ids,
)
from pactdesk.paths import resources_dir

SCHEMA = Path(frameworks.__file__).parent / "schemas" / "framework.schema.json"


def shipped_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(shipped_framework_bytes())
    return document


# --------------------------------------------------------------------------- the shipped one


def test_shipped_framework_loads() -> None:
    framework = shipped_framework()
    assert isinstance(framework, Framework)
    assert (framework.id, framework.cycle) == ("pact-2010", 2010)
    assert framework.source == "COM(2009) 266 final, Annex"
    assert [a.id for a in framework.areas] == ["I", "II", "III", "IV", "V"]
    assert [len(a.commitments) for a in framework.areas] == [8, 8, 7, 5, 8]
    assert framework.has_commitment("III.g") and not framework.has_commitment("III.h")
    assert framework.commitment("I.b").asks_for_data
    assert framework.prompt("II.b.bilateral-agreements").kind == "report_request"


def test_shipped_framework_is_loaded_once() -> None:
    assert shipped_framework() is shipped_framework("pact-2010")
    assert "pact-2010" in shipped_framework_ids()


def test_shipped_framework_is_identified_by_its_bytes() -> None:
    raw = shipped_framework_bytes("pact-2010")
    assert shipped_framework().sha256 == hashlib.sha256(raw).hexdigest()
    assert raw == (resources_dir() / "frameworks" / "pact-2010.json").read_bytes()


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_shipped_framework_is_valid_against_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(shipped_document())] == []


def test_member_states_of_2010_with_the_eus_codes() -> None:
    states = shipped_framework().member_states
    codes = [s.code for s in states]
    assert len(states) == 27 and len(set(codes)) == 27
    assert shipped_framework().member_state("EL").name == "Greece"
    assert shipped_framework().member_state("UK").name == "United Kingdom"
    assert "GR" not in codes and "GB" not in codes and "HR" not in codes


def test_prompts_are_typed() -> None:
    prompts = [p for c in shipped_framework().commitments() for p in c.prompts]
    assert len({p.id for p in prompts}) == len(prompts) == 11
    for prompt in prompts:
        if prompt.kind == "data_request":
            assert prompt.if_available and prompt.period == "2009-H1"
        else:
            assert not prompt.if_available and prompt.period is None
    assert [p.id for p in prompts if p.reconstructed] == ["II.f.crisis"]
    assert [p.paragraph for p in shipped_framework().commitment("I.b").prompts] == [0, 0, 1, 1]


def test_texts_are_plain_and_clean() -> None:
    """No markup, tabs, doubled spaces or space before punctuation in what officials read."""
    framework = shipped_framework()
    texts = [framework.part_one_instruction, framework.part_two_instruction]
    for area in framework.areas:
        texts += [area.title, area.main_commitment]
        for commitment in area.commitments:
            texts += list(commitment.paragraphs) + [p.text for p in commitment.prompts]
    for text in texts:
        assert text == " ".join(text.split()), text
        assert not re.search(r"[<>\t]| [,;.:]|- [A-Z]", text), text


def expected_day(wording: str) -> dt.date:
    """The reading the framework's timetable_note describes, applied to a wording."""
    text = wording.replace("[", "").replace("]", "")
    year = int(text[-4:])
    months = {name: number for number, name in enumerate(calendar.month_name) if name}
    last = text.split(" to ")[-1].split(", ")[-1]  # a range or a list: its end
    if last.startswith("3rd week "):
        month = months[last.split()[2]]
        first_monday = dt.date(year, month, 1) - dt.timedelta(
            days=dt.date(year, month, 1).weekday()
        )
        return first_monday + dt.timedelta(weeks=2, days=4)
    for prefix, day in (("early ", 10), ("mid-", 15), ("from ", 1)):
        if last.startswith(prefix):
            return dt.date(year, months[last.removeprefix(prefix).split()[0]], day)
    month = months[last.split()[0]]
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def test_timetable_days_follow_the_documented_reading() -> None:
    document = shipped_document()
    assert "timetable_note" in document
    timetable = shipped_framework().timetable
    assert [d.date for d in timetable] == [expected_day(d.wording) for d in timetable]
    assert [d.date for d in timetable] == sorted(d.date for d in timetable)
    assert dt.date(2010, 6, 18).weekday() == calendar.FRIDAY
    assert {d.actor for d in timetable} == {
        "commission",
        "member_states",
        "council",
        "european_council",
    }


def test_next_deadline_for_member_states() -> None:
    framework = shipped_framework()
    due = framework.next_deadline(dt.date(2009, 10, 1))
    assert due is not None and (due.id, due.date) == ("contribution", dt.date(2009, 11, 15))
    due = framework.next_deadline(dt.date(2009, 11, 16))
    assert due is not None and due.id == "contribution-update"
    assert framework.next_deadline(dt.date(2010, 1, 16)) is None


# --------------------------------------------------------------------------- loading files


def test_load_framework_file_gives_the_same_framework(tmp_path: Path) -> None:
    path = tmp_path / "copy.json"
    path.write_bytes(shipped_framework_bytes())
    assert load_framework_file(path) == shipped_framework()
    assert load_framework_file(str(path)).sha256 == shipped_framework().sha256


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    framework = load_framework_bytes(b"\xef\xbb\xbf" + shipped_framework_bytes(), origin="bom.json")
    assert framework.id == "pact-2010"


def test_resources_folder_can_be_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "frameworks").mkdir()
    shutil.copy(resources_dir() / "frameworks" / "pact-2010.json", tmp_path / "frameworks")
    (tmp_path / "frameworks" / "pact-2011.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("PACTDESK_RESOURCES", str(tmp_path))
    clear_shipped_frameworks()
    try:
        assert resources_dir() == tmp_path
        assert shipped_framework_ids() == ("pact-2010", "pact-2011")
        with pytest.raises(FrameworkError, match="pact-2011.json"):
            shipped_framework("pact-2011")
    finally:
        clear_shipped_frameworks()


def test_unknown_shipped_framework() -> None:
    with pytest.raises(FrameworkError) as caught:
        shipped_framework_bytes("pact-1999")
    assert str(caught.value) == "PactDesk has no framework 'pact-1999' (it comes with: pact-2010)"
    with pytest.raises(FrameworkError, match="is not a framework id"):
        shipped_framework_bytes("../pactdesk/pact-2010")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError) as caught:
        load_framework_file(tmp_path / "nowhere.json")
    assert str(caught.value) == "The framework file 'nowhere.json' does not exist"
    assert str(tmp_path) in caught.value.details[0]


def test_a_folder_is_not_a_framework(tmp_path: Path) -> None:
    with pytest.raises(FrameworkError, match="is a folder, not a file"):
        load_framework_file(tmp_path)


# --------------------------------------------------------------------------- bad files


def edited(change: Callable[[dict[str, Any]], None]) -> bytes:
    document = shipped_document()
    change(document)
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def set_cycle_text(d: dict[str, Any]) -> None:
    d["cycle"] = "2010"


def drop_main_commitment(d: dict[str, Any]) -> None:
    del d["areas"][1]["main_commitment"]


def repeat_commitment_id(d: dict[str, Any]) -> None:
    d["areas"][0]["commitments"][1]["id"] = "I.a"
    d["areas"][0]["commitments"][1]["letter"] = "a"


def wrong_area(d: dict[str, Any]) -> None:
    d["areas"][0]["commitments"][2]["id"] = "II.c"


def bad_id_form(d: dict[str, Any]) -> None:
    d["areas"][2]["commitments"][0]["id"] = "III-a"


def wrong_letter(d: dict[str, Any]) -> None:
    d["areas"][3]["commitments"][1]["letter"] = "c"


def paragraph_out_of_range(d: dict[str, Any]) -> None:
    d["areas"][0]["commitments"][1]["prompts"][3]["paragraph"] = 2


def prompt_of_another_commitment(d: dict[str, Any]) -> None:
    d["areas"][0]["commitments"][0]["prompts"][0]["id"] = "I.b.crisis"


def repeat_prompt_id(d: dict[str, Any]) -> None:
    d["areas"][0]["commitments"][1]["prompts"][1]["id"] = "I.b.crisis-hqw"


def unknown_kind(d: dict[str, Any]) -> None:
    d["areas"][0]["commitments"][0]["prompts"][0]["kind"] = "crisis"


def data_without_period(d: dict[str, Any]) -> None:
    del d["areas"][0]["commitments"][0]["prompts"][1]["period"]


def repeat_member_state(d: dict[str, Any]) -> None:
    d["member_states"][1]["code"] = "BE"


def greece_as_gr_lowercase(d: dict[str, Any]) -> None:
    d["member_states"][7]["code"] = "gr"


def impossible_date(d: dict[str, Any]) -> None:
    d["timetable"][0]["date"] = "2009-09-31"


def unknown_field(d: dict[str, Any]) -> None:
    d["areas"][0]["titel"] = "Legal immigration"


def no_areas(d: dict[str, Any]) -> None:
    d["areas"] = []


def roman_numeral(d: dict[str, Any]) -> None:
    d["areas"][3]["id"] = "IIII"


def other_format(d: dict[str, Any]) -> None:
    d["format"] = "pactdesk.contribution/1"


def newer_format(d: dict[str, Any]) -> None:
    d["format"] = "pactdesk.framework/2"


def no_format(d: dict[str, Any]) -> None:
    del d["format"]


def duplicate_key() -> bytes:
    text = shipped_framework_bytes().decode("utf-8")
    # The first commitment gets a second "letter" key, as a hand edit might leave it.
    return text.replace('"letter": "a",', '"letter": "a",\n "letter": "b",', 1).encode("utf-8")


BAD_FILES: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty", lambda: b"", "The framework file 'bad.json' is empty"),
    ("blank", lambda: b"  \r\n\t\n", "The framework file 'bad.json' is empty"),
    (
        "binary",
        lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "The framework file 'bad.json' is not a text file (it holds binary data)",
    ),
    (
        "latin-1",
        lambda: '{"title": "Réfugiés"}'.encode("latin-1"),
        "The framework file 'bad.json' is not readable text: it is not saved as UTF-8 "
        "(the byte at position 12)",
    ),
    (
        "utf-16",
        lambda: shipped_framework_bytes().decode("utf-8").encode("utf-16"),
        "The framework file 'bad.json' is saved as UTF-16 text; it must be saved as UTF-8",
    ),
    (
        "not JSON",
        lambda: b'{\n  "format": "pactdesk.framework/1",\n  "id": pact-2010\n}',
        "The framework file 'bad.json' is not JSON (line 3, column 9)",
    ),
    (
        "truncated",
        lambda: shipped_framework_bytes()[:500],
        "The framework file 'bad.json' is not JSON (line ",
    ),
    (
        "a list",
        lambda: b"[1, 2]",
        "The framework file 'bad.json' is not a PactDesk framework "
        "(it holds a list, not a JSON object)",
    ),
    (
        "wrong format tag",
        lambda: edited(other_format),
        "The framework file 'bad.json' is not a PactDesk framework: its format is "
        "'pactdesk.contribution/1', expected 'pactdesk.framework/1'",
    ),
    (
        "newer format",
        lambda: edited(newer_format),
        "The framework file 'bad.json' is a framework in the format 'pactdesk.framework/2', "
        "which this version of PactDesk cannot read (it reads 'pactdesk.framework/1')",
    ),
    (
        "no format",
        lambda: edited(no_format),
        "The framework file 'bad.json' is not a PactDesk framework: it has no 'format' field",
    ),
    (
        "missing field",
        lambda: edited(drop_main_commitment),
        "The framework file 'bad.json' is not valid: "
        "the field 'main_commitment' is missing from areas[1]",
    ),
    (
        "wrong type",
        lambda: edited(set_cycle_text),
        "The framework file 'bad.json' is not valid: "
        "cycle should be a whole number, not text ('2010')",
    ),
    (
        "duplicate commitment id",
        lambda: edited(repeat_commitment_id),
        "The framework file 'bad.json' is not valid: two commitments have the id 'I.a'",
    ),
    (
        "duplicate JSON key",
        duplicate_key,
        "The framework file 'bad.json' is not valid: "
        "areas[0].commitments[0] has the key 'letter' twice",
    ),
    (
        "id not matching its area",
        lambda: edited(wrong_area),
        "The framework file 'bad.json' is not valid: "
        "areas[0].commitments[2].id 'II.c' is not in area 'I' (it should be 'I.c')",
    ),
    (
        "id not of the form",
        lambda: edited(bad_id_form),
        "The framework file 'bad.json' is not valid: "
        "areas[2].commitments[0].id 'III-a' does not match the expected form",
    ),
    (
        "id not matching its letter",
        lambda: edited(wrong_letter),
        "The framework file 'bad.json' is not valid: "
        "areas[3].commitments[1].id 'IV.b' does not end with its letter 'c'",
    ),
    (
        "prompt paragraph out of range",
        lambda: edited(paragraph_out_of_range),
        "The framework file 'bad.json' is not valid: areas[0].commitments[1].prompts[3]"
        ".paragraph is 2, but commitment 'I.b' has only 2 paragraphs (counted from 0)",
    ),
    (
        "prompt of another commitment",
        lambda: edited(prompt_of_another_commitment),
        "The framework file 'bad.json' is not valid: areas[0].commitments[0].prompts[0].id "
        "'I.b.crisis' does not belong to commitment 'I.a'",
    ),
    (
        "duplicate prompt id",
        lambda: edited(repeat_prompt_id),
        "The framework file 'bad.json' is not valid: two prompts have the id 'I.b.crisis-hqw'",
    ),
    (
        "unknown prompt kind",
        lambda: edited(unknown_kind),
        "The framework file 'bad.json' is not valid: areas[0].commitments[0].prompts[0].kind "
        "'crisis' is not one of 'crisis_impact', 'data_request', 'report_request'",
    ),
    (
        "data request without period",
        lambda: edited(data_without_period),
        "The framework file 'bad.json' is not valid: "
        "the field 'period' is missing from areas[0].commitments[0].prompts[1]",
    ),
    (
        "duplicate member state",
        lambda: edited(repeat_member_state),
        "The framework file 'bad.json' is not valid: two Member States have the code 'BE'",
    ),
    (
        "member state code",
        lambda: edited(greece_as_gr_lowercase),
        "The framework file 'bad.json' is not valid: member_states[7].code 'gr' does not match",
    ),
    (
        "impossible date",
        lambda: edited(impossible_date),
        "The framework file 'bad.json' is not valid: "
        "timetable[0].date '2009-09-31' is not a real date (YYYY-MM-DD)",
    ),
    (
        "unknown field",
        lambda: edited(unknown_field),
        "The framework file 'bad.json' is not valid: areas[0] has an unknown field 'titel'",
    ),
    (
        "no areas",
        lambda: edited(no_areas),
        "The framework file 'bad.json' is not valid: areas is empty",
    ),
    (
        "area numeral",
        lambda: edited(roman_numeral),
        "The framework file 'bad.json' is not valid: areas[3].id 'IIII' does not match",
    ),
]


@pytest.mark.parametrize(
    ("content", "first_line"),
    [pytest.param(content, first, id=name) for name, content, first in BAD_FILES],
)
def test_bad_file_gives_one_clear_line(
    tmp_path: Path, content: Callable[[], bytes], first_line: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content())
    with pytest.raises(FrameworkError) as caught:
        load_framework_file(path)
    error = caught.value
    message = str(error)
    assert isinstance(error, ValueError)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(first_line), message
    assert error.details and all(isinstance(d, str) and "\n" not in d for d in error.details)


def test_every_problem_is_in_the_details() -> None:
    def two_problems(d: dict[str, Any]) -> None:
        set_cycle_text(d)
        unknown_field(d)

    with pytest.raises(FrameworkError) as caught:
        load_framework_bytes(edited(two_problems), origin="two.json")
    assert str(caught.value).endswith("(and 1 more problem)")
    assert len(caught.value.details) == 2
    assert "areas[0] has an unknown field 'titel'" in caught.value.details
    assert "cycle should be a whole number, not text ('2010')" in caught.value.details


def test_a_line_break_in_a_value_does_not_break_the_message() -> None:
    def bad_kind(d: dict[str, Any]) -> None:
        d["areas"][0]["commitments"][0]["prompts"][0]["kind"] = "crisis\nimpact"

    with pytest.raises(FrameworkError) as caught:
        load_framework_bytes(edited(bad_kind), origin="a\nb.json")
    assert "\n" not in str(caught.value)
    assert "'crisis impact' is not one of" in str(caught.value)
