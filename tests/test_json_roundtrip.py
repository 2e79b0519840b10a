"""The JSON contract end to end, through the command line as a script would use it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pactdesk.domain.contribution import text_keys
from pactdesk.testing.samples import full_items
from tests.helpers import load_json, run_cli, same_contribution

POLISH = "Zażółć gęślą jaźń — łączenie rodzin, świadczenia"
GREEK = "Μετανάστευση και άσυλο: η οικονομική κρίση"
BULGARIAN = "Миграция и убежище: икономическа криза, щжюя"


def _every_field_in_three_scripts(framework) -> dict[str, str]:  # type: ignore[no-untyped-def]
    items = full_items(framework, words=60)
    for key in list(items):
        if not key.endswith(("/data", "/references")):
            items[key] = f"{POLISH}\n\n{GREEK}\n{BULGARIAN}\n" + items[key]
    return items


def test_export_import_export_gives_the_same_contribution(new_draft, tmp_path: Path) -> None:
    draft = new_draft("source.pactdesk")
    draft.save_many(_every_field_in_three_scripts(draft.framework), author="Jan Kowalski")
    draft.close()

    first = tmp_path / "first.json"
    assert run_cli("export-json", tmp_path / "source.pactdesk", first).returncode == 0
    assert (
        run_cli(
            "new", tmp_path / "fresh.pactdesk", "--member-state", "PL", "--cycle", "2010"
        ).returncode
        == 0
    )
    imported = run_cli("import-json", tmp_path / "fresh.pactdesk", first, "--author", "Anna Nowak")
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "second.json"
    assert run_cli("export-json", tmp_path / "fresh.pactdesk", second).returncode == 0

    a, b = load_json(first), load_json(second)
    assert same_contribution(a, b) == []
    text = second.read_text(encoding="utf-8")
    prose_fields = len(list(text_keys(draft.framework)))
    for sample in (POLISH, GREEK, BULGARIAN):
        assert text.count(sample) == prose_fields  # every prose field, in every script
    # The import is recorded with its author and its source.
    from pactdesk.services.drafts import Draft

    with Draft.open(tmp_path / "fresh.pactdesk") as fresh:
        events = fresh.events()
        assert events and all(e.author == "Anna Nowak" for e in events)
        assert all(e.source == "import-json:first.json" for e in events)


def test_import_twice_changes_nothing_the_second_time(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    draft.save_many(full_items(draft.framework, words=20), author="a")
    draft.close()
    out = tmp_path / "out.json"
    run_cli("export-json", tmp_path / "draft.pactdesk", out)
    result = run_cli("import-json", tmp_path / "draft.pactdesk", out)
    assert result.returncode == 0
    assert "nothing changed" in result.stdout


def test_canonical_bytes_are_deterministic(new_draft) -> None:
    from pactdesk.services.interchange import canonical_json

    draft = new_draft()
    draft.save_many(full_items(draft.framework, words=20), author="a")
    first = canonical_json(draft)
    assert first == canonical_json(draft)
    document = json.loads(first)
    assert (
        first
        == json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    )
    assert "draft" in document and document["draft"]["revision"] == draft.head().revision


def _valid_document(tmp_path: Path, new_draft) -> dict:  # type: ignore[no-untyped-def]
    draft = new_draft("base.pactdesk")
    draft.save_many(full_items(draft.framework, words=10), author="a")
    draft.close()
    out = tmp_path / "valid.json"
    assert run_cli("export-json", tmp_path / "base.pactdesk", out).returncode == 0
    return load_json(out)


def _corruptions(document: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
    def dump(doc: object) -> bytes:
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")

    unknown = json.loads(json.dumps(document))
    unknown["commitments"][0]["id"] = "IX.z"
    wrong_type = json.loads(json.dumps(document))
    wrong_type["commitments"][0]["data"][0]["value"] = "twelve"
    wrong_type_text = json.loads(json.dumps(document))
    wrong_type_text["commitments"][1]["actions_undertaken"] = 42
    duplicate = json.loads(json.dumps(document))
    duplicate["commitments"].append(json.loads(json.dumps(duplicate["commitments"][0])))
    missing = json.loads(json.dumps(document))
    del missing["member_state"]
    other_state = json.loads(json.dumps(document))
    other_state["member_state"] = "EL"
    unknown_prompt = json.loads(json.dumps(document))
    unknown_prompt["commitments"][0]["prompts"].append({"id": "I.a.invented", "answer": "x"})
    raw = dump(document)
    return {
        "malformed": raw[: len(raw) // 2],
        "not-json": b"\x89PNG\r\n\x1a\n\x00\x00binary",
        "empty": b"",
        "unknown-commitment": dump(unknown),
        "wrong-type-number": dump(wrong_type),
        "wrong-type-text": dump(wrong_type_text),
        "duplicate-commitment": dump(duplicate),
        "duplicate-key": raw.replace(b'"cycle": 2010', b'"cycle": 2010, "cycle": 2011', 1),
        "missing-field": dump(missing),
        "other-member-state": dump(other_state),
        "unknown-prompt": dump(unknown_prompt),
        "nan": raw.replace(b'"cycle": 2010', b'"cycle": NaN', 1),
        "wrong-format": dump({**document, "format": "something/2"}),
    }


@pytest.mark.parametrize(
    "case",
    [
        "malformed",
        "not-json",
        "empty",
        "unknown-commitment",
        "wrong-type-number",
        "wrong-type-text",
        "duplicate-commitment",
        "duplicate-key",
        "missing-field",
        "other-member-state",
        "unknown-prompt",
        "nan",
        "wrong-format",
    ],
)
def test_a_bad_file_exits_2_with_one_clear_line_and_changes_nothing(
    case: str, new_draft, tmp_path: Path
) -> None:
    document = _valid_document(tmp_path, new_draft)
    target = new_draft("target.pactdesk")
    target.save("political/I", "Ocena polityczna", author="a")
    target.close()
    draft_path = tmp_path / "target.pactdesk"
    before = hashlib.sha256(draft_path.read_bytes()).hexdigest()

    bad = tmp_path / f"{case}.json"
    bad.write_bytes(_corruptions(document)[case])
    result = run_cli("import-json", draft_path, bad)

    assert result.returncode == 2, (case, result.stdout, result.stderr)
    first_line = result.stderr.splitlines()[0]
    assert first_line.startswith("pactdesk import-json: ")
    assert bad.name in first_line and "Nothing was imported" in first_line
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(draft_path.read_bytes()).hexdigest() == before


def test_details_name_each_problem(new_draft, tmp_path: Path) -> None:
    document = _valid_document(tmp_path, new_draft)
    document["commitments"][0]["id"] = "IX.z"
    document["commitments"][2]["data"][0]["value"] = "many"
    bad = tmp_path / "two.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("import-json", tmp_path / "base.pactdesk", bad)
    assert result.returncode == 2
    assert "commitments[2].data[0].value" in result.stderr
