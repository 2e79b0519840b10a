"""The change report of an update: per commitment, what changed and how much."""

from __future__ import annotations

import json

from pactdesk.domain.contribution import answer_key, data_key, political_key, prompt_key
from pactdesk.services.changes import change_report


def _report(framework, old, new):  # type: ignore[no-untyped-def]
    return change_report(
        framework,
        old_items=old,
        new_items=new,
        supersedes_sha256="ab" * 32,
        supersedes_revision=10,
        supersedes_signed_at="2010-10-15T09:30:00+02:00",
        revision=12,
    )


def test_changes_are_grouped_by_commitment_in_framework_order(framework) -> None:  # type: ignore[no-untyped-def]
    prompt = (
        framework.commitment("I.a").prompts[0].id if framework.commitment("I.a").prompts else None
    )
    old = {
        political_key("II"): "Ocena polityczna.",
        answer_key("II.b", "actions_undertaken"): "Stary tekst o powrotach.",
        answer_key("I.a", "developments_planned"): "",
        answer_key("V.a", "actions_undertaken"): "Bez zmian.",
        data_key("I.c"): json.dumps(
            [
                {
                    "indicator": "a",
                    "period": "2009",
                    "value": 1,
                    "unit": "persons",
                    "source": "s",
                    "harmonised": False,
                }
            ]
        ),
    }
    new = dict(old)
    new[political_key("II")] = "Ocena polityczna, poprawiona po konsultacjach."
    new[answer_key("II.b", "actions_undertaken")] = ""
    new[answer_key("I.a", "developments_planned")] = "Νέος νόμος για τη μετανάστευση."
    new[data_key("I.c")] = json.dumps(
        [
            {
                "indicator": "a",
                "period": "2009",
                "value": 2,
                "unit": "persons",
                "source": "s",
                "harmonised": False,
            }
        ]
    )
    if prompt:
        new[prompt_key("I.a", prompt)] = "Odpowiedź na pytanie."
    report = _report(framework, old, new)
    names = [section.section for section in report.sections]
    assert names == ["Political report II", "I.a", "I.c", "II.b"]
    by_name = {section.section: section for section in report.sections}
    assert by_name["II.b"].fields[0].change == "removed"
    assert by_name["I.a"].fields[0].change == "added"
    assert by_name["I.c"].fields[0].rows_added == 1 and by_name["I.c"].fields[0].rows_removed == 1
    assert "V.a" in report.unchanged and "II.b" not in report.unchanged
    document = json.loads(report.json_bytes())
    assert document["format"] == "pactdesk.changes/1"
    assert document["supersedes"] == {
        "sha256": "ab" * 32,
        "revision": 10,
        "submitted_at": "2010-10-15T09:30:00+02:00",
    }
    paragraphs = report.paragraphs("en")
    assert paragraphs[0].startswith(
        "This update replaces the submission of 15 October 2010, 07:30 UTC"
    )
    assert paragraphs[1].startswith("5 fields changed in 4 parts" if prompt else "4 fields changed")
    # Each field says where it is and what it is, once each, with both texts.
    fields = {f["key"]: f for s in document["changes"] for f in s["fields"]}
    political = fields[political_key("II")]
    assert (political["where"], political["field"]) == ("Political report, area II", "Assessment")
    assert political["before"] == "Ocena polityczna."
    assert political["after"] == "Ocena polityczna, poprawiona po konsultacjach."
    removed = fields[answer_key("II.b", "actions_undertaken")]
    assert removed["where"] == "II.b" and removed["field"] == framework.column_actions
    assert removed["before"] == "Stary tekst o powrotach." and removed["after"] == ""
    # The PDF's chapter: dated title, a field each, the word diff of each text.
    pages = report.pdf_pages("pl")
    assert pages.title == "Changes since the submission of 15 października 2010"
    by_key = {f.where + " " + f.field: f for f in pages.fields}
    marked = by_key["Political report, area II Assessment"]
    assert marked.section_key == "political/II"
    assert ("insert", " poprawiona po konsultacjach.") in marked.runs or any(
        kind == "insert" and "konsultacjach" in text for kind, text in marked.runs
    )
    assert by_key["I.c Data points"].summary == "1 row added, 1 row removed"
    for field in pages.fields:
        assert field.where not in field.field  # "Political report II: Political report, II" no more


def test_nothing_changed_says_so(framework) -> None:  # type: ignore[no-untyped-def]
    items = {answer_key("I.a", "actions_undertaken"): "Tekst."}
    report = _report(framework, items, dict(items))
    assert not report.changed
    assert report.paragraphs("en")[1] == "Nothing has changed in the contribution since then."
    # An empty field that stays empty, and a data list re-encoded the same, are no change.
    report = _report(framework, {data_key("I.a"): "[]"}, {data_key("I.a"): ""})
    assert not report.changed
